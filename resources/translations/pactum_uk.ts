<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="20"/>
        <source>About Pactum</source>
        <translation>Про Pactum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="33"/>
        <source>(in memory)</source>
        <translation>(у пам’яті)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="35"/>
        <source>%1 of %2 migrations applied (latest: %3)</source>
        <translation>застосовано %1 з %2 міграцій (остання: %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="42"/>
        <source>made by a newer Pactum: %1</source>
        <translation>створено новішою версією Pactum: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="46"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="47"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="48"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="49"/>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="56"/>
        <source>Agreements between states and organisations, kept offline.</source>
        <translation>Угоди між державами й організаціями — без мережі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="57"/>
        <source>Libraries</source>
        <translation>Бібліотеки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="57"/>
        <source>Fonts</source>
        <translation>Шрифти</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="77"/>
        <source>&amp;New catalogue…</source>
        <translation>&amp;Новий каталог…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="80"/>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Відкрити каталог…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="82"/>
        <source>Save a &amp;copy…</source>
        <translation>Зберегти &amp;копію…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="84"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="87"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="90"/>
        <source>New from &amp;Article…</source>
        <translation>Нове зі &amp;статті…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="96"/>
        <source>Export &amp;Briefing…</source>
        <translation>Експорт &amp;довідки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="102"/>
        <source>New &amp;agreement…</source>
        <translation>Нова &amp;угода…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="105"/>
        <source>&amp;Edit agreement…</source>
        <translation>&amp;Редагувати угоду…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="108"/>
        <source>&amp;Delete agreement</source>
        <translation>&amp;Видалити угоду</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="110"/>
        <source>&amp;History…</source>
        <translation>&amp;Історія змін…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="111"/>
        <source>A&amp;ttachments…</source>
        <translation>&amp;Вкладення…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="112"/>
        <source>Your &amp;Name in the History…</source>
        <translation>Ваше &amp;ім’я в історії…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="120"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="123"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="130"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Кошик…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="132"/>
        <source>Partnership &amp;Matrix</source>
        <translation>&amp;Матриця партнерств</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="133"/>
        <source>&amp;Deadlines…</source>
        <translation>&amp;Терміни…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="135"/>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Порівняти вибрані</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="137"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Знайти &amp;дублікати…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="139"/>
        <source>C&amp;heck Catalogue</source>
        <translation>Перевірити &amp;каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="141"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервні копії…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="143"/>
        <source>E&amp;xchange…</source>
        <translation>О&amp;бмін змінами…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="145"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="146"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="148"/>
        <source>&amp;About Pactum</source>
        <translation>&amp;Про Pactum</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="61"/>
        <source>New from Article</source>
        <extracomment>How strongly a supporting sentence is marked: the focused field&apos;s, or any of the draft&apos;s.</extracomment>
        <translation>Нове зі статті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="82"/>
        <source>Paste a news text here (a first line &apos;date YYYY-MM-DD&apos; gives its date)</source>
        <translation>Вставте сюди текст новини (перший рядок «date РРРР-ММ-ДД» задає її дату)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="85"/>
        <source>published YYYY-MM-DD</source>
        <translation>опубліковано РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="87"/>
        <source>address (URL)</source>
        <translation>адреса (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="88"/>
        <source>Open .txt/.html…</source>
        <translation>Відкрити .txt/.html…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="90"/>
        <source>Read</source>
        <translation>Прочитати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="123"/>
        <source>Accept checked</source>
        <translation>Прийняти позначені</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="125"/>
        <source>Accept all</source>
        <translation>Прийняти всі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="127"/>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="166"/>
        <source>Open article</source>
        <translation>Відкрити статтю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="166"/>
        <source>Articles (*.txt *.html *.htm)</source>
        <translation>Статті (*.txt *.html *.htm)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/article/article_dialog.py" line="226"/>
        <source>%n draft(s) proposed</source>
        <translation>
            <numerusform>Запропоновано %n чернетку</numerusform>
            <numerusform>Запропоновано %n чернетки</numerusform>
            <numerusform>Запропоновано %n чернеток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="228"/>
        <source>No signed document found</source>
        <translation>Підписаних документів не знайдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="275"/>
        <source>Looks like record #%1 already in the catalogue: add this article as its source instead</source>
        <translation>Схоже на запис №%1, що вже є в каталозі: натомість додати цю статтю як його джерело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="370"/>
        <source>Nothing is checked</source>
        <translation>Нічого не позначено</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="60"/>
        <source>Attachments — %1</source>
        <translation>Вкладення — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="69"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="70"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="71"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="72"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="77"/>
        <source>Attached files</source>
        <translation>Вкладені файли</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="82"/>
        <source>Drop files here or use Add… to keep them with the record.</source>
        <translation>Перетягніть файли сюди або скористайтеся «Додати…», щоб зберегти їх із записом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="89"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="92"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="95"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Зберегти як…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="98"/>
        <source>&amp;Detach</source>
        <translation>&amp;Від’єднати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="121"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="127"/>
        <source>searchable</source>
        <translation>шукається</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="128"/>
        <source>no text (scan)</source>
        <translation>без тексту (скан)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="153"/>
        <source>Attach a file</source>
        <translation>Вкласти файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="155"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="171"/>
        <location filename="../../desktop/ui/records/attachments_feature.py" line="116"/>
        <source>Attaching</source>
        <translation>Вкладаю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="172"/>
        <location filename="../../desktop/ui/records/attachments_feature.py" line="117"/>
        <source>Not attached</source>
        <translation>Не вкладено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="204"/>
        <source>Opening</source>
        <translation>Відкриваю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="205"/>
        <source>Cannot open</source>
        <translation>Не вдається відкрити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="214"/>
        <source>Save the file as</source>
        <translation>Зберегти файл як</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="225"/>
        <source>Saving</source>
        <translation>Зберігаю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="226"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="232"/>
        <source>Remove “%1” from this record?</source>
        <translation>Вилучити «%1» з цього запису?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="236"/>
        <source>Detach</source>
        <translation>Від’єднати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_dialog.py" line="241"/>
        <source>Not detached</source>
        <translation>Не від’єднано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/attachments_feature.py" line="108"/>
        <source>Attached %1 file(s)</source>
        <translation>Вкладено файлів: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="82"/>
        <source>Backups of %1</source>
        <translation>Резервні копії «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="87"/>
        <source>Pactum backs the catalogue up before every update of its format and on the first opening of each day, keeping 7 daily and 4 weekly copies. Each copy was checked after it was written.</source>
        <translation>Pactum робить резервну копію каталогу перед кожним оновленням його формату та під час першого відкриття щодня, зберігаючи 7 щоденних і 4 щотижневі копії. Кожну копію перевірено одразу після запису.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="95"/>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="95"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="95"/>
        <source>Records</source>
        <translation>Записів</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="95"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="105"/>
        <source>Back up now</source>
        <translation>Створити копію зараз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="106"/>
        <source>Restore…</source>
        <translation>Відновити…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="132"/>
        <source>daily</source>
        <translation>щоденна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="133"/>
        <source>made by hand</source>
        <translation>створена вручну</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="134"/>
        <source>before an update</source>
        <translation>перед оновленням</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="135"/>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="136"/>
        <source>before encryption</source>
        <translation>перед шифруванням</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="137"/>
        <source>damaged file set aside</source>
        <translation>відкладений пошкоджений файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="144"/>
        <source>unreadable</source>
        <translation>не читається</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="180"/>
        <source>No backup was made: %1</source>
        <translation>Резервну копію не створено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="192"/>
        <source>Replace the catalogue with the backup of %1 (%2 records)? The current catalogue is backed up first, so you can go back to it from this list.</source>
        <translation>Замінити каталог резервною копією від %1 (записів: %2)? Спершу буде збережено копію поточного каталогу, тож до нього можна повернутися з цього списку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="206"/>
        <source>Nothing was restored: %1</source>
        <translation>Нічого не відновлено: %1</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="69"/>
        <source>Export Briefing</source>
        <translation>Експорт довідки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="90"/>
        <source>Append full texts</source>
        <translation>Додати повні тексти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="91"/>
        <source>Say what changed since the last briefing</source>
        <translation>Показати, що змінилося від попередньої довідки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="92"/>
        <source>Summary: only the latest documents in full</source>
        <translation>Стисло: повністю лише найновіші документи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="102"/>
        <source>PDF (for print)</source>
        <translation>PDF (для друку)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="103"/>
        <source>Word document (to edit)</source>
        <translation>Документ Word (для редагування)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="105"/>
        <source>One file per partnership (into a folder)</source>
        <translation>Окремий файл для кожного партнерства (у теку)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="114"/>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="115"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="116"/>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="117"/>
        <source>Since</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="118"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="122"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="124"/>
        <source>Save to</source>
        <translation>Зберегти в</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="130"/>
        <source>Make Briefing</source>
        <translation>Створити довідку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="133"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="136"/>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="139"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="210"/>
        <source>Folder for the briefings</source>
        <translation>Тека для довідок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="213"/>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="217"/>
        <source>Save Briefing</source>
        <translation>Зберегти довідку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="233"/>
        <source>Check at least one partner.</source>
        <translation>Позначте принаймні одного партнера.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="235"/>
        <source>Choose where to save the briefing.</source>
        <translation>Виберіть, куди зберегти довідку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="266"/>
        <source>Making the briefing…</source>
        <translation>Створюю довідку…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="302"/>
        <source>Written: %s</source>
        <translation>Записано: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="314"/>
        <source>The briefing could not be made: %s</source>
        <translation>Не вдалося створити довідку: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="312"/>
        <source>Cancelled; no file was written.</source>
        <translation>Скасовано; жодного файлу не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="343"/>
        <source>The printer could not be started.</source>
        <translation>Не вдалося запустити принтер.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="359"/>
        <source>Sent to the printer.</source>
        <translation>Надіслано на принтер.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="53"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="54"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="55"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="56"/>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="57"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="58"/>
        <source>Signatories</source>
        <translation>Підписанти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="62"/>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="266"/>
        <source>Damaged: Pactum cannot read</source>
        <translation>Пошкоджено: Pactum не може прочитати</translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="197"/>
        <source>pledged</source>
        <translation>обіцяно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="198"/>
        <source>allocated</source>
        <translation>виділено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="199"/>
        <source>delivered in part</source>
        <translation>поставлено частково</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="200"/>
        <source>delivered</source>
        <translation>поставлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="201"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="223"/>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="224"/>
        <source>what is promised</source>
        <translation>що обіцяно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="225"/>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="226"/>
        <source>unit</source>
        <translation>одиниця</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="227"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="228"/>
        <source>stage</source>
        <translation>стадія</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="235"/>
        <source>amount “%1” is not a number</source>
        <translation>сума «%1» — не число</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="142"/>
        <source>Removed words are struck through (red), added words underlined (green), another form of the same word in italics.</source>
        <translation>Вилучені слова закреслено (червоним), додані підкреслено (зеленим), іншу форму того самого слова — курсивом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="172"/>
        <source>Compare</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="189"/>
        <source>Treat word forms as the same word</source>
        <translation>Вважати форми слова тим самим словом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="196"/>
        <source>Open record</source>
        <translation>Відкрити запис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="198"/>
        <source>Export CSV…</source>
        <translation>Експорт CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="200"/>
        <source>Export PDF…</source>
        <translation>Експорт PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="257"/>
        <location filename="../../desktop/ui/compare/compare_view.py" line="263"/>
        <location filename="../../desktop/ui/compare/compare_view.py" line="268"/>
        <source>Export comparison</source>
        <translation>Експорт порівняння</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="257"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="263"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="96"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../desktop/ui/records/editor/countries.py" line="30"/>
        <source>type a country name or code</source>
        <translation>введіть назву або код країни</translation>
    </message>
</context>
<context>
    <name>DamageOffer</name>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="71"/>
        <source>The catalogue is damaged</source>
        <translation>Каталог пошкоджено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="86"/>
        <source>Salvage into a new catalogue</source>
        <translation>Врятувати в новий каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="116"/>
        <source>Nothing was restored</source>
        <translation>Нічого не відновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="122"/>
        <source>Restoring the newest good backup…</source>
        <translation>Відновлюю найновішу справну резервну копію…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="131"/>
        <source>Salvaging into %1…</source>
        <translation>Рятую в «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="132"/>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="134"/>
        <source>Salvage</source>
        <translation>Порятунок</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="57"/>
        <source>The catalogue is damaged</source>
        <translation>Каталог пошкоджено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="62"/>
        <source>Part of “%1” cannot be read. This usually follows a disk fault, a full disk or a copy taken while Pactum was writing. The file has not been changed, and it will not be: each choice below writes somewhere else.</source>
        <translation>Частину «%1» не вдається прочитати. Зазвичай це наслідок збою диска, переповненого диска або копіювання під час запису Pactum. Файл не змінено й не буде змінено: кожен варіант нижче записує в інше місце.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="75"/>
        <source>Restore the backup of %1 (%2 records)</source>
        <translation>Відновити копію від %1 (записів: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="80"/>
        <source>No good backup to restore</source>
        <translation>Немає справної копії для відновлення</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="82"/>
        <source>&amp;Salvage what can be read into a new file…</source>
        <translation>&amp;Врятувати те, що читається, у новий файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="83"/>
        <source>&amp;Open another catalogue…</source>
        <translation>&amp;Відкрити інший каталог…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="98"/>
        <source>Restoring moves the damaged file into the backups folder unchanged. Salvaging copies every record that can still be read into a new catalogue.</source>
        <translation>Відновлення переносить пошкоджений файл без змін до теки резервних копій. Порятунок копіює кожен запис, який ще можна прочитати, у новий каталог.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="111"/>
        <source>What SQLite found:</source>
        <translation>Що знайшов SQLite:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="121"/>
        <source>Salvage into a new catalogue</source>
        <translation>Врятувати в новий каталог</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/deadlines/feature.py" line="38"/>
        <source>Commitments falling due within %1 days: %n (View › Deadlines)</source>
        <translation>
            <numerusform>Зобов’язань, що спливають протягом %1 днів: %n (Вигляд › Терміни)</numerusform>
            <numerusform>Зобов’язань, що спливають протягом %1 днів: %n (Вигляд › Терміни)</numerusform>
            <numerusform>Зобов’язань, що спливають протягом %1 днів: %n (Вигляд › Терміни)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/feature.py" line="94"/>
        <source>Save deadlines as a calendar</source>
        <translation>Зберегти терміни як календар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/feature.py" line="96"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/feature.py" line="110"/>
        <source>Deadlines saved to %1</source>
        <translation>Терміни збережено до %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/feature.py" line="116"/>
        <source>Save deadlines</source>
        <translation>Збереження термінів</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="50"/>
        <source>Deadlines — Pactum</source>
        <translation>Терміни — Pactum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="54"/>
        <source> days ahead</source>
        <translation> днів наперед</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="56"/>
        <source>&amp;Show deadlines up to</source>
        <translation>&amp;Показати терміни на</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="61"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="62"/>
        <source>Days left</source>
        <translation>Залишилося днів</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="63"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="64"/>
        <source>Commitment</source>
        <translation>Зобов’язання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="65"/>
        <source>Amount</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="66"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="75"/>
        <source>Save as &amp;calendar (.ics)…</source>
        <translation>Зберегти як &amp;календар (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="77"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="104"/>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="105"/>
        <source>This month</source>
        <translation>Цього місяця</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="106"/>
        <source>This quarter</source>
        <translation>Цього кварталу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="107"/>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/deadlines/deadlines_view.py" line="145"/>
        <source>No open commitment falls due within %n days.</source>
        <translation>
            <numerusform>Протягом %n дня не спливає жодне чинне зобов’язання.</numerusform>
            <numerusform>Протягом %n днів не спливає жодне чинне зобов’язання.</numerusform>
            <numerusform>Протягом %n днів не спливає жодне чинне зобов’язання.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/shell/dialogs.py" line="92"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="28"/>
        <source>Likely duplicate</source>
        <translation>Імовірний дублікат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="30"/>
        <source>“%1” looks like record #%2, already in the catalogue.</source>
        <translation>«%1» схоже на запис №%2, що вже є в каталозі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="37"/>
        <source>Add &amp;anyway</source>
        <translation>Усе одно &amp;додати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="41"/>
        <source>Add as its &amp;source</source>
        <translation>Додати як його &amp;джерело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="45"/>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустити</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="65"/>
        <source>Likely duplicates</source>
        <translation>Імовірні дублікати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="75"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="75"/>
        <source>Left (kept)</source>
        <translation>Ліворуч (залишається)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="75"/>
        <source>Right (to the trash)</source>
        <translation>Праворуч (до кошика)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="83"/>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="179"/>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="85"/>
        <source>Subjects, sources, relations and notes of both are kept.</source>
        <translation>Теми, джерела, зв’язки й нотатки обох записів зберігаються.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../desktop/ui/browse/empty_hint.py" line="52"/>
        <source>Nothing found. Try other words or fewer filters; Esc clears the search.</source>
        <translation>Нічого не знайдено. Спробуйте інші слова або менше фільтрів; Esc очищає пошук.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/empty_hint.py" line="56"/>
        <source>No agreement has all the ticked filters.</source>
        <translation>Жодна угода не має всіх позначених фільтрів.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/empty_hint.py" line="57"/>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/empty_hint.py" line="59"/>
        <source>This catalogue is empty.</source>
        <translation>Цей каталог порожній.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/empty_hint.py" line="61"/>
        <source>Add an agreement</source>
        <translation>Додати угоду</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/empty_hint.py" line="62"/>
        <source>Read agreements from a news article</source>
        <translation>Прочитати угоди зі статті новин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/empty_hint.py" line="63"/>
        <source>Import a JSON export</source>
        <translation>Імпортувати експорт JSON</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="67"/>
        <source>%1 is not a Pactum catalogue as this version made it: %2</source>
        <translation>%1 — не каталог Pactum у тому вигляді, у якому його створює ця версія: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="71"/>
        <source>%1 is not a Pactum catalogue: %2</source>
        <translation>%1 — не каталог Pactum: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="75"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 пошкоджено: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="79"/>
        <source>%1 was made by a newer version of Pactum (unknown migrations: %2); update Pactum to open it</source>
        <translation>%1 створено новішою версією Pactum (невідомі міграції: %2); оновіть Pactum, щоб його відкрити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="87"/>
        <source>the catalogue is busy: another window or process is writing to it</source>
        <translation>каталог зайнятий: до нього записує інше вікно чи процес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="93"/>
        <source>%1 is not a plain SQLite file: if it is an encrypted catalogue, give its passphrase</source>
        <translation>%1 — не звичайний файл SQLite: якщо це зашифрований каталог, введіть його пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="100"/>
        <source>cannot open %1: %2 (or the file is not an encrypted catalogue)</source>
        <translation>не вдається відкрити %1: %2 (або файл не є зашифрованим каталогом)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="106"/>
        <source>encrypted catalogues need the sqlcipher3 package (pip install sqlcipher3)</source>
        <translation>для зашифрованих каталогів потрібен пакет sqlcipher3 (pip install sqlcipher3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="111"/>
        <source>no agreement %1</source>
        <translation>немає угоди %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="113"/>
        <source>agreement %1 was changed elsewhere (you read version %2, the catalogue holds version %3); reload it or keep yours explicitly</source>
        <translation>угоду %1 змінено деінде (ви читали версію %2, у каталозі версія %3); перезавантажте її або явно залиште свою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="121"/>
        <source>%1 is open in another window or process: close it there, then try again</source>
        <translation>%1 відкрито в іншому вікні чи процесі: закрийте його там і спробуйте знову</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="127"/>
        <source>cannot write to %1: %2 (check the permissions of the file and its folder)</source>
        <translation>не вдається записати в %1: %2 (перевірте права доступу до файлу та його теки)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="133"/>
        <source>%1: %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="135"/>
        <source>the disk holding %1 is full: nothing was written; free some space and try again</source>
        <translation>диск, на якому лежить %1, заповнено: нічого не записано; звільніть місце й спробуйте знову</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="142"/>
        <source>agreement %1 already has a file named “%2”: detach it first or rename yours</source>
        <translation>угода %1 уже має файл «%2»: спершу від’єднайте його або перейменуйте свій</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="149"/>
        <source>agreement %1 has no attached file named “%2”</source>
        <translation>угода %1 не має вкладеного файлу «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="153"/>
        <source>%1 comes from another catalogue, not a copy of this one; nothing was changed</source>
        <translation>%1 походить з іншого каталогу, а не з копії цього; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="160"/>
        <source>%1 was made by a %2 version of Pactum: use the same version on both workstations, then export again; nothing was changed</source>
        <translation>%1 зроблено %2 версією Pactum: встановіть однакову версію на обох робочих місцях і експортуйте знову; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="168"/>
        <source>%1 is damaged or was altered (%2); nothing was changed</source>
        <translation>%1 пошкоджено або змінено (%2); нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="172"/>
        <source>%1 was applied here already; nothing was changed</source>
        <translation>%1 вже застосовано тут; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="176"/>
        <source>agreement %1 has no open conflict on %2</source>
        <translation>угода %1 не має відкритого конфлікту в полі %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="184"/>
        <source>wrong passphrase</source>
        <translation>неправильний пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="185"/>
        <source>the file or its folder is read-only</source>
        <translation>файл або його тека доступні лише для читання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="189"/>
        <source>is the catalogue itself: choose another file name</source>
        <translation>це сам каталог: виберіть іншу назву файлу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="192"/>
        <source>is the catalogue&apos;s wal file: choose another file name</source>
        <translation>це файл журналу (wal) каталогу: виберіть іншу назву файлу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="195"/>
        <source>is the catalogue&apos;s shm file: choose another file name</source>
        <translation>це файл спільної пам’яті (shm) каталогу: виберіть іншу назву файлу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="198"/>
        <source>is the catalogue&apos;s journal file: choose another file name</source>
        <translation>це файл журналу каталогу: виберіть іншу назву файлу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="201"/>
        <source>is inside the catalogue&apos;s backups folder: choose another folder</source>
        <translation>лежить у теці резервних копій каталогу: виберіть іншу теку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="204"/>
        <source>the file name contains control characters</source>
        <translation>назва файлу містить керівні символи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="207"/>
        <source>is a folder: give a file name</source>
        <translation>це тека: вкажіть назву файлу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="208"/>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>це не звичайний файл (пристрій, канал чи сокет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="212"/>
        <source>older</source>
        <translation>старішою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="213"/>
        <source>newer</source>
        <translation>новішою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="214"/>
        <source>not a package of changes, or encrypted with another passphrase</source>
        <translation>це не пакет змін або його зашифровано іншою парольною фразою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="217"/>
        <source>the file is damaged</source>
        <translation>файл пошкоджено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="218"/>
        <source>not a package of changes</source>
        <translation>це не пакет змін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="219"/>
        <source>a package format this version does not read</source>
        <translation>формат пакета, якого ця версія не читає</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="222"/>
        <source>a changeset is not stored as one</source>
        <translation>набір змін збережено не як набір змін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="225"/>
        <source>a manifest is not JSON</source>
        <translation>маніфест не є JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="226"/>
        <source>its content does not match its signature</source>
        <translation>вміст не відповідає підпису</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="82"/>
        <location filename="../../desktop/ui/exchange/feature.py" line="98"/>
        <source>Export changes</source>
        <translation>Експорт змін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="84"/>
        <location filename="../../desktop/ui/exchange/feature.py" line="115"/>
        <source>Import changes</source>
        <translation>Імпорт змін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="93"/>
        <source>%1 added and %2 changed records written to “%3”.</source>
        <translation>До «%3» записано: додано %1, змінено %2 записів.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="99"/>
        <source>Writing the package of changes…</source>
        <translation>Записую пакет змін…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="110"/>
        <source>%1 added, %2 changed, %3 conflicts to review.</source>
        <translation>Додано %1, змінено %2, конфліктів до розгляду: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="116"/>
        <source>Applying the package of changes…</source>
        <translation>Застосовую пакет змін…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="131"/>
        <source>Keep mine: %1</source>
        <translation>Залишити моє: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="133"/>
        <source>Take theirs: %1</source>
        <translation>Взяти їхнє: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/feature.py" line="141"/>
        <source>Resolve</source>
        <translation>Розв’язати</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="50"/>
        <source>Exchange changes</source>
        <translation>Обмін змінами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="51"/>
        <source>&amp;Export changes…</source>
        <translation>&amp;Експортувати зміни…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="52"/>
        <source>&amp;Import changes…</source>
        <translation>&amp;Імпортувати зміни…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="70"/>
        <source>Both started from</source>
        <translation>Спільний початок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="71"/>
        <source>This copy</source>
        <translation>Ця копія</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="72"/>
        <source>The other copy</source>
        <translation>Інша копія</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="79"/>
        <source>Keep &amp;mine</source>
        <translation>Залишити &amp;моє</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="80"/>
        <source>Take &amp;theirs</source>
        <translation>Взяти &amp;їхнє</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="81"/>
        <source>Keep mine for the whole &amp;record</source>
        <translation>Залишити моє для всього &amp;запису</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="82"/>
        <source>Take theirs for the whole r&amp;ecord</source>
        <translation>Взяти їхнє для всього з&amp;апису</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="128"/>
        <source>Conflicts waiting for a decision: %1</source>
        <translation>Конфліктів чекає рішення: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="130"/>
        <source>No conflicts.</source>
        <translation>Конфліктів немає.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="141"/>
        <source>In the trash</source>
        <translation>У кошику</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="145"/>
        <source>in the trash</source>
        <translation>у кошику</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="145"/>
        <source>not in the trash</source>
        <translation>не в кошику</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="147"/>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exchange/dialog.py" line="164"/>
        <source>The other copy (%1)</source>
        <translation>Інша копія (%1)</translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="56"/>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="57"/>
        <source>Kinds</source>
        <translation>Види</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="58"/>
        <source>Statuses</source>
        <translation>Статуси</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="59"/>
        <source>Years</source>
        <translation>Роки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="60"/>
        <source>Subjects</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="164"/>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="210"/>
        <source>Delete %n agreement(s)</source>
        <translation>
            <numerusform>Видалити %n угоду</numerusform>
            <numerusform>Видалити %n угоди</numerusform>
            <numerusform>Видалити %n угод</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="59"/>
        <location filename="../../desktop/ui/compare/feature.py" line="76"/>
        <source>Compare</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="50"/>
        <location filename="../../desktop/ui/records/history.py" line="37"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/article/feature.py" line="30"/>
        <source>Add %n record(s) from an article</source>
        <translation>
            <numerusform>Додати %n запис зі статті</numerusform>
            <numerusform>Додати %n записи зі статті</numerusform>
            <numerusform>Додати %n записів зі статті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="66"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Об’єднати «%1» з «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history.py" line="53"/>
        <source>Restore %1 of “%2”</source>
        <translation>Відновити поле «%1» запису «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/feature.py" line="40"/>
        <source>Open article</source>
        <translation>Відкрити статтю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/feature.py" line="41"/>
        <source>Articles (*.txt *.html *.htm)</source>
        <translation>Статті (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/feature.py" line="47"/>
        <source>Folder for the briefings</source>
        <translation>Тека для довідок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/feature.py" line="51"/>
        <source>Save Briefing</source>
        <translation>Зберегти довідку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="77"/>
        <source>Select two to four records in the table.</source>
        <translation>Виберіть у таблиці від двох до чотирьох записів.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="85"/>
        <source>Export comparison</source>
        <translation>Експорт порівняння</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/feature.py" line="43"/>
        <source>Export matrix</source>
        <translation>Експорт матриці</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="94"/>
        <source>Looking for duplicates…</source>
        <translation>Шукаю дублікати…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="108"/>
        <source>Find Duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="109"/>
        <source>No likely duplicates.</source>
        <translation>Імовірних дублікатів немає.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="118"/>
        <source>Merge</source>
        <translation>Об’єднання</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="45"/>
        <source>“%1” is not a Pactum catalogue: %2. The file was not changed.</source>
        <translation>«%1» не є каталогом Pactum: %2. Файл не змінено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="65"/>
        <source>Left out %1 records holding values Pactum cannot read (Check lists them too):</source>
        <translation>Пропущено записів зі значеннями, яких Pactum не може прочитати: %1 (їх перелічує й перевірка каталогу):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="125"/>
        <location filename="../../desktop/ui/files/operations.py" line="131"/>
        <source>New catalogue</source>
        <translation>Новий каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="132"/>
        <source>“%1” already exists; choose a new name.</source>
        <translation>«%1» уже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="143"/>
        <source>Open catalogue</source>
        <translation>Відкрити каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="167"/>
        <source>Cannot open the catalogue</source>
        <translation>Не вдається відкрити каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ops/__init__.py" line="180"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="190"/>
        <location filename="../../desktop/ui/files/operations.py" line="197"/>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="194"/>
        <source>Saving a copy</source>
        <translation>Збереження копії</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="198"/>
        <source>Saved a copy to “%1”.</source>
        <translation>Копію збережено до «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="206"/>
        <location filename="../../desktop/ui/files/operations.py" line="228"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="216"/>
        <source>Importing</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="229"/>
        <source>Added %1, unchanged %2, kept %3 that differ.</source>
        <translation>Додано: %1, без змін: %2, залишено відмінних: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="239"/>
        <location filename="../../desktop/ui/files/operations.py" line="254"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="249"/>
        <source>Exporting</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="255"/>
        <source>Exported %1 records to “%2”.</source>
        <translation>Експортовано записів: %1 до «%2».</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="109"/>
        <source>User Guide</source>
        <translation>Посібник користувача</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="31"/>
        <source>In the table: edit the selected agreement</source>
        <translation>У таблиці: редагувати вибрану угоду</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="32"/>
        <source>On a filter value: tick or untick it</source>
        <translation>На значенні фільтра: позначити або зняти позначку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="33"/>
        <source>In the search field: clear the search</source>
        <translation>У полі пошуку: очистити пошук</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="34"/>
        <source>In the record editor: save</source>
        <translation>У редакторі запису: зберегти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="35"/>
        <source>In a dialog or side window: close it</source>
        <translation>У діалозі чи допоміжному вікні: закрити його</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="36"/>
        <source>Move between the filters, table and record</source>
        <translation>Перехід між фільтрами, таблицею та записом</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="38"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="39"/>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="40"/>
        <source>moved to the trash</source>
        <translation>переміщено до кошика</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="41"/>
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="42"/>
        <source>merged</source>
        <translation>об’єднано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="94"/>
        <source>Restore this field from the older version</source>
        <translation>Відновити це поле зі старішої версії</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="99"/>
        <source>Compare</source>
        <translation>Порівняти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="101"/>
        <source>with</source>
        <translation>з</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="124"/>
        <source>History of “%1”</source>
        <translation>Історія змін «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="176"/>
        <source>Select the field to restore.</source>
        <translation>Виберіть поле, яке треба відновити.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="181"/>
        <source>That field is the same in both versions.</source>
        <translation>Це поле однакове в обох версіях.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="187"/>
        <source>%1 restored from version %2.</source>
        <translation>Поле «%1» відновлено з версії %2.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../desktop/ui/shell/identity.py" line="31"/>
        <source>Your name in the history</source>
        <translation>Ваше ім’я в історії</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/identity.py" line="32"/>
        <source>The history of every record you change will name you so:</source>
        <translation>Історія кожного запису, який ви зміните, називатиме вас так:</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="167"/>
        <source>The catalogue used last, “%1”, is no longer there.</source>
        <translation>Каталогу, відкритого востаннє, «%1», більше немає на місці.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="188"/>
        <location filename="../../desktop/ui/shell/app.py" line="221"/>
        <source>New catalogue</source>
        <translation>Новий каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="207"/>
        <source>“%1” already exists; choose a new name.</source>
        <translation>«%1» уже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="229"/>
        <source>Open catalogue</source>
        <translation>Відкрити каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="265"/>
        <source>Cannot open the catalogue</source>
        <translation>Не вдається відкрити каталог</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/browse/table_view.py" line="73"/>
        <source>Agreements</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="145"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Нещодавні</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="147"/>
        <source>Main toolbar</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="229"/>
        <source>(in memory)</source>
        <translation>(у пам’яті)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/background_check.py" line="69"/>
        <source>The background check did not finish: %1</source>
        <translation>Фонова перевірка не завершилася: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/background_check.py" line="76"/>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Сьогоднішню резервну копію не створено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ops/__init__.py" line="132"/>
        <source>Pactum</source>
        <translation>Pactum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="294"/>
        <source>%1 shown of %2</source>
        <translation>показано %1 з %2</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="98"/>
        <source>Partnerships</source>
        <translation>Партнерства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="101"/>
        <source>by kind</source>
        <translation>за видами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="102"/>
        <source>by subject</source>
        <translation>за темами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="109"/>
        <source>Export CSV…</source>
        <translation>Експорт CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="112"/>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="145"/>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="150"/>
        <source>Export matrix</source>
        <translation>Експорт матриці</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="145"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="23"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="24"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="25"/>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="26"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="27"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="322"/>
        <source>note</source>
        <translation>нотатка</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="119"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="119"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="122"/>
        <source>organisation, e.g. NATO</source>
        <translation>організація, напр. НАТО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="127"/>
        <source>party type</source>
        <translation>тип сторони</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="136"/>
        <source>“%1” is not a country from the list</source>
        <translation>«%1» — не країна зі списку</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="34"/>
        <source>New passphrase</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="34"/>
        <source>Encrypted catalogue</source>
        <translation>Зашифрований каталог</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="37"/>
        <source>Choose a passphrase for “%1”. Without it the catalogue cannot be opened: Pactum does not store it and cannot recover it.</source>
        <translation>Виберіть пароль для «%1». Без нього каталог не відкрити: Pactum його не зберігає й не може відновити.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="41"/>
        <source>“%1” is encrypted. Enter its passphrase.</source>
        <translation>«%1» зашифровано. Введіть пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="58"/>
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="60"/>
        <source>Repeat it:</source>
        <translation>Повторіть його:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="81"/>
        <source>The two passphrases differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="102"/>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неправильний пароль. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="286"/>
        <source>the title is empty</source>
        <translation>назва порожня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="287"/>
        <source>%1 is in the future</source>
        <translation>%1 — ще не настала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="288"/>
        <source>signatory %1 has no name</source>
        <translation>підписант %1 без імені</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="291"/>
        <source>signatory %1 signs for %2, which is not a party</source>
        <translation>підписант %1 підписує від %2, але це не сторона угоди</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="295"/>
        <source>commitment %1 has no description</source>
        <translation>зобов’язання %1 без опису</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="299"/>
        <source>commitment %1 is by %2, which is not a party</source>
        <translation>зобов’язання %1 бере %2, але це не сторона угоди</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="303"/>
        <source>commitment %1 reached %2 on %3, in the future</source>
        <translation>зобов’язання %1 досягло стадії «%2» %3, а це ще не настало</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="307"/>
        <source>source %1 is empty (give an outlet, an address or a quotation)</source>
        <translation>джерело %1 порожнє (вкажіть видання, адресу чи цитату)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="313"/>
        <source>relation %1 points at the agreement itself</source>
        <translation>зв’язок %1 вказує на саму угоду</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="317"/>
        <source>relation %1 points at an unknown record</source>
        <translation>зв’язок %1 вказує на невідомий запис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="319"/>
        <source>subject %1 is empty</source>
        <translation>тема %1 порожня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="320"/>
        <source>a subject is listed twice</source>
        <translation>тему вказано двічі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="323"/>
        <source>an agreement needs at least two parties</source>
        <translation>угода потребує щонайменше двох сторін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="327"/>
        <source>party %1 has an empty organisation name</source>
        <translation>сторона %1: порожня назва організації</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="329"/>
        <source>a party is listed twice</source>
        <translation>сторону вказано двічі</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../desktop/ui/shell/prompts.py" line="82"/>
        <source>Reload theirs</source>
        <translation>Завантажити їхню</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/prompts.py" line="86"/>
        <source>Keep mine</source>
        <translation>Залишити мою</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="98"/>
        <source>New agreement</source>
        <translation>Нова угода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="98"/>
        <source>Edit agreement</source>
        <translation>Редагування угоди</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="111"/>
        <source>the title in English (or in Ukrainian, for an English title)</source>
        <translation>назва англійською (або українською, якщо назва англійська)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="125"/>
        <source>Add party</source>
        <translation>Додати сторону</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="126"/>
        <source>Add signatory</source>
        <translation>Додати підписанта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="128"/>
        <source>Add subject</source>
        <translation>Додати тему</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="130"/>
        <source>Add commitment</source>
        <translation>Додати зобов’язання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="131"/>
        <source>Add source</source>
        <translation>Додати джерело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="132"/>
        <source>Add relation</source>
        <translation>Додати зв’язок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="133"/>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
</context>
<context>
    <name>RecordOperations</name>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="81"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="94"/>
        <source>Discard changes?</source>
        <translation>Відкинути зміни?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="95"/>
        <source>Close the form and lose what you typed?</source>
        <translation>Закрити форму й втратити введене?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="98"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Відкинути зміни</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="99"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продовжити редагування</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="140"/>
        <source>Create “%1”</source>
        <translation>Створити «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="144"/>
        <source>Added “%1”.</source>
        <translation>Додано «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="153"/>
        <source>Saved “%1”.</source>
        <translation>Збережено «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="160"/>
        <source>Changed elsewhere</source>
        <translation>Змінено деінде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="161"/>
        <source>Someone changed this record in another window or program while you were editing it (you read version %1, the catalogue now holds version %2).

Reload theirs (your changes are dropped) or keep yours (they replace theirs)?</source>
        <translation>Хтось змінив цей запис в іншому вікні чи програмі, поки ви його редагували (ви читали версію %1, у каталозі тепер версія %2).

Завантажити їхню (ваші зміни буде відкинуто) чи залишити вашу (вона замінить їхню)?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="249"/>
        <source>Restored “%1”.</source>
        <translation>Відновлено «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="149"/>
        <source>Edit “%1”</source>
        <translation>Редагувати «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="213"/>
        <source>Delete “%1”</source>
        <translation>Видалити «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="221"/>
        <source>Moved %n record(s) to the Trash.</source>
        <translation>
            <numerusform>%n запис переміщено до кошика.</numerusform>
            <numerusform>%n записи переміщено до кошика.</numerusform>
            <numerusform>%n записів переміщено до кошика.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="233"/>
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>Імпорт %n запису</numerusform>
            <numerusform>Імпорт %n записів</numerusform>
            <numerusform>Імпорт %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="238"/>
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Імпортовано %n запис.</numerusform>
            <numerusform>Імпортовано %n записи.</numerusform>
            <numerusform>Імпортовано %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="245"/>
        <source>Restore “%1”</source>
        <translation>Відновити «%1»</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop/ui/records/editor/picker.py" line="86"/>
        <source>“%1”: choose a record from the list</source>
        <translation>«%1»: виберіть запис зі списку</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="92"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="102"/>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="116"/>
        <source>Damaged: Pactum cannot read</source>
        <translation>Пошкоджено: Pactum не може прочитати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="164"/>
        <source>No record selected.</source>
        <translation>Запис не вибрано.</translation>
    </message>
</context>
<context>
    <name>RelationRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="304"/>
        <source>relation</source>
        <translation>зв’язок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="305"/>
        <source>the other record: type part of its title</source>
        <translation>інший запис: введіть частину його назви</translation>
    </message>
</context>
<context>
    <name>RepeatingEditor</name>
    <message>
        <location filename="../../desktop/ui/records/editor/repeating.py" line="57"/>
        <location filename="../../desktop/ui/records/editor/repeating.py" line="58"/>
        <source>Remove this row</source>
        <translation>Вилучити рядок</translation>
    </message>
</context>
<context>
    <name>SafetyTools</name>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="38"/>
        <source>agreements</source>
        <translation>угод</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="39"/>
        <source>live</source>
        <translation>поза кошиком</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="40"/>
        <source>in trash</source>
        <translation>у кошику</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="41"/>
        <source>parties</source>
        <translation>сторін</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="42"/>
        <source>subjects</source>
        <translation>тем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="43"/>
        <source>history entries</source>
        <translation>записів історії</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="74"/>
        <source>Check Catalogue</source>
        <translation>Перевірка каталогу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="80"/>
        <source>Checking the catalogue…</source>
        <translation>Перевіряю каталог…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="93"/>
        <source>The catalogue is sound (%1).</source>
        <translation>Каталог справний (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="100"/>
        <source>The file is sound, but Pactum cannot read all of it:</source>
        <translation>Файл справний, але Pactum не може прочитати його повністю:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="117"/>
        <source>The catalogue is damaged</source>
        <translation>Каталог пошкоджено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="140"/>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="143"/>
        <source>A catalogue in memory has no backups: save a copy first.</source>
        <translation>Каталог у пам’яті не має резервних копій: спершу збережіть його копію.</translation>
    </message>
</context>
<context>
    <name>SavedSearchList</name>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="44"/>
        <location filename="../../desktop/ui/search/saved_searches.py" line="50"/>
        <source>Saved searches</source>
        <translation>Збережені пошуки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="56"/>
        <source>Search, then “Save search…” to keep it here.</source>
        <translation>Шукайте, а потім «Зберегти пошук…», щоб він був тут.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="88"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="89"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="49"/>
        <source>Partner: %1</source>
        <translation>Партнер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="51"/>
        <source>Kind: %1</source>
        <translation>Вид: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="55"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="59"/>
        <source>After %1</source>
        <translation>Після %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="61"/>
        <source>Before %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="63"/>
        <source>Year: %1</source>
        <translation>Рік: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="67"/>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="69"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="71"/>
        <source>Without: %1</source>
        <translation>Без: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="91"/>
        <source>Also searched as: %1. Put the word in quotes to search it alone.</source>
        <translation>Шукається також як: %1. Візьміть слово в лапки, щоб шукати лише його.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="122"/>
        <source>Remove from the search</source>
        <translation>Прибрати з пошуку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="125"/>
        <source>Remove %1</source>
        <translation>Прибрати %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="143"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="160"/>
        <source>Order:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="162"/>
        <source>Relevance</source>
        <translation>За релевантністю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="164"/>
        <source>Newest</source>
        <translation>Найновіші</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="167"/>
        <source>Save search…</source>
        <translation>Зберегти пошук…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="169"/>
        <source>Keep this query in the sidebar&apos;s saved searches</source>
        <translation>Зберегти цей запит серед збережених пошуків на бічній панелі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="221"/>
        <source>or</source>
        <translation>або</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="246"/>
        <source>%1 found</source>
        <translation>Знайдено: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search/search_box.py" line="27"/>
        <source>Search (Ctrl+F)</source>
        <translation>Пошук (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="187"/>
        <source>Search results are in the search&apos;s order; clear the search to sort by a column.</source>
        <translation>Результати пошуку впорядковано за пошуком; очистьте пошук, щоб сортувати за стовпцем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="245"/>
        <source>Search failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="287"/>
        <location filename="../../desktop/ui/search/controller.py" line="293"/>
        <location filename="../../desktop/ui/search/controller.py" line="297"/>
        <source>Save search</source>
        <translation>Зберегти пошук</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="287"/>
        <source>Name of this search:</source>
        <translation>Назва цього пошуку:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="292"/>
        <source>Replace the saved search “%1”?</source>
        <translation>Замінити збережений пошук «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="311"/>
        <source>Delete the saved search “%1”?</source>
        <translation>Видалити збережений пошук «%1»?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="312"/>
        <source>Delete saved search</source>
        <translation>Видалити збережений пошук</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="57"/>
        <source>en</source>
        <translation>uk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="77"/>
        <source>Import “%1”</source>
        <translation>Імпорт «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="86"/>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="87"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="88"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="96"/>
        <source>Mapping</source>
        <translation>Відповідність стовпців</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="100"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="101"/>
        <source>Date signed</source>
        <translation>Дата підписання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="102"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="103"/>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="104"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="111"/>
        <source>Rows as they would be stored</source>
        <translation>Рядки такими, як їх буде збережено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="114"/>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="116"/>
        <source>&amp;Skip rows with problems</source>
        <translation>&amp;Пропустити рядки з проблемами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="119"/>
        <source>Also import rows that &amp;look like records already in the catalogue</source>
        <translation>Імпортувати й рядки, &amp;схожі на записи, що вже є в каталозі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="127"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="150"/>
        <source>%1 rows, %2 with problems, %3 like records already there</source>
        <translation>Рядків: %1, з проблемами: %2, схожих на наявні записи: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="165"/>
        <source>row %1: looks like record %2 “%3” (skipped unless chosen below)</source>
        <translation>рядок %1: схожий на запис %2 «%3» (буде пропущено, якщо не вибрано нижче)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="180"/>
        <source>(leave out)</source>
        <translation>(не імпортувати)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="185"/>
        <source>Field of column %1</source>
        <translation>Поле стовпця %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="222"/>
        <source>Checking the sheet</source>
        <translation>Перевіряю таблицю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="223"/>
        <location filename="../../desktop/ui/files/sheet_import.py" line="249"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="241"/>
        <source>Importing</source>
        <translation>Імпортую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="242"/>
        <source>Not imported</source>
        <translation>Не імпортовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="250"/>
        <source>Added %1 agreements.</source>
        <translation>Додано угод: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="270"/>
        <source>Reading the sheet</source>
        <translation>Читаю таблицю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/sheet_import.py" line="271"/>
        <source>Cannot import</source>
        <translation>Не вдається імпортувати</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="66"/>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="70"/>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help.py" line="70"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="153"/>
        <source>name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="154"/>
        <source>role</source>
        <translation>посада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="155"/>
        <source>for party</source>
        <translation>від сторони</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="273"/>
        <source>outlet or channel</source>
        <translation>видання чи канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="274"/>
        <source>web address</source>
        <translation>вебадреса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="276"/>
        <source>quotation</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="275"/>
        <source>published on</source>
        <translation>дата публікації</translation>
    </message>
</context>
<context>
    <name>SubjectRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="187"/>
        <source>subject, e.g. joint production</source>
        <translation>тема, напр. спільне виробництво</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/ui/browse/trash.py" line="40"/>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/trash.py" line="52"/>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/trash.py" line="58"/>
        <source>Deleted records stay here until restored.</source>
        <translation>Видалені записи лишаються тут, доки їх не відновлять.</translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="19"/>
        <source>e.g. 16.10.2025, October 2025, 2025</source>
        <translation>напр. 16.10.2025, жовтень 2025, 2025</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="45"/>
        <source>known to the day</source>
        <translation>з точністю до дня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="47"/>
        <source>known to the month</source>
        <translation>з точністю до місяця</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="48"/>
        <source>known to the year</source>
        <translation>з точністю до року</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../desktop/ui/records/undo_notice.py" line="34"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/undo_notice.py" line="35"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="46"/>
        <source>Import a &amp;JSON export…</source>
        <translation>Імпортувати &amp;JSON-експорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="47"/>
        <source>A new catalogue holding the records of a Pactum export</source>
        <translation>Новий каталог із записами експорту Pactum</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="71"/>
        <source>Welcome to Pactum</source>
        <translation>Ласкаво просимо до Pactum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="76"/>
        <source>Pactum keeps a catalogue of agreements between states and organisations — who signed what, when, and what was promised — and lets you search, compare and brief them. Everything stays on this computer.</source>
        <translation>Pactum веде каталог угод між державами й організаціями — хто що підписав, коли і що пообіцяв, — і дає змогу шукати, порівнювати їх і готувати довідки. Усе лишається на цьому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="95"/>
        <source>&amp;New catalogue…</source>
        <translation>&amp;Новий каталог…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="96"/>
        <source>An empty catalogue in a file you name</source>
        <translation>Порожній каталог у файлі з вашою назвою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="100"/>
        <source>&amp;Open a catalogue…</source>
        <translation>&amp;Відкрити каталог…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="101"/>
        <source>A .pactum file made before, here or elsewhere</source>
        <translation>Файл .pactum, створений раніше тут чи деінде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="105"/>
        <source>Try the &amp;demo</source>
        <translation>Спробувати &amp;демо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="106"/>
        <source>A throwaway copy of three sample agreements</source>
        <translation>Тимчасова копія трьох зразкових угод</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="121"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
</context>
</TS>
