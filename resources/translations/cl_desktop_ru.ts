<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="112"/>
        <source>Click to list them</source>
        <translation>Нажмите, чтобы увидеть список</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="136"/>
        <source>Open the overdue referrals</source>
        <translation>Открыть просроченные направления</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="63"/>
        <source>Fonts bundled unmodified for Latin, Cyrillic and Khmer text.</source>
        <translation>Шрифты для латиницы, кириллицы и кхмерского письма включены без изменений.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="70"/>
        <source>Shipped as separate, replaceable libraries; the source is available from the Qt Company.</source>
        <translation>Поставляются как отдельные заменяемые библиотеки; исходный код можно получить в компании Qt.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="142"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="145"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="146"/>
        <source>&amp;Licences</source>
        <translation>&amp;Лицензии</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="164"/>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="170"/>
        <source>Offline monitoring of child-labour elimination projects: children, services, follow-ups, reports and sync.</source>
        <translation>Автономный мониторинг проектов по искоренению детского труда: дети, услуги, контрольные посещения, отчеты и синхронизация.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="179"/>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation>Распространяется по лицензии Apache License, версия 2.0.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="188"/>
        <source>Python {python}, Qt {qt}, {kind}</source>
        <translation>Python {python}, Qt {qt}, {kind}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="191"/>
        <source>installed build</source>
        <translation>установленная сборка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="191"/>
        <source>running from source</source>
        <translation>запуск из исходного кода</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="212"/>
        <source>Your data is kept in {folder}; uninstalling the program does not remove it.</source>
        <translation>Ваши данные хранятся в папке {folder}; при удалении программы они не удаляются.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="219"/>
        <source>{app} includes these components:</source>
        <translation>В состав {app} входят следующие компоненты:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="221"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="221"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/about.py" line="221"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="103"/>
        <source>Activity — edit</source>
        <translation>Мероприятие — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="103"/>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="108"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="110"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="112"/>
        <source>&amp;Start date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="113"/>
        <source>&amp;End date</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="119"/>
        <source>Action &amp;programme</source>
        <translation>Программа &amp;действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="121"/>
        <source>P&amp;lace</source>
        <translation>Мес&amp;то</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="123"/>
        <source>Participants and output</source>
        <translation>Участники и результат</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="124"/>
        <source>Participants: women and &amp;girls</source>
        <translation>Участники: &amp;женщины и девочки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="125"/>
        <source>Participants: men and &amp;boys</source>
        <translation>Участники: мужчины и &amp;мальчики</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="129"/>
        <source>&amp;Output</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="141"/>
        <source>This activity falls in the approved reporting period {period}; it is read-only.</source>
        <translation>Мероприятие относится к утвержденному отчетному периоду {period}; оно доступно только для чтения.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../cl_desktop/ui/charts.py" line="217"/>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/charts.py" line="229"/>
        <source>Nothing recorded yet</source>
        <translation>Данных пока нет</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="95"/>
        <source>Reference {ref} of the Technical Progress Report: Reports → Export evidence lists the children or households counted.</source>
        <translation>Ссылка {ref} технического отчета о ходе работ: «Отчеты → Экспорт подтверждений» перечисляет учтенных детей или домохозяйства.</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="90"/>
        <source>Child record — edit</source>
        <translation>Карточка ребенка — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="91"/>
        <source>Child intake</source>
        <translation>Регистрация ребенка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="106"/>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="110"/>
        <source>Case number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="112"/>
        <source>&amp;Name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="113"/>
        <source>as written, in any script</source>
        <translation>как написано, любым алфавитом</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="114"/>
        <source>Name in &amp;Latin letters</source>
        <translation>ФИО &amp;латиницей</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="115"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="165"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="115"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="165"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="116"/>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="119"/>
        <source>or &amp;age (estimated)</source>
        <translation>или &amp;возраст (прибл.)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="122"/>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="126"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="561"/>
        <source>Age (estimated)</source>
        <translation>Возраст (примерный)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="129"/>
        <source>&amp;Intake date</source>
        <translation>Дата ре&amp;гистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="135"/>
        <source>Action &amp;programme</source>
        <translation>Программа &amp;действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="138"/>
        <source>&amp;Location</source>
        <translation>&amp;Местонахождение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="142"/>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="145"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="146"/>
        <source>An existing household in the village</source>
        <translation>Существующее домохозяйство в населенном пункте</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="147"/>
        <source>A new household</source>
        <translation>Новое домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="150"/>
        <source>Hous&amp;ehold</source>
        <translation>Домо&amp;хозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="152"/>
        <source>Relationship to the head</source>
        <translation>Кем приходится главе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="155"/>
        <source>Existing household</source>
        <translation>Существующее домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="159"/>
        <source>New household</source>
        <translation>Новое домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="160"/>
        <source>Head of household</source>
        <translation>Глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="164"/>
        <source>Head&apos;s sex</source>
        <translation>Пол главы домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="167"/>
        <source>Members</source>
        <translation>Членов домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="168"/>
        <source>Children under 18</source>
        <translation>Детей до 18 лет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="172"/>
        <source>Poverty markers</source>
        <translation>Признаки бедности</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="181"/>
        <source>Guardian and consent</source>
        <translation>Опекун и согласие</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="182"/>
        <source>&amp;Guardian</source>
        <translation>Родитель или &amp;опекун</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="183"/>
        <source>Relation</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="184"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="184"/>
        <source>The guardian gave informed &amp;consent</source>
        <translation>Информированное &amp;согласие получено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="185"/>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="187"/>
        <source>Work at intake</source>
        <translation>Работа при регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="188"/>
        <source>Working</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="188"/>
        <source>The child &amp;works</source>
        <translation>Ребенок р&amp;аботает</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="189"/>
        <source>Activities</source>
        <translation>Виды работ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="190"/>
        <source>Sec&amp;tor</source>
        <translation>О&amp;трасль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="191"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="195"/>
        <source>Ha&amp;zardous conditions</source>
        <translation>Опасные &amp;условия труда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="198"/>
        <source>Age started work</source>
        <translation>Возраст начала работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="199"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="199"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="200"/>
        <source>Has a job to return to</source>
        <translation>Есть работа, на которую можно вернуться</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="201"/>
        <source>Household &amp;chores (hours a week)</source>
        <translation>&amp;Домашние дела (часов в неделю)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="205"/>
        <source>Hazardous household tasks</source>
        <translation>Опасные домашние дела</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="209"/>
        <source>School and risk</source>
        <translation>Школа и риски</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="210"/>
        <source>&amp;School status</source>
        <translation>Обучение в &amp;школе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="212"/>
        <source>&amp;Risk factors</source>
        <translation>Факторы р&amp;иска</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="217"/>
        <source>N&amp;otes</source>
        <translation>Прим&amp;ечания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="234"/>
        <source>&lt;b&gt;Work status at intake&lt;/b&gt;</source>
        <translation>&lt;b&gt;Трудовой статус при регистрации&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="243"/>
        <location filename="../../cl_desktop/ui/forms/child.py" line="460"/>
        <source>&lt;b&gt;Children who resemble this one&lt;/b&gt;</source>
        <translation>&lt;b&gt;Похожие дети&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="245"/>
        <source>Filled name, sex, date of birth and village are compared with the children already registered.</source>
        <translation>Введенные ФИО, пол, дата рождения и населенный пункт сравниваются с данными уже зарегистрированных детей.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="252"/>
        <source>&amp;Open the selected child</source>
        <translation>&amp;Открыть выбранного ребенка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="255"/>
        <source>This is a &amp;different child</source>
        <translation>Это &amp;другой ребенок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="329"/>
        <source>This child was registered in the approved reporting period {period}; the record is read-only. Headquarters can reopen the period.</source>
        <translation>Ребенок зарегистрирован в утвержденном отчетном периоде {period}; карточка доступна только для чтения. Национальный офис может вновь открыть период.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="376"/>
        <source>{head} ({code}, {members} members)</source>
        <translation>{head} ({code}, членов семьи: {members})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="397"/>
        <source>Type the date of birth (or the age) and the intake date.</source>
        <translation>Введите дату рождения (или возраст) и дату регистрации.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="456"/>
        <source>&lt;b&gt;Registered children who resemble this one: %n&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Похожих зарегистрированных детей: %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Похожих зарегистрированных детей: %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Похожих зарегистрированных детей: %n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/child.py" line="479"/>
        <source>Registered children who resemble this one: %n. Open them to check, or tick “This is a different child”. Save as a new child anyway?</source>
        <translation>
            <numerusform>Похожих зарегистрированных детей: %n. Откройте их для проверки или отметьте «Это другой ребенок». Все равно сохранить как нового ребенка?</numerusform>
            <numerusform>Похожих зарегистрированных детей: %n. Откройте их для проверки или отметьте «Это другой ребенок». Все равно сохранить как нового ребенка?</numerusform>
            <numerusform>Похожих зарегистрированных детей: %n. Откройте их для проверки или отметьте «Это другой ребенок». Все равно сохранить как нового ребенка?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="529"/>
        <source>Saved {name}, case number {case}.</source>
        <translation>Сохранено: {name}, номер дела {case}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/child.py" line="531"/>
        <source>Registered {name}: the case number is {case}.</source>
        <translation>{name} зарегистрирован(а): номер дела {case}.</translation>
    </message>
