"""The window on the real seeds, driven like a reader would: click, F8, Ctrl+F, Cancel, views.

Every test waits on signals; none sleeps. Articles: d1 = 001 … d4 = 004 (file order).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QRect, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from gui import settings as app_settings
from gui.article_pane import ArticlePane
from gui.main_window import MainWindow
from gui.view import ALIGNED, PANES

from .conftest import ANALYSIS_TIMEOUT_MS


def _at(window: MainWindow, doc: str, needle: str) -> tuple[int, int]:
    """(start, end) of the first occurrence of `needle` in a document's original text."""
    text = window.reader.panes[doc].doc.text
    start = text.index(needle)
    return start, start + len(needle)


def _type(widget: QWidget, text: str) -> None:
    """Type Arabic text key by key (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _click(qtbot, pane: ArticlePane, offset: int) -> None:  # type: ignore[no-untyped-def]
    pane.scroll_to_span(offset, offset + 1)
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=pane.point_of(offset))


def test_window_is_up_before_the_analysis_completes(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_folder(seeds_dir)
    qtbot.waitExposed(win)
    assert win.isVisible() and win.is_busy()  # open_folder returned at once: the analysis runs behind
    with qtbot.waitSignal(win.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        pass
    win.close()


def test_first_article_is_the_rightmost_pane(seeds_window: MainWindow) -> None:
    reader = seeds_window.reader
    assert reader.pane_order() == ["d1", "d2", "d3", "d4"]
    x = {d: p.mapTo(seeds_window, p.rect().topLeft()).x() for d, p in reader.panes.items()}
    assert x["d1"] > x["d2"] > x["d3"] > x["d4"]
    assert reader.panes["d1"].text.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_aligned_view_puts_the_killed_85_sentences_on_one_row(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seeds_window.aligned_action.trigger()
    assert seeds_window.stack.currentIndex() == ALIGNED
    model = seeds_window.synopsis.synopsis
    rows_001 = [r for r in range(model.rowCount()) if "ودمر40 آلية وقتل 85 مقاتل" in model.cell_map(r, 0).text]
    rows_002 = [r for r in range(model.rowCount()) if "ودمر 40 آلية وقتل 85 مقاتلا" in model.cell_map(r, 1).text]
    assert rows_001 and rows_001 == rows_002


def test_clicking_17_buses_in_003_brings_11_and_10_buses_into_view(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = seeds_window.reader
    start, _ = _at(seeds_window, "d3", "17 حافلة")
    with qtbot.waitSignal(reader.fact_selected) as blocker:
        _click(qtbot, reader.panes["d3"], start + 1)
    fact_id = blocker.args[0]
    fact = reader.index.fact[fact_id]
    assert fact.status == "conflict"
    assert seeds_window.facts.selected_fact() == fact_id
    assert fact.label in seeds_window.statusBar().currentMessage()
    for doc, needle in (("d2", "11 حافلة"), ("d4", "بعشر حافلات")):
        s, e = _at(seeds_window, doc, needle)
        assert any(m.doc == doc and m.start < e and s < m.end for m in reader.index.mentions_of(fact_id)), doc
        assert reader.panes[doc].is_span_visible(s, e), doc
        assert any(a < e and s < b for a, b in reader.panes[doc].overlay("flash")), doc


def test_f8_visits_every_conflict_once_before_wrapping(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = seeds_window.reader
    conflicts = [f.id for f in reader.index.conflicts()]
    assert conflicts, "the seeds contradict each other on buses, fighters, families"
    visited = []
    for _ in range(len(conflicts) + 1):
        with qtbot.waitSignal(reader.fact_selected) as blocker:
            qtbot.keyClick(seeds_window, Qt.Key.Key_F8)
        visited.append(blocker.args[0])
    assert sorted(visited[:-1]) == sorted(conflicts)
    assert len(set(visited[:-1])) == len(conflicts)
    assert visited[-1] == visited[0]
    with qtbot.waitSignal(reader.fact_selected) as blocker:
        qtbot.keyClick(seeds_window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args[0] == (visited[-2] if len(conflicts) > 1 else visited[0])


def test_ctrl_f_finds_the_buses_in_all_four_articles(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(seeds_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = seeds_window.search_bar.field
    assert field.hasFocus()
    with qtbot.waitSignal(seeds_window.reader.searched, check_params_cb=lambda n: n > 0):
        _type(field, "الحافلات")
    panes = seeds_window.reader.panes
    assert all(panes[d].overlay("search") for d in ("d1", "d2", "d3", "d4"))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    ((s, e),) = panes["d1"].overlay("search_current")
    assert panes["d1"].doc.text[s:e] == "الحافلات"
    assert panes["d1"].is_span_visible(s, e)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not any(p.overlay("search") for p in panes.values())


def test_cancel_stops_the_analysis_and_leaves_the_window_usable(window: MainWindow, qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_folder(seeds_dir)
    runner = window.runner
    assert runner is not None and window.cancel_button.isVisible()
    outcome: list[str] = []
    runner.task.cancelled.connect(lambda: outcome.append("cancelled"), Qt.ConnectionType.DirectConnection)
    runner.task.finished.connect(lambda _a: outcome.append("finished"), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(window.analysis_thread_ended, timeout=ANALYSIS_TIMEOUT_MS):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]
    assert not window.is_busy()
    assert window.analysis is None
    assert not window.cancel_button.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_F8)  # nothing to visit, nothing breaks
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    assert window.analysis is not None


def test_number_marks_sit_on_the_exact_characters(seeds_window: MainWindow) -> None:
    reader = seeds_window.reader
    for doc, pane in reader.panes.items():
        om = pane.text.offsets
        for m in reader.index.mentions_by_doc[doc]:
            cursor = QTextCursor(pane.text.document())
            cursor.setPosition(om.to_qt(m.start))
            cursor.setPosition(om.to_qt(m.end), QTextCursor.MoveMode.KeepAnchor)
            assert cursor.selectedText() == pane.doc.text[m.start : m.end]
            cursor.setPosition(om.to_qt(m.start) + 1)
            assert cursor.charFormat().underlineStyle() != 0, (doc, m.text)


def test_offsets_after_emoji_map_to_the_same_characters(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "✨💡 قال البيان إن 11 حافلة غادرت 💡 وإن 85 مقاتلا قتلوا.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("قالت المصادر إن 17 حافلة غادرت.\n", encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(tmp_path)
    pane = window.reader.panes["d1"]
    om = pane.text.offsets
    start = text.index("85")
    assert om.to_qt(start) == start + 2  # two astral characters before it
    assert om.from_qt(om.to_qt(start)) == start
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(om.to_qt(start))
    cursor.setPosition(om.to_qt(start + 2), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "85"


def test_clicking_a_sentence_lights_up_its_counterparts(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = seeds_window.reader
    start, _ = _at(seeds_window, "d1", "التحالف راقب القافلة")
    with qtbot.waitSignal(reader.sentence_selected):
        _click(qtbot, reader.panes["d1"], start + 3)
    s, e = _at(seeds_window, "d2", "ودمر 40 آلية وقتل 85 مقاتلا")
    lit = reader.panes["d2"].overlay("aligned")
    assert any(a <= s and e <= b for a, b in lit)
    assert reader.panes["d2"].is_span_visible(s, s + 10)


def test_scrolling_one_pane_keeps_the_others_at_aligned_sentences(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = seeds_window.reader
    assert seeds_window.sync_action.isChecked()
    d1 = reader.panes["d1"]
    start, _ = _at(seeds_window, "d1", "التحالف راقب القافلة")
    bar = d1.text.verticalScrollBar()
    target = bar.value() + d1.span_rect(start, start + 1).top() - 4
    bar.setValue(target)  # as if the reader dragged the scroll bar
    s, _ = _at(seeds_window, "d2", "ودمر 40 آلية")
    assert reader.panes["d2"].is_span_visible(s, s + 12)


def test_zoom_changes_every_pane(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panes = seeds_window.reader.panes.values()
    before = {p.text.font().pointSizeF() for p in panes}
    qtbot.keyClick(seeds_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    after = {p.text.font().pointSizeF() for p in panes}
    assert len(before) == len(after) == 1 and after == {min(before) + 1}
    assert all(p.text.font().families()[0] == "Noto Naskh Arabic" for p in panes)
    qtbot.keyClick(seeds_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(seeds_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert {p.text.font().pointSizeF() for p in panes} == {min(before) - 1}
    qtbot.keyClick(seeds_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert {p.text.font().pointSizeF() for p in panes} == before


def test_switching_views_keeps_the_current_fact(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = seeds_window.reader
    with qtbot.waitSignal(reader.fact_selected) as blocker:
        qtbot.keyClick(seeds_window, Qt.Key.Key_F8)
    fact_id = blocker.args[0]
    seeds_window.aligned_action.trigger()
    assert reader.current_fact == fact_id
    assert seeds_window.synopsis.synopsis.current
    rows = {r.row() for r in seeds_window.synopsis.selectionModel().selectedRows()}
    fact_rows = {
        seeds_window.synopsis.synopsis.row_of_sentence.get(m.sentence) for m in reader.index.mentions_of(fact_id)
    }
    assert rows and rows <= fact_rows
    seeds_window.panes_action.trigger()
    assert seeds_window.stack.currentIndex() == PANES
    assert reader.current_fact == fact_id
    assert all(
        p.overlay("current") == [(m.start, m.end) for m in reader.index.mentions_of(fact_id) if m.doc == d]
        for d, p in reader.panes.items()
    )


def _saved_normal_size(geometry: QByteArray) -> tuple[int, int]:
    """The normal (not maximised) size recorded in QWidget.saveGeometry()'s bytes."""
    stream = QDataStream(geometry)
    stream.readUInt32(), stream.readUInt16(), stream.readUInt16()  # magic, major, minor version
    frame, normal = QRect(), QRect()
    stream >> frame
    stream >> normal
    return normal.width(), normal.height()


