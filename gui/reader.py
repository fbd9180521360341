"""What the reader does with the articles: select a fact, follow a sentence, search, scroll together.

The panes, the synopsis and the facts dock only display; this object owns the current state
(analysis index, current fact, search hits, view mode) and keeps every view consistent with it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget

from core.match.verdicts import shown_status
from core.model import Analysis, Document
from core.text import search as textsearch
from gui import turns
from gui.article_pane import ArticlePane
from gui.bidi import isolate
from gui.facts_dock import FactsDock
from gui.facts_model import format_value, status_text
from gui.fonts import DEFAULT_POINT_SIZE
from gui.index import AnalysisIndex, reviewed_indexes
from gui.pane_row import PaneRow
from gui.reader_search import ReaderSearch
from gui.synopsis_view import SynopsisView
from gui.view import ALIGNED, View

MIN_POINT, MAX_POINT = 7.0, 40.0


class Reader(ReaderSearch):
    """Keeps panes, synopsis and facts dock showing the same fact, sentence and search."""

    fact_selected = Signal(str)
    sentence_selected = Signal(str)
    message = Signal(str)
    note_requested = Signal(str)
    """A fact or sentence id the reader wants to write a note on (from a pane's context menu)."""
    reviewed = Signal()
    verdict_requested = Signal(str, str)
    """(verdict kind, mention id) chosen in a pane's context menu."""
    """The views were re-marked after the researcher's verdicts changed."""

    def __init__(
        self,
        stack: QStackedWidget,
        splitter: QSplitter,
        synopsis: SynopsisView,
        facts: FactsDock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stack, self.splitter, self.synopsis, self.facts = stack, splitter, synopsis, facts
        self.row = PaneRow(splitter)
        self.panes: dict[str, ArticlePane] = {}
        self.index: AnalysisIndex | None = None
        self.current_fact: str | None = None
        self.current_mention: str | None = None
        """The number last clicked (what Split and Not a quantity act on from the keyboard)."""
        self.previous_fact: str | None = None
        """The fact selected before the current one (what Merge joins it with)."""
        self.review: Callable[[Analysis], Analysis] = lambda analysis: analysis
        """Applies the researcher's verdicts to a story (set by gui.verdicts); identity without a project."""
        self.facts_index: AnalysisIndex | None = None
        """The (reviewed) index of the whole story, as the facts matrix shows it."""
        self._raw: tuple[Analysis, Analysis] | None = None
        """The story as analysed (shown articles, all articles), before the verdicts."""
        self.hits: list[textsearch.Hit] = []
        self.hit_pos = -1
        self.sync_scrolling = True
        self.point_size = float(DEFAULT_POINT_SIZE)
        self._syncing = False
        self._steps: list[Callable[[], None]] = []
        self._built: dict[str, ArticlePane] = {}
        """Panes made but not yet in their place (`_build_pane`, `_place_pane`)."""
        self._doc_ids: list[str] = []
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._run_step)
        facts.fact_activated.connect(self.select_fact)
        facts.model.filled.connect(lambda: self._step_timer.start() if self._steps else None)
        self._attach(synopsis)

    @property
    def views(self) -> list[View]:
        """Every view of the articles the reader keeps in step (gui/view.py)."""
        return [self.synopsis, *self.panes.values()]

    def _attach(self, view: View) -> None:
        view.mention_clicked.connect(self.select_mention)
        view.sentence_clicked.connect(self.select_sentence)
        view.note_requested.connect(self.note_requested)

    # --- content -------------------------------------------------------------------------
    # Building panes and marks costs 10-30 ms per article; done in one go it would freeze the GUI
    # for longer than a frame, so the work is queued and run one step per event-loop turn.
    def _queue(self, step: Callable[[], None]) -> None:
        self._steps.append(step)
        if not self._step_timer.isActive():
            self._step_timer.start()

    def _run_step(self) -> None:
        if self.facts.busy():  # a big story's facts are prepared in slices: later steps wait for them
            self._step_timer.stop()  # until the matrix is filled
            return
        if self._steps and turns.may_run():
            with turns.slice():
                self._steps.pop(0)()
        if not self._steps:
            self._step_timer.stop()

    def busy(self) -> bool:
        """True while queued view-building steps remain."""
        return bool(self._steps)

    def set_documents(self, documents: list[Document], done: Callable[[], None] | None = None) -> None:
        """One pane per document, the first on the right (`gui.pane_row`), built one per turn."""
        self._steps.clear()
        self._doc_ids = [d.id for d in documents]
        for pane in self.panes.values():
            pane.hide()  # deleted on the next turn (taking it out of the splitter now cost 30 ms)
            pane.deleteLater()
        self.panes = {}
        self.index = None
        self.facts_index = None
        self._raw = None
        self.current_fact = self.current_mention = self.previous_fact = None
        self.hits, self.hit_pos = [], -1
        self.facts.set_index(None)
        for view in self.views:
            view.set_index(None)
        self.row.hold([d.id for d in documents])
        self._built = {}
        for doc in reversed(documents):
            self._queue(partial(self._build_pane, doc))
            self._queue(partial(self._place_pane, doc.id))
        if done is not None:
            self._queue(done)

    # A pane is made in one step and put in its place in the next: together they held the GUI
    # thread 10-14 ms (of CPU; twice that while an analysis shares the core), and the window
    # paints between the two.
    def _build_pane(self, doc: Document) -> None:
        pane = ArticlePane(doc)
        pane.set_point_size(self.point_size)
        self._built[doc.id] = pane

    def _place_pane(self, doc_id: str) -> None:
        pane = self._built.pop(doc_id)
        self._attach(pane)
        pane.user_scrolled.connect(self._pane_scrolled)
        pane.verdict_requested.connect(self.verdict_requested)
        self.row.place(doc_id, pane)
        self.panes = {doc_id: pane, **self.panes}

    def set_analysis(
        self, index: AnalysisIndex, done: Callable[[], None] | None = None, facts_index: AnalysisIndex | None = None
    ) -> None:
        """Mark every pane, fill the facts matrix (from FACTS_INDEX if given: a whole story whose
        panes show only some articles) and the synopsis; then call `done`."""
        queued = [d.id for d in index.documents]
        if queued != self._doc_ids:
            self.set_documents(index.documents)
        whole = facts_index or index
        self._raw = (index.analysis, whole.analysis)
        index, facts_index = reviewed_indexes(self.review, index, whole)
        self.facts_index = facts_index

        def mark(doc_id: str) -> None:
            self.panes[doc_id].set_analysis(index)

        def finish() -> None:
            self.synopsis.set_index(index)
            self.synopsis.synopsis.set_point_size(self.point_size)

        self._queue(lambda: setattr(self, "index", index))
        for doc_id in queued:
            self._queue(partial(mark, doc_id))
        self._queue(lambda: self.facts.set_index(facts_index))
        self._queue(finish)
        if done is not None:
            self._queue(done)

    def refresh_verdicts(self) -> None:
        """Verdicts changed: re-mark the panes in place (one per event-loop turn, after whatever is
        being built), refill the matrix, keep the current fact; `reviewed` once done."""
        self._queue(self._review_step)

    def _review_step(self) -> None:
        if self._raw is None or self.index is None:
            return
        view, whole = self._raw
        index = self.index = AnalysisIndex(self.review(view), like=self.index)
        self.facts_index = index if whole is view else AnalysisIndex(self.review(whole), like=self.facts_index)
        for pane in list(self.panes.values()):
            self._queue(partial(self._remark, pane, index))
        self._queue(lambda: self._reviewed_facts(index))
        self._queue(lambda: self._reviewed_done(index))

    def _reviewed_facts(self, index: AnalysisIndex) -> None:
        if self.index is index and self.facts_index is not None:
            self.facts.set_index(self.facts_index)

    def _remark(self, pane: ArticlePane, index: AnalysisIndex) -> None:
        """Re-mark PANE for INDEX, unless a later review replaced the index meanwhile."""
        if self.index is index:
            pane.remark(index)

    def _reviewed_done(self, index: AnalysisIndex) -> None:
        if self.index is not index or self.facts_index is None:
            return
        self.synopsis.set_index(index)
        self.synopsis.synopsis.set_point_size(self.point_size)
        found = index.fact_for_mention(self.current_mention or "")
        fact = found.id if found is not None else self.current_fact
        if fact in index.fact:
            self.select_fact(fact, origin=self.current_mention, scroll=False)
        else:
            self.current_fact = None
            for pane in self.panes.values():
                pane.set_overlay("current", [])
        self.reviewed.emit()

    def pane_order(self) -> list[str]:
        """Document ids from the rightmost pane to the leftmost."""
        return self.row.order()

    # --- facts ---------------------------------------------------------------------------
    def select_mention(self, mention_id: str) -> None:
        """A click on a number: select its fact (or just the number if it is in none)."""
        if self.index is None:
            return
        self.current_mention = mention_id
        fact = self.index.fact_for_mention(mention_id)
        if fact is not None:
            self.select_fact(fact.id, origin=mention_id)
            return
        m = self.index.mention[mention_id]
        self.message.emit(f"{isolate(m.text)}: {format_value(m)} (no other source reports it)")

    def select_fact(self, fact_id: str, origin: str | None = None, scroll: bool = True) -> None:
        """Make a fact current: mark it everywhere, scroll each pane to it, flash it, tell the dock."""
        index = self.index
        if index is None or fact_id not in index.fact:
            return
        if fact_id != self.current_fact:
            self.previous_fact = self.current_fact
        if origin is None or index.fact_of_mention.get(origin) != fact_id:
            self.current_mention = None
        self.current_fact = fact_id
        fact = index.fact[fact_id]
        mentions = index.mentions_of(fact_id)
        for view in self.views:
            view.mark("current", [(m.doc, m.start, m.end) for m in mentions])
            view.mark("aligned", [])
        for doc_id, pane in self.panes.items():
            spans = [(m.start, m.end) for m in mentions if m.doc == doc_id]
            if spans:
                target = spans[0]
                if origin in index.mention and index.mention[origin].doc == doc_id:
                    target = (index.mention[origin].start, index.mention[origin].end)
                elif origin in index.mention:
                    target = self._closest_span(origin, doc_id, spans)
                if not scroll:
                    continue
                if origin is None or index.mention.get(origin) is None or index.mention[origin].doc != doc_id:
                    pane.scroll_to_span(*target)
                pane.flash(spans)
        if mentions and scroll and self.stack.currentIndex() == ALIGNED:
            first = origin if origin in index.mention else mentions[0].id
            self.synopsis.scroll_to_sentence(index.mention[first].sentence)
        self.facts.select_fact(fact_id)
        self.message.emit(f"{status_text(shown_status(fact))}: {isolate(fact.label)}")
        self.fact_selected.emit(fact_id)

    def _closest_span(self, origin: str, doc_id: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
        """Of a fact's mentions in `doc_id`, the counterpart of the clicked one.

        The one in a sentence aligned with the clicked sentence; failing that, the one at the
        most similar relative place in its article (reports tend to follow the same arc)."""
        index = self.index
        assert index is not None
        clicked = index.mention[origin]
        aligned = {s.id for s in index.counterparts(clicked.sentence, doc_id)}
        aligned |= {s.id for s in index.group_counterparts(clicked.sentence, doc_id)}
        for m in index.mentions_of(self.current_fact or ""):
            if m.doc == doc_id and m.sentence in aligned:
                return m.start, m.end
        where = clicked.start / max(1, len(index.document[clicked.doc].text))
        length = max(1, len(index.document[doc_id].text))
        return min(spans, key=lambda sp: abs(sp[0] / length - where))

    def step_conflict(self, step: int) -> str | None:
        """F8 / Shift+F8: the next or previous conflict, wrapping around."""
        if self.index is None:
            return None
        order = [f.id for f in self.index.conflicts()]
        if not order:
            self.message.emit(self.tr("No conflicts between these sources."))
            return None
        if self.current_fact in order:
            i = (order.index(self.current_fact) + step) % len(order)
        else:
            i = 0 if step > 0 else len(order) - 1
        self.select_fact(order[i])
        return order[i]

    # --- sentences -----------------------------------------------------------------------
    def select_sentence(self, sentence_id: str) -> None:
        """A click inside a sentence: light up its aligned sentences in the other panes."""
        index = self.index
        if index is None or sentence_id not in index.sentence:
            return
        src = index.sentence[sentence_id]
        lit = 0
        for doc_id, pane in self.panes.items():
            if doc_id == src.doc:
                pane.set_overlay("aligned", [(src.start, src.end)])
                continue
            best = index.counterparts(sentence_id, doc_id)
            pane.set_overlay("aligned", sorted((s.start, s.end) for s in best))
            if best:
                lit += 1
                pane.scroll_to_span(best[0].start, min(best[0].end, best[0].start + 80))
        if self.stack.currentIndex() == ALIGNED:
            self.synopsis.scroll_to_sentence(sentence_id)
        self.message.emit(
            self.tr("Sentence {id}: reported by {n} other source(s)").format(id=sentence_id, n=lit)
            if lit
            else self.tr("Sentence {id}: no other source reports it").format(id=sentence_id)
        )
        self.sentence_selected.emit(sentence_id)

    def _pane_scrolled(self, doc_id: str) -> None:
        """Synchronised scrolling: keep the other panes at the sentences aligned with this one's top."""
        if not self.sync_scrolling or self._syncing or self.index is None:
            return
        pane = self.panes[doc_id]
        top = self.index.sentence_near(doc_id, pane.top_offset())
        if top is None:
            return
        self._syncing = True
        try:
            for other_id, other in self.panes.items():
                if other_id == doc_id:
                    continue
                target = self.index.sync_target(top.id, other_id)
                if target is not None:
                    other.scroll_offset_to_top(target[0].start)
        finally:
            self._syncing = False

    # --- view ----------------------------------------------------------------------------
    def set_mode(self, mode: int) -> None:
        """Switch Panes ↔ Aligned, keeping the current fact (or the reading position) in view."""
        if mode == self.stack.currentIndex():
            return
        index = self.index
        anchor: str | None = None
        if index is not None:
            if mode == ALIGNED:
                first = next(iter(self.panes.values()), None)
                if first is not None:
                    s = index.sentence_near(first.doc.id, first.top_offset())
                    anchor = s.id if s else None
            else:
                anchor = self.synopsis.top_sentence()
        self.stack.setCurrentIndex(mode)
        if index is None:
            return
        if self.current_fact:
            self.select_fact(self.current_fact)
        elif anchor and mode == ALIGNED:
            self.synopsis.scroll_to_sentence(anchor)
        elif anchor:
            src = index.sentence[anchor]
            self.panes[src.doc].scroll_offset_to_top(src.start)
            self._pane_scrolled(src.doc)

    def reset_zoom(self) -> None:
        """Ctrl+0: back to the default text size."""
        self.zoom(DEFAULT_POINT_SIZE - self.point_size)

    def zoom(self, delta: float) -> None:
        """Ctrl+= / Ctrl+-: one size for every pane and the synopsis."""
        self.point_size = max(MIN_POINT, min(MAX_POINT, self.point_size + delta))
        for pane in self.panes.values():
            pane.set_point_size(self.point_size)
        self.synopsis.synopsis.set_point_size(self.point_size)
        self.synopsis.remeasure()
        self.message.emit(self.tr("Text size {size} pt").format(size=f"{self.point_size:g}"))
