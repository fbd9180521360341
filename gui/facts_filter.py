"""The facts matrix's filter: the rows of a FactsModel that pass a status and a folded text.

Not a QSortFilterProxyModel: that one asks Python whether each row passes, 10,000 calls
(~50-100 ms) at every key, sort or reset of a big story; here one pass over the table's prepared
statuses and folded texts (`gui.fact_table`) decides, and the views' selection follows its facts
as through a proxy (persistent indexes moved by fact id).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.text.search import normalize_query
from gui.facts_model import FactsModel

ModelIndex = QModelIndex | QPersistentModelIndex


class FactsFilter(QAbstractTableModel):
    """The rows of a FactsModel that pass the status filter ('all', 'conflict', 'shared',
    'single'; 'unreviewed' shows all) and the folded text, in the model's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = "all"
        self.needle = ""
        self._source: FactsModel | None = None
        self._rows: list[int] = []
        """Row → the source model's row."""
        self._pos: dict[int, int] = {}
        """The source model's row → row here."""
        self._moving: list[tuple[QModelIndex, str]] = []

    def setSourceModel(self, model: FactsModel) -> None:  # noqa: N802 - QAbstractProxyModel's name
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._about_to_move)
        model.layoutChanged.connect(self._moved)
        self.beginResetModel()
        self._source_reset()

    def sourceModel(self) -> FactsModel | None:  # noqa: N802
        return self._source

    def _source_reset(self) -> None:
        self._pass()
        self.endResetModel()

    def _pass(self) -> None:
        """Which rows of the source are shown, in its order."""
        model = self._source
        table = model.table if model is not None else None
        if model is None or table is None:
            self._rows, self._pos = [], {}
            return
        status, needle = self.status, self.needle
        statuses, hay = table.statuses, table.hay
        every = status in ("all", "unreviewed")
        if every and not needle:
            self._rows = list(range(len(model.facts)))
        else:
            self._rows = [
                row
                for row, n in enumerate(model._order)  # noqa: SLF001 - its companion
                if (every or statuses[n] == status) and (not needle or needle in hay[n])
            ]
        self._pos = dict(zip(self._rows, range(len(self._rows)), strict=True))

    # --- a new order or a new filter: the same rows move, the selection follows -----------
    def _about_to_move(self) -> None:
        self.layoutAboutToBeChanged.emit()
        model = self._source
        assert model is not None
        self._moving = [(p, model.facts[self._rows[p.row()]].id) for p in self.persistentIndexList()]

    def _moved(self) -> None:
        model = self._source
        assert model is not None
        self._pass()
        moving, self._moving = self._moving, []
        new = []
        for p, fact_id in moving:
            row = self._pos.get(model.row_of(fact_id), -1)
            new.append(self.index(row, p.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList([p for p, _ in moving], new)
        self.layoutChanged.emit()

    def _refilter(self) -> None:
        if self._source is None:
            return
        self._about_to_move()
        self._moved()

    def set_status(self, status: str) -> None:
        self.status = status
        self._refilter()

    def set_text(self, text: str) -> None:
        self.needle = normalize_query(text)
        self._refilter()

    def mapFromSource(self, index: ModelIndex) -> QModelIndex:  # noqa: N802
        row = self._pos.get(index.row(), -1) if index.isValid() else -1
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    def mapToSource(self, index: ModelIndex) -> QModelIndex:  # noqa: N802
        if not index.isValid() or self._source is None or index.row() >= len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[index.row()], index.column())

    # --- Qt model API --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (one keyed pass over prepared keys)."""
        if self._source is not None:
            self._source.sort(column, order)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        return self._source.headerData(section, orientation, role) if self._source is not None else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None or index.row() >= len(self._rows):
            return None
        return self._source.row_data(self._rows[index.row()], index.column(), role)
