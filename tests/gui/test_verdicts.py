"""The researcher's verdicts in the window: given from a pane's context menu, the facts matrix or the
keyboard; they change colours, F8, counts and reports; they are undoable with the notes and kept.

Articles: d2 = 002 («11 حافلة»), d3 = 003 («17 حافلة»). Seeds are copied per test (fixture `seeds_dir`).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui import i18n
from gui.main_window import MainWindow

from .conftest import ANALYSIS_TIMEOUT_MS


def _mention(window: MainWindow, doc: str, needle: str):  # type: ignore[no-untyped-def]
    pane = window.reader.panes[doc]
    return window.reader.index.mention_at(doc, pane.doc.text.index(needle) + 1)


def _fact_of(window: MainWindow, doc: str, needle: str):  # type: ignore[no-untyped-def]
    return window.reader.index.fact_for_mention(_mention(window, doc, needle).id)


def _settled(window: MainWindow, qtbot, step) -> None:  # type: ignore[no-untyped-def]
    """Do STEP (a verdict, an undo…) and wait until every view shows its result."""
    with qtbot.waitSignal(window.reader.reviewed, timeout=10_000):
        step()


def _choose(window: MainWindow, doc: str, needle: str, kind: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Right-click «needle» in a pane and choose the verdict KIND from its context menu."""
    pane = window.reader.panes[doc]
    menu = pane.note_menu(0)  # a menu to extend, as the text view's context menu is
    menu.clear()
    pane._extend_menu(menu, pane.doc.text.index(needle) + 1)  # noqa: SLF001 - what a right-click builds
    action = next(a for a in menu.actions() if a.objectName() == f"verdict-{kind}")
    _settled(window, qtbot, action.trigger)


def _background(window: MainWindow, doc: str, needle: str):  # type: ignore[no-untyped-def]
    pane = window.reader.panes[doc]
    cursor = pane.text.textCursor()
    cursor.setPosition(pane.text.offsets.to_qt(pane.doc.text.index(needle) + 1))
    return cursor.charFormat().background().color().name()


