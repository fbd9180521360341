"""How the Aligned view paints a cell: the cell's QTextDocument (with the panes' marks), and the
height a row needs for it. Measured and painted at the same width, and clipped to the cell, so
that a tall cell's last line is never drawn over the next row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from gui import highlight

if TYPE_CHECKING:
    from gui.synopsis_view import SynopsisModel

PAD = 6
ModelIndex = QModelIndex | QPersistentModelIndex


class CellDelegate(QStyledItemDelegate):
    """Paints a cell's QTextDocument and sizes rows to their text."""

    def __init__(self, model: SynopsisModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _doc(self, index: ModelIndex, palette: QPalette, width: int) -> QTextDocument:
        qdoc, _ = self.model.cell_document(index.row(), index.column(), palette)
        qdoc.setTextWidth(max(40, width - 2 * PAD))
        return qdoc

    def _width(self, index: ModelIndex, fallback: int) -> int:
        """The painted width (less the grid line), the same when measuring: else N + 1 lines spill."""
        view = self.parent()
        return view.columnWidth(index.column()) - view.showGrid() if isinstance(view, QTableView) else fallback

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        painter.setClipRect(option.rect)  # a row not measured yet never spills into the next
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, highlight.colours_for(option.palette).aligned)
        qdoc = self._doc(index, option.palette, self._width(index, option.rect.width()))
        painter.translate(option.rect.topLeft() + QPoint(PAD, PAD))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
        qdoc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        width = self._width(index, 300)
        qdoc = self._doc(index, option.palette, width)
        return QSize(width, int(qdoc.size().height()) + 2 * PAD)
