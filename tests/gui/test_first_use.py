"""Small things a new user trips over (issue 16): each one seen the way the user sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from gui import i18n
from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards(qapp):  # type: ignore[no-untyped-def]
    yield
    i18n.set_language("en")


def _pane_menu(window: MainWindow, doc: str, needle: str) -> QMenu:
    pane = window.reader.panes[doc]
    offset = pane.doc.text.index(needle) + 1
    pane.scroll_to_span(offset, offset + 1)
    point = pane.point_of(offset)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, pane.text.viewport().mapToGlobal(point))
    QApplication.sendEvent(pane.text.viewport(), event)
    menu = pane.text.findChild(QMenu)
    assert menu is not None
    return menu


@pytest.mark.qt_log_ignore("raise", "grabbing", "propagateSizeHints")  # offscreen: no popup raise
@pytest.mark.parametrize(
    ("language", "direction"), [("en", Qt.LayoutDirection.LeftToRight), ("ar", Qt.LayoutDirection.RightToLeft)]
)
def test_a_pane_context_menu_is_laid_out_in_the_interface_direction(
    seeds_window: MainWindow, language: str, direction: Qt.LayoutDirection
) -> None:
    i18n.set_language(language)
    menu = _pane_menu(seeds_window, "d3", "17 حافلة")
    assert menu.layoutDirection() == direction
    menu.close()


def _conflict(window: MainWindow) -> str:
    return next(f.id for f in window.analysis.facts if f.status == "conflict")


def test_deleting_a_note_asks_first_and_cancel_keeps_it(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    projects = seeds_window.projects
    projects.add_note(_conflict(seeds_window), "تحقق من العدد")
    note_id = projects.project.notes()[0].id
    projects.notes_dock.delete_requested.emit(note_id)
    box = projects.confirm_box
    assert box is not None and box.isVisible() and "تحقق من العدد" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert [n.id for n in projects.project.notes()] == [note_id]


def test_after_undoing_a_deletion_the_status_bar_says_it_was_undone(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    projects = seeds_window.projects
    projects.add_note(_conflict(seeds_window), "تحقق من العدد")
    note_id = projects.project.notes()[0].id
    projects.notes_dock.delete_requested.emit(note_id)
    qtbot.mouseClick(projects.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert projects.project.notes() == []
    assert seeds_window.statusBar().currentMessage().startswith("Note deleted")
    projects.undo_action.trigger()
    assert [n.id for n in projects.project.notes()] == [note_id]
    assert seeds_window.statusBar().currentMessage() == "Undone: Delete note"
    projects.redo_action.trigger()
    assert seeds_window.statusBar().currentMessage() == "Redone: Delete note"


@pytest.mark.parametrize("theme", ["LIGHT", "DARK"])
def test_search_hits_and_the_selected_fact_differ_in_hue_and_in_shape(theme: str) -> None:
    from gui import highlight

    colours = getattr(highlight, theme)
    for search in (colours.search, colours.search_current):
        gap = abs(search.hslHue() - colours.current.hslHue())
        assert min(gap, 360 - gap) > 90
    assert highlight.overlay_format("search", colours).fontOverline()
    assert not highlight.overlay_format("current", colours).fontOverline()


def test_the_export_is_never_suggested_inside_the_program_folder(tmp_path: Path) -> None:
    from gui.export import suggested_folder

    app, documents, own = tmp_path / "muqabala", tmp_path / "Documents", tmp_path / "articles"
    for folder in (app / "seeds", documents, own):
        folder.mkdir(parents=True)
    assert suggested_folder(app / "seeds", app, None, documents) == documents  # the bundled samples
    assert suggested_folder(own, app, None, documents) == own  # beside the user's own articles
    assert suggested_folder(own, app, documents, documents) == documents  # where the last export went


def test_the_folder_of_the_last_export_is_suggested_next(seeds_window: MainWindow, tmp_path: Path) -> None:
    export = seeds_window.extras.export
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    export._write(export.export_csv, elsewhere / "facts.csv")  # noqa: SLF001 - what the menu action does after its dialog
    assert Path(export._suggest(".html")).parent == elsewhere  # noqa: SLF001


def test_a_file_name_with_a_date_stays_in_one_piece_beside_an_arabic_title(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from gui.bidi import isolate, isolate_ltr

    from .conftest import ANALYSIS_TIMEOUT_MS

    name = "2015-07-24T1626_alyaum_2015-07-24-01869.txt"
    (tmp_path / name).write_text("تركيا تقصف مواقع\n\nقصفت طائرات تركية 3 مواقع فجر اليوم.", encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(tmp_path)
    line = window.documents.list.item(0).text()
    assert isolate("تركيا تقصف مواقع") in line and isolate_ltr(name) in line
    problem = window.problems.item(0).text()
    assert isolate_ltr("broken.pdf") in problem


def test_a_sixth_pane_added_from_the_checklist_is_brought_into_view(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import ANALYSIS_TIMEOUT_MS
    from .test_stories import FOOTBALL

    window.resize(1000, 800)  # five panes already fill more than the window
    for k in range(8):
        (tmp_path / f"{k + 1:03d}.txt").write_text(FOOTBALL.format(crowd=40 + k, goal=70 + k), encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(tmp_path)
    stories = window.stories
    hidden = next(d.id for d in stories.story.documents if d.id not in window.reader.panes)
    with qtbot.waitSignal(stories.story_shown, timeout=ANALYSIS_TIMEOUT_MS):
        stories.set_shown([*stories.shown(), hidden])  # what OK in the checklist does
    assert len(window.reader.panes) == 6
    pane = window.reader.panes[hidden]
    scroll = window.pane_scroll
    assert scroll.viewport().rect().contains(pane.mapTo(scroll.viewport(), pane.rect().center()))


def test_every_aligned_cell_fits_its_row_at_the_width_it_is_painted(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.synopsis_cells import PAD

    seeds_window.aligned_action.trigger()
    view = seeds_window.synopsis
    qtbot.waitUntil(view.rows_settled)
    model = view.synopsis
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            qdoc, _ = model.cell_document(row, col, view.palette())
            qdoc.setTextWidth(max(40, view.visualRect(index).width() - 2 * PAD))
            assert qdoc.size().height() + 2 * PAD <= view.rowHeight(row) + 1, (row, col)


def test_aligned_headers_start_with_the_whole_article_id(seeds_window: MainWindow) -> None:
    from gui.bidi import strip_isolates

    model = seeds_window.synopsis.synopsis
    heads = [strip_isolates(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    assert [h.split(" · ")[0] for h in heads] == ["d1", "d2", "d3", "d4"]
    assert (
        seeds_window.synopsis.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideRight
    )  # the title gives way
