"""The "Why" panel of the selected fact: its label, status and the researcher's verdict, its
reasons in the interface language, and how its figure changed over time (a step chart whose
points lead to their sentences).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget

from core.match.over_time import timeline
from gui.facts_model import review_text, status_text
from gui.i18n import RetranslatingWidget
from gui.reasons_text import why_lines
from gui.timeline_chart import TimelineChart

if TYPE_CHECKING:
    from gui.reader import Reader


class FactPanel(RetranslatingWidget, QDockWidget):
    """Dock following the reader's current fact."""

    def __init__(self, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.fact_id: str | None = None
        self.setObjectName("why-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.header = QLabel()
        self.header.setObjectName("why-header")
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # labels come from the articles' text
        self.header.setWordWrap(True)
        self.status_line = QLabel()  # apart from the label: it reads in the interface's direction
        self.status_line.setObjectName("why-status")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons = QListWidget(body)
        self.reasons.setObjectName("why-list")
        self.reasons.setWordWrap(True)
        self.chart = TimelineChart(body)
        self.chart.point_clicked.connect(self._go_to)
        split = QSplitter(Qt.Orientation.Vertical, body)
        split.addWidget(self.reasons)
        split.addWidget(self.chart)
        layout.addWidget(self.header)
        layout.addWidget(self.status_line)
        layout.addWidget(split, 1)
        self.setWidget(body)
        reader.fact_selected.connect(self.show_fact)
        reader.reviewed.connect(lambda: self.show_fact(reader.current_fact or ""))

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Why"))
        if self.fact_id is None:
            self.header.setText(self.tr("Select a fact: click a number, or F8."))
        else:
            self.show_fact(self.fact_id)  # its reasons are rendered in the interface language

    def show_fact(self, fact_id: str) -> None:
        """Fill the panel for FACT_ID (from the whole story, also articles not side by side)."""
        index = self.reader.facts_index or self.reader.index
        fact = index.fact.get(fact_id) if index is not None else None
        self.fact_id = fact.id if fact is not None else None
        self.reasons.clear()
        if index is None or fact is None:
            self.header.setText(self.tr("Select a fact: click a number, or F8."))
            self.status_line.clear()
            self.chart.set_points([])
            return
        review = review_text(fact.review)
        status = status_text("dismissed" if fact.review == "dismissed" else fact.status)
        self.header.setText(fact.label)
        self.status_line.setText(status + (f" · {review}" if review else ""))
        lines = why_lines(fact, index)
        self.reasons.addItems(lines or [self.tr("No explanation recorded for this fact.")])
        self.chart.set_points(
            timeline(index.analysis, fact),
            self.tr(
                "No change over time to show: fewer than two of its articles have a publication time "
                "(Review → Set the article's publication time)."
            ),
        )

    def _go_to(self, mention_id: str) -> None:
        """A point of the chart: its number selected, its pane scrolled to it and flashed."""
        reader = self.reader
        if reader.index is None or mention_id not in reader.index.mention:
            reader.message.emit(self.tr("That article is not shown side by side (Ctrl+Shift+A)."))
            return
        m = reader.index.mention[mention_id]
        reader.select_mention(mention_id)
        pane = reader.panes.get(m.doc)
        if pane is not None:
            pane.scroll_to_span(m.start, m.end)
            pane.flash([(m.start, m.end)])
