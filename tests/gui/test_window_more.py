"""More of the window's promises: open by drop or recent menu, errors shown, tooltips, dark theme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import highlight
from gui.main_window import MainWindow

from .conftest import ANALYSIS_TIMEOUT_MS


def test_dropping_a_folder_opens_it(window: MainWindow, qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seeds_dir))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)  # Qt delivers a drop only to the widget that took the enter
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        QApplication.sendEvent(window, drop)
    assert window.folder == str(seeds_dir)
    assert len(window.reader.panes) == 4


def test_opened_folders_appear_in_the_recent_menu(window: MainWindow, qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    assert [a.text() for a in window.recent_menu.actions()] == [str(seeds_dir)]
    second = MainWindow()
    qtbot.addWidget(second)
    assert [a.text() for a in second.recent_menu.actions()] == [str(seeds_dir)]


def test_an_analysis_error_is_shown_not_swallowed(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no-such-folder"
    with qtbot.waitSignal(window.analysis_stopped, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_folder(missing)
    assert blocker.args == ["failed"]
    box = window.findChild(QMessageBox, "analysis-error")
    assert box is not None and box.isVisible()
    assert "no such folder" in box.text()
    assert window.problems_dock.isVisible() and window.problems.count() == 1
    box.close()
    assert not window.is_busy()


def test_a_number_tooltip_gives_the_fact_label_and_why(seeds_window: MainWindow) -> None:
    reader = seeds_window.reader
    pane = reader.panes["d3"]
    offset = pane.doc.text.index("17 حافلة")
    fact = reader.index.fact_for_mention(reader.index.mention_at("d3", offset).id)
    tip = pane.text.tooltip_for(offset + 1)
    assert fact.label.replace("<", "&lt;") in tip and "conflict" in tip
    assert pane.text.tooltip_for(pane.doc.text.index("تساؤلات")) is None


def test_clicking_a_number_in_the_aligned_view_selects_its_fact(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seeds_window.aligned_action.trigger()
    view = seeds_window.synopsis
    reader = seeds_window.reader
    offset = reader.panes["d2"].doc.text.index("11 حافلة")
    mention = reader.index.mention_at("d2", offset)
    view.scroll_to_sentence(mention.sentence)
    qtbot.waitUntil(view.rows_settled)
    point = view.point_of("d2", mention.start + 1)
    assert point is not None and view.viewport().rect().contains(point)
    with qtbot.waitSignal(reader.fact_selected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0] == reader.index.fact_for_mention(mention.id).id


def test_marks_use_dark_colours_on_a_dark_palette() -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert highlight.colours_for(dark) is highlight.DARK
    assert highlight.colours_for(light) is highlight.LIGHT
    for colours, base in ((highlight.DARK, "#202020"), (highlight.LIGHT, "#ffffff")):
        for mark in (colours.conflict, colours.shared, colours.current, colours.search):
            assert abs(mark.lightness() - QColor(base).lightness()) > 25


def test_marks_differ_by_more_than_colour() -> None:
    fmts = {k: highlight.mention_format(k, highlight.LIGHT) for k in highlight.KINDS}
    styles = {k: (f.underlineStyle(), f.fontWeight()) for k, f in fmts.items()}
    assert len(set(styles.values())) == 3


def test_splitter_sizes_are_remembered(seeds_window: MainWindow, qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seeds_window.splitter.setSizes([500, 300, 300, 200])
    wanted = seeds_window.splitter.sizes()
    seeds_window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(seeds_window.size())
    again.show()
    with qtbot.waitSignal(again.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        again.open_folder(seeds_dir)
    assert again.splitter.sizes() == wanted


def test_an_english_article_reads_left_to_right(window: MainWindow, qtbot, seeds_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    arabic = sorted(seeds_dir.glob("*.txt"))[1]
    (tmp_path / arabic.name).write_text(arabic.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "zz_en.txt").write_text(
        "Coalition says it stopped watching the convoy\n\nThe coalition said on Friday it had pulled back "
        "the aircraft that were watching 11 buses carrying about 200 fighters.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(tmp_path)
    assert window.reader.panes["d1"].text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if "d2" not in window.reader.panes:  # a story of its own: the English article is not joined to d1
        english = next(s.id for s in window.analysis.stories if "d2" in s.documents)
        with qtbot.waitSignal(window.stories.story_shown):
            window.stories.show_story(english)
    panes = window.reader.panes
    assert panes["d2"].text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    block = panes["d2"].text.document().begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_enter_at_the_caret_selects_the_number_there(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = seeds_window.reader
    pane = reader.panes["d2"]
    offset = pane.doc.text.index("11 حافلة") + 1
    cursor = pane.text.textCursor()
    cursor.setPosition(pane.text.offsets.to_qt(offset))
    pane.text.setTextCursor(cursor)
    pane.text.setFocus()
    with qtbot.waitSignal(reader.fact_selected) as blocker:
        qtbot.keyClick(pane.text, Qt.Key.Key_Return)
    assert blocker.args[0] == reader.index.fact_for_mention(reader.index.mention_at("d2", offset).id).id


def test_an_empty_folder_says_so(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(tmp_path)
    assert window.reader.panes == {}
    assert "No articles" in window.statusBar().currentMessage()
    assert window.problems_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F8)  # nothing to visit, nothing breaks


def test_the_articles_panel_brings_a_pane_into_view(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path, tmp_path: Path
) -> None:
    for copy in range(3):  # 12 distinct articles: more than fit side by side
        for src in sorted(seeds_dir.glob("*.txt")):
            text = f"نسخة رقم {copy}\n\n" + src.read_text(encoding="utf-8")
            (tmp_path / f"{copy}_{src.name}").write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(tmp_path)
    listing = window.documents.list
    assert listing.count() == 12
    last = listing.item(11)
    doc_id = last.data(Qt.ItemDataRole.UserRole + 1)
    assert doc_id not in window.reader.panes  # a story of 12: five articles side by side (gui/article_picker.py)
    with qtbot.waitSignal(window.stories.story_shown):
        listing.itemActivated.emit(last)  # its pane is added and brought into view
    pane = window.reader.panes[doc_id]
    scroll = window.pane_scroll
    assert scroll.viewport().rect().contains(pane.mapTo(scroll.viewport(), pane.rect().center()))


def test_offsets_survive_windows_line_ends_and_astral_characters(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor, QTextDocument

    text = "سطر أول\r\n💡 قتل 85 مقاتلا\r\nآخر"
    qdoc = QTextDocument()
    qdoc.setPlainText(highlight.display_text(text))
    om = highlight.OffsetMap(text)
    start = text.index("85")
    cursor = QTextCursor(qdoc)
    cursor.setPosition(om.to_qt(start))
    cursor.setPosition(om.to_qt(start + 2), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "85"
    end = text.index("آخر")
    cursor.setPosition(om.to_qt(end))
    cursor.setPosition(om.to_qt(end + 3), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "آخر"
