"""The default panes of a big story: the most distinct reports first. Five outlets print the same
wire text, three wrote their own report of the match; the five panes show the three own reports
and the wire text, and the wire text's panes say how many articles carry it."""

from __future__ import annotations

from pathlib import Path

from gui.main_window import MainWindow

from .conftest import ANALYSIS_TIMEOUT_MS
from .test_stories import FOOTBALL

OWN_REPORTS = [
    """الهلال يحسم الديربي أمام النصر

حسم الهلال قمة الجولة أمام النصر بنتيجة ثلاثة أهداف مقابل هدف في ملعب الملك فهد الدولي بالرياض،
وتألق سالم الدوسري بتسجيله هدفين، فيما اكتفى النصر بهدف وحيد. وقال مدرب الهلال بعد المباراة إن فريقه
لعب بتركيز عالٍ طوال الشوطين، وإن الجماهير التي بلغ عددها 45 ألف متفرج كانت اللاعب رقم 12.
""",
    """جماهير النصر غاضبة بعد خسارة الديربي

عبّرت جماهير النصر عن غضبها بعد الخسارة أمام الهلال بثلاثة أهداف لهدف، وطالب عدد من المشجعين
إدارة النادي بمراجعة الصفقات قبل الانتقالات الشتوية. وتجمّع مئات المشجعين أمام مقر النادي مساء
السبت مرددين هتافات ضد المدرب، فيما التزمت الإدارة الصمت.
""",
    """تحليل: كيف تفوّق الهلال تكتيكياً في الديربي

اعتمد مدرب الهلال على الضغط العالي منذ الدقيقة الأولى، ما حرم النصر من بناء الهجمات من الخلف.
ونجح الدوسري في استغلال المساحات خلف الظهيرين ليسجل هدفين، بينما جاء الهدف الثالث من كرة ثابتة.
ويرى محللون أن الفوز بثلاثة أهداف لهدف يمنح الهلال دفعة معنوية في سباق الصدارة.
""",
]


def test_distinct_reports_are_shown_before_more_copies_of_one_text(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "derby"
    folder.mkdir()
    wire = FOOTBALL.format(crowd=45, goal=77)
    for k in range(5):
        (folder / f"{k + 1:03d}_wire{k + 1}.txt").write_text(f"الرياض - وكالة {k + 1}\n{wire}", encoding="utf-8")
    for k, text in enumerate(OWN_REPORTS):
        (folder / f"{k + 6:03d}_own{k + 1}.txt").write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(folder)
    assert len(window.stories.story.documents) == 8, "the eight reports of the match are one story"
    shown = {window.reader.panes[d].doc.path for d in window.reader.panes}
    names = {Path(p).stem for p in shown}
    assert {"006_own1", "007_own2", "008_own3"} <= names
    assert len([n for n in names if "wire" in n]) == 2  # one for the text, one more to fill the room
    wire_pane = next(p for p in window.reader.panes.values() if "wire" in p.doc.path)
    assert wire_pane.note == "Same text in 5 articles of this story (3 not side by side)"
    assert wire_pane.note in wire_pane.header.text()
    own_pane = next(p for p in window.reader.panes.values() if "own" in p.doc.path)
    assert own_pane.note == ""
