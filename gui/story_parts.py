"""Cutting one story out of a big analysis in a few milliseconds, whatever the folder's size.

`core.match.stories.story_analysis` scans every sentence, mention, alignment and fact of the folder:
~40 ms for 10,000 articles, on the GUI thread at each story switch. `StoryParts` sorts them once
into per-article buckets, a few milliseconds per event-loop turn after the analysis arrives (`step()`), and
then cuts a story by gathering its articles' buckets: the same Analysis as `story_analysis`
(same items, same order), at a cost that grows with the story, not the folder.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from core.ids import doc_of
from core.match.copies import copy_groups
from core.model import Alignment, Analysis, Fact, Mention, Sentence, Story
from gui.article_picker import default_shown
from gui.index import AnalysisIndex

STEP_S = 0.006
"""Time sorting items into buckets per step (the window answers between two)."""
CHECK_EVERY = 512
"""Items sorted between two looks at the clock (~0.3 ms)."""


def run_for(work: Iterator[None], budget_s: float = STEP_S) -> bool:
    """Run WORK (a generator that pauses often) for about BUDGET_S seconds; True once it is done."""
    deadline = time.perf_counter() + budget_s
    for _ in work:
        if time.perf_counter() >= deadline:
            return False
    return True


class Buckets:
    """One article's sentences, mentions, alignments (by their first sentence) and facts (by their
    first mention), each with its place in the analysis' lists."""

    __slots__ = ("sentences", "mentions", "alignments", "facts")

    def __init__(self) -> None:
        self.sentences: list[tuple[int, Sentence]] = []
        self.mentions: list[tuple[int, Mention]] = []
        self.alignments: list[tuple[int, Alignment]] = []
        self.facts: list[tuple[int, Fact]] = []


class StoryParts:
    """Per-article buckets of one Analysis, filled by `step()` calls; `cut(story_id)` any time."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.buckets: dict[str, Buckets] = {}
        """Made on first use: 10,000 empty ones up front cost a stall of their own."""
        self._document = {d.id: d for d in analysis.documents}
        self._place = {d.id: i for i, d in enumerate(analysis.documents)}
        self.ready = False
        self._work = self._fill()

    def _bucket(self, doc_id: str) -> Buckets:
        bucket = self.buckets.get(doc_id)
        if bucket is None:
            bucket = self.buckets[doc_id] = Buckets()
        return bucket

    def _fill(self) -> Iterator[None]:
        """Yields every CHECK_EVERY items, whichever list they are in."""
        a = self.analysis
        for i, s in enumerate(a.sentences):
            self._bucket(s.doc).sentences.append((i, s))
            if i % CHECK_EVERY == 0:
                yield
        for i, m in enumerate(a.mentions):
            self._bucket(m.doc).mentions.append((i, m))
            if i % CHECK_EVERY == 0:
                yield
        for i, al in enumerate(a.alignments):
            self._bucket(doc_of(al.a)).alignments.append((i, al))
            if i % CHECK_EVERY == 0:
                yield
        for i, f in enumerate(a.facts):
            if f.mentions:
                self._bucket(doc_of(f.mentions[0])).facts.append((i, f))
            if i % CHECK_EVERY == 0:
                yield

    def step(self, budget_s: float = STEP_S) -> bool:
        """Sort items into the buckets for about BUDGET_S seconds; True once all are sorted."""
        if not self.ready:
            self.ready = run_for(self._work, budget_s)
        return self.ready

    def cut(self, story_id: str) -> Analysis:
        """The story as an Analysis of its own (like `core.match.stories.story_analysis`); asked
        before every slice is sorted (the window never does), it sorts the rest first."""
        while not self.step():
            pass
        (story,) = [s for s in self.analysis.stories if s.id == story_id]
        return self._gather(story)

    def _gather(self, story: Story) -> Analysis:
        a = self.analysis
        parts = [self.buckets[d] for d in story.documents if d in self.buckets]

        def first(x: tuple[int, object]) -> int:
            return x[0]

        return Analysis(
            folder=a.folder,
            documents=sorted(
                (self._document[d] for d in story.documents if d in self._document), key=lambda d: self._place[d.id]
            ),
            sentences=[s for _, s in sorted((x for p in parts for x in p.sentences), key=first)],
            mentions=[m for _, m in sorted((x for p in parts for x in p.mentions), key=first)],
            alignments=[al for _, al in sorted((x for p in parts for x in p.alignments), key=first)],
            facts=[f for _, f in sorted((x for p in parts for x in p.facts), key=first)],
            problems=list(a.problems),
            stories=[story],
            timings=dict(a.timings),
        )


def restrict(analysis: Analysis, doc_ids: list[str]) -> Analysis:
    """ANALYSIS with only the articles DOC_IDS (and their sentences, mentions, alignments).

    Every fact is kept, with its verdict: a number shown in red is in conflict with a source of
    the story even when that source is not on screen (the facts matrix shows it)."""
    keep = set(doc_ids)
    return Analysis(
        folder=analysis.folder,
        documents=[d for d in analysis.documents if d.id in keep],
        sentences=[s for s in analysis.sentences if s.doc in keep],
        mentions=[m for m in analysis.mentions if m.doc in keep],
        alignments=[a for a in analysis.alignments if doc_of(a.a) in keep and doc_of(a.b) in keep],
        facts=list(analysis.facts),
        problems=analysis.problems,
        stories=analysis.stories,
        timings=analysis.timings,
    )


@dataclass(frozen=True)
class PreparedStory:
    """What showing a story needs, computed off the GUI thread (`gui.story_view.StoryView._show`)."""

    story: Analysis
    copies: list[list[str]]
    story_index: AnalysisIndex
    """The whole story (the facts matrix)."""
    view_index: AnalysisIndex
    """The articles side by side (the panes and the synopsis)."""


def prepared_story(story: Analysis, picked: list[str] | None, copies: list[list[str]] | None) -> PreparedStory:
    """What showing STORY needs. PICKED (the articles chosen side by side) and COPIES (its articles
    grouped by copies) are those remembered for a story of its id, and may be of another analysis
    (the folder brought up to date meanwhile): articles not in STORY are left out of them."""
    copies = story_copies(story, copies)
    ids = {d.id for d in story.documents}
    shown = [d for d in picked or () if d in ids] or default_shown(story, copies)
    story_index = AnalysisIndex(story)
    whole = len(shown) == len(story.documents)
    view_index = story_index if whole else AnalysisIndex(restrict(story, shown))
    return PreparedStory(story, copies, story_index, view_index)


def story_copies(story: Analysis, copies: list[list[str]] | None) -> list[list[str]]:
    """COPIES when they group exactly STORY's articles, else STORY's copy groups made again."""
    if copies is not None and {d for group in copies for d in group} == {d.id for d in story.documents}:
        return copies
    return copy_groups(story.documents)
