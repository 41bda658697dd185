<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name></name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="112"/>
        <source>Click to list them</source>
        <translation>ចុចដើម្បីបង្ហាញបញ្ជី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="136"/>
        <source>Open the overdue referrals</source>
        <translation>បើកការបញ្ជូនដែលហួសកាលកំណត់</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="63"/>
        <source>Fonts bundled unmodified for Latin, Cyrillic and Khmer text.</source>
        <translation>ពុម្ពអក្សរសម្រាប់អក្សរឡាតាំង ស៊ីរីលីក និងខ្មែរ ត្រូវបានភ្ជាប់មកជាមួយ ដោយមិនកែប្រែ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="70"/>
        <source>Shipped as separate, replaceable libraries; the source is available from the Qt Company.</source>
        <translation>ភ្ជាប់មកជាបណ្ណាល័យដាច់ដោយឡែក ដែលអាចជំនួសបាន។ កូដប្រភពអាចរកបានពីក្រុមហ៊ុន Qt។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="142"/>
        <source>About {app}</source>
        <translation>អំពី {app}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="145"/>
        <source>&amp;About</source>
        <translation>អំពី (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="146"/>
        <source>&amp;Licences</source>
        <translation>អាជ្ញាប័ណ្ណ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="164"/>
        <source>Version {version}</source>
        <translation>កំណែ {version}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="170"/>
        <source>Offline monitoring of child-labour elimination projects: children, services, follow-ups, reports and sync.</source>
        <translation>ការតាមដានគម្រោងលុបបំបាត់ពលកម្មកុមារ ដោយមិនត្រូវការអ៊ីនធឺណិត៖ កុមារ សេវា ការចុះតាមដាន របាយការណ៍ និងសមកាលកម្ម។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="179"/>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation>ផ្តល់អាជ្ញាប័ណ្ណក្រោម Apache License, Version 2.0។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="188"/>
        <source>Python {python}, Qt {qt}, {kind}</source>
        <translation>Python {python}, Qt {qt}, {kind}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="191"/>
        <source>installed build</source>
        <translation>កំណែដែលបានដំឡើង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="191"/>
        <source>running from source</source>
        <translation>ដំណើរការពីកូដប្រភព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="212"/>
        <source>Your data is kept in {folder}; uninstalling the program does not remove it.</source>
        <translation>ទិន្នន័យរបស់អ្នកត្រូវបានរក្សាទុកនៅក្នុង {folder}។ ការលុបកម្មវិធីចេញ មិនលុបទិន្នន័យនេះទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="219"/>
        <source>{app} includes these components:</source>
        <translation>{app} រួមបញ្ចូលសមាសភាគដូចខាងក្រោម:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="221"/>
        <source>Component</source>
        <translation>សមាសភាគ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="221"/>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="221"/>
        <source>Licence</source>
        <translation>អាជ្ញាប័ណ្ណ</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="103"/>
        <source>Activity — edit</source>
        <translation>សកម្មភាព — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="103"/>
        <source>New activity</source>
        <translation>សកម្មភាពថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="108"/>
        <source>Activity</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="110"/>
        <source>&amp;Kind</source>
        <translation>ប្រភេទ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="111"/>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="112"/>
        <source>&amp;Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="113"/>
        <source>&amp;End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="119"/>
        <source>Action &amp;programme</source>
        <translation>កម្មវិធីសកម្មភាព (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="121"/>
        <source>P&amp;lace</source>
        <translation>ទីកន្លែង (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="123"/>
        <source>Participants and output</source>
        <translation>អ្នកចូលរួម និងធាតុចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="124"/>
        <source>Participants: women and &amp;girls</source>
        <translation>អ្នកចូលរួម៖ ស្ត្រី និងកុមារី (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="125"/>
        <source>Participants: men and &amp;boys</source>
        <translation>អ្នកចូលរួម៖ បុរស និងកុមារា (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="129"/>
        <source>&amp;Output</source>
        <translation>ធាតុចេញ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="141"/>
        <source>This activity falls in the approved reporting period {period}; it is read-only.</source>
        <translation>សកម្មភាពនេះស្ថិតក្នុងរយៈពេលរាយការណ៍ {period} ដែលបានអនុម័តរួច។ អាចមើលបានតែប៉ុណ្ណោះ មិនអាចកែប្រែបានទេ។</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../cl_desktop/ui/charts.py" line="217"/>
        <source>target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/charts.py" line="229"/>
        <source>Nothing recorded yet</source>
        <translation>មិនទាន់មានការកត់ត្រានៅឡើយ</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="95"/>
        <source>Reference {ref} of the Technical Progress Report: Reports → Export evidence lists the children or households counted.</source>
        <translation>ឯកសារយោង {ref} នៃរបាយការណ៍វឌ្ឍនភាពបច្ចេកទេស៖ របាយការណ៍ → នាំចេញភស្តុតាង រាយបញ្ជីកុមារ ឬគ្រួសារដែលត្រូវបានរាប់។</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="90"/>
        <source>Child record — edit</source>
        <translation>កំណត់ត្រាកុមារ — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="91"/>
        <source>Child intake</source>
        <translation>ការចុះឈ្មោះកុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="106"/>
        <source>Child</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="110"/>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="112"/>
        <source>&amp;Name</source>
        <translation>ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="113"/>
        <source>as written, in any script</source>
        <translation>សរសេរតាមដើម ជាអក្សរណាក៏បាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="114"/>
        <source>Name in &amp;Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="115"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="165"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="115"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="165"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="116"/>
        <source>Se&amp;x</source>
        <translation>ភេទ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="119"/>
        <source>or &amp;age (estimated)</source>
        <translation>ឬអាយុ (ប៉ាន់ស្មាន) (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="122"/>
        <source>Date of &amp;birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="126"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="561"/>
        <source>Age (estimated)</source>
        <translation>អាយុ (ប៉ាន់ស្មាន)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="129"/>
        <source>&amp;Intake date</source>
        <translation>កាលបរិច្ឆេទចុះឈ្មោះ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="135"/>
        <source>Action &amp;programme</source>
        <translation>កម្មវិធីសកម្មភាព (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="138"/>
        <source>&amp;Location</source>
        <translation>ទីតាំង (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="142"/>
        <source>Household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="145"/>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="146"/>
        <source>An existing household in the village</source>
        <translation>គ្រួសារដែលមានស្រាប់ក្នុងភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="147"/>
        <source>A new household</source>
        <translation>គ្រួសារថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="150"/>
        <source>Hous&amp;ehold</source>
        <translation>គ្រួសារ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="152"/>
        <source>Relationship to the head</source>
        <translation>ត្រូវជាអ្វីនឹងមេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="155"/>
        <source>Existing household</source>
        <translation>គ្រួសារដែលមានស្រាប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="159"/>
        <source>New household</source>
        <translation>គ្រួសារថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="160"/>
        <source>Head of household</source>
        <translation>មេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="164"/>
        <source>Head&apos;s sex</source>
        <translation>ភេទមេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="167"/>
        <source>Members</source>
        <translation>ចំនួនសមាជិក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="168"/>
        <source>Children under 18</source>
        <translation>កុមារអាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="172"/>
        <source>Poverty markers</source>
        <translation>សូចនាករភាពក្រីក្រ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="181"/>
        <source>Guardian and consent</source>
        <translation>អាណាព្យាបាល និងការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="182"/>
        <source>&amp;Guardian</source>
        <translation>អាណាព្យាបាល (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="183"/>
        <source>Relation</source>
        <translation>ត្រូវជាអ្វីនឹងកុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="184"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="184"/>
        <source>The guardian gave informed &amp;consent</source>
        <translation>អាណាព្យាបាលយល់ព្រមដោយដឹងព័ត៌មាន (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="185"/>
        <source>Consent date</source>
        <translation>កាលបរិច្ឆេទយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="187"/>
        <source>Work at intake</source>
        <translation>ការងារនៅពេលចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="188"/>
        <source>Working</source>
        <translation>ធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="188"/>
        <source>The child &amp;works</source>
        <translation>កុមារធ្វើការ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="189"/>
        <source>Activities</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="190"/>
        <source>Sec&amp;tor</source>
        <translation>វិស័យ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="191"/>
        <source>&amp;Hours per week</source>
        <translation>ចំនួនម៉ោងក្នុងមួយសប្តាហ៍ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="195"/>
        <source>Ha&amp;zardous conditions</source>
        <translation>លក្ខខណ្ឌការងារប្រកបដោយគ្រោះថ្នាក់ (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="198"/>
        <source>Age started work</source>
        <translation>អាយុពេលចាប់ផ្តើមធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="199"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="199"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="200"/>
        <source>Has a job to return to</source>
        <translation>មានការងារដែលត្រូវត្រឡប់ទៅធ្វើវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="201"/>
        <source>Household &amp;chores (hours a week)</source>
        <translation>ការងារផ្ទះ (ម៉ោងក្នុងមួយសប្តាហ៍) (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="205"/>
        <source>Hazardous household tasks</source>
        <translation>ការងារផ្ទះដែលមានគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="209"/>
        <source>School and risk</source>
        <translation>ការសិក្សា និងហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="210"/>
        <source>&amp;School status</source>
        <translation>ស្ថានភាពសិក្សា (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="212"/>
        <source>&amp;Risk factors</source>
        <translation>កត្តាហានិភ័យ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="217"/>
        <source>N&amp;otes</source>
        <translation>កំណត់សម្គាល់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="234"/>
        <source>&lt;b&gt;Work status at intake&lt;/b&gt;</source>
        <translation>&lt;b&gt;ស្ថានភាពការងារនៅពេលចុះឈ្មោះ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="243"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="460"/>
        <source>&lt;b&gt;Children who resemble this one&lt;/b&gt;</source>
        <translation>&lt;b&gt;កុមារដែលស្រដៀងនឹងកុមារនេះ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="245"/>
        <source>Filled name, sex, date of birth and village are compared with the children already registered.</source>
        <translation>ឈ្មោះ ភេទ ថ្ងៃខែឆ្នាំកំណើត និងភូមិ ដែលបានបំពេញ ត្រូវបានប្រៀបធៀបជាមួយកុមារដែលបានចុះឈ្មោះរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="252"/>
        <source>&amp;Open the selected child</source>
        <translation>បើកកុមារដែលបានជ្រើស (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="255"/>
        <source>This is a &amp;different child</source>
        <translation>នេះជាកុមារផ្សេង (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="329"/>
        <source>This child was registered in the approved reporting period {period}; the record is read-only. Headquarters can reopen the period.</source>
        <translation>កុមារនេះត្រូវបានចុះឈ្មោះក្នុងរយៈពេលរាយការណ៍ {period} ដែលបានអនុម័តរួច។ កំណត់ត្រានេះអាចមើលបានតែប៉ុណ្ណោះ។ ការិយាល័យកណ្តាលអាចបើករយៈពេលនេះឡើងវិញបាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="376"/>
        <source>{head} ({code}, {members} members)</source>
        <translation>{head} ({code}, សមាជិក {members} នាក់)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="397"/>
        <source>Type the date of birth (or the age) and the intake date.</source>
        <translation>សូមវាយបញ្ចូលថ្ងៃខែឆ្នាំកំណើត (ឬអាយុ) និងកាលបរិច្ឆេទចុះឈ្មោះ។</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="456"/>
        <source>&lt;b&gt;Registered children who resemble this one: %n&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;កុមារដែលបានចុះឈ្មោះ ហើយស្រដៀងនឹងកុមារនេះ៖ %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;កុមារដែលបានចុះឈ្មោះ ហើយស្រដៀងនឹងកុមារនេះ៖ %n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="479"/>
        <source>Registered children who resemble this one: %n. Open them to check, or tick “This is a different child”. Save as a new child anyway?</source>
        <translation>
            <numerusform>កុមារដែលបានចុះឈ្មោះ ហើយស្រដៀងនឹងកុមារនេះ៖ %n។ សូមបើកពិនិត្យ ឬគូសធីក “នេះជាកុមារផ្សេង”។ តើនៅតែរក្សាទុកជាកុមារថ្មីឬ?</numerusform>
            <numerusform>កុមារដែលបានចុះឈ្មោះ ហើយស្រដៀងនឹងកុមារនេះ៖ %n។ សូមបើកពិនិត្យ ឬគូសធីក “នេះជាកុមារផ្សេង”។ តើនៅតែរក្សាទុកជាកុមារថ្មីឬ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="529"/>
        <source>Saved {name}, case number {case}.</source>
        <translation>បានរក្សាទុក {name} លេខករណី {case}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="531"/>
        <source>Registered {name}: the case number is {case}.</source>
        <translation>បានចុះឈ្មោះ {name}៖ លេខករណីគឺ {case}។</translation>
    </message>
</context>
<context>
    <name>ChildRecordView</name>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="79"/>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="80"/>
        <source>Add &amp;service</source>
        <translation>បន្ថែមសេវា (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="81"/>
        <source>Add &amp;follow-up</source>
        <translation>បន្ថែមការចុះតាមដាន (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="82"/>
        <source>&amp;Refer…</source>
        <translation>បញ្ជូន… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="84"/>
        <source>Refer the child to an organisation for a service</source>
        <translation>បញ្ជូនកុមារទៅអង្គការមួយដើម្បីទទួលសេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="85"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;ផ្ទេរ…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="87"/>
        <source>Hand this child to another office (the family moved)</source>
        <translation>ប្រគល់កុមារនេះទៅការិយាល័យផ្សេង (គ្រួសារបានផ្លាស់ទីលំនៅ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="102"/>
        <source>Profile</source>
        <translation>ប្រវត្តិរូប</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="107"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="144"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="115"/>
        <source>&lt;b&gt;Work status at intake&lt;/b&gt;</source>
        <translation>&lt;b&gt;ស្ថានភាពការងារនៅពេលចុះឈ្មោះ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="118"/>
        <source>&lt;b&gt;Withdrawn / prevented&lt;/b&gt;</source>
        <translation>&lt;b&gt;បានដកចេញ / បានបង្ការ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="143"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>End</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>Provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="130"/>
        <source>Visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="131"/>
        <source>Work status</source>
        <translation>ស្ថានភាពការងារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="132"/>
        <source>Hours</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="133"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="324"/>
        <source>Hazards</source>
        <translation>គ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="134"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="325"/>
        <source>School</source>
        <translation>សាលារៀន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="135"/>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="136"/>
        <source>Visited by</source>
        <translation>អ្នកចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="141"/>
        <source>Referred</source>
        <translation>បានបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="142"/>
        <source>To</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="145"/>
        <source>Since</source>
        <translation>តាំងពី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="146"/>
        <source>Answer expected</source>
        <translation>រំពឹងចម្លើយនៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Who</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Change</source>
        <translation>ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="154"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="155"/>
        <source>Follow-ups</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="156"/>
        <source>Referrals</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="157"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="192"/>
        <source>girl</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="192"/>
        <source>boy</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="197"/>
        <source>{case} · {sex} · age {age} at intake</source>
        <translation>{case} · {sex} · អាយុ {age} ឆ្នាំ នៅពេលចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="207"/>
        <source>Registered in the approved reporting period {period}: the intake is read-only.</source>
        <translation>បានចុះឈ្មោះក្នុងរយៈពេលរាយការណ៍ {period} ដែលបានអនុម័តរួច៖ ព័ត៌មានចុះឈ្មោះអាចមើលបានតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="213"/>
        <source>Transferred to {office} on {day}: the record is read-only here.</source>
        <translation>បានផ្ទេរទៅ {office} នៅថ្ងៃ {day}៖ កំណត់ត្រានេះអាចអានបានតែប៉ុណ្ណោះនៅទីនេះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="218"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="223"/>
        <source>The child was transferred to another office.</source>
        <translation>កុមារត្រូវបានផ្ទេរទៅការិយាល័យផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="232"/>
        <source>Not counted</source>
        <translation>មិនរាប់បញ្ចូល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="245"/>
        <source>Hand {case} to which office?</source>
        <translation>ប្រគល់ {case} ទៅការិយាល័យណា?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="246"/>
        <source>Transfer</source>
        <translation>ផ្ទេរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="293"/>
        <source>{head} ({code}, {members} members)</source>
        <translation>{head} ({code}, សមាជិក {members} នាក់)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="298"/>
        <source>(estimated)</source>
        <translation>(ប៉ាន់ស្មាន)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="302"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="303"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="304"/>
        <source>Household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="306"/>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="310"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="311"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="355"/>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="313"/>
        <source>Intake date</source>
        <translation>កាលបរិច្ឆេទចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="314"/>
        <source>Action programme</source>
        <translation>កម្មវិធីសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="316"/>
        <source>Work at intake</source>
        <translation>ការងារនៅពេលចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="319"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="349"/>
        <source>{hours} h/week</source>
        <translation>{hours} ម៉ោង/សប្តាហ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="322"/>
        <source>not working</source>
        <translation>មិនធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="326"/>
        <source>Risk factors</source>
        <translation>កត្តាហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="353"/>
        <source>Relationship to the head</source>
        <translation>ត្រូវជាអ្វីនឹងមេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="354"/>
        <source>Household chores</source>
        <translation>ការងារផ្ទះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="355"/>
        <source>Has a job to return to</source>
        <translation>មានការងារដែលត្រូវត្រឡប់ទៅធ្វើវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="355"/>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="359"/>
        <source>Location (latitude, longitude)</source>
        <translation>ទីតាំង (រយៈទទឹង រយៈបណ្តោយ)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="384"/>
        <source>Services (%n)</source>
        <translation>
            <numerusform>សេវា (%n)</numerusform>
            <numerusform>សេវា (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="403"/>
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>ការចុះតាមដាន (%n)</numerusform>
            <numerusform>ការចុះតាមដាន (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="426"/>
        <source>overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="440"/>
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>ការបញ្ជូន (%n)</numerusform>
            <numerusform>ការបញ្ជូន (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="452"/>
        <source>registered</source>
        <translation>បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="454"/>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="462"/>
        <source>History (%n)</source>
        <translation>
            <numerusform>ប្រវត្តិ (%n)</numerusform>
            <numerusform>ប្រវត្តិ (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="40"/>
        <source>Child record</source>
        <translation>កំណត់ត្រាកុមារ</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="92"/>
        <source>Welcome to CL Desktop</source>
        <translation>សូមស្វាគមន៍មកកាន់ CL Desktop</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="93"/>
        <source>There is no database on this computer yet. What would you like to do?</source>
        <translation>មិនទាន់មានមូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រនេះនៅឡើយទេ។ តើអ្នកចង់ធ្វើអ្វី?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="102"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="105"/>
        <source>Latin digits (0123456789)</source>
        <translation>លេខឡាតាំង (0123456789)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="106"/>
        <source>Khmer digits (០១២៣៤៥៦៧៨៩)</source>
        <translation>លេខខ្មែរ (០១២៣៤៥៦៧៨៩)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Digits</source>
        <translation>លេខ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="115"/>
        <source>&amp;Join headquarters with a setup file (an office headquarters enrolled)</source>
        <translation>ភ្ជាប់ទៅទីស្នាក់ការកណ្តាលដោយឯកសាររៀបចំ (ការិយាល័យដែលទីស្នាក់ការកណ្តាលបានចុះឈ្មោះ) (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="117"/>
        <source>Create an &amp;office database (district or provincial office)</source>
        <translation>បង្កើតមូលដ្ឋានទិន្នន័យការិយាល័យ (ការិយាល័យស្រុក ឬខេត្ត) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="119"/>
        <source>Create a &amp;headquarters database (national project office)</source>
        <translation>បង្កើតមូលដ្ឋានទិន្នន័យការិយាល័យកណ្តាល (ការិយាល័យគម្រោងថ្នាក់ជាតិ) (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="121"/>
        <source>Open the &amp;demo (sample projects, children and results)</source>
        <translation>បើកទិន្នន័យសាកល្បង (គម្រោង កុមារ និងលទ្ធផលគំរូ) (&amp;D)</translation>
    </message>
</context>
<context>
    <name>CoordinatesMixin</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="44"/>
        <source>latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="44"/>
        <source>longitude</source>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="45"/>
        <source>From a photo…</source>
        <translation>ពីរូបថត…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="47"/>
        <source>Read the coordinates a phone or camera recorded in a photo</source>
        <translation>អានកូអរដោនេដែលទូរស័ព្ទ ឬកាមេរ៉ាបានកត់ត្រាក្នុងរូបថត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="51"/>
        <source>Coordinates</source>
        <translation>កូអរដោនេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="54"/>
        <source>Longitude</source>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="65"/>
        <source>Choose a photo taken there</source>
        <translation>ជ្រើសរើសរូបថតដែលថតនៅទីនោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="69"/>
        <source>Photos (*.jpg *.jpeg *.tif *.tiff *.png *.webp)</source>
        <translation>រូបថត (*.jpg *.jpeg *.tif *.tiff *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="69"/>
        <source>All files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="85"/>
        <source>{name} is not a photo that can be read.</source>
        <translation>{name} មិនមែនជារូបថតដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="87"/>
        <source>{name} holds no location: the camera did not record where it was taken.</source>
        <translation>{name} គ្មានទីតាំងទេ៖ កាមេរ៉ាមិនបានកត់ត្រាកន្លែងដែលបានថតទេ។</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="87"/>
        <source>Unexpected error</source>
        <translation>កំហុសមិនរំពឹងទុក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="92"/>
        <source>CL Desktop hit an unexpected error. Your saved data is safe: every save is written to disk at once. Please send the details below to whoever supports your installation.</source>
        <translation>CL Desktop បានជួបកំហុសមិនរំពឹងទុក។ ទិន្នន័យដែលអ្នកបានរក្សាទុកនៅមានសុវត្ថិភាព៖ រាល់ការរក្សាទុកត្រូវបានសរសេរទៅក្នុងថាសភ្លាមៗ។ សូមផ្ញើព័ត៌មានលម្អិតខាងក្រោមទៅអ្នកដែលគាំទ្របច្ចេកទេសសម្រាប់កុំព្យូទ័ររបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="99"/>
        <source>The details were also saved to {path}</source>
        <translation>ព័ត៌មានលម្អិតក៏ត្រូវបានរក្សាទុកនៅក្នុង {path} ផងដែរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="109"/>
        <source>Copy details</source>
        <translation>ចម្លងព័ត៌មានលម្អិត</translation>
    </message>
</context>
<context>
    <name>CustomFieldForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="22"/>
        <source>Child intake</source>
        <translation>ការចុះឈ្មោះកុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="23"/>
        <source>Follow-up visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="24"/>
        <source>Household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="25"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="28"/>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="29"/>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="30"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="31"/>
        <source>Yes or no</source>
        <translation>បាទ/ចាស ឬទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="32"/>
        <source>One choice</source>
        <translation>ជម្រើសមួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="33"/>
        <source>Several choices</source>
        <translation>ជម្រើសច្រើន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="64"/>
        <source>Extra field — edit</source>
        <translation>វាលបន្ថែម — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="64"/>
        <source>New extra field</source>
        <translation>វាលបន្ថែមថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="73"/>
        <source>Field</source>
        <translation>ចំណុចទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="75"/>
        <source>&amp;Project</source>
        <translation>គម្រោង (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="76"/>
        <source>&amp;Form</source>
        <translation>ទម្រង់ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="77"/>
        <source>&amp;Code</source>
        <translation>កូដ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="78"/>
        <source>a-z, 0-9 and _; the column header in exports</source>
        <translation>a-z, 0-9 និង _; ជាចំណងជើងជួរឈរក្នុងឯកសារនាំចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="79"/>
        <source>&amp;Type</source>
        <translation>ប្រភេទ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="82"/>
        <source>Labels and help</source>
        <translation>ស្លាក និងជំនួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="83"/>
        <source>Label in &amp;English</source>
        <translation>ស្លាកជាភាសាអង់គ្លេស (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="84"/>
        <source>Label in &amp;Khmer</source>
        <translation>ស្លាកជាភាសាខ្មែរ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="85"/>
        <source>Label in &amp;Russian</source>
        <translation>ស្លាកជាភាសារុស្ស៊ី (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="86"/>
        <source>Help in English</source>
        <translation>ជំនួយជាភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="87"/>
        <source>Help in Khmer</source>
        <translation>ជំនួយជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="88"/>
        <source>Help in Russian</source>
        <translation>ជំនួយជាភាសារុស្ស៊ី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="89"/>
        <source>Answers</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="90"/>
        <source>Required</source>
        <translation>ចាំបាច់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="90"/>
        <source>A value must be &amp;given</source>
        <translation>ត្រូវតែបំពេញតម្លៃ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="91"/>
        <source>Lowest &amp;number</source>
        <translation>លេខតូចបំផុត (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="92"/>
        <source>Highest n&amp;umber</source>
        <translation>លេខធំបំផុត (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="96"/>
        <source>one a line: code = English | Khmer | Russian</source>
        <translation>មួយបន្ទាត់មួយ៖ កូដ = អង់គ្លេស | ខ្មែរ | រុស្ស៊ី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="97"/>
        <source>C&amp;hoices</source>
        <translation>ជម្រើស (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="98"/>
        <source>On the form</source>
        <translation>នៅលើទម្រង់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="99"/>
        <source>&amp;Section in English</source>
        <translation>ផ្នែកជាភាសាអង់គ្លេស (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="100"/>
        <source>Project questions</source>
        <translation>សំណួររបស់គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="101"/>
        <source>Sect&amp;ion in Khmer</source>
        <translation>ផ្នែកជាភាសាខ្មែរ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="102"/>
        <source>Section in Russi&amp;an</source>
        <translation>ផ្នែកជាភាសារុស្ស៊ី (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="103"/>
        <source>(always shown)</source>
        <translation>(បង្ហាញជានិច្ច)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="104"/>
        <source>Show &amp;when this field has a value</source>
        <translation>បង្ហាញនៅពេលវាលនេះមានតម្លៃ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="105"/>
        <source>&amp;Order</source>
        <translation>លំដាប់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="106"/>
        <source>Lists</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="106"/>
        <source>Show in &amp;lists and reports</source>
        <translation>បង្ហាញក្នុងបញ្ជី និងរបាយការណ៍ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="108"/>
        <source>A field is never deleted: retire it to hide it from new entry; the values recorded with it stay.</source>
        <translation>វាលមិនត្រូវបានលុបចោលទេ៖ ឈប់ប្រើវា ដើម្បីលាក់ពីការបញ្ចូលថ្មី ហើយតម្លៃដែលបានកត់ត្រារួចនៅដដែល។</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="93"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="93"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="100"/>
        <source>Project questions</source>
        <translation>សំណួររបស់គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="107"/>
        <source>{label} (retired)</source>
        <translation>{label} (លែងប្រើ)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPreview</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="164"/>
        <source>Preview: {form} of {project}</source>
        <translation>មើលជាមុន៖ {form} នៃ {project}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="169"/>
        <source>&amp;Check the answers</source>
        <translation>ពិនិត្យចម្លើយ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="170"/>
        <source>As a clerk sees these questions; nothing typed here is saved.</source>
        <translation>ដូចដែលបុគ្គលិកបញ្ចូលទិន្នន័យឃើញសំណួរទាំងនេះ។ អ្វីដែលវាយនៅទីនេះមិនត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="194"/>
        <source>The answers are valid; a preview saves nothing.</source>
        <translation>ចម្លើយត្រឹមត្រូវ។ ការមើលជាមុនមិនរក្សាទុកអ្វីទេ។</translation>
    </message>
</context>
<context>
    <name>CustomFieldsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="44"/>
        <source>&amp;Project:</source>
        <translation>គម្រោង (&amp;P)៖</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="53"/>
        <source>&amp;Form:</source>
        <translation>ទម្រង់ (&amp;F)៖</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="66"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="67"/>
        <source>Label</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="68"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="69"/>
        <source>Section</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="70"/>
        <source>Required</source>
        <translation>ចាំបាច់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="71"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="84"/>
        <source>&amp;New field…</source>
        <translation>វាលថ្មី… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="86"/>
        <source>&amp;Edit…</source>
        <translation>កែសម្រួល… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="88"/>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="158"/>
        <source>&amp;Retire</source>
        <translation>ឈប់ប្រើ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="90"/>
        <source>Pre&amp;view the form…</source>
        <translation>មើលទម្រង់ជាមុន… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="92"/>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="100"/>
        <source>Headquarters&apos; administrators define the extra fields; offices receive them.</source>
        <translation>អ្នកគ្រប់គ្រងនៅទីស្នាក់ការកណ្តាលកំណត់វាលបន្ថែម ហើយការិយាល័យទទួលបានវា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="141"/>
        <source>Project questions</source>
        <translation>សំណួររបស់គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="142"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="143"/>
        <source>Retired</source>
        <translation>លែងប្រើ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="143"/>
        <source>In use</source>
        <translation>កំពុងប្រើ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="155"/>
        <source>Select a field in the list first.</source>
        <translation>ជ្រើសរើសវាលមួយក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="158"/>
        <source>&amp;Bring back</source>
        <translation>ប្រើវិញ (&amp;B)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="47"/>
        <source>POC1 in child labour</source>
        <translation>POC1 ក្នុងពលកម្មកុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="48"/>
        <source>POC2 in hazardous child labour</source>
        <translation>POC2 ក្នុងពលកម្មកុមារប្រកបដោយគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="49"/>
        <source>POC3 in other worst forms</source>
        <translation>POC3 ក្នុងទម្រង់ធ្ងន់ធ្ងរបំផុតផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="50"/>
        <source>POC4 attending school regularly</source>
        <translation>POC4 ទៅរៀនជាប្រចាំ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="164"/>
        <source>Dashboard</source>
        <translation>ផ្ទាំងសង្ខេប</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="174"/>
        <source>Withdrawn and prevented of one action programme</source>
        <translation>កុមារដែលបានដកចេញ និងបានបង្ការ នៃកម្មវិធីសកម្មភាពមួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="176"/>
        <source>&amp;Project:</source>
        <translation>គម្រោង (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="177"/>
        <source>P&amp;eriod:</source>
        <translation>រយៈពេល (&amp;E):</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="178"/>
        <source>Pro&amp;gramme:</source>
        <translation>កម្មវិធី (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="188"/>
        <source>&amp;Refresh</source>
        <translation>ធ្វើបច្ចុប្បន្នភាព (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="209"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="533"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="541"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="551"/>
        <source>Withdrawn (cumulative)</source>
        <translation>បានដកចេញ (សរុបបង្គរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="210"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="534"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="542"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="552"/>
        <source>Prevented (cumulative)</source>
        <translation>បានបង្ការ (សរុបបង្គរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="211"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="535"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="564"/>
        <source>E1 education services</source>
        <translation>E1 សេវាអប់រំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="212"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="536"/>
        <source>L1 households, livelihood</source>
        <translation>L1 គ្រួសារ សេវាលើកកម្ពស់ជីវភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="213"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="537"/>
        <source>Overdue follow-ups</source>
        <translation>ការចុះតាមដានហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="214"/>
        <source>Overdue referrals</source>
        <translation>ការបញ្ជូនហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="215"/>
        <source>Open the overdue referrals</source>
        <translation>បើកការបញ្ជូនដែលហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="228"/>
        <source>Children withdrawn against target</source>
        <translation>កុមារដែលត្រូវបានដកចេញ ធៀបនឹងគោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="229"/>
        <source>Children prevented against target</source>
        <translation>កុមារដែលត្រូវបានបង្ការ ធៀបនឹងគោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="230"/>
        <source>Withdrawn by age group (cumulative)</source>
        <translation>បានដកចេញ តាមក្រុមអាយុ (សរុបបង្គរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="231"/>
        <source>Prevented by age group (cumulative)</source>
        <translation>បានបង្ការ តាមក្រុមអាយុ (សរុបបង្គរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="232"/>
        <source>E1: children given education services, by service (cumulative)</source>
        <translation>E1៖ កុមារដែលទទួលបានសេវាអប់រំ តាមប្រភេទសេវា (សរុបបង្គរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="233"/>
        <source>Participant children (POC), % of registered</source>
        <translation>កុមារចូលរួមគម្រោង (POC) គិតជា % នៃកុមារដែលបានចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="234"/>
        <source>Withdrawn and prevented by action programme, against target</source>
        <translation>បានដកចេញ និងបានបង្ការ តាមកម្មវិធីសកម្មភាព ធៀបនឹងគោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="260"/>
        <source>Data quality</source>
        <translation>គុណភាពទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="270"/>
        <source>Double-click or Enter: list the records of a finding</source>
        <translation>ចុចពីរដង ឬ Enter៖ បង្ហាញបញ្ជីកំណត់ត្រានៃការរកឃើញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="314"/>
        <source>All action programmes</source>
        <translation>កម្មវិធីសកម្មភាពទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="331"/>
        <source>draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="332"/>
        <source>submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="333"/>
        <source>approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="361"/>
        <source>No project yet: create one on the Projects page.</source>
        <translation>មិនទាន់មានគម្រោងនៅឡើយទេ៖ សូមបង្កើតគម្រោងនៅទំព័រ «គម្រោង»។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="368"/>
        <source>Computing…</source>
        <translation>កំពុងគណនា…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="376"/>
        <source>Computing the dashboard…</source>
        <translation>កំពុងគណនាផ្ទាំងសង្ខេប…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="414"/>
        <source>Figures up to {end}; this period: {start} – {end}.</source>
        <translation>តួលេខរហូតដល់ {end}។ រយៈពេលនេះ៖ {start} – {end}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="419"/>
        <source>Figures up to today.</source>
        <translation>តួលេខរហូតដល់ថ្ងៃនេះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="423"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="460"/>
        <source>Girls</source>
        <translation>កុមារី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="423"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="461"/>
        <source>Boys</source>
        <translation>កុមារា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="431"/>
        <source>target {target}{pct} · this period {n}</source>
        <translation>គោលដៅ {target}{pct} · រយៈពេលនេះ {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="440"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="444"/>
        <source>this period {n}</source>
        <translation>រយៈពេលនេះ {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="449"/>
        <source>no visit for {days} days</source>
        <translation>គ្មានការចុះតាមដានលើសពី {days} ថ្ងៃ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="452"/>
        <source>no answer or no service in time</source>
        <translation>គ្មានចម្លើយ ឬគ្មានសេវាទាន់ពេល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="462"/>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="463"/>
        <source>This period</source>
        <translation>ក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="475"/>
        <source>{group} years</source>
        <translation>{group} ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="479"/>
        <source>other ages</source>
        <translation>អាយុផ្សេងទៀត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="486"/>
        <source>No education services recorded yet</source>
        <translation>មិនទាន់មានការកត់ត្រាសេវាអប់រំនៅឡើយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="502"/>
        <source>No action programmes yet</source>
        <translation>មិនទាន់មានកម្មវិធីសកម្មភាពនៅឡើយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="506"/>
        <source>No data-quality problems found.</source>
        <translation>រកមិនឃើញបញ្ហាគុណភាពទិន្នន័យទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="539"/>
        <source>girls</source>
        <translation>ក្មេងស្រី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="539"/>
        <source>boys</source>
        <translation>ក្មេងប្រុស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="541"/>
        <source>Withdrawn this period</source>
        <translation>បានដកចេញក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="542"/>
        <source>Prevented this period</source>
        <translation>បានបង្ការក្នុងរយៈពេលនេះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="576"/>
        <source>Withdrawn and prevented, {programme}</source>
        <translation>បានដកចេញ និងបានបង្ការ, {programme}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="584"/>
        <source>Project: {project}</source>
        <translation>គម្រោង៖ {project}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="587"/>
        <source>from {start} to {end}</source>
        <translation>ពី {start} ដល់ {end}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="592"/>
        <source>up to {end}</source>
        <translation>រហូតដល់ {end}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="594"/>
        <source>period {code}</source>
        <translation>រយៈពេល {code}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="597"/>
        <source>action programme {code}</source>
        <translation>កម្មវិធីសកម្មភាព {code}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="599"/>
        <source>all action programmes</source>
        <translation>កម្មវិធីសកម្មភាពទាំងអស់</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="114"/>
        <source>Type the date as {pattern} (or YYYY-MM-DD); Alt+Down opens a calendar.</source>
        <translation>វាយកាលបរិច្ឆេទជា {pattern} (ឬ YYYY-MM-DD); Alt+Down បើកប្រតិទិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="120"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>ជ្រើសពីប្រតិទិន (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="127"/>
        <source>DD/MM/YYYY</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="158"/>
        <source>{field} must be a date written as {pattern} (got “{value}”).</source>
        <translation>{field} ត្រូវតែជាកាលបរិច្ឆេទសរសេរជា {pattern} (បានវាយ “{value}”)។</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="387"/>
        <source>The demo database</source>
        <translation>មូលដ្ឋានទិន្នន័យសាកល្បង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="388"/>
        <source>Building the demo: the seed projects with their children, services and follow-ups.</source>
        <translation>កំពុងបង្កើតទិន្នន័យសាកល្បង៖ គម្រោងគំរូ ព្រមទាំងកុមារ សេវា និងការចុះតាមដាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="415"/>
        <source>The demo is ready. Sign in as admin / admin, coordinator / coordinator or clerk / clerk.</source>
        <translation>ទិន្នន័យសាកល្បងរួចរាល់ហើយ។ សូមចូលប្រើជា admin / admin, coordinator / coordinator ឬ clerk / clerk។</translation>
    </message>
</context>
<context>
    <name>Dhis2MappingView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="45"/>
        <source>Data set</source>
        <translation>សំណុំទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="46"/>
        <source>Data elements</source>
        <translation>ធាតុទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="47"/>
        <source>Categories</source>
        <translation>ប្រភេទបំបែក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="48"/>
        <source>Category options</source>
        <translation>ជម្រើសនៃប្រភេទបំបែក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="49"/>
        <source>Organisation units</source>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="62"/>
        <source>&amp;Show</source>
        <translation>បង្ហាញ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="65"/>
        <source>Everything</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>Key</source>
        <translation>កូនសោ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>DHIS2 code</source>
        <translation>លេខកូដ DHIS2</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="89"/>
        <source>&amp;Save mapping</source>
        <translation>រក្សាទុកការផ្គូផ្គង (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="94"/>
        <source>Headquarters&apos; administrators keep the mapping; an office reads it.</source>
        <translation>អ្នកគ្រប់គ្រងនៅទីស្នាក់ការកណ្ដាលថែរក្សាការផ្គូផ្គង ការិយាល័យអានវាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="97"/>
        <source>&amp;Revert</source>
        <translation>ត្រឡប់វិញ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="107"/>
        <source>Headquarters keeps the DHIS2 mapping; this office receives it with the metadata.</source>
        <translation>ការិយាល័យកណ្តាលរក្សាការផ្គូផ្គង DHIS2; ការិយាល័យនេះទទួលវាជាមួយទិន្នន័យមេតា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="140"/>
        <source>Nothing to save.</source>
        <translation>គ្មានអ្វីត្រូវរក្សាទុកទេ។</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="151"/>
        <source>%n mapping row(s) saved.</source>
        <translation>
            <numerusform>បានរក្សាទុកជួរផ្គូផ្គងចំនួន %n។</numerusform>
            <numerusform>បានរក្សាទុកជួរផ្គូផ្គងចំនួន %n។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="155"/>
        <source>Check an export before it leaves</source>
        <translation>ពិនិត្យឯកសារនាំចេញ មុនពេលផ្ញើចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="158"/>
        <source>&amp;Project</source>
        <translation>គម្រោង (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="171"/>
        <source>&amp;Format</source>
        <translation>ទម្រង់ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="174"/>
        <source>ADX (XML)</source>
        <translation>ADX (XML)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="175"/>
        <source>DHIS2 dataValueSets (JSON)</source>
        <translation>DHIS2 dataValueSets (JSON)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="177"/>
        <source>C&amp;heck</source>
        <translation>ពិនិត្យ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="197"/>
        <source>Save the &amp;report…</source>
        <translation>រក្សាទុករបាយការណ៍ (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="200"/>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="214"/>
        <source>Run the check first.</source>
        <translation>សូមពិនិត្យជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="219"/>
        <source>There is no project to check.</source>
        <translation>គ្មានគម្រោងសម្រាប់ពិនិត្យទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="232"/>
        <source>The export cannot be written: {n} problem(s) to fix first.</source>
        <translation>មិនអាចសរសេរឯកសារនាំចេញបានទេ៖ មានបញ្ហា {n} ត្រូវកែជាមុន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="237"/>
        <source>{n} kind(s) of figures have no code; the export would leave them out, or fix the mapping.</source>
        <translation>តួលេខ {n} ប្រភេទគ្មានកូដ៖ ឯកសារនាំចេញនឹងទុកវាចោល ឬសូមកែការផ្គូផ្គង។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="240"/>
        <source>No problem: {n} data value(s) are ready to export.</source>
        <translation>គ្មានបញ្ហាទេ៖ តម្លៃទិន្នន័យ {n} រួចរាល់សម្រាប់នាំចេញ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="249"/>
        <source>Save the check report</source>
        <translation>រក្សាទុករបាយការណ៍ពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="249"/>
        <source>Text files (*.txt)</source>
        <translation>ឯកសារអត្ថបទ (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="261"/>
        <source>The check report was saved to {path}.</source>
        <translation>របាយការណ៍ពិនិត្យត្រូវបានរក្សាទុកនៅ {path}។</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="33"/>
        <source>Keep</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="34"/>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="37"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="35"/>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="38"/>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="36"/>
        <source>Merge into it</source>
        <translation>បញ្ចូលទៅក្នុងកំណត់ត្រានេះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="39"/>
        <source>Why</source>
        <translation>មូលហេតុ</translation>
    </message>
</context>
<context>
    <name>FigureListDialog</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/figure_list.py" line="77"/>
        <source>Exported %n row(s) to {path}</source>
        <translation>
            <numerusform>បាននាំចេញ %n ជួរទៅ {path}</numerusform>
            <numerusform>បាននាំចេញ %n ជួរទៅ {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="73"/>
        <source>Open &amp;folder</source>
        <translation>បើកថត (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="75"/>
        <source>Show the folder that holds the file</source>
        <translation>បង្ហាញថតដែលមានឯកសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="77"/>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="91"/>
        <source>Cop&amp;y path</source>
        <translation>ចម្លងផ្លូវ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="79"/>
        <source>Put the file&apos;s full path on the clipboard</source>
        <translation>ដាក់ផ្លូវពេញរបស់ឯកសារទៅក្នុងក្តារតម្បៀតខ្ទាស់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="102"/>
        <source>{text} It could not be opened: no application on this computer opens {what} files. Open the folder or copy the path to open it another way.</source>
        <translation>{text} មិនអាចបើកបានទេ៖ គ្មានកម្មវិធីណានៅលើកុំព្យូទ័រនេះបើកឯកសារ {what} ទេ។ សូមបើកថត ឬចម្លងផ្លូវដើម្បីបើកវាតាមវិធីផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="120"/>
        <source>No file manager opened the folder {folder}. Copy the path to find the file.</source>
        <translation>គ្មានកម្មវិធីគ្រប់គ្រងឯកសារណាបើកថត {folder} ទេ។ សូមចម្លងផ្លូវដើម្បីរកឯកសារ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="130"/>
        <source>Path copied</source>
        <translation>បានចម្លងផ្លូវ</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="441"/>
        <source>CL Desktop — first start</source>
        <translation>CL Desktop — ការចាប់ផ្តើមលើកដំបូង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="509"/>
        <source>Building the demo…</source>
        <translation>កំពុងបង្កើតទិន្នន័យសាកល្បង…</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="28"/>
        <source>Follow-up visit — edit</source>
        <translation>ការចុះតាមដាន — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="28"/>
        <source>Follow-up visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="34"/>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="36"/>
        <source>Child</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="35"/>
        <source>(no child)</source>
        <translation>(គ្មានកុមារ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="38"/>
        <source>Visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="39"/>
        <source>&amp;Visit date</source>
        <translation>កាលបរិច្ឆេទចុះតាមដាន (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="40"/>
        <source>Working</source>
        <translation>ធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="40"/>
        <source>The child &amp;works</source>
        <translation>កុមារធ្វើការ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="41"/>
        <source>&amp;Hours per week</source>
        <translation>ចំនួនម៉ោងក្នុងមួយសប្តាហ៍ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="45"/>
        <source>Ha&amp;zardous conditions</source>
        <translation>លក្ខខណ្ឌការងារប្រកបដោយគ្រោះថ្នាក់ (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="48"/>
        <source>Household &amp;chores (hours a week)</source>
        <translation>ការងារផ្ទះ (ម៉ោងក្នុងមួយសប្តាហ៍) (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="52"/>
        <source>Hazardous household tasks</source>
        <translation>ការងារផ្ទះដែលមានគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="55"/>
        <source>&amp;School status</source>
        <translation>ស្ថានភាពសិក្សា (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="56"/>
        <source>School &amp;attendance (%)</source>
        <translation>វត្តមាននៅសាលារៀន (%) (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="57"/>
        <source>Visited &amp;by</source>
        <translation>អ្នកចុះតាមដាន (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="62"/>
        <source>N&amp;otes</source>
        <translation>កំណត់សម្គាល់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="100"/>
        <source>This visit falls in the approved reporting period {period}; it is read-only. Headquarters can reopen the period.</source>
        <translation>ការចុះតាមដាននេះស្ថិតក្នុងរយៈពេលរាយការណ៍ {period} ដែលបានអនុម័តរួច។ អាចមើលបានតែប៉ុណ្ណោះ។ ការិយាល័យកណ្តាលអាចបើករយៈពេលនេះឡើងវិញបាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="108"/>
        <source>Recorded the follow-up visit of {case} on {day}.</source>
        <translation>បានកត់ត្រាការតាមដានរបស់ {case} នៅថ្ងៃ {day}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="117"/>
        <source>Open the follow-up form from a child&apos;s record.</source>
        <translation>សូមបើកទម្រង់ចុះតាមដានពីកំណត់ត្រារបស់កុមារ។</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="137"/>
        <source>&amp;Save</source>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="140"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>រក្សាទុក (Enter ឬ Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="141"/>
        <source>Save and new</source>
        <translation>រក្សាទុក ហើយបង្កើតថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="144"/>
        <source>Save, then start a new record (Ctrl+Shift+S)</source>
        <translation>រក្សាទុក រួចចាប់ផ្ដើមកំណត់ត្រាថ្មី (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="145"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="147"/>
        <source>Close without saving (Esc)</source>
        <translation>បិទដោយមិនរក្សាទុក (Esc)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="383"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="417"/>
        <location filename="../../cl_desktop/ui/forms/base.py" line="497"/>
        <source>Please correct the fields marked in red; nothing was saved.</source>
        <translation>សូមកែតម្រូវចំណុចដែលបានសម្គាល់ពណ៌ក្រហម។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="543"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>ទម្រង់នេះមានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកវាឬ?</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="26"/>
        <source>Household — edit</source>
        <translation>គ្រួសារ — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="26"/>
        <source>New household</source>
        <translation>គ្រួសារថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="31"/>
        <source>Household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="32"/>
        <source>&amp;Head of household</source>
        <translation>មេគ្រួសារ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="33"/>
        <source>Head&apos;s name in &amp;Latin letters</source>
        <translation>ឈ្មោះមេគ្រួសារជាអក្សរឡាតាំង (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="34"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="34"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="35"/>
        <source>Head&apos;s se&amp;x</source>
        <translation>ភេទមេគ្រួសារ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="36"/>
        <source>&amp;Members</source>
        <translation>ចំនួនសមាជិក (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="37"/>
        <source>&amp;Children under 18</source>
        <translation>កុមារអាយុក្រោម 18 ឆ្នាំ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="41"/>
        <source>&amp;Poverty markers</source>
        <translation>សូចនាករភាពក្រីក្រ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="47"/>
        <source>&amp;Income sources</source>
        <translation>ប្រភពចំណូល (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="50"/>
        <source>Where and when</source>
        <translation>ទីកន្លែង និងពេលវេលា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="52"/>
        <source>&amp;Location</source>
        <translation>ទីតាំង (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="54"/>
        <source>&amp;Address</source>
        <translation>អាសយដ្ឋាន (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="59"/>
        <source>Action &amp;programme</source>
        <translation>កម្មវិធីសកម្មភាព (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="60"/>
        <source>&amp;Registration date</source>
        <translation>កាលបរិច្ឆេទចុះឈ្មោះ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="81"/>
        <source>Saved household {code} ({head}).</source>
        <translation>បានរក្សាទុកគ្រួសារ {code} ({head})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="83"/>
        <source>Registered the household of {head}: its code is {code}.</source>
        <translation>បានចុះឈ្មោះគ្រួសាររបស់ {head}៖ លេខកូដគឺ {code}។</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="53"/>
        <source>Children</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="54"/>
        <source>Households</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="55"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="56"/>
        <source>Follow-up visits</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="92"/>
        <source>Import a spreadsheet</source>
        <translation>នាំចូលឯកសារតារាង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="109"/>
        <source>&amp;List:</source>
        <translation>បញ្ជី (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="112"/>
        <source>A .csv or .xlsx file with the columns of the list&apos;s export</source>
        <translation>ឯកសារ .csv ឬ .xlsx ដែលមានជួរឈរដូចឯកសារនាំចេញនៃបញ្ជីនេះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="113"/>
        <source>&amp;Browse…</source>
        <translation>រកមើល (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="117"/>
        <source>&amp;File:</source>
        <translation>ឯកសារ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="125"/>
        <source>Export the list first to get the right columns. Rows with a case number, household code or ID that exists are updated; the others are added. If any row is invalid, nothing is imported.</source>
        <translation>សូមនាំចេញបញ្ជីនេះជាមុនសិន ដើម្បីទទួលបានជួរឈរត្រឹមត្រូវ។ ជួរដេកដែលមានលេខករណី លេខកូដគ្រួសារ ឬ ID ដែលមានស្រាប់ នឹងត្រូវធ្វើបច្ចុប្បន្នភាព ហើយជួរដេកផ្សេងទៀតនឹងត្រូវបន្ថែម។ ប្រសិនបើមានជួរដេកណាមួយមិនត្រឹមត្រូវ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="136"/>
        <source>Row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="136"/>
        <source>Column</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="136"/>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="147"/>
        <source>&amp;Check file</source>
        <translation>ពិនិត្យឯកសារ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="148"/>
        <source>&amp;Import</source>
        <translation>នាំចូល (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="149"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="150"/>
        <source>&amp;Stop</source>
        <translation>បញ្ឈប់ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="151"/>
        <source>Stop the check or the import; nothing is saved</source>
        <translation>បញ្ឈប់ការពិនិត្យ ឬការនាំចូល៖ គ្មានអ្វីត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="182"/>
        <source>Choose a spreadsheet</source>
        <translation>ជ្រើសរើសឯកសារតារាង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="182"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>ឯកសារតារាង (*.csv *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="197"/>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="379"/>
        <source>Choose a file first.</source>
        <translation>សូមជ្រើសរើសឯកសារជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="199"/>
        <source>Checking {name}…</source>
        <translation>កំពុងពិនិត្យ {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="209"/>
        <source>Checking the file</source>
        <translation>កំពុងពិនិត្យឯកសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="214"/>
        <source>Check stopped; nothing was imported.</source>
        <translation>បានបញ្ឈប់ការពិនិត្យ៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="222"/>
        <source>Importing {name}…</source>
        <translation>កំពុងនាំចូល {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="233"/>
        <source>Importing</source>
        <translation>កំពុងនាំចូល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="238"/>
        <source>Import stopped; nothing was imported (all or nothing).</source>
        <translation>បានបញ្ឈប់ការនាំចូល៖ គ្មានអ្វីត្រូវបាននាំចូលទេ (ទាំងអស់ ឬគ្មានអ្វីសោះ)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="245"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="266"/>
        <source>{count} problem(s) in {rows} row(s). Fix them in the file and check it again; nothing was imported.</source>
        <translation>មានបញ្ហាចំនួន {count} ក្នុងជួរដេកចំនួន {rows}។ សូមកែតម្រូវក្នុងឯកសារ ហើយពិនិត្យម្តងទៀត។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="275"/>
        <source>{rows} row(s) checked: {added} to add, {updated} to update, {unchanged} unchanged. Press Import to save them.</source>
        <translation>បានពិនិត្យជួរដេកចំនួន {rows}៖ ត្រូវបន្ថែម {added} ត្រូវធ្វើបច្ចុប្បន្នភាព {updated} និងមិនផ្លាស់ប្តូរ {unchanged}។ សូមចុច «នាំចូល» ដើម្បីរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="286"/>
        <source>Imported {rows} row(s): {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>បាននាំចូលជួរដេកចំនួន {rows}៖ បានបន្ថែម {added} បានធ្វើបច្ចុប្បន្នភាព {updated} និងមិនផ្លាស់ប្តូរ {unchanged}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="300"/>
        <source>Nothing was imported: {message}</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ៖ {message}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="310"/>
        <source>The import failed; nothing was saved.</source>
        <translation>ការនាំចូលបានបរាជ័យ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="317"/>
        <source>{done} row(s)</source>
        <translation>{done} ជួរដេក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="377"/>
        <source>Check the file first: Import is possible once a check finds no problem in it.</source>
        <translation>ពិនិត្យឯកសារជាមុនសិន៖ អាចនាំចូលបាន នៅពេលការពិនិត្យមិនរកឃើញបញ្ហា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="392"/>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="394"/>
        <source>Wait for the work under way to finish, or stop it.</source>
        <translation>សូមរង់ចាំការងារដែលកំពុងដំណើរការបញ្ចប់ ឬបញ្ឈប់វា។</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="56"/>
        <source>Indicator — edit</source>
        <translation>សូចនាករ — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="56"/>
        <source>New indicator</source>
        <translation>សូចនាករថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="60"/>
        <source>Indicator</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="67"/>
        <source>&amp;Result</source>
        <translation>លទ្ធផល (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="68"/>
        <source>&amp;Code</source>
        <translation>លេខកូដ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="72"/>
        <source>&amp;Indicator</source>
        <translation>សូចនាករ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="73"/>
        <source>&amp;Unit</source>
        <translation>ឯកតា (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="74"/>
        <source>Baseline and target</source>
        <translation>ទិន្នន័យមូលដ្ឋាន និងគោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="75"/>
        <source>&amp;Baseline</source>
        <translation>ទិន្នន័យមូលដ្ឋាន (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="76"/>
        <source>Baseline &amp;year</source>
        <translation>ឆ្នាំមូលដ្ឋាន (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="77"/>
        <source>Baseline (text)</source>
        <translation>ទិន្នន័យមូលដ្ឋាន (អត្ថបទ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="78"/>
        <source>&amp;Target</source>
        <translation>គោលដៅ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="79"/>
        <source>Target (text)</source>
        <translation>គោលដៅ (អត្ថបទ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="80"/>
        <source>&amp;Due date</source>
        <translation>កាលកំណត់ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="81"/>
        <source>&amp;Means of verification</source>
        <translation>មធ្យោបាយផ្ទៀងផ្ទាត់ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="82"/>
        <source>Disaggre&amp;gation</source>
        <translation>ការបែងចែកទិន្នន័យ (&amp;G)</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="146"/>
        <source>Join headquarters with a setup file</source>
        <translation>ភ្ជាប់ទៅទីស្នាក់ការកណ្តាលដោយឯកសាររៀបចំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="149"/>
        <source>Headquarters added this office and gave you its setup file and passphrase. The file brings the office, its user accounts and its projects.</source>
        <translation>ទីស្នាក់ការកណ្តាលបានបន្ថែមការិយាល័យនេះ ហើយបានផ្តល់ឯកសាររៀបចំ និងឃ្លាសម្ងាត់របស់វាដល់អ្នក។ ឯកសារនេះនាំមកនូវការិយាល័យ គណនីអ្នកប្រើ និងគម្រោងរបស់វា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="157"/>
        <source>Br&amp;owse…</source>
        <translation>រុករក… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="162"/>
        <source>Setup fi&amp;le</source>
        <translation>ឯកសាររៀបចំ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="168"/>
        <source>Pass&amp;phrase</source>
        <translation>ឃ្លាសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="169"/>
        <source>&amp;Encrypt the database on this laptop</source>
        <translation>អ៊ិនគ្រីបមូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រយួរដៃនេះ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="173"/>
        <source>A stolen laptop then gives away no name: each account&apos;s password unlocks the database, and a recovery key, shown once to print, opens it when nobody remembers a password.</source>
        <translation>ពេលនោះ កុំព្យូទ័រដែលត្រូវគេលួច មិនបង្ហាញឈ្មោះណាមួយឡើយ៖ ពាក្យសម្ងាត់របស់គណនីនីមួយៗដោះសោមូលដ្ឋានទិន្នន័យ ហើយកូនសោសង្គ្រោះ ដែលបង្ហាញតែម្តងដើម្បីបោះពុម្ព បើកវានៅពេលគ្មាននរណាចាំពាក្យសម្ងាត់។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="192"/>
        <source>The office&apos;s setup file</source>
        <translation>ឯកសាររៀបចំរបស់ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="196"/>
        <source>Setup files (*.setup)</source>
        <translation>ឯកសាររៀបចំ (*.setup)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="196"/>
        <source>All files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="214"/>
        <source>This file is not an office setup file.</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសាររៀបចំការិយាល័យទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="217"/>
        <source>Office {office} ({name}), enrolled by headquarters {hq}.</source>
        <translation>ការិយាល័យ {office} ({name}) ដែលចុះឈ្មោះដោយទីស្នាក់ការកណ្តាល {hq}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="228"/>
        <source>There is no file {path}.</source>
        <translation>គ្មានឯកសារ {path} ទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="233"/>
        <source>The setup file could not be used: {reason}</source>
        <translation>មិនអាចប្រើឯកសាររៀបចំបានទេ៖ {reason}</translation>
    </message>
</context>
<context>
    <name>KoboDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="55"/>
        <source>Intake (new children)</source>
        <translation>ការចុះឈ្មោះ (កុមារថ្មី)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="56"/>
        <source>Follow-up visits</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="69"/>
        <source>row {row}, column “{column}”: {message}</source>
        <translation>ជួរដេក {row} ជួរឈរ “{column}”៖ {message}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="88"/>
        <source>Import Kobo/ODK submissions</source>
        <translation>នាំចូលទិន្នន័យដែលបានបញ្ជូនពី Kobo/ODK</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="96"/>
        <source>&amp;Form</source>
        <translation>ទម្រង់ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="100"/>
        <source>&amp;Browse…</source>
        <translation>រកមើល (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="105"/>
        <source>&amp;Export file (CSV or XLSX)</source>
        <translation>ឯកសារនាំចេញ (CSV ឬ XLSX) (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="130"/>
        <source>Submission</source>
        <translation>ទម្រង់បញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="131"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="132"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="133"/>
        <source>Born</source>
        <translation>ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="134"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="135"/>
        <source>Resembles</source>
        <translation>ស្រដៀងនឹង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="148"/>
        <source>Add as a &amp;new child</source>
        <translation>បន្ថែមជាកុមារថ្មី (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="151"/>
        <source>&amp;Same child: add nothing</source>
        <translation>កុមារដដែល៖ មិនបន្ថែមអ្វីទេ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="161"/>
        <source>&amp;Check</source>
        <translation>ពិនិត្យ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="164"/>
        <source>&amp;Import</source>
        <translation>នាំចូល (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="167"/>
        <source>Check the file first: Import is possible once a check finds submissions to add.</source>
        <translation>ពិនិត្យឯកសារជាមុនសិន៖ អាចនាំចូលបាន នៅពេលការពិនិត្យរកឃើញទិន្នន័យដែលត្រូវបន្ថែម។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="169"/>
        <source>&amp;Stop</source>
        <translation>បញ្ឈប់ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="171"/>
        <source>Stop the check or the import; nothing is saved</source>
        <translation>បញ្ឈប់ការពិនិត្យ ឬការនាំចូល៖ គ្មានអ្វីត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="175"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="198"/>
        <source>{case}: {name}, {sex}, born {born}</source>
        <translation>{case}៖ {name}, {sex}, កើត {born}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="221"/>
        <source>%n submission(s) resemble a child already recorded and wait for review: choose a line, then add the submission as a new child or say it is the child it resembles.</source>
        <translation>
            <numerusform>ទម្រង់បញ្ជូន %n ស្រដៀងនឹងកុមារដែលបានកត់ត្រារួច ហើយកំពុងរង់ចាំការពិនិត្យ៖ ជ្រើសជួរមួយ រួចបន្ថែមទម្រង់នោះជាកុមារថ្មី ឬបញ្ជាក់ថាវាជាកុមារដែលស្រដៀងនោះ។</numerusform>
            <numerusform>ទម្រង់បញ្ជូន %n ស្រដៀងនឹងកុមារដែលបានកត់ត្រារួច ហើយកំពុងរង់ចាំការពិនិត្យ៖ ជ្រើសជួរមួយ រួចបន្ថែមទម្រង់នោះជាកុមារថ្មី ឬបញ្ជាក់ថាវាជាកុមារដែលស្រដៀងនោះ។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="229"/>
        <source>No submission waits for review.</source>
        <translation>គ្មានទម្រង់បញ្ជូនណារង់ចាំការពិនិត្យទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="236"/>
        <source>Choose a line first.</source>
        <translation>សូមជ្រើសជួរមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="249"/>
        <source>The submission was added as a new child.</source>
        <translation>ទម្រង់បញ្ជូនត្រូវបានបន្ថែមជាកុមារថ្មី។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="256"/>
        <source>The submission was recorded as the child it resembles; nothing was added.</source>
        <translation>ទម្រង់បញ្ជូនត្រូវបានកត់ត្រាជាកុមារដែលវាស្រដៀង៖ មិនបានបន្ថែមអ្វីទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="273"/>
        <source>Kobo/ODK export</source>
        <translation>ឯកសារនាំចេញពី Kobo/ODK</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="273"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>តារាង (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="285"/>
        <source>Choose a file first.</source>
        <translation>សូមជ្រើសរើសឯកសារជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="289"/>
        <source>Wait for the work under way to finish, or stop it.</source>
        <translation>សូមរង់ចាំការងារដែលកំពុងដំណើរការបញ្ចប់ ឬបញ្ឈប់វា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="294"/>
        <source>Reading {name}…</source>
        <translation>កំពុងអាន {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="306"/>
        <source>Importing Kobo/ODK submissions</source>
        <translation>កំពុងនាំចូលទិន្នន័យពី Kobo/ODK</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="318"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="327"/>
        <source>Stopped; nothing was imported.</source>
        <translation>បានបញ្ឈប់៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="339"/>
        <source>{rows} submission(s) checked: {added} to add, {unchanged} already imported, {held} to hold for review. Press Import to save them.</source>
        <translation>បានពិនិត្យទម្រង់បញ្ជូន {rows}៖ ត្រូវបន្ថែម {added} នាំចូលរួចហើយ {unchanged} ទុករង់ចាំការពិនិត្យ {held}។ ចុច នាំចូល ដើម្បីរក្សាទុក។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="348"/>
        <source>Imported {added} submission(s); {unchanged} were already imported; {held} held for review.</source>
        <translation>បាននាំចូលទម្រង់បញ្ជូន {added}៖ នាំចូលរួចហើយ {unchanged} ទុករង់ចាំការពិនិត្យ {held}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="343"/>
        <source>The file holds no submission to add.</source>
        <translation>ឯកសារនេះគ្មានទិន្នន័យដែលត្រូវបន្ថែមទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="363"/>
        <source>{count} problem(s); fix them in the file and check it again. Nothing was imported.</source>
        <translation>មានបញ្ហាចំនួន {count}; សូមកែវានៅក្នុងឯកសារ ហើយពិនិត្យម្តងទៀត។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="61"/>
        <source>Account language</source>
        <translation>ភាសាតាមគណនីអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="223"/>
        <source>Interface &amp;language</source>
        <translation>ភាសាផ្ទាំងកម្មវិធី (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="226"/>
        <source>Latin digits (0123456789)</source>
        <translation>លេខឡាតាំង (0123456789)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="227"/>
        <source>Khmer digits (០១២៣៤៥៦៧៨៩)</source>
        <translation>លេខខ្មែរ (០១២៣៤៥៦៧៨៩)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="230"/>
        <source>&amp;Digits in Khmer</source>
        <translation>លេខក្នុងភាសាខ្មែរ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="233"/>
        <source>Dates and numbers follow the interface language. The new language and digits apply the next time CL Desktop starts.</source>
        <translation>កាលបរិច្ឆេទ និងលេខ សរសេរតាមភាសារបស់កម្មវិធី។ ភាសា និងលេខថ្មី នឹងអនុវត្តនៅពេលបើក CL Desktop លើកក្រោយ។</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/activities.py" line="14"/>
        <source>Activities</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/activities.py" line="17"/>
        <source>Search by title or output</source>
        <translation>ស្វែងរកតាមចំណងជើង ឬធាតុចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="19"/>
        <source>Children</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="23"/>
        <source>Search by name (any script), case number or village</source>
        <translation>ស្វែងរកតាមឈ្មោះ (អក្សរណាក៏បាន) លេខករណី ឬភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/follow_ups.py" line="11"/>
        <source>Follow-ups</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/follow_ups.py" line="15"/>
        <location filename="../../cl_desktop/ui/pages/referrals.py" line="14"/>
        <location filename="../../cl_desktop/ui/pages/services.py" line="18"/>
        <source>Search by child&apos;s name or case number</source>
        <translation>ស្វែងរកតាមឈ្មោះកុមារ ឬលេខករណី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/households.py" line="11"/>
        <source>Households</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/households.py" line="15"/>
        <source>Search by household code or head&apos;s name</source>
        <translation>ស្វែងរកតាមលេខកូដគ្រួសារ ឬឈ្មោះមេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="351"/>
        <source>All: {label}</source>
        <translation>ទាំងអស់៖ {label}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="411"/>
        <source>&amp;New…</source>
        <translation>ថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="413"/>
        <source>New record (Ctrl+N)</source>
        <translation>កំណត់ត្រាថ្មី (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="417"/>
        <source>&amp;Open</source>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="419"/>
        <source>Open the selected record (Enter)</source>
        <translation>បើកកំណត់ត្រាដែលបានជ្រើស (Enter)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="421"/>
        <source>&amp;Export…</source>
        <translation>នាំចេញ (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="423"/>
        <source>Export the filtered list to CSV or Excel</source>
        <translation>នាំចេញបញ្ជីដែលបានត្រង ទៅជា CSV ឬ Excel</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="427"/>
        <source>&amp;Columns…</source>
        <translation>ជួរឈរ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="432"/>
        <source>&amp;Import…</source>
        <translation>នាំចូល (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="434"/>
        <source>Import a spreadsheet register into this list</source>
        <translation>នាំចូលបញ្ជីឈ្មោះពីឯកសារតារាង មកក្នុងបញ្ជីនេះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="515"/>
        <source>{n}+ rows</source>
        <translation>{n}+ ជួរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="711"/>
        <source>Export {title}</source>
        <translation>នាំចេញ {title}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="716"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="716"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ឯកសារ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="740"/>
        <source>Exported {n} rows to {path}</source>
        <translation>បាននាំចេញ {n} ជួរដេក ទៅ {path}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="755"/>
        <source>Exporting {title}…</source>
        <translation>កំពុងនាំចេញ {title}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/programmes.py" line="11"/>
        <source>Action programmes</source>
        <translation>កម្មវិធីសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/programmes.py" line="14"/>
        <source>Search by code or title</source>
        <translation>ស្វែងរកតាមលេខកូដ ឬចំណងជើង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="14"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="68"/>
        <source>Users</source>
        <translation>អ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="73"/>
        <source>Search by user name or full name</source>
        <translation>ស្វែងរកតាមឈ្មោះអ្នកប្រើ ឬឈ្មោះពេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="78"/>
        <source>Offices</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="82"/>
        <source>Search by code or name</source>
        <translation>ស្វែងរកតាមលេខកូដ ឬឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="87"/>
        <source>Organisations</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="91"/>
        <source>Search by code, name or acronym</source>
        <translation>ស្វែងរកតាមលេខកូដ ឈ្មោះ ឬអក្សរកាត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/referrals.py" line="11"/>
        <source>Referrals</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/visits.py" line="11"/>
        <source>Monitoring visits</source>
        <translation>ការចុះត្រួតពិនិត្យកន្លែងធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/visits.py" line="14"/>
        <source>Search by workplace or visitors</source>
        <translation>ស្វែងរកតាមកន្លែងធ្វើការ ឬអ្នកចុះត្រួតពិនិត្យ</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="43"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="44"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="45"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="46"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="47"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="68"/>
        <source>Unlock CL Desktop</source>
        <translation>ដោះសោ CL Desktop</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="68"/>
        <source>Sign in to CL Desktop</source>
        <translation>ចូលប្រើ CL Desktop</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="91"/>
        <source>&amp;User name</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="92"/>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="94"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="96"/>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="96"/>
        <source>Sign in</source>
        <translation>ចូលប្រើ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="100"/>
        <source>Sign out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="100"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="106"/>
        <source>&amp;Forgot password…</source>
        <translation>ភ្លេចពាក្យសម្ងាត់… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="110"/>
        <source>The window was locked after a time without use. Enter your password to go on.</source>
        <translation>បង្អួចត្រូវបានចាក់សោ ដោយសារមិនបានប្រើមួយរយៈ។ សូមបញ្ចូលពាក្យសម្ងាត់ ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="142"/>
        <source>The password was set. Sign in with it.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវបានកំណត់។ សូមចូលដោយប្រើវា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="181"/>
        <source>This account still has its demo password (the user name): anyone can sign in with it. Change it under Settings, Users before entering real data. Press Sign in again to go on.</source>
        <translation>គណនីនេះនៅតែប្រើពាក្យសម្ងាត់សាកល្បង (ឈ្មោះអ្នកប្រើ)៖ អ្នកណាក៏អាចចូលដោយប្រើវាបាន។ សូមប្ដូរវានៅក្នុង ការកំណត់ › អ្នកប្រើ មុនពេលបញ្ចូលទិន្នន័យពិត។ ចុច ចូល ម្ដងទៀតដើម្បីបន្ត។</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="72"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="140"/>
        <source>Dashboard</source>
        <translation>ផ្ទាំងសង្ខេប</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="74"/>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="71"/>
        <source>Projects</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="77"/>
        <source>Action programmes</source>
        <translation>កម្មវិធីសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="81"/>
        <source>Children</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="83"/>
        <source>Households</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="85"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="87"/>
        <source>Follow-ups</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="90"/>
        <source>Referrals</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="94"/>
        <source>Monitoring visits</source>
        <translation>ការចុះត្រួតពិនិត្យកន្លែងធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="99"/>
        <source>Activities</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="101"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="102"/>
        <source>Sync</source>
        <translation>សមកាលកម្ម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="103"/>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="242"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="215"/>
        <source>Office: {office}</source>
        <translation>ការិយាល័យ៖ {office}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="216"/>
        <source>clerk</source>
        <translation>បុគ្គលិកបញ្ចូលទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="216"/>
        <source>coordinator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="216"/>
        <source>administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="218"/>
        <source>User: {user} ({role})</source>
        <translation>អ្នកប្រើ៖ {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="221"/>
        <source>File: {name}</source>
        <translation>ឯកសារ៖ {name}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="223"/>
        <source>never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="225"/>
        <source>Last backup: {at}</source>
        <translation>ការបម្រុងទុកចុងក្រោយ៖ {at}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="226"/>
        <source>Last sync: {at}</source>
        <translation>សមកាលកម្មចុងក្រោយ៖ {at}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="229"/>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="231"/>
        <source>&amp;New child…</source>
        <translation>កុមារថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="238"/>
        <source>Register a new child (Ctrl+Shift+N, from anywhere)</source>
        <translation>ចុះឈ្មោះកុមារថ្មី (Ctrl+Shift+N ពីគ្រប់ទីកន្លែង)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="240"/>
        <location filename="../../cl_desktop/ui/main_window.py" line="543"/>
        <source>Your role cannot register children.</source>
        <translation>តួនាទីរបស់អ្នកមិនអាចចុះឈ្មោះកុមារបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Back up to a folder…</source>
        <translation>បម្រុងទុកទៅថតឯកសារ (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="250"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ស្តារពីច្បាប់បម្រុងទុក (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Encrypt this database…</source>
        <translation>អ៊ិនគ្រីបមូលដ្ឋានទិន្នន័យនេះ (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="264"/>
        <location filename="../../cl_desktop/ui/main_window.py" line="456"/>
        <source>This database is already encrypted.</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះត្រូវបានអ៊ិនគ្រីបរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="268"/>
        <source>Sign &amp;out / switch user</source>
        <translation>ចាក&amp;ចេញ / ប្ដូរអ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="273"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញពីកម្មវិធី (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="278"/>
        <source>&amp;Go</source>
        <translation>ទៅកាន់ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="286"/>
        <source>&amp;Recent children</source>
        <translation>កុមារថ្មីៗ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="291"/>
        <source>&amp;About CL Desktop</source>
        <translation>អំពី CL Desktop (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="300"/>
        <source>Back up to a folder</source>
        <translation>បម្រុងទុកទៅថតឯកសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="306"/>
        <source>Copying the database…</source>
        <translation>កំពុងចម្លងមូលដ្ឋានទិន្នន័យ…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="317"/>
        <source>Backed up to {path}.</source>
        <translation>បានបម្រុងទុកទៅ {path}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="320"/>
        <source>Backing up</source>
        <translation>កំពុងបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="324"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>បានបោះបង់ការបម្រុងទុក៖ គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="331"/>
        <source>Open &amp;folder</source>
        <translation>បើកថត (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="333"/>
        <source>Cop&amp;y path</source>
        <translation>ចម្លងផ្លូវ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="342"/>
        <source>No file manager opened the folder {folder}. Copy the path to find the file.</source>
        <translation>គ្មានកម្មវិធីគ្រប់គ្រងឯកសារណាបើកថត {folder} ទេ។ សូមចម្លងផ្លូវដើម្បីរកឯកសារ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="360"/>
        <source>Restore from a backup</source>
        <translation>ស្តារពីច្បាប់បម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="362"/>
        <source>CL Desktop backups (*.sqlite *.clbackup);;All files (*)</source>
        <translation>ច្បាប់បម្រុងទុក CL Desktop (*.sqlite *.clbackup);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="367"/>
        <source>Replace the database with {name}? The current file is kept aside, and CL Desktop closes so that you can start it again on the restored data.</source>
        <translation>ជំនួសមូលដ្ឋានទិន្នន័យដោយ {name} ឬទេ? ឯកសារបច្ចុប្បន្ននឹងត្រូវរក្សាទុកដោយឡែក ហើយ CL Desktop នឹងបិទ ដើម្បីឱ្យអ្នកបើកវាម្តងទៀតលើទិន្នន័យដែលបានស្តារ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="379"/>
        <source>Copying {name}…</source>
        <translation>កំពុងចម្លង {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="397"/>
        <source>Restore cancelled; the database is unchanged.</source>
        <translation>បានបោះបង់ការស្តារ៖ មូលដ្ឋានទិន្នន័យនៅដដែល។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="400"/>
        <source>The backup was restored. Start CL Desktop again.</source>
        <translation>បានស្តារច្បាប់បម្រុងទុករួចហើយ។ សូមបើក CL Desktop ម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="404"/>
        <source>Restoring</source>
        <translation>កំពុងស្តារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="414"/>
        <source>Encrypt {name}? From now on each account&apos;s password unlocks it, and a recovery key is shown once, to print and keep in a safe. Other programs using the database must be closed first.</source>
        <translation>អ៊ិនគ្រីប {name}? ចាប់ពីពេលនេះ ពាក្យសម្ងាត់របស់គណនីនីមួយៗនឹងដោះសោវា ហើយកូនសោសង្គ្រោះនឹងបង្ហាញតែម្តងគត់ ដើម្បីបោះពុម្ព និងរក្សាទុកក្នុងទូដែក។ កម្មវិធីផ្សេងទៀតដែលកំពុងប្រើមូលដ្ឋានទិន្នន័យត្រូវតែបិទជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="429"/>
        <source>Encrypting the database…</source>
        <translation>កំពុងអ៊ិនគ្រីបមូលដ្ឋានទិន្នន័យ…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="441"/>
        <source>Another program has the database open, so it was not encrypted. Close it and try again.</source>
        <translation>កម្មវិធីមួយផ្សេងទៀតកំពុងបើកមូលដ្ឋានទិន្នន័យ ដូច្នេះវាមិនត្រូវបានអ៊ិនគ្រីបទេ។ សូមបិទវា ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="447"/>
        <source>The database was not encrypted and is unchanged: {reason}</source>
        <translation>មូលដ្ឋានទិន្នន័យមិនត្រូវបានអ៊ិនគ្រីប ហើយនៅដដែល៖ {reason}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="464"/>
        <source>Encrypting</source>
        <translation>កំពុងអ៊ិនគ្រីប</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="565"/>
        <source>(no child opened yet)</source>
        <translation>(មិនទាន់បានបើកកុមារណាម្នាក់នៅឡើយ)</translation>
    </message>
</context>
<context>
    <name>MonitoringVisitForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="32"/>
        <source>Monitoring visit — edit</source>
        <translation>ការចុះត្រួតពិនិត្យ — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="32"/>
        <source>New monitoring visit</source>
        <translation>ការចុះត្រួតពិនិត្យថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="37"/>
        <source>Workplace</source>
        <translation>កន្លែងធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="38"/>
        <source>&amp;Visit date</source>
        <translation>កាលបរិច្ឆេទចុះតាមដាន (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="41"/>
        <source>&amp;Village</source>
        <translation>ភូមិ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="42"/>
        <source>&amp;Sector</source>
        <translation>វិស័យ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="43"/>
        <source>Work&amp;place</source>
        <translation>កន្លែងធ្វើការ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="45"/>
        <source>Action pro&amp;gramme</source>
        <translation>កម្មវិធីសកម្មភាព (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="46"/>
        <source>Who visited, what they saw</source>
        <translation>អ្នកចុះត្រួតពិនិត្យ និងអ្វីដែលបានឃើញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="49"/>
        <source>&amp;Organisation</source>
        <translation>អង្គការ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="51"/>
        <source>Visit&amp;ors (names and roles)</source>
        <translation>អ្នកចុះត្រួតពិនិត្យ (ឈ្មោះ និងតួនាទី) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="53"/>
        <source>&amp;Hazards observed</source>
        <translation>គ្រោះថ្នាក់ដែលបានឃើញ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="58"/>
        <source>N&amp;otes</source>
        <translation>កំណត់សម្គាល់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="59"/>
        <source>Children found</source>
        <translation>កុមារដែលបានរកឃើញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="60"/>
        <source>Type a name, case number or village</source>
        <translation>វាយឈ្មោះ លេខករណី ឬភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="61"/>
        <source>C&amp;hildren on record</source>
        <translation>កុមារដែលមានក្នុងបញ្ជី (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="63"/>
        <source>New &amp;intake from this visit…</source>
        <translation>ចុះឈ្មោះថ្មីពីការចុះត្រួតពិនិត្យនេះ… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="65"/>
        <source>Register a child found here: the intake starts with the visit&apos;s place</source>
        <translation>ចុះឈ្មោះកុមារដែលរកឃើញនៅទីនេះ៖ ការចុះឈ្មោះចាប់ផ្ដើមដោយទីកន្លែងនៃការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="69"/>
        <source>&amp;Refer the chosen child…</source>
        <translation>បញ្ជូនកុមារដែលបានជ្រើសរើស… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="72"/>
        <source>A referral made from this visit for the child selected among the children found</source>
        <translation>ការបញ្ជូនពីការចុះត្រួតពិនិត្យនេះ សម្រាប់កុមារដែលបានជ្រើសរើសក្នុងចំណោមកុមារដែលបានរកឃើញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="126"/>
        <source>Add the child to the children found first, then refer it.</source>
        <translation>សូមបន្ថែមកុមារទៅក្នុងបញ្ជីកុមារដែលបានរកឃើញជាមុនសិន រួចបញ្ជូនកុមារនោះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="129"/>
        <source>Select the child to refer in the list of children found.</source>
        <translation>សូមជ្រើសរើសកុមារដែលត្រូវបញ្ជូន ក្នុងបញ្ជីកុមារដែលបានរកឃើញ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="153"/>
        <source>Referrals made from this visit: {n}</source>
        <translation>ការបញ្ជូនដែលធ្វើពីការចុះត្រួតពិនិត្យនេះ៖ {n}</translation>
    </message>
</context>
<context>
    <name>NarrativeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="199"/>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="206"/>
        <source>Narrative</source>
        <translation>ការបរិយាយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="209"/>
        <source>Reporting period</source>
        <translation>រយៈពេលរាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="212"/>
        <source>&amp;Section</source>
        <translation>ផ្នែក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="213"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="217"/>
        <source>&amp;Text</source>
        <translation>អត្ថបទ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="229"/>
        <source>Discard the text you changed?</source>
        <translation>បោះបង់អត្ថបទដែលអ្នកបានកែប្រែ?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="245"/>
        <source>Period {code} is approved; its narrative is read-only.</source>
        <translation>រយៈពេល {code} ត្រូវបានអនុម័តរួច។ ការបរិយាយរបស់រយៈពេលនេះអាចមើលបានតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="250"/>
        <source>Open the narrative from a reporting period.</source>
        <translation>សូមបើកការបរិយាយពីរយៈពេលរាយការណ៍មួយ។</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="152"/>
        <source>Office — edit</source>
        <translation>ការិយាល័យ — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="152"/>
        <source>New office</source>
        <translation>ការិយាល័យថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="156"/>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="157"/>
        <source>&amp;Code</source>
        <translation>លេខកូដ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="158"/>
        <source>e.g. KH-BTB</source>
        <translation>ឧ. KH-BTB</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="161"/>
        <source>&amp;Name</source>
        <translation>ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="163"/>
        <source>&amp;Province</source>
        <translation>ខេត្ត (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="165"/>
        <source>Headquarters</source>
        <translation>ការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="165"/>
        <source>This is the national project &amp;office</source>
        <translation>នេះជាការិយាល័យគម្រោងថ្នាក់ជាតិ (&amp;O)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="244"/>
        <source>Your office and first administrator</source>
        <translation>ការិយាល័យរបស់អ្នក និងអ្នកគ្រប់គ្រងប្រព័ន្ធដំបូង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="247"/>
        <source>The first account is the administrator: it adds the clerks and coordinators in Settings → Users.</source>
        <translation>គណនីដំបូងគឺជាអ្នកគ្រប់គ្រង៖ វាបន្ថែមបុគ្គលិកបញ្ចូលទិន្នន័យ និងអ្នកសម្របសម្រួល នៅក្នុង ការកំណត់ → អ្នកប្រើ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="253"/>
        <source>e.g. KH-PNP</source>
        <translation>ឧ. KH-PNP</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="258"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="271"/>
        <source>Office &amp;code</source>
        <translation>លេខកូដការិយាល័យ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="272"/>
        <source>Office &amp;name</source>
        <translation>ឈ្មោះការិយាល័យ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="273"/>
        <source>&amp;Province</source>
        <translation>ខេត្ត (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="274"/>
        <source>Administrator &amp;user name</source>
        <translation>ឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រងប្រព័ន្ធ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="275"/>
        <source>Administrator&apos;s full na&amp;me</source>
        <translation>ឈ្មោះពេញរបស់អ្នកគ្រប់គ្រងប្រព័ន្ធ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="277"/>
        <source>Pass&amp;word</source>
        <translation>ពាក្យសម្ងាត់ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="278"/>
        <location filename="../../cl_desktop/ui/wizard.py" line="304"/>
        <source>At least {n} characters, not the user name.</source>
        <translation>យ៉ាងហោចណាស់ {n} តួអក្សរ មិនមែនជាឈ្មោះអ្នកប្រើទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="282"/>
        <source>&amp;Repeat password</source>
        <translation>វាយពាក្យសម្ងាត់ម្តងទៀត (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="295"/>
        <source>The password must have at least {n} characters.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {n} តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="296"/>
        <source>The password must not contain the user name.</source>
        <translation>ពាក្យសម្ងាត់មិនត្រូវមានឈ្មោះអ្នកប្រើទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="297"/>
        <source>That password is among the first an attacker tries; choose another.</source>
        <translation>ពាក្យសម្ងាត់នោះស្ថិតក្នុងចំណោមពាក្យដែលអ្នកវាយប្រហារសាកល្បងមុនគេ។ សូមជ្រើសរើសពាក្យផ្សេង។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="298"/>
        <source>The password must not be one character repeated or a run like 12345…</source>
        <translation>ពាក្យសម្ងាត់មិនត្រូវជាតួអក្សរតែមួយដដែលៗ ឬជាលំដាប់ដូចជា 12345… ទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="307"/>
        <source>A good password.</source>
        <translation>ពាក្យសម្ងាត់ល្អ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="312"/>
        <source>Headquarters imports the offices&apos; sync files and approves reporting periods.</source>
        <translation>ការិយាល័យកណ្តាលនាំចូលឯកសារសមកាលកម្មរបស់ការិយាល័យនានា និងអនុម័តរយៈពេលរាយការណ៍។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="314"/>
        <source>The office code starts every case number registered here.</source>
        <translation>លេខកូដការិយាល័យ ស្ថិតនៅខាងដើមនៃរាល់លេខករណីដែលចុះឈ្មោះនៅទីនេះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="324"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយពាក្យសម្ងាត់ដូចគ្នាពីរដង។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="364"/>
        <source>The office code {code} starts with {prefix}, the code of {country}, but {province} is in {home}: choose a province of {country} or a code starting with {home_code}-.</source>
        <translation>លេខកូដការិយាល័យ {code} ចាប់ផ្តើមដោយ {prefix} ដែលជាលេខកូដរបស់ {country} ប៉ុន្តែ {province} ស្ថិតនៅក្នុង {home}៖ សូមជ្រើសរើសខេត្តមួយរបស់ {country} ឬលេខកូដដែលចាប់ផ្តើមដោយ {home_code}-។</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="111"/>
        <source>Organisation — edit</source>
        <translation>អង្គការ — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="111"/>
        <source>New organisation</source>
        <translation>អង្គការថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="114"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="115"/>
        <source>&amp;Code</source>
        <translation>លេខកូដ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="116"/>
        <source>&amp;Name</source>
        <translation>ឈ្មោះ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="117"/>
        <source>&amp;Acronym</source>
        <translation>អក្សរកាត់ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="118"/>
        <source>&amp;Type</source>
        <translation>ប្រភេទ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="120"/>
        <source>C&amp;ountry</source>
        <translation>ប្រទេស (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="121"/>
        <source>As a service provider</source>
        <translation>ជាអ្នកផ្ដល់សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="122"/>
        <source>Contact &amp;person</source>
        <translation>អ្នកទំនាក់ទំនង (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="123"/>
        <source>Tele&amp;phone</source>
        <translation>ទូរស័ព្ទ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="124"/>
        <source>Add&amp;ress</source>
        <translation>អាសយដ្ឋាន (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="128"/>
        <source>Services o&amp;ffered</source>
        <translation>សេវាដែលផ្ដល់ (&amp;F)</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="161"/>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="164"/>
        <source>Reporting period</source>
        <translation>រយៈពេលរាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="161"/>
        <source>New reporting period</source>
        <translation>រយៈពេលរាយការណ៍ថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="166"/>
        <source>&amp;Code</source>
        <translation>លេខកូដ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="167"/>
        <source>e.g. 2010-H1</source>
        <translation>ឧ. 2010-H1</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="168"/>
        <source>&amp;Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="169"/>
        <source>&amp;End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="176"/>
        <source>Period {code} is approved and locked; headquarters can reopen it with a reason.</source>
        <translation>រយៈពេល {code} ត្រូវបានអនុម័ត និងចាក់សោរួច។ ការិយាល័យកណ្តាលអាចបើកវាឡើងវិញ ដោយបញ្ជាក់មូលហេតុ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="179"/>
        <source>Period {code} is {status}; its dates are fixed once created.</source>
        <translation>រយៈពេល {code} មានស្ថានភាព៖ {status}។ កាលបរិច្ឆេទរបស់វាមិនអាចប្តូរបានទេ បន្ទាប់ពីបានបង្កើតរួច។</translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="53"/>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="54"/>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="55"/>
        <source>End</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="56"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="57"/>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="96"/>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="58"/>
        <source>Reopen reason</source>
        <translation>មូលហេតុបើកឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="70"/>
        <source>New period…</source>
        <translation>រយៈពេលថ្មី…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="72"/>
        <source>&amp;Submit</source>
        <translation>ដាក់ជូន (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="74"/>
        <source>&amp;Approve</source>
        <translation>អនុម័ត (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="76"/>
        <source>Re&amp;open…</source>
        <translation>បើកឡើងវិញ (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="96"/>
        <source>Draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="96"/>
        <source>Submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="137"/>
        <source>Select a reporting period first.</source>
        <translation>សូមជ្រើសរើសរយៈពេលរាយការណ៍ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="138"/>
        <source>Choose a project first.</source>
        <translation>សូមជ្រើសរើសគម្រោងជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="143"/>
        <source>Only a draft period can be submitted.</source>
        <translation>មានតែរយៈពេលព្រាងប៉ុណ្ណោះដែលអាចដាក់ស្នើបាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="149"/>
        <source>Only a submitted period can be approved.</source>
        <translation>មានតែរយៈពេលដែលបានដាក់ស្នើប៉ុណ្ណោះដែលអាចអនុម័តបាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="157"/>
        <source>Only a submitted or approved period can be reopened.</source>
        <translation>មានតែរយៈពេលដែលបានដាក់ស្នើ ឬអនុម័តប៉ុណ្ណោះដែលអាចបើកឡើងវិញបាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="185"/>
        <source>Reopen period</source>
        <translation>បើករយៈពេលឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="186"/>
        <source>Why reopen this period? The reason is kept in the audit trail.</source>
        <translation>ហេតុអ្វីបើករយៈពេលនេះឡើងវិញ? មូលហេតុនឹងត្រូវរក្សាទុកក្នុងកំណត់ត្រាសវនកម្ម។</translation>
    </message>
</context>
<context>
    <name>Permits</name>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="18"/>
        <source>clerk</source>
        <translation>បុគ្គលិកបញ្ចូលទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="19"/>
        <source>coordinator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="20"/>
        <source>administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="26"/>
        <source>an administrator</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="27"/>
        <source>a coordinator or an administrator</source>
        <translation>អ្នកសម្របសម្រួល ឬអ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="28"/>
        <source>Not with your role ({role}): ask {who}.</source>
        <translation>មិនអាចធ្វើបានដោយតួនាទីរបស់អ្នក ({role}) ទេ៖ សូមសួរ {who}។</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="54"/>
        <source>Action programme — edit</source>
        <translation>កម្មវិធីសកម្មភាព — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="54"/>
        <source>New action programme</source>
        <translation>កម្មវិធីសកម្មភាពថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="59"/>
        <source>Action programme</source>
        <translation>កម្មវិធីសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="61"/>
        <source>Pro&amp;ject</source>
        <translation>គម្រោង (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="62"/>
        <source>&amp;Code</source>
        <translation>លេខកូដ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="63"/>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="69"/>
        <source>Implementing &amp;partner</source>
        <translation>ដៃគូអនុវត្ត (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="71"/>
        <source>St&amp;atus</source>
        <translation>ស្ថានភាព (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="72"/>
        <source>&amp;Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="73"/>
        <source>&amp;End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="74"/>
        <source>Focus and coverage</source>
        <translation>ចំណុចផ្តោត និងតំបន់គ្របដណ្តប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="75"/>
        <source>Strate&amp;gy</source>
        <translation>យុទ្ធសាស្ត្រ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="77"/>
        <source>Sect&amp;ors</source>
        <translation>វិស័យ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="84"/>
        <source>Pro&amp;vinces covered</source>
        <translation>ខេត្តគោលដៅ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="85"/>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="86"/>
        <source>&amp;Budget</source>
        <translation>ថវិកា (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="87"/>
        <source>Expendit&amp;ure</source>
        <translation>ការចំណាយ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="88"/>
        <source>Curre&amp;ncy</source>
        <translation>រូបិយប័ណ្ណ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="90"/>
        <source>Targets</source>
        <translation>គោលដៅ</translation>
    </message>
</context>
<context>
    <name>ProjectBound</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="34"/>
        <source>Project</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="44"/>
        <source>Open this form from a project.</source>
        <translation>សូមបើកទម្រង់នេះពីគម្រោងមួយ។</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="130"/>
        <source>Project — edit</source>
        <translation>គម្រោង — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="130"/>
        <source>New project</source>
        <translation>គម្រោងថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="134"/>
        <source>Project</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="135"/>
        <source>&amp;Code</source>
        <translation>លេខកូដ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="136"/>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="137"/>
        <source>S&amp;hort title</source>
        <translation>ចំណងជើងខ្លី (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="138"/>
        <source>&amp;Region / country</source>
        <translation>តំបន់ / ប្រទេស (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="139"/>
        <source>&amp;Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="140"/>
        <source>&amp;End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="142"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="142"/>
        <source>The project is c&amp;losed</source>
        <translation>គម្រោងត្រូវបានបិទ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="143"/>
        <source>The project&apos;s dates were re&amp;vised</source>
        <translation>កាលបរិច្ឆេទគម្រោងត្រូវបានកែសម្រួល (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="144"/>
        <source>Revised dates</source>
        <translation>កាលបរិច្ឆេទបានកែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="145"/>
        <source>Funding</source>
        <translation>មូលនិធិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="146"/>
        <source>&amp;Donor</source>
        <translation>ម្ចាស់ជំនួយ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="147"/>
        <source>&amp;Grantee</source>
        <translation>អង្គការទទួលជំនួយ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="148"/>
        <source>Grant n&amp;umber</source>
        <translation>លេខកិច្ចព្រមព្រៀងជំនួយ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="150"/>
        <source>DU&amp;NS number</source>
        <translation>លេខ DUNS (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="151"/>
        <source>Unique entity &amp;identifier (UEI)</source>
        <translation>លេខសម្គាល់អង្គភាពតែមួយគត់ (UEI) (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="152"/>
        <source>&amp;Funding</source>
        <translation>មូលនិធិ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="153"/>
        <source>Currenc&amp;y</source>
        <translation>រូបិយប័ណ្ណ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="155"/>
        <source>Fiscal year</source>
        <translation>ឆ្នាំសារពើពន្ធ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="156"/>
        <source>Objectives</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="158"/>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="159"/>
        <source>Development objective</source>
        <translation>គោលបំណងអភិវឌ្ឍន៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="160"/>
        <source>Implementing partners</source>
        <translation>ដៃគូអនុវត្ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="161"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="167"/>
        <source>Targets</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="168"/>
        <source>Rule thresholds</source>
        <translation>កម្រិតកំណត់នៃវិធាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="170"/>
        <source>Light work: highest age</source>
        <translation>ការងារស្រាល៖ អាយុខ្ពស់បំផុត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="171"/>
        <source>Light work: most hours per week</source>
        <translation>ការងារស្រាល៖ ចំនួនម៉ោងអតិបរមាក្នុងមួយសប្តាហ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="172"/>
        <source>Most hours per week under 18</source>
        <translation>ចំនួនម៉ោងអតិបរមាក្នុងមួយសប្តាហ៍ សម្រាប់អាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="173"/>
        <source>Months without child labour to count as withdrawn</source>
        <translation>ចំនួនខែគ្មានពលកម្មកុមារ ដើម្បីរាប់ថាបានដកចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="174"/>
        <source>Regular attendance (%)</source>
        <translation>វត្តមានទៀងទាត់ (%)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="175"/>
        <source>First month of a reporting period</source>
        <translation>ខែដំបូងនៃរយៈពេលរាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="176"/>
        <source>Compulsory school age up to (POC4)</source>
        <translation>អាយុសិក្សាកាតព្វកិច្ចរហូតដល់ (POC4)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="177"/>
        <source>Household chores count as work above (hours a week; blank: never)</source>
        <translation>ការងារផ្ទះរាប់ជាការងារលើសពី (ម៉ោងក្នុងមួយសប្តាហ៍; ទទេ៖ មិនរាប់)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="178"/>
        <source>Chores counted from age</source>
        <translation>រាប់ការងារផ្ទះចាប់ពីអាយុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="179"/>
        <source>Chores counted up to age</source>
        <translation>រាប់ការងារផ្ទះរហូតដល់អាយុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="180"/>
        <source>Days an accepted referral may wait for its service</source>
        <translation>ចំនួនថ្ងៃដែលការបញ្ជូនបានទទួលយកអាចរង់ចាំសេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="227"/>
        <source>Working out every child&apos;s status again with the new rules…</source>
        <translation>កំពុងគណនាស្ថានភាពកុមារម្នាក់ៗឡើងវិញតាមវិធានថ្មី…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="246"/>
        <source>Saving the project&apos;s rules</source>
        <translation>កំពុងរក្សាទុកវិធានរបស់គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="251"/>
        <source>Cancelled: nothing was saved; the statuses stay as they were.</source>
        <translation>បានបោះបង់៖ គ្មានអ្វីត្រូវបានរក្សាទុកទេ ស្ថានភាពនៅដដែល។</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="145"/>
        <source>&amp;Project:</source>
        <translation>គម្រោង (&amp;P):</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="155"/>
        <source>Minimum working age</source>
        <translation>អាយុអប្បបរមាសម្រាប់ធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="156"/>
        <source>Light work allowed up to age</source>
        <translation>អនុញ្ញាតការងារស្រាលរហូតដល់អាយុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="157"/>
        <source>Light work: most hours per week</source>
        <translation>ការងារស្រាល៖ ចំនួនម៉ោងអតិបរមាក្នុងមួយសប្តាហ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="158"/>
        <source>Under 18: most hours per week</source>
        <translation>អាយុក្រោម 18 ឆ្នាំ៖ ចំនួនម៉ោងអតិបរមាក្នុងមួយសប្តាហ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="159"/>
        <source>Months clean before withdrawn</source>
        <translation>ចំនួនខែរួចផុតពីពលកម្មកុមារ មុនរាប់ថាបានដកចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="160"/>
        <source>Regular school attendance from (%)</source>
        <translation>វត្តមានសិក្សាទៀងទាត់ចាប់ពី (%)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="161"/>
        <source>Reporting periods start in month</source>
        <translation>រយៈពេលរាយការណ៍ចាប់ផ្តើមនៅខែ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="168"/>
        <source>&amp;Edit in the project form…</source>
        <translation>កែសម្រួលក្នុងទម្រង់គម្រោង (&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="44"/>
        <source>Objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="45"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="46"/>
        <source>Output</source>
        <translation>ធាតុចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="83"/>
        <source>Projects</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="98"/>
        <source>&amp;New project…</source>
        <translation>គម្រោងថ្មី (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="129"/>
        <source>&amp;Edit project…</source>
        <translation>កែសម្រួលគម្រោង (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="136"/>
        <source>Project</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="147"/>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="250"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="148"/>
        <source>Result / indicator</source>
        <translation>លទ្ធផល / សូចនាករ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="149"/>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="150"/>
        <source>Baseline</source>
        <translation>ទិន្នន័យមូលដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="151"/>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="152"/>
        <source>Actual</source>
        <translation>លទ្ធផលជាក់ស្តែង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="162"/>
        <source>New &amp;indicator…</source>
        <translation>សូចនាករថ្មី (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="169"/>
        <source>Results framework</source>
        <translation>ក្របខណ្ឌលទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="172"/>
        <source>Reporting periods</source>
        <translation>រយៈពេលរាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="223"/>
        <source> (fiscal year {year})</source>
        <translation> (ឆ្នាំសារពើពន្ធ {year})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="224"/>
        <source>withdrawn {w} (girls {wf}, boys {wm}); prevented {p} (girls {pf}, boys {pm})</source>
        <translation>បានដកចេញ {w} (កុមារី {wf} កុមារា {wm}); បានបង្ការ {p} (កុមារី {pf} កុមារា {pm})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="239"/>
        <source>child labour: aged {min}-{light} over {hours} h/week or under 18 over {max} h/week; withdrawn after {months} months clean; regular attendance ≥ {att}%</source>
        <translation>ពលកម្មកុមារ៖ អាយុ {min}-{light} ឆ្នាំ លើសពី {hours} ម៉ោង/សប្តាហ៍ ឬអាយុក្រោម 18 ឆ្នាំ លើសពី {max} ម៉ោង/សប្តាហ៍; ដកចេញបន្ទាប់ពីរួចផុតពីពលកម្មកុមារ {months} ខែ; វត្តមានទៀងទាត់ ≥ {att}%</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="251"/>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="252"/>
        <source>Region</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="254"/>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="256"/>
        <source>(revised)</source>
        <translation>(បានកែសម្រួល)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="258"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="258"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="259"/>
        <source>Donor</source>
        <translation>ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="260"/>
        <source>Grantee</source>
        <translation>អង្គការទទួលជំនួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="261"/>
        <source>Grant number</source>
        <translation>លេខកិច្ចព្រមព្រៀងជំនួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="262"/>
        <source>DUNS number</source>
        <translation>លេខ DUNS</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="263"/>
        <source>Unique entity identifier (UEI)</source>
        <translation>លេខសម្គាល់អង្គភាពតែមួយគត់ (UEI)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="264"/>
        <source>Funding</source>
        <translation>មូលនិធិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="265"/>
        <source>Targets</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="266"/>
        <source>Development objective</source>
        <translation>គោលបំណងអភិវឌ្ឍន៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="268"/>
        <source>Intermediate objectives</source>
        <translation>គោលបំណងកម្រិតមធ្យម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="271"/>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="272"/>
        <source>Activities</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="273"/>
        <source>Partners</source>
        <translation>ដៃគូ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="274"/>
        <source>Provinces</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="275"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="276"/>
        <source>Rule settings</source>
        <translation>ការកំណត់វិធាន</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="265"/>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="266"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="267"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="268"/>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="269"/>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="270"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="271"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="272"/>
        <source>Discard</source>
        <translation>មិនរក្សាទុក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="273"/>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="274"/>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="275"/>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
</context>
<context>
    <name>RecentChildrenBox</name>
    <message>
        <location filename="../../cl_desktop/ui/recent.py" line="112"/>
        <source>Recent children</source>
        <translation>កុមារដែលបានបើកថ្មីៗ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/recent.py" line="120"/>
        <source>The children you opened last; Enter or a double click opens one.</source>
        <translation>កុមារដែលអ្នកបានបើកចុងក្រោយ; ចុច Enter ឬចុចពីរដងដើម្បីបើក។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/recent.py" line="136"/>
        <source>Children you open appear here.</source>
        <translation>កុមារដែលអ្នកបើកនឹងបង្ហាញនៅទីនេះ។</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="78"/>
        <source>Add →</source>
        <translation>បន្ថែម →</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="80"/>
        <source>Remove</source>
        <translation>លុបចេញ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="155"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>បានជ្រើស %n</numerusform>
            <numerusform>បានជ្រើស %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="99"/>
        <source>Set a new password with the recovery key</source>
        <translation>កំណត់ពាក្យសម្ងាត់ថ្មីដោយប្រើកូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="101"/>
        <source>Type the recovery key printed when the database was encrypted, the account and its new password.</source>
        <translation>វាយកូនសោសង្គ្រោះ ដែលបានបោះពុម្ពនៅពេលអ៊ិនគ្រីបមូលដ្ឋានទិន្នន័យ ឈ្មោះគណនី និងពាក្យសម្ងាត់ថ្មីរបស់វា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="117"/>
        <source>&amp;Recovery key</source>
        <translation>កូនសោសង្គ្រោះ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="118"/>
        <source>&amp;User name</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="119"/>
        <source>&amp;New password</source>
        <translation>ពាក្យសម្ងាត់ថ្មី (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="120"/>
        <source>Re&amp;peat it</source>
        <translation>វាយម្តងទៀត (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="127"/>
        <source>Set the password</source>
        <translation>កំណត់ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="140"/>
        <source>The two passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នា។</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="35"/>
        <source>Recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="38"/>
        <source>The database is encrypted. Each account&apos;s password unlocks it. If nobody remembers a password, only this recovery key opens it. It is shown only this once: print it or write it down, and keep it in a safe, away from the laptop.</source>
        <translation>មូលដ្ឋានទិន្នន័យត្រូវបានអ៊ិនគ្រីប។ ពាក្យសម្ងាត់របស់គណនីនីមួយៗដោះសោវា។ ប្រសិនបើគ្មាននរណាចាំពាក្យសម្ងាត់ មានតែកូនសោសង្គ្រោះនេះទេដែលបើកវាបាន។ វាបង្ហាញតែម្តងនេះប៉ុណ្ណោះ៖ សូមបោះពុម្ព ឬសរសេរវាទុក ហើយរក្សាទុកក្នុងទូដែក ឆ្ងាយពីកុំព្យូទ័រយួរដៃ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="52"/>
        <source>&amp;Save as PDF to print…</source>
        <translation>រក្សាទុកជា PDF ដើម្បីបោះពុម្ព… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="58"/>
        <source>I have &amp;printed or written down the recovery key</source>
        <translation>ខ្ញុំបានបោះពុម្ព ឬសរសេរកូនសោសង្គ្រោះទុកហើយ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="76"/>
        <source>Save the recovery key as</source>
        <translation>រក្សាទុកកូនសោសង្គ្រោះជា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="88"/>
        <source>Wrote {path}. Print it, keep the page in a safe, then delete the file.</source>
        <translation>បានសរសេរ {path}។ សូមបោះពុម្ពវា រក្សាសន្លឹកនោះក្នុងទូដែក រួចលុបឯកសារចោល។</translation>
    </message>
</context>
<context>
    <name>ReferenceListsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="102"/>
        <source>&amp;List:</source>
        <translation>បញ្ជី (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Russian</source>
        <translation>រុស្ស៊ី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="78"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="104"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="139"/>
        <source>Referral</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="78"/>
        <source>New referral</source>
        <translation>ការបញ្ជូនថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="93"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="97"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="152"/>
        <source>Child</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="101"/>
        <source>Type a name, case number or village</source>
        <translation>វាយឈ្មោះ លេខករណី ឬភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="102"/>
        <source>C&amp;hild</source>
        <translation>កុមារ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="105"/>
        <source>Service &amp;needed</source>
        <translation>សេវាដែលត្រូវការ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="106"/>
        <source>(choose an organisation)</source>
        <translation>(ជ្រើសរើសអង្គការ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="107"/>
        <source>Refer &amp;to</source>
        <translation>បញ្ជូនទៅ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="109"/>
        <source>&amp;Urgency</source>
        <translation>ភាពបន្ទាន់ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="110"/>
        <source>&amp;Referral date</source>
        <translation>កាលបរិច្ឆេទបញ្ជូន (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="111"/>
        <source>Answer &amp;expected by</source>
        <translation>រំពឹងចម្លើយត្រឹម (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="115"/>
        <source>Rea&amp;son</source>
        <translation>មូលហេតុ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="118"/>
        <source>Yes: the organisation may receive the child&apos;s data</source>
        <translation>បាទ/ចាស៖ អង្គការអាចទទួលទិន្នន័យរបស់កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="119"/>
        <source>No: the slip carries the case number only</source>
        <translation>ទេ៖ ប័ណ្ណបញ្ជូនមានតែលេខករណីប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="121"/>
        <source>(ask the guardian)</source>
        <translation>(សួរអាណាព្យាបាល)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="123"/>
        <source>Guardian&apos;s &amp;consent to share</source>
        <translation>ការយល់ព្រមរបស់អាណាព្យាបាលក្នុងការចែករំលែក (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="129"/>
        <source>(not made from a monitoring visit)</source>
        <translation>(មិនមែនពីការចុះត្រួតពិនិត្យទេ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="130"/>
        <source>From monitoring &amp;visit</source>
        <translation>ពីការចុះត្រួតពិនិត្យ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="150"/>
        <source>overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="153"/>
        <source>Referred to</source>
        <translation>បញ្ជូនទៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="154"/>
        <source>Service needed</source>
        <translation>សេវាដែលត្រូវការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="155"/>
        <source>Urgency</source>
        <translation>ភាពបន្ទាន់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="156"/>
        <source>Referral date</source>
        <translation>កាលបរិច្ឆេទបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="157"/>
        <source>Answer expected by</source>
        <translation>រំពឹងចម្លើយត្រឹម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="158"/>
        <source>Consent to share</source>
        <translation>យល់ព្រមចែករំលែក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="158"/>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="158"/>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="160"/>
        <source>From monitoring visit</source>
        <translation>ពីការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="163"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="175"/>
        <source>Timeline</source>
        <translation>លំដាប់ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="193"/>
        <source>&amp;Print the referral slip…</source>
        <translation>បោះពុម្ពប័ណ្ណបញ្ជូន (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="196"/>
        <source>One page for the family or the organisation; without consent it names only the case number</source>
        <translation>មួយទំព័រសម្រាប់គ្រួសារ ឬអង្គការ។ បើគ្មានការយល់ព្រម វាបង្ហាញតែលេខករណីប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="208"/>
        <source>Record an answer</source>
        <translation>កត់ត្រាចម្លើយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="210"/>
        <source>New &amp;status</source>
        <translation>ស្ថានភាពថ្មី (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="212"/>
        <source>&amp;Date</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="216"/>
        <source>N&amp;ote</source>
        <translation>កំណត់សម្គាល់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="223"/>
        <source>(record a new service on that date)</source>
        <translation>(កត់ត្រាសេវាថ្មីនៅថ្ងៃនោះ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="224"/>
        <source>Ser&amp;vice record</source>
        <translation>កំណត់ត្រាសេវា (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="233"/>
        <source>Save the referral slip as</source>
        <translation>រក្សាទុកប័ណ្ណបញ្ជូនជា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="233"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="244"/>
        <source>Wrote {path}.</source>
        <translation>បានសរសេរ {path}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="321"/>
        <source>Write the date as {pattern}.</source>
        <translation>សរសេរកាលបរិច្ឆេទជា {pattern}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="331"/>
        <source>Choose the one child to refer.</source>
        <translation>ជ្រើសរើសកុមារម្នាក់ដែលត្រូវបញ្ជូន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="334"/>
        <source>Choose the organisation the child is referred to.</source>
        <translation>ជ្រើសរើសអង្គការដែលកុមារត្រូវបានបញ្ជូនទៅ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="338"/>
        <source>Ask the guardian whether the child&apos;s data may be shared, and record the answer.</source>
        <translation>សួរអាណាព្យាបាលថាតើអាចចែករំលែកទិន្នន័យរបស់កុមារបានឬទេ ហើយកត់ត្រាចម្លើយ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="342"/>
        <source>The referral date cannot be in the future.</source>
        <translation>កាលបរិច្ឆេទបញ្ជូនមិនអាចនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="344"/>
        <source>The referral date cannot be before the child&apos;s intake.</source>
        <translation>កាលបរិច្ឆេទបញ្ជូនមិនអាចមុនការចុះឈ្មោះកុមារបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="351"/>
        <source>The referral date cannot be before the monitoring visit ({day}).</source>
        <translation>កាលបរិច្ឆេទបញ្ជូនមិនអាចមុនការចុះត្រួតពិនិត្យ ({day}) បានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="357"/>
        <source>An answer cannot be expected before the referral date.</source>
        <translation>មិនអាចរំពឹងចម្លើយមុនកាលបរិច្ឆេទបញ្ជូនបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="377"/>
        <source>The date cannot be in the future.</source>
        <translation>កាលបរិច្ឆេទមិនអាចនៅពេលអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="381"/>
        <source>The date cannot be before the referral&apos;s last status change ({day}).</source>
        <translation>កាលបរិច្ឆេទមិនអាចមុនការផ្លាស់ប្ដូរស្ថានភាពចុងក្រោយនៃការបញ្ជូន ({day}) បានទេ។</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="45"/>
        <source>Technical Progress Report</source>
        <translation>របាយការណ៍វឌ្ឍនភាពបច្ចេកទេស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="46"/>
        <source>Project summary</source>
        <translation>សេចក្តីសង្ខេបគម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="47"/>
        <source>Action programme report</source>
        <translation>របាយការណ៍កម្មវិធីសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="48"/>
        <source>Beneficiary register</source>
        <translation>បញ្ជីឈ្មោះអ្នកទទួលផល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="49"/>
        <source>Child profile</source>
        <translation>ប្រវត្តិរូបកុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="50"/>
        <source>Data-quality report</source>
        <translation>របាយការណ៍គុណភាពទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="51"/>
        <source>Blank intake form</source>
        <translation>ទម្រង់ចុះឈ្មោះកុមារទទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="52"/>
        <source>Blank follow-up form</source>
        <translation>ទម្រង់ចុះតាមដានទទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="53"/>
        <source>Referrals register of an organisation</source>
        <translation>បញ្ជីការបញ្ជូនទៅអង្គការមួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="72"/>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="312"/>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="92"/>
        <source>Case number, e.g. KH-PNP-000123</source>
        <translation>លេខករណី ឧ. KH-PNP-000123</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="99"/>
        <source>&amp;Browse…</source>
        <translation>រកមើល (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="105"/>
        <source>Pseudonymise: no names or birth dates</source>
        <translation>លាក់អត្តសញ្ញាណ៖ គ្មានឈ្មោះ ឬថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="107"/>
        <source>Khmer digits (០១២៣) in a Khmer report</source>
        <translation>លេខខ្មែរ (០១២៣) ក្នុងរបាយការណ៍ជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="110"/>
        <source>Open the PDF when it is ready</source>
        <translation>បើក PDF នៅពេលរួចរាល់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="118"/>
        <source>&amp;Report</source>
        <translation>របាយការណ៍ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="119"/>
        <source>&amp;Project</source>
        <translation>គម្រោង (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="120"/>
        <source>Reporting p&amp;eriod</source>
        <translation>រយៈពេលរាយការណ៍ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="121"/>
        <source>Action pro&amp;gramme</source>
        <translation>កម្មវិធីសកម្មភាព (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="122"/>
        <source>Organi&amp;sation</source>
        <translation>អង្គការ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="123"/>
        <source>&amp;Child</source>
        <translation>កុមារ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="124"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="125"/>
        <source>Save &amp;as</source>
        <translation>រក្សាទុកជា (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="134"/>
        <source>&amp;Generate PDF</source>
        <translation>បង្កើត PDF (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="140"/>
        <source>Export e&amp;vidence behind the figures…</source>
        <translation>នាំចេញភស្តុតាងនៃតួលេខ (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="143"/>
        <source>A spreadsheet listing, per reference printed on the TPR (A1.1…), every child or household counted</source>
        <translation>តារាងដែលរាយបញ្ជី តាមឯកសារយោងនីមួយៗដែលបោះពុម្ពលើ TPR (A1.1…) នូវកុមារ ឬគ្រួសារនីមួយៗដែលត្រូវបានរាប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="195"/>
        <source>referrals: {n}</source>
        <translation>ការបញ្ជូន៖ {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="225"/>
        <source>All programmes</source>
        <translation>កម្មវិធីទាំងអស់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="235"/>
        <source>This report does not use it.</source>
        <translation>របាយការណ៍នេះមិនប្រើវាទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="240"/>
        <source>Only the child profile is about one child.</source>
        <translation>មានតែប្រវត្តិរូបកុមារប៉ុណ្ណោះដែលនិយាយអំពីកុមារម្នាក់។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="244"/>
        <source>Only the beneficiary register and the child profile carry names to leave out.</source>
        <translation>មានតែបញ្ជីអ្នកទទួលផល និងប្រវត្តិរូបកុមារប៉ុណ្ណោះដែលមានឈ្មោះដែលត្រូវលុបចេញ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="285"/>
        <source>Save the report as</source>
        <translation>រក្សាទុករបាយការណ៍ជា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="305"/>
        <source>Only for a report in Khmer.</source>
        <translation>សម្រាប់តែរបាយការណ៍ជាភាសាខ្មែរប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="314"/>
        <source>{name} already exists in {folder}. Replace it, or keep it and save the new report beside it?</source>
        <translation>{name} មានរួចហើយនៅក្នុង {folder}។ ជំនួសវា ឬរក្សាវាទុក ហើយរក្សាទុករបាយការណ៍ថ្មីនៅក្បែរវា?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="320"/>
        <source>&amp;Keep both</source>
        <translation>រក្សាទុកទាំងពីរ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="322"/>
        <source>&amp;Replace</source>
        <translation>ជំនួស (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="342"/>
        <source>Choose where to save the PDF.</source>
        <translation>សូមជ្រើសរើសទីតាំងរក្សាទុក PDF។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="350"/>
        <source>Type the case number of the child.</source>
        <translation>សូមវាយបញ្ចូលលេខករណីរបស់កុមារ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="354"/>
        <source>There is no organisation in the directory to print the referrals of.</source>
        <translation>មិនមានអង្គការនៅក្នុងបញ្ជីឈ្មោះ ដើម្បីបោះពុម្ពការបញ្ជូនរបស់វាទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="367"/>
        <source>The folder {folder} could not be created ({reason}), so the report went to {fallback}.</source>
        <translation>មិនអាចបង្កើតថត {folder} បានទេ ({reason}) ដូច្នេះរបាយការណ៍ត្រូវបានរក្សាទុកនៅ {fallback}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="373"/>
        <source>Nothing was written; {name} is unchanged.</source>
        <translation>គ្មានអ្វីត្រូវបានសរសេរទេ៖ {name} នៅដដែល។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="381"/>
        <source>A report is being built; wait for it or cancel it.</source>
        <translation>កំពុងបង្កើតរបាយការណ៍៖ សូមរង់ចាំ ឬបោះបង់វា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="382"/>
        <source>Building {name}…</source>
        <translation>កំពុងបង្កើត {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="387"/>
        <source>Page {page}</source>
        <translation>ទំព័រទី {page}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="393"/>
        <source>Building the report…</source>
        <translation>កំពុងបង្កើតរបាយការណ៍…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="406"/>
        <source>Cancelled; no file was written.</source>
        <translation>បានបោះបង់។ គ្មានឯកសារត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="411"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>បានសរសេរ {path} ({pages} ទំព័រ)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="439"/>
        <source>Save the evidence as</source>
        <translation>រក្សាទុកភស្តុតាងជា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="439"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>តារាងទិន្នន័យ (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="450"/>
        <source>Listing the children and households behind the figures…</source>
        <translation>កំពុងរាយបញ្ជីកុមារ និងគ្រួសារនៅពីក្រោយតួលេខ…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="464"/>
        <source>Wrote {path} ({count} children and households).</source>
        <translation>បានសរសេរ {path} (កុមារ និងគ្រួសារ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="471"/>
        <source>Listing the evidence…</source>
        <translation>កំពុងរាយបញ្ជីភស្តុតាង…</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="29"/>
        <source>Service — edit</source>
        <translation>សេវា — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="30"/>
        <source>Livelihood service for households</source>
        <translation>សេវាលើកកម្ពស់ជីវភាពសម្រាប់គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="30"/>
        <source>Service for children</source>
        <translation>សេវាសម្រាប់កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="35"/>
        <source>Households</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="35"/>
        <source>Children</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="38"/>
        <source>Receives</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="42"/>
        <source>Type a head&apos;s name or household code</source>
        <translation>វាយឈ្មោះមេគ្រួសារ ឬលេខកូដគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="44"/>
        <source>Type a name, case number or village</source>
        <translation>វាយឈ្មោះ លេខករណី ឬភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="48"/>
        <source>&amp;Households</source>
        <translation>គ្រួសារ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="48"/>
        <source>C&amp;hildren</source>
        <translation>កុមារ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="51"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="52"/>
        <source>Service &amp;type</source>
        <translation>ប្រភេទសេវា (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="56"/>
        <source>&amp;Kind of livelihood support</source>
        <translation>ប្រភេទនៃការគាំទ្រមុខរបរ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="57"/>
        <source>&amp;Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="58"/>
        <source>&amp;End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="59"/>
        <source>&amp;Provider</source>
        <translation>អ្នកផ្តល់សេវា (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="63"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="63"/>
        <source>(each child&apos;s own programme)</source>
        <translation>(កម្មវិធីរបស់កុមារម្នាក់ៗ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="65"/>
        <source>Action pro&amp;gramme</source>
        <translation>កម្មវិធីសកម្មភាព (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="69"/>
        <source>N&amp;otes</source>
        <translation>កំណត់សម្គាល់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="131"/>
        <source>This service falls in the approved reporting period {period}; it is read-only. Headquarters can reopen the period.</source>
        <translation>សេវានេះស្ថិតក្នុងរយៈពេលរាយការណ៍ {period} ដែលបានអនុម័តរួច។ អាចមើលបានតែប៉ុណ្ណោះ។ ការិយាល័យកណ្តាលអាចបើករយៈពេលនេះឡើងវិញបាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="148"/>
        <source>Recorded the service for {who}.</source>
        <translation>បានកត់ត្រាសេវាសម្រាប់ {who}។</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/service.py" line="150"/>
        <source>Recorded the service for %n children or households.</source>
        <translation>
            <numerusform>បានកត់ត្រាសេវាសម្រាប់កុមារ ឬគ្រួសារ %n។</numerusform>
            <numerusform>បានកត់ត្រាសេវាសម្រាប់កុមារ ឬគ្រួសារ %n។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="21"/>
        <source>New &amp;household service…</source>
        <translation>សេវាគ្រួសារថ្មី (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="23"/>
        <source>Livelihood and other services for households</source>
        <translation>សេវាលើកកម្ពស់ជីវភាព និងសេវាផ្សេងទៀតសម្រាប់គ្រួសារ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="44"/>
        <source>Sectors</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="45"/>
        <source>Hazardous conditions</source>
        <translation>លក្ខខណ្ឌការងារប្រកបដោយគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="46"/>
        <source>Risk factors</source>
        <translation>កត្តាហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="47"/>
        <source>Service types</source>
        <translation>ប្រភេទសេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="48"/>
        <source>School status</source>
        <translation>ស្ថានភាពសិក្សា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="49"/>
        <source>Work status</source>
        <translation>ស្ថានភាពការងារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="50"/>
        <source>Outcomes</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="51"/>
        <source>Poverty markers</source>
        <translation>សូចនាករភាពក្រីក្រ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="52"/>
        <source>Guardian relations</source>
        <translation>ទំនាក់ទំនងរបស់អាណាព្យាបាលនឹងកុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="53"/>
        <source>Activity kinds</source>
        <translation>ប្រភេទសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="54"/>
        <source>Organisation types</source>
        <translation>ប្រភេទអង្គការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="55"/>
        <source>Organisation roles</source>
        <translation>តួនាទីអង្គការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="56"/>
        <source>Programme status</source>
        <translation>ស្ថានភាពកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="57"/>
        <source>Strategies</source>
        <translation>យុទ្ធសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="58"/>
        <source>Narrative sections</source>
        <translation>ផ្នែកនៃការបរិយាយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="250"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="263"/>
        <source>Users</source>
        <translation>អ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="264"/>
        <source>Offices</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="265"/>
        <source>Organisations</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="266"/>
        <source>Reference lists</source>
        <translation>បញ្ជីយោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="267"/>
        <source>Project settings</source>
        <translation>ការកំណត់គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="268"/>
        <source>Extra fields</source>
        <translation>វាលបន្ថែម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="269"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="270"/>
        <source>DHIS2 mapping</source>
        <translation>ការផ្គូផ្គង DHIS2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="117"/>
        <source>Sync</source>
        <translation>សមកាលកម្ម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="130"/>
        <source>Exchange</source>
        <translation>ផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="131"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="132"/>
        <source>Conflicts</source>
        <translation>ទិន្នន័យផ្ទុយគ្នា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="133"/>
        <source>Duplicates</source>
        <translation>កំណត់ត្រាស្ទួន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="135"/>
        <source>Offices</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="169"/>
        <source>Import {name}</source>
        <translation>នាំចូល {name}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="172"/>
        <source>The bundle {name} was opened with CL Desktop; import it?</source>
        <translation>កញ្ចប់ទិន្នន័យ {name} ត្រូវបានបើកជាមួយ CL Desktop។ តើនាំចូលវាឬទេ?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="199"/>
        <source>Return bundle for office</source>
        <translation>កញ្ចប់ទិន្នន័យត្រឡប់ សម្រាប់ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="200"/>
        <source>Everything (full bundle), not only the changes not yet acknowledged</source>
        <translation>ទាំងអស់ (កញ្ចប់ពេញ) មិនមែនតែការផ្លាស់ប្តូរដែលមិនទាន់បានបញ្ជាក់ទទួលប៉ុណ្ណោះទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="204"/>
        <source>&amp;Export bundle…</source>
        <translation>នាំចេញកញ្ចប់ទិន្នន័យ (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="207"/>
        <source>&amp;Import bundles…</source>
        <translation>នាំចូលកញ្ចប់ទិន្នន័យ (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="217"/>
        <source>Import &amp;Kobo/ODK submissions…</source>
        <translation>នាំចូលទិន្នន័យពី Kobo/ODK (&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="245"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="246"/>
        <source>Direction</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="247"/>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="248"/>
        <source>To</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="249"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="250"/>
        <source>Added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="251"/>
        <source>Updated</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="252"/>
        <source>Merged</source>
        <translation>បានបញ្ចូលគ្នា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="253"/>
        <source>Conflicted</source>
        <translation>ផ្ទុយគ្នា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="254"/>
        <source>Skipped</source>
        <translation>បានរំលង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="259"/>
        <source>&amp;Save history for printing…</source>
        <translation>រក្សាទុកប្រវត្តិសម្រាប់បោះពុម្ព (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>Table</source>
        <translation>តារាង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>Field</source>
        <translation>ចំណុចទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="282"/>
        <source>Here</source>
        <translation>ទិន្នន័យនៅទីនេះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="282"/>
        <source>Arrived</source>
        <translation>ទិន្នន័យដែលមកដល់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="289"/>
        <source>Keep &amp;here</source>
        <translation>រក្សាតម្លៃនៅទីនេះ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="292"/>
        <source>Keep &amp;arrived</source>
        <translation>រក្សាតម្លៃដែលមកដល់ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="297"/>
        <source>or type the right value</source>
        <translation>ឬវាយតម្លៃដែលត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="298"/>
        <source>Use this &amp;value</source>
        <translation>ប្រើតម្លៃនេះ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="356"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="330"/>
        <source>&amp;Merge (keep the first)</source>
        <translation>បញ្ចូលគ្នា (រក្សាកំណត់ត្រាទីមួយ) (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="337"/>
        <source>&amp;Not the same child</source>
        <translation>មិនមែនជាកុមារតែមួយទេ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="333"/>
        <source>Same c&amp;hild, merge later</source>
        <translation>កុមារតែមួយ បញ្ចូលគ្នាពេលក្រោយ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="335"/>
        <source>The second record stops counting in every figure at once</source>
        <translation>កំណត់ត្រា​ទីពីរ​ឈប់​រាប់​ក្នុង​តួលេខ​ទាំងអស់​ភ្លាមៗ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="738"/>
        <source>{other} is {keep}: counted once from now on.</source>
        <translation>{other} គឺ {keep}៖ រាប់​តែ​ម្ដង​ចាប់ពី​ពេលនេះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="340"/>
        <source>&amp;Scan all children</source>
        <translation>ស្កេនកុមារទាំងអស់ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="156"/>
        <source>Import the demo office&apos;s bundle</source>
        <translation>នាំចូលកញ្ចប់របស់ការិយាល័យសាកល្បង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="161"/>
        <source>This demo has an enrolled field office, {office} (see Offices), which sent headquarters a bundle with one follow-up visit: import it to see an exchange.</source>
        <translation>ការសាកល្បងនេះមានការិយាល័យមូលដ្ឋានដែលបានចុះឈ្មោះ {office} (មើល ការិយាល័យ) ដែលបានផ្ញើកញ្ចប់មួយដែលមានការចុះតាមដានមួយទៅទីស្នាក់ការកណ្តាល៖ នាំចូលវាដើម្បីមើលការផ្លាស់ប្តូរទិន្នន័យ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="355"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="357"/>
        <source>Key fingerprint</source>
        <translation>ស្នាមម្រាមដៃនៃសោ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="358"/>
        <source>Received up to</source>
        <translation>បានទទួលរហូតដល់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="359"/>
        <source>Scope</source>
        <translation>វិសាលភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="360"/>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="371"/>
        <source>e.g. KH-7, KH-23 (empty: the whole country)</source>
        <translation>ឧ. KH-7, KH-23 (ទទេ៖ ទូទាំងប្រទេស)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="374"/>
        <source>e.g. AP001, AP004</source>
        <translation>ឧ. AP001, AP004</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="375"/>
        <source>New office code</source>
        <translation>លេខកូដការិយាល័យថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="376"/>
        <source>New office name</source>
        <translation>ឈ្មោះការិយាល័យថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="377"/>
        <source>Provinces held</source>
        <translation>ខេត្តដែលការិយាល័យកាន់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="378"/>
        <source>Action programmes held</source>
        <translation>កម្មវិធីសកម្មភាពដែលការិយាល័យកាន់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="381"/>
        <source>&amp;Add office and save its setup file…</source>
        <translation>បន្ថែមការិយាល័យ និងរក្សាទុកឯកសាររៀបចំរបស់វា (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="384"/>
        <source>&amp;Revoke office…</source>
        <translation>ដកសិទ្ធិការិយាល័យ (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="387"/>
        <source>Set the selected office&apos;s &amp;scope</source>
        <translation>កំណត់&amp;វិសាលភាពនៃការិយាល័យដែលបានជ្រើស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="398"/>
        <source>The passphrase of a new setup file appears here, once.</source>
        <translation>ឃ្លាសម្ងាត់នៃឯកសាររៀបចំថ្មី នឹងបង្ហាញនៅទីនេះតែម្តងគត់។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="420"/>
        <source>import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="420"/>
        <source>export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="445"/>
        <source>Pairs to review: more than {n}</source>
        <translation>គូដែលត្រូវពិនិត្យ៖ ច្រើនជាង {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="448"/>
        <source>Pairs to review: {n}</source>
        <translation>គូដែលត្រូវពិនិត្យ៖ {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="451"/>
        <source>Last full check: {date}</source>
        <translation>ការត្រួតពិនិត្យពេញលេញចុងក្រោយ៖ {date}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="453"/>
        <source>No full check yet</source>
        <translation>មិនទាន់មានការត្រួតពិនិត្យពេញលេញនៅឡើយទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="457"/>
        <source>Children added or changed since and not yet compared: {n}. The count may be incomplete: scan all children.</source>
        <translation>កុមារដែលបានបន្ថែម ឬកែប្រែតាំងពីពេលនោះ ហើយមិនទាន់បានប្រៀបធៀប៖ {n}។ ចំនួននេះប្រហែលជាមិនទាន់គ្រប់៖ សូមស្កេនកុមារទាំងអស់។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="479"/>
        <source>whole country</source>
        <translation>ទូទាំងប្រទេស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="482"/>
        <source>revoked: {reason}</source>
        <translation>បានដកសិទ្ធិ៖ {reason}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="484"/>
        <source>active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="509"/>
        <source>Folder for the bundle (e.g. the USB stick)</source>
        <translation>ថតសម្រាប់រក្សាទុកកញ្ចប់ទិន្នន័យ (ឧ. USB)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="514"/>
        <source>Bundles to import</source>
        <translation>កញ្ចប់ទិន្នន័យដែលត្រូវនាំចូល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="514"/>
        <source>Sync bundles (*.clbundle);;All files (*)</source>
        <translation>កញ្ចប់សមកាលកម្ម (*.clbundle);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="536"/>
        <source>Add an office first: return bundles are made for one office.</source>
        <translation>សូមបន្ថែមការិយាល័យជាមុនសិន៖ កញ្ចប់ទិន្នន័យត្រឡប់ត្រូវបានបង្កើតសម្រាប់ការិយាល័យមួយៗ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="546"/>
        <source>Writing {name}…</source>
        <translation>កំពុងសរសេរ {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="561"/>
        <source>Exporting a bundle</source>
        <translation>កំពុងនាំចេញកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="565"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>បានបោះបង់៖ គ្មានកញ្ចប់ណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="572"/>
        <source>Wrote {path}.</source>
        <translation>បានសរសេរ {path}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="620"/>
        <source>Cancelled: the bundle being imported changed nothing; {n} imported before it stay imported.</source>
        <translation>បានបោះបង់៖ កញ្ចប់ដែលកំពុងនាំចូលមិនបានផ្លាស់ប្តូរអ្វីទេ។ {n} ដែលបាននាំចូលមុននោះនៅតែមាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="625"/>
        <source>Importing bundles</source>
        <translation>កំពុងនាំចូលកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="630"/>
        <source>Imported {n} file(s); the receipts are below and in the history.</source>
        <translation>បាននាំចូលឯកសារចំនួន {n}។ បង្កាន់ដៃមាននៅខាងក្រោម និងក្នុងប្រវត្តិ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="645"/>
        <source>Save the sync history</source>
        <translation>រក្សាទុកប្រវត្តិសមកាលកម្ម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="649"/>
        <source>Saved the history to {path}.</source>
        <translation>បានរក្សាទុកប្រវត្តិទៅ {path}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="678"/>
        <source>Select a conflict first.</source>
        <translation>សូមជ្រើសរើសទំនាស់ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="692"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="692"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="703"/>
        <source>Resolved; the decision goes to the offices with the next return bundles.</source>
        <translation>បានដោះស្រាយរួច។ សេចក្តីសម្រេចនឹងត្រូវផ្ញើទៅការិយាល័យនានា ជាមួយកញ្ចប់ទិន្នន័យត្រឡប់លើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="722"/>
        <source>Merged {other} into {keep}: {s} services and {f} follow-ups moved.</source>
        <translation>បានបញ្ចូល {other} ទៅក្នុង {keep}៖ បានផ្ទេរសេវា {s} និងការចុះតាមដាន {f}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="756"/>
        <source>Comparing children…</source>
        <translation>កំពុងប្រៀបធៀបកុមារ…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="768"/>
        <source>{n} new suspected duplicate(s).</source>
        <translation>កុមារសង្ស័យថាស្ទួនថ្មីចំនួន {n}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="772"/>
        <source>Scanning for duplicates</source>
        <translation>កំពុងស្កេនរកកំណត់ត្រាស្ទួន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="776"/>
        <source>Cancelled; the list of suspected duplicates is unchanged.</source>
        <translation>បានបោះបង់៖ បញ្ជីកំណត់ត្រាស្ទួនដែលសង្ស័យនៅដដែល។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="784"/>
        <source>Type the new office&apos;s code and name first.</source>
        <translation>សូមវាយលេខកូដ និងឈ្មោះការិយាល័យថ្មីជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="786"/>
        <source>Save the office&apos;s setup file</source>
        <translation>រក្សាទុកឯកសាររៀបចំរបស់ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="796"/>
        <source>Writing the setup file {name}…</source>
        <translation>កំពុងសរសេរឯកសាររៀបចំ {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="799"/>
        <source>Making the office&apos;s keys…</source>
        <translation>កំពុងបង្កើតកូនសោរបស់ការិយាល័យ…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="809"/>
        <source>The office is being added; wait for it or cancel it.</source>
        <translation>កំពុងបន្ថែមការិយាល័យ៖ សូមរង់ចាំ ឬបោះបង់វា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="811"/>
        <source>Adding office {code}</source>
        <translation>កំពុងបន្ថែមការិយាល័យ {code}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="816"/>
        <source>Cancelled; office {code} was not added and no setup file was written.</source>
        <translation>បានបោះបង់៖ ការិយាល័យ {code} មិនត្រូវបានបន្ថែម ហើយគ្មានឯកសាររៀបចំត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="830"/>
        <source>Added office {code}; setup file {path}. Give the office the passphrase shown below separately from the file; it is shown only now. Key fingerprint {fp}.</source>
        <translation>បានបន្ថែមការិយាល័យ {code}។ ឯកសាររៀបចំ៖ {path}។ សូមផ្តល់ឃ្លាសម្ងាត់ដែលបង្ហាញខាងក្រោមដល់ការិយាល័យ ដាច់ដោយឡែកពីឯកសារ។ ឃ្លាសម្ងាត់នេះបង្ហាញតែពេលនេះប៉ុណ្ណោះ។ ស្នាមម្រាមដៃនៃសោ៖ {fp}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="834"/>
        <source>The setup file is {path}.</source>
        <translation>ឯកសាររៀបចំគឺ {path}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="844"/>
        <source>Select an office in the list first.</source>
        <translation>សូមជ្រើសការិយាល័យមួយក្នុងបញ្ជីជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="855"/>
        <source>Office {code} now holds the provinces and programmes typed above; its next return bundle brings and removes records to match.</source>
        <translation>ឥឡូវនេះ ការិយាល័យ {code} កាន់ខេត្ត និងកម្មវិធីដែលបានវាយខាងលើ។ កញ្ចប់ត្រឡប់បន្ទាប់របស់វានឹងនាំមក និងដកកំណត់ត្រាឱ្យស្របគ្នា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="867"/>
        <source>Revoke office</source>
        <translation>ដកសិទ្ធិការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="867"/>
        <source>Why is office {code} revoked?</source>
        <translation>ហេតុអ្វីដកសិទ្ធិការិយាល័យ {code}?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="881"/>
        <source>Revoked office {code}; its bundles are refused from now on.</source>
        <translation>បានដកសិទ្ធិការិយាល័យ {code}។ ចាប់ពីពេលនេះតទៅ កញ្ចប់ទិន្នន័យរបស់ការិយាល័យនេះនឹងត្រូវបដិសេធ។</translation>
    </message>
</context>
<context>
    <name>TargetsMixin</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="29"/>
        <source>Girls</source>
        <translation>កុមារី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="30"/>
        <source>Boys</source>
        <translation>កុមារា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="31"/>
        <source>Withdrawn</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="31"/>
        <source>Prevented</source>
        <translation>បានបង្ការ</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../cl_desktop/ui/tasks.py" line="265"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="33"/>
        <source>User account — edit</source>
        <translation>គណនីអ្នកប្រើ — កែសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="33"/>
        <source>New user account</source>
        <translation>គណនីអ្នកប្រើថ្មី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="36"/>
        <source>Account</source>
        <translation>គណនី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="38"/>
        <source>&amp;User name</source>
        <translation>ឈ្មោះអ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="41"/>
        <source>&amp;Full name</source>
        <translation>ឈ្មោះពេញ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="43"/>
        <source>Data-entry clerk</source>
        <translation>បុគ្គលិកបញ្ចូលទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="44"/>
        <source>Coordinator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="45"/>
        <source>Headquarters administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធនៃការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="47"/>
        <source>&amp;Role</source>
        <translation>តួនាទី (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="49"/>
        <source>&amp;Office</source>
        <translation>ការិយាល័យ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="50"/>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="51"/>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="51"/>
        <source>Reset the password</source>
        <translation>កំណត់ពាក្យសម្ងាត់ឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="53"/>
        <source>Leave empty to keep the current password. A reset is kept in the audit trail.</source>
        <translation>ទុកចន្លោះទទេ ដើម្បីរក្សាពាក្យសម្ងាត់បច្ចុប្បន្ន។ ការកំណត់ឡើងវិញត្រូវបានកត់ទុកក្នុងកំណត់ត្រាសវនកម្ម។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="56"/>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="56"/>
        <source>Con&amp;firm password</source>
        <translation>បញ្ជាក់ពាក្យសម្ងាត់ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="61"/>
        <source>Reason for the reset</source>
        <translation>មូលហេតុនៃការកំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="69"/>
        <source>The two passwords are not the same.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="173"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ជួរ</numerusform>
            <numerusform>%n ជួរ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypedFilter</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="210"/>
        <source>{label} contains</source>
        <translation>{label} មាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="212"/>
        <source>{label}: the rows whose answer contains this text; start with = for exactly this text</source>
        <translation>{label}: ជួរដែលចម្លើយមានអត្ថបទនេះ; ចាប់ផ្តើមដោយ = ដើម្បីរកអត្ថបទនេះពិតប្រាកដ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="216"/>
        <source>{label} from</source>
        <translation>{label} ពី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="217"/>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="220"/>
        <source>{label}: from a number, to a number, or both</source>
        <translation>{label}: ពីលេខមួយ ដល់លេខមួយ ឬទាំងពីរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="222"/>
        <source>{label}: from a date, to a date, or both ({pattern})</source>
        <translation>{label}: ពីកាលបរិច្ឆេទមួយ ដល់កាលបរិច្ឆេទមួយ ឬទាំងពីរ ({pattern})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="241"/>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="265"/>
        <source>DD/MM/YYYY</source>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="259"/>
        <source>{label}: “{value}” is not a number.</source>
        <translation>{label}: “{value}” មិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="262"/>
        <source>{label}: “{value}” is not a date (write it as {pattern}).</source>
        <translation>{label}: “{value}” មិនមែនជាកាលបរិច្ឆេទទេ (សរសេរជា {pattern})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="267"/>
        <source>{label}: the range starts after it ends.</source>
        <translation>{label}: ចន្លោះចាប់ផ្តើមក្រោយពេលវាបញ្ចប់។</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="61"/>
        <source>Signing in is not available in this build.</source>
        <translation>មុខងារចូលប្រើមិនមាននៅក្នុងកំណែនេះទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="221"/>
        <source>{error}

The latest good backup is {backup}. Restore it now? The damaged file is kept aside.</source>
        <translation>{error}

ច្បាប់បម្រុងទុកល្អចុងក្រោយគឺ {backup}។ តើស្តារវាឥឡូវនេះឬទេ? ឯកសារដែលខូចនឹងត្រូវរក្សាទុកដោយឡែក។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="256"/>
        <source>Checking the database</source>
        <translation>កំពុងពិនិត្យមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="276"/>
        <source>The automatic backup failed: {error}</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិបានបរាជ័យ៖ {error}</translation>
    </message>
</context>
<context>
    <name>dhis2_check</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="224"/>
        <source>The dates asked for lie outside project {project} ({start} to {end}).</source>
        <translation>កាលបរិច្ឆេទដែលបានស្នើ ស្ថិតនៅក្រៅគម្រោង {project} ({start} ដល់ {end})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="225"/>
        <source>Period {period} ({start} to {end}) lies outside project {project}.</source>
        <translation>រយៈពេល {period} ({start} ដល់ {end}) ស្ថិតនៅក្រៅគម្រោង {project}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="226"/>
        <source>Period {period} ({start} to {end}) has no DHIS2 period type; DHIS2 reads months, quarters, six-month and yearly periods.</source>
        <translation>រយៈពេល {period} ({start} ដល់ {end}) គ្មានប្រភេទរយៈពេល DHIS2 ទេ; DHIS2 អានរយៈពេលប្រចាំខែ ត្រីមាស ឆមាស និងប្រចាំឆ្នាំ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="230"/>
        <source>There are no figures to export for the periods asked for.</source>
        <translation>គ្មានតួលេខសម្រាប់នាំចេញ សម្រាប់រយៈពេលដែលបានស្នើទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="231"/>
        <source>The data set has no code in the DHIS2 mapping.</source>
        <translation>សំណុំទិន្នន័យគ្មានកូដក្នុងការផ្គូផ្គង DHIS2 ទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="232"/>
        <source>The data element “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>ធាតុទិន្នន័យ “{key}” គ្មានកូដក្នុងការផ្គូផ្គង DHIS2 ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="233"/>
        <source>The organisation unit “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>អង្គភាព “{key}” គ្មានកូដក្នុងការផ្គូផ្គង DHIS2 ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="236"/>
        <source>The category “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>ប្រភេទ “{key}” គ្មានកូដក្នុងការផ្គូផ្គង DHIS2 ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="237"/>
        <source>The {category} option “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>ជម្រើស “{key}” នៃ {category} គ្មានកូដក្នុងការផ្គូផ្គង DHIS2 ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="240"/>
        <source>The DHIS2 mapping does not know the data element “{key}” ({count} figure(s)).</source>
        <translation>ការផ្គូផ្គង DHIS2 មិនស្គាល់ធាតុទិន្នន័យ “{key}” ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="241"/>
        <source>The DHIS2 mapping does not know the organisation unit “{key}” ({count} figure(s)).</source>
        <translation>ការផ្គូផ្គង DHIS2 មិនស្គាល់អង្គភាព “{key}” ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="244"/>
        <source>The DHIS2 mapping does not know the category “{key}” ({count} figure(s)).</source>
        <translation>ការផ្គូផ្គង DHIS2 មិនស្គាល់ប្រភេទ “{key}” ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="245"/>
        <source>The DHIS2 mapping does not know the {category} option “{key}” ({count} figure(s)).</source>
        <translation>ការផ្គូផ្គង DHIS2 មិនស្គាល់ជម្រើស “{key}” នៃ {category} ទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="248"/>
        <source>The DHIS2 mapping does not know the children without a province ({count} figure(s)).</source>
        <translation>ការផ្គូផ្គង DHIS2 មិនស្គាល់កុមារដែលគ្មានខេត្តទេ (តួលេខ {count})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="251"/>
        <source>DHIS2 export check: project {project}, {format}</source>
        <translation>ការពិនិត្យការនាំចេញ DHIS2៖ គម្រោង {project}, {format}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="252"/>
        <source>ADX</source>
        <translation>ADX</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="253"/>
        <source>DHIS2 dataValueSets (JSON)</source>
        <translation>DHIS2 dataValueSets (JSON)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="254"/>
        <source>Made {date} with the DHIS2 mapping in this database.</source>
        <translation>បានធ្វើនៅ {date} ដោយប្រើការផ្គូផ្គង DHIS2 ក្នុងមូលដ្ឋានទិន្នន័យនេះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="255"/>
        <source>{count} data value(s) have every code they need.</source>
        <translation>តម្លៃទិន្នន័យ {count} មានកូដទាំងអស់ដែលត្រូវការ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="256"/>
        <source>error: {message}</source>
        <translation>កំហុស៖ {message}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="257"/>
        <source>No problem: the export can be written and sent.</source>
        <translation>គ្មានបញ្ហាទេ៖ អាចសរសេរ និងផ្ញើឯកសារនាំចេញបាន។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="258"/>
        <source>The export writes only with --allow-missing, leaving those figures out.</source>
        <translation>ការនាំចេញសរសេរបានតែជាមួយ --allow-missing ដោយទុកតួលេខទាំងនោះចោល។</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="485"/>
        <source>Child record</source>
        <translation>កំណត់ត្រាកុមារ</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="279"/>
        <source>Household chores (hours per week)</source>
        <translation>ការងារផ្ទះ (ម៉ោងក្នុងមួយសប្តាហ៍)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="280"/>
        <source>Hazardous household tasks</source>
        <translation>ការងារផ្ទះប្រកបដោយគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="281"/>
        <source>Has a job to return to</source>
        <translation>មានការងារដែលត្រូវត្រឡប់ទៅធ្វើវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="282"/>
        <source>Relationship to the household head</source>
        <translation>ទំនាក់ទំនងជាមួយមេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="283"/>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="284"/>
        <source>Longitude</source>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="285"/>
        <source>Income sources</source>
        <translation>ប្រភពចំណូល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="286"/>
        <source>Household chores counted as work above (hours per week)</source>
        <translation>ការងារផ្ទះរាប់ជាការងារ នៅពេលលើសពី (ម៉ោងក្នុងមួយសប្តាហ៍)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="287"/>
        <source>Chores counted from age</source>
        <translation>រាប់ការងារផ្ទះចាប់ពីអាយុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="288"/>
        <source>Chores counted up to age</source>
        <translation>រាប់ការងារផ្ទះរហូតដល់អាយុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="289"/>
        <source>Compulsory school age up to</source>
        <translation>អាយុសិក្សាកាតព្វកិច្ចរហូតដល់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="290"/>
        <source>Days an accepted referral may wait for its service</source>
        <translation>ចំនួនថ្ងៃដែលការបញ្ជូនបានទទួលយកអាចរង់ចាំសេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="291"/>
        <source>Field code</source>
        <translation>លេខកូដវាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="292"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="293"/>
        <source>Form</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="294"/>
        <source>Label (English)</source>
        <translation>ស្លាក (អង់គ្លេស)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="295"/>
        <source>Label (Khmer)</source>
        <translation>ស្លាក (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="296"/>
        <source>Label (Russian)</source>
        <translation>ស្លាក (រុស្ស៊ី)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="297"/>
        <source>Help (English)</source>
        <translation>ជំនួយ (អង់គ្លេស)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="298"/>
        <source>Help (Khmer)</source>
        <translation>ជំនួយ (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="299"/>
        <source>Help (Russian)</source>
        <translation>ជំនួយ (រុស្ស៊ី)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="300"/>
        <source>Lowest value</source>
        <translation>តម្លៃទាបបំផុត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="301"/>
        <source>Highest value</source>
        <translation>តម្លៃខ្ពស់បំផុត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="302"/>
        <source>Choices</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="303"/>
        <source>Section</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="304"/>
        <source>Section (Khmer)</source>
        <translation>ផ្នែក (ខ្មែរ)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="305"/>
        <source>Section (Russian)</source>
        <translation>ផ្នែក (រុស្ស៊ី)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="306"/>
        <source>Show when this field has a value</source>
        <translation>បង្ហាញនៅពេលវាលនេះមានតម្លៃ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="307"/>
        <source>Order</source>
        <translation>លំដាប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="308"/>
        <source>DUNS number</source>
        <translation>លេខ DUNS</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="309"/>
        <source>Unique entity identifier (UEI)</source>
        <translation>លេខសម្គាល់អង្គភាពតែមួយគត់ (UEI)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="310"/>
        <source>Kind of livelihood support</source>
        <translation>ប្រភេទនៃការគាំទ្រមុខរបរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="311"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="312"/>
        <source>Name in Latin letters</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="313"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="314"/>
        <source>Project</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="315"/>
        <source>Action programme</source>
        <translation>កម្មវិធីសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="316"/>
        <source>Household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="317"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="318"/>
        <source>Intake date</source>
        <translation>កាលបរិច្ឆេទចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="319"/>
        <source>Date of birth</source>
        <translation>ថ្ងៃខែឆ្នាំកំណើត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="320"/>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="321"/>
        <source>Guardian&apos;s relation</source>
        <translation>ទំនាក់ទំនងរបស់អាណាព្យាបាលនឹងកុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="322"/>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="323"/>
        <source>Consent date</source>
        <translation>កាលបរិច្ឆេទយល់ព្រម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="324"/>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="325"/>
        <source>Hours per week</source>
        <translation>ចំនួនម៉ោងក្នុងមួយសប្តាហ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="326"/>
        <source>Hazardous conditions</source>
        <translation>លក្ខខណ្ឌការងារប្រកបដោយគ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="327"/>
        <source>Age started work</source>
        <translation>អាយុពេលចាប់ផ្តើមធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="328"/>
        <source>School status</source>
        <translation>ស្ថានភាពសិក្សា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="329"/>
        <source>Risk factors</source>
        <translation>កត្តាហានិភ័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="330"/>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="331"/>
        <source>Head of household</source>
        <translation>មេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="332"/>
        <source>Members</source>
        <translation>ចំនួនសមាជិក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="333"/>
        <source>Children under 18</source>
        <translation>កុមារអាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="334"/>
        <source>Registration date</source>
        <translation>កាលបរិច្ឆេទចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="335"/>
        <source>Service type</source>
        <translation>ប្រភេទសេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="336"/>
        <source>Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="337"/>
        <source>End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="338"/>
        <source>Visit date</source>
        <translation>កាលបរិច្ឆេទចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="339"/>
        <source>Visited by</source>
        <translation>អ្នកចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="340"/>
        <source>School attendance (%)</source>
        <translation>វត្តមាននៅសាលារៀន (%)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="341"/>
        <source>Children</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="342"/>
        <source>Households</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="343"/>
        <source>Project code</source>
        <translation>លេខកូដគម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="344"/>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="345"/>
        <source>Funding</source>
        <translation>មូលនិធិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="346"/>
        <source>Indicator code</source>
        <translation>លេខកូដសូចនាករ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="347"/>
        <source>Indicator</source>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="348"/>
        <source>Baseline</source>
        <translation>ទិន្នន័យមូលដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="349"/>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="350"/>
        <source>Actual</source>
        <translation>លទ្ធផលជាក់ស្តែង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="351"/>
        <source>Due date</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="352"/>
        <source>Programme code</source>
        <translation>លេខកូដកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="353"/>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="354"/>
        <source>Expenditure</source>
        <translation>ការចំណាយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="355"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="356"/>
        <source>Participants (women and girls)</source>
        <translation>អ្នកចូលរួម (ស្ត្រី និងកុមារី)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="357"/>
        <source>Participants (men and boys)</source>
        <translation>អ្នកចូលរួម (បុរស និងកុមារា)</translation>
    </message>
</context>
<context>
    <name>kobo</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="175"/>
        <source>the submission has no id.</source>
        <translation>ទម្រង់បញ្ជូនគ្មានលេខសម្គាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="176"/>
        <source>the submission id is longer than {maximum} characters.</source>
        <translation>លេខសម្គាល់ទម្រង់បញ្ជូនវែងជាង {maximum} តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="177"/>
        <source>the submission {key} is also in row {other}.</source>
        <translation>ទម្រង់បញ្ជូន {key} ក៏មាននៅជួរដេក {other} ដែរ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="178"/>
        <source>{column}: “{value}” does not exist in this database.</source>
        <translation>{column}៖ “{value}” មិនមាននៅក្នុងមូលដ្ឋានទិន្នន័យនេះទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="179"/>
        <source>{column} is required.</source>
        <translation>{column} ត្រូវតែបំពេញ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="180"/>
        <source>{file} has no submission id column (meta/instanceID, instanceID, KEY or _uuid); export the submissions from Kobo or ODK Central with their metadata.</source>
        <translation>{file} គ្មានជួរឈរលេខសម្គាល់ទម្រង់បញ្ជូន (meta/instanceID, instanceID, KEY ឬ _uuid) ទេ៖ សូមនាំចេញទម្រង់បញ្ជូនពី Kobo ឬ ODK Central ជាមួយទិន្នន័យមេតារបស់វា។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="184"/>
        <source>{file} is not an export of the {form} form: it lacks the column(s) {columns}.</source>
        <translation>{file} មិនមែនជាឯកសារនាំចេញនៃទម្រង់ {form} ទេ៖ វាខ្វះជួរឈរ {columns}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="185"/>
        <source>{file} has a header but no submissions.</source>
        <translation>{file} មានក្បាលតារាង ប៉ុន្តែគ្មានទម្រង់បញ្ជូនទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="186"/>
        <source>{file} holds more than {maximum} submissions; export them in parts (by submission date) and import each.</source>
        <translation>{file} មានទម្រង់បញ្ជូនច្រើនជាង {maximum}៖ សូមនាំចេញជាផ្នែកៗ (តាមកាលបរិច្ឆេទបញ្ជូន) ហើយនាំចូលម្តងមួយៗ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="190"/>
        <source>{file}: {count} error(s); nothing was imported.</source>
        <translation>{file}៖ កំហុស {count}៖ មិនបាននាំចូលអ្វីទេ។</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="29"/>
        <location filename="../../cl_desktop/ui/models/cells.py" line="25"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="21"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="196"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="201"/>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="22"/>
        <source>Data-entry clerk</source>
        <translation>បុគ្គលិកបញ្ចូលទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="23"/>
        <source>Coordinator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="24"/>
        <source>Headquarters administrator</source>
        <translation>អ្នកគ្រប់គ្រងប្រព័ន្ធនៃការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="25"/>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="26"/>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="27"/>
        <source>Russian</source>
        <translation>រុស្ស៊ី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="28"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="196"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="201"/>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="30"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="31"/>
        <source>Child</source>
        <translation>កុមារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="32"/>
        <source>Household</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="33"/>
        <source>Withdrawn</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="34"/>
        <source>Prevented</source>
        <translation>បានបង្ការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="35"/>
        <source>In progress</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="36"/>
        <source>In or at risk, no education service yet</source>
        <translation>ក្នុង ឬប្រឈមនឹងពលកម្មកុមារ មិនទាន់ទទួលសេវាអប់រំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="37"/>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="38"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="39"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="40"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="41"/>
        <source>Born</source>
        <translation>ថ្ងៃកំណើត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="42"/>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="43"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="44"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="45"/>
        <source>Action programme</source>
        <translation>កម្មវិធីសកម្មភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="46"/>
        <source>Intake</source>
        <translation>ការចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="47"/>
        <source>Work status</source>
        <translation>ស្ថានភាពការងារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="48"/>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="49"/>
        <source>Outcome date</source>
        <translation>កាលបរិច្ឆេទលទ្ធផល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="50"/>
        <source>School</source>
        <translation>សាលារៀន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="51"/>
        <source>Sector</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="52"/>
        <source>Hours/week</source>
        <translation>ម៉ោង/សប្តាហ៍</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="53"/>
        <source>Guardian</source>
        <translation>អាណាព្យាបាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="54"/>
        <source>Head of household</source>
        <translation>មេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="55"/>
        <source>Head (Latin)</source>
        <translation>មេគ្រួសារ (ឡាតាំង)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="56"/>
        <source>Head&apos;s sex</source>
        <translation>ភេទមេគ្រួសារ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="57"/>
        <source>Members</source>
        <translation>ចំនួនសមាជិក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="58"/>
        <source>Children under 18</source>
        <translation>កុមារអាយុក្រោម 18 ឆ្នាំ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="59"/>
        <source>Registered</source>
        <translation>បានចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="60"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="61"/>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="62"/>
        <source>End</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="63"/>
        <source>Provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="64"/>
        <source>For</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="65"/>
        <source>Visit</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="66"/>
        <source>Working</source>
        <translation>ធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="67"/>
        <source>Attendance %</source>
        <translation>វត្តមាន %</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="68"/>
        <source>Visited by</source>
        <translation>អ្នកចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="69"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="70"/>
        <source>Contact person</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="71"/>
        <source>Workplace</source>
        <translation>កន្លែងធ្វើការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="72"/>
        <source>Children identified</source>
        <translation>កុមារដែលបានរកឃើញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="73"/>
        <source>Referred</source>
        <translation>បានបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="74"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="75"/>
        <source>Urgency</source>
        <translation>ភាពបន្ទាន់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="76"/>
        <source>Status since</source>
        <translation>ស្ថានភាពតាំងពី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="77"/>
        <source>Answer expected</source>
        <translation>រំពឹងចម្លើយនៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="78"/>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="79"/>
        <source>Not overdue</source>
        <translation>មិនហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="80"/>
        <source>Consent to share</source>
        <translation>យល់ព្រមចែករំលែក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="81"/>
        <source>Referring office</source>
        <translation>ការិយាល័យបញ្ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="82"/>
        <source>From visit</source>
        <translation>ពីការចុះត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="83"/>
        <source>Accepted</source>
        <translation>បានទទួលយក</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="84"/>
        <source>Declined</source>
        <translation>បានបដិសេធ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="85"/>
        <source>No response</source>
        <translation>គ្មានចម្លើយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="86"/>
        <source>Service provided</source>
        <translation>បានផ្ដល់សេវា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="87"/>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="88"/>
        <source>Cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="89"/>
        <source>Emergency</source>
        <translation>បន្ទាន់បំផុត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="90"/>
        <source>High</source>
        <translation>ខ្ពស់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="91"/>
        <source>Normal</source>
        <translation>ធម្មតា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="92"/>
        <source>Low</source>
        <translation>ទាប</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="93"/>
        <source>Telephone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="94"/>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="95"/>
        <source>Project</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="96"/>
        <source>Partner</source>
        <translation>ដៃគូ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="97"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="98"/>
        <source>Budget</source>
        <translation>ថវិកា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="99"/>
        <source>Expenditure</source>
        <translation>ការចំណាយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="100"/>
        <source>Currency</source>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="101"/>
        <source>Target withdrawn</source>
        <translation>គោលដៅបានដកចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="102"/>
        <source>Target prevented</source>
        <translation>គោលដៅបានបង្ការ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="103"/>
        <source>Region</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="104"/>
        <source>Donor</source>
        <translation>ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="105"/>
        <source>Funding</source>
        <translation>មូលនិធិ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="106"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="107"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="108"/>
        <source>Participants (F)</source>
        <translation>អ្នកចូលរួម (ស្រី)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="109"/>
        <source>Participants (M)</source>
        <translation>អ្នកចូលរួម (ប្រុស)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="110"/>
        <source>Output</source>
        <translation>ធាតុចេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="111"/>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="112"/>
        <source>Baseline</source>
        <translation>ទិន្នន័យមូលដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="113"/>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="114"/>
        <source>Actual</source>
        <translation>លទ្ធផលជាក់ស្តែង</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="115"/>
        <source>Due</source>
        <translation>កាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="116"/>
        <source>Submitted</source>
        <translation>បានដាក់ជូន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="117"/>
        <source>Approved</source>
        <translation>បានអនុម័ត</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="118"/>
        <source>Reopen reason</source>
        <translation>មូលហេតុបើកឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="119"/>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="120"/>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="121"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="122"/>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="123"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="124"/>
        <source>Active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="125"/>
        <source>Headquarters</source>
        <translation>ការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="126"/>
        <source>Acronym</source>
        <translation>អក្សរកាត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="127"/>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="128"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="129"/>
        <source>Age group</source>
        <translation>ក្រុមអាយុ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="130"/>
        <source>Follow-up</source>
        <translation>ការចុះតាមដាន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="131"/>
        <source>Follow-up overdue</source>
        <translation>ការចុះតាមដានហួសកាលកំណត់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="132"/>
        <source>Draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="195"/>
        <source>There is no file {path}.</source>
        <translation>គ្មានឯកសារ {path} ទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="196"/>
        <source>{path} is a folder, not a spreadsheet.</source>
        <translation>{path} ជាថតឯកសារ មិនមែនជាឯកសារតារាងទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="197"/>
        <source>Could not read {path}: {error}.</source>
        <translation>មិនអាចអាន {path} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="198"/>
        <source>{name} is not an Excel workbook (.xlsx); it may be damaged.</source>
        <translation>{name} មិនមែនជាសៀវភៅបញ្ជី Excel (.xlsx) ទេ; វាប្រហែលជាខូច។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="199"/>
        <source>{name}: save the sheet as .xlsx or CSV (UTF-8) and import that file.</source>
        <translation>{name}៖ សូមរក្សាទុកតារាងជា .xlsx ឬ CSV (UTF-8) ហើយនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="200"/>
        <source>{name} is empty.</source>
        <translation>{name} ទទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="201"/>
        <source>{name} is not a text (CSV) file.</source>
        <translation>{name} មិនមែនជាឯកសារអត្ថបទ (CSV) ទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="202"/>
        <source>{name} is not UTF-8 text: in Excel use “Save as… CSV UTF-8 (comma delimited)”.</source>
        <translation>{name} មិនមែនជាអត្ថបទ UTF-8 ទេ៖ ក្នុង Excel សូមប្រើ “Save as… CSV UTF-8 (comma delimited)”។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="203"/>
        <source>{name} has a line longer than {maximum} characters; it is not a table.</source>
        <translation>{name} មានបន្ទាត់វែងជាង {maximum} តួអក្សរ; វាមិនមែនជាតារាងទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="204"/>
        <source>{name} has a row longer than {maximum} characters; it is not a table.</source>
        <translation>{name} មានជួរដេកវែងជាង {maximum} តួអក្សរ; វាមិនមែនជាតារាងទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="205"/>
        <source>{name}, row {row}: not a valid CSV line ({error}).</source>
        <translation>{name} ជួរដេក {row}៖ មិនមែនជាបន្ទាត់ CSV ត្រឹមត្រូវទេ ({error})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="206"/>
        <source>{name} has more than {maximum} rows; split it into smaller files.</source>
        <translation>{name} មានជួរដេកលើសពី {maximum}; សូមបំបែកវាជាឯកសារតូចៗ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="207"/>
        <source>{name}, row {row}: more than {maximum} columns; it is not a register.</source>
        <translation>{name} ជួរដេក {row}៖ មានជួរឈរលើសពី {maximum}; វាមិនមែនជាបញ្ជីទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="208"/>
        <source>{name}, row {row}: a cell longer than {maximum} characters.</source>
        <translation>{name} ជួរដេក {row}៖ មានក្រឡាវែងជាង {maximum} តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="209"/>
        <source>{name} is not a readable Excel workbook (.xlsx).</source>
        <translation>{name} មិនមែនជាសៀវភៅបញ្ជី Excel (.xlsx) ដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="210"/>
        <source>{name} has no worksheet.</source>
        <translation>{name} គ្មានសន្លឹកកិច្ចការទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="211"/>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name} មិនមែនជាសៀវភៅបញ្ជី Excel (.xlsx) ទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="212"/>
        <source>{name} is suspiciously compressed; it is refused.</source>
        <translation>{name} ត្រូវបានបង្ហាប់គួរឱ្យសង្ស័យ; វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="213"/>
        <source>{name} holds more text than a register can; split it into smaller files.</source>
        <translation>{name} មានអត្ថបទច្រើនជាងបញ្ជីអាចមាន; សូមបំបែកវាជាឯកសារតូចៗ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="214"/>
        <source>{name} is too large to import; split it into smaller files.</source>
        <translation>{name} ធំពេកសម្រាប់នាំចូល; សូមបំបែកវាជាឯកសារតូចៗ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="215"/>
        <source>{name} holds XML that spreadsheet programs do not write; it is refused.</source>
        <translation>{name} មាន XML ដែលកម្មវិធីតារាងមិនសរសេរ; វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="216"/>
        <source>{name} has a row of more than {maximum} cells; it is not a register.</source>
        <translation>{name} មានជួរដេកដែលមានក្រឡាលើសពី {maximum}; វាមិនមែនជាបញ្ជីទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="217"/>
        <source>{name} has a cell longer than {maximum} characters; it is not a register.</source>
        <translation>{name} មានក្រឡាវែងជាង {maximum} តួអក្សរ; វាមិនមែនជាបញ្ជីទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="218"/>
        <source>{name}: the worksheet is damaged after row {row}.</source>
        <translation>{name}៖ សន្លឹកកិច្ចការខូចបន្ទាប់ពីជួរដេក {row}។</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="137"/>
        <source>count</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="138"/>
        <source>percent</source>
        <translation>ភាគរយ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="139"/>
        <source>deliverable</source>
        <translation>លទ្ធផលត្រូវផ្តល់</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="140"/>
        <source>text</source>
        <translation>អត្ថបទ</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="149"/>
        <source>{field} is required.</source>
        <translation>{field} ត្រូវតែបំពេញ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="150"/>
        <source>{field} must be a date written as YYYY-MM-DD (got “{value}”).</source>
        <translation>{field} ត្រូវតែជាកាលបរិច្ឆេទដែលសរសេរជា YYYY-MM-DD (បានបញ្ចូល «{value}»)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="151"/>
        <source>{field}: {month_name} has {days} days in {year}.</source>
        <translation>{field}: ខែ{month_name} ឆ្នាំ{year} មាន {days} ថ្ងៃ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="152"/>
        <source>{field}: a year has 12 months (got “{value}”).</source>
        <translation>{field}: មួយឆ្នាំមាន 12 ខែ (បានវាយ “{value}”)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="153"/>
        <source>{field} cannot be in the future ({value}).</source>
        <translation>{field} មិនអាចជាថ្ងៃអនាគតបានទេ ({value})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="154"/>
        <source>{field} must be a whole number (got “{value}”).</source>
        <translation>{field} ត្រូវតែជាចំនួនគត់ (បានបញ្ចូល «{value}»)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="155"/>
        <source>{field} must be a number (got “{value}”).</source>
        <translation>{field} ត្រូវតែជាលេខ (បានបញ្ចូល «{value}»)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="156"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} មិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="157"/>
        <source>{field} cannot be more than {maximum}.</source>
        <translation>{field} មិនអាចលើសពី {maximum} បានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="158"/>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field} ត្រូវតែជាតម្លៃមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="159"/>
        <source>{field}: the child must be aged {low}-{high} at intake (age {age}).</source>
        <translation>{field}៖ កុមារត្រូវតែមានអាយុ {low}-{high} ឆ្នាំ នៅពេលចុះឈ្មោះ (អាយុ {age} ឆ្នាំ)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="160"/>
        <source>{field} cannot be before {other} ({other_value}).</source>
        <translation>{field} មិនអាចមុន {other} ({other_value}) បានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="161"/>
        <source>{field} cannot be after {other} ({other_value}).</source>
        <translation>{field} មិនអាចក្រោយ {other} ({other_value}) បានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="162"/>
        <source>{field} ({value}) is outside the action programme&apos;s dates ({start} to {end}).</source>
        <translation>{field} ({value}) ស្ថិតនៅក្រៅកាលបរិច្ឆេទរបស់កម្មវិធីសកម្មភាព ({start} ដល់ {end})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="163"/>
        <source>{field} “{value}” is already used by another record.</source>
        <translation>{field} «{value}» ត្រូវបានប្រើរួចហើយដោយកំណត់ត្រាផ្សេងទៀត។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="164"/>
        <source>{field} is too long ({length} characters; at most {maximum}).</source>
        <translation>{field} វែងពេក ({length} តួអក្សរ; អតិបរមា {maximum})។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="165"/>
        <source>{field} ({value}) falls in the approved reporting period {period}; it is locked.</source>
        <translation>{field} ({value}) ស្ថិតក្នុងរយៈពេលរាយការណ៍ {period} ដែលបានអនុម័តរួច។ វាត្រូវបានចាក់សោ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="166"/>
        <source>{field}: “{value}” does not exist.</source>
        <translation>{field}៖ «{value}» មិនមានទេ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="167"/>
        <source>{field}: choose at least one child.</source>
        <translation>{field}៖ សូមជ្រើសរើសកុមារយ៉ាងហោចណាស់ម្នាក់។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="168"/>
        <source>{field} must be from {minimum} to {maximum} (got “{value}”).</source>
        <translation>{field} ត្រូវតែនៅចន្លោះពី {minimum} ដល់ {maximum} (បានទទួល “{value}”)។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="169"/>
        <source>{field} is recorded only for a child who works.</source>
        <translation>{field} កត់ត្រាតែសម្រាប់កុមារដែលធ្វើការប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="170"/>
        <source>{field} cannot be less than {minimum}.</source>
        <translation>{field} មិនអាចតិចជាង {minimum} បានទេ។</translation>
    </message>
</context>
</TS>
