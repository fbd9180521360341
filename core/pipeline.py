"""Runs the stages in order — read, segment, numbers, stories, align, facts — with progress and cancel.

Progress and cancellation are plain callables (DESIGN.md): `progress(done, total, message)` and
`cancelled() -> bool`; the GUI wraps them in a worker that re-emits Qt signals. Per-document work
(`analyze_document`) is separate from cross-document work (`link`) so that a project can re-run
only the articles that changed. Cross-document work happens within a story (core.match.stories), so a
folder of 10,000 articles costs about ten times a folder of 1,000 (bench/scale.py).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from core.ids import mention_id, sentence_id
from core.ingest.folder import read_folder
from core.match.align import Profile, Similarity, profiles, with_fact_alignments
from core.match.facts import build_facts, number_facts
from core.match.frame import read_frames
from core.match.stories import group_stories
from core.mentions.numbers import find_numbers
from core.model import Alignment, Analysis, Document, Fact, Mention, Problem, Sentence
from core.text.furniture import furniture_flags
from core.text.segment import sentence_spans

SKIPPED_KINDS = frozenset({"ordinal"})
"""Free-standing ordinals («للمرة الثانية») are rarely facts; ordinals in dates are read as dates."""
Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled the analysis; nothing partial is returned."""


def read_documents(folder: str | Path, *, recurse: bool = True) -> tuple[list[Document], list[Problem]]:
    """Documents of a folder and the problems met reading it (see core.ingest.folder)."""
    return read_folder(folder, recurse=recurse)


def analyze_document(doc: Document) -> tuple[list[Sentence], list[Mention]]:
    """Sentences (furniture marked) and number mentions of one document, in document offsets."""
    spans = sentence_spans(doc.text)
    flags = furniture_flags(doc.text, spans)
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    for index, ((start, end), furniture) in enumerate(zip(spans, flags, strict=True)):
        sid = sentence_id(doc.id, index + 1)
        sentences.append(Sentence(sid, doc.id, index, start, end, furniture))
        if furniture:
            continue
        for n in find_numbers(doc.text[start:end]):
            if n.kind in SKIPPED_KINDS:
                continue
            mentions.append(
                Mention(
                    mention_id(doc.id, len(mentions) + 1),
                    doc.id,
                    sid,
                    start + n.start,
                    start + n.end,
                    n.value,
                    n.kind,
                    n.qualifier,
                    n.counted,
                    n.text,
                )
            )
    return sentences, mentions


def link(analysis: Analysis, progress: Progress | None = None) -> None:
    """Cross-document stages: fill `analysis.stories`, `analysis.alignments` and `analysis.facts`.

    Articles are grouped into stories first (core.match.stories); sentences are aligned and numbers
    grouped into facts within each story only, with that story's own term weights, so a story's
    results do not depend on what else is in the folder and the work grows with the stories."""
    texts = {d.id: d.text for d in analysis.documents}
    tf = time.perf_counter()
    analysis.mentions = read_frames(
        texts, analysis.sentences, analysis.mentions, {d.id: d.published for d in analysis.documents}
    )
    analysis.timings["frames"] = time.perf_counter() - tf
    t0 = time.perf_counter()
    profs = profiles(texts, analysis.sentences, analysis.mentions)
    analysis.stories = group_stories(analysis.documents, profs)
    t1 = time.perf_counter()
    story_of = {doc: story.id for story in analysis.stories for doc in story.documents}
    by_story_profiles: dict[str, list[Profile]] = defaultdict(list)
    by_story_sentences: dict[str, list[Sentence]] = defaultdict(list)
    by_story_mentions: dict[str, list[Mention]] = defaultdict(list)
    for p in profs:
        by_story_profiles[story_of[p.doc]].append(p)
    for sentence in analysis.sentences:
        by_story_sentences[story_of[sentence.doc]].append(sentence)
    for mention in analysis.mentions:
        by_story_mentions[story_of[mention.doc]].append(mention)
    sims: dict[str, Similarity] = {}
    story_alignments: dict[str, list[Alignment]] = {}
    facts: list[Fact] = []
    align_time = 0.0
    for k, story in enumerate(analysis.stories):
        if progress is not None and k % 200 == 0:
            progress(k, len(analysis.stories), "comparing articles")
        ta = time.perf_counter()
        sim = sims[story.id] = Similarity.of_profiles(by_story_profiles[story.id])
        if len(story.documents) > 1:
            story_alignments[story.id] = sim.align()
        align_time += time.perf_counter() - ta
        facts.extend(build_facts(texts, by_story_sentences[story.id], by_story_mentions[story.id], sim))
    analysis.facts = number_facts(facts)
    fact_story: dict[str, list[Fact]] = defaultdict(list)
    doc_of = {m.id: m.doc for m in analysis.mentions}
    for fact in analysis.facts:
        if fact.status != "single":
            fact_story[story_of[doc_of[fact.mentions[0]]]].append(fact)
    for sid, story_facts in fact_story.items():
        story_alignments[sid] = with_fact_alignments(
            story_alignments.get(sid, []), story_facts, by_story_mentions[sid], sims[sid]
        )
    analysis.alignments = [al for story in analysis.stories for al in story_alignments.get(story.id, [])]
    t2 = time.perf_counter()
    analysis.timings["stories"] = t1 - t0
    analysis.timings["align"] = align_time
    analysis.timings["facts"] = t2 - t1 - align_time


def analyze_folder(
    folder: str | Path, progress: Progress | None = None, cancelled: IsCancelled | None = None, *, recurse: bool = True
) -> Analysis:
    """Analyse every article of a folder (and of its subfolders unless `recurse` is False).

    Raises core.ingest.folder.FolderError, Cancelled."""

    def report(done: int, total: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total, message)

    t0 = time.perf_counter()
    analysis = Analysis(folder=str(folder))
    report(0, 1, "reading files")
    analysis.documents, analysis.problems = read_documents(folder, recurse=recurse)
    analysis.timings["read"] = time.perf_counter() - t0
    total = len(analysis.documents) + 1
    t1 = time.perf_counter()
    for i, doc in enumerate(analysis.documents):
        report(i, total, f"reading {Path(doc.path).name}")
        sentences, mentions = analyze_document(doc)
        analysis.sentences.extend(sentences)
        analysis.mentions.extend(mentions)
    analysis.timings["documents"] = time.perf_counter() - t1
    report(total - 1, total, "comparing articles")
    link(analysis, lambda done, of, message: report(total - 1, total, message))
    report(total, total, "done")
    analysis.timings["total"] = time.perf_counter() - t0
    return analysis
