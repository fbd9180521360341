<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about.py" line="71"/>
        <source>About Muqabala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="75"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="76"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="87"/>
        <source>&lt;h2&gt;Muqabala {version}&lt;/h2&gt;&lt;p&gt;Collates news articles about one event and marks the numbers the sources agree or disagree on.&lt;/p&gt;&lt;p&gt;Works offline: nothing is ever sent or fetched.&lt;/p&gt;&lt;p&gt;Qt {qt} · Python for Qt {pyside}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="101"/>
        <source>Bundled fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="104"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="122"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="122"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../gui/article_pane.py" line="179"/>
        <source>{s} sentences · {n} numbers · {c} in conflict · {sh} shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../gui/article_picker.py" line="89"/>
        <source>Articles side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_picker.py" line="95"/>
        <source>Check the articles to show side by side (every article stays in the facts table).
The number before each article is how many facts it shares with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_picker.py" line="114"/>
        <source>Most facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesBar</name>
    <message>
        <location filename="../../gui/project_actions.py" line="71"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesText</name>
    <message>
        <location filename="../../gui/changes_text.py" line="11"/>
        <source>articles analysed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="12"/>
        <source>the folder of articles is missing: showing the analysis as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="13"/>
        <source>articles added ({n}): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="14"/>
        <source>articles changed ({n}): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="15"/>
        <source>articles removed ({n}): {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="16"/>
        <source>notes that lost their place, kept as orphaned: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="17"/>
        <source>no article changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDock</name>
    <message>
        <location filename="../../gui/documents_dock.py" line="27"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_dock.py" line="41"/>
        <source> · {n} numbers, {c} in conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../gui/export.py" line="48"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="50"/>
        <source>Report (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="51"/>
        <source>Facts (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="52"/>
        <source>Analysis (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="54"/>
        <source>Save Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="55"/>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="138"/>
        <source>Muqabala report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="172"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="175"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="178"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="178"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="182"/>
        <source>Export the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="182"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="186"/>
        <source>Export the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="186"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="190"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="190"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="198"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extras</name>
    <message>
        <location filename="../../gui/extras.py" line="40"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="49"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="51"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="54"/>
        <source>&amp;About Muqabala</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsDock</name>
    <message>
        <location filename="../../gui/facts_dock.py" line="28"/>
        <source>All facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="29"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="30"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="31"/>
        <source>Single source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="62"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="78"/>
        <source>Filter facts (e.g. حافلة)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="131"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../gui/facts_model.py" line="40"/>
        <source>≠ conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="41"/>
        <source>= shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="42"/>
        <source>· single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="173"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="175"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../../gui/find.py" line="129"/>
        <source>Opening the article …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/highlight.py" line="211"/>
        <source>conflict: sources give different numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="212"/>
        <source>shared: sources agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="213"/>
        <source>one source only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="214"/>
        <source>selected fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="62"/>
        <source>Muqabala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="92"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150"/>
        <source>Aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155"/>
        <source>Synchronised scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157"/>
        <source>Next conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="158"/>
        <source>Previous conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Find in all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>Clear marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216"/>
        <source>Open a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="226"/>
        <source>Muqabala — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>Reading {folder} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255"/>
        <location filename="../../gui/main_window.py" line="324"/>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="283"/>
        <source>Marking the articles …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>No articles found in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="301"/>
        <source>{n} articles · {c} conflicts · {s} shared facts — F8: next conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312"/>
        <source>Analysis failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>Analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="265"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="265"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="183"/>
        <location filename="../../gui/notes_dock.py" line="237"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="189"/>
        <source>Right-click a number, a sentence or a fact to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="199"/>
        <source>⚠ Orphaned notes — what they were attached to is no longer in the articles. They are kept; read them, edit or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="214"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="216"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="237"/>
        <source>Notes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesMenu</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="71"/>
        <source>Add note on «{label}»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="74"/>
        <source>Add note on this sentence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="98"/>
        <source>Fact: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="100"/>
        <source>Sentence in {doc}: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="103"/>
        <source>⚠ gone — {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="118"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="118"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../gui/preferences.py" line="89"/>
        <location filename="../../gui/preferences.py" line="91"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="92"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="93"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="161"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="173"/>
        <source>Use the bundled Arabic font (Noto Naskh Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="178"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="179"/>
        <source>Read articles in subfolders too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="188"/>
        <source>Beside the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="189"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="194"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="195"/>
        <source>Colour scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="196"/>
        <source>Article font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="198"/>
        <source>Article text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="199"/>
        <source>Folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="200"/>
        <source>Keep project files in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="238"/>
        <source>Keep project files in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="185"/>
        <source>Every core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="201"/>
        <source>Analysis processes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../gui/project_actions.py" line="100"/>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="101"/>
        <source>&amp;Save Project As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="103"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="105"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="150"/>
        <source>Project file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="155"/>
        <source>Since this project was last open: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="164"/>
        <source>{summary} — {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="189"/>
        <source>This project cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="192"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="193"/>
        <source>{message}

The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="203"/>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="203"/>
        <source>Muqabala projects (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="213"/>
        <source>Save the project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="213"/>
        <source>Muqabala projects (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="228"/>
        <source>Cannot save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="232"/>
        <source>Project saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="247"/>
        <source>Note on the fact: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="252"/>
        <source>Note on the sentence: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="260"/>
        <source>Notes can be added once the analysis is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="297"/>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="299"/>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="304"/>
        <source>The note could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="309"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="317"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="328"/>
        <location filename="../../gui/project_actions.py" line="348"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="329"/>
        <source>Delete this note?

«{text}»

Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="339"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="349"/>
        <source>Note deleted — Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="368"/>
        <source>What this note was on is no longer in the articles: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="206"/>
        <source>No conflicts between these sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="235"/>
        <source>Sentence {id}: reported by {n} other source(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="237"/>
        <source>Sentence {id}: no other source reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="349"/>
        <source>Text size {size} pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="45"/>
        <source>Find in all articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="63"/>
        <source>no hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="65"/>
        <source>{current}/{total} in {docs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsDock</name>
    <message>
        <location filename="../../gui/search_results.py" line="123"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="130"/>
        <source>Whole folder (every story)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="132"/>
        <source>Search every article of the folder, not only this story&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="161"/>
        <source>«{query}»: {n} hits in {a} of {total} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="165"/>
        <source>«{query}»: no hits in the {total} articles searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="172"/>
        <source>side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="172"/>
        <source>not shown: choose a hit to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="175"/>
        <source>{title} — hits: {n} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="195"/>
        <source>… {n} more hits not listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoriesDock</name>
    <message>
        <location filename="../../gui/stories_dock.py" line="215"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="225"/>
        <source>Filter stories (e.g. عدن)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="270"/>
        <source>{shown} of {total} stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <location filename="../../gui/stories_dock.py" line="127"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="127"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="127"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="130"/>
        <source>The story, named after its most central headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="131"/>
        <source>How many articles report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="132"/>
        <source>How many numbers its sources disagree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="148"/>
        <source>{label}
{n} articles · {f} facts · {c} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../gui/story_view.py" line="79"/>
        <source>Go to the stories list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="82"/>
        <source>Articles side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="85"/>
        <source>Choose which articles of this story are shown side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="216"/>
        <source>Same text in {n} articles of this story ({hidden} not side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="251"/>
        <source>{label} — {n} articles ({shown} side by side) · {c} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
