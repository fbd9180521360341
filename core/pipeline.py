"""Runs the stages in order — read, segment, numbers, align, facts — with progress and cancel.

Progress and cancellation are plain callables (DESIGN.md): `progress(done, total, message)` and
`cancelled() -> bool`; the GUI wraps them in a worker that re-emits Qt signals. Per-document work
(`analyze_document`) is separate from cross-document work (`link`) so that a project can re-run
only the articles that changed.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from core.align import Similarity, with_fact_alignments
from core.facts import build_facts
from core.furniture import furniture_flags
from core.ingest import read_folder
from core.model import Analysis, Document, Mention, Problem, Sentence
from core.numbers import find_numbers
from core.segment import sentence_spans

SKIPPED_KINDS = frozenset({"ordinal"})
"""Free-standing ordinals («للمرة الثانية») are rarely facts; ordinals in dates are read as dates."""
Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled the analysis; nothing partial is returned."""


def read_documents(folder: str | Path) -> tuple[list[Document], list[Problem]]:
    """Documents of a folder and the problems met reading it (see core.ingest)."""
    return read_folder(folder)


def analyze_document(doc: Document) -> tuple[list[Sentence], list[Mention]]:
    """Sentences (furniture marked) and number mentions of one document, in document offsets."""
    spans = sentence_spans(doc.text)
    flags = furniture_flags(doc.text, spans)
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    for index, ((start, end), furniture) in enumerate(zip(spans, flags, strict=True)):
        sid = f"{doc.id}.s{index + 1}"
        sentences.append(Sentence(sid, doc.id, index, start, end, furniture))
        if furniture:
            continue
        for n in find_numbers(doc.text[start:end]):
            if n.kind in SKIPPED_KINDS:
                continue
            mentions.append(Mention(f"{doc.id}.m{len(mentions) + 1}", doc.id, sid, start + n.start,
                                    start + n.end, n.value, n.kind, n.qualifier, n.counted, n.text))
    return sentences, mentions


def link(analysis: Analysis) -> None:
    """Cross-document stages: fill `analysis.alignments` and `analysis.facts`."""
    texts = {d.id: d.text for d in analysis.documents}
    t0 = time.perf_counter()
    sim = Similarity(texts, analysis.sentences, analysis.mentions)
    analysis.alignments = sim.align()
    t1 = time.perf_counter()
    analysis.facts = build_facts(texts, analysis.sentences, analysis.mentions, sim)
    analysis.alignments = with_fact_alignments(analysis.alignments, analysis.facts, analysis.mentions, sim)
    analysis.timings["align"] = t1 - t0
    analysis.timings["facts"] = time.perf_counter() - t1


def analyze_folder(folder: str | Path, progress: Progress | None = None,
                   cancelled: IsCancelled | None = None) -> Analysis:
    """Analyse every article of a folder. Raises core.ingest.FolderError, Cancelled."""
    def report(done: int, total: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total, message)

    t0 = time.perf_counter()
    analysis = Analysis(folder=str(folder))
    report(0, 1, "reading files")
    analysis.documents, analysis.problems = read_documents(folder)
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
    link(analysis)
    report(total, total, "done")
    analysis.timings["total"] = time.perf_counter() - t0
    return analysis