def test_window_geometry_is_remembered(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """What the app controls: the geometry saved on close is the window's, and the next window
    restores those bytes. (Not the final pixel size: the window's minimum width depends on the
    toolbar's fonts, and a window manager may adjust what the app asks for.)"""
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 540)
    first.show()
    qtbot.waitExposed(first)
    closing = first.saveGeometry()
    first.close()
    saved = app_settings.settings().value("window/geometry")
    assert isinstance(saved, QByteArray)
    assert saved == closing
    second = MainWindow()
    qtbot.addWidget(second)
    assert _saved_normal_size(second.saveGeometry()) == _saved_normal_size(saved)


def test_cancel_midway_stops_the_pipeline_itself(window: MainWindow, qtbot, seeds_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for copy in range(12):  # 48 distinct articles: long enough to be caught in the middle
        for src in sorted(seeds_dir.glob("*.txt")):
            text = f"نسخة رقم {copy} من المقال\n\n" + src.read_text(encoding="utf-8")
            (tmp_path / f"{copy:02d}_{src.name}").write_text(text, encoding="utf-8")
    window.open_folder(tmp_path)
    runner = window.runner
    assert runner is not None
    outcome: list[str] = []
    runner.task.cancelled.connect(lambda: outcome.append("cancelled"), Qt.ConnectionType.DirectConnection)
    runner.task.finished.connect(lambda _a: outcome.append("finished"), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(window.progress.valueChanged, timeout=ANALYSIS_TIMEOUT_MS):
        pass  # the pipeline is running and reporting
    with qtbot.waitSignal(window.analysis_thread_ended, timeout=ANALYSIS_TIMEOUT_MS):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]
    assert window.analysis is None and not window.is_busy()
