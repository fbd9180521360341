"""What the reader needs of a view of the articles, so that a new view is one widget and one line.

The reader (gui/reader.py) keeps every view showing the same analysis, the same current fact and
the same search hits, and listens to every view's clicks and note requests through this protocol:
the article panes (gui/article_pane.py) and the synopsis (gui/synopsis_view.py) are views today.
Spans are (document id, start, end) in offsets into the original text.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from gui.index import AnalysisIndex

PANES, ALIGNED = 0, 1
"""The window's two ways of showing the articles (pages of its central stack): side by side, aligned."""

Span = tuple[str, int, int]
"""(document id, start, end): a place in one article's original text."""


class View(Protocol):
    """A widget showing (part of) the open analysis."""

    @property
    def mention_clicked(self) -> SignalInstance:
        """A mention id: the user clicked a number."""

    @property
    def sentence_clicked(self) -> SignalInstance:
        """A sentence id: the user clicked a sentence (not on a number)."""

    @property
    def note_requested(self) -> SignalInstance:
        """A mention or sentence id the user wants to write a note on."""

    def set_index(self, index: AnalysisIndex | None) -> None:
        """Show this analysis (None: nothing yet)."""

    def mark(self, kind: str, spans: list[Span]) -> None:
        """Replace one layer of transient marks ('current', 'search', ...); a view ignores the
        layers it does not draw and the spans of articles it does not show."""

    def scroll_to_sentence(self, sentence_id: str) -> None:
        """Bring the sentence into view, if this view shows it."""
