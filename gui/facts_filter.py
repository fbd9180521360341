"""The facts matrix's filter: the rows of a FactsModel that pass a status and a folded text.

A `gui.row_filter.RowFilter`: one pass over the table's prepared statuses and folded texts
(`gui.fact_table`) decides, where a QSortFilterProxyModel made 10,000 Python calls at every key.
"""

from __future__ import annotations

from typing import Any

from core.text.search import normalize_query
from gui.facts_model import FactsModel
from gui.row_filter import RowFilter


class FactsFilter(RowFilter):
    """The rows of a FactsModel that pass the status filter ('all', 'conflict', 'shared',
    'single'; 'unreviewed' shows all) and the folded text, in the model's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = "all"
        self.needle = ""

    def passing(self) -> list[int]:
        model = self._source
        table = model.table if isinstance(model, FactsModel) else None
        if table is None:
            return []
        status, needle = self.status, self.needle
        if status in ("all", "unreviewed") and not needle:
            return list(range(len(model.facts)))
        statuses, hay, every = table.statuses, table.hay, status in ("all", "unreviewed")
        return [
            row
            for row, n in enumerate(model.numbers())
            if (every or statuses[n] == status) and (not needle or needle in hay[n])
        ]

    def set_status(self, status: str) -> None:
        self.status = status
        self._refilter()

    def set_text(self, text: str) -> None:
        self.needle = normalize_query(text)
        self._refilter()
