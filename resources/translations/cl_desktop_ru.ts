<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="171"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="181"/>
        <source>Withdrawn and prevented of one action programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="183"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="184"/>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="185"/>
        <source>Pro&amp;gramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="191"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="210"/>
        <source>Withdrawn (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="211"/>
        <source>Prevented (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="212"/>
        <source>E1 education services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="213"/>
        <source>L1 households, livelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="214"/>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="222"/>
        <source>Children withdrawn against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="223"/>
        <source>Children prevented against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="224"/>
        <source>Withdrawn by age group (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="225"/>
        <source>Prevented by age group (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="226"/>
        <source>E1: children given education services, by service (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="227"/>
        <source>Participant children (POC), % of registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="228"/>
        <source>Withdrawn and prevented by action programme, against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="252"/>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="300"/>
        <source>All action programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="317"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="318"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="319"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="347"/>
        <source>No project yet: create one on the Projects page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="355"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="363"/>
        <source>Computing the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="401"/>
        <source>Figures up to {end}; this period: {start} – {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="405"/>
        <source>Figures up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="407"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="439"/>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="407"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="440"/>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="415"/>
        <source>target {target}{pct} · this period {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="423"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="426"/>
        <source>this period {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="430"/>
        <source>no visit for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="441"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="442"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="453"/>
        <source>{group} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="456"/>
        <source>other ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="463"/>
        <source>No education services recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="472"/>
        <source>No action programmes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="476"/>
        <source>No data-quality problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="61"/>
        <source>Fonts bundled unmodified for Latin, Cyrillic and Khmer text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="68"/>
        <source>Shipped as separate, replaceable libraries; the source is available from the Qt Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="137"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="140"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="141"/>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="159"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="165"/>
        <source>Offline monitoring of child-labour elimination projects: children, services, follow-ups, reports and sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="174"/>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="183"/>
        <source>Python {python}, Qt {qt}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="186"/>
        <source>installed build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="186"/>
        <source>running from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="207"/>
        <source>Your data is kept in {folder}; uninstalling the program does not remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="214"/>
        <source>{app} includes these components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="216"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="216"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="216"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="93"/>
        <source>Activity — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="93"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="98"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="100"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="101"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="102"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="103"/>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="108"/>
        <source>Action &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="110"/>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="112"/>
        <source>Participants and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="113"/>
        <source>Participants: women and &amp;girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="114"/>
        <source>Participants: men and &amp;boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="118"/>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="130"/>
        <source>This activity falls in the approved reporting period {period}; it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../cl_desktop/ui/charts.py" line="138"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/charts.py" line="150"/>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="77"/>
        <source>Child record — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="78"/>
        <source>Child intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="93"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="97"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="99"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="100"/>
        <source>as written, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="101"/>
        <source>Name in &amp;Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="102"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="147"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="102"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="147"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="103"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="106"/>
        <source>or &amp;age (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="109"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="113"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="426"/>
        <source>Age (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="116"/>
        <source>&amp;Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="121"/>
        <source>Action &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="124"/>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="127"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="130"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="131"/>
        <source>An existing household in the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="132"/>
        <source>A new household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="135"/>
        <source>Hous&amp;ehold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="137"/>
        <source>Existing household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="141"/>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="142"/>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="146"/>
        <source>Head&apos;s sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="149"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="150"/>
        <source>Children under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="154"/>
        <source>Poverty markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="159"/>
        <source>Guardian and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="160"/>
        <source>&amp;Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="161"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="162"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="162"/>
        <source>The guardian gave informed &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="163"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="165"/>
        <source>Work at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="166"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="166"/>
        <source>The child &amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="167"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="168"/>
        <source>Sec&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="169"/>
        <source>&amp;Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="173"/>
        <source>Ha&amp;zardous conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="176"/>
        <source>Age started work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="178"/>
        <source>School and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="179"/>
        <source>&amp;School status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="181"/>
        <source>&amp;Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="186"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="197"/>
        <source>&lt;b&gt;Work status at intake&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="206"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="359"/>
        <source>&lt;b&gt;Children who resemble this one&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="208"/>
        <source>Filled name, sex, date of birth and village are compared with the children already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="215"/>
        <source>&amp;Open the selected child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="218"/>
        <source>This is a &amp;different child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="263"/>
        <source>This child was registered in the approved reporting period {period}; the record is read-only. Headquarters can reopen the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="307"/>
        <source>Type the date of birth (or the age) and the intake date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="355"/>
        <source>&lt;b&gt;Registered children who resemble this one: %n&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="378"/>
        <source>Registered children who resemble this one: %n. Open them to check, or tick “This is a different child”. Save as a new child anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildRecordView</name>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="71"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="72"/>
        <source>Add &amp;service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="73"/>
        <source>Add &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="87"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="100"/>
        <source>&lt;b&gt;Work status at intake&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="103"/>
        <source>&lt;b&gt;Withdrawn / prevented&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="111"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="111"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="111"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="111"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="111"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="115"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="116"/>
        <source>Work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="117"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="118"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="229"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="119"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="230"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="120"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="121"/>
        <source>Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="125"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="125"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="125"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="125"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="125"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="127"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="128"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="129"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="162"/>
        <source>girl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="162"/>
        <source>boy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="173"/>
        <source>Registered in the approved reporting period {period}: the intake is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="184"/>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="206"/>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="210"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="211"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="212"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="214"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="217"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="217"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="218"/>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="219"/>
        <source>Action programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="221"/>
        <source>Work at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="227"/>
        <source>not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="231"/>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="268"/>
        <source>Services (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="287"/>
        <source>Follow-ups (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="293"/>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="295"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="300"/>
        <source>History (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="39"/>
        <source>Child record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="50"/>
        <source>Welcome to CL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="51"/>
        <source>There is no database on this computer yet. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="54"/>
        <source>Create an &amp;office database (district or provincial office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="56"/>
        <source>Create a &amp;headquarters database (national project office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="58"/>
        <source>Open the &amp;demo (sample projects, children and results)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="87"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="92"/>
        <source>CL Desktop hit an unexpected error. Your saved data is safe: every save is written to disk at once. Please send the details below to whoever supports your installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="99"/>
        <source>The details were also saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="109"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="42"/>
        <source>POC1 in child labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="43"/>
        <source>POC2 in hazardous child labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="44"/>
        <source>POC3 in other worst forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="45"/>
        <source>POC4 attending school regularly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="158"/>
        <source>The demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="159"/>
        <source>Building the demo: the seed projects with their children, services and follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="186"/>
        <source>The demo is ready. Sign in as admin / admin, coordinator / coordinator or clerk / clerk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="210"/>
        <source>CL Desktop — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="251"/>
        <source>Building the demo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="25"/>
        <source>Follow-up visit — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="25"/>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="31"/>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="33"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="32"/>
        <source>(no child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="35"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="36"/>
        <source>&amp;Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="37"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="37"/>
        <source>The child &amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="38"/>
        <source>&amp;Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="42"/>
        <source>Ha&amp;zardous conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="45"/>
        <source>&amp;School status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="46"/>
        <source>School &amp;attendance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="47"/>
        <source>Visited &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="51"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="64"/>
        <source>This visit falls in the approved reporting period {period}; it is read-only. Headquarters can reopen the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="72"/>
        <source>Open the follow-up form from a child&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="127"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="130"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="131"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="133"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="299"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="333"/>
        <location filename="../../cl_desktop/ui/forms/base.py" line="363"/>
        <source>Please correct the fields marked in red; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="386"/>
        <location filename="../../cl_desktop/ui/forms/base.py" line="392"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="25"/>
        <source>Household — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="25"/>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="30"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="31"/>
        <source>&amp;Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="32"/>
        <source>Head&apos;s name in &amp;Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="33"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="33"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="34"/>
        <source>Head&apos;s se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="35"/>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="36"/>
        <source>&amp;Children under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="40"/>
        <source>&amp;Poverty markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="43"/>
        <source>Where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="45"/>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="47"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="49"/>
        <source>Action &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="50"/>
        <source>&amp;Registration date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="48"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="49"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="50"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="51"/>
        <source>Follow-up visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="78"/>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="95"/>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="98"/>
        <source>A .csv or .xlsx file with the columns of the list&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="99"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="103"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="111"/>
        <source>Export the list first to get the right columns. Rows with a case number, household code or ID that exists are updated; the others are added. If any row is invalid, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="122"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="122"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="122"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="133"/>
        <source>&amp;Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="134"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="135"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="163"/>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="163"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="178"/>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="180"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="193"/>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="205"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="212"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="232"/>
        <source>{count} problem(s) in {rows} row(s). Fix them in the file and check it again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="241"/>
        <source>{rows} row(s) checked: {added} to add, {updated} to update, {unchanged} unchanged. Press Import to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="252"/>
        <source>Imported {rows} row(s): {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="266"/>
        <source>Nothing was imported: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="276"/>
        <source>The import failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="283"/>
        <source>{done} row(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="49"/>
        <source>Indicator — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="49"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="53"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="60"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="61"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="65"/>
        <source>&amp;Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="66"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="67"/>
        <source>Baseline and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="68"/>
        <source>&amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="69"/>
        <source>Baseline &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="70"/>
        <source>Baseline (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="71"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="72"/>
        <source>Target (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="73"/>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="74"/>
        <source>&amp;Means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="75"/>
        <source>Disaggre&amp;gation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="213"/>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="214"/>
        <source>The new language applies the next time CL Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/activities.py" line="15"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/activities.py" line="18"/>
        <source>Search by title or output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="18"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="22"/>
        <source>Search by name (any script), case number or village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/follow_ups.py" line="12"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/follow_ups.py" line="16"/>
        <location filename="../../cl_desktop/ui/pages/services.py" line="17"/>
        <source>Search by child&apos;s name or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/households.py" line="12"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/households.py" line="16"/>
        <source>Search by household code or head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="188"/>
        <source>All: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="231"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="233"/>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="237"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="239"/>
        <source>Open the selected record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="241"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="243"/>
        <source>Export the filtered list to CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="247"/>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="252"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="254"/>
        <source>Import a spreadsheet register into this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="307"/>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="417"/>
        <source>Export {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="422"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="422"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="446"/>
        <source>Exported {n} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="456"/>
        <source>Exporting {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/programmes.py" line="12"/>
        <source>Action programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/programmes.py" line="15"/>
        <source>Search by code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="13"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="60"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="65"/>
        <source>Search by user name or full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="70"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="74"/>
        <source>Search by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="79"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="83"/>
        <source>Search by code, name or acronym</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="43"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="44"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="45"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="46"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="47"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="53"/>
        <source>Unlock CL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="53"/>
        <source>Sign in to CL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="73"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="74"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="76"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="78"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="78"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="81"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="86"/>
        <source>The window was locked after a time without use. Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="63"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="155"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="65"/>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="65"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="68"/>
        <source>Action programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="72"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="74"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="76"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="78"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="81"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="83"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="84"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="85"/>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="220"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="169"/>
        <source>Office: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="170"/>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="170"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="170"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="172"/>
        <source>User: {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="175"/>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="177"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="179"/>
        <source>Last backup: {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="182"/>
        <source>Last sync: {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="186"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="199"/>
        <source>&amp;About CL Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="188"/>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="195"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="198"/>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="201"/>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="203"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="207"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="219"/>
        <source>Discard the text you changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="230"/>
        <source>Period {code} is approved; its narrative is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="235"/>
        <source>Open the narrative from a reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="137"/>
        <source>Office — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="137"/>
        <source>New office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="141"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="142"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="143"/>
        <source>e.g. KH-BTB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="146"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="148"/>
        <source>&amp;Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="150"/>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="150"/>
        <source>This is the national project &amp;office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="76"/>
        <source>Your office and first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="80"/>
        <source>e.g. KH-PNP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="85"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="98"/>
        <source>Office &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="99"/>
        <source>Office &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="100"/>
        <source>&amp;Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="101"/>
        <source>Administrator &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="102"/>
        <source>Administrator &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="103"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="104"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="116"/>
        <source>Headquarters imports the offices&apos; sync files and approves reporting periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="118"/>
        <source>The office code starts every case number registered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="128"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="131"/>
        <source>Choose a password of at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="109"/>
        <source>Organisation — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="109"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="112"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="113"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="114"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="115"/>
        <source>&amp;Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="116"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="118"/>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="150"/>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="153"/>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="150"/>
        <source>New reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="155"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="156"/>
        <source>e.g. 2010-H1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="157"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="158"/>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="165"/>
        <source>Period {code} is approved and locked; headquarters can reopen it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="168"/>
        <source>Period {code} is {status}; its dates are fixed once created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="51"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="52"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="53"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="55"/>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="94"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="56"/>
        <source>Reopen reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="68"/>
        <source>New period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="70"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="72"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="74"/>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="94"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="94"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="163"/>
        <source>Reopen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="164"/>
        <source>Why reopen this period? The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="54"/>
        <source>Action programme — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="54"/>
        <source>New action programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="59"/>
        <source>Action programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="61"/>
        <source>Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="62"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="63"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="69"/>
        <source>Implementing &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="71"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="72"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="73"/>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="74"/>
        <source>Focus and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="75"/>
        <source>Strate&amp;gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="77"/>
        <source>Sect&amp;ors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="84"/>
        <source>Pro&amp;vinces covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="85"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="86"/>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="87"/>
        <source>Expendit&amp;ure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="88"/>
        <source>Curre&amp;ncy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="90"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBound</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="32"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="37"/>
        <source>Open this form from a project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="126"/>
        <source>Project — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="126"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="130"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="131"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="132"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="133"/>
        <source>S&amp;hort title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="134"/>
        <source>&amp;Region / country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="135"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="136"/>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="137"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="138"/>
        <source>&amp;Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="139"/>
        <source>&amp;Grantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="140"/>
        <source>Grant n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="141"/>
        <source>&amp;Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="142"/>
        <source>Currenc&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="144"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="145"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="147"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="148"/>
        <source>Development objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="149"/>
        <source>Implementing partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="150"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="156"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="157"/>
        <source>Rule thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="159"/>
        <source>Light work: highest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="160"/>
        <source>Light work: most hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="161"/>
        <source>Most hours per week under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="162"/>
        <source>Months without child labour to count as withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="163"/>
        <source>Regular attendance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="164"/>
        <source>First month of a reporting period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSettingsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="137"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="147"/>
        <source>Minimum working age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="148"/>
        <source>Light work allowed up to age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="149"/>
        <source>Light work: most hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="150"/>
        <source>Under 18: most hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="151"/>
        <source>Months clean before withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="152"/>
        <source>Regular school attendance from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="153"/>
        <source>Reporting periods start in month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="160"/>
        <source>&amp;Edit in the project form…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="38"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="39"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="40"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="77"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="92"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="123"/>
        <source>&amp;Edit project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="130"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="141"/>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="241"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="142"/>
        <source>Result / indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="143"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="144"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="145"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="146"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="156"/>
        <source>New &amp;indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="163"/>
        <source>Results framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="166"/>
        <source>Reporting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="215"/>
        <source> (fiscal year {year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="216"/>
        <source>withdrawn {w} (girls {wf}, boys {wm}); prevented {p} (girls {pf}, boys {pm})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="230"/>
        <source>child labour: aged {min}-{light} over {hours} h/week or under 18 over {max} h/week; withdrawn after {months} months clean; regular attendance ≥ {att}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="242"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="243"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="244"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="245"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="246"/>
        <source>Grantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="247"/>
        <source>Grant number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="248"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="249"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="250"/>
        <source>Development objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="252"/>
        <source>Intermediate objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="255"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="256"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="257"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="258"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="259"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="260"/>
        <source>Rule settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="78"/>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="80"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="155"/>
        <source>%n chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceListsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="94"/>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="107"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="107"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="107"/>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="107"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="107"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="39"/>
        <source>Technical Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="40"/>
        <source>Project summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="41"/>
        <source>Action programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="42"/>
        <source>Beneficiary register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="43"/>
        <source>Child profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="44"/>
        <source>Data-quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="45"/>
        <source>Blank intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="46"/>
        <source>Blank follow-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="64"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="82"/>
        <source>Case number, e.g. KH-PNP-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="89"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="95"/>
        <source>Pseudonymise: no names or birth dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="97"/>
        <source>Open the PDF when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="105"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="106"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="107"/>
        <source>Reporting p&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="108"/>
        <source>Action pro&amp;gramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="109"/>
        <source>&amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="110"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="111"/>
        <source>Save &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="117"/>
        <source>&amp;Generate PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="181"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="219"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="242"/>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="245"/>
        <source>Type the case number of the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="256"/>
        <source>Building {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="261"/>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="266"/>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="279"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="283"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="27"/>
        <source>Service — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="28"/>
        <source>Livelihood service for households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="28"/>
        <source>Service for children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="32"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="32"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="35"/>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="39"/>
        <source>Type a head&apos;s name or household code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="41"/>
        <source>Type a name, case number or village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="45"/>
        <source>&amp;Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="45"/>
        <source>C&amp;hildren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="48"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="49"/>
        <source>Service &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="50"/>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="51"/>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="52"/>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="54"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="54"/>
        <source>(each child&apos;s own programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="55"/>
        <source>Action pro&amp;gramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="59"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="102"/>
        <source>This service falls in the approved reporting period {period}; it is read-only. Headquarters can reopen the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="20"/>
        <source>New &amp;household service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="22"/>
        <source>Livelihood and other services for households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="39"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="40"/>
        <source>Hazardous conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="41"/>
        <source>Risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="42"/>
        <source>Service types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="43"/>
        <source>School status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="44"/>
        <source>Work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="45"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="46"/>
        <source>Poverty markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="47"/>
        <source>Guardian relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="48"/>
        <source>Activity kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="49"/>
        <source>Organisation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="50"/>
        <source>Organisation roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="51"/>
        <source>Programme status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="52"/>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="53"/>
        <source>Narrative sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="228"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="239"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="240"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="241"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="242"/>
        <source>Reference lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="243"/>
        <source>Project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="244"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="93"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="104"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="105"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="106"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="107"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="109"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="120"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="123"/>
        <source>The bundle {name} was opened with CL Desktop; import it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="142"/>
        <source>Return bundle for office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="143"/>
        <source>Everything (full bundle), not only the changes not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="147"/>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="150"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="177"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="178"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="179"/>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="203"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="180"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="181"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="182"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="183"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="184"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="185"/>
        <source>Conflicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="186"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="191"/>
        <source>&amp;Save history for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="203"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="203"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="203"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="214"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="214"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="221"/>
        <source>Keep &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="224"/>
        <source>Keep &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="229"/>
        <source>or type the right value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="230"/>
        <source>Use this &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="245"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="246"/>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="249"/>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="276"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="247"/>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="250"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="248"/>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="251"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="256"/>
        <source>&amp;Merge (keep the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="259"/>
        <source>&amp;Not the same child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="262"/>
        <source>&amp;Scan all children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="276"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="276"/>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="276"/>
        <source>Received up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="276"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="284"/>
        <source>New office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="285"/>
        <source>New office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="288"/>
        <source>&amp;Add office and save its setup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="291"/>
        <source>&amp;Revoke office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="301"/>
        <source>The passphrase of a new setup file appears here, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="371"/>
        <source>revoked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="373"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="397"/>
        <source>Folder for the bundle (e.g. the USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="402"/>
        <source>Bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="402"/>
        <source>Sync bundles (*.clbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="425"/>
        <source>Add an office first: return bundles are made for one office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="437"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="447"/>
        <source>Exporting a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="457"/>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="495"/>
        <source>Importing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="500"/>
        <source>Imported {n} file(s); the receipts are below and in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="515"/>
        <source>Save the sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="518"/>
        <source>Saved the history to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="557"/>
        <source>Resolved; the decision goes to the offices with the next return bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="575"/>
        <source>Merged {other} into {keep}: {s} services and {f} follow-ups moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="597"/>
        <source>Comparing children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="606"/>
        <source>{n} new suspected duplicate(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="610"/>
        <source>Scanning for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="619"/>
        <source>Type the new office&apos;s code and name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="621"/>
        <source>Save the office&apos;s setup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="630"/>
        <source>Added office {code}; setup file {path}. Give the office the passphrase shown below separately from the file; it is shown only now. Key fingerprint {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="642"/>
        <source>Revoke office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="642"/>
        <source>Why is office {code} revoked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="657"/>
        <source>Revoked office {code}; its bundles are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsMixin</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="29"/>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="30"/>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="31"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="31"/>
        <source>Prevented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../cl_desktop/ui/tasks.py" line="236"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="32"/>
        <source>User account — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="32"/>
        <source>New user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="35"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="37"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="40"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="42"/>
        <source>Data-entry clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="43"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="44"/>
        <source>Headquarters administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="46"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="48"/>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="49"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="50"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="50"/>
        <source>Reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="52"/>
        <source>Leave empty to keep the current password. A reset is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="55"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="55"/>
        <source>Con&amp;firm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="60"/>
        <source>Reason for the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="68"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="58"/>
        <source>Signing in is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="146"/>
        <source>{error}

The latest good backup is {backup}. Restore it now? The damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="176"/>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="188"/>
        <source>The automatic backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="312"/>
        <source>Child record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../cl_desktop/ui/models/list_model.py" line="62"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
