"""A map of the article beside its scrollbar (Meld's chunk map): where its conflicts, shared facts
and the selected fact are, and which part is on screen. Click a mark to jump to its number (and
select its fact); click elsewhere to scroll there.

Marks are placed by the text layout (block and line of each number), so they sit where the
scrollbar would take the reader, and are recomputed only when the text is re-laid out or marked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QTextDocument
from PySide6.QtWidgets import QScrollBar, QWidget

from gui import highlight
from gui.i18n import RetranslatingWidget

WIDTH = 12
HIT_PX = 5


class StoryMap(RetranslatingWidget, QWidget):
    """A thin strip painted with one tick per marked number; `marks` are (start, end, kind, mention id)."""

    mark_clicked = Signal(str)
    """The mention id of the mark clicked."""
    scroll_requested = Signal(float)
    """A click away from any mark: the fraction of the article to scroll to."""

    def __init__(
        self, document: QTextDocument, bar: QScrollBar, to_qt: Callable[[int], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("story-map")
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.document, self.bar, self.to_qt = document, bar, to_qt
        self.marks: list[tuple[int, int, str, str]] = []
        self.current: list[tuple[int, int]] = []
        self._places: list[tuple[float, str, str]] | None = None
        self._current_places: list[float] = []
        document.documentLayout().documentSizeChanged.connect(self._relayout)
        bar.valueChanged.connect(lambda _v: self.update())
        bar.rangeChanged.connect(lambda _a, _b: self.update())

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr("Map of this article: red conflicts, green shared facts, gold the selected fact"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(WIDTH, 100)

    def set_marks(self, marks: list[tuple[int, int, str, str]]) -> None:
        self.marks = [m for m in marks if m[2] in ("conflict", "shared")]
        self._relayout()

    def set_current(self, spans: list[tuple[int, int]]) -> None:
        self.current = list(spans)
        self._relayout()

    def _relayout(self) -> None:
        self._places = None
        self.update()

    def fraction(self, offset: int) -> float:
        """Where OFFSET lies in the laid-out article, 0 (top) to 1 (bottom)."""
        layout = self.document.documentLayout()
        height = max(1.0, layout.documentSize().height())
        pos = self.to_qt(offset)
        block = self.document.findBlock(pos)
        if not block.isValid():
            return 0.0
        top = layout.blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(pos - block.position())
        return min(1.0, (top + (line.y() if line.isValid() else 0.0)) / height)

    def places(self) -> list[tuple[float, str, str]]:
        """(fraction, kind, mention id) of every mark, computed once per layout."""
        if self._places is None:
            self._places = [(self.fraction(s), kind, mid) for s, _e, kind, mid in self.marks]
            self._current_places = [self.fraction(s) for s, _e in self.current]
        return self._places

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        colours = highlight.colours_for(self.palette())
        h = self.height()
        painter.fillRect(self.rect(), self.palette().alternateBase())
        span = self.bar.maximum() - self.bar.minimum() + self.bar.pageStep()
        if span > 0 and self.bar.maximum() > 0:
            top = h * (self.bar.value() - self.bar.minimum()) / span
            painter.fillRect(QRectF(0, top, self.width(), h * self.bar.pageStep() / span), QColor(128, 128, 128, 50))
        for y, kind, _mid in self.places():
            colour = colours.conflict_line if kind == "conflict" else colours.shared_line
            painter.fillRect(QRectF(2, y * (h - 3), self.width() - 4, 3), colour)
        for y in self._current_places:
            painter.fillRect(QRectF(0, y * (h - 4), self.width(), 4), colours.flash)
        painter.end()

    def mark_at(self, y: float) -> str | None:
        """The mention id of the mark nearest to Y (pixels), if one is close enough."""
        h = max(1, self.height())
        near = [(abs(f * (h - 3) - y), mid) for f, _k, mid in self.places()]
        best = min(near, default=None)
        return best[1] if best is not None and best[0] <= HIT_PX else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        y = event.position().y()
        mark = self.mark_at(y)
        if mark is not None:
            self.mark_clicked.emit(mark)
        else:
            self.scroll_requested.emit(min(1.0, max(0.0, y / max(1, self.height()))))

    def point_of(self, mention_id: str) -> QPointF:
        """Where the mark of MENTION_ID is drawn (to click it in tests)."""
        h = self.height()
        y = next(f for f, _k, mid in self.places() if mid == mention_id)
        return QPointF(self.width() / 2, y * (h - 3) + 1)
