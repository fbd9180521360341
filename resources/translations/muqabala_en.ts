<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about.py" line="70"/>
        <source>About Muqabala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="74"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="75"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="86"/>
        <source>&lt;h2&gt;Muqabala {version}&lt;/h2&gt;&lt;p&gt;Collates news articles about one event and marks the numbers the sources agree or disagree on.&lt;/p&gt;&lt;p&gt;Works offline: nothing is ever sent or fetched.&lt;/p&gt;&lt;p&gt;Qt {qt} · Python for Qt {pyside}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="100"/>
        <source>Bundled fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="103"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="121"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="121"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../gui/article_pane.py" line="168"/>
        <source>{s} sentences · {n} numbers · {c} in conflict · {sh} shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../gui/article_picker.py" line="70"/>
        <source>Articles side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_picker.py" line="74"/>
        <source>Check the articles to show side by side (every article stays in the facts table).
The number before each article is how many facts it shares with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_picker.py" line="90"/>
        <source>Most facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesBar</name>
    <message>
        <location filename="../../gui/project_actions.py" line="69"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesText</name>
    <message>
        <location filename="../../gui/changes_text.py" line="10"/>
        <source>articles analysed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="11"/>
        <source>the folder of articles is missing: showing the analysis as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="12"/>
        <source>articles added ({n}): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="13"/>
        <source>articles changed ({n}): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="14"/>
        <source>articles removed ({n}): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="15"/>
        <source>notes that lost their place, kept as orphaned: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="16"/>
        <source>no article changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDock</name>
    <message>
        <location filename="../../gui/documents_dock.py" line="25"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_dock.py" line="38"/>
        <source> · {n} numbers, {c} in conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../gui/export.py" line="39"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="41"/>
        <source>Report (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="42"/>
        <source>Facts (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="43"/>
        <source>Analysis (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="45"/>
        <source>Save Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="46"/>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="115"/>
        <source>Muqabala report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="143"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="145"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="148"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="149"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="152"/>
        <source>Export the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="153"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="156"/>
        <source>Export the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="157"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="160"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="161"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="168"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extras</name>
    <message>
        <location filename="../../gui/extras.py" line="39"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="48"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="50"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="53"/>
        <source>&amp;About Muqabala</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsDock</name>
    <message>
        <location filename="../../gui/facts_dock.py" line="27"/>
        <source>All facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="28"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="29"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="30"/>
        <source>Single source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="61"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="79"/>
        <source>Filter facts (e.g. حافلة)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="132"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../gui/facts_model.py" line="46"/>
        <source>≠ conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="47"/>
        <source>= shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="48"/>
        <source>· single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="197"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/highlight.py" line="190"/>
        <source>conflict: sources give different numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="191"/>
        <source>shared: sources agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="192"/>
        <source>one source only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="193"/>
        <source>selected fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="61"/>
        <source>Muqabala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="91"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150"/>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151"/>
        <source>Aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156"/>
        <source>Synchronised scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="158"/>
        <source>Next conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>Previous conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>Find in all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>Clear marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>Open a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212"/>
        <source>Muqabala — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231"/>
        <source>Reading {folder} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <location filename="../../gui/main_window.py" line="309"/>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>Marking the articles …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>No articles found in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287"/>
        <source>{n} articles · {c} conflicts · {s} shared facts — F8: next conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>Analysis failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="301"/>
        <source>Analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="256"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="256"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="176"/>
        <location filename="../../gui/notes_dock.py" line="228"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="182"/>
        <source>Right-click a number, a sentence or a fact to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="191"/>
        <source>⚠ Orphaned notes — what they were attached to is no longer in the articles. They are kept; read them, edit or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="205"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="207"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="228"/>
        <source>Notes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesMenu</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="69"/>
        <source>Add note on «{label}»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="72"/>
        <source>Add note on this sentence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="96"/>
        <source>Fact: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="98"/>
        <source>Sentence in {doc}: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="100"/>
        <source>⚠ gone — {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="111"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="111"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../gui/preferences.py" line="79"/>
        <location filename="../../gui/preferences.py" line="81"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="82"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="83"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="144"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="156"/>
        <source>Use the bundled Arabic font (Noto Naskh Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="161"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="162"/>
        <source>Read articles in subfolders too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="166"/>
        <source>Beside the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="167"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="172"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="173"/>
        <source>Colour scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="174"/>
        <source>Article font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="176"/>
        <source>Article text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="177"/>
        <source>Folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="178"/>
        <source>Keep project files in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="213"/>
        <source>Keep project files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="0"/>
        <source>Every core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="0"/>
        <source>Analysis processes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../gui/project_actions.py" line="98"/>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="99"/>
        <source>&amp;Save Project As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="101"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="103"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="145"/>
        <source>Project file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="149"/>
        <source>Since this project was last open: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="157"/>
        <source>{summary} — {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="180"/>
        <source>This project cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="181"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="182"/>
        <source>{message}

The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="189"/>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="190"/>
        <source>Muqabala projects (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="198"/>
        <source>Save the project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="199"/>
        <source>Muqabala projects (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="213"/>
        <source>Cannot save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="217"/>
        <source>Project saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="232"/>
        <source>Note on the fact: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="237"/>
        <source>Note on the sentence: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="244"/>
        <source>Notes can be added once the analysis is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="276"/>
        <source>The note could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="281"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="289"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="294"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="295"/>
        <source>Note deleted — Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="314"/>
        <source>What this note was on is no longer in the articles: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="197"/>
        <source>No conflicts between these sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="226"/>
        <source>Sentence {id}: reported by {n} other source(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="227"/>
        <source>Sentence {id}: no other source reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="323"/>
        <source>Text size {size} pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="44"/>
        <source>Find in all articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoriesDock</name>
    <message>
        <location filename="../../gui/stories_dock.py" line="204"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="214"/>
        <source>Filter stories (e.g. عدن)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="258"/>
        <source>{shown} of {total} stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <location filename="../../gui/stories_dock.py" line="119"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="119"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="119"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="121"/>
        <source>The story, named after its most central headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="122"/>
        <source>How many articles report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="123"/>
        <source>How many numbers its sources disagree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="138"/>
        <source>{label}
{n} articles · {f} facts · {c} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../gui/story_view.py" line="73"/>
        <source>Go to the stories list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="76"/>
        <source>Articles side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="79"/>
        <source>Choose which articles of this story are shown side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="193"/>
        <source>{label} — {n} articles ({shown} side by side) · {c} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
