"""The facts panel: the fact × source matrix with a status filter and a text filter.

Double-click or Enter on a row asks the window to jump to that fact; selecting a fact elsewhere
(a click in a pane, F8) selects its row here without re-triggering a jump.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.facts_filter import FactsFilter
from gui.facts_model import FACT_ID_ROLE, LABEL_COLUMN, STATUS_COLUMN, FactsModel
from gui.i18n import RetranslatingWidget
from gui.index import AnalysisIndex
from gui.tr_noop import QT_TRANSLATE_NOOP

STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("FactsDock", "All facts"), "all"),
    (QT_TRANSLATE_NOOP("FactsDock", "Conflicts"), "conflict"),
    (QT_TRANSLATE_NOOP("FactsDock", "Shared"), "shared"),
    (QT_TRANSLATE_NOOP("FactsDock", "Single source"), "single"),
    (QT_TRANSLATE_NOOP("FactsDock", "Unreviewed conflicts first"), "unreviewed"),
)


LABELS_MEASURED = 200
"""The fact column is as wide as the longest of the first labels (measuring 10,000 takes ~20 ms)."""
FILTER_DELAY_MS = 150
"""The text filter runs once typing pauses, not on each key of a word."""


class FactsTable(QTableView):
    """Table that turns Enter/Return into activation, like a double-click."""

    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FactsDock(RetranslatingWidget, QDockWidget):
    """Dock holding the facts table and its filters."""

    fact_activated = Signal(str)
    note_requested = Signal(str)
    """A fact id, when the user chose "Add note…" on its row."""
    verdict_requested = Signal(str, str, str)
    """(verdict kind, fact id, other fact id for a merge else "") chosen in a row's context menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facts-dock")
        self.model = FactsModel(self)
        self.proxy = FactsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.model.filled.connect(self._size_columns)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.status_box = QComboBox(body)
        self.status_box.setObjectName("facts-status-filter")
        for text, value in STATUS_CHOICES:
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(lambda _i: self._status_chosen(self.status_box.currentData()))
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("facts-text-filter")
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.proxy.set_text(self.filter_edit.text()))
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        bar.addWidget(self.status_box)
        bar.addWidget(self.filter_edit, 1)
        layout.addLayout(bar)
        self.table = FactsTable(body)
        self.table.setObjectName("facts-table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # two rows: Merge
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        # 40 sources make 40 columns: a header keeps both ends of a file name, the tooltip all of it
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.doubleClicked.connect(self._activate)
        self.table.activated_row.connect(self._activate)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Facts"))
        for i, (text, _value) in enumerate(STATUS_CHOICES):
            self.status_box.setItemText(i, self.tr(text))
        self.filter_edit.setPlaceholderText(self.tr("Filter facts (e.g. حافلة)"))

    def _status_chosen(self, status: str) -> None:
        """A status filter; "unreviewed" shows every fact, those not yet ruled on first."""
        self.model.set_unreviewed_first(status == "unreviewed")
        self.proxy.set_status(status)

    def set_index(self, index: AnalysisIndex | None) -> None:
        """Show INDEX's facts; a big story's are prepared in slices (`busy` until `model.filled`)."""
        self.model.set_index(index)

    def busy(self) -> bool:
        """True while the facts last set are being prepared (the rows shown are the previous ones)."""
        return self.model.busy()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # fixed widths: measuring every cell (resizeColumnsToContents) costs ~20 ms per analysis
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(STATUS_COLUMN, metrics.horizontalAdvance("≠ conflict") + 24)
        labels = [f.label for f in self.model.facts[:LABELS_MEASURED]] or [""]
        self.table.setColumnWidth(LABEL_COLUMN, min(360, max(120, max(map(metrics.horizontalAdvance, labels)) + 16)))
        for col in range(LABEL_COLUMN + 1, self.model.columnCount()):
            self.table.setColumnWidth(col, 130)

    def _activate(self, proxy_index: QModelIndex) -> None:
        fact_id = proxy_index.data(FACT_ID_ROLE)
        if fact_id:
            self.fact_activated.emit(fact_id)

    def note_menu(self, pos: QPoint) -> QMenu | None:
        """The context menu of the row at POS (viewport coordinates): "Add note…" on its fact, then
        its verdicts (confirm, dismiss; merge when two rows are selected)."""
        fact_id = self.table.indexAt(pos).data(FACT_ID_ROLE)
        if not fact_id:
            return None
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Add note…")).triggered.connect(lambda: self.note_requested.emit(fact_id))
        menu.addSeparator()
        status = self.model.facts[self.model.row_of(fact_id)].status if self.model.row_of(fact_id) >= 0 else ""
        if status != "single":
            menu.addAction(self.tr("Confirm this fact (reviewed)")).triggered.connect(
                lambda: self.verdict_requested.emit("confirm", fact_id, "")
            )
        if status == "conflict":
            menu.addAction(self.tr("Dismiss this conflict (not a contradiction)")).triggered.connect(
                lambda: self.verdict_requested.emit("dismiss", fact_id, "")
            )
        chosen = self.selected_facts()
        if len(chosen) == 2 and fact_id in chosen:
            menu.addAction(self.tr("Merge the two selected facts")).triggered.connect(
                lambda: self.verdict_requested.emit("merge", chosen[0], chosen[1])
            )
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.note_menu(pos)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def select_fact(self, fact_id: str | None) -> None:
        """Select (and scroll to) a fact's row, without emitting `fact_activated`."""
        sel = self.table.selectionModel()
        if fact_id is None:
            sel.clearSelection()
            return
        row = self.model.row_of(fact_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, LABEL_COLUMN))
        if not proxy_index.isValid():
            return
        sel.setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(proxy_index)

    def selected_fact(self) -> str | None:
        current = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if current.isValid() and any(r.row() == current.row() for r in rows):
            return str(current.data(FACT_ID_ROLE))
        return rows[0].data(FACT_ID_ROLE) if rows else None

    def selected_facts(self) -> list[str]:
        """The facts of the selected rows, in table order (two of them can be merged)."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda r: r.row())
        return [str(r.data(FACT_ID_ROLE)) for r in rows]
