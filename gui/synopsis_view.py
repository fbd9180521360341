"""The Aligned view: a synopsis table, one row per alignment group, one column per source.

Rows come from `core.match.synopsis.synopsis_rows`; each cell is a small QTextDocument carrying the
same marks as the panes (numbers by status, the current fact, search hits), painted by a
delegate. Clicks and tooltips are hit-tested in that document and mapped back to document offsets,
so click-to-jump and tooltips behave exactly as in the panes.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QToolTip,
    QWidget,
)

from core.match.synopsis import SynopsisRow, synopsis_rows
from core.model import Fact
from gui import highlight, turns
from gui.bidi import isolate
from gui.facts_model import status_text
from gui.fonts import DEFAULT_POINT_SIZE, article_font
from gui.index import AnalysisIndex
from gui.notes_dock import add_note_actions
from gui.reasons_text import why_lines
from gui.synopsis_cells import PAD, CellDelegate

MIN_COLUMN = 240
ROWS_PER_STEP = 8
ModelIndex = QModelIndex | QPersistentModelIndex


def fact_tip(fact: Fact, index: AnalysisIndex | None = None) -> str:
    """The tooltip of a number: its fact's status in bold, the label and why, as text."""
    why = "".join(f"<br>{html.escape(line)}" for line in why_lines(fact, index))
    return f"<b>{status_text(fact.status)}</b>: {html.escape(fact.label)}{why}"


class CellMap:
    """Where each sentence of a cell sits in the cell's text (cell text = sentences joined by \\n)."""

    def __init__(self, index: AnalysisIndex, sentence_ids: tuple[str, ...]) -> None:
        self.parts: list[tuple[int, str, int, int]] = []  # (cell start, doc, doc start, doc end)
        pieces: list[str] = []
        pos = 0
        for sid in sentence_ids:
            s = index.sentence[sid]
            text = index.document[s.doc].text[s.start : s.end]
            self.parts.append((pos, s.doc, s.start, s.end))
            pieces.append(text)
            pos += len(text) + 1
        self.text = "\n".join(pieces)
        self.offsets = highlight.OffsetMap(self.text)

    def to_doc(self, cell_offset: int) -> tuple[str, int] | None:
        for cell_start, doc, start, end in self.parts:
            if cell_start <= cell_offset <= cell_start + (end - start):
                return doc, min(start + cell_offset - cell_start, max(start, end - 1))
        return None

    def to_cell(self, doc: str, start: int, end: int) -> tuple[int, int] | None:
        for cell_start, d, s, e in self.parts:
            if d == doc and s <= start and end <= e:
                return cell_start + start - s, cell_start + end - s
        return None


