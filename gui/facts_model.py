"""The fact × source matrix: one row per fact, one column per article, values with qualifiers.

Columns: status, the fact's label, then one column per document (its value(s), «نحو 200»,
«≤ 200», or empty when the source is silent). The proxy filters by status and by a text folded
like search (alef/hamza/tashkeel-insensitive); conflicts come first.

A story can have thousands of facts (a 10,000-row matrix must stay smooth): every cell, folded
filter text and order key is prepared before the rows are shown, a slice per event-loop turn
(`gui.fact_table`); sorting is then one keyed pass by the model (not the proxy calling back into
Python for each of its n·log n comparisons, ~0.7 s for 10,000 rows) and filtering one pass over
prepared texts (`FactsFilter`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from core.match.verdicts import open_conflict, shown_status
from core.mentions.registry import show_mention
from core.model import Fact, Mention
from gui import gc_policy, turns
from gui.fact_table import FactTable, FactTableBuilder
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
FIRST_STEP_S = 0.012
"""Preparation done at once when a story's facts are set: a story of a few hundred facts is
ready on return, as the views that fill after it expect."""
STEP_S = 0.006
"""Preparation per event-loop turn afterwards (the window answers between two)."""


def format_value(mention: Mention) -> str:
    """A mention's value as the matrix shows it, in the interface language, with its qualifier and
    its unit («نحو 200», «≥ 21», «4.1 مليار ريال»): `core.mentions.numbers.display`."""
    return show_mention(mention, current_language())


class FactsModel(QAbstractTableModel):
    """Facts of one analysis as a table (empty until an analysis is set).

    Rows are the table's facts (`gui.fact_table`) in the order the user sorted them; a new index
    keeps the previous rows on view until its table is complete (`busy`, then `filled`)."""

    filled = Signal()
    """The rows of the last index set are all in (emitted once per `set_index`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.index_: AnalysisIndex | None = None
        self.table: FactTable | None = None
        self.facts: list[Fact] = []
        """The facts in row order."""
        self._order: list[int] = []
        """Row → the fact's number in the table."""
        self._pos: dict[int, int] = {}
        """The table's fact number → its row."""
        self._rank: list[int] = []
        """The table's fact number → its place in the default order (conflicts first)."""
        self._sort = (STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
        self.unreviewed_first = False
        """Default order: facts the researcher has not ruled on before the others of their status."""
        self._builder: FactTableBuilder | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_step)

    def set_index(self, index: AnalysisIndex | None) -> None:
        """Show INDEX's facts: prepared a slice per event-loop turn, shown once all are ready."""
        self._build_timer.stop()
        self._builder = None
        if index is None:
            self._install(None)
            return
        gc_policy.keep_out_of_sight()  # the story's analysis and indexes
        self._builder = FactTableBuilder(index, current_language())
        if self._builder.step(FIRST_STEP_S):
            self._build_step()  # a small story: at once
        else:
            self._build_timer.start()

    def busy(self) -> bool:
        """True while the facts of the last index set are being prepared."""
        return self._builder is not None

    def _build_step(self) -> None:
        builder = self._builder
        if builder is None:
            return
        if builder.table is None:
            if turns.may_run():
                with turns.slice():
                    builder.step(STEP_S)
            return  # installed on the next turn: the last slice sorts the default order (~10 ms)
        self._build_timer.stop()
        self._builder = None
        self._install(builder.table)

    def _install(self, table: FactTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.index_ = table.index if table else None
        self._rank = self._ranks()
        order = table.default_order(self.unreviewed_first) if table else []
        if table is not None and self._sort != (STATUS_COLUMN, Qt.SortOrder.AscendingOrder):  # kept over an empty table
            order = sorted(order, key=self._key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._set_order(order)
        self.endResetModel()
        self.filled.emit()

    def _ranks(self) -> list[int]:
        """The table's fact number → its place in the default order."""
        if self.table is None:
            return []
        order = self.table.default_order(self.unreviewed_first)
        return sorted(range(len(order)), key=order.__getitem__)  # the inverse permutation, in C

    def _set_order(self, order: list[int]) -> None:
        facts = self.table.facts if self.table else []
        self._order = order
        self.facts = list(map(facts.__getitem__, order))
        self._pos = dict(zip(order, range(len(order)), strict=True))

    def set_unreviewed_first(self, first: bool) -> None:
        """Default order with (or without) the facts not yet ruled on before the others."""
        if first == self.unreviewed_first:
            return
        self.unreviewed_first = first
        self._rank = self._ranks()
        if self._sort[0] == STATUS_COLUMN and self._order:
            reverse = self._sort[1] == Qt.SortOrder.DescendingOrder
            self._reorder(sorted(self._order, key=self._rank.__getitem__, reverse=reverse))

    def cells(self, row: int) -> dict[int, str]:
        """Document column → the values this source gives for the row's fact ("" if silent)."""
        assert self.table is not None
        return self.table.cells[self._order[row]]

    def hay(self, row: int) -> str:
        """The row's label and values, folded like search, for the text filter."""
        assert self.table is not None
        return self.table.hay[self._order[row]]

    def numbers(self) -> list[int]:
        """Row → the fact's number in the table (`table.statuses`, `table.hay` …)."""
        return self._order

    def row_key(self, row: int) -> str:
        return self.facts[row].id

    def row_of(self, fact_id: str) -> int:
        n = self.table.number.get(fact_id) if self.table else None
        return -1 if n is None else self._pos[n]

    def _key(self, column: int) -> Any:
        """Sort key on a fact's number in the table."""
        if column == STATUS_COLUMN:
            return self._rank.__getitem__
        assert self.table is not None
        if column == LABEL_COLUMN:
            return self.table.labels.__getitem__
        doc_col = column - FIRST_DOC_COLUMN
        return [cells.get(doc_col, "") for cells in self.table.cells].__getitem__

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by COLUMN (the status column: conflicts first, then reading order)."""
        if (column, order) == self._sort and self._order:
            return  # the view asks twice for one header click
        self._sort = (column, order)
        if column < 0 or not self._order:
            return
        self._reorder(sorted(self._order, key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder))

    def _reorder(self, order: list[int]) -> None:
        """Rows in a new ORDER (fact numbers); selections and other persistent indexes follow their fact."""
        self.layoutAboutToBeChanged.emit()
        was = self._order
        self._set_order(order)
        moved = self.persistentIndexList()
        self.changePersistentIndexList(moved, [self.index(self._pos[was[p.row()]], p.column()) for p in moved])
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
        if not index.isValid():
            return None
        return self.row_data(index.row(), index.column(), role)

    def row_data(self, row: int, col: int, role: int) -> Any:
        """`data` of the cell at ROW, COL (the filter asks this way, without a model index)."""
        if row >= len(self.facts):
            return None
        fact = self.facts[row]
        if role == FACT_ID_ROLE:
            return fact.id
        if role == SORT_ROLE:
            if col == STATUS_COLUMN:
                return self._rank[self._order[row]]
            if col == LABEL_COLUMN:
                return fact.label
            return self.cells(row).get(col - FIRST_DOC_COLUMN, "")
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STATUS_COLUMN:
                status = "dismissed" if fact.review == "dismissed" else fact.status
                shown = self.tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status
                return shown + REVIEW_SIGN.get(fact.review, "")
            if col == LABEL_COLUMN:
                return fact.label
            return self.cells(row).get(col - FIRST_DOC_COLUMN, "")
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


__all__ = ["FactsModel", "format_value", "FACT_ID_ROLE"]
