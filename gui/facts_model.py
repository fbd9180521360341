"""The fact × source matrix: one row per fact, one column per article, values with qualifiers.

Columns: status, the fact's label, then one column per document (its value(s), «نحو 200»,
«≤ 200», or empty when the source is silent). The proxy filters by status and by a text folded
like search (alef/hamza/tashkeel-insensitive) and sorts conflicts first.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from core.model import Fact, Mention
from core.textsearch import normalize_query
from gui.index import STATUS_RANK, AnalysisIndex

FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLUMN, LABEL_COLUMN, FIRST_DOC_COLUMN = 0, 1, 2
QUALIFIER_SIGNS = {
    "exact": "{v}",
    "about": "نحو {v}",
    "at_least": "≥ {v}",
    "at_most": "≤ {v}",
    "more_than": "> {v}",
    "less_than": "< {v}",
    "vague": "~ {v}",
}
STATUS_TEXT = {
    "conflict": QT_TRANSLATE_NOOP("FactsModel", "≠ conflict"),
    "shared": QT_TRANSLATE_NOOP("FactsModel", "= shared"),
    "single": QT_TRANSLATE_NOOP("FactsModel", "· single"),
}


def status_text(status: str) -> str:
    """A fact's status as the user reads it, in the interface language («≠ تعارض»)."""
    return QCoreApplication.translate("FactsModel", STATUS_TEXT[status]) if status in STATUS_TEXT else status


STATUS_COLOUR = {"conflict": QColor("#c62828"), "shared": QColor("#2e7d32"), "single": QColor("#808080")}

ModelIndex = QModelIndex | QPersistentModelIndex


def format_date(iso: str) -> str:
    """ISO dates with unknown parts left out, day first as Arabic papers write them.

    "2017-08-29" → "29/08/2017", "--08-29" → "29/08", "2017-08" → "08/2017", "2014" → "2014"."""
    if iso.startswith("--"):
        return "/".join(reversed(iso[2:].split("-")))
    return "/".join(reversed(iso.split("-")))


def format_value(mention: Mention) -> str:
    """A mention's value as the matrix shows it, with its qualifier («نحو 200», «≤ 200»)."""
    v = mention.value
    if isinstance(v, float):
        text = f"{v:g}"
    elif isinstance(v, str) and mention.kind == "date":
        text = format_date(v)
    else:
        text = str(v)
    return QUALIFIER_SIGNS.get(mention.qualifier, "{v}").format(v=text)


class FactsModel(QAbstractTableModel):
    """Facts of one analysis as a table (empty until an analysis is set)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.index_: AnalysisIndex | None = None
        self.facts: list[Fact] = []
        self._cells: list[list[str]] = []
        self._rank: dict[str, int] = {}

    def set_index(self, index: AnalysisIndex | None) -> None:
        self.beginResetModel()
        self.index_ = index
        self.facts = index.fact_order() if index else []
        self._rank = {f.id: i for i, f in enumerate(self.facts)}
        self._cells = [self._row_cells(f) for f in self.facts]
        self.endResetModel()

    def _row_cells(self, fact: Fact) -> list[str]:
        assert self.index_ is not None
        per_doc: dict[str, list[str]] = {}
        for m in self.index_.mentions_of(fact.id):
            values = per_doc.setdefault(m.doc, [])
            text = format_value(m)
            if text not in values:
                values.append(text)
        return ["، ".join(per_doc.get(d.id, [])) for d in self.index_.documents]

    def row_of(self, fact_id: str) -> int:
        return self._rank.get(fact_id, -1)

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.facts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.index_ is None:
            return 0
        return FIRST_DOC_COLUMN + len(self.index_.documents)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.index_ is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == STATUS_COLUMN:
                return self.tr("Status")
            if section == LABEL_COLUMN:
                return self.tr("Fact")
            doc = self.index_.documents[section - FIRST_DOC_COLUMN]
            return f"{doc.id} · {Path(doc.path).stem[:14]}"
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_DOC_COLUMN:
            doc = self.index_.documents[section - FIRST_DOC_COLUMN]
            return f"{doc.title}\n{doc.path}"
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.facts):
            return None
        fact = self.facts[index.row()]
        col = index.column()
        if role == FACT_ID_ROLE:
            return fact.id
        if role == SORT_ROLE:
            if col == STATUS_COLUMN:
                return self._rank[fact.id]
            if col == LABEL_COLUMN:
                return fact.label
            return self._cells[index.row()][col - FIRST_DOC_COLUMN]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STATUS_COLUMN:
                return self.tr(STATUS_TEXT[fact.status]) if fact.status in STATUS_TEXT else fact.status
            if col == LABEL_COLUMN:
                return fact.label
            return self._cells[index.row()][col - FIRST_DOC_COLUMN]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{fact.label}\n{fact.explanation}" if fact.explanation else fact.label
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS_COLUMN:
            return STATUS_COLOUR.get(fact.status)
        if role == Qt.ItemDataRole.FontRole and fact.status == "conflict" and col != LABEL_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= FIRST_DOC_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class FactsFilter(QSortFilterProxyModel):
    """Filter by status ('all', 'conflict', 'shared', 'single') and by folded text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = "all"
        self.needle = ""
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str) -> None:
        self.status = status
        self.invalidate()

    def set_text(self, text: str) -> None:
        self.needle = normalize_query(text)
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, FactsModel)
        fact = model.facts[source_row]
        if self.status != "all" and fact.status != self.status:
            return False
        if not self.needle:
            return True
        hay = " ".join([fact.label, *model._cells[source_row]])
        return self.needle in normalize_query(hay)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return str(a or "") < str(b or "")


__all__ = ["FactsModel", "FactsFilter", "STATUS_RANK", "format_value", "FACT_ID_ROLE"]
