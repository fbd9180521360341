"""A fact's values over time as a small step chart (QPainter): one point per article that gives a
value, in publication order; each value holds until the next report. Click a point to go to its
sentence. Times are spaced evenly in their order (reports cluster in hours, then days pass); the
labels under the axis give the real times.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.match.over_time import Point
from gui.i18n import current_language

COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457")
PAD_X, PAD_TOP, PAD_BOTTOM, RADIUS = 36, 26, 30, 5


class TimelineChart(QWidget):
    """The step chart; `set_points([])` shows a line saying why there is nothing to draw."""

    point_clicked = Signal(str)
    """The mention id of the point clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-chart")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right in both languages
        self.points: list[Point] = []
        self.empty_text = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 170)

    def set_points(self, points: list[Point], empty_text: str = "") -> None:
        self.points = list(points)
        self.empty_text = empty_text
        self.setToolTip("\n".join(f"{p.time.replace('T', ' ')} · {p.outlet} · {p.text}" for p in self.points))
        self.update()

    def position(self, i: int) -> QPointF:
        """Where point I is drawn."""
        n = len(self.points)
        lo = min(p.value for p in self.points)
        hi = max(p.value for p in self.points)
        width = self.width() - 2 * PAD_X
        height = self.height() - PAD_TOP - PAD_BOTTOM
        x = PAD_X + (width * i / (n - 1) if n > 1 else width / 2)
        y = PAD_TOP + (height * (1 - (self.points[i].value - lo) / (hi - lo)) if hi > lo else height / 2)
        return QPointF(x, y)

    def point_at(self, pos: QPointF) -> Point | None:
        for i, p in enumerate(self.points):
            c = self.position(i)
            if abs(c.x() - pos.x()) <= RADIUS + 3 and abs(c.y() - pos.y()) <= RADIUS + 3:
                return p
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_colour = palette.text().color()
        if len(self.points) < 2:
            painter.setPen(text_colour)
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()
            return
        axis_y = self.height() - PAD_BOTTOM + 4
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawLine(QPointF(PAD_X, axis_y), QPointF(self.width() - PAD_X, axis_y))
        path = QPainterPath(self.position(0))
        for i in range(1, len(self.points)):
            c = self.position(i)
            path.lineTo(QPointF(c.x(), path.currentPosition().y()))
            path.lineTo(c)
        painter.setPen(QPen(QColor(130, 130, 130), 2))
        painter.drawPath(path)
        outlets = list(dict.fromkeys(p.outlet for p in self.points))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        for i, p in enumerate(self.points):
            c = self.position(i)
            colour = QColor(COLOURS[outlets.index(p.outlet) % len(COLOURS)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(c, RADIUS, RADIUS)
            painter.setPen(colour)
            shown = p.shown("ar" if current_language() == "ar" else "en")
            label = f"\u2066{p.outlet} {shown}\u2069"  # isolated: read left to right in Arabic too
            painter.drawText(QRectF(c.x() - 60, c.y() - 22, 120, 14), Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(text_colour)
            when = "\u2066" + p.time[5:16].replace("T", " ") + "\u2069"
            painter.drawText(QRectF(c.x() - 50, axis_y + 2, 100, 14), Qt.AlignmentFlag.AlignCenter, when)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        p = self.point_at(event.position())
        if p is not None:
            self.point_clicked.emit(p.mention)
