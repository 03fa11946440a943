<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="18"/>
        <source>About Pactum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="31"/>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="33"/>
        <source>%1 of %2 migrations applied (latest: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="40"/>
        <source>made by a newer Pactum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="44"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="45"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="46"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="47"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="54"/>
        <source>Agreements between states and organisations, kept offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="55"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about/about_dialog.py" line="55"/>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="71"/>
        <source>&amp;New catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="74"/>
        <source>&amp;Open catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="76"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="78"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="81"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="84"/>
        <source>New from &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="87"/>
        <source>Export &amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="93"/>
        <source>New &amp;agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="96"/>
        <source>&amp;Edit agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="99"/>
        <source>&amp;Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="101"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="103"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="106"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="109"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="112"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="118"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="119"/>
        <source>Partnership &amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="120"/>
        <source>&amp;Compare Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="121"/>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="123"/>
        <source>C&amp;heck Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="125"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="126"/>
        <source>&amp;About Pactum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="59"/>
        <source>New from Article</source>
        <extracomment>How strongly a supporting sentence is marked: the focused field&apos;s, or any of the draft&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="80"/>
        <source>Paste a news text here (a first line &apos;date YYYY-MM-DD&apos; gives its date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="83"/>
        <source>published YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="85"/>
        <source>address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="86"/>
        <source>Open .txt/.html…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="88"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="121"/>
        <source>Accept checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="123"/>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="125"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="164"/>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="164"/>
        <source>Articles (*.txt *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/article/article_dialog.py" line="224"/>
        <source>%n draft(s) proposed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="226"/>
        <source>No signed document found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="273"/>
        <source>Looks like record #%1 already in the catalogue: add this article as its source instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/article_dialog.py" line="368"/>
        <source>Nothing is checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="80"/>
        <source>Backups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="85"/>
        <source>Pactum backs the catalogue up before every update of its format and on the first opening of each day, keeping 7 daily and 4 weekly copies. Each copy was checked after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="93"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="93"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="93"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="93"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="103"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="104"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="130"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="131"/>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="132"/>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="133"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="134"/>
        <source>before encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="135"/>
        <source>damaged file set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="142"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="178"/>
        <source>No backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="190"/>
        <source>Replace the catalogue with the backup of %1 (%2 records)? The current catalogue is backed up first, so you can go back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/backups_dialog.py" line="204"/>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="64"/>
        <source>Export Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="85"/>
        <source>Append full texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="86"/>
        <source>One file per partnership (into a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="88"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="95"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="96"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="97"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="98"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="99"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="102"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="108"/>
        <source>Make Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="114"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="117"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="177"/>
        <source>Folder for the briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="179"/>
        <source>Save Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="193"/>
        <source>Check at least one partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="195"/>
        <source>Choose where to save the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="221"/>
        <source>Making the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="257"/>
        <source>Written: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="265"/>
        <source>The briefing could not be made: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="263"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="294"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/briefing_dialog.py" line="310"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="54"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="56"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="58"/>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="62"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/table_model.py" line="258"/>
        <source>Damaged: Pactum cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="184"/>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="185"/>
        <source>what is promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="186"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="187"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="188"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="195"/>
        <source>amount “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="137"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="154"/>
        <source>Treat word forms as the same word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="157"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="159"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="161"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="208"/>
        <location filename="../../desktop/ui/compare/compare_view.py" line="214"/>
        <location filename="../../desktop/ui/compare/compare_view.py" line="219"/>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="208"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="214"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../desktop/ui/compare/compare_view.py" line="87"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../desktop/ui/records/editor/countries.py" line="30"/>
        <source>type a country name or code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageOffer</name>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="71"/>
        <source>The catalogue is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="86"/>
        <source>Salvage into a new catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="116"/>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="122"/>
        <source>Restoring the newest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="131"/>
        <source>Salvaging into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="132"/>
        <location filename="../../desktop/ui/safety/damage_offer.py" line="134"/>
        <source>Salvage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="55"/>
        <source>The catalogue is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="60"/>
        <source>Part of “%1” cannot be read. This usually follows a disk fault, a full disk or a copy taken while Pactum was writing. The file has not been changed, and it will not be: each choice below writes somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="73"/>
        <source>Restore the backup of %1 (%2 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="78"/>
        <source>No good backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="80"/>
        <source>&amp;Salvage what can be read into a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="81"/>
        <source>&amp;Open another catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="82"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="82"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="93"/>
        <source>Restoring moves the damaged file into the backups folder unchanged. Salvaging copies every record that can still be read into a new catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="106"/>
        <source>What SQLite found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/damaged_dialog.py" line="116"/>
        <source>Salvage into a new catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="28"/>
        <source>Likely duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="30"/>
        <source>“%1” looks like record #%2, already in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="37"/>
        <source>Add &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="41"/>
        <source>Add as its &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/duplicate_question.py" line="45"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="63"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="73"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="73"/>
        <source>Left (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="73"/>
        <source>Right (to the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="81"/>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="177"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/duplicates_dialog.py" line="83"/>
        <source>Subjects, sources, relations and notes of both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="60"/>
        <source>%1 is not a Pactum catalogue as this version made it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="64"/>
        <source>%1 is not a Pactum catalogue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="68"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="72"/>
        <source>%1 was made by a newer version of Pactum (unknown migrations: %2); update Pactum to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="80"/>
        <source>the catalogue is busy: another window or process is writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>%1 is not a plain SQLite file: if it is an encrypted catalogue, give its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="93"/>
        <source>cannot open %1: %2 (or the file is not an encrypted catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="99"/>
        <source>encrypted catalogues need the sqlcipher3 package (pip install sqlcipher3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="104"/>
        <source>no agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="106"/>
        <source>agreement %1 was changed elsewhere (you read version %2, the catalogue holds version %3); reload it or keep yours explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="114"/>
        <source>%1 is open in another window or process: close it there, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="120"/>
        <source>cannot write to %1: %2 (check the permissions of the file and its folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="126"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="128"/>
        <source>the disk holding %1 is full: nothing was written; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="139"/>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="140"/>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="144"/>
        <source>is the catalogue itself: choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="147"/>
        <source>is the catalogue&apos;s wal file: choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="150"/>
        <source>is the catalogue&apos;s shm file: choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="153"/>
        <source>is the catalogue&apos;s journal file: choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="156"/>
        <source>is inside the catalogue&apos;s backups folder: choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="159"/>
        <source>the file name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="162"/>
        <source>is a folder: give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="163"/>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="27"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="28"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="29"/>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="30"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="31"/>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/facets.py" line="77"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="210"/>
        <source>Delete %n agreement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="59"/>
        <location filename="../../desktop/ui/compare/feature.py" line="76"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="50"/>
        <location filename="../../desktop/ui/records/history.py" line="37"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/article/feature.py" line="30"/>
        <source>Add %n record(s) from an article</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="66"/>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history.py" line="53"/>
        <source>Restore %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/feature.py" line="40"/>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article/feature.py" line="41"/>
        <source>Articles (*.txt *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/feature.py" line="46"/>
        <source>Folder for the briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/briefing/feature.py" line="50"/>
        <source>Save Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="77"/>
        <source>Select two to four records in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="85"/>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/feature.py" line="43"/>
        <source>Export matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="94"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="108"/>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="109"/>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare/feature.py" line="118"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="42"/>
        <source>“%1” is not a Pactum catalogue: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="62"/>
        <source>Left out %1 records holding values Pactum cannot read (Check lists them too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="122"/>
        <location filename="../../desktop/ui/files/operations.py" line="128"/>
        <source>New catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="129"/>
        <source>“%1” already exists; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="140"/>
        <source>Open catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="164"/>
        <source>Cannot open the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ops/__init__.py" line="180"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="187"/>
        <location filename="../../desktop/ui/files/operations.py" line="194"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="191"/>
        <source>Saving a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="195"/>
        <source>Saved a copy to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="203"/>
        <location filename="../../desktop/ui/files/operations.py" line="222"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="210"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="223"/>
        <source>Added %1, unchanged %2, kept %3 that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="233"/>
        <location filename="../../desktop/ui/files/operations.py" line="245"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="242"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/files/operations.py" line="246"/>
        <source>Exported %1 records to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="37"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="38"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="39"/>
        <source>moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="40"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="41"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="92"/>
        <source>Restore this field from the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="97"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="99"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="121"/>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="172"/>
        <source>Select the field to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="177"/>
        <source>That field is the same in both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/history_dialog.py" line="183"/>
        <source>%1 restored from version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="167"/>
        <source>The catalogue used last, “%1”, is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="188"/>
        <location filename="../../desktop/ui/shell/app.py" line="221"/>
        <source>New catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="207"/>
        <source>“%1” already exists; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="229"/>
        <source>Open catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/app.py" line="259"/>
        <source>Cannot open the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/browse/table_view.py" line="31"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="141"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="143"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="222"/>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/background_check.py" line="69"/>
        <source>The background check did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/background_check.py" line="76"/>
        <source>Today&apos;s backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ops/__init__.py" line="132"/>
        <source>Pactum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/mainwindow.py" line="287"/>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="96"/>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="99"/>
        <source>by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="100"/>
        <source>by subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="107"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="110"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="142"/>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="147"/>
        <source>Export matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/analysis/matrix_view.py" line="142"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="22"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="23"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="24"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="25"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="26"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/actions.py" line="27"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="272"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="106"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="106"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="109"/>
        <source>organisation, e.g. NATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="114"/>
        <source>party type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="123"/>
        <source>“%1” is not a country from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="32"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="32"/>
        <source>Encrypted catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="35"/>
        <source>Choose a passphrase for “%1”. Without it the catalogue cannot be opened: Pactum does not store it and cannot recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="39"/>
        <source>“%1” is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="56"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="58"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="79"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/passphrase_dialog.py" line="100"/>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="223"/>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="224"/>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="225"/>
        <source>signatory %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="228"/>
        <source>signatory %1 signs for %2, which is not a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="232"/>
        <source>commitment %1 has no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="236"/>
        <source>commitment %1 is by %2, which is not a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="240"/>
        <source>source %1 is empty (give an outlet, an address or a quotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="246"/>
        <source>relation %1 points at the agreement itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="250"/>
        <source>relation %1 points at an unknown record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="252"/>
        <source>subject %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="253"/>
        <source>a subject is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="256"/>
        <source>an agreement needs at least two parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="260"/>
        <source>party %1 has an empty organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="262"/>
        <source>a party is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../desktop/ui/shell/prompts.py" line="82"/>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/prompts.py" line="86"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="95"/>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="95"/>
        <source>Edit agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="117"/>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="118"/>
        <source>Add signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="119"/>
        <source>Add subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="120"/>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="121"/>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="122"/>
        <source>Add relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/form.py" line="123"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordOperations</name>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="81"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="94"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="95"/>
        <source>Close the form and lose what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="98"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="99"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="140"/>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="144"/>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="153"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="160"/>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="161"/>
        <source>Someone changed this record in another window or program while you were editing it (you read version %1, the catalogue now holds version %2).

Reload theirs (your changes are dropped) or keep yours (they replace theirs)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="249"/>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="149"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="213"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="221"/>
        <source>Moved %n record(s) to the Trash.</source>
        <translation>
            <numerusform>Moved %n record to the Trash.</numerusform>
            <numerusform>Moved %n records to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="233"/>
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>Import %n record</numerusform>
            <numerusform>Import %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/records/operations.py" line="238"/>
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/operations.py" line="245"/>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop/ui/records/editor/picker.py" line="86"/>
        <source>“%1”: choose a record from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="84"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="94"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="108"/>
        <source>Damaged: Pactum cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/record_view.py" line="149"/>
        <source>No record selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="254"/>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="255"/>
        <source>the other record: type part of its title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatingEditor</name>
    <message>
        <location filename="../../desktop/ui/records/editor/repeating.py" line="57"/>
        <location filename="../../desktop/ui/records/editor/repeating.py" line="58"/>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyTools</name>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="38"/>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="39"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="40"/>
        <source>in trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="41"/>
        <source>parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="42"/>
        <source>subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="43"/>
        <source>history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="74"/>
        <source>Check Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="80"/>
        <source>Checking the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="93"/>
        <source>The catalogue is sound (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="100"/>
        <source>The file is sound, but Pactum cannot read all of it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="117"/>
        <source>The catalogue is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="140"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety/tools.py" line="143"/>
        <source>A catalogue in memory has no backups: save a copy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchList</name>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="44"/>
        <location filename="../../desktop/ui/search/saved_searches.py" line="50"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="56"/>
        <source>Search, then “Save search…” to keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="88"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/saved_searches.py" line="89"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="40"/>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="42"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="46"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="50"/>
        <source>After %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="52"/>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="54"/>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="56"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="58"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="60"/>
        <source>Without: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="92"/>
        <source>Remove from the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="95"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="113"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="130"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="132"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="134"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="137"/>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="139"/>
        <source>Keep this query in the sidebar&apos;s saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/search_chips.py" line="186"/>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search/search_box.py" line="27"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="228"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="270"/>
        <location filename="../../desktop/ui/search/controller.py" line="276"/>
        <location filename="../../desktop/ui/search/controller.py" line="280"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="270"/>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="275"/>
        <source>Replace the saved search “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="290"/>
        <source>Delete the saved search “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search/controller.py" line="291"/>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="140"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="141"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="142"/>
        <source>for party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="223"/>
        <source>outlet or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="224"/>
        <source>web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="226"/>
        <source>quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="225"/>
        <source>published on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectRow</name>
    <message>
        <location filename="../../desktop/ui/records/editor/rows.py" line="165"/>
        <source>subject, e.g. joint production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/ui/browse/trash.py" line="37"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/trash.py" line="47"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/browse/trash.py" line="53"/>
        <source>Deleted records stay here until restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="19"/>
        <source>e.g. 16.10.2025, October 2025, 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="45"/>
        <source>known to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="47"/>
        <source>known to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/editor/dates.py" line="48"/>
        <source>known to the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../desktop/ui/records/undo_notice.py" line="34"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/records/undo_notice.py" line="35"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="46"/>
        <source>Import a &amp;JSON export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="47"/>
        <source>A new catalogue holding the records of a Pactum export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="71"/>
        <source>Welcome to Pactum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="76"/>
        <source>Pactum keeps a catalogue of agreements between states and organisations — who signed what, when, and what was promised — and lets you search, compare and brief them. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="95"/>
        <source>&amp;New catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="96"/>
        <source>An empty catalogue in a file you name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="100"/>
        <source>&amp;Open a catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="101"/>
        <source>A .pactum file made before, here or elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="105"/>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="106"/>
        <source>A throwaway copy of three sample agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome.py" line="121"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
