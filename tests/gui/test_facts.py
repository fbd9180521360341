"""The fact × source matrix: values with qualifiers, conflicts first, filters, jump on Enter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.model import Mention
from gui.facts_model import FACT_ID_ROLE, format_value
from gui.i18n import current_language, set_language
from gui.main_window import MainWindow


def _m(value: int | float | str, qualifier: str, kind: str = "count", counted: str = "") -> Mention:
    return Mention("d1.m1", "d1", "d1.s1", 0, 3, value, kind, qualifier, counted, "")  # type: ignore[arg-type]


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    """The interface in Arabic for one test, then back to what it was."""
    before = current_language()
    set_language("ar")
    yield
    set_language(before)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    before = current_language()
    set_language("en")
    yield
    set_language(before)


@pytest.mark.usefixtures("arabic")
def test_values_carry_their_qualifiers_in_arabic() -> None:
    assert format_value(_m(200, "about")) == "نحو 200"
    assert format_value(_m(200, "at_most")) == "≤ 200"
    assert format_value(_m(200, "at_least")) == "≥ 200"
    assert format_value(_m(10, "more_than")) == "> 10"
    assert format_value(_m(10, "vague")) == "عشرات"
    assert format_value(_m(11, "exact")) == "11"


@pytest.mark.usefixtures("english")
def test_values_carry_their_qualifiers_in_english() -> None:
    assert format_value(_m(200, "about")) == "about 200"
    assert format_value(_m(100, "vague")) == "hundreds"


@pytest.mark.usefixtures("arabic")
def test_large_values_read_with_a_scale_word_and_their_currency() -> None:
    assert format_value(_m(143_800_000, "exact")) == "143.8 مليون"
    assert format_value(_m(4.1e9, "exact", "money", "ريال")) == "4.1 مليار ريال"


def test_conflicts_come_first(seeds_window: MainWindow) -> None:
    proxy = seeds_window.facts.proxy
    statuses = [
        seeds_window.reader.index.fact[proxy.index(r, 0).data(FACT_ID_ROLE)].status for r in range(proxy.rowCount())
    ]
    assert statuses[0] == "conflict"
    assert statuses == sorted(statuses, key=["conflict", "shared", "single"].index)


def test_status_filter_shows_only_conflicts(seeds_window: MainWindow) -> None:
    dock = seeds_window.facts
    dock.status_box.setCurrentIndex(dock.status_box.findData("conflict"))
    index = seeds_window.reader.index
    shown = {dock.proxy.index(r, 0).data(FACT_ID_ROLE) for r in range(dock.proxy.rowCount())}
    assert shown == {f.id for f in index.conflicts()}


def test_a_cell_is_empty_when_the_source_is_silent(seeds_window: MainWindow) -> None:
    model = seeds_window.facts.model
    for row, fact in enumerate(model.facts):
        docs = {m.doc for m in seeds_window.reader.index.mentions_of(fact.id)}
        for col, doc in enumerate(seeds_window.reader.index.documents, start=2):
            assert bool(model.index(row, col).data()) == (doc.id in docs)


def test_enter_on_a_row_jumps_to_the_fact(seeds_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = seeds_window.facts.table
    table.setFocus()
    table.setCurrentIndex(seeds_window.facts.proxy.index(0, 1))
    fact_id = seeds_window.facts.proxy.index(0, 1).data(FACT_ID_ROLE)
    with qtbot.waitSignal(seeds_window.reader.fact_selected) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args[0] == fact_id


def test_dates_read_day_first_with_unknown_parts_left_out() -> None:
    assert format_value(_m("--08-29", "exact", "date")) == "29/08"
    assert format_value(_m("2017-08-29", "exact", "date")) == "29/08/2017"
    assert format_value(_m("2014", "exact", "date")) == "2014"
