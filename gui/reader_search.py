"""The reader's search: the query is found in every article searched (on screen or not), the hits
on screen are marked in every view, and Enter steps through them all. `gui.find` decides what is
searched and lists the hits; `gui.reader.Reader` is this plus the rest of the reading state.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from core.model import Document
from core.text import search as textsearch
from gui.article_pane import ArticlePane
from gui.index import AnalysisIndex
from gui.synopsis_view import SynopsisView
from gui.view import ALIGNED, View


class ReaderSearch(QObject):
    """The search hits of the reader and how they are marked and stepped through."""

    searched = Signal(int)
    """How many hits the last search found."""
    hits: list[textsearch.Hit]
    hit_pos: int
    """The current hit's place in `hits` (-1: none yet)."""
    panes: dict[str, ArticlePane]
    index: AnalysisIndex | None
    stack: QStackedWidget
    synopsis: SynopsisView

    @property
    def views(self) -> list[View]:
        raise NotImplementedError  # the reader's views

    def search(self, query: str, documents: list[Document] | None = None) -> int:
        """Find `query` in DOCUMENTS (default: the panes' articles), mark the hits in the panes
        and the synopsis; returns the hit count. Hits in articles not on screen are kept too."""
        docs = documents if documents is not None else [p.doc for p in self.panes.values()]
        self.hits = textsearch.find(query, docs) if query.strip() else []
        self.hit_pos = -1
        self.mark_hits()
        self.searched.emit(len(self.hits))
        return len(self.hits)

    def mark_hits(self, current: textsearch.Hit | None = None) -> None:
        """(Re)draw the hits in the panes and the synopsis, CURRENT as the current one."""
        hits = [(h.doc, h.start, h.end) for h in self.hits if h.doc in self.panes]
        for view in self.views:
            view.mark("search", hits)
            view.mark("search_current", [(current.doc, current.start, current.end)] if current else [])

    def step_hit(self, step: int) -> textsearch.Hit | None:
        """Enter in the find bar: the next hit (of every article searched), shown if on screen."""
        if not self.hits:
            return None
        self.hit_pos = (self.hit_pos + step) % len(self.hits)
        hit = self.hits[self.hit_pos]
        self.show_hit(hit)
        return hit

    def show_hit(self, hit: textsearch.Hit) -> bool:
        """Mark HIT as the current one and scroll to it; False when its article has no pane."""
        if hit in self.hits:
            self.hit_pos = self.hits.index(hit)
        self.mark_hits(hit)
        pane = self.panes.get(hit.doc)
        if pane is None:
            return False
        pane.scroll_to_span(hit.start, hit.end)
        if self.stack.currentIndex() == ALIGNED and self.index is not None:
            s = self.index.sentence_at(hit.doc, hit.start)
            if s is not None:
                self.synopsis.scroll_to_sentence(s.id)
        return True

    def clear(self) -> None:
        """Esc: drop search hits, sentence light-ups and flashes (the current fact stays)."""
        self.search("")
        for view in self.views:
            view.mark("aligned", [])
            view.mark("flash", [])
