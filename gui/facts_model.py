"""The fact × source matrix: one row per fact, one column per article, values with qualifiers.

Columns: status, the fact's label, then one column per document (its value(s), «نحو 200»,
«≤ 200», or empty when the source is silent). The proxy filters by status and by a text folded
like search (alef/hamza/tashkeel-insensitive); conflicts come first.

A story can have thousands of facts (a 10,000-row matrix must stay smooth): cells are computed
when first shown, the folded text the filter searches is prepared a slice per event-loop turn,
and sorting is done by the model with a Python key (one pass) instead of the proxy calling back
into Python for each of its n·log n comparisons (~0.7 s for 10,000 rows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from core.match.verdicts import open_conflict, shown_status
from core.mentions.registry import show_mention
from core.model import Fact, Mention
from core.text.search import normalize_query
from gui.i18n import current_language
from gui.index import AnalysisIndex
from gui.plain import literal
from gui.reasons_text import why_lines
from gui.tr_noop import QT_TRANSLATE_NOOP

FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_COLUMN, LABEL_COLUMN, FIRST_DOC_COLUMN = 0, 1, 2
STATUS_TEXT = {
    "conflict": QT_TRANSLATE_NOOP("FactsModel", "≠ conflict"),
    "shared": QT_TRANSLATE_NOOP("FactsModel", "= shared"),
    "single": QT_TRANSLATE_NOOP("FactsModel", "· single"),
    "dismissed": QT_TRANSLATE_NOOP("FactsModel", "✗ dismissed"),
}
REVIEW_SIGN = {"confirmed": " ✓", "edited": " ✎"}
"""Appended to the status of a fact the researcher confirmed, or split / merged by hand."""


REVIEW_TEXT = {
    "confirmed": QT_TRANSLATE_NOOP("FactsModel", "reviewed: confirmed"),
    "dismissed": QT_TRANSLATE_NOOP("FactsModel", "reviewed: dismissed (not a contradiction)"),
    "edited": QT_TRANSLATE_NOOP("FactsModel", "reviewed: split or merged by hand"),
}


def review_text(review: str) -> str:
    """The researcher's verdict on a fact in the interface language ("" when none)."""
    return QCoreApplication.translate("FactsModel", REVIEW_TEXT[review]) if review in REVIEW_TEXT else review


def status_text(status: str) -> str:
    """A fact's status as the user reads it, in the interface language («≠ تعارض»)."""
    return QCoreApplication.translate("FactsModel", STATUS_TEXT[status]) if status in STATUS_TEXT else status


STATUS_COLOUR = {"conflict": QColor("#c62828"), "shared": QColor("#2e7d32"), "single": QColor("#808080")}

ModelIndex = QModelIndex | QPersistentModelIndex
WARM_ROWS = 500


def format_value(mention: Mention) -> str:
    """A mention's value as the matrix shows it, in the interface language, with its qualifier and
    its unit («نحو 200», «≥ 21», «4.1 مليار ريال»): `core.mentions.numbers.display`."""
    return show_mention(mention, current_language())


