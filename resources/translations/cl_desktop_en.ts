<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChildForm</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="491"/>
        <source>&lt;b&gt;Registered children who resemble this one: %n&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Registered child who resembles this one: %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Registered children who resemble this one: %n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="514"/>
        <source>Registered children who resemble this one: %n. Open them to check, or tick “This is a different child”. Save as a new child anyway?</source>
        <translation>
            <numerusform>A registered child resembles this one (%n). Open it to check, or tick “This is a different child”. Save as a new child anyway?</numerusform>
            <numerusform>Registered children who resemble this one: %n. Open them to check, or tick “This is a different child”. Save as a new child anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildRecordView</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="363"/>
        <source>Services (%n)</source>
        <translation>
            <numerusform>Services (%n)</numerusform>
            <numerusform>Services (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="382"/>
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="419"/>
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>Referrals (%n)</numerusform>
            <numerusform>Referrals (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="441"/>
        <source>History (%n)</source>
        <translation>
            <numerusform>History (%n)</numerusform>
            <numerusform>History (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dhis2MappingView</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="151"/>
        <source>%n mapping row(s) saved.</source>
        <translation>
            <numerusform>%n mapping row saved.</numerusform>
            <numerusform>%n mapping rows saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureListDialog</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/figure_list.py" line="77"/>
        <source>Exported %n row(s) to {path}</source>
        <translation>
            <numerusform>Exported %n row to {path}</numerusform>
            <numerusform>Exported %n rows to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KoboDialog</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="221"/>
        <source>%n submission(s) resemble a child already recorded and wait for review: choose a line, then add the submission as a new child or say it is the child it resembles.</source>
        <translation>
            <numerusform>%n submission resembles a child already recorded and waits for review: choose a line, then add the submission as a new child or say it is the child it resembles.</numerusform>
            <numerusform>%n submissions resemble a child already recorded and wait for review: choose a line, then add the submission as a new child or say it is the child it resembles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="155"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/service.py" line="150"/>
        <source>Recorded the service for %n children or households.</source>
        <translation>
            <numerusform>Recorded the service for %n child or household.</numerusform>
            <numerusform>Recorded the service for %n children or households.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="173"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