</context>
<context>
    <name>ChildRecordView</name>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="79"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="80"/>
        <source>Add &amp;service</source>
        <translation>Добавить &amp;услугу</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="81"/>
        <source>Add &amp;follow-up</source>
        <translation>Добавить &amp;посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="82"/>
        <source>&amp;Refer…</source>
        <translation>&amp;Направить…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="84"/>
        <source>Refer the child to an organisation for a service</source>
        <translation>Направить ребёнка в организацию за услугой</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="85"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Передать…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="87"/>
        <source>Hand this child to another office (the family moved)</source>
        <translation>Передать ребёнка другому офису (семья переехала)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="102"/>
        <source>Profile</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="107"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="144"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="115"/>
        <source>&lt;b&gt;Work status at intake&lt;/b&gt;</source>
        <translation>&lt;b&gt;Трудовой статус при регистрации&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="118"/>
        <source>&lt;b&gt;Withdrawn / prevented&lt;/b&gt;</source>
        <translation>&lt;b&gt;Выведен(а) / вовлечение предотвращено&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="143"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>Provider</source>
        <translation>Поставщик услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="126"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="130"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="131"/>
        <source>Work status</source>
        <translation>Трудовой статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="132"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="133"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="324"/>
        <source>Hazards</source>
        <translation>Опасные условия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="134"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="325"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="135"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="136"/>
        <source>Visited by</source>
        <translation>Посещение провел(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="141"/>
        <source>Referred</source>
        <translation>Направлен(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="142"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="145"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="146"/>
        <source>Answer expected</source>
        <translation>Ответ ожидается</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="152"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="154"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="155"/>
        <source>Follow-ups</source>
        <translation>Контрольные посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="156"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="157"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="192"/>
        <source>girl</source>
        <translation>девочка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="192"/>
        <source>boy</source>
        <translation>мальчик</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="197"/>
        <source>{case} · {sex} · age {age} at intake</source>
        <translation>{case} · {sex} · возраст при регистрации: {age}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="207"/>
        <source>Registered in the approved reporting period {period}: the intake is read-only.</source>
        <translation>Зарегистрирован(а) в утвержденном отчетном периоде {period}: регистрационные данные доступны только для чтения.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="213"/>
        <source>Transferred to {office} on {day}: the record is read-only here.</source>
        <translation>Передан в {office} {day}: здесь запись доступна только для чтения.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="218"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="223"/>
        <source>The child was transferred to another office.</source>
        <translation>Ребенок передан в другой офис.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="232"/>
        <source>Not counted</source>
        <translation>Не учитывается</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="245"/>
        <source>Hand {case} to which office?</source>
        <translation>Какому офису передать {case}?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="246"/>
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="293"/>
        <source>{head} ({code}, {members} members)</source>
        <translation>{head} ({code}, членов семьи: {members})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="298"/>
        <source>(estimated)</source>
        <translation>(примерно)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="302"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="303"/>
        <source>Village</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="304"/>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="306"/>
        <source>Guardian</source>
        <translation>Родитель или опекун</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="310"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="311"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="355"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="313"/>
        <source>Intake date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="314"/>
        <source>Action programme</source>
        <translation>Программа действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="316"/>
        <source>Work at intake</source>
        <translation>Работа при регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="319"/>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="349"/>
        <source>{hours} h/week</source>
        <translation>{hours} ч/нед.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="322"/>
        <source>not working</source>
        <translation>не работает</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="326"/>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="353"/>
        <source>Relationship to the head</source>
        <translation>Кем приходится главе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="354"/>
        <source>Household chores</source>
        <translation>Работа по дому</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="355"/>
        <source>Has a job to return to</source>
        <translation>Есть работа, на которую можно вернуться</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="355"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="359"/>
        <source>Location (latitude, longitude)</source>
        <translation>Местоположение (широта, долгота)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="384"/>
        <source>Services (%n)</source>
        <translation>
            <numerusform>Услуги (%n)</numerusform>
            <numerusform>Услуги (%n)</numerusform>
            <numerusform>Услуги (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="403"/>
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Контрольные посещения (%n)</numerusform>
            <numerusform>Контрольные посещения (%n)</numerusform>
            <numerusform>Контрольные посещения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="426"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="440"/>
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>Направления (%n)</numerusform>
            <numerusform>Направления (%n)</numerusform>
            <numerusform>Направления (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="452"/>
        <source>registered</source>
        <translation>зарегистрирован(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="454"/>
        <source>deleted</source>
        <translation>удален(а)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/record/child_view.py" line="462"/>
        <source>History (%n)</source>
        <translation>
            <numerusform>История (%n)</numerusform>
            <numerusform>История (%n)</numerusform>
            <numerusform>История (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="40"/>
        <source>Child record</source>
        <translation>Карточка ребенка</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="92"/>
        <source>Welcome to CL Desktop</source>
        <translation>Добро пожаловать в CL Desktop</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="93"/>
        <source>There is no database on this computer yet. What would you like to do?</source>
        <translation>На этом компьютере еще нет базы данных. Что вы хотите сделать?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="102"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="105"/>
        <source>Latin digits (0123456789)</source>
        <translation>Латинские цифры (0123456789)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="106"/>
        <source>Khmer digits (០១២៣៤៥៦៧៨៩)</source>
        <translation>Кхмерские цифры (០១២៣៤៥៦៧៨៩)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="110"/>
        <source>&amp;Digits</source>
        <translation>&amp;Цифры</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="115"/>
        <source>&amp;Join headquarters with a setup file (an office headquarters enrolled)</source>
        <translation>&amp;Подключиться к национальному офису по файлу настройки (офис, добавленный национальным офисом)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="117"/>
        <source>Create an &amp;office database (district or provincial office)</source>
        <translation>Создать базу данных &amp;офиса (районный или областной офис)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="119"/>
        <source>Create a &amp;headquarters database (national project office)</source>
        <translation>Создать базу данных &amp;национального офиса проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="121"/>
        <source>Open the &amp;demo (sample projects, children and results)</source>
        <translation>Открыть &amp;демоверсию (примеры проектов, детей и результатов)</translation>
    </message>
</context>
<context>
    <name>CoordinatesMixin</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="44"/>
        <source>latitude</source>
        <translation>широта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="44"/>
        <source>longitude</source>
        <translation>долгота</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="45"/>
        <source>From a photo…</source>
        <translation>Из фотографии…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="47"/>
        <source>Read the coordinates a phone or camera recorded in a photo</source>
        <translation>Прочитать координаты, записанные телефоном или камерой в фотографию</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="51"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="54"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="65"/>
        <source>Choose a photo taken there</source>
        <translation>Выберите фотографию, сделанную на месте</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="69"/>
        <source>Photos (*.jpg *.jpeg *.tif *.tiff *.png *.webp)</source>
        <translation>Фотографии (*.jpg *.jpeg *.tif *.tiff *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="69"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="85"/>
        <source>{name} is not a photo that can be read.</source>
        <translation>{name} — не фотография, которую можно прочитать.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/coordinates.py" line="87"/>
        <source>{name} holds no location: the camera did not record where it was taken.</source>
        <translation>В {name} нет местоположения: камера не записала, где сделан снимок.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="87"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="92"/>
        <source>CL Desktop hit an unexpected error. Your saved data is safe: every save is written to disk at once. Please send the details below to whoever supports your installation.</source>
        <translation>В CL Desktop произошла непредвиденная ошибка. Сохраненные данные не пострадали: каждое сохранение сразу записывается на диск. Отправьте приведенные ниже сведения специалисту, который обслуживает вашу установку.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="99"/>
        <source>The details were also saved to {path}</source>
        <translation>Сведения также сохранены в файл {path}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/errors.py" line="109"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
</context>
<context>
    <name>CustomFieldForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="22"/>
        <source>Child intake</source>
        <translation>Регистрация ребенка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="23"/>
        <source>Follow-up visit</source>
        <translation>Контрольное посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="24"/>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="25"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="28"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="29"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="31"/>
        <source>Yes or no</source>
        <translation>Да или нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="32"/>
        <source>One choice</source>
        <translation>Один вариант</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="33"/>
        <source>Several choices</source>
        <translation>Несколько вариантов</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="64"/>
        <source>Extra field — edit</source>
        <translation>Дополнительное поле — правка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="64"/>
        <source>New extra field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="73"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="75"/>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="76"/>
        <source>&amp;Form</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="77"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="78"/>
        <source>a-z, 0-9 and _; the column header in exports</source>
        <translation>a-z, 0-9 и _; заголовок столбца при выгрузке</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="79"/>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="82"/>
        <source>Labels and help</source>
        <translation>Названия и подсказки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="83"/>
        <source>Label in &amp;English</source>
        <translation>Название на &amp;английском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="84"/>
        <source>Label in &amp;Khmer</source>
        <translation>Название на &amp;кхмерском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="85"/>
        <source>Label in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="86"/>
        <source>Help in English</source>
        <translation>Подсказка на английском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="87"/>
        <source>Help in Khmer</source>
        <translation>Подсказка на кхмерском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="88"/>
        <source>Help in Russian</source>
        <translation>Подсказка на русском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="89"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="90"/>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="90"/>
        <source>A value must be &amp;given</source>
        <translation>Значение &amp;обязательно</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="91"/>
        <source>Lowest &amp;number</source>
        <translation>&amp;Наименьшее число</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="92"/>
        <source>Highest n&amp;umber</source>
        <translation>Наи&amp;большее число</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="96"/>
        <source>one a line: code = English | Khmer | Russian</source>
        <translation>по одному в строке: код = English | кхмерский | русский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="97"/>
        <source>C&amp;hoices</source>
        <translation>&amp;Варианты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="98"/>
        <source>On the form</source>
        <translation>На форме</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="99"/>
        <source>&amp;Section in English</source>
        <translation>Раздел на англ&amp;ийском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="100"/>
        <source>Project questions</source>
        <translation>Вопросы проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="101"/>
        <source>Sect&amp;ion in Khmer</source>
        <translation>Раздел на кх&amp;мерском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="102"/>
        <source>Section in Russi&amp;an</source>
        <translation>Раздел на р&amp;усском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="103"/>
        <source>(always shown)</source>
        <translation>(показывается всегда)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="104"/>
        <source>Show &amp;when this field has a value</source>
        <translation>Показывать, ко&amp;гда заполнено поле</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="105"/>
        <source>&amp;Order</source>
        <translation>Поря&amp;док</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="106"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="106"/>
        <source>Show in &amp;lists and reports</source>
        <translation>Показывать в &amp;списках и отчетах</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="108"/>
        <source>A field is never deleted: retire it to hide it from new entry; the values recorded with it stay.</source>
        <translation>Поле никогда не удаляется: выведите его из употребления, чтобы скрыть при новом вводе; записанные значения сохраняются.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPanel</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="93"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="93"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="100"/>
        <source>Project questions</source>
        <translation>Вопросы проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom.py" line="107"/>
        <source>{label} (retired)</source>
        <translation>{label} (больше не используется)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsPreview</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="164"/>
        <source>Preview: {form} of {project}</source>
        <translation>Просмотр: {form}, проект {project}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="169"/>
        <source>&amp;Check the answers</source>
        <translation>&amp;Проверить ответы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="170"/>
        <source>As a clerk sees these questions; nothing typed here is saved.</source>
        <translation>Так эти вопросы видит оператор; введенное здесь не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/custom_field.py" line="194"/>
        <source>The answers are valid; a preview saves nothing.</source>
        <translation>Ответы верны; при просмотре ничего не сохраняется.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="44"/>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="53"/>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="66"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="67"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="68"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="69"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="70"/>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="71"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="84"/>
        <source>&amp;New field…</source>
        <translation>&amp;Новое поле…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="86"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="88"/>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="158"/>
        <source>&amp;Retire</source>
        <translation>&amp;Вывести из употребления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="90"/>
        <source>Pre&amp;view the form…</source>
        <translation>П&amp;росмотр формы…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="92"/>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="100"/>
        <source>Headquarters&apos; administrators define the extra fields; offices receive them.</source>
        <translation>Дополнительные поля определяют администраторы национального офиса; офисы получают их.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="141"/>
        <source>Project questions</source>
        <translation>Вопросы проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="142"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="143"/>
        <source>Retired</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="143"/>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="155"/>
        <source>Select a field in the list first.</source>
        <translation>Сначала выберите поле в списке.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/custom_fields.py" line="158"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Вернуть</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="47"/>
        <source>POC1 in child labour</source>
        <translation>POC1: заняты детским трудом</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="48"/>
        <source>POC2 in hazardous child labour</source>
        <translation>POC2: заняты опасным детским трудом</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="49"/>
        <source>POC3 in other worst forms</source>
        <translation>POC3: в других наихудших формах</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="50"/>
        <source>POC4 attending school regularly</source>
        <translation>POC4: регулярно посещают школу</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="164"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="174"/>
        <source>Withdrawn and prevented of one action programme</source>
        <translation>Выведенные дети и дети, вовлечение которых предотвращено, по одной программе действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="176"/>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="177"/>
        <source>P&amp;eriod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="178"/>
        <source>Pro&amp;gramme:</source>
        <translation>Про&amp;грамма:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="188"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="209"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="533"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="541"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="551"/>
        <source>Withdrawn (cumulative)</source>
        <translation>Выведено (нарастающим итогом)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="210"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="534"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="542"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="552"/>
        <source>Prevented (cumulative)</source>
        <translation>Предотвращено вовлечение (нарастающим итогом)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="211"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="535"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="564"/>
        <source>E1 education services</source>
        <translation>E1: образовательные услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="212"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="536"/>
        <source>L1 households, livelihood</source>
        <translation>L1: домохозяйства, средства к существованию</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="213"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="537"/>
        <source>Overdue follow-ups</source>
        <translation>Просроченные контрольные посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="214"/>
        <source>Overdue referrals</source>
        <translation>Просроченные направления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="215"/>
        <source>Open the overdue referrals</source>
        <translation>Открыть просроченные направления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="228"/>
        <source>Children withdrawn against target</source>
        <translation>Выведено детей относительно целевого значения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="229"/>
        <source>Children prevented against target</source>
        <translation>Предотвращено вовлечение детей относительно целевого значения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="230"/>
        <source>Withdrawn by age group (cumulative)</source>
        <translation>Выведено, по возрастным группам (нарастающим итогом)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="231"/>
        <source>Prevented by age group (cumulative)</source>
        <translation>Предотвращено вовлечение, по возрастным группам (нарастающим итогом)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="232"/>
        <source>E1: children given education services, by service (cumulative)</source>
        <translation>E1: дети, получившие образовательные услуги, по видам услуг (нарастающим итогом)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="233"/>
        <source>Participant children (POC), % of registered</source>
        <translation>Дети — участники проекта (POC), % от зарегистрированных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="234"/>
        <source>Withdrawn and prevented by action programme, against target</source>
        <translation>Выведено и предотвращено вовлечение, по программам действий, относительно целевого значения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="260"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="270"/>
        <source>Double-click or Enter: list the records of a finding</source>
        <translation>Двойной щелчок или Enter: список записей замечания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="314"/>
        <source>All action programmes</source>
        <translation>Все программы действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="331"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="332"/>
        <source>submitted</source>
        <translation>представлен</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="333"/>
        <source>approved</source>
        <translation>утвержден</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="361"/>
        <source>No project yet: create one on the Projects page.</source>
        <translation>Проектов пока нет: создайте проект на странице «Проекты».</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="368"/>
        <source>Computing…</source>
        <translation>Расчет…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="376"/>
        <source>Computing the dashboard…</source>
        <translation>Расчет сводки…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="414"/>
        <source>Figures up to {end}; this period: {start} – {end}.</source>
        <translation>Данные по состоянию на {end}; текущий период: {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="419"/>
        <source>Figures up to today.</source>
        <translation>Данные на сегодня.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="423"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="460"/>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="423"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="461"/>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="431"/>
        <source>target {target}{pct} · this period {n}</source>
        <translation>цель {target}{pct} · за период {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="440"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="444"/>
        <source>this period {n}</source>
        <translation>за период {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="449"/>
        <source>no visit for {days} days</source>
        <translation>без посещения, дней: {days}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="452"/>
        <source>no answer or no service in time</source>
        <translation>нет ответа или услуги в срок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="462"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="463"/>
        <source>This period</source>
        <translation>За отчетный период</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="475"/>
        <source>{group} years</source>
        <translation>{group} лет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="479"/>
        <source>other ages</source>
        <translation>другой возраст</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="486"/>
        <source>No education services recorded yet</source>
        <translation>Образовательные услуги пока не внесены</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="502"/>
        <source>No action programmes yet</source>
        <translation>Программ действий пока нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="506"/>
        <source>No data-quality problems found.</source>
        <translation>Проблем с качеством данных не выявлено.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="539"/>
        <source>girls</source>
        <translation>девочки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="539"/>
        <source>boys</source>
        <translation>мальчики</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="541"/>
        <source>Withdrawn this period</source>
        <translation>Выведено за отчетный период</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="542"/>
        <source>Prevented this period</source>
        <translation>Предотвращено вовлечение за отчетный период</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="576"/>
        <source>Withdrawn and prevented, {programme}</source>
        <translation>Выведено и предотвращено вовлечение, {programme}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="584"/>
        <source>Project: {project}</source>
        <translation>Проект: {project}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="587"/>
        <source>from {start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="592"/>
        <source>up to {end}</source>
        <translation>по {end}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="594"/>
        <source>period {code}</source>
        <translation>период {code}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="597"/>
        <source>action programme {code}</source>
        <translation>программа действий {code}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="599"/>
        <source>all action programmes</source>
        <translation>все программы действий</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="114"/>
        <source>Type the date as {pattern} (or YYYY-MM-DD); Alt+Down opens a calendar.</source>
        <translation>Введите дату в виде {pattern} (или ГГГГ-ММ-ДД); Alt+Вниз открывает календарь.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="120"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="127"/>
        <source>DD/MM/YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/fields.py" line="158"/>
        <source>{field} must be a date written as {pattern} (got “{value}”).</source>
        <translation>{field}: введите дату в виде {pattern} (введено «{value}»).</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="387"/>
        <source>The demo database</source>
        <translation>Демонстрационная база данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="388"/>
        <source>Building the demo: the seed projects with their children, services and follow-ups.</source>
        <translation>Создание демоверсии: примеры проектов с детьми, услугами и контрольными посещениями.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="415"/>
        <source>The demo is ready. Sign in as admin / admin, coordinator / coordinator or clerk / clerk.</source>
        <translation>Демоверсия готова. Войдите как admin / admin, coordinator / coordinator или clerk / clerk.</translation>
    </message>
</context>
<context>
    <name>Dhis2MappingView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="45"/>
        <source>Data set</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="46"/>
        <source>Data elements</source>
        <translation>Элементы данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="47"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="48"/>
        <source>Category options</source>
        <translation>Варианты категорий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="49"/>
        <source>Organisation units</source>
        <translation>Организационные единицы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="62"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="65"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>DHIS2 code</source>
        <translation>Код DHIS2</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="74"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="89"/>
        <source>&amp;Save mapping</source>
        <translation>&amp;Сохранить соответствие</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="94"/>
        <source>Headquarters&apos; administrators keep the mapping; an office reads it.</source>
        <translation>Сопоставление ведут администраторы штаб-квартиры; офис его только читает.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="97"/>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="107"/>
        <source>Headquarters keeps the DHIS2 mapping; this office receives it with the metadata.</source>
        <translation>Соответствие кодам DHIS2 ведет центральный офис; этот офис получает его вместе с метаданными.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="140"/>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="151"/>
        <source>%n mapping row(s) saved.</source>
        <translation>
            <numerusform>Сохранена %n строка соответствия.</numerusform>
            <numerusform>Сохранено %n строки соответствия.</numerusform>
            <numerusform>Сохранено %n строк соответствия.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="155"/>
        <source>Check an export before it leaves</source>
        <translation>Проверить выгрузку перед отправкой</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="158"/>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="171"/>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
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
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="197"/>
        <source>Save the &amp;report…</source>
        <translation>Сохранить &amp;отчёт…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="200"/>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="214"/>
        <source>Run the check first.</source>
        <translation>Сначала выполните проверку.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="219"/>
        <source>There is no project to check.</source>
        <translation>Нет проекта для проверки.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="232"/>
        <source>The export cannot be written: {n} problem(s) to fix first.</source>
        <translation>Выгрузку нельзя записать: сначала исправьте проблемы ({n}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="237"/>
        <source>{n} kind(s) of figures have no code; the export would leave them out, or fix the mapping.</source>
        <translation>Видов показателей без кода: {n}; выгрузка их пропустит — или исправьте сопоставление.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="240"/>
        <source>No problem: {n} data value(s) are ready to export.</source>
        <translation>Проблем нет: значений данных к выгрузке: {n}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="249"/>
        <source>Save the check report</source>
        <translation>Сохранить отчёт о проверке</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="249"/>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/dhis2_mapping.py" line="261"/>
        <source>The check report was saved to {path}.</source>
        <translation>Отчёт о проверке сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="33"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="34"/>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="37"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="35"/>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="38"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="36"/>
        <source>Merge into it</source>
        <translation>Объединить с ней</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/models/duplicates_model.py" line="39"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>FigureListDialog</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/figure_list.py" line="77"/>
        <source>Exported %n row(s) to {path}</source>
        <translation>
            <numerusform>Экспортирована %n строка в {path}</numerusform>
            <numerusform>Экспортировано %n строки в {path}</numerusform>
            <numerusform>Экспортировано %n строк в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="73"/>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="75"/>
        <source>Show the folder that holds the file</source>
        <translation>Показать папку с файлом</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="77"/>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="91"/>
        <source>Cop&amp;y path</source>
        <translation>Копировать &amp;путь</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="79"/>
        <source>Put the file&apos;s full path on the clipboard</source>
        <translation>Скопировать полный путь к файлу в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="102"/>
        <source>{text} It could not be opened: no application on this computer opens {what} files. Open the folder or copy the path to open it another way.</source>
        <translation>{text} Открыть не удалось: на этом компьютере нет программы для файлов {what}. Откройте папку или скопируйте путь, чтобы открыть файл иначе.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="120"/>
        <source>No file manager opened the folder {folder}. Copy the path to find the file.</source>
        <translation>Ни один файловый менеджер не открыл папку {folder}. Скопируйте путь, чтобы найти файл.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/file_notice.py" line="130"/>
        <source>Path copied</source>
        <translation>Путь скопирован</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="441"/>
        <source>CL Desktop — first start</source>
        <translation>CL Desktop — первый запуск</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="509"/>
        <source>Building the demo…</source>
        <translation>Создание демоверсии…</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="28"/>
        <source>Follow-up visit — edit</source>
        <translation>Контрольное посещение — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="28"/>
        <source>Follow-up visit</source>
        <translation>Контрольное посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="34"/>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="36"/>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="35"/>
        <source>(no child)</source>
        <translation>(ребенок не выбран)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="38"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="39"/>
        <source>&amp;Visit date</source>
        <translation>Дата &amp;посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="40"/>
        <source>Working</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="40"/>
        <source>The child &amp;works</source>
        <translation>Ребенок р&amp;аботает</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="41"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="45"/>
        <source>Ha&amp;zardous conditions</source>
        <translation>Опасные &amp;условия труда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="48"/>
        <source>Household &amp;chores (hours a week)</source>
        <translation>&amp;Домашние дела (часов в неделю)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="52"/>
        <source>Hazardous household tasks</source>
        <translation>Опасные домашние дела</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="55"/>
        <source>&amp;School status</source>
        <translation>Обучение в &amp;школе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="56"/>
        <source>School &amp;attendance (%)</source>
        <translation>Посе&amp;щаемость школы (%)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="57"/>
        <source>Visited &amp;by</source>
        <translation>Посещение про&amp;вел(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="62"/>
        <source>N&amp;otes</source>
        <translation>Прим&amp;ечания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="100"/>
        <source>This visit falls in the approved reporting period {period}; it is read-only. Headquarters can reopen the period.</source>
        <translation>Посещение относится к утвержденному отчетному периоду {period}; оно доступно только для чтения. Национальный офис может вновь открыть период.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="108"/>
        <source>Recorded the follow-up visit of {case} on {day}.</source>
        <translation>Записан контрольный визит {case} от {day}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/follow_up.py" line="117"/>
        <source>Open the follow-up form from a child&apos;s record.</source>
        <translation>Откройте форму контрольного посещения из карточки ребенка.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="137"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="140"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>Сохранить (Enter или Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="141"/>
        <source>Save and new</source>
        <translation>Сохранить и создать</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="144"/>
        <source>Save, then start a new record (Ctrl+Shift+S)</source>
        <translation>Сохранить и начать новую запись (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="145"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="147"/>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="383"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="417"/>
        <location filename="../../cl_desktop/ui/forms/base.py" line="497"/>
        <source>Please correct the fields marked in red; nothing was saved.</source>
        <translation>Исправьте поля, выделенные красным; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/base.py" line="543"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>В этой форме есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="26"/>
        <source>Household — edit</source>
        <translation>Домохозяйство — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="26"/>
        <source>New household</source>
        <translation>Новое домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="31"/>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="32"/>
        <source>&amp;Head of household</source>
        <translation>&amp;Глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="33"/>
        <source>Head&apos;s name in &amp;Latin letters</source>
        <translation>ФИО главы &amp;латиницей</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="34"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="34"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="35"/>
        <source>Head&apos;s se&amp;x</source>
        <translation>&amp;Пол главы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="36"/>
        <source>&amp;Members</source>
        <translation>&amp;Членов домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="37"/>
        <source>&amp;Children under 18</source>
        <translation>Де&amp;тей до 18 лет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="41"/>
        <source>&amp;Poverty markers</source>
        <translation>Признаки &amp;бедности</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="47"/>
        <source>&amp;Income sources</source>
        <translation>&amp;Источники дохода</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="50"/>
        <source>Where and when</source>
        <translation>Где и когда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="52"/>
        <source>&amp;Location</source>
        <translation>&amp;Местонахождение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="54"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="59"/>
        <source>Action &amp;programme</source>
        <translation>Программа &amp;действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="60"/>
        <source>&amp;Registration date</source>
        <translation>Дата &amp;регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="81"/>
        <source>Saved household {code} ({head}).</source>
        <translation>Сохранено домохозяйство {code} ({head}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/household.py" line="83"/>
        <source>Registered the household of {head}: its code is {code}.</source>
        <translation>Домохозяйство {head} зарегистрировано: код {code}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="53"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="54"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="55"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="56"/>
        <source>Follow-up visits</source>
        <translation>Контрольные посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="92"/>
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="109"/>
        <source>&amp;List:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="112"/>
        <source>A .csv or .xlsx file with the columns of the list&apos;s export</source>
        <translation>Файл .csv или .xlsx со столбцами, как при экспорте списка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="113"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="117"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="125"/>
        <source>Export the list first to get the right columns. Rows with a case number, household code or ID that exists are updated; the others are added. If any row is invalid, nothing is imported.</source>
        <translation>Сначала экспортируйте список, чтобы получить нужные столбцы. Строки с уже существующим регистрационным номером, кодом домохозяйства или идентификатором обновляются, остальные добавляются. Если хотя бы одна строка содержит ошибку, ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="136"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="136"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="136"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="147"/>
        <source>&amp;Check file</source>
        <translation>&amp;Проверить файл</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="148"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="149"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="150"/>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="151"/>
        <source>Stop the check or the import; nothing is saved</source>
        <translation>Остановить проверку или импорт; ничего не сохраняется</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="182"/>
        <source>Choose a spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="182"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="197"/>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="379"/>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="199"/>
        <source>Checking {name}…</source>
        <translation>Проверка {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="209"/>
        <source>Checking the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="214"/>
        <source>Check stopped; nothing was imported.</source>
        <translation>Проверка остановлена; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="222"/>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="233"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="238"/>
        <source>Import stopped; nothing was imported (all or nothing).</source>
        <translation>Импорт остановлен; ничего не импортировано (все или ничего).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="245"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="266"/>
        <source>{count} problem(s) in {rows} row(s). Fix them in the file and check it again; nothing was imported.</source>
        <translation>Проблем: {count}, строк с проблемами: {rows}. Исправьте их в файле и проверьте его снова; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="275"/>
        <source>{rows} row(s) checked: {added} to add, {updated} to update, {unchanged} unchanged. Press Import to save them.</source>
        <translation>Проверено строк: {rows}; будет добавлено: {added}, обновлено: {updated}, без изменений: {unchanged}. Нажмите «Импортировать», чтобы сохранить их.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="286"/>
        <source>Imported {rows} row(s): {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Импортировано строк: {rows}; добавлено: {added}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="300"/>
        <source>Nothing was imported: {message}</source>
        <translation>Ничего не импортировано: {message}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="310"/>
        <source>The import failed; nothing was saved.</source>
        <translation>Импорт не выполнен; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="317"/>
        <source>{done} row(s)</source>
        <translation>Строк: {done}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="377"/>
        <source>Check the file first: Import is possible once a check finds no problem in it.</source>
        <translation>Сначала проверьте файл: импорт возможен, когда проверка не находит в нем ошибок.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="392"/>
        <location filename="../../cl_desktop/ui/import_dialog.py" line="394"/>
        <source>Wait for the work under way to finish, or stop it.</source>
        <translation>Дождитесь окончания текущей работы или остановите ее.</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="56"/>
        <source>Indicator — edit</source>
        <translation>Показатель — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="56"/>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="60"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="67"/>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="68"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="72"/>
        <source>&amp;Indicator</source>
        <translation>&amp;Показатель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="73"/>
        <source>&amp;Unit</source>
        <translation>&amp;Единица измерения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="74"/>
        <source>Baseline and target</source>
        <translation>Исходное и целевое значения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="75"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Исходное значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="76"/>
        <source>Baseline &amp;year</source>
        <translation>&amp;Год исходного значения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="77"/>
        <source>Baseline (text)</source>
        <translation>Исходное значение (текст)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="78"/>
        <source>&amp;Target</source>
        <translation>&amp;Целевое значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="79"/>
        <source>Target (text)</source>
        <translation>Целевое значение (текст)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="80"/>
        <source>&amp;Due date</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="81"/>
        <source>&amp;Means of verification</source>
        <translation>Средства про&amp;верки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="82"/>
        <source>Disaggre&amp;gation</source>
        <translation>Р&amp;азбивка</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="146"/>
        <source>Join headquarters with a setup file</source>
        <translation>Подключение к национальному офису по файлу настройки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="149"/>
        <source>Headquarters added this office and gave you its setup file and passphrase. The file brings the office, its user accounts and its projects.</source>
        <translation>Национальный офис добавил этот офис и передал вам его файл настройки и кодовую фразу. Файл содержит офис, его учетные записи и проекты.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="157"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="162"/>
        <source>Setup fi&amp;le</source>
        <translation>&amp;Файл настройки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="168"/>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Кодовая фраза</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="169"/>
        <source>&amp;Encrypt the database on this laptop</source>
        <translation>&amp;Зашифровать базу данных на этом ноутбуке</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="173"/>
        <source>A stolen laptop then gives away no name: each account&apos;s password unlocks the database, and a recovery key, shown once to print, opens it when nobody remembers a password.</source>
        <translation>Тогда украденный ноутбук не выдаст ни одного имени: базу данных открывает пароль каждой учётной записи, а ключ восстановления, показанный один раз для печати, — когда никто не помнит пароль.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="192"/>
        <source>The office&apos;s setup file</source>
        <translation>Файл настройки офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="196"/>
        <source>Setup files (*.setup)</source>
        <translation>Файлы настройки (*.setup)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="196"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="214"/>
        <source>This file is not an office setup file.</source>
        <translation>Этот файл не является файлом настройки офиса.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="217"/>
        <source>Office {office} ({name}), enrolled by headquarters {hq}.</source>
        <translation>Офис {office} ({name}), добавленный национальным офисом {hq}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="228"/>
        <source>There is no file {path}.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="233"/>
        <source>The setup file could not be used: {reason}</source>
        <translation>Не удалось использовать файл настройки: {reason}</translation>
    </message>
</context>
<context>
    <name>KoboDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="55"/>
        <source>Intake (new children)</source>
        <translation>Регистрация (новые дети)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="56"/>
        <source>Follow-up visits</source>
        <translation>Контрольные посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="69"/>
        <source>row {row}, column “{column}”: {message}</source>
        <translation>строка {row}, столбец «{column}»: {message}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="88"/>
        <source>Import Kobo/ODK submissions</source>
        <translation>Импорт анкет Kobo/ODK</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="96"/>
        <source>&amp;Form</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="100"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="105"/>
        <source>&amp;Export file (CSV or XLSX)</source>
        <translation>&amp;Файл выгрузки (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="130"/>
        <source>Submission</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="131"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="132"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="133"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="134"/>
        <source>Village</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="135"/>
        <source>Resembles</source>
        <translation>Похож на</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="148"/>
        <source>Add as a &amp;new child</source>
        <translation>Добавить как &amp;нового ребёнка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="151"/>
        <source>&amp;Same child: add nothing</source>
        <translation>&amp;Тот же ребёнок: ничего не добавлять</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="161"/>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="164"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="167"/>
        <source>Check the file first: Import is possible once a check finds submissions to add.</source>
        <translation>Сначала проверьте файл: импорт возможен, когда проверка находит анкеты для добавления.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="169"/>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="171"/>
        <source>Stop the check or the import; nothing is saved</source>
        <translation>Остановить проверку или импорт; ничего не сохраняется</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="175"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="198"/>
        <source>{case}: {name}, {sex}, born {born}</source>
        <translation>{case}: {name}, {sex}, дата рождения {born}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="221"/>
        <source>%n submission(s) resemble a child already recorded and wait for review: choose a line, then add the submission as a new child or say it is the child it resembles.</source>
        <translation>
            <numerusform>%n анкета похожа на уже записанного ребёнка и ждёт проверки: выберите строку, затем добавьте анкету как нового ребёнка или укажите, что это тот же ребёнок.</numerusform>
            <numerusform>%n анкеты похожи на уже записанных детей и ждут проверки: выберите строку, затем добавьте анкету как нового ребёнка или укажите, что это тот же ребёнок.</numerusform>
            <numerusform>%n анкет похожи на уже записанных детей и ждут проверки: выберите строку, затем добавьте анкету как нового ребёнка или укажите, что это тот же ребёнок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="229"/>
        <source>No submission waits for review.</source>
        <translation>Нет анкет, ожидающих проверки.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="236"/>
        <source>Choose a line first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="249"/>
        <source>The submission was added as a new child.</source>
        <translation>Анкета добавлена как новый ребёнок.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="256"/>
        <source>The submission was recorded as the child it resembles; nothing was added.</source>
        <translation>Анкета записана как уже известный ребёнок; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="273"/>
        <source>Kobo/ODK export</source>
        <translation>Выгрузка Kobo/ODK</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="273"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="285"/>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="289"/>
        <source>Wait for the work under way to finish, or stop it.</source>
        <translation>Дождитесь окончания текущей работы или остановите ее.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="294"/>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="306"/>
        <source>Importing Kobo/ODK submissions</source>
        <translation>Импорт анкет Kobo/ODK</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="318"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="327"/>
        <source>Stopped; nothing was imported.</source>
        <translation>Остановлено; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="339"/>
        <source>{rows} submission(s) checked: {added} to add, {unchanged} already imported, {held} to hold for review. Press Import to save them.</source>
        <translation>Проверено анкет: {rows}; к добавлению: {added}, уже импортировано: {unchanged}, отложено для проверки: {held}. Нажмите «Импорт», чтобы сохранить их.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="348"/>
        <source>Imported {added} submission(s); {unchanged} were already imported; {held} held for review.</source>
        <translation>Импортировано анкет: {added}; уже были импортированы: {unchanged}; отложено для проверки: {held}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="343"/>
        <source>The file holds no submission to add.</source>
        <translation>В файле нет анкет для добавления.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="363"/>
        <source>{count} problem(s); fix them in the file and check it again. Nothing was imported.</source>
        <translation>Проблем: {count}; исправьте их в файле и проверьте снова. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="61"/>
        <source>Account language</source>
        <translation>Язык учетной записи</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="223"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="226"/>
        <source>Latin digits (0123456789)</source>
        <translation>Латинские цифры (0123456789)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="227"/>
        <source>Khmer digits (០១២៣៤៥៦៧៨៩)</source>
        <translation>Кхмерские цифры (០១២៣៤៥៦៧៨៩)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="230"/>
        <source>&amp;Digits in Khmer</source>
        <translation>&amp;Цифры в кхмерском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="233"/>
        <source>Dates and numbers follow the interface language. The new language and digits apply the next time CL Desktop starts.</source>
        <translation>Даты и числа записываются по правилам языка интерфейса. Новый язык и цифры вступят в силу при следующем запуске CL Desktop.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/activities.py" line="14"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/activities.py" line="17"/>
        <source>Search by title or output</source>
        <translation>Поиск по названию или результату</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="19"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/children.py" line="23"/>
        <source>Search by name (any script), case number or village</source>
        <translation>Поиск по ФИО (любым алфавитом), регистрационному номеру или населенному пункту</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/follow_ups.py" line="11"/>
        <source>Follow-ups</source>
        <translation>Контрольные посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/follow_ups.py" line="15"/>
        <location filename="../../cl_desktop/ui/pages/referrals.py" line="14"/>
        <location filename="../../cl_desktop/ui/pages/services.py" line="18"/>
        <source>Search by child&apos;s name or case number</source>
        <translation>Поиск по ФИО ребенка или регистрационному номеру</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/households.py" line="11"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/households.py" line="15"/>
        <source>Search by household code or head&apos;s name</source>
        <translation>Поиск по коду домохозяйства или ФИО главы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="351"/>
        <source>All: {label}</source>
        <translation>Все: {label}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="411"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="413"/>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="417"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="419"/>
        <source>Open the selected record (Enter)</source>
        <translation>Открыть выбранную запись (Enter)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="421"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="423"/>
        <source>Export the filtered list to CSV or Excel</source>
        <translation>Экспортировать отфильтрованный список в CSV или Excel</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="427"/>
        <source>&amp;Columns…</source>
        <translation>С&amp;толбцы…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="432"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="434"/>
        <source>Import a spreadsheet register into this list</source>
        <translation>Импортировать реестр из таблицы в этот список</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="515"/>
        <source>{n}+ rows</source>
        <translation>{n}+ строк</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="711"/>
        <source>Export {title}</source>
        <translation>Экспорт: {title}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="716"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="716"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="740"/>
        <source>Exported {n} rows to {path}</source>
        <translation>Экспортировано строк: {n}, файл: {path}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="755"/>
        <source>Exporting {title}…</source>
        <translation>Экспорт: {title}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/programmes.py" line="11"/>
        <source>Action programmes</source>
        <translation>Программы действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/programmes.py" line="14"/>
        <source>Search by code or title</source>
        <translation>Поиск по коду или названию</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="14"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="68"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="73"/>
        <source>Search by user name or full name</source>
        <translation>Поиск по имени пользователя или ФИО</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="78"/>
        <source>Offices</source>
        <translation>Офисы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="82"/>
        <source>Search by code or name</source>
        <translation>Поиск по коду или названию</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="87"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="91"/>
        <source>Search by code, name or acronym</source>
        <translation>Поиск по коду, названию или аббревиатуре</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/referrals.py" line="11"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/visits.py" line="11"/>
        <source>Monitoring visits</source>
        <translation>Мониторинговые посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/visits.py" line="14"/>
        <source>Search by workplace or visitors</source>
        <translation>Поиск по месту работы или посетителям</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="43"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="44"/>
        <source>Province</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="45"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="46"/>
        <source>Commune</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/location_picker.py" line="47"/>
        <source>Village</source>
        <translation>Населенный пункт</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="68"/>
        <source>Unlock CL Desktop</source>
        <translation>Разблокировка CL Desktop</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="68"/>
        <source>Sign in to CL Desktop</source>
        <translation>Вход в CL Desktop</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="91"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="92"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="94"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="96"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="96"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="100"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="100"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="106"/>
        <source>&amp;Forgot password…</source>
        <translation>&amp;Забыли пароль…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="110"/>
        <source>The window was locked after a time without use. Enter your password to go on.</source>
        <translation>Окно заблокировано из-за отсутствия активности. Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="142"/>
        <source>The password was set. Sign in with it.</source>
        <translation>Пароль задан. Войдите с ним.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/login.py" line="181"/>
        <source>This account still has its demo password (the user name): anyone can sign in with it. Change it under Settings, Users before entering real data. Press Sign in again to go on.</source>
        <translation>У этой учётной записи всё ещё демонстрационный пароль (имя пользователя): войти с ним может кто угодно. Смените его в разделе «Настройки», «Пользователи», прежде чем вводить настоящие данные. Нажмите «Войти» ещё раз, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="72"/>
        <location filename="../../cl_desktop/ui/pages/dashboard.py" line="140"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="74"/>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="71"/>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="77"/>
        <source>Action programmes</source>
        <translation>Программы действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="81"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="83"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="85"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="87"/>
        <source>Follow-ups</source>
        <translation>Контрольные посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="90"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="94"/>
        <source>Monitoring visits</source>
        <translation>Мониторинговые посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="99"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="101"/>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="102"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="103"/>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="242"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="215"/>
        <source>Office: {office}</source>
        <translation>Офис: {office}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="216"/>
        <source>clerk</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="216"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="216"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="218"/>
        <source>User: {user} ({role})</source>
        <translation>Пользователь: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="221"/>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="223"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="225"/>
        <source>Last backup: {at}</source>
        <translation>Последняя резервная копия: {at}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="226"/>
        <source>Last sync: {at}</source>
        <translation>Последняя синхронизация: {at}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="231"/>
        <source>&amp;New child…</source>
        <translation>&amp;Новый ребенок…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="238"/>
        <source>Register a new child (Ctrl+Shift+N, from anywhere)</source>
        <translation>Зарегистрировать нового ребенка (Ctrl+Shift+N, из любого окна)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="240"/>
        <location filename="../../cl_desktop/ui/main_window.py" line="543"/>
        <source>Your role cannot register children.</source>
        <translation>Ваша роль не позволяет регистрировать детей.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Back up to a folder…</source>
        <translation>&amp;Резервная копия в папку…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="250"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Encrypt this database…</source>
        <translation>&amp;Зашифровать эту базу данных…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="264"/>
        <location filename="../../cl_desktop/ui/main_window.py" line="456"/>
        <source>This database is already encrypted.</source>
        <translation>Эта база данных уже зашифрована.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="268"/>
        <source>Sign &amp;out / switch user</source>
        <translation>&amp;Выйти / сменить пользователя</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="273"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="278"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="286"/>
        <source>&amp;Recent children</source>
        <translation>&amp;Недавние дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="291"/>
        <source>&amp;About CL Desktop</source>
        <translation>&amp;О программе CL Desktop</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="300"/>
        <source>Back up to a folder</source>
        <translation>Резервная копия в папку</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="306"/>
        <source>Copying the database…</source>
        <translation>Копирование базы данных…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="317"/>
        <source>Backed up to {path}.</source>
        <translation>Резервная копия сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="320"/>
        <source>Backing up</source>
        <translation>Создание резервной копии</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="324"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>Резервное копирование отменено; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="331"/>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="333"/>
        <source>Cop&amp;y path</source>
        <translation>Копировать &amp;путь</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="342"/>
        <source>No file manager opened the folder {folder}. Copy the path to find the file.</source>
        <translation>Ни один файловый менеджер не открыл папку {folder}. Скопируйте путь, чтобы найти файл.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="360"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="362"/>
        <source>CL Desktop backups (*.sqlite *.clbackup);;All files (*)</source>
        <translation>Резервные копии CL Desktop (*.sqlite *.clbackup);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="367"/>
        <source>Replace the database with {name}? The current file is kept aside, and CL Desktop closes so that you can start it again on the restored data.</source>
        <translation>Заменить базу данных копией {name}? Текущий файл будет сохранен отдельно, а CL Desktop закроется, чтобы вы запустили его снова с восстановленными данными.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="379"/>
        <source>Copying {name}…</source>
        <translation>Копирование {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="397"/>
        <source>Restore cancelled; the database is unchanged.</source>
        <translation>Восстановление отменено; база данных не изменилась.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="400"/>
        <source>The backup was restored. Start CL Desktop again.</source>
        <translation>Резервная копия восстановлена. Запустите CL Desktop снова.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="404"/>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="414"/>
        <source>Encrypt {name}? From now on each account&apos;s password unlocks it, and a recovery key is shown once, to print and keep in a safe. Other programs using the database must be closed first.</source>
        <translation>Зашифровать {name}? С этого момента её открывает пароль каждой учётной записи, а ключ восстановления будет показан один раз — распечатайте его и храните в сейфе. Сначала закройте другие программы, использующие базу данных.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="429"/>
        <source>Encrypting the database…</source>
        <translation>Шифрование базы данных…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="441"/>
        <source>Another program has the database open, so it was not encrypted. Close it and try again.</source>
        <translation>База данных открыта в другой программе, поэтому она не зашифрована. Закройте её и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="447"/>
        <source>The database was not encrypted and is unchanged: {reason}</source>
        <translation>База данных не зашифрована и не изменена: {reason}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="464"/>
        <source>Encrypting</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/main_window.py" line="565"/>
        <source>(no child opened yet)</source>
        <translation>(вы еще не открывали детей)</translation>
    </message>
</context>
<context>
    <name>MonitoringVisitForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="32"/>
        <source>Monitoring visit — edit</source>
        <translation>Мониторинговое посещение — правка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="32"/>
        <source>New monitoring visit</source>
        <translation>Новое мониторинговое посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="37"/>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="38"/>
        <source>&amp;Visit date</source>
        <translation>Дата &amp;посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="41"/>
        <source>&amp;Village</source>
        <translation>&amp;Населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="42"/>
        <source>&amp;Sector</source>
        <translation>&amp;Отрасль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="43"/>
        <source>Work&amp;place</source>
        <translation>&amp;Место работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="45"/>
        <source>Action pro&amp;gramme</source>
        <translation>Про&amp;грамма действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="46"/>
        <source>Who visited, what they saw</source>
        <translation>Кто посетил и что увидел</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="49"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="51"/>
        <source>Visit&amp;ors (names and roles)</source>
        <translation>&amp;Посетители (имена и должности)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="53"/>
        <source>&amp;Hazards observed</source>
        <translation>&amp;Замеченные опасности</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="58"/>
        <source>N&amp;otes</source>
        <translation>Прим&amp;ечания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="59"/>
        <source>Children found</source>
        <translation>Выявленные дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="60"/>
        <source>Type a name, case number or village</source>
        <translation>Введите ФИО, регистрационный номер или населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="61"/>
        <source>C&amp;hildren on record</source>
        <translation>&amp;Дети, уже зарегистрированные</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="63"/>
        <source>New &amp;intake from this visit…</source>
        <translation>Новая &amp;регистрация по итогам посещения…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="65"/>
        <source>Register a child found here: the intake starts with the visit&apos;s place</source>
        <translation>Зарегистрировать найденного здесь ребенка: регистрация начнется с места посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="69"/>
        <source>&amp;Refer the chosen child…</source>
        <translation>Н&amp;аправить выбранного ребенка…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="72"/>
        <source>A referral made from this visit for the child selected among the children found</source>
        <translation>Направление по итогам этого посещения для ребенка, выбранного среди выявленных детей</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="126"/>
        <source>Add the child to the children found first, then refer it.</source>
        <translation>Сначала добавьте ребенка к выявленным детям, затем направьте его.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="129"/>
        <source>Select the child to refer in the list of children found.</source>
        <translation>Выберите в списке выявленных детей ребенка, которого нужно направить.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/visit.py" line="153"/>
        <source>Referrals made from this visit: {n}</source>
        <translation>Направлений по итогам посещения: {n}</translation>
    </message>
</context>
<context>
    <name>NarrativeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="199"/>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="206"/>
        <source>Narrative</source>
        <translation>Описательная часть</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="209"/>
        <source>Reporting period</source>
        <translation>Отчетный период</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="212"/>
        <source>&amp;Section</source>
        <translation>&amp;Раздел</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="213"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="217"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="229"/>
        <source>Discard the text you changed?</source>
        <translation>Отменить изменения в тексте?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="245"/>
        <source>Period {code} is approved; its narrative is read-only.</source>
        <translation>Период {code} утвержден; его описательная часть доступна только для чтения.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="250"/>
        <source>Open the narrative from a reporting period.</source>
        <translation>Откройте описательную часть из отчетного периода.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="152"/>
        <source>Office — edit</source>
        <translation>Офис — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="152"/>
        <source>New office</source>
        <translation>Новый офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="156"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="157"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="158"/>
        <source>e.g. KH-BTB</source>
        <translation>например, KH-BTB</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="161"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="163"/>
        <source>&amp;Province</source>
        <translation>&amp;Область</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="165"/>
        <source>Headquarters</source>
        <translation>Национальный офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="165"/>
        <source>This is the national project &amp;office</source>
        <translation>Это национальный офис &amp;проекта</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="244"/>
        <source>Your office and first administrator</source>
        <translation>Ваш офис и первый администратор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="247"/>
        <source>The first account is the administrator: it adds the clerks and coordinators in Settings → Users.</source>
        <translation>Первая учетная запись — администратор: он добавляет операторов и координаторов в разделе «Настройки → Пользователи».</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="253"/>
        <source>e.g. KH-PNP</source>
        <translation>например, KH-PNP</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="258"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="271"/>
        <source>Office &amp;code</source>
        <translation>&amp;Код офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="272"/>
        <source>Office &amp;name</source>
        <translation>&amp;Название офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="273"/>
        <source>&amp;Province</source>
        <translation>&amp;Область</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="274"/>
        <source>Administrator &amp;user name</source>
        <translation>&amp;Имя пользователя администратора</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="275"/>
        <source>Administrator&apos;s full na&amp;me</source>
        <translation>&amp;ФИО администратора</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="277"/>
        <source>Pass&amp;word</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="278"/>
        <location filename="../../cl_desktop/ui/wizard.py" line="304"/>
        <source>At least {n} characters, not the user name.</source>
        <translation>Не менее {n} символов, не имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="282"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="295"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="296"/>
        <source>The password must not contain the user name.</source>
        <translation>Пароль не должен содержать имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="297"/>
        <source>That password is among the first an attacker tries; choose another.</source>
        <translation>Этот пароль злоумышленник попробует одним из первых; выберите другой.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="298"/>
        <source>The password must not be one character repeated or a run like 12345…</source>
        <translation>Пароль не должен состоять из одного повторяющегося символа или последовательности вроде 12345…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="307"/>
        <source>A good password.</source>
        <translation>Хороший пароль.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="312"/>
        <source>Headquarters imports the offices&apos; sync files and approves reporting periods.</source>
        <translation>Национальный офис импортирует файлы синхронизации офисов и утверждает отчетные периоды.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="314"/>
        <source>The office code starts every case number registered here.</source>
        <translation>С кода офиса начинается каждый регистрационный номер, присвоенный в этом офисе.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="324"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/wizard.py" line="364"/>
        <source>The office code {code} starts with {prefix}, the code of {country}, but {province} is in {home}: choose a province of {country} or a code starting with {home_code}-.</source>
        <translation>Код офиса {code} начинается с {prefix} — кода страны «{country}», но {province} находится в стране «{home}»: выберите область страны «{country}» или код, начинающийся с {home_code}-.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="111"/>
        <source>Organisation — edit</source>
        <translation>Организация — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="111"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="114"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="115"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="116"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="117"/>
        <source>&amp;Acronym</source>
        <translation>&amp;Аббревиатура</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="118"/>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="120"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="121"/>
        <source>As a service provider</source>
        <translation>Как поставщик услуг</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="122"/>
        <source>Contact &amp;person</source>
        <translation>&amp;Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="123"/>
        <source>Tele&amp;phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="124"/>
        <source>Add&amp;ress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="128"/>
        <source>Services o&amp;ffered</source>
        <translation>&amp;Предлагаемые услуги</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="161"/>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="164"/>
        <source>Reporting period</source>
        <translation>Отчетный период</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="161"/>
        <source>New reporting period</source>
        <translation>Новый отчетный период</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="166"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="167"/>
        <source>e.g. 2010-H1</source>
        <translation>например, 2010-H1</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="168"/>
        <source>&amp;Start date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="169"/>
        <source>&amp;End date</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="176"/>
        <source>Period {code} is approved and locked; headquarters can reopen it with a reason.</source>
        <translation>Период {code} утвержден и заблокирован; национальный офис может вновь открыть его, указав основание.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="179"/>
        <source>Period {code} is {status}; its dates are fixed once created.</source>
        <translation>Статус периода {code}: {status}; даты периода после создания не меняются.</translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="53"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="54"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="55"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="56"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="57"/>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="96"/>
        <source>Approved</source>
        <translation>Утвержден</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="58"/>
        <source>Reopen reason</source>
        <translation>Основание для повторного открытия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="70"/>
        <source>New period…</source>
        <translation>Новый период…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="72"/>
        <source>&amp;Submit</source>
        <translation>&amp;Представить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="74"/>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="76"/>
        <source>Re&amp;open…</source>
        <translation>Открыть &amp;вновь…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="96"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="96"/>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="137"/>
        <source>Select a reporting period first.</source>
        <translation>Сначала выберите отчетный период.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="138"/>
        <source>Choose a project first.</source>
        <translation>Сначала выберите проект.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="143"/>
        <source>Only a draft period can be submitted.</source>
        <translation>Отправить можно только черновой период.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="149"/>
        <source>Only a submitted period can be approved.</source>
        <translation>Утвердить можно только отправленный период.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="157"/>
        <source>Only a submitted or approved period can be reopened.</source>
        <translation>Повторно открыть можно только отправленный или утвержденный период.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="185"/>
        <source>Reopen period</source>
        <translation>Повторное открытие периода</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/periods.py" line="186"/>
        <source>Why reopen this period? The reason is kept in the audit trail.</source>
        <translation>Почему период открывается вновь? Основание сохраняется в журнале аудита.</translation>
    </message>
</context>
<context>
    <name>Permits</name>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="18"/>
        <source>clerk</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="19"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="20"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="26"/>
        <source>an administrator</source>
        <translation>администратора</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="27"/>
        <source>a coordinator or an administrator</source>
        <translation>координатора или администратора</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/permits.py" line="28"/>
        <source>Not with your role ({role}): ask {who}.</source>
        <translation>Недоступно для вашей роли ({role}): обратитесь к {who}.</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="54"/>
        <source>Action programme — edit</source>
        <translation>Программа действий — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="54"/>
        <source>New action programme</source>
        <translation>Новая программа действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="59"/>
        <source>Action programme</source>
        <translation>Программа действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="61"/>
        <source>Pro&amp;ject</source>
        <translation>Про&amp;ект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="62"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="63"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="69"/>
        <source>Implementing &amp;partner</source>
        <translation>&amp;Партнер-исполнитель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="71"/>
        <source>St&amp;atus</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="72"/>
        <source>&amp;Start date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="73"/>
        <source>&amp;End date</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="74"/>
        <source>Focus and coverage</source>
        <translation>Направленность и охват</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="75"/>
        <source>Strate&amp;gy</source>
        <translation>Страте&amp;гия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="77"/>
        <source>Sect&amp;ors</source>
        <translation>Отрасл&amp;и</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="84"/>
        <source>Pro&amp;vinces covered</source>
        <translation>О&amp;хваченные области</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="85"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="86"/>
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="87"/>
        <source>Expendit&amp;ure</source>
        <translation>&amp;Расходы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="88"/>
        <source>Curre&amp;ncy</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="90"/>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
</context>
<context>
    <name>ProjectBound</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="34"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/indicator.py" line="44"/>
        <source>Open this form from a project.</source>
        <translation>Откройте эту форму из проекта.</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="130"/>
        <source>Project — edit</source>
        <translation>Проект — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="130"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="134"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="135"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="136"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="137"/>
        <source>S&amp;hort title</source>
        <translation>Краткое на&amp;звание</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="138"/>
        <source>&amp;Region / country</source>
        <translation>&amp;Регион/страна</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="139"/>
        <source>&amp;Start date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="140"/>
        <source>&amp;End date</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="142"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="142"/>
        <source>The project is c&amp;losed</source>
        <translation>Проект закры&amp;т</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="143"/>
        <source>The project&apos;s dates were re&amp;vised</source>
        <translation>Сроки проекта &amp;изменены</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="144"/>
        <source>Revised dates</source>
        <translation>Изменение сроков</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="145"/>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="146"/>
        <source>&amp;Donor</source>
        <translation>&amp;Донор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="147"/>
        <source>&amp;Grantee</source>
        <translation>&amp;Получатель гранта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="148"/>
        <source>Grant n&amp;umber</source>
        <translation>Но&amp;мер гранта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="150"/>
        <source>DU&amp;NS number</source>
        <translation>Номер &amp;DUNS</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="151"/>
        <source>Unique entity &amp;identifier (UEI)</source>
        <translation>Уникальный идентификатор (&amp;UEI)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="152"/>
        <source>&amp;Funding</source>
        <translation>&amp;Финансирование</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="153"/>
        <source>Currenc&amp;y</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="155"/>
        <source>Fiscal year</source>
        <translation>Финансовый год</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="156"/>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="158"/>
        <source>Problem</source>
        <translation>Решаемая проблема</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="159"/>
        <source>Development objective</source>
        <translation>Цель развития</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="160"/>
        <source>Implementing partners</source>
        <translation>Партнеры-исполнители</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="161"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="167"/>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="168"/>
        <source>Rule thresholds</source>
        <translation>Пороговые значения правил</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="170"/>
        <source>Light work: highest age</source>
        <translation>Легкий труд: предельный возраст</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="171"/>
        <source>Light work: most hours per week</source>
        <translation>Легкий труд: не более часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="172"/>
        <source>Most hours per week under 18</source>
        <translation>До 18 лет: не более часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="173"/>
        <source>Months without child labour to count as withdrawn</source>
        <translation>Месяцев без детского труда для признания выведенным</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="174"/>
        <source>Regular attendance (%)</source>
        <translation>Регулярная посещаемость (%)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="175"/>
        <source>First month of a reporting period</source>
        <translation>Первый месяц отчетного периода</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="176"/>
        <source>Compulsory school age up to (POC4)</source>
        <translation>Возраст обязательного обучения: до (POC4)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="177"/>
        <source>Household chores count as work above (hours a week; blank: never)</source>
        <translation>Домашние дела считаются работой свыше (часов в неделю; пусто: никогда)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="178"/>
        <source>Chores counted from age</source>
        <translation>Домашние дела учитываются с возраста</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="179"/>
        <source>Chores counted up to age</source>
        <translation>Домашние дела учитываются до возраста</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="180"/>
        <source>Days an accepted referral may wait for its service</source>
        <translation>Дней ожидания услуги по принятому направлению</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="227"/>
        <source>Working out every child&apos;s status again with the new rules…</source>
        <translation>Пересчет статуса каждого ребенка по новым правилам…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="246"/>
        <source>Saving the project&apos;s rules</source>
        <translation>Сохранение правил проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="251"/>
        <source>Cancelled: nothing was saved; the statuses stay as they were.</source>
        <translation>Отменено: ничего не сохранено; статусы остались прежними.</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="145"/>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="155"/>
        <source>Minimum working age</source>
        <translation>Минимальный возраст для работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="156"/>
        <source>Light work allowed up to age</source>
        <translation>Легкий труд допускается до возраста</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="157"/>
        <source>Light work: most hours per week</source>
        <translation>Легкий труд: не более часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="158"/>
        <source>Under 18: most hours per week</source>
        <translation>До 18 лет: не более часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="159"/>
        <source>Months clean before withdrawn</source>
        <translation>Месяцев без детского труда до признания выведенным</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="160"/>
        <source>Regular school attendance from (%)</source>
        <translation>Регулярное посещение школы от (%)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="161"/>
        <source>Reporting periods start in month</source>
        <translation>Месяц начала отчетных периодов</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="168"/>
        <source>&amp;Edit in the project form…</source>
        <translation>&amp;Изменить в форме проекта…</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="44"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="45"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="46"/>
        <source>Output</source>
        <translation>Непосредственный результат</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="83"/>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="98"/>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="129"/>
        <source>&amp;Edit project…</source>
        <translation>&amp;Изменить проект…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="136"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="147"/>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="250"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="148"/>
        <source>Result / indicator</source>
        <translation>Результат / показатель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="149"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="150"/>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="151"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="152"/>
        <source>Actual</source>
        <translation>Фактическое значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="162"/>
        <source>New &amp;indicator…</source>
        <translation>Новый &amp;показатель…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="169"/>
        <source>Results framework</source>
        <translation>Система результатов</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="172"/>
        <source>Reporting periods</source>
        <translation>Отчетные периоды</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="223"/>
        <source> (fiscal year {year})</source>
        <translation> (финансовый год {year})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="224"/>
        <source>withdrawn {w} (girls {wf}, boys {wm}); prevented {p} (girls {pf}, boys {pm})</source>
        <translation>выведено: {w} (девочки: {wf}, мальчики: {wm}); предотвращено вовлечение: {p} (девочки: {pf}, мальчики: {pm})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="239"/>
        <source>child labour: aged {min}-{light} over {hours} h/week or under 18 over {max} h/week; withdrawn after {months} months clean; regular attendance ≥ {att}%</source>
        <translation>детский труд: в возрасте {min}–{light} лет более {hours} ч/нед. или до 18 лет более {max} ч/нед.; выведен(а) после {months} мес. без детского труда; регулярная посещаемость ≥ {att}%</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="251"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="252"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="254"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="256"/>
        <source>(revised)</source>
        <translation>(с изменениями)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="258"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="258"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="259"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="260"/>
        <source>Grantee</source>
        <translation>Получатель гранта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="261"/>
        <source>Grant number</source>
        <translation>Номер гранта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="262"/>
        <source>DUNS number</source>
        <translation>Номер DUNS</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="263"/>
        <source>Unique entity identifier (UEI)</source>
        <translation>Уникальный идентификатор организации (UEI)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="264"/>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="265"/>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="266"/>
        <source>Development objective</source>
        <translation>Цель развития</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="268"/>
        <source>Intermediate objectives</source>
        <translation>Промежуточные цели</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="271"/>
        <source>Problem</source>
        <translation>Решаемая проблема</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="272"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="273"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="274"/>
        <source>Provinces</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="275"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/projects.py" line="276"/>
        <source>Rule settings</source>
        <translation>Параметры правил</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="265"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="266"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="267"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="268"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="269"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="270"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="271"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="272"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="273"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="274"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="275"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
</context>
<context>
    <name>RecentChildrenBox</name>
    <message>
        <location filename="../../cl_desktop/ui/recent.py" line="112"/>
        <source>Recent children</source>
        <translation>Недавние дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/recent.py" line="120"/>
        <source>The children you opened last; Enter or a double click opens one.</source>
        <translation>Дети, которых вы открывали последними; Enter или двойной щелчок открывает карточку.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/recent.py" line="136"/>
        <source>Children you open appear here.</source>
        <translation>Здесь появятся дети, которых вы откроете.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="78"/>
        <source>Add →</source>
        <translation>Добавить →</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="80"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/widgets/record_picker.py" line="155"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="99"/>
        <source>Set a new password with the recovery key</source>
        <translation>Новый пароль по ключу восстановления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="101"/>
        <source>Type the recovery key printed when the database was encrypted, the account and its new password.</source>
        <translation>Введите ключ восстановления, напечатанный при шифровании базы данных, учётную запись и её новый пароль.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="117"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="118"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="119"/>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="120"/>
        <source>Re&amp;peat it</source>
        <translation>&amp;Повторите его</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="127"/>
        <source>Set the password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="140"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="35"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="38"/>
        <source>The database is encrypted. Each account&apos;s password unlocks it. If nobody remembers a password, only this recovery key opens it. It is shown only this once: print it or write it down, and keep it in a safe, away from the laptop.</source>
        <translation>База данных зашифрована. Её открывает пароль каждой учётной записи. Если никто не помнит пароль, открыть её можно только этим ключом восстановления. Он показывается только один раз: распечатайте или запишите его и храните в сейфе, отдельно от ноутбука.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="52"/>
        <source>&amp;Save as PDF to print…</source>
        <translation>&amp;Сохранить в PDF для печати…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="58"/>
        <source>I have &amp;printed or written down the recovery key</source>
        <translation>Ключ восстановления &amp;распечатан или записан</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="76"/>
        <source>Save the recovery key as</source>
        <translation>Сохранить ключ восстановления как</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/at_rest.py" line="88"/>
        <source>Wrote {path}. Print it, keep the page in a safe, then delete the file.</source>
        <translation>Записан файл {path}. Распечатайте его, храните лист в сейфе, а файл удалите.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsView</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="102"/>
        <source>&amp;List:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Khmer</source>
        <translation>Кхмерский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="115"/>
        <source>Active</source>
        <translation>Используется</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="78"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="104"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="139"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="78"/>
        <source>New referral</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="93"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="97"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="152"/>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="101"/>
        <source>Type a name, case number or village</source>
        <translation>Введите ФИО, регистрационный номер или населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="102"/>
        <source>C&amp;hild</source>
        <translation>&amp;Ребёнок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="105"/>
        <source>Service &amp;needed</source>
        <translation>&amp;Нужная услуга</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="106"/>
        <source>(choose an organisation)</source>
        <translation>(выберите организацию)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="107"/>
        <source>Refer &amp;to</source>
        <translation>&amp;Куда направить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="109"/>
        <source>&amp;Urgency</source>
        <translation>&amp;Срочность</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="110"/>
        <source>&amp;Referral date</source>
        <translation>&amp;Дата направления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="111"/>
        <source>Answer &amp;expected by</source>
        <translation>&amp;Ответ ожидается до</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="115"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="118"/>
        <source>Yes: the organisation may receive the child&apos;s data</source>
        <translation>Да: организация может получить данные ребёнка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="119"/>
        <source>No: the slip carries the case number only</source>
        <translation>Нет: в талоне только регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="121"/>
        <source>(ask the guardian)</source>
        <translation>(спросите опекуна)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="123"/>
        <source>Guardian&apos;s &amp;consent to share</source>
        <translation>&amp;Согласие опекуна на передачу данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="129"/>
        <source>(not made from a monitoring visit)</source>
        <translation>(не по итогам мониторингового посещения)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="130"/>
        <source>From monitoring &amp;visit</source>
        <translation>По итогам &amp;посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="150"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="153"/>
        <source>Referred to</source>
        <translation>Куда направлен(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="154"/>
        <source>Service needed</source>
        <translation>Нужная услуга</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="155"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="156"/>
        <source>Referral date</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="157"/>
        <source>Answer expected by</source>
        <translation>Ответ ожидается до</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="158"/>
        <source>Consent to share</source>
        <translation>Согласие на передачу</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="158"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="158"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="160"/>
        <source>From monitoring visit</source>
        <translation>По итогам мониторингового посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="163"/>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="175"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="178"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="193"/>
        <source>&amp;Print the referral slip…</source>
        <translation>&amp;Напечатать направление…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="196"/>
        <source>One page for the family or the organisation; without consent it names only the case number</source>
        <translation>Одна страница для семьи или организации; без согласия в ней только номер дела</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="208"/>
        <source>Record an answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="210"/>
        <source>New &amp;status</source>
        <translation>Новый &amp;статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="212"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="216"/>
        <source>N&amp;ote</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="223"/>
        <source>(record a new service on that date)</source>
        <translation>(записать новую услугу на эту дату)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="224"/>
        <source>Ser&amp;vice record</source>
        <translation>&amp;Запись об услуге</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="233"/>
        <source>Save the referral slip as</source>
        <translation>Сохранить направление как</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="233"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="244"/>
        <source>Wrote {path}.</source>
        <translation>Записан файл {path}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="321"/>
        <source>Write the date as {pattern}.</source>
        <translation>Запишите дату в виде {pattern}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="331"/>
        <source>Choose the one child to refer.</source>
        <translation>Выберите одного ребёнка для направления.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="334"/>
        <source>Choose the organisation the child is referred to.</source>
        <translation>Выберите организацию, в которую направляется ребёнок.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="338"/>
        <source>Ask the guardian whether the child&apos;s data may be shared, and record the answer.</source>
        <translation>Спросите опекуна, можно ли передавать данные ребёнка, и запишите ответ.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="342"/>
        <source>The referral date cannot be in the future.</source>
        <translation>Дата направления не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="344"/>
        <source>The referral date cannot be before the child&apos;s intake.</source>
        <translation>Дата направления не может быть раньше регистрации ребёнка.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="351"/>
        <source>The referral date cannot be before the monitoring visit ({day}).</source>
        <translation>Дата направления не может быть раньше мониторингового посещения ({day}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="357"/>
        <source>An answer cannot be expected before the referral date.</source>
        <translation>Ответ не может ожидаться раньше даты направления.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="377"/>
        <source>The date cannot be in the future.</source>
        <translation>Дата не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/referral.py" line="381"/>
        <source>The date cannot be before the referral&apos;s last status change ({day}).</source>
        <translation>Дата не может быть раньше последнего изменения статуса направления ({day}).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="45"/>
        <source>Technical Progress Report</source>
        <translation>Технический отчет о ходе реализации проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="46"/>
        <source>Project summary</source>
        <translation>Краткое описание проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="47"/>
        <source>Action programme report</source>
        <translation>Отчет по программе действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="48"/>
        <source>Beneficiary register</source>
        <translation>Реестр бенефициаров</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="49"/>
        <source>Child profile</source>
        <translation>Карточка ребенка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="50"/>
        <source>Data-quality report</source>
        <translation>Отчет о качестве данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="51"/>
        <source>Blank intake form</source>
        <translation>Пустая регистрационная карточка</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="52"/>
        <source>Blank follow-up form</source>
        <translation>Пустая форма контрольного посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="53"/>
        <source>Referrals register of an organisation</source>
        <translation>Реестр направлений в организацию</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="72"/>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="312"/>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="92"/>
        <source>Case number, e.g. KH-PNP-000123</source>
        <translation>Регистрационный номер, например KH-PNP-000123</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="99"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="105"/>
        <source>Pseudonymise: no names or birth dates</source>
        <translation>Псевдонимизировать: без имен и дат рождения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="107"/>
        <source>Khmer digits (០១២៣) in a Khmer report</source>
        <translation>Кхмерские цифры (០១២៣) в отчете на кхмерском</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="110"/>
        <source>Open the PDF when it is ready</source>
        <translation>Открыть PDF, когда он будет готов</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="118"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="119"/>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="120"/>
        <source>Reporting p&amp;eriod</source>
        <translation>Отчетный п&amp;ериод</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="121"/>
        <source>Action pro&amp;gramme</source>
        <translation>Про&amp;грамма действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="122"/>
        <source>Organi&amp;sation</source>
        <translation>Органи&amp;зация</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="123"/>
        <source>&amp;Child</source>
        <translation>&amp;Ребенок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="124"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="125"/>
        <source>Save &amp;as</source>
        <translation>Сохранить &amp;как</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="134"/>
        <source>&amp;Generate PDF</source>
        <translation>&amp;Создать PDF</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="140"/>
        <source>Export e&amp;vidence behind the figures…</source>
        <translation>Экспорт по&amp;дтверждений цифр…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="143"/>
        <source>A spreadsheet listing, per reference printed on the TPR (A1.1…), every child or household counted</source>
        <translation>Таблица, в которой по каждой ссылке из TPR (A1.1…) перечислены все учтенные дети или домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="195"/>
        <source>referrals: {n}</source>
        <translation>направлений: {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="225"/>
        <source>All programmes</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="235"/>
        <source>This report does not use it.</source>
        <translation>Этот отчет его не использует.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="240"/>
        <source>Only the child profile is about one child.</source>
        <translation>Только профиль ребенка относится к одному ребенку.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="244"/>
        <source>Only the beneficiary register and the child profile carry names to leave out.</source>
        <translation>Имена, которые можно скрыть, есть только в реестре участников и в профиле ребенка.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="285"/>
        <source>Save the report as</source>
        <translation>Сохранить отчет как</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="305"/>
        <source>Only for a report in Khmer.</source>
        <translation>Только для отчета на кхмерском языке.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="314"/>
        <source>{name} already exists in {folder}. Replace it, or keep it and save the new report beside it?</source>
        <translation>{name} уже есть в {folder}. Заменить его или оставить и сохранить новый отчет рядом?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="320"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Оставить оба</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="322"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="342"/>
        <source>Choose where to save the PDF.</source>
        <translation>Выберите, куда сохранить PDF.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="350"/>
        <source>Type the case number of the child.</source>
        <translation>Введите регистрационный номер ребенка.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="354"/>
        <source>There is no organisation in the directory to print the referrals of.</source>
        <translation>В справочнике нет организаций, для которых можно напечатать направления.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="367"/>
        <source>The folder {folder} could not be created ({reason}), so the report went to {fallback}.</source>
        <translation>Не удалось создать папку {folder} ({reason}), поэтому отчет сохранен в {fallback}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="373"/>
        <source>Nothing was written; {name} is unchanged.</source>
        <translation>Ничего не записано; {name} не изменен.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="381"/>
        <source>A report is being built; wait for it or cancel it.</source>
        <translation>Отчет формируется; дождитесь окончания или отмените его.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="382"/>
        <source>Building {name}…</source>
        <translation>Формирование: {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="387"/>
        <source>Page {page}</source>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="393"/>
        <source>Building the report…</source>
        <translation>Формирование отчета…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="406"/>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="411"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Записан файл {path} (страниц: {pages}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="439"/>
        <source>Save the evidence as</source>
        <translation>Сохранить подтверждения как</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="439"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Электронная таблица (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="450"/>
        <source>Listing the children and households behind the figures…</source>
        <translation>Составляется список детей и домохозяйств, стоящих за цифрами…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="464"/>
        <source>Wrote {path} ({count} children and households).</source>
        <translation>Записан файл {path} (детей и домохозяйств: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/reports.py" line="471"/>
        <source>Listing the evidence…</source>
        <translation>Составление списка подтверждений…</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="29"/>
        <source>Service — edit</source>
        <translation>Услуга — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="30"/>
        <source>Livelihood service for households</source>
        <translation>Услуга по обеспечению средств к существованию для домохозяйств</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="30"/>
        <source>Service for children</source>
        <translation>Услуга для детей</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="35"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="35"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="38"/>
        <source>Receives</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="42"/>
        <source>Type a head&apos;s name or household code</source>
        <translation>Введите ФИО главы или код домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="44"/>
        <source>Type a name, case number or village</source>
        <translation>Введите ФИО, регистрационный номер или населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="48"/>
        <source>&amp;Households</source>
        <translation>&amp;Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="48"/>
        <source>C&amp;hildren</source>
        <translation>Де&amp;ти</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="51"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="52"/>
        <source>Service &amp;type</source>
        <translation>&amp;Вид услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="56"/>
        <source>&amp;Kind of livelihood support</source>
        <translation>Вид поддержки до&amp;хода</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="57"/>
        <source>&amp;Start date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="58"/>
        <source>&amp;End date</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="59"/>
        <source>&amp;Provider</source>
        <translation>&amp;Поставщик услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="63"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="63"/>
        <source>(each child&apos;s own programme)</source>
        <translation>(программа каждого ребенка)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="65"/>
        <source>Action pro&amp;gramme</source>
        <translation>Про&amp;грамма действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="69"/>
        <source>N&amp;otes</source>
        <translation>Прим&amp;ечания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="131"/>
        <source>This service falls in the approved reporting period {period}; it is read-only. Headquarters can reopen the period.</source>
        <translation>Услуга относится к утвержденному отчетному периоду {period}; она доступна только для чтения. Национальный офис может вновь открыть период.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/service.py" line="148"/>
        <source>Recorded the service for {who}.</source>
        <translation>Записана услуга для {who}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/forms/service.py" line="150"/>
        <source>Recorded the service for %n children or households.</source>
        <translation>
            <numerusform>Записана услуга для %n ребёнка или домохозяйства.</numerusform>
            <numerusform>Записана услуга для %n детей или домохозяйств.</numerusform>
            <numerusform>Записана услуга для %n детей или домохозяйств.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="21"/>
        <source>New &amp;household service…</source>
        <translation>Новая услуга для &amp;домохозяйства…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/services.py" line="23"/>
        <source>Livelihood and other services for households</source>
        <translation>Услуги по обеспечению средств к существованию и другие услуги для домохозяйств</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="44"/>
        <source>Sectors</source>
        <translation>Отрасли</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="45"/>
        <source>Hazardous conditions</source>
        <translation>Опасные условия труда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="46"/>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="47"/>
        <source>Service types</source>
        <translation>Виды услуг</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="48"/>
        <source>School status</source>
        <translation>Обучение в школе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="49"/>
        <source>Work status</source>
        <translation>Трудовой статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="50"/>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="51"/>
        <source>Poverty markers</source>
        <translation>Признаки бедности</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="52"/>
        <source>Guardian relations</source>
        <translation>Степень родства опекуна</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="53"/>
        <source>Activity kinds</source>
        <translation>Виды мероприятий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="54"/>
        <source>Organisation types</source>
        <translation>Типы организаций</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="55"/>
        <source>Organisation roles</source>
        <translation>Роли организаций</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="56"/>
        <source>Programme status</source>
        <translation>Статус программы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="57"/>
        <source>Strategies</source>
        <translation>Стратегии</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="58"/>
        <source>Narrative sections</source>
        <translation>Разделы описательной части</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="250"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="263"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="264"/>
        <source>Offices</source>
        <translation>Офисы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="265"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="266"/>
        <source>Reference lists</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="267"/>
        <source>Project settings</source>
        <translation>Параметры проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="268"/>
        <source>Extra fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="269"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/settings.py" line="270"/>
        <source>DHIS2 mapping</source>
        <translation>Соответствие DHIS2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="117"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="130"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="131"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="132"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="133"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="135"/>
        <source>Offices</source>
        <translation>Офисы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="169"/>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="172"/>
        <source>The bundle {name} was opened with CL Desktop; import it?</source>
        <translation>Пакет {name} открыт в CL Desktop. Импортировать его?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="199"/>
        <source>Return bundle for office</source>
        <translation>Ответный пакет для офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="200"/>
        <source>Everything (full bundle), not only the changes not yet acknowledged</source>
        <translation>Все данные (полный пакет), а не только неподтвержденные изменения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="204"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="207"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Импортировать пакеты…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="217"/>
        <source>Import &amp;Kobo/ODK submissions…</source>
        <translation>Импорт анкет &amp;Kobo/ODK…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="245"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="246"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="247"/>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="248"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="249"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="250"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="251"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="252"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="253"/>
        <source>Conflicted</source>
        <translation>Конфликтов</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="254"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="259"/>
        <source>&amp;Save history for printing…</source>
        <translation>&amp;Сохранить историю для печати…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="271"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="282"/>
        <source>Here</source>
        <translation>В этой базе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="282"/>
        <source>Arrived</source>
        <translation>Поступившее</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="289"/>
        <source>Keep &amp;here</source>
        <translation>Оставить из &amp;этой базы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="292"/>
        <source>Keep &amp;arrived</source>
        <translation>Принять &amp;поступившее</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="297"/>
        <source>or type the right value</source>
        <translation>или введите правильное значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="298"/>
        <source>Use this &amp;value</source>
        <translation>Использовать это &amp;значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="356"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="330"/>
        <source>&amp;Merge (keep the first)</source>
        <translation>&amp;Объединить (оставить первую)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="337"/>
        <source>&amp;Not the same child</source>
        <translation>&amp;Разные дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="333"/>
        <source>Same c&amp;hild, merge later</source>
        <translation>Тот &amp;же ребёнок, объединить позже</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="335"/>
        <source>The second record stops counting in every figure at once</source>
        <translation>Вторая запись сразу перестаёт учитываться во всех показателях</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="738"/>
        <source>{other} is {keep}: counted once from now on.</source>
        <translation>{other} — это {keep}: теперь учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="340"/>
        <source>&amp;Scan all children</source>
        <translation>&amp;Проверить всех детей</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="156"/>
        <source>Import the demo office&apos;s bundle</source>
        <translation>Импортировать пакет демонстрационного офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="161"/>
        <source>This demo has an enrolled field office, {office} (see Offices), which sent headquarters a bundle with one follow-up visit: import it to see an exchange.</source>
        <translation>В демоверсии есть зарегистрированный местный офис {office} (см. «Офисы»), который отправил национальному офису пакет с одним контрольным посещением: импортируйте его, чтобы увидеть обмен.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="355"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="357"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="358"/>
        <source>Received up to</source>
        <translation>Получено до</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="359"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="360"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="371"/>
        <source>e.g. KH-7, KH-23 (empty: the whole country)</source>
        <translation>напр. KH-7, KH-23 (пусто: вся страна)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="374"/>
        <source>e.g. AP001, AP004</source>
        <translation>напр. AP001, AP004</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="375"/>
        <source>New office code</source>
        <translation>Код нового офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="376"/>
        <source>New office name</source>
        <translation>Название нового офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="377"/>
        <source>Provinces held</source>
        <translation>Провинции офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="378"/>
        <source>Action programmes held</source>
        <translation>Программы действий офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="381"/>
        <source>&amp;Add office and save its setup file…</source>
        <translation>&amp;Добавить офис и сохранить его установочный файл…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="384"/>
        <source>&amp;Revoke office…</source>
        <translation>&amp;Отозвать офис…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="387"/>
        <source>Set the selected office&apos;s &amp;scope</source>
        <translation>Задать &amp;охват выбранного офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="398"/>
        <source>The passphrase of a new setup file appears here, once.</source>
        <translation>Здесь один раз будет показана парольная фраза нового установочного файла.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="420"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="420"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="445"/>
        <source>Pairs to review: more than {n}</source>
        <translation>Пар к проверке: более {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="448"/>
        <source>Pairs to review: {n}</source>
        <translation>Пар к проверке: {n}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="451"/>
        <source>Last full check: {date}</source>
        <translation>Последняя полная проверка: {date}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="453"/>
        <source>No full check yet</source>
        <translation>Полная проверка еще не проводилась</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="457"/>
        <source>Children added or changed since and not yet compared: {n}. The count may be incomplete: scan all children.</source>
        <translation>Добавлено или изменено с тех пор и еще не сравнено детей: {n}. Число пар может быть неполным: проверьте всех детей.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="479"/>
        <source>whole country</source>
        <translation>вся страна</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="482"/>
        <source>revoked: {reason}</source>
        <translation>отозван: {reason}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="484"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="509"/>
        <source>Folder for the bundle (e.g. the USB stick)</source>
        <translation>Папка для пакета (например, USB-накопитель)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="514"/>
        <source>Bundles to import</source>
        <translation>Пакеты для импорта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="514"/>
        <source>Sync bundles (*.clbundle);;All files (*)</source>
        <translation>Пакеты синхронизации (*.clbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="536"/>
        <source>Add an office first: return bundles are made for one office.</source>
        <translation>Сначала добавьте офис: ответный пакет создается для одного офиса.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="546"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="561"/>
        <source>Exporting a bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="565"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>Отменено; пакет не записан.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="572"/>
        <source>Wrote {path}.</source>
        <translation>Записан файл {path}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="620"/>
        <source>Cancelled: the bundle being imported changed nothing; {n} imported before it stay imported.</source>
        <translation>Отменено: импортируемый пакет ничего не изменил; {n} импортированных ранее остаются.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="625"/>
        <source>Importing bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="630"/>
        <source>Imported {n} file(s); the receipts are below and in the history.</source>
        <translation>Импортировано файлов: {n}; квитанции приведены ниже и в истории.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="645"/>
        <source>Save the sync history</source>
        <translation>Сохранение истории синхронизации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="649"/>
        <source>Saved the history to {path}.</source>
        <translation>История сохранена в файл {path}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="678"/>
        <source>Select a conflict first.</source>
        <translation>Сначала выберите конфликт.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="692"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="692"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="703"/>
        <source>Resolved; the decision goes to the offices with the next return bundles.</source>
        <translation>Решено; решение будет передано офисам со следующими ответными пакетами.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="722"/>
        <source>Merged {other} into {keep}: {s} services and {f} follow-ups moved.</source>
        <translation>Запись {other} объединена с {keep}; перенесено услуг: {s}, контрольных посещений: {f}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="756"/>
        <source>Comparing children…</source>
        <translation>Сравнение детей…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="768"/>
        <source>{n} new suspected duplicate(s).</source>
        <translation>Новых предполагаемых дубликатов: {n}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="772"/>
        <source>Scanning for duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="776"/>
        <source>Cancelled; the list of suspected duplicates is unchanged.</source>
        <translation>Отменено; список предполагаемых дубликатов не изменился.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="784"/>
        <source>Type the new office&apos;s code and name first.</source>
        <translation>Сначала введите код и название нового офиса.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="786"/>
        <source>Save the office&apos;s setup file</source>
        <translation>Сохранение установочного файла офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="796"/>
        <source>Writing the setup file {name}…</source>
        <translation>Запись файла настройки {name}…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="799"/>
        <source>Making the office&apos;s keys…</source>
        <translation>Создание ключей офиса…</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="809"/>
        <source>The office is being added; wait for it or cancel it.</source>
        <translation>Офис добавляется; дождитесь окончания или отмените.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="811"/>
        <source>Adding office {code}</source>
        <translation>Добавление офиса {code}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="816"/>
        <source>Cancelled; office {code} was not added and no setup file was written.</source>
        <translation>Отменено; офис {code} не добавлен, файл настройки не записан.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="830"/>
        <source>Added office {code}; setup file {path}. Give the office the passphrase shown below separately from the file; it is shown only now. Key fingerprint {fp}.</source>
        <translation>Добавлен офис {code}; установочный файл: {path}. Передайте офису показанную ниже парольную фразу отдельно от файла; она показывается только сейчас. Отпечаток ключа: {fp}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="834"/>
        <source>The setup file is {path}.</source>
        <translation>Файл настройки: {path}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="844"/>
        <source>Select an office in the list first.</source>
        <translation>Сначала выберите офис в списке.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="855"/>
        <source>Office {code} now holds the provinces and programmes typed above; its next return bundle brings and removes records to match.</source>
        <translation>Офис {code} теперь ведёт указанные выше провинции и программы; следующий ответный пакет добавит и уберёт записи соответственно.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="867"/>
        <source>Revoke office</source>
        <translation>Отзыв офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="867"/>
        <source>Why is office {code} revoked?</source>
        <translation>Почему отзывается офис {code}?</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/sync.py" line="881"/>
        <source>Revoked office {code}; its bundles are refused from now on.</source>
        <translation>Офис {code} отозван; отныне его пакеты отклоняются.</translation>
    </message>
</context>
<context>
    <name>TargetsMixin</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="29"/>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="30"/>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="31"/>
        <source>Withdrawn</source>
        <translation>Выведено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/programme.py" line="31"/>
        <source>Prevented</source>
        <translation>Предотвращено вовлечение</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../cl_desktop/ui/tasks.py" line="265"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="33"/>
        <source>User account — edit</source>
        <translation>Учетная запись — изменение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="33"/>
        <source>New user account</source>
        <translation>Новая учетная запись</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="36"/>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="38"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="41"/>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="43"/>
        <source>Data-entry clerk</source>
        <translation>Оператор ввода данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="44"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="45"/>
        <source>Headquarters administrator</source>
        <translation>Администратор национального офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="47"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="49"/>
        <source>&amp;Office</source>
        <translation>&amp;Офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="50"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="51"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="51"/>
        <source>Reset the password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="53"/>
        <source>Leave empty to keep the current password. A reset is kept in the audit trail.</source>
        <translation>Оставьте пустым, чтобы сохранить текущий пароль. Сброс пароля фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="56"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="56"/>
        <source>Con&amp;firm password</source>
        <translation>По&amp;дтвердите пароль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="61"/>
        <source>Reason for the reset</source>
        <translation>Причина сброса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/forms/admin.py" line="69"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="173"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypedFilter</name>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="210"/>
        <source>{label} contains</source>
        <translation>{label} содержит</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="212"/>
        <source>{label}: the rows whose answer contains this text; start with = for exactly this text</source>
        <translation>{label}: строки, где ответ содержит этот текст; начните с =, чтобы найти точно этот текст</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="216"/>
        <source>{label} from</source>
        <translation>{label} от</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="217"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="220"/>
        <source>{label}: from a number, to a number, or both</source>
        <translation>{label}: от числа, до числа или и то и другое</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="222"/>
        <source>{label}: from a date, to a date, or both ({pattern})</source>
        <translation>{label}: от даты, до даты или и то и другое ({pattern})</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="241"/>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="265"/>
        <source>DD/MM/YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="259"/>
        <source>{label}: “{value}” is not a number.</source>
        <translation>{label}: «{value}» — не число.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="262"/>
        <source>{label}: “{value}” is not a date (write it as {pattern}).</source>
        <translation>{label}: «{value}» — не дата (пишите её как {pattern}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/pages/list_page.py" line="267"/>
        <source>{label}: the range starts after it ends.</source>
        <translation>{label}: диапазон начинается позже, чем кончается.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="61"/>
        <source>Signing in is not available in this build.</source>
        <translation>В этой сборке вход в систему недоступен.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="221"/>
        <source>{error}

The latest good backup is {backup}. Restore it now? The damaged file is kept aside.</source>
        <translation>{error}

Последняя исправная резервная копия: {backup}. Восстановить ее сейчас? Поврежденный файл будет сохранен отдельно.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="256"/>
        <source>Checking the database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/app.py" line="276"/>
        <source>The automatic backup failed: {error}</source>
        <translation>Автоматическое резервное копирование не выполнено: {error}</translation>
    </message>
</context>
<context>
    <name>dhis2_check</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="224"/>
        <source>The dates asked for lie outside project {project} ({start} to {end}).</source>
        <translation>Запрошенные даты лежат вне проекта {project} (с {start} по {end}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="225"/>
        <source>Period {period} ({start} to {end}) lies outside project {project}.</source>
        <translation>Период {period} (с {start} по {end}) лежит вне проекта {project}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="226"/>
        <source>Period {period} ({start} to {end}) has no DHIS2 period type; DHIS2 reads months, quarters, six-month and yearly periods.</source>
        <translation>У периода {period} (с {start} по {end}) нет типа периода DHIS2; DHIS2 читает месяцы, кварталы, полугодия и годы.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="230"/>
        <source>There are no figures to export for the periods asked for.</source>
        <translation>За запрошенные периоды нет показателей для выгрузки.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="231"/>
        <source>The data set has no code in the DHIS2 mapping.</source>
        <translation>У набора данных нет кода в соответствии DHIS2.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="232"/>
        <source>The data element “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>У элемента данных «{key}» нет кода в соответствии DHIS2 (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="233"/>
        <source>The organisation unit “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>У организационной единицы «{key}» нет кода в соответствии DHIS2 (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="236"/>
        <source>The category “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>У категории «{key}» нет кода в соответствии DHIS2 (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="237"/>
        <source>The {category} option “{key}” has no code in the DHIS2 mapping ({count} figure(s)).</source>
        <translation>У варианта «{key}» категории {category} нет кода в соответствии DHIS2 (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="240"/>
        <source>The DHIS2 mapping does not know the data element “{key}” ({count} figure(s)).</source>
        <translation>Соответствие DHIS2 не знает элемента данных «{key}» (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="241"/>
        <source>The DHIS2 mapping does not know the organisation unit “{key}” ({count} figure(s)).</source>
        <translation>Соответствие DHIS2 не знает организационной единицы «{key}» (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="244"/>
        <source>The DHIS2 mapping does not know the category “{key}” ({count} figure(s)).</source>
        <translation>Соответствие DHIS2 не знает категории «{key}» (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="245"/>
        <source>The DHIS2 mapping does not know the {category} option “{key}” ({count} figure(s)).</source>
        <translation>Соответствие DHIS2 не знает варианта «{key}» категории {category} (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="248"/>
        <source>The DHIS2 mapping does not know the children without a province ({count} figure(s)).</source>
        <translation>Соответствие DHIS2 не знает детей без провинции (показателей: {count}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="251"/>
        <source>DHIS2 export check: project {project}, {format}</source>
        <translation>Проверка выгрузки в DHIS2: проект {project}, {format}</translation>
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
        <translation>Составлено {date} по соответствию DHIS2 из этой базы данных.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="255"/>
        <source>{count} data value(s) have every code they need.</source>
        <translation>Значений данных со всеми нужными кодами: {count}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="256"/>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="257"/>
        <source>No problem: the export can be written and sent.</source>
        <translation>Проблем нет: выгрузку можно записать и отправить.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="258"/>
        <source>The export writes only with --allow-missing, leaving those figures out.</source>
        <translation>Выгрузка записывается только с --allow-missing, без этих показателей.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../cl_desktop/ui/record/child_view.py" line="485"/>
        <source>Child record</source>
        <translation>Карточка ребенка</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="279"/>
        <source>Household chores (hours per week)</source>
        <translation>Работа по дому (часов в неделю)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="280"/>
        <source>Hazardous household tasks</source>
        <translation>Опасные домашние работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="281"/>
        <source>Has a job to return to</source>
        <translation>Есть работа, на которую можно вернуться</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="282"/>
        <source>Relationship to the household head</source>
        <translation>Отношение к главе домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="283"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="284"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="285"/>
        <source>Income sources</source>
        <translation>Источники дохода</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="286"/>
        <source>Household chores counted as work above (hours per week)</source>
        <translation>Работа по дому считается трудом свыше (часов в неделю)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="287"/>
        <source>Chores counted from age</source>
        <translation>Работа по дому учитывается с возраста</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="288"/>
        <source>Chores counted up to age</source>
        <translation>Работа по дому учитывается до возраста</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="289"/>
        <source>Compulsory school age up to</source>
        <translation>Возраст обязательного обучения: до</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="290"/>
        <source>Days an accepted referral may wait for its service</source>
        <translation>Дней ожидания услуги по принятому направлению</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="291"/>
        <source>Field code</source>
        <translation>Код поля</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="292"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="293"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="294"/>
        <source>Label (English)</source>
        <translation>Название (английский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="295"/>
        <source>Label (Khmer)</source>
        <translation>Название (кхмерский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="296"/>
        <source>Label (Russian)</source>
        <translation>Название (русский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="297"/>
        <source>Help (English)</source>
        <translation>Подсказка (английский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="298"/>
        <source>Help (Khmer)</source>
        <translation>Подсказка (кхмерский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="299"/>
        <source>Help (Russian)</source>
        <translation>Подсказка (русский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="300"/>
        <source>Lowest value</source>
        <translation>Наименьшее значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="301"/>
        <source>Highest value</source>
        <translation>Наибольшее значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="302"/>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="303"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="304"/>
        <source>Section (Khmer)</source>
        <translation>Раздел (кхмерский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="305"/>
        <source>Section (Russian)</source>
        <translation>Раздел (русский)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="306"/>
        <source>Show when this field has a value</source>
        <translation>Показывать, когда заполнено это поле</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="307"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="308"/>
        <source>DUNS number</source>
        <translation>Номер DUNS</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="309"/>
        <source>Unique entity identifier (UEI)</source>
        <translation>Уникальный идентификатор организации (UEI)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="310"/>
        <source>Kind of livelihood support</source>
        <translation>Вид поддержки дохода</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="311"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="312"/>
        <source>Name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="313"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="314"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="315"/>
        <source>Action programme</source>
        <translation>Программа действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="316"/>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="317"/>
        <source>Village</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="318"/>
        <source>Intake date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="319"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="320"/>
        <source>Guardian</source>
        <translation>Родитель или опекун</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="321"/>
        <source>Guardian&apos;s relation</source>
        <translation>Степень родства опекуна</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="322"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="323"/>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="324"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="325"/>
        <source>Hours per week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="326"/>
        <source>Hazardous conditions</source>
        <translation>Опасные условия труда</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="327"/>
        <source>Age started work</source>
        <translation>Возраст начала работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="328"/>
        <source>School status</source>
        <translation>Обучение в школе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="329"/>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="330"/>
        <source>Case number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="331"/>
        <source>Head of household</source>
        <translation>Глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="332"/>
        <source>Members</source>
        <translation>Членов домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="333"/>
        <source>Children under 18</source>
        <translation>Детей до 18 лет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="334"/>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="335"/>
        <source>Service type</source>
        <translation>Вид услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="336"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="337"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="338"/>
        <source>Visit date</source>
        <translation>Дата посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="339"/>
        <source>Visited by</source>
        <translation>Посещение провел(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="340"/>
        <source>School attendance (%)</source>
        <translation>Посещаемость школы (%)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="341"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="342"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="343"/>
        <source>Project code</source>
        <translation>Код проекта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="344"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="345"/>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="346"/>
        <source>Indicator code</source>
        <translation>Код показателя</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="347"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="348"/>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="349"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="350"/>
        <source>Actual</source>
        <translation>Фактическое значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="351"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="352"/>
        <source>Programme code</source>
        <translation>Код программы действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="353"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="354"/>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="355"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="356"/>
        <source>Participants (women and girls)</source>
        <translation>Участники (женщины и девочки)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="357"/>
        <source>Participants (men and boys)</source>
        <translation>Участники (мужчины и мальчики)</translation>
    </message>
</context>
<context>
    <name>kobo</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="175"/>
        <source>the submission has no id.</source>
        <translation>у анкеты нет идентификатора.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="176"/>
        <source>the submission id is longer than {maximum} characters.</source>
        <translation>идентификатор анкеты длиннее {maximum} символов.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="177"/>
        <source>the submission {key} is also in row {other}.</source>
        <translation>анкета {key} есть также в строке {other}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="178"/>
        <source>{column}: “{value}” does not exist in this database.</source>
        <translation>{column}: «{value}» нет в этой базе данных.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="179"/>
        <source>{column} is required.</source>
        <translation>{column}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="180"/>
        <source>{file} has no submission id column (meta/instanceID, instanceID, KEY or _uuid); export the submissions from Kobo or ODK Central with their metadata.</source>
        <translation>В файле {file} нет столбца с идентификатором анкеты (meta/instanceID, instanceID, KEY или _uuid); выгрузите анкеты из Kobo или ODK Central вместе с метаданными.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="184"/>
        <source>{file} is not an export of the {form} form: it lacks the column(s) {columns}.</source>
        <translation>{file} — не выгрузка формы {form}: в нём нет столбцов {columns}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="185"/>
        <source>{file} has a header but no submissions.</source>
        <translation>В файле {file} есть заголовок, но нет анкет.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="186"/>
        <source>{file} holds more than {maximum} submissions; export them in parts (by submission date) and import each.</source>
        <translation>В файле {file} больше {maximum} анкет; выгрузите их частями (по дате отправки) и импортируйте каждую.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="190"/>
        <source>{file}: {count} error(s); nothing was imported.</source>
        <translation>{file}: ошибок: {count}; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="29"/>
        <location filename="../../cl_desktop/ui/models/cells.py" line="25"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="21"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="196"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="201"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="22"/>
        <source>Data-entry clerk</source>
        <translation>Оператор ввода данных</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="23"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="24"/>
        <source>Headquarters administrator</source>
        <translation>Администратор национального офиса</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="25"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="26"/>
        <source>Khmer</source>
        <translation>Кхмерский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="27"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="28"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="196"/>
        <location filename="../../cl_desktop/ui/kobo_dialog.py" line="201"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="30"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="31"/>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="32"/>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="33"/>
        <source>Withdrawn</source>
        <translation>Выведен(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="34"/>
        <source>Prevented</source>
        <translation>Вовлечение предотвращено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="35"/>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="36"/>
        <source>In or at risk, no education service yet</source>
        <translation>В детском труде или в группе риска, без образовательных услуг</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="37"/>
        <source>Case number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="38"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="39"/>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="40"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="41"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="42"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="43"/>
        <source>Village</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="44"/>
        <source>Province</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="45"/>
        <source>Action programme</source>
        <translation>Программа действий</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="46"/>
        <source>Intake</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="47"/>
        <source>Work status</source>
        <translation>Трудовой статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="48"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="49"/>
        <source>Outcome date</source>
        <translation>Дата результата</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="50"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="51"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="52"/>
        <source>Hours/week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="53"/>
        <source>Guardian</source>
        <translation>Родитель или опекун</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="54"/>
        <source>Head of household</source>
        <translation>Глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="55"/>
        <source>Head (Latin)</source>
        <translation>ФИО главы (латиницей)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="56"/>
        <source>Head&apos;s sex</source>
        <translation>Пол главы домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="57"/>
        <source>Members</source>
        <translation>Членов домохозяйства</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="58"/>
        <source>Children under 18</source>
        <translation>Детей до 18 лет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="59"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="60"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="61"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="62"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="63"/>
        <source>Provider</source>
        <translation>Поставщик услуги</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="64"/>
        <source>For</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="65"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="66"/>
        <source>Working</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="67"/>
        <source>Attendance %</source>
        <translation>Посещаемость, %</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="68"/>
        <source>Visited by</source>
        <translation>Посещение провел(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="69"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="70"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="71"/>
        <source>Workplace</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="72"/>
        <source>Children identified</source>
        <translation>Выявлено детей</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="73"/>
        <source>Referred</source>
        <translation>Направлен(а)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="74"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="75"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="76"/>
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="77"/>
        <source>Answer expected</source>
        <translation>Ответ ожидается</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="78"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="79"/>
        <source>Not overdue</source>
        <translation>Не просрочено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="80"/>
        <source>Consent to share</source>
        <translation>Согласие на передачу</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="81"/>
        <source>Referring office</source>
        <translation>Направивший офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="82"/>
        <source>From visit</source>
        <translation>По итогам посещения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="83"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="84"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="85"/>
        <source>No response</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="86"/>
        <source>Service provided</source>
        <translation>Услуга оказана</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="87"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="88"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="89"/>
        <source>Emergency</source>
        <translation>Экстренная</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="90"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="91"/>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="92"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="93"/>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="94"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="95"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="96"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="97"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="98"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="99"/>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="100"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="101"/>
        <source>Target withdrawn</source>
        <translation>Целевое значение: выведено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="102"/>
        <source>Target prevented</source>
        <translation>Целевое значение: предотвращено вовлечение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="103"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="104"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="105"/>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="106"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="107"/>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="108"/>
        <source>Participants (F)</source>
        <translation>Участники (ж)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="109"/>
        <source>Participants (M)</source>
        <translation>Участники (м)</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="110"/>
        <source>Output</source>
        <translation>Непосредственный результат</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="111"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="112"/>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="113"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="114"/>
        <source>Actual</source>
        <translation>Фактическое значение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="115"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="116"/>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="117"/>
        <source>Approved</source>
        <translation>Утвержден</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="118"/>
        <source>Reopen reason</source>
        <translation>Основание для повторного открытия</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="119"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="120"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="121"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="122"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="123"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="124"/>
        <source>Active</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="125"/>
        <source>Headquarters</source>
        <translation>Национальный офис</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="126"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="127"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="128"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="129"/>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="130"/>
        <source>Follow-up</source>
        <translation>Контрольное посещение</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="131"/>
        <source>Follow-up overdue</source>
        <translation>Контрольное посещение просрочено</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="132"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="195"/>
        <source>There is no file {path}.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="196"/>
        <source>{path} is a folder, not a spreadsheet.</source>
        <translation>{path} — это папка, а не таблица.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="197"/>
        <source>Could not read {path}: {error}.</source>
        <translation>Не удалось прочитать {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="198"/>
        <source>{name} is not an Excel workbook (.xlsx); it may be damaged.</source>
        <translation>{name} — не книга Excel (.xlsx); возможно, файл поврежден.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="199"/>
        <source>{name}: save the sheet as .xlsx or CSV (UTF-8) and import that file.</source>
        <translation>{name}: сохраните лист как .xlsx или CSV (UTF-8) и импортируйте этот файл.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="200"/>
        <source>{name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="201"/>
        <source>{name} is not a text (CSV) file.</source>
        <translation>{name} — не текстовый файл (CSV).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="202"/>
        <source>{name} is not UTF-8 text: in Excel use “Save as… CSV UTF-8 (comma delimited)”.</source>
        <translation>{name} — не текст в UTF-8: в Excel выберите «Сохранить как… CSV UTF-8 (разделитель — запятая)».</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="203"/>
        <source>{name} has a line longer than {maximum} characters; it is not a table.</source>
        <translation>В {name} есть строка длиннее {maximum} символов; это не таблица.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="204"/>
        <source>{name} has a row longer than {maximum} characters; it is not a table.</source>
        <translation>В {name} есть запись длиннее {maximum} символов; это не таблица.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="205"/>
        <source>{name}, row {row}: not a valid CSV line ({error}).</source>
        <translation>{name}, строка {row}: неверная строка CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="206"/>
        <source>{name} has more than {maximum} rows; split it into smaller files.</source>
        <translation>В {name} больше {maximum} строк; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="207"/>
        <source>{name}, row {row}: more than {maximum} columns; it is not a register.</source>
        <translation>{name}, строка {row}: больше {maximum} столбцов; это не реестр.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="208"/>
        <source>{name}, row {row}: a cell longer than {maximum} characters.</source>
        <translation>{name}, строка {row}: ячейка длиннее {maximum} символов.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="209"/>
        <source>{name} is not a readable Excel workbook (.xlsx).</source>
        <translation>{name} — не читаемая книга Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="210"/>
        <source>{name} has no worksheet.</source>
        <translation>В {name} нет ни одного листа.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="211"/>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name} — не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="212"/>
        <source>{name} is suspiciously compressed; it is refused.</source>
        <translation>{name} сжат подозрительно сильно; файл отклонен.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="213"/>
        <source>{name} holds more text than a register can; split it into smaller files.</source>
        <translation>В {name} больше текста, чем может быть в реестре; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="214"/>
        <source>{name} is too large to import; split it into smaller files.</source>
        <translation>{name} слишком велик для импорта; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="215"/>
        <source>{name} holds XML that spreadsheet programs do not write; it is refused.</source>
        <translation>В {name} есть XML, который программы электронных таблиц не пишут; файл отклонен.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="216"/>
        <source>{name} has a row of more than {maximum} cells; it is not a register.</source>
        <translation>В {name} есть строка из более чем {maximum} ячеек; это не реестр.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="217"/>
        <source>{name} has a cell longer than {maximum} characters; it is not a register.</source>
        <translation>В {name} есть ячейка длиннее {maximum} символов; это не реестр.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="218"/>
        <source>{name}: the worksheet is damaged after row {row}.</source>
        <translation>{name}: лист поврежден после строки {row}.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="137"/>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="138"/>
        <source>percent</source>
        <translation>процент</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="139"/>
        <source>deliverable</source>
        <translation>результат работы</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="140"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="149"/>
        <source>{field} is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="150"/>
        <source>{field} must be a date written as YYYY-MM-DD (got “{value}”).</source>
        <translation>{field}: нужна дата в формате ГГГГ-ММ-ДД (введено «{value}»).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="151"/>
        <source>{field}: {month_name} has {days} days in {year}.</source>
        <translation>{field}: в месяце «{month_name}» {year} г. дней: {days}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="152"/>
        <source>{field}: a year has 12 months (got “{value}”).</source>
        <translation>{field}: в году 12 месяцев (введено «{value}»).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="153"/>
        <source>{field} cannot be in the future ({value}).</source>
        <translation>{field}: дата не может быть в будущем ({value}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="154"/>
        <source>{field} must be a whole number (got “{value}”).</source>
        <translation>{field}: нужно целое число (введено «{value}»).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="155"/>
        <source>{field} must be a number (got “{value}”).</source>
        <translation>{field}: нужно число (введено «{value}»).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="156"/>
        <source>{field} cannot be negative.</source>
        <translation>{field}: значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="157"/>
        <source>{field} cannot be more than {maximum}.</source>
        <translation>{field}: значение не может быть больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="158"/>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: допустимые значения — {choices}.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="159"/>
        <source>{field}: the child must be aged {low}-{high} at intake (age {age}).</source>
        <translation>{field}: при регистрации возраст ребенка должен быть от {low} до {high} лет (возраст: {age}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="160"/>
        <source>{field} cannot be before {other} ({other_value}).</source>
        <translation>{field}: дата не может быть раньше, чем «{other}» ({other_value}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="161"/>
        <source>{field} cannot be after {other} ({other_value}).</source>
        <translation>{field}: дата не может быть позже, чем «{other}» ({other_value}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="162"/>
        <source>{field} ({value}) is outside the action programme&apos;s dates ({start} to {end}).</source>
        <translation>{field} ({value}): дата выходит за сроки программы действий ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="163"/>
        <source>{field} “{value}” is already used by another record.</source>
        <translation>{field}: значение «{value}» уже используется в другой записи.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="164"/>
        <source>{field} is too long ({length} characters; at most {maximum}).</source>
        <translation>{field}: слишком длинное значение (символов: {length}; допускается не более {maximum}).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="165"/>
        <source>{field} ({value}) falls in the approved reporting period {period}; it is locked.</source>
        <translation>{field} ({value}): дата относится к утвержденному отчетному периоду {period}; период заблокирован.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="166"/>
        <source>{field}: “{value}” does not exist.</source>
        <translation>{field}: значение «{value}» не найдено.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="167"/>
        <source>{field}: choose at least one child.</source>
        <translation>{field}: выберите хотя бы одного ребенка.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="168"/>
        <source>{field} must be from {minimum} to {maximum} (got “{value}”).</source>
        <translation>{field}: значение должно быть от {minimum} до {maximum} (получено «{value}»).</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="169"/>
        <source>{field} is recorded only for a child who works.</source>
        <translation>{field}: заполняется только для работающего ребенка.</translation>
    </message>
    <message>
        <location filename="../../cl_desktop/ui/catalogue.py" line="170"/>
        <source>{field} cannot be less than {minimum}.</source>
        <translation>{field} не может быть меньше {minimum}.</translation>
    </message>
</context>
</TS>
