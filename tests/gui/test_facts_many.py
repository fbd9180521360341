"""A story with thousands of facts: the matrix fills completely, sorts and filters on its prepared rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.model import Analysis, Document, Fact, Mention
from gui.facts_dock import FactsDock
from gui.facts_model import FACT_ID_ROLE
from gui.index import AnalysisIndex

FACTS = 3000
LABELS = ("حافلة", "شخصا (وفاة)", "دولار", "مستفيداً")
STATUSES = ("single", "shared", "conflict")


def _story(facts: int = FACTS) -> Analysis:
    """FACTS facts over two articles: each a value in the first and (unless single) in the second."""
    docs = [Document(f"d{i}", f"/tmp/خبر{i}.txt", f"خبر {i}", "") for i in (1, 2)]
    mentions: list[Mention] = []
    out: list[Fact] = []
    for k in range(facts):
        status = STATUSES[k % 3]
        ids = []
        for doc, value in (("d1", k), ("d2", k + (k % 7 if status == "conflict" else 0))):
            if doc == "d2" and status == "single":
                break
            mid = f"{doc}.m{k}"
            start = 10 * k
            mentions.append(Mention(mid, doc, f"{doc}.s{k}", start, start + 3, value, "count", "exact", "", str(value)))
            ids.append(mid)
        out.append(Fact(f"f{k}", status, tuple(ids), LABELS[k % len(LABELS)]))  # type: ignore[arg-type]
    return Analysis(folder="/tmp", documents=docs, mentions=mentions, facts=out)


@pytest.fixture
def dock(qtbot) -> FactsDock:  # type: ignore[no-untyped-def]
    dock = FactsDock()
    qtbot.addWidget(dock)
    dock.show()
    index = AnalysisIndex(_story())
    with qtbot.waitSignal(dock.model.filled, timeout=30_000):
        dock.set_index(index)
    assert not dock.busy()
    return dock


def _shown(dock: FactsDock, column: int = 1) -> list[str]:
    return [dock.proxy.index(r, column).data(FACT_ID_ROLE) for r in range(dock.proxy.rowCount())]


def test_every_fact_is_in_the_matrix_once_conflicts_first(dock: FactsDock) -> None:
    index = dock.model.index_
    assert index is not None
    assert _shown(dock) == [f.id for f in index.fact_order()]
    assert len(set(_shown(dock))) == FACTS


def test_sorting_by_a_source_orders_its_values_and_keeps_the_selection(dock: FactsDock) -> None:
    dock.select_fact("f1234")
    dock.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the second article's values
    values = [dock.proxy.index(r, 3).data() for r in range(dock.proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    assert dock.selected_fact() == "f1234"
    assert all(dock.model.row_of(f.id) == row for row, f in enumerate(dock.model.facts))


def test_the_text_filter_keeps_the_rows_whose_label_or_values_match(dock: FactsDock) -> None:
    dock.proxy.set_text("دولار")
    assert set(_shown(dock)) == {f"f{k}" for k in range(FACTS) if LABELS[k % len(LABELS)] == "دولار"}
    dock.proxy.set_text("")
    assert dock.proxy.rowCount() == FACTS


def test_a_status_filter_then_a_sort_shows_only_that_status_in_the_new_order(dock: FactsDock) -> None:
    dock.status_box.setCurrentIndex(dock.status_box.findData("conflict"))
    dock.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    index = dock.model.index_
    assert index is not None
    shown = _shown(dock)
    assert {index.fact[f].status for f in shown} == {"conflict"} and len(shown) == FACTS // 3
    labels = [index.fact[f].label for f in shown]
    assert labels == sorted(labels)


def test_a_new_story_replaces_every_row(dock: FactsDock, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dock.model.filled, timeout=30_000):
        dock.set_index(AnalysisIndex(_story(40)))
    assert dock.proxy.rowCount() == 40 and dock.model.columnCount() == 2 + 2
