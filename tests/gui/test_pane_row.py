"""The row of panes holds each article's place before its pane is built (gui.pane_row)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gui.pane_row import PaneRow, make_splitter


def shown_row(qtbot: QtBot, doc_ids: list[str]) -> PaneRow:
    splitter = make_splitter()
    qtbot.addWidget(splitter)
    splitter.resize(1200, 400)
    splitter.show()
    row = PaneRow(splitter)
    row.hold(doc_ids)
    return row


def test_every_article_has_its_place_before_any_pane_is_built(qtbot: QtBot) -> None:
    row = shown_row(qtbot, ["d1", "d2", "d3"])
    assert row.splitter.count() == 3
    sizes = row.splitter.sizes()
    assert max(sizes) - min(sizes) <= 1  # the width shared equally (to the pixel left over)


def test_building_a_pane_leaves_the_others_where_they_are(qtbot: QtBot) -> None:
    row = shown_row(qtbot, ["d1", "d2", "d3"])
    before = row.splitter.sizes()
    panes = [QLabel("التحالف: أوقفنا مراقبة قافلة تنظيم الدولة"), QLabel("قافلة داعش تتجاوز قوات النظام")]
    row.place("d1", panes[0])
    row.place("d2", panes[1])
    assert row.splitter.sizes() == before
    assert row.splitter.count() == 3


def test_a_pane_with_no_place_held_is_added_at_the_right_end(qtbot: QtBot) -> None:
    row = shown_row(qtbot, ["d1"])
    extra = QLabel("بعشر حافلات")
    row.place("d9", extra)
    assert row.splitter.count() == 2
    assert row.splitter.widget(1) is extra


def test_holding_places_again_drops_the_places_of_the_last_set(qtbot: QtBot) -> None:
    row = shown_row(qtbot, ["d1", "d2", "d3"])
    row.hold(["d4"])
    qtbot.waitUntil(lambda: row.splitter.count() == 1)  # the old places go on the next turn


def test_the_splitter_keeps_a_pane_placed_in_a_held_place(qtbot: QtBot) -> None:
    row = shown_row(qtbot, ["d1", "d2"])
    row.place("d1", QLabel("قافلة داعش"))  # no reference kept here
    assert isinstance(row.splitter.widget(1), QLabel)
