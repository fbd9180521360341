"""The stories panel: one row per story (label, articles, conflicts), a text filter, keyboard driven.

A folder of a week's coverage holds hundreds of stories; the list is a table model behind a
sort/filter proxy (no widget per row), filtered with the same folding as search (alef/hamza/
tashkeel-insensitive). Enter, a click or a double-click opens a story; Up/Down only move, so
walking the list with the keyboard does not rebuild the panes on every key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.ids import doc_of
from core.model import Analysis
from core.text.search import normalize_query
from gui.i18n import RetranslatingWidget
from gui.plain import literal

STORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_COLUMN, ARTICLES_COLUMN, CONFLICTS_COLUMN = 0, 1, 2
FILTER_DELAY_MS = 120
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


def story_rows(analysis: Analysis) -> list[StoryRow]:
    """One row per story of ANALYSIS, in its order (biggest first). One pass over the facts."""
    story_of: dict[str, str] = {}
    for story in analysis.stories:
        for doc_id in story.documents:
            story_of[doc_id] = story.id
    conflicts: dict[str, int] = {}
    facts: dict[str, int] = {}
    for f in analysis.facts:
        if not f.mentions:
            continue
        sid = story_of.get(doc_of(f.mentions[0]), "")
        facts[sid] = facts.get(sid, 0) + 1
        if f.status == "conflict":
            conflicts[sid] = conflicts.get(sid, 0) + 1
    titles = {d.id: d.title for d in analysis.documents}
    return [
        StoryRow(
            s.id,
            s.label,
            len(s.documents),
            conflicts.get(s.id, 0),
            facts.get(s.id, 0),
            " ".join([s.label, *(titles.get(d, "") for d in s.documents[:20])]),
        )
        for s in analysis.stories
    ]


class StoriesModel(QAbstractTableModel):
    """The stories of one analysis as a table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[StoryRow] = []
        self._row_of: dict[str, int] = {}
        self._folded: list[str | None] = []

    def set_rows(self, rows: list[StoryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._row_of = {r.id: i for i, r in enumerate(rows)}
        self._folded = [None] * len(rows)
        self.endResetModel()

    def folded(self, row: int) -> str:
        """The row's label and titles folded like search (on the first filter: ~20 ms for 700 stories)."""
        text = self._folded[row]
        if text is None:
            text = self._folded[row] = normalize_query(self.rows[row].text)
        return text

    def row_of(self, story_id: str) -> int:
        return self._row_of.get(story_id, -1)

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
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == STORY_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, row.articles, row.conflicts)[col]
        if role == SORT_ROLE:
            return (index.row(), row.articles, row.conflicts)[col]  # the label column keeps core's order
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


class StoriesFilter(QSortFilterProxyModel):
    """Keeps the stories whose label or article titles contain the folded filter text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = normalize_query(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        if not self.needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, StoriesModel)
        return self.needle in model.folded(source_row)


class StoriesTable(QTableView):
    """Enter opens the current story; Down from the filter field lands here."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FilterField(QLineEdit):
    """The filter: Down moves into the list, Enter opens the first story shown."""

    down = Signal()
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class StoriesDock(RetranslatingWidget, QDockWidget):
    """Dock with the story list; `story_chosen` carries the id of the story to open."""

    story_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stories-dock")
        self.model = StoriesModel(self)
        self.proxy = StoriesFilter(self)
        self.proxy.setSourceModel(self.model)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.filter_edit = FilterField(body)
        self.filter_edit.setObjectName("stories-filter")
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.down.connect(self._enter_list)
        self.filter_edit.enter.connect(self._open_first)
        self.pick_button = QToolButton(body)
        self.pick_button.setObjectName("pick-articles-button")
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.pick_button)
        layout.addLayout(bar)
        self.count_label = QLabel(body)
        layout.addWidget(self.count_label)
        self.table = StoriesTable(body)
        self.table.setObjectName("stories-table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # core's order: biggest first
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Stretch)
        for col in (ARTICLES_COLUMN, CONFLICTS_COLUMN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, 64)
        self.table.open_requested.connect(self._open)
        self.table.clicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Stories"))
        self.filter_edit.setPlaceholderText(self.tr("Filter stories (e.g. عدن)"))

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.model.set_rows(story_rows(analysis) if analysis is not None else [])
        self.apply_filter()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_text(self.filter_edit.text())
        self.count_label.setText(
            self.tr("{shown} of {total} stories").format(shown=self.proxy.rowCount(), total=self.model.rowCount())
        )

    def focus_list(self) -> None:
        """The shortcut: show the dock and put the keyboard in the list (on the current story)."""
        self.show()
        self.raise_()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, LABEL_COLUMN))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_story(self, story_id: str) -> None:
        """Mark a story as the current row, without emitting `story_chosen`."""
        row = self.model.row_of(story_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, LABEL_COLUMN))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def _enter_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, LABEL_COLUMN))

    def _open_first(self) -> None:
        self.apply_filter()
        if self.proxy.rowCount():
            self._open(self.proxy.index(0, LABEL_COLUMN))

    def _open(self, index: QModelIndex) -> None:
        story_id = index.data(STORY_ID_ROLE)
        if story_id:
            self.story_chosen.emit(story_id)
