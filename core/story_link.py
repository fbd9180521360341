"""One story linked: its sentences aligned and its numbers grouped into facts (`link_story`), with
the story's own term weights. Nothing here depends on the other stories, so `core.pipeline.link`
maps it over the stories on any executor and keeps the links of a story already linked."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from core.collector import paused_collector
from core.match.align import Similarity, profiles
from core.match.fact_alignments import fact_pairs
from core.match.fact_order import display_order
from core.mentions.registry import families
from core.model import Alignment, Fact, Mention, Sentence, received_text, sent_text
from core.text.arabic import fold_chars


@dataclass(slots=True)
class StoryWork:
    """What linking one story needs: its articles' texts, sentences and mentions."""

    story: str
    texts: dict[str, str]
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled with its texts as UTF-8 made for the pickle, not cached in them (`core.model.sent_text`)."""
        texts = [(doc, sent_text(text)) for doc, text in self.texts.items()]
        return _story_work, (self.story, texts, self.sentences, self.mentions)


def _story_work(
    story: str, texts: list[tuple[str, bytes]], sentences: list[Sentence], mentions: list[Mention]
) -> StoryWork:
    """A StoryWork unpickled (`StoryWork.__reduce__`)."""
    return StoryWork(story, {doc: received_text(data) for doc, data in texts}, sentences, mentions)


@dataclass(slots=True)
class StoryLinks:
    """A story linked: its sentence alignments, its facts (not numbered yet) and the sentence pairs
    that report the same facts (facts named by their first mention, numbered later)."""

    alignments: list[Alignment]
    facts: list[Fact]
    fact_pairs: list[tuple[str, str, tuple[str, ...]]]
    align_time: float
    facts_time: float


def link_story(work: StoryWork) -> StoryLinks:
    """Align the sentences of one story and group its numbers into facts, with the story's own
    term weights: nothing here depends on the other stories, so stories link in any order or place."""
    t0 = time.perf_counter()
    sim: Similarity | None = None
    alignments: list[Alignment] = []
    if len(work.texts) > 1:  # one article's story has nothing to align and its numbers link to none
        folded = {doc: fold_chars(text) for doc, text in work.texts.items()}
        sim = Similarity.of_profiles(profiles(folded, work.sentences, work.mentions, folded=True))
        alignments = sim.align()
    t1 = time.perf_counter()
    facts = [
        fact
        for family in families()
        for fact in family.facts(work.texts, work.sentences, [m for m in work.mentions if m.family == family.name], sim)
    ]
    shared = [f for f in sorted(facts, key=display_order) if f.status != "single"]  # in their final relative order
    pairs = (
        [
            (a, b, tuple(f.mentions[0] for f in common))
            for a, b, common in fact_pairs(alignments, shared, work.mentions, sim)
        ]
        if shared and sim is not None
        else []
    )
    return StoryLinks(alignments, facts, pairs, t1 - t0, time.perf_counter() - t1)


@paused_collector
def link_stories(works: list[StoryWork]) -> list[StoryLinks]:
    """`link_story` of each of WORKS (one task of the map over stories), the cycle collector paused: its
    collections walked the worker's objects again and again (9 % of linking 10,000 articles serially)
    and linking makes no cycle to collect (317 cyclic objects left after linking those 10,000)."""
    return [link_story(w) for w in works]