class FactsModel(QAbstractTableModel):
    """Facts of one analysis as a table (empty until an analysis is set)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.index_: AnalysisIndex | None = None
        self.facts: list[Fact] = []
        self._cells: list[dict[int, str] | None] = []
        """Per row, lazily: document column (0-based) → that source's value(s)."""
        self._hay: list[str | None] = []
        """Per row, lazily: the label and values folded for the text filter."""
        self._rank: dict[str, int] = {}
        """Fact id → its place in the default order (conflicts first)."""
        self._row: dict[str, int] = {}
        self._column: dict[str, int] = {}
        self._sort = (STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
        self.unreviewed_first = False
        """Default order: facts the researcher has not ruled on before the others of their status."""
        self._warm_at = 0
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm)

    def set_index(self, index: AnalysisIndex | None) -> None:
        self.beginResetModel()
        self.index_ = index
        self.facts = index.fact_order(self.unreviewed_first) if index else []
        self._rank = {f.id: i for i, f in enumerate(self.facts)}
        self._column = {d.id: i for i, d in enumerate(index.documents)} if index else {}
        self._cells = [None] * len(self.facts)
        self._hay = [None] * len(self.facts)
        if self._sort != (STATUS_COLUMN, Qt.SortOrder.AscendingOrder):
            self.facts.sort(key=self._key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._row = {f.id: i for i, f in enumerate(self.facts)}
        self.endResetModel()
        self._warm_at = 0
        self._warm_timer.start()

    def _warm(self) -> None:
        """Fold a slice of rows for the text filter (a few ms), so that typing never waits."""
        end = min(len(self.facts), self._warm_at + WARM_ROWS)
        for row in range(self._warm_at, end):
            self.hay(row)
        self._warm_at = end
        if end >= len(self.facts):
            self._warm_timer.stop()

    def cells(self, row: int) -> dict[int, str]:
        """Document column → the values this source gives for the row's fact ("" if silent)."""
        cells = self._cells[row]
        if cells is None:
            assert self.index_ is not None
            per_doc: dict[int, list[str]] = {}
            for m in self.index_.mentions_of(self.facts[row].id):
                values = per_doc.setdefault(self._column.get(m.doc, -1), [])
                text = format_value(m)
                if text not in values:
                    values.append(text)
            cells = self._cells[row] = {col: "، ".join(v) for col, v in per_doc.items()}
        return cells

    def hay(self, row: int) -> str:
        """The row's label and values, folded like search, for the text filter."""
        hay = self._hay[row]
        if hay is None:
            hay = self._hay[row] = normalize_query(" ".join([self.facts[row].label, *self.cells(row).values()]))
        return hay

    def row_of(self, fact_id: str) -> int:
        return self._row.get(fact_id, -1)

    def _key(self, column: int) -> Any:
        if column == STATUS_COLUMN:
            return lambda f: self._rank[f.id]
        if column == LABEL_COLUMN:
            return lambda f: f.label
        rows = {f.id: i for i, f in enumerate(self.facts)}
        doc_col = column - FIRST_DOC_COLUMN
        return lambda f: self.cells(rows[f.id]).get(doc_col, "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by COLUMN (the status column: conflicts first, then reading order)."""
        self._sort = (column, order)
        if column < 0 or not self.facts:
            return
        self.layoutAboutToBeChanged.emit()
        old = {f.id: i for i, f in enumerate(self.facts)}
        cells, hay = self._cells, self._hay
        key = self._key(column)
        self.facts = sorted(self.facts, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._cells = [cells[old[f.id]] for f in self.facts]
        self._hay = [hay[old[f.id]] for f in self.facts]
        self._row = {f.id: i for i, f in enumerate(self.facts)}
        was = {row: fid for fid, row in old.items()}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(moved, [self.index(self._row[was[p.row()]], p.column()) for p in moved])
        self.layoutChanged.emit()

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
            return f"{doc.id} · {Path(doc.path).stem}"  # elided in the middle by the header
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_DOC_COLUMN:
            doc = self.index_.documents[section - FIRST_DOC_COLUMN]
            return literal(f"{doc.title}\n{doc.path}")
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
            return self.cells(index.row()).get(col - FIRST_DOC_COLUMN, "")
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STATUS_COLUMN:
                status = "dismissed" if fact.review == "dismissed" else fact.status
                shown = self.tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status
                return shown + REVIEW_SIGN.get(fact.review, "")
            if col == LABEL_COLUMN:
                return fact.label
            return self.cells(index.row()).get(col - FIRST_DOC_COLUMN, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            review = review_text(fact.review)
            return literal("\n".join(t for t in (fact.label, review, *why_lines(fact, self.index_)) if t))
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS_COLUMN:
            return STATUS_COLOUR.get(shown_status(fact))
        if role == Qt.ItemDataRole.FontRole and open_conflict(fact) and col != LABEL_COLUMN:
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (one keyed pass); the proxy keeps its order and only filters."""
        model = self.sourceModel()
        if isinstance(model, FactsModel):
            model.sort(column, order)

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
        if self.status not in ("all", "unreviewed") and shown_status(fact) != self.status:
            return False
        if not self.needle:
            return True
        return self.needle in model.hay(source_row)


__all__ = ["FactsModel", "FactsFilter", "format_value", "FACT_ID_ROLE"]