class SynopsisModel(QAbstractTableModel):
    """Rows of the synopsis; builds (and caches) each cell's marked-up QTextDocument."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.index_: AnalysisIndex | None = None
        self.rows: list[SynopsisRow] = []
        self.row_of_sentence: dict[str, int] = {}
        self.current: list[tuple[str, int, int]] = []
        self.search: list[tuple[str, int, int]] = []
        self.point_size = float(DEFAULT_POINT_SIZE)
        self._maps: dict[tuple[int, int], CellMap] = {}
        self._docs: dict[tuple[int, int], QTextDocument] = {}

    def set_index(self, index: AnalysisIndex | None) -> None:
        self.beginResetModel()
        self.index_ = index
        self.rows = synopsis_rows(index.analysis) if index else []
        self.row_of_sentence = {sid: r for r, row in enumerate(self.rows) for cell in row.cells for sid in cell}
        self._maps.clear()
        self._docs.clear()
        self.endResetModel()

    def set_marks(
        self, current: list[tuple[str, int, int]] | None = None, search: list[tuple[str, int, int]] | None = None
    ) -> None:
        """Spans (doc, start, end) of the current fact and of search hits; None keeps a layer."""
        if current is not None:
            self.current = current
        if search is not None:
            self.search = search
        self._docs.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def set_point_size(self, size: float) -> None:
        self.point_size = size
        self._docs.clear()
        self.layoutChanged.emit()

    def cell_map(self, row: int, col: int) -> CellMap:
        key = (row, col)
        if key not in self._maps:
            assert self.index_ is not None
            self._maps[key] = CellMap(self.index_, self.rows[row].cells[col])
        return self._maps[key]

    def cell_document(self, row: int, col: int, palette: QPalette) -> tuple[QTextDocument, CellMap]:
        """The cell's text with the panes' marks, in the article font."""
        cmap = self.cell_map(row, col)
        key = (row, col)
        if key in self._docs:
            return self._docs[key], cmap
        assert self.index_ is not None
        qdoc = QTextDocument()
        qdoc.setDefaultFont(article_font(self.point_size))
        qdoc.setDocumentMargin(2)
        qdoc.setPlainText(highlight.display_text(cmap.text))
        doc_lang = self.index_.documents[col].language
        highlight.set_block_directions(qdoc, doc_lang != "en")
        colours = highlight.colours_for(palette)
        formats = {k: highlight.mention_format(k, colours) for k in highlight.KINDS}
        om = cmap.offsets
        doc_id = self.index_.documents[col].id
        for _cs, _d, s, e in cmap.parts:
            for m in self.index_.mentions_by_doc.get(doc_id, []):
                if s <= m.start and m.end <= e:
                    span = cmap.to_cell(doc_id, m.start, m.end)
                    if span:
                        fmt = formats.get(self.index_.status_of_mention(m.id), formats["single"])
                        highlight.apply_format(qdoc, om.to_qt(span[0]), om.to_qt(span[1]), fmt)
        for layer, spans in (("search", self.search), ("current", self.current)):
            fmt = highlight.overlay_format(layer, colours)
            for d, start, end in spans:
                span = cmap.to_cell(d, start, end) if d == doc_id else None
                if span:
                    highlight.apply_format(qdoc, om.to_qt(span[0]), om.to_qt(span[1]), fmt)
        self._docs[key] = qdoc
        return qdoc, cmap

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.index_ is None else len(self.index_.documents)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_map(index.row(), index.column()).text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.index_ is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            doc = self.index_.documents[section]  # the id first and whole; the title elided after it
            return f"{isolate(doc.id)} · {isolate(doc.title)}"
        return "≡" if self.rows[section].aligned else ""


class SynopsisView(QTableView):
    """The synopsis table; first source on the right, like the panes."""

    mention_clicked = Signal(str)
    sentence_clicked = Signal(str)
    note_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("synopsis")
        self.synopsis = SynopsisModel(self)
        self.setModel(self.synopsis)
        self.setItemDelegate(CellDelegate(self.synopsis, self))
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # Row heights follow the text; measuring every cell at once takes ~100 ms, so rows are
        # measured a few at a time, and only while the view is visible.
        self._rows_to_size: list[int] = []
        self._scroll_target: QModelIndex | None = None
        self._size_timer = QTimer(self)
        self._size_timer.setInterval(0)
        self._size_timer.timeout.connect(self._size_some_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.remeasure())

    def set_index(self, index: AnalysisIndex | None) -> None:
        self._scroll_target = None
        self.synopsis.set_index(index)
        self._fit_columns()
        self.remeasure()

    def _fit_columns(self) -> None:
        """Columns share the width, but never get narrower than a readable column."""
        header = self.horizontalHeader()
        count = self.synopsis.columnCount()
        if count and count * MIN_COLUMN > self.viewport().width():
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for col in range(count):
                header.resizeSection(col, MIN_COLUMN)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def remeasure(self) -> None:
        """Measure every row again (after a width or font change), a few rows per turn."""
        self._rows_to_size = list(range(self.synopsis.rowCount()))
        if self.isVisible() and self._rows_to_size:
            self._size_timer.start()

    def _size_some_rows(self) -> None:
        if not turns.may_run():
            return
        with turns.slice():
            self._size_rows()

    def _size_rows(self) -> None:
        first_visible = max(0, self.rowAt(0))
        # rows on screen first, so the reader sees settled rows at once
        self._rows_to_size.sort(key=lambda r: (r < first_visible, r))
        for row in self._rows_to_size[:ROWS_PER_STEP]:
            self.resizeRowToContents(row)
        del self._rows_to_size[:ROWS_PER_STEP]
        if not self._rows_to_size:
            self._size_timer.stop()
            if self._scroll_target:  # row heights changed under the earlier scroll
                self.scrollTo(self._scroll_target, QAbstractItemView.ScrollHint.PositionAtCenter)

    def rows_settled(self) -> bool:
        return not self._rows_to_size

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._rows_to_size:
            self._size_timer.start()

    def _hit(self, pos: QPoint) -> tuple[str, int] | None:
        """(document id, offset) under a viewport point."""
        idx = self.indexAt(pos)
        if not idx.isValid() or self.synopsis.index_ is None:
            return None
        qdoc, cmap = self.synopsis.cell_document(idx.row(), idx.column(), self.palette())
        local = QPointF(pos - self.visualRect(idx).topLeft() - QPoint(PAD, PAD))
        qpos = qdoc.documentLayout().hitTest(local, Qt.HitTestAccuracy.FuzzyHit)
        if qpos < 0:
            return None
        return cmap.to_doc(cmap.offsets.from_qt(qpos))

    def click_at(self, doc: str, offset: int) -> None:
        """What a click on `offset` of document `doc` does here."""
        index = self.synopsis.index_
        if index is None:
            return
        mention = index.mention_at(doc, offset)
        if mention is not None:
            self.mention_clicked.emit(mention.id)
            return
        sentence = index.sentence_at(doc, offset)
        if sentence is not None:
            self.sentence_clicked.emit(sentence.id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        hit = self._hit(event.position().toPoint())
        if hit:
            self.click_at(*hit)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """ "Add note…" on the fact or the sentence under the mouse."""
        hit = self._hit(event.pos())
        if hit:
            menu = add_note_actions(QMenu(self), self.synopsis.index_, *hit, self.note_requested.emit)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and self.synopsis.index_ is not None:
            hit = self._hit(event.pos())  # type: ignore[attr-defined]
            index = self.synopsis.index_
            mention = index.mention_at(*hit) if hit else None
            fact = index.fact_for_mention(mention.id) if mention else None
            if fact is not None:
                tip = fact_tip(fact, index)
                QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mark(self, kind: str, spans: list[tuple[str, int, int]]) -> None:
        """The View protocol's marks: the synopsis draws the current fact and the search hits."""
        if kind == "current":
            self.synopsis.set_marks(current=spans)
        elif kind == "search":
            self.synopsis.set_marks(search=spans)

    def scroll_to_sentence(self, sentence_id: str) -> None:
        """Bring the row holding a sentence into view and select it."""
        row = self.synopsis.row_of_sentence.get(sentence_id)
        index = self.synopsis.index_
        if row is None or index is None:
            return
        col = next((i for i, d in enumerate(index.documents) if d.id == index.sentence[sentence_id].doc), 0)
        qidx = self.synopsis.index(row, col)
        # not selectRow(): in a right-to-left table it picks a column at the viewport's edge
        # and may select nothing
        self.selectionModel().select(
            qidx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._scroll_target = qidx
        self.scrollTo(qidx, QAbstractItemView.ScrollHint.PositionAtCenter)

    def point_of(self, doc: str, offset: int) -> QPoint | None:
        """Viewport point at the middle of character `offset` of `doc` (None if not in a row)."""
        index = self.synopsis.index_
        sentence = index.sentence_at(doc, offset) if index else None
        row = self.synopsis.row_of_sentence.get(sentence.id) if sentence else None
        if index is None or row is None:
            return None
        col = [d.id for d in index.documents].index(doc)
        qdoc, cmap = self.synopsis.cell_document(row, col, self.palette())
        cell = cmap.to_cell(doc, offset, offset + 1)
        if cell is None:
            return None
        pos = cmap.offsets.to_qt(cell[0])
        block = qdoc.findBlock(pos)
        rel = pos - block.position()
        line = block.layout().lineForTextPosition(rel)
        x = (_x_of(line, rel) + _x_of(line, rel + 1)) / 2
        y = qdoc.documentLayout().blockBoundingRect(block).top() + line.y() + line.height() / 2
        return self.visualRect(self.synopsis.index(row, col)).topLeft() + QPoint(PAD + int(x), PAD + int(y))

    def top_sentence(self) -> str | None:
        """A sentence on the first visible row (to keep the reader's place when switching views)."""
        row = self.rowAt(4)
        if row < 0 or row >= len(self.synopsis.rows):
            return None
        for cell in self.synopsis.rows[row].cells:
            if cell:
                return cell[0]
        return None


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor before POSITION in LINE (PySide6's stubs type `cursorToX`'s tuple as object)."""
    found: tuple[float, int] = line.cursorToX(position)  # type: ignore[assignment]
    return found[0]
