"""One-time costs paid at start-up, before the window is shown, rather than on the GUI thread
while a folder opens (where each would be a stall the user feels).

- The first layout in a new font loads its glyph tables (~20 ms).
- PySide6 creates the Python class of a Qt enum on first use, and resolving some overloads creates
  dozens at once: `QPainter.fillRect(QRectF, QColor)` builds QGradient's presets, the first
  `QAbstractScrollArea.viewport()` the enums of many widget classes (~15 ms in all, measured by
  wrapping `enum.EnumType._create_` while a folder opened).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QHeaderView, QTableView

from gui.fonts import article_font


def warm_up() -> None:
    """Pay the one-time costs above (needs the QApplication)."""
    _shape_arabic()
    _create_lazy_enums()


def _shape_arabic() -> None:
    doc = QTextDocument()
    doc.setDefaultFont(article_font())
    doc.setPlainText("قافلة داعش: 11 حافلة، ١٧ حافلة — Convoy")
    doc.size()


def _create_lazy_enums() -> None:
    image = QImage(4, 4, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)  # what the story map paints
    painter.fillRect(QRectF(0, 0, 2, 2), QColor(128, 128, 128, 50))
    painter.end()
    view = QTableView()  # what the synopsis does to its columns
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.viewport().width()  # finding the viewport's Python type creates the enums of many widget classes
    doc = QTextDocument()  # what a pane does to each paragraph and mark
    doc.setPlainText("x")
    cursor = QTextCursor(doc.begin())
    block = cursor.blockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    block.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    cursor.setBlockFormat(block)
    QTextCharFormat().setProperty(QTextFormat.Property.FullWidthSelection, False)
