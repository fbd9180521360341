"""The stories of an analysis as a table: rows prepared in steps, sorted and filtered on them.

10,000 articles make ~6,000 stories over ~40,000 facts: counting each story's facts and conflicts
takes ~0.1 s, so `story_rows_steps` does it a slice at a time (driven by gui/story_view.py with
the story buckets); folding each story's label and titles for the filter (~0.3 ms a story) is
done by the model a few milliseconds per event-loop turn once the list is shown. The model sorts
itself on the rows' numbers and the filter keeps rows in one pass over their folded text
(gui/row_filter.py), where a QSortFilterProxyModel called Python per row and per comparison.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

from core.ids import doc_of
from core.model import Analysis
from core.text.search import normalize_query
from gui import turns
from gui.plain import literal
from gui.row_filter import RowFilter
from gui.story_parts import run_for

STORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_COLUMN, ARTICLES_COLUMN, CONFLICTS_COLUMN = 0, 1, 2
CHECK_EVERY = 256
"""Facts counted (or stories made) between two pauses of `story_rows_steps`."""
FOLD_STEP_S = 0.005
"""Folding stories for the filter per event-loop turn."""
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class StoryRow:
    """What the list shows of one story."""

    id: str
    label: str
    articles: int
    conflicts: int
    facts: int
    text: str
    """The label and article titles, for the text filter."""


def story_rows_steps(analysis: Analysis, rows: list[StoryRow]) -> Iterator[None]:
    """Fill ROWS with one row per story of ANALYSIS, in its order (biggest first), pausing
    (yield) every CHECK_EVERY facts or stories."""
    story_of: dict[str, str] = {}
    for story in analysis.stories:
        for doc_id in story.documents:
            story_of[doc_id] = story.id
    conflicts: dict[str, int] = {}
    facts: dict[str, int] = {}
    for n, f in enumerate(analysis.facts):
        if f.mentions:
            sid = story_of.get(doc_of(f.mentions[0]), "")
            facts[sid] = facts.get(sid, 0) + 1
            if f.status == "conflict":
                conflicts[sid] = conflicts.get(sid, 0) + 1
        if n % CHECK_EVERY == 0:
            yield
    titles = {d.id: d.title for d in analysis.documents}
    for n, s in enumerate(analysis.stories):
        text = " ".join([s.label, *(titles.get(d, "") for d in s.documents[:20])])
        rows.append(StoryRow(s.id, s.label, len(s.documents), conflicts.get(s.id, 0), facts.get(s.id, 0), text))
        if n % (CHECK_EVERY // 4) == 0:
            yield


def story_rows(analysis: Analysis) -> list[StoryRow]:
    """One row per story of ANALYSIS, in its order (biggest first), at once."""
    rows: list[StoryRow] = []
    for _ in story_rows_steps(analysis, rows):
        pass
    return rows


class StoriesModel(QAbstractTableModel):
    """The stories of one analysis as a table, in core's order (biggest first) or sorted by a column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[StoryRow] = []
        """The rows as shown (sorted)."""
        self._core: list[StoryRow] = []
        self._row_of: dict[str, int] = {}
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self._folded: dict[str, str] = {}
        """Story id → its text folded like search (filled by `_fold_some`, or when first asked)."""
        self._fold_timer = QTimer(self)
        self._fold_timer.setInterval(0)
        self._fold_timer.timeout.connect(self._fold_some)
        self._folding: Iterator[None] = iter(())

    def set_rows(self, rows: list[StoryRow]) -> None:
        self.beginResetModel()
        self._core = rows
        self.rows = self._sorted()
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()
        self._folded = {}
        self._folding = self._fold_all(rows)
        self._fold_timer.start()

    def _fold_all(self, rows: list[StoryRow]) -> Iterator[None]:
        for row in rows:
            if row.id not in self._folded:
                self._folded[row.id] = normalize_query(row.text)
            yield

    def _fold_some(self) -> None:
        if not turns.may_run():
            return
        with turns.slice():
            done = run_for(self._folding, FOLD_STEP_S)
        if done:
            self._fold_timer.stop()

    def _sorted(self) -> list[StoryRow]:
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        if column == ARTICLES_COLUMN:
            return sorted(self._core, key=lambda r: r.articles, reverse=reverse)
        if column == CONFLICTS_COLUMN:
            return sorted(self._core, key=lambda r: r.conflicts, reverse=reverse)
        if column == LABEL_COLUMN and reverse:  # the label column keeps core's order
            return self._core[::-1]
        return list(self._core)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder by COLUMN (-1 or the label column: core's order); the selection follows its story."""
        if (column, order) == self._sort:
            return
        self._sort = (column, order)
        if not self._core:
            return
        self.layoutAboutToBeChanged.emit()
        was = self.rows
        self.rows = self._sorted()
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(moved, [self.index(self._row_of[was[p.row()].id], p.column()) for p in moved])
        self.layoutChanged.emit()

    def folded(self, row: int) -> str:
        """The row's label and titles folded like search."""
        story = self.rows[row]
        text = self._folded.get(story.id)
        if text is None:
            text = self._folded[story.id] = normalize_query(story.text)
        return text

    def row_of(self, story_id: str) -> int:
        return self._row_of.get(story_id, -1)

    def row_key(self, row: int) -> str:
        return self.rows[row].id

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Story"), self.tr("Articles"), self.tr("Conflicts"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("The story, named after its most central headline"),
                self.tr("How many articles report it"),
                self.tr("How many numbers its sources disagree on"),
            )[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.row_data(index.row(), index.column(), role)

    def row_data(self, row_number: int, col: int, role: int) -> Any:
        """`data` of the cell at ROW_NUMBER, COL (the filter asks this way, without a model index)."""
        if row_number >= len(self.rows):
            return None
        row = self.rows[row_number]
        if role == STORY_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, row.articles, row.conflicts)[col]
        if role == SORT_ROLE:
            return (row_number, row.articles, row.conflicts)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(
                self.tr("{label}\n{n} articles · {f} facts · {c} conflicts").format(
                    label=row.label, n=row.articles, f=row.facts, c=row.conflicts
                )
            )
        if role == Qt.ItemDataRole.ForegroundRole and col == CONFLICTS_COLUMN and row.conflicts:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.TextAlignmentRole and col != LABEL_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class StoriesFilter(RowFilter):
    """Keeps the stories whose label or article titles contain the folded filter text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def passing(self) -> list[int]:
        model = self._source
        if not isinstance(model, StoriesModel):
            return []
        needle = self.needle
        if not needle:
            return list(range(len(model.rows)))
        return [i for i in range(len(model.rows)) if needle in model.folded(i)]

    def set_text(self, text: str) -> None:
        needle = normalize_query(text)
        if needle != self.needle:
            self.needle = needle
            self._refilter()
