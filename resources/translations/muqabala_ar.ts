<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about.py" line="71"/>
        <source>About Muqabala</source>
        <translation>عن مقابلة</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="75"/>
        <source>About</source>
        <translation>عن البرنامج</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="76"/>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="87"/>
        <source>&lt;h2&gt;Muqabala {version}&lt;/h2&gt;&lt;p&gt;Collates news articles about one event and marks the numbers the sources agree or disagree on.&lt;/p&gt;&lt;p&gt;Works offline: nothing is ever sent or fetched.&lt;/p&gt;&lt;p&gt;Qt {qt} · Python for Qt {pyside}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مقابلة {version}&lt;/h2&gt;&lt;p&gt;يقابل بين المقالات الإخبارية عن حدث واحد ويعلّم الأرقام التي تتفق عليها المصادر أو تختلف.&lt;/p&gt;&lt;p&gt;يعمل دون اتصال: لا يُرسَل شيء ولا يُجلَب شيء أبدًا.&lt;/p&gt;&lt;p&gt;Qt {qt} · Python for Qt {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="101"/>
        <source>Bundled fonts</source>
        <translation>الخطوط المرفقة</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="104"/>
        <source>Libraries</source>
        <translation>المكتبات</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="122"/>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="122"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../gui/article_pane.py" line="244"/>
        <source>{s} sentences · {n} numbers · {c} in conflict · {sh} shared</source>
        <translation>{s} جملة · {n} رقمًا · {c} متعارضة · {sh} متفق عليها</translation>
    </message>
</context>
<context>
    <name>ArticlePicker</name>
    <message>
        <location filename="../../gui/article_picker.py" line="90"/>
        <source>Articles side by side</source>
        <translation>المقالات جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../gui/article_picker.py" line="96"/>
        <source>Check the articles to show side by side (every article stays in the facts table).
The number before each article is how many facts it shares with the others.</source>
        <translation>اختر المقالات التي تُعرض جنبًا إلى جنب (تبقى كل المقالات في جدول الوقائع).
الرقم قبل كل مقالة هو عدد الوقائع التي تشترك فيها مع غيرها.</translation>
    </message>
    <message>
        <location filename="../../gui/article_picker.py" line="115"/>
        <source>Most facts</source>
        <translation>الأكثر وقائع</translation>
    </message>
</context>
<context>
    <name>ChangesBar</name>
    <message>
        <location filename="../../gui/changes_bar.py" line="40"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>ChangesText</name>
    <message>
        <location filename="../../gui/changes_text.py" line="13"/>
        <source>articles analysed: {n}</source>
        <translation>مقالات حُلّلت: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="14"/>
        <source>the folder of articles is missing: showing the analysis as saved</source>
        <translation>مجلد المقالات غير موجود: يُعرض التحليل كما حُفظ</translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="15"/>
        <source>articles added ({n}): {paths}</source>
        <translation>مقالات أضيفت ({n}): {paths}</translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="16"/>
        <source>articles changed ({n}): {paths}</source>
        <translation>مقالات تغيّرت ({n}): {paths}</translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="17"/>
        <source>articles removed ({n}): {paths}</source>
        <translation>مقالات أزيلت ({n}): {paths}</translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="18"/>
        <source>notes that lost their place, kept as orphaned: {n}</source>
        <translation>ملاحظات فقدت موضعها وحُفظت يتيمة: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/changes_text.py" line="19"/>
        <source>no article changed</source>
        <translation>لم يتغيّر أي مقال</translation>
    </message>
</context>
<context>
    <name>DocumentsDock</name>
    <message>
        <location filename="../../gui/documents_dock.py" line="38"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/documents_dock.py" line="47"/>
        <source> · {n} numbers, {c} in conflict</source>
        <translation> · {n} رقمًا، {c} متعارضة</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../gui/export.py" line="71"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="72"/>
        <source>Report (HTML)…</source>
        <translation>التقرير (HTML)…</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="73"/>
        <source>Facts (CSV)…</source>
        <translation>الوقائع (CSV)…</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="74"/>
        <source>Analysis (JSON)…</source>
        <translation>التحليل (JSON)…</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="75"/>
        <source>Save Report as PDF…</source>
        <translation>حفظ التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="76"/>
        <source>&amp;Print Report…</source>
        <translation>&amp;طباعة التقرير…</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="170"/>
        <source>Muqabala report</source>
        <translation>تقرير مقابلة</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="205"/>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="208"/>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى {path}</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="211"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="211"/>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="215"/>
        <source>Export the facts</source>
        <translation>تصدير الوقائع</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="215"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="219"/>
        <source>Export the analysis</source>
        <translation>تصدير التحليل</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="219"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="223"/>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="223"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="238"/>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="249"/>
        <source>The articles are being analysed again: print once they are shown.</source>
        <translation>يُعاد تحليل المقالات الآن: اطبع بعد ظهورها.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="264"/>
        <source>Nothing was printed</source>
        <translation>لم يُطبع شيء</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="254"/>
        <source>Give the name of the PDF file to print to, or use File → Save Report as PDF.</source>
        <translation>اكتب اسم ملف PDF للطباعة إليه، أو استخدم ملف ← حفظ التقرير بصيغة PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="257"/>
        <source>The report could not be written to {path}.</source>
        <translation>تعذّرت كتابة التقرير في {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="261"/>
        <source>Printed to {path}</source>
        <translation>طُبع إلى {path}</translation>
    </message>
</context>
<context>
    <name>Extras</name>
    <message>
        <location filename="../../gui/extras.py" line="67"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="68"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="69"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../gui/extras.py" line="70"/>
        <source>&amp;About Muqabala</source>
        <translation>&amp;عن مقابلة</translation>
    </message>
</context>
<context>
    <name>FactPanel</name>
    <message>
        <location filename="../../gui/fact_panel.py" line="59"/>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <location filename="../../gui/fact_panel.py" line="61"/>
        <location filename="../../gui/fact_panel.py" line="72"/>
        <source>Select a fact: click a number, or F8.</source>
        <translation>اختر واقعة: انقر رقمًا، أو F8.</translation>
    </message>
    <message>
        <location filename="../../gui/fact_panel.py" line="81"/>
        <source>No explanation recorded for this fact.</source>
        <translation>لا تفسير مسجّل لهذه الواقعة.</translation>
    </message>
    <message>
        <location filename="../../gui/fact_panel.py" line="85"/>
        <source>No change over time to show: fewer than two of its articles have a publication time (Review → Set the article&apos;s publication time).</source>
        <translation>لا تغيّر مع الوقت لعرضه: أقل من مقالتين من مقالاتها لها وقت نشر (مراجعة ← تحديد وقت نشر المقالة).</translation>
    </message>
    <message>
        <location filename="../../gui/fact_panel.py" line="94"/>
        <source>That article is not shown side by side (Ctrl+Shift+A).</source>
        <translation>هذه المقالة غير معروضة جنبًا إلى جنب (Ctrl+Shift+A).</translation>
    </message>
</context>
<context>
    <name>FactsDock</name>
    <message>
        <location filename="../../gui/facts_dock.py" line="31"/>
        <source>All facts</source>
        <translation>كل الوقائع</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="32"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="33"/>
        <source>Shared</source>
        <translation>المتفق عليها</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="34"/>
        <source>Single source</source>
        <translation>مصدر واحد</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="35"/>
        <source>Unreviewed conflicts first</source>
        <translation>التعارضات غير المراجَعة أولًا</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="115"/>
        <source>Facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="118"/>
        <source>Filter facts (e.g. حافلة)</source>
        <translation>تصفية الوقائع (مثلًا: حافلة)</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="157"/>
        <source>Add note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="161"/>
        <source>Confirm this fact (reviewed)</source>
        <translation>تأكيد هذه الواقعة (رُوجعت)</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="165"/>
        <source>Dismiss this conflict (not a contradiction)</source>
        <translation>استبعاد هذا التعارض (ليس تناقضًا)</translation>
    </message>
    <message>
        <location filename="../../gui/facts_dock.py" line="170"/>
        <source>Merge the two selected facts</source>
        <translation>دمج الواقعتين المحددتين</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <location filename="../../gui/facts_model.py" line="45"/>
        <source>≠ conflict</source>
        <translation>≠ تعارض</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="46"/>
        <source>= shared</source>
        <translation>= اتفاق</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="47"/>
        <source>· single</source>
        <translation>· مصدر واحد</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="48"/>
        <source>✗ dismissed</source>
        <translation>✗ مستبعَد</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="55"/>
        <source>reviewed: confirmed</source>
        <translation>رُوجعت: مؤكَّدة</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="56"/>
        <source>reviewed: dismissed (not a contradiction)</source>
        <translation>رُوجعت: مستبعَدة (ليست تناقضًا)</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="57"/>
        <source>reviewed: split or merged by hand</source>
        <translation>رُوجعت: فُصلت أو دُمجت يدويًا</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="245"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../gui/facts_model.py" line="247"/>
        <source>Fact</source>
        <translation>الواقعة</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../../gui/find.py" line="122"/>
        <source>Preparing to search {n} articles …</source>
        <translation>جارٍ تجهيز البحث في {n} مقالًا …</translation>
    </message>
    <message>
        <location filename="../../gui/find.py" line="165"/>
        <source>Opening the article …</source>
        <translation>جارٍ فتح المقال …</translation>
    </message>
</context>
<context>
    <name>FolderWatch</name>
    <message>
        <location filename="../../gui/folder_watch.py" line="75"/>
        <source>Bring Up to &amp;Date</source>
        <translation>&amp;تحديث المشروع</translation>
    </message>
    <message>
        <location filename="../../gui/folder_watch.py" line="76"/>
        <source>Analyse the articles added, changed or removed since the folder was opened</source>
        <translation>تحليل المقالات التي أُضيفت أو عُدّلت أو حُذفت منذ فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../gui/folder_watch.py" line="145"/>
        <source>The folder changed since it was analysed: {changes}</source>
        <translation>تغيّر المجلد منذ تحليله: {changes}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../gui/highlight.py" line="221"/>
        <source>conflict: sources give different numbers</source>
        <translation>تعارض: المصادر تذكر أرقامًا مختلفة</translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="222"/>
        <source>shared: sources agree</source>
        <translation>اتفاق: المصادر متفقة</translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="223"/>
        <source>one source only</source>
        <translation>مصدر واحد فقط</translation>
    </message>
    <message>
        <location filename="../../gui/highlight.py" line="224"/>
        <source>selected fact</source>
        <translation>الواقعة المحددة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Muqabala</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <location filename="../../gui/problems_dock.py" line="33"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../gui/analyses.py" line="107"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135"/>
        <source>&amp;Open Folder…</source>
        <translation>&amp;فتح مجلد…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137"/>
        <source>Panes</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>Aligned</source>
        <translation>محاذاة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>Synchronised scrolling</source>
        <translation>تمرير متزامن</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>Next conflict</source>
        <translation>التعارض التالي</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141"/>
        <source>Previous conflict</source>
        <translation>التعارض السابق</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>Find in all articles</source>
        <translation>البحث في كل المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>Normal size</source>
        <translation>الحجم العادي</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>Clear marks</source>
        <translation>مسح التحديد</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>Open &amp;Recent</source>
        <translation>فُتح &amp;مؤخرًا</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150"/>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235"/>
        <source>Open a folder of articles</source>
        <translation>فتح مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>Muqabala — {name}</source>
        <translation>مقابلة — {name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>Reading {folder} …</source>
        <translation>قراءة {folder} …</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <location filename="../../gui/main_window.py" line="343"/>
        <source>Analysis cancelled.</source>
        <translation>أُلغي التحليل.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="305"/>
        <source>Marking the articles …</source>
        <translation>تعليم المقالات …</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>No articles found in this folder.</source>
        <translation>لا مقالات في هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="323"/>
        <source>{n} articles · {c} conflicts · {s} shared facts — F8: next conflict</source>
        <translation>{n} مقالات · {c} تعارضات · {s} وقائع متفق عليها — F8: التعارض التالي</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333"/>
        <source>Analysis failed.</source>
        <translation>فشل التحليل.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="336"/>
        <source>Analysis failed</source>
        <translation>فشل التحليل</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="276"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="276"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="223"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="224"/>
        <source>Right-click a number, a sentence or a fact to add a note.</source>
        <translation>انقر بالزر الأيمن على رقم أو جملة أو واقعة لإضافة ملاحظة.</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="227"/>
        <source>⚠ Orphaned notes — what they were attached to is no longer in the articles. They are kept; read them, edit or delete them.</source>
        <translation>⚠ ملاحظات فقدت موضعها — ما أُلحقت به لم يعد في المقالات. حُفظت كما هي؛ اقرأها أو عدّلها أو احذفها.</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="231"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="232"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="223"/>
        <source>Notes ({n})</source>
        <translation>الملاحظات ({n})</translation>
    </message>
</context>
<context>
    <name>NotesMenu</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="73"/>
        <source>Add note on «{label}»…</source>
        <translation>إضافة ملاحظة على «{label}»…</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="76"/>
        <source>Add note on this sentence…</source>
        <translation>إضافة ملاحظة على هذه الجملة…</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../gui/notes_dock.py" line="100"/>
        <source>Fact: {label}</source>
        <translation>واقعة: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="102"/>
        <source>Sentence in {doc}: «{text}»</source>
        <translation>جملة في {doc}: «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="105"/>
        <source>⚠ gone — {anchor}</source>
        <translation>⚠ لم يعد موجودًا — {anchor}</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="120"/>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <location filename="../../gui/notes_dock.py" line="120"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../gui/preferences.py" line="98"/>
        <location filename="../../gui/preferences.py" line="100"/>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="101"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="102"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="177"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="189"/>
        <source>Use the bundled Arabic font (Noto Naskh Arabic)</source>
        <translation>استخدام الخط العربي المرفق (Noto Naskh Arabic)</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="194"/>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="195"/>
        <source>Read articles in subfolders too</source>
        <translation>قراءة المقالات في المجلدات الفرعية أيضًا</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="202"/>
        <source>Read links that lead outside the opened folder</source>
        <translation>قراءة الروابط التي تقود إلى خارج المجلد المفتوح</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="205"/>
        <source>Off: a link to a file or folder elsewhere on the computer is listed as a problem, not read</source>
        <translation>عند إيقافه: الرابط إلى ملف أو مجلد في مكان آخر من الحاسوب يُدرج مشكلةً ولا يُقرأ</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="207"/>
        <source>Bring the project up to date when articles are added or removed</source>
        <translation>تحديث المشروع تلقائيًا عند إضافة مقالات أو حذفها</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="209"/>
        <source>Off: a line above the articles names them and offers the update (F5)</source>
        <translation>عند إيقافه: يذكرها سطر فوق المقالات ويعرض التحديث (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="212"/>
        <source>Beside the articles</source>
        <translation>بجانب المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="213"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="218"/>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="219"/>
        <source>Colour scheme:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="220"/>
        <source>Article font:</source>
        <translation>خط المقالات:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="222"/>
        <source>Article text size:</source>
        <translation>حجم نص المقالات:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="223"/>
        <source>Folders:</source>
        <translation>المجلدات:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="226"/>
        <source>Keep project files in:</source>
        <translation>حفظ ملفات المشاريع في:</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="268"/>
        <source>Keep project files in</source>
        <translation>حفظ ملفات المشاريع في</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="201"/>
        <source>Every core</source>
        <translation>كل الأنوية</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="227"/>
        <source>Analysis processes:</source>
        <translation>عمليات التحليل:</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../../gui/progress_text.py" line="12"/>
        <source>Listing the folder&apos;s files …</source>
        <translation>سرد ملفات المجلد …</translation>
    </message>
    <message>
        <location filename="../../gui/progress_text.py" line="13"/>
        <source>Reading {item} …</source>
        <translation>قراءة {item} …</translation>
    </message>
    <message>
        <location filename="../../gui/progress_text.py" line="14"/>
        <source>Analysed {item}</source>
        <translation>حُلِّل {item}</translation>
    </message>
    <message>
        <location filename="../../gui/progress_text.py" line="15"/>
        <source>Comparing the articles of each story …</source>
        <translation>مقارنة مقالات كل قصة …</translation>
    </message>
    <message>
        <location filename="../../gui/progress_text.py" line="16"/>
        <source>Writing the project file …</source>
        <translation>كتابة ملف المشروع …</translation>
    </message>
    <message>
        <location filename="../../gui/progress_text.py" line="17"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../gui/project_actions.py" line="108"/>
        <source>Open &amp;Project…</source>
        <translation>فتح &amp;مشروع…</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="109"/>
        <source>&amp;Save Project As…</source>
        <translation>&amp;حفظ المشروع باسم…</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="116"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="117"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="145"/>
        <source>Project file: {path}</source>
        <translation>ملف المشروع: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="150"/>
        <source>Since this project was last open: {changes}</source>
        <translation>منذ آخر فتح لهذا المشروع: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="159"/>
        <source>{summary} — {changes}</source>
        <translation>{summary} — {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="181"/>
        <source>This project cannot be opened.</source>
        <translation>لا يمكن فتح هذا المشروع.</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="184"/>
        <source>Cannot open the project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="185"/>
        <source>{message}

The file was not changed.</source>
        <translation>{message}

لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="195"/>
        <source>Open a project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="195"/>
        <source>Muqabala projects (*.sqlite);;All files (*)</source>
        <translation>مشاريع مقابلة (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="205"/>
        <source>Save the project as</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="205"/>
        <source>Muqabala projects (*.sqlite)</source>
        <translation>مشاريع مقابلة (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="220"/>
        <source>Cannot save the project</source>
        <translation>تعذّر حفظ المشروع</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="224"/>
        <source>Project saved as {path}</source>
        <translation>حُفظ المشروع باسم {path}</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="239"/>
        <source>Note on the fact: {label}</source>
        <translation>ملاحظة على الواقعة: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="244"/>
        <source>Note on the sentence: «{text}»</source>
        <translation>ملاحظة على الجملة: «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="252"/>
        <source>Notes can be added once the analysis is done.</source>
        <translation>يمكن إضافة الملاحظات بعد انتهاء التحليل.</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="293"/>
        <source>Undone: {what}</source>
        <translation>تم التراجع: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="295"/>
        <source>Redone: {what}</source>
        <translation>أعيد: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="300"/>
        <source>The note could not be saved</source>
        <translation>تعذّر حفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="305"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="313"/>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="324"/>
        <location filename="../../gui/project_actions.py" line="344"/>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="325"/>
        <source>Delete this note?

«{text}»

Undo (Ctrl+Z) brings it back.</source>
        <translation>حذف هذه الملاحظة؟

«{text}»

التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="335"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="345"/>
        <source>Note deleted — Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذفت الملاحظة — التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <location filename="../../gui/project_actions.py" line="363"/>
        <source>What this note was on is no longer in the articles: «{text}»</source>
        <translation>ما كانت عليه هذه الملاحظة لم يعد في المقالات: «{text}»</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="301"/>
        <source>No conflicts between these sources.</source>
        <translation>لا تعارض بين هذه المصادر.</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="330"/>
        <source>Sentence {id}: reported by {n} other source(s)</source>
        <translation>الجملة {id}: يذكرها {n} مصدر آخر</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="332"/>
        <source>Sentence {id}: no other source reports it</source>
        <translation>الجملة {id}: لا يذكرها مصدر آخر</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="393"/>
        <source>Text size {size} pt</source>
        <translation>حجم النص {size} نقطة</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="59"/>
        <source>Find in all articles (Ctrl+F)</source>
        <translation>البحث في كل المقالات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="69"/>
        <source>no hits</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="71"/>
        <source>{current}/{total} in {docs}</source>
        <translation>{current}/{total} في {docs}</translation>
    </message>
</context>
<context>
    <name>SearchResultsDock</name>
    <message>
        <location filename="../../gui/search_results.py" line="149"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="150"/>
        <source>Whole folder (every story)</source>
        <translation>المجلد كله (كل القصص)</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="151"/>
        <source>Search every article of the folder, not only this story&apos;s</source>
        <translation>البحث في كل مقالات المجلد، لا في مقالات هذه القصة وحدها</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="167"/>
        <source>«{query}»: {n} hits in {a} of {total} articles</source>
        <translation>«{query}»: {n} نتيجة في {a} من {total} مقالاً</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="171"/>
        <source>«{query}»: no hits in the {total} articles searched</source>
        <translation>«{query}»: لا نتائج في المقالات الـ{total} التي بُحث فيها</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="178"/>
        <source>side by side</source>
        <translation>معروض جنباً إلى جنب</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="178"/>
        <source>not shown: choose a hit to open it</source>
        <translation>غير معروض: اختر نتيجة لفتحه</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="181"/>
        <source>{title} — hits: {n} ({where})</source>
        <translation>{title} — النتائج: {n} ({where})</translation>
    </message>
    <message>
        <location filename="../../gui/search_results.py" line="201"/>
        <source>… {n} more hits not listed</source>
        <translation>… {n} نتيجة أخرى غير مدرجة</translation>
    </message>
</context>
<context>
    <name>StoriesDock</name>
    <message>
        <location filename="../../gui/stories_dock.py" line="127"/>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="128"/>
        <source>Filter stories (e.g. عدن)</source>
        <translation>تصفية القصص (مثلًا عدن)</translation>
    </message>
    <message>
        <location filename="../../gui/stories_dock.py" line="142"/>
        <source>{shown} of {total} stories</source>
        <translation>{shown} من {total} قصة</translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <location filename="../../gui/stories_model.py" line="175"/>
        <source>Story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <location filename="../../gui/stories_model.py" line="175"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../gui/stories_model.py" line="175"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../gui/stories_model.py" line="178"/>
        <source>The story, named after its most central headline</source>
        <translation>القصة، مسمّاة بأكثر عناوينها مركزية</translation>
    </message>
    <message>
        <location filename="../../gui/stories_model.py" line="179"/>
        <source>How many articles report it</source>
        <translation>عدد المقالات التي تنقلها</translation>
    </message>
    <message>
        <location filename="../../gui/stories_model.py" line="180"/>
        <source>How many numbers its sources disagree on</source>
        <translation>عدد الأرقام التي تختلف عليها مصادرها</translation>
    </message>
    <message>
        <location filename="../../gui/stories_model.py" line="202"/>
        <source>{label}
{n} articles · {f} facts · {c} conflicts</source>
        <translation>{label}
{n} مقالة · {f} واقعة · {c} تعارض</translation>
    </message>
</context>
<context>
    <name>StoryMap</name>
    <message>
        <location filename="../../gui/story_map.py" line="51"/>
        <source>Map of this article: red conflicts, green shared facts, gold the selected fact</source>
        <translation>خريطة هذه المقالة: الأحمر تعارضات، والأخضر وقائع متفق عليها، والذهبي الواقعة المحددة</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../gui/story_view.py" line="109"/>
        <source>Go to the stories list</source>
        <translation>الانتقال إلى قائمة القصص</translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="110"/>
        <source>Articles side by side…</source>
        <translation>المقالات جنبًا إلى جنب…</translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="111"/>
        <source>Choose which articles of this story are shown side by side</source>
        <translation>اختيار مقالات هذه القصة التي تُعرض جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="248"/>
        <source>Same text in {n} articles of this story ({hidden} not side by side)</source>
        <translation>النص نفسه في {n} مقالات من هذه القصة ({hidden} غير معروضة جنباً إلى جنب)</translation>
    </message>
    <message>
        <location filename="../../gui/story_view.py" line="296"/>
        <source>{label} — {n} articles ({shown} side by side) · {c} conflicts</source>
        <translation>{label} — {n} مقالة ({shown} جنبًا إلى جنب) · {c} تعارض</translation>
    </message>
</context>
<context>
    <name>VerdictActions</name>
    <message>
        <location filename="../../gui/verdicts.py" line="92"/>
        <source>&amp;Confirm the selected fact</source>
        <translation>&amp;تأكيد الواقعة المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="93"/>
        <source>&amp;Dismiss the selected conflict</source>
        <translation>ا&amp;ستبعاد التعارض المحدد</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="94"/>
        <source>&amp;Split the selected number out</source>
        <translation>&amp;فصل الرقم المحدد</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="95"/>
        <source>&amp;Merge the two selected facts</source>
        <translation>&amp;دمج الواقعتين المحددتين</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="96"/>
        <source>&amp;Not a quantity</source>
        <translation>&amp;ليس كمية</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="100"/>
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="101"/>
        <source>Set the article&apos;s publication &amp;time…</source>
        <translation>تحديد &amp;وقت نشر المقالة…</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="102"/>
        <source>&amp;Orphaned verdicts…</source>
        <translation>الأحكام ال&amp;يتيمة…</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="114"/>
        <source>{n} verdict(s) lost their place: kept, listed in Review → Orphaned verdicts</source>
        <translation>أحكام فقدت موضعها: {n}، حُفظت، وهي في مراجعة ← الأحكام اليتيمة</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="132"/>
        <source>Orphaned verdicts</source>
        <translation>الأحكام اليتيمة</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="133"/>
        <source>Every verdict found its numbers in the articles.</source>
        <translation>وجد كل حكم أرقامه في المقالات.</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="162"/>
        <source>{n} articles · {c} conflicts · {d} dismissed · {r} of {t} facts reviewed</source>
        <translation>{n} مقالة · {c} تعارض · {d} مستبعَد · رُوجعت {r} من {t} واقعة</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="176"/>
        <source>Verdicts can be given once the analysis is done.</source>
        <translation>يمكن إصدار الأحكام بعد انتهاء التحليل.</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="179"/>
        <source>Select two different facts to merge (click one, then the other).</source>
        <translation>اختر واقعتين مختلفتين لدمجهما (انقر إحداهما ثم الأخرى).</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="185"/>
        <source>{what} — Undo (Ctrl+Z) takes it back.</source>
        <translation>{what} — التراجع (Ctrl+Z) يلغيه.</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="190"/>
        <source>Fact confirmed</source>
        <translation>أُكّدت الواقعة</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="191"/>
        <source>Conflict dismissed</source>
        <translation>استُبعد التعارض</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="192"/>
        <source>Number split out</source>
        <translation>فُصل الرقم</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="193"/>
        <source>Facts merged</source>
        <translation>دُمجت الوقائع</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="194"/>
        <source>Marked as not a quantity</source>
        <translation>عُلّم بأنه ليس كمية</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="218"/>
        <source>Click the number first (or press Enter on it).</source>
        <translation>انقر الرقم أولًا (أو اضغط Enter عليه).</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="227"/>
        <source>Select a fact first (click a number, or F8).</source>
        <translation>اختر واقعة أولًا (انقر رقمًا، أو F8).</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="247"/>
        <source>Times can be set once the analysis is done.</source>
        <translation>يمكن تحديد الأوقات بعد انتهاء التحليل.</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="252"/>
        <source>Publication time</source>
        <translation>وقت النشر</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="254"/>
        <source>When was «{title}» published? (e.g. 2015-07-25T09:50; empty: unknown)</source>
        <translation>متى نُشرت «{title}»؟ (مثلًا 2015-07-25T09:50؛ فارغ: غير معروف)</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="270"/>
        <source>That article is no longer in the folder: no time was set.</source>
        <translation>لم تعد هذه المقالة في المجلد: لم يُحدَّد أي وقت.</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="280"/>
        <source>Not a time</source>
        <translation>ليس وقتًا</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="280"/>
        <source>Write the time as 2015-07-25 or 2015-07-25T09:50.</source>
        <translation>اكتب الوقت هكذا: 2015-07-25 أو 2015-07-25T09:50.</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="285"/>
        <source>Set publication time</source>
        <translation>تحديد وقت النشر</translation>
    </message>
    <message>
        <location filename="../../gui/verdicts.py" line="293"/>
        <source>The verdict could not be saved</source>
        <translation>تعذّر حفظ الحكم</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../gui/verdict_menu.py" line="32"/>
        <source>Confirm this fact (reviewed)</source>
        <translation>تأكيد هذه الواقعة (رُوجعت)</translation>
    </message>
    <message>
        <location filename="../../gui/verdict_menu.py" line="35"/>
        <source>Dismiss this conflict (not a contradiction)</source>
        <translation>استبعاد هذا التعارض (ليس تناقضًا)</translation>
    </message>
    <message>
        <location filename="../../gui/verdict_menu.py" line="38"/>
        <source>Split this number out of the fact</source>
        <translation>فصل هذا الرقم عن الواقعة</translation>
    </message>
    <message>
        <location filename="../../gui/verdict_menu.py" line="40"/>
        <source>Merge with the selected fact</source>
        <translation>دمج مع الواقعة المحددة</translation>
    </message>
    <message>
        <location filename="../../gui/verdict_menu.py" line="41"/>
        <source>Not a quantity</source>
        <translation>ليس كمية</translation>
    </message>
    <message>
        <location filename="../../gui/verdict_menu.py" line="58"/>
        <source>in no fact (one source only)</source>
        <translation>ليس في أي واقعة (مصدر واحد فقط)</translation>
    </message>
</context>
</TS>
