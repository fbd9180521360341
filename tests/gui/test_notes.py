"""Notes in the window: written from a pane or the facts table, listed in the Notes dock, kept in the
project file across sessions, undoable, and never lost when their anchor vanishes.

Articles: d2 = 002 («11 حافلة»), d3 = 003 («17 حافلة»). Seeds are copied per test (fixture `seeds_dir`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from gui.main_window import MainWindow
from gui.notes_dock import ANCHOR_COLUMN, TEXT_COLUMN

from .conftest import ANALYSIS_TIMEOUT_MS

BUSES_NOTE = "اسأل التحالف: 11 أم 17 حافلة؟\nالمصدر الثالث يقول 10."


def _note_from_pane(window: MainWindow, doc: str, needle: str, text: str, on: str = "fact") -> str:
    """Right-click «needle» in a pane, choose Add note on the fact (or sentence), type TEXT, OK.

    Returns the id the note was attached to."""
    pane = window.reader.panes[doc]
    menu = pane.note_menu(pane.doc.text.index(needle) + 1)
    action = next(a for a in menu.actions() if str(a.data()).startswith("f" if on == "fact" else "d"))
    action.trigger()
    dialog = window.projects.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.editor.setPlainText(text)
    dialog.accept()
    return str(action.data())


def _texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.text for n in model.notes]


def _buses_fact(window: MainWindow) -> str:
    index = window.reader.index
    mention = index.mention_at("d3", window.reader.panes["d3"].doc.text.index("17 حافلة") + 1)
    return index.fact_for_mention(mention.id).id


def test_a_note_on_the_buses_conflict_appears_in_the_notes_dock(seeds_window: MainWindow) -> None:
    target = _note_from_pane(seeds_window, "d3", "17 حافلة", BUSES_NOTE)
    assert target == _buses_fact(seeds_window)
    dock = seeds_window.projects.notes_dock
    assert dock.isVisible()
    assert _texts(dock.model) == [BUSES_NOTE]
    label = seeds_window.reader.index.fact[target].label
    assert label in dock.model.index(0, ANCHOR_COLUMN).data()
    assert "11 أم 17" in dock.model.index(0, TEXT_COLUMN).data()
    assert [n.text for n in seeds_window.projects.project.notes_for(target)] == [BUSES_NOTE]


def test_the_note_is_still_there_after_closing_and_reopening_the_window(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    _note_from_pane(seeds_window, "d3", "17 حافلة", BUSES_NOTE)
    seeds_window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        again.open_folder(seeds_dir)
    assert again.projects.project.changes.nothing_changed
    notes = again.projects.notes_dock.model.notes
    assert [n.text for n in notes] == [BUSES_NOTE]
    assert notes[0].fact_id == _buses_fact(again)
    again.close()


def test_deleting_a_note_and_pressing_undo_restores_it(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _note_from_pane(seeds_window, "d3", "17 حافلة", BUSES_NOTE)
    projects = seeds_window.projects
    before = projects.project.notes()
    dock = projects.notes_dock
    dock.table.selectRow(0)
    dock.table.setFocus()
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    qtbot.mouseClick(projects.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert dock.model.notes == [] and projects.project.notes() == []
    assert "Undo" in seeds_window.statusBar().currentMessage()
    qtbot.keyClick(seeds_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert projects.project.notes() == before  # same id, text, anchor and dates
    assert _texts(dock.model) == [BUSES_NOTE]
    projects.redo_action.trigger()
    assert projects.project.notes() == []


def test_editing_a_note_is_written_and_can_be_undone(seeds_window: MainWindow) -> None:
    _note_from_pane(seeds_window, "d3", "17 حافلة", BUSES_NOTE)
    projects = seeds_window.projects
    note_id = projects.project.notes()[0].id
    dialog = projects.request_edit(note_id)
    assert dialog is not None and dialog.editor.toPlainText() == BUSES_NOTE
    dialog.editor.setPlainText("تأكدت: 11 حافلة")
    dialog.accept()
    assert [n.text for n in projects.project.notes()] == ["تأكدت: 11 حافلة"]
    projects.undo_action.trigger()
    assert [n.text for n in projects.project.notes()] == [BUSES_NOTE]


def test_double_clicking_a_sentence_note_scrolls_to_its_sentence(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    target = _note_from_pane(seeds_window, "d2", "11 حافلة", "جملة مهمة", on="sentence")
    reader = seeds_window.reader
    pane = reader.panes["d2"]
    pane.text.verticalScrollBar().setValue(pane.text.verticalScrollBar().maximum())
    dock = seeds_window.projects.notes_dock
    qtbot.waitUntil(dock.table.isVisible)
    cell = dock.table.visualRect(dock.model.index(0, TEXT_COLUMN)).center()
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double-click starts so
    with qtbot.waitSignal(reader.sentence_selected) as blocker:
        qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert blocker.args == [target]
    sentence = reader.index.sentence[target]
    assert pane.is_span_visible(sentence.start, min(sentence.end, sentence.start + 10))


def test_enter_on_a_fact_note_selects_the_fact(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    target = _note_from_pane(seeds_window, "d3", "17 حافلة", BUSES_NOTE)
    seeds_window.reader.select_fact(seeds_window.reader.index.conflicts()[-1].id)
    dock = seeds_window.projects.notes_dock
    dock.table.selectRow(0)
    dock.table.setFocus()
    with qtbot.waitSignal(seeds_window.reader.fact_selected) as blocker:
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    assert blocker.args == [target]
    assert seeds_window.facts.selected_fact() == target


def test_add_note_from_the_facts_table(seeds_window: MainWindow) -> None:
    facts = seeds_window.facts
    fact_id = _buses_fact(seeds_window)
    facts.select_fact(fact_id)
    index = facts.table.currentIndex()
    menu = facts.note_menu(facts.table.visualRect(index).center())  # what a right-click on the row shows
    assert menu is not None
    menu.actions()[0].trigger()
    dialog = seeds_window.projects.dialog
    dialog.editor.setPlainText("من الجدول")
    dialog.accept()
    assert [n.fact_id for n in seeds_window.projects.project.notes()] == [fact_id]


def test_a_note_whose_sentence_vanished_is_listed_apart_as_orphaned(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    _note_from_pane(seeds_window, "d3", "17 حافلة", BUSES_NOTE)
    target = _note_from_pane(seeds_window, "d2", "11 حافلة", "هذه الجملة ستختفي", on="sentence")
    sentence = seeds_window.reader.index.sentence[target]
    article = Path(seeds_window.reader.panes["d2"].doc.path)
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(text[sentence.start : sentence.end], ""), encoding="utf-8")
    with qtbot.waitSignal(seeds_window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        seeds_window.open_folder(seeds_dir)
    dock = seeds_window.projects.notes_dock
    assert _texts(dock.orphans_model) == ["هذه الجملة ستختفي"]
    assert BUSES_NOTE in _texts(dock.model) and "هذه الجملة ستختفي" not in _texts(dock.model)
    assert dock.orphans.isVisible() and dock.orphans_label.isVisible()
    assert dock.orphans_model.index(0, ANCHOR_COLUMN).data().startswith("⚠")
    assert "lost their place" in seeds_window.projects.changes_bar.label.text()


def test_notes_written_deleted_and_undone_in_a_row_are_all_kept(seeds_window: MainWindow) -> None:
    """(How long each takes on the GUI thread is reported by bench/note_latency.py, not asserted.)"""
    projects = seeds_window.projects
    fact_id = _buses_fact(seeds_window)
    for i in range(5):
        projects.add_note(fact_id, f"ملاحظة رقم {i}")
        note_id = projects.project.notes()[-1].id
        projects.delete_note(note_id)
        projects.undo_action.trigger()
    assert [n.text for n in projects.project.notes()] == [f"ملاحظة رقم {i}" for i in range(5)]


@pytest.mark.qt_log_ignore("raise", "grabbing", "propagateSizeHints")  # offscreen: no popup raise
def test_add_note_from_a_number_in_the_aligned_view(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seeds_window.aligned_action.trigger()
    view = seeds_window.synopsis
    index = seeds_window.reader.index
    mention = index.mention_at("d3", seeds_window.reader.panes["d3"].doc.text.index("17 حافلة") + 1)
    view.scroll_to_sentence(mention.sentence)
    qtbot.waitUntil(view.rows_settled)
    point = view.point_of("d3", mention.start + 1)
    assert point is not None
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    menu = view.findChild(QMenu)
    assert menu is not None
    action = next(a for a in menu.actions() if str(a.data()).startswith("f"))
    action.trigger()
    menu.close()
    dialog = seeds_window.projects.dialog
    dialog.editor.setPlainText("من العرض المتوازي")
    dialog.accept()
    assert [n.fact_id for n in seeds_window.projects.project.notes()] == [_buses_fact(seeds_window)]


def test_a_note_dialog_left_open_is_dropped_when_another_folder_opens(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    dialog = seeds_window.projects.request_note(_buses_fact(seeds_window))
    dialog.editor.setPlainText("لم تكتمل")
    with qtbot.waitSignal(seeds_window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        seeds_window.open_folder(seeds_dir)
    assert seeds_window.projects.dialog is None  # closed (and deleted)
    assert seeds_window.projects.project.notes() == []
