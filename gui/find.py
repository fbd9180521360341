"""Find in all articles: the find bar, the results panel and the reader, wired together.

The query is searched in every article of the current story (with "Whole folder", of every story),
whatever is on screen: the panes show only some articles of a big story, and a checker who sees
"no hits" must be able to trust that the word is absent. The hits are marked in the panes shown and
listed per article in the results panel; choosing a hit in an article that is not shown (from the
panel, or with Enter in the find bar) opens that article, and its story if needed, then goes to it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from core.model import Document
from core.text.search import Hit, keep_keys, made_keys, missing_keys
from gui.background import Background
from gui.search_results import SearchResultsDock

if TYPE_CHECKING:
    from gui.facts_dock import FactsDock
    from gui.reader import Reader
    from gui.search_bar import SearchBar
    from gui.shell import WindowShell
    from gui.story_view import StoryView

SEARCH_DELAY_MS = 150
KEYS_HERE_UP_TO = 200
"""Articles whose search keys (core.text.search) may be made on the window's thread during a search;
more (the whole folder, the first time) are made on a thread first: 10,000 took 0.9 s."""


class Find(QObject):
    """Owns the search scope, the results dock and what a chosen hit does."""

    def __init__(
        self, shell: WindowShell, reader: Reader, bar: SearchBar, facts: FactsDock, stories: StoryView
    ) -> None:
        super().__init__(shell.widget)
        self.shell, self.reader, self.bar, self.stories = shell, reader, bar, stories
        self.dock = SearchResultsDock(shell.widget)
        shell.add_dock(self.dock, tab_with=facts)
        facts.raise_()
        self.dock.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self._pending: Hit | None = None
        self.background = Background(self)
        self._making_keys = False
        self._after_keys: Callable[[], None] | None = None
        self.bar.query_changed.connect(lambda _q: self._timer.start())  # not on every key of a word
        self.bar.field.next_requested.connect(lambda: self.step(1))
        self.bar.field.previous_requested.connect(lambda: self.step(-1))
        self.bar.field.cleared.connect(self.clear)
        self.dock.hit_chosen.connect(self.open_hit)
        self.dock.document_chosen.connect(lambda doc_id: self.open_hit(None, doc_id))
        self.dock.scope_changed.connect(lambda _on: self.run())
        stories.story_shown.connect(lambda _id: self.refresh())
        shell.analysis_ready.connect(lambda _a: self.refresh())

    def scope(self) -> list[Document]:
        """The articles searched: the current story's, or the folder's; the panes' before an analysis."""
        stories = self.stories
        analysis = self.shell.analysis
        if analysis is None or not stories.current():
            return [p.doc for p in self.reader.panes.values()]
        if self.dock.whole_folder.isChecked() or stories.story is None:
            return list(analysis.documents)
        return list(stories.story.documents)

    def run(self) -> None:
        """Search the scope for the find bar's text, list the hits, raise the panel."""
        self._timer.stop()
        query = self.bar.field.text()
        docs = self.scope()
        if query.strip() and not self._keys_ready(docs, self.run):
            return
        total = self.reader.search(query, docs)
        self._show(query, docs)
        self.bar.show_count(0, total, len({h.doc for h in self.reader.hits}))
        if query.strip():
            self.dock.show()
            self.dock.raise_()

    def refresh(self) -> None:
        """The panes were rebuilt (another story, an article added): search again, keep the current hit."""
        analysis = self.shell.analysis
        self.dock.set_several_stories(analysis is not None and len(analysis.stories) > 1)
        if not self.bar.field.text().strip() or not self._keys_ready(self.scope(), self.refresh):
            return
        current = self._pending or (
            self.reader.hits[self.reader.hit_pos] if 0 <= self.reader.hit_pos < len(self.reader.hits) else None
        )
        self._pending = None
        docs = self.scope()
        self.reader.search(self.bar.field.text(), docs)
        self._show(self.bar.field.text(), docs)
        if current is not None and current in self.reader.hits:
            self.shell.show_document(current.doc, focus=False)
            self.reader.show_hit(current)
            self.dock.select_hit(current)
            self._count()
        else:
            self.bar.show_count(0, len(self.reader.hits), len({h.doc for h in self.reader.hits}))

    def _keys_ready(self, docs: list[Document], then: Callable[[], None]) -> bool:
        """True when DOCS can be searched now; else their search keys are made on a thread, and
        THEN runs once they are (the window answers meanwhile)."""
        if self._making_keys:
            self._after_keys = then
            return False
        missing = missing_keys(d.text for d in docs)
        if len(missing) <= KEYS_HERE_UP_TO:
            return True
        self._making_keys, self._after_keys = True, then
        analysis = self.shell.analysis
        self.shell.show_status(self.tr("Preparing to search {n} articles …").format(n=len(docs)))
        self.background.run(partial(made_keys, missing), lambda keys: self._keys_made(keys, analysis))
        return False

    def _keys_made(self, keys: dict[str, bytes], analysis: object) -> None:
        self._making_keys = False
        if analysis is self.shell.analysis:  # else made for texts no longer shown: dropped
            keep_keys(keys)
        then, self._after_keys = self._after_keys, None
        if then is not None:
            then()

    def _show(self, query: str, docs: list[Document]) -> None:
        self.dock.show_hits(query, self.reader.hits, docs, set(self.reader.panes))

    def _count(self) -> None:
        hits = self.reader.hits
        self.bar.show_count(self.reader.hit_pos + 1, len(hits), len({h.doc for h in hits}))

    def step(self, step: int) -> None:
        """Enter / Shift+Enter in the find bar: the next / previous hit, opening its article if needed."""
        if self._timer.isActive():
            self.run()
        hit = self.reader.step_hit(step)
        if hit is None:
            return
        self._count()
        self.dock.select_hit(hit)
        if hit.doc not in self.reader.panes:
            self.open_hit(hit)

    def open_hit(self, hit: Hit | None, doc_id: str | None = None) -> None:
        """Go to HIT (or to the article DOC_ID): open its article (and story) when not on screen."""
        target = hit.doc if hit is not None else doc_id
        if target is None:
            return
        if target in self.reader.panes:
            self.shell.show_document(target, focus=hit is None)
            if hit is not None:
                self.reader.show_hit(hit)
                self._count()
            return
        self._pending = hit
        self.shell.show_status(self.tr("Opening the article …"))
        self.stories.open_document(target)

    def clear(self) -> None:
        """Esc in the find bar (or Clear marks): no query, no hits, an empty panel."""
        self._timer.stop()
        self.reader.clear()
        self.dock.show_hits("", [], [], set())
        self.bar.show_count(0, 0, 0)
