"""Everything the facts matrix shows and sorts on, computed once per story, a slice at a time.

A 10,000-fact story costs ~0.3 s to prepare (each value formatted in the interface language,
folded for the text filter, each fact placed in reading order): done in one slot it froze the
window for that long, and so did every sort or filter that computed it lazily. `FactTableBuilder`
does it in steps of a few milliseconds (`step(budget)`), run one per event-loop turn by the model;
the finished `FactTable` holds plain lists, so that sorting and filtering are single passes over
ready keys. Plain Python (no Qt).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from core.match.verdicts import shown_status
from core.mentions.registry import show_mention
from core.model import Fact, status_rank
from core.text.search import normalize_query
from gui.index import AnalysisIndex

CHECK_EVERY = 16
"""Facts prepared between two looks at the clock."""


class FactTable:
    """The facts of one index with their cells, filter text and order keys (lists by fact)."""

    def __init__(self, index: AnalysisIndex) -> None:
        self.index = index
        self.facts: list[Fact] = []
        self.cells: list[dict[int, str]] = []
        """Per fact: document column (0-based) → that source's value(s), «،»-joined."""
        self.hay: list[str] = []
        """Per fact: its label and values folded like search, for the text filter."""
        self.statuses: list[str] = []
        """Per fact: the status as shown (a dismissed conflict is 'single')."""
        self.labels: list[str] = []
        self.number: dict[str, int] = {}
        """Fact id → its number (place in these lists)."""
        self.order_keys: list[tuple[int, tuple[int, int]]] = []
        """Per fact: (status rank, first place in reading order): `AnalysisIndex.fact_order`."""
        self.reviewed: list[bool] = []
        self._orders: dict[bool, list[int]] = {}

    def default_order(self, unreviewed_first: bool) -> list[int]:
        """Fact numbers conflicts first, then shared, then single, each in reading order (with
        UNREVIEWED_FIRST those not ruled on first): the order of `AnalysisIndex.fact_order`."""
        order = self._orders.get(unreviewed_first)
        if order is None:
            keys, reviewed = self.order_keys, self.reviewed
            if unreviewed_first:
                order = sorted(range(len(keys)), key=lambda i: (keys[i][0], reviewed[i], keys[i][1]))
            else:
                order = sorted(range(len(keys)), key=keys.__getitem__)
            self._orders[unreviewed_first] = order
        return order


class FactTableBuilder:
    """Prepares the `FactTable` of an index in steps; `table` once `step` returned True."""

    def __init__(self, index: AnalysisIndex, language: str) -> None:
        self.index = index
        self.language = language
        self.table: FactTable | None = None
        self._work = self._build()

    def step(self, budget_s: float) -> bool:
        """Work for about BUDGET_S seconds; True once the table is complete."""
        if self.table is not None:
            return True
        deadline = time.perf_counter() + budget_s
        for _ in self._work:
            if time.perf_counter() >= deadline:
                return False
        return self.table is not None

    def _build(self) -> Iterator[None]:
        index = self.index
        table = FactTable(index)
        column = {d.id: i for i, d in enumerate(index.documents)}
        doc_rank = {d.id: i for i, d in enumerate(index.documents)}
        for n, fact in enumerate(index.analysis.facts):
            mentions = index.mentions_of(fact.id)
            per_doc: dict[int, list[str]] = {}
            for m in mentions:
                values = per_doc.setdefault(column.get(m.doc, -1), [])
                text = show_mention(m, self.language)
                if text not in values:
                    values.append(text)
            cells = {col: "، ".join(v) for col, v in per_doc.items()}
            spots = [(doc_rank.get(m.doc, 99), m.start) for m in mentions]
            status = shown_status(fact)
            table.number[fact.id] = n
            table.facts.append(fact)
            table.labels.append(fact.label)
            table.cells.append(cells)
            table.hay.append(normalize_query(" ".join([fact.label, *cells.values()])))
            table.statuses.append(status)
            table.order_keys.append((status_rank(status), min(spots) if spots else (99, 0)))
            table.reviewed.append(bool(fact.review))
            if n % CHECK_EVERY == CHECK_EVERY - 1:
                yield
        yield
        table.default_order(False)  # a slice of its own: ~10 ms for 10,000 facts
        self.table = table