def test_dismissing_a_conflict_turns_it_plain_f8_skips_it_and_the_report_lists_it(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, tmp_path: Path
) -> None:
    window = seeds_window
    buses = _fact_of(window, "d3", "17 حافلة")
    assert buses.status == "conflict" and buses.id in [f.id for f in window.reader.index.conflicts()]
    red = _background(window, "d3", "17 حافلة")
    before = len(window.reader.index.conflicts())
    _choose(window, "d3", "17 حافلة", "dismiss", qtbot)
    assert _fact_of(window, "d3", "17 حافلة").review == "dismissed"
    assert window.statusBar().currentMessage().startswith("Conflict dismissed")
    assert _background(window, "d3", "17 حافلة") != red  # plain now
    assert _mention(window, "d3", "17 حافلة").id not in [m[3] for m in window.reader.panes["d3"].map.marks]
    visited = {window.reader.step_conflict(1) for _ in range(before + 2)}
    assert buses.id not in visited and len(visited) == before - 1
    window.extras.export.export_html(tmp_path / "report.html")
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "مستبعَد: ليس تعارضاً" in report or "dismissed: not a contradiction" in report
    window.extras.export.export_json(tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [v["kind"] for v in data["verdicts"]] == ["dismiss"]
    assert next(f for f in data["reviewed_facts"] if f["id"] == buses.id)["review"] == "dismissed"


def test_a_confirmed_conflict_stays_red_and_is_marked_reviewed_in_the_matrix(seeds_window: MainWindow, qtbot) -> None:
    window = seeds_window
    window.reader.select_mention(_mention(window, "d3", "17 حافلة").id)
    _settled(window, qtbot, window.verdicts.actions["confirm"].trigger)  # Ctrl+K
    fact = _fact_of(window, "d3", "17 حافلة")
    assert fact.review == "confirmed" and fact.id in [f.id for f in window.reader.index.conflicts()]
    model = window.facts.model
    assert model.index(model.row_of(fact.id), 0).data().endswith("✓")


def test_split_then_merge_then_undo_all_of_it(seeds_window: MainWindow, qtbot) -> None:
    window = seeds_window
    buses = _fact_of(window, "d3", "17 حافلة")
    seventeen = _mention(window, "d3", "17 حافلة")
    _choose(window, "d3", "17 حافلة", "split", qtbot)
    alone = window.reader.index.fact_for_mention(seventeen.id)
    assert alone.mentions == (seventeen.id,) and alone.id != buses.id
    rest = window.reader.index.fact[buses.id]
    assert seventeen.id not in rest.mentions and rest.status != "conflict" or len(rest.mentions) > 2
    window.reader.select_fact(buses.id)
    window.reader.select_fact(alone.id)
    _settled(window, qtbot, window.verdicts.actions["merge"].trigger)  # Ctrl+M: the current fact with the one before
    merged = window.reader.index.fact_for_mention(seventeen.id)
    assert set(merged.mentions) == set(buses.mentions) and merged.status == "conflict"
    stack = window.projects.undo_stack
    _settled(window, qtbot, stack.undo)
    assert window.reader.index.fact_for_mention(seventeen.id).mentions == (seventeen.id,)
    _settled(window, qtbot, stack.undo)
    assert window.reader.index.fact_for_mention(seventeen.id).id == buses.id
    assert window.projects.project.verdicts() == []
    _settled(window, qtbot, stack.redo)
    assert window.reader.index.fact_for_mention(seventeen.id).mentions == (seventeen.id,)


def test_undo_goes_back_over_verdicts_and_notes_alike(seeds_window: MainWindow, qtbot) -> None:
    window = seeds_window
    buses = _fact_of(window, "d3", "17 حافلة")
    window.projects.add_note(buses.id, "اسأل المراسل")
    _choose(window, "d3", "17 حافلة", "dismiss", qtbot)
    _settled(window, qtbot, window.projects.undo_stack.undo)
    assert _fact_of(window, "d3", "17 حافلة").review == ""
    assert [n.text for n in window.projects.project.notes()] == ["اسأل المراسل"]
    window.projects.undo_stack.undo()
    assert window.projects.project.notes() == []


def test_not_a_quantity_unmarks_the_number(seeds_window: MainWindow, qtbot) -> None:
    window = seeds_window
    seventeen = _mention(window, "d3", "17 حافلة")
    _choose(window, "d3", "17 حافلة", "not_quantity", qtbot)
    assert seventeen.id not in window.reader.index.mention
    assert window.reader.index.mention_at("d3", seventeen.start) is None


def test_verdicts_survive_closing_and_reopening_the_window(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    _choose(seeds_window, "d3", "17 حافلة", "dismiss", qtbot)
    seeds_window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        again.open_folder(seeds_dir)
    qtbot.waitUntil(lambda: not again.reader.busy())
    assert _fact_of(again, "d3", "17 حافلة").review == "dismissed"
    again.close()


def test_verdicts_survive_re_analysis_after_an_edited_article(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    _choose(seeds_window, "d3", "17 حافلة", "split", qtbot)
    article = sorted(seeds_dir.glob("003*.txt"))[0]
    article.write_text("عاجل: تحديث من المراسل.\n" + article.read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(seeds_window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        seeds_window.open_folder(seeds_dir)
    qtbot.waitUntil(lambda: not seeds_window.reader.busy())
    assert seeds_window.projects.project.changes.changed
    assert _fact_of(seeds_window, "d3", "17 حافلة").mentions == (_mention(seeds_window, "d3", "17 حافلة").id,)
    assert seeds_window.projects.project.reviewed().orphaned == []


def test_the_tooltip_of_a_number_gives_label_status_and_values_per_source_as_text(
    seeds_window: MainWindow, qtbot
) -> None:
    pane = seeds_window.reader.panes["d3"]
    tip = pane._tooltip(pane.doc.text.index("17 حافلة") + 1)  # noqa: SLF001 - what hovering shows
    fact = _fact_of(seeds_window, "d3", "17 حافلة")
    assert tip is not None and "17" in tip and "11" in tip and "d2" in tip and "d3" in tip
    assert "<b>" not in tip and tip.startswith('<p style="white-space:pre-wrap">')
    assert fact.label.replace("<", "&lt;") in tip


def test_the_story_map_holds_the_conflicts_and_a_click_on_a_mark_selects_its_fact(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot
) -> None:
    pane = seeds_window.reader.panes["d3"]
    seventeen = _mention(seeds_window, "d3", "17 حافلة")
    assert (seventeen.start, seventeen.end, "conflict", seventeen.id) in pane.map.marks
    with qtbot.waitSignal(seeds_window.reader.fact_selected) as blocker:
        qtbot.mouseClick(pane.map, Qt.MouseButton.LeftButton, pos=pane.map.point_of(seventeen.id).toPoint())
    assert blocker.args == [_fact_of(seeds_window, "d3", "17 حافلة").id]


def test_the_review_keys_are_window_shortcuts(seeds_window: MainWindow, qtbot) -> None:
    keys = {a.objectName(): a.shortcut() for a in seeds_window.verdicts.actions.values()}
    assert keys["review-dismiss"] == QKeySequence("Ctrl+D") and keys["review-confirm"] == QKeySequence("Ctrl+K")


def test_the_why_panel_explains_the_selected_fact_and_the_verdict(seeds_window: MainWindow, qtbot) -> None:
    window = seeds_window
    window.reader.select_mention(_mention(window, "d3", "17 حافلة").id)
    panel = window.verdicts.panel
    fact = _fact_of(window, "d3", "17 حافلة")
    assert panel.fact_id == fact.id and panel.header.text() == fact.label
    assert panel.reasons.count() >= 1
    _settled(window, qtbot, window.verdicts.actions["dismiss"].trigger)
    lines = [panel.reasons.item(i).text() for i in range(panel.reasons.count())]
    assert any("dismissed" in line for line in lines)


def test_the_timeline_orders_values_by_the_times_the_researcher_set(seeds_window: MainWindow, qtbot) -> None:
    window = seeds_window
    _settled(window, qtbot, lambda: window.verdicts.set_time("d3", "2015-07-25T10:00"))
    _settled(window, qtbot, lambda: window.verdicts.set_time("d2", "2015-07-25T08:00"))
    window.reader.select_mention(_mention(window, "d3", "17 حافلة").id)
    chart = window.verdicts.panel.chart
    assert [p.doc for p in chart.points][:1] == ["d2"] and "d3" in [p.doc for p in chart.points]
    _settled(window, qtbot, window.projects.undo_stack.undo)
    window.reader.select_mention(_mention(window, "d3", "17 حافلة").id)
    assert "d2" not in [p.doc for p in chart.points]


def test_a_time_asked_before_an_update_is_set_on_the_article_it_was_asked_for(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    """The folder is brought up to date while the time dialog is open (the window may do so by
    itself): an article added first renumbers the one asked about, and the time goes to it."""
    window = seeds_window
    first = sorted(seeds_dir.glob("*.txt"))[0].name
    dialog = window.verdicts.ask_time()
    assert dialog is not None
    (seeds_dir / "000_weather.txt").write_text("توقعت هيئة الأرصاد طقسا حارا على المناطق الساحلية.\n", encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    dialog.setTextValue("2015-07-25T09:50")
    _settled(window, qtbot, dialog.accept)
    assert window.projects.project.store.published() == {first: "2015-07-25T09:50"}


def test_a_time_for_an_article_that_left_the_folder_meanwhile_is_not_set(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    window = seeds_window
    dialog = window.verdicts.ask_time()
    assert dialog is not None
    sorted(seeds_dir.glob("*.txt"))[0].unlink()
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    dialog.setTextValue("2015-07-25T09:50")
    dialog.accept()
    assert window.projects.project.store.published() == {}
    assert "no longer in the folder" in window.shell.status_text()


def test_a_verdict_whose_number_vanished_is_kept_and_listed_as_orphaned(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    _choose(seeds_window, "d3", "17 حافلة", "split", qtbot)
    article = sorted(seeds_dir.glob("003*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8").replace("17 حافلة", "حافلات"), encoding="utf-8")
    with qtbot.waitSignal(seeds_window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        seeds_window.open_folder(seeds_dir)
    assert [v.kind for v in seeds_window.verdicts.orphans()] == ["split"]
    assert "1 verdict(s) lost their place" in seeds_window.projects.changes_bar.label.text()
    box = seeds_window.verdicts.show_orphans()
    assert "split" in box.text() and "17" in box.text()
    box.close()


def test_two_rows_of_the_facts_matrix_can_be_merged_from_its_context_menu(  # type: ignore[no-untyped-def]
    seeds_window: MainWindow, qtbot
) -> None:
    window = seeds_window
    seventeen = _mention(window, "d3", "17 حافلة")
    _choose(window, "d3", "17 حافلة", "split", qtbot)
    alone = window.reader.index.fact_for_mention(seventeen.id)
    facts = window.facts
    facts.select_fact(alone.id)
    other_row = facts.proxy.mapFromSource(facts.model.index(facts.model.row_of("f1"), 1))
    facts.table.selectionModel().select(
        other_row, facts.table.selectionModel().SelectionFlag.Select | facts.table.selectionModel().SelectionFlag.Rows
    )
    assert set(facts.selected_facts()) == {alone.id, "f1"}
    menu = facts.note_menu(facts.table.visualRect(facts.table.currentIndex()).center())
    merge = next(a for a in menu.actions() if a.text() == "Merge the two selected facts")
    _settled(window, qtbot, merge.trigger)
    assert window.reader.index.fact_for_mention(seventeen.id).mentions != (seventeen.id,)


def test_what_a_note_is_on_is_marked_in_the_text(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = seeds_window
    buses = _fact_of(window, "d3", "17 حافلة")
    pane = window.reader.panes["d3"]
    window.projects.add_note(buses.id, "اسأل المراسل")
    seventeen = _mention(window, "d3", "17 حافلة")
    qtbot.waitUntil(lambda: (seventeen.start, seventeen.end) in pane.overlay("note"))
    window.projects.undo_stack.undo()
    qtbot.waitUntil(lambda: pane.overlay("note") == [])


def test_the_why_panel_speaks_the_interface_language_as_the_report_does(seeds_window: MainWindow, qtbot) -> None:
    window = seeds_window
    window.reader.select_mention(_mention(window, "d3", "17 حافلة").id)
    panel = window.verdicts.panel
    before = i18n.current_language()
    i18n.set_language("ar")
    try:
        lines = [panel.reasons.item(i).text() for i in range(panel.reasons.count())]
    finally:
        i18n.set_language(before)
    assert any(line.startswith("جُمعت لأنها من النوع نفسه") for line in lines)
    assert any(line.startswith("القيم متعارضة") for line in lines)
