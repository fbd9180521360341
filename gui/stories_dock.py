"""The stories panel: one row per story (label, articles, conflicts), a text filter, keyboard driven.

A folder of a week's coverage holds hundreds of stories (10,000 articles: ~6,000); the list is a
table model (gui/stories_model.py, no widget per row), filtered with the same folding as search
(alef/hamza/tashkeel-insensitive). Enter, a click or a double-click opens a story; Up/Down only move, so
walking the list with the keyboard does not rebuild the panes on every key.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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

from core.model import Analysis
from gui.i18n import RetranslatingWidget
from gui.stories_model import (
    ARTICLES_COLUMN,
    CONFLICTS_COLUMN,
    LABEL_COLUMN,
    STORY_ID_ROLE,
    StoriesFilter,
    StoriesModel,
    StoryRow,
    story_rows,
)

FILTER_DELAY_MS = 120
__all__ = ["StoriesDock", "StoriesModel", "StoryRow", "story_rows", "STORY_ID_ROLE", "LABEL_COLUMN"]


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
        self.set_rows(story_rows(analysis) if analysis is not None else [])

    def set_rows(self, rows: list[StoryRow]) -> None:
        """The stories to list (`gui.stories_model.story_rows_steps` prepares them in slices)."""
        self.model.set_rows(rows)
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
