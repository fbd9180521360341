"""Runs the stages in order — read, segment, numbers, stories, align, facts — with progress and cancel.

Progress and cancellation are plain callables (DESIGN.md): `progress(done, total, message)` and
`cancelled() -> bool`; the GUI wraps them in a worker that re-emits Qt signals. Per-document work
(`analyze_document`) is separate from cross-document work (`link`) so that a project can re-run
only the articles that changed. Cross-document work happens within a story (core.match.stories), so
a folder of 10,000 articles costs about ten times a folder of 1,000 (bench/scale.py)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.budget import Clock, OverBudget
from core.collector import paused_collector
from core.ids import mention_id, sentence_id
from core.ingest.folder import ProblemSink, read_folder
from core.match.fact_alignments import fact_alignment
from core.match.fact_order import number_facts
from core.match.frame import read_frames
from core.match.sentence_terms import profile_terms
from core.match.stories import TermCounts, counted_terms, group_by_terms, shared_terms
from core.match.story_terms import Terms
from core.match.timeline import order_in_time
from core.mentions.family import Family, Found
from core.mentions.registry import families
from core.model import Analysis, Document, Mention, Problem, Sentence, Story
from core.parallel import Cancelled, ChunkFeed, EarlyPool, chunked, flatten, run_map, worker_count
from core.parts_taken import PartsTaken, unanalysed_problems
from core.progress import ANALYSING, COMPARING, DONE, LISTING, OPENING, said
from core.story_link import StoryLinks, StoryWork, link_stories, link_story
from core.text.arabic import fold_chars, normalize_folded, stems_of, words_of_normalized
from core.text.furniture import furniture_flags
from core.text.segment import sentence_spans

if TYPE_CHECKING:
    from concurrent.futures import Executor

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]
__all__ = [
    "Cancelled",
    "OverBudget",
    "StoryLinks",
    "analyze_document",
    "analyze_folder",
    "link",
    "read_documents",
    "unanalysed_problems",
]


def read_documents(
    folder: str | Path, *, recurse: bool = True, outside_links: bool = False, on_problem: ProblemSink | None = None
) -> tuple[list[Document], list[Problem]]:
    """Documents of a folder and the problems met reading it (see core.ingest.folder)."""
    return read_folder(folder, recurse=recurse, outside_links=outside_links, on_problem=on_problem)


def analyze_document(
    doc: Document, folded: str | None = None, budget: float | None = None
) -> tuple[list[Sentence], list[Mention]]:
    """Sentences (furniture marked) and number mentions of one document, in document offsets.

    FOLDED is `fold_chars(doc.text)` when the caller has it (see `document_parts`). Raises
    OverBudget when it takes more than BUDGET seconds of computing (default: the per-file budget of
    core.budget; `math.inf`: none)."""
    return _analyze_document(doc, folded, Clock(budget, len(doc.text)))[:2]


def _analyze_document(
    doc: Document, folded: str | None, clock: Clock
) -> tuple[list[Sentence], list[Mention], list[str]]:
    """`analyze_document`, and each sentence normalised (`normalize_folded`: furniture and profiles read it)."""
    kinds = families()
    spans = sentence_spans(doc.text)
    clock.check()
    folded = fold_chars(doc.text) if folded is None else folded
    norms = [normalize_folded(folded[start:end]) for start, end in spans]
    flags = furniture_flags(doc.text, spans, folded, norms)
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    for index, ((start, end), furniture) in enumerate(zip(spans, flags, strict=True)):
        sid = sentence_id(doc.id, index + 1)
        sentences.append(Sentence(sid, doc.id, index, start, end, furniture))
        if furniture:
            continue
        clock.check()
        for family, found in _found_in(doc.text[start:end], kinds):
            mentions.append(
                Mention(
                    mention_id(doc.id, len(mentions) + 1),
                    doc.id,
                    sid,
                    start + found.start,
                    start + found.end,
                    found.value,
                    found.kind,
                    found.qualifier,
                    found.counted,
                    found.text,
                    family=family.name,
                )
            )
    # each number's frame (role, subject, aggregation, scope, part) is read from its own article
    settled = _settled(mentions, kinds)
    clock.check()
    return sentences, read_frames({doc.id: doc.text}, sentences, settled, {doc.id: doc.published}), norms


def _found_in(sentence: str, kinds: tuple[Family, ...]) -> list[tuple[Family, Found]]:
    """What each family finds in one sentence, in order of position (a span found by an earlier
    family is not found again by a later one)."""
    if len(kinds) == 1:  # numbers alone, as in every analysis but an experiment's: nothing taken before
        family = kinds[0]
        return sorted([(family, f) for f in family.find(sentence)], key=lambda pair: pair[1].start)
    found: list[tuple[Family, Found]] = []
    taken: list[tuple[int, int]] = []
    for family in kinds:
        for f in family.find(sentence):
            if not taken or not any(f.start < e and s < f.end for s, e in taken):  # the first family: none taken
                found.append((family, f))
        taken.extend((f.start, f.end) for owner, f in found if owner is family)
    return sorted(found, key=lambda pair: pair[1].start)


def _settled(mentions: list[Mention], kinds: tuple[Family, ...]) -> list[Mention]:
    """Each family's per-article pass over its own mentions (ids and order unchanged)."""
    if len(kinds) == 1:
        return kinds[0].settle(mentions)
    settled = {m.id: m for family in kinds for m in family.settle([m for m in mentions if m.family == family.name])}
    return [settled.get(m.id, m) for m in mentions]


DocumentParts = tuple[list[Sentence], list[Mention], TermCounts, list[str], str]


def document_parts(doc: Document, budget: float | None = None, with_search: bool = True) -> DocumentParts:
    """Everything per article: sentences, number mentions, the terms stories are grouped by (its
    sentences' terms counted, `counted_terms`: the profiles they are the terms of are made where a
    story is linked, cheaper than sending them between processes twice; none is made here), each
    sentence's search text (its stems, for the project file's full-text index; none without
    WITH_SEARCH), and "" — or why the article was not analysed.

    A bug met on one odd text, or a text whose analysis runs past the per-file BUDGET (default: that of
    core.budget), costs that text its analysis, not the folder: no sentences come back (a text
    always has one otherwise) and `unanalysed_problems` says so."""
    clock = Clock(budget, len(doc.text))
    try:
        folded = fold_chars(doc.text)  # once: furniture, profiles and search text slice their sentences from it
        sentences, mentions, norms = _analyze_document(doc, folded, clock)  # norms: search text and profiles
        words = {s.id: (norm, words_of_normalized(norm)) for s, norm in zip(sentences, norms, strict=True)}
        search = [" ".join(stems_of(found)) for _, found in words.values()] if with_search else []  # as SENTENCES
        clock.check()
        counts = counted_terms(profile_terms({doc.id: folded}, sentences, mentions, folded=True, words=words))
        clock.check()
        return sentences, mentions, counts, search, ""
    except OverBudget as exc:
        return [], [], {}, [], str(exc)
    except Exception:  # noqa: BLE001 - one document must never lose the folder
        return [], [], {}, [], ""


def _text_weight(doc: Document) -> int:
    """An article's weight in the map over articles: its text in KB, and one."""
    return len(doc.text) // 1000 + 1


def _documents_parts(docs: list[Document]) -> list[DocumentParts]:
    """`document_parts` of a chunk of articles (one task of the map over articles)."""
    return [document_parts(d) for d in docs]


def _documents_parts_unsearched(docs: list[Document]) -> list[DocumentParts]:
    """`_documents_parts` without search texts."""
    return [document_parts(d, with_search=False) for d in docs]


def _terms_of(docs: list[tuple[Document, list[Sentence], list[Mention]]]) -> list[TermCounts]:
    return [counted_terms(profile_terms({d.id: fold_chars(d.text)}, s, m, folded=True)) for d, s, m in docs]


def link(
    analysis: Analysis,
    progress: Progress | None = None,
    *,
    executor: Executor | None = None,
    cancelled: IsCancelled | None = None,
    terms_of: Mapping[str, Terms] | None = None,
    reuse: Callable[[list[Story]], dict[int, StoryLinks]] | None = None,
    vocabulary: Sequence[str] = (),
    meanwhile: Iterator[None] | None = None,
) -> list[str]:
    """Cross-document stages: fill `analysis.stories`, `analysis.alignments` and `analysis.facts`;
    return the ids of the stories linked here (not given by REUSE).

    Articles are grouped into stories first (core.match.stories); sentences are aligned and numbers
    grouped into facts within each story only (`core.story_link.link_story`, mapped over the stories on EXECUTOR),
    with that story's own term weights, so a story's results do not depend on what else is in the
    folder and the work grows with the stories. TERMS_OF holds the terms of each article already
    counted (`document_parts`, or a project file: `ListedTerms` numbered in VOCABULARY); the missing
    ones are counted here and added to `analysis.doc_terms`. REUSE gives, of the stories grouped,
    {place: links} of those already linked before (same articles, same bytes), so that only new
    stories are linked.
    MEANWHILE: work of this process in steps (an iterator), taken while the stories are linked
    (`core.parallel.run_map`)."""
    t0 = time.perf_counter()
    sentences_of: dict[str, list[Sentence]] = {d.id: [] for d in analysis.documents}
    mentions_of: dict[str, list[Mention]] = {d.id: [] for d in analysis.documents}
    for sentence in analysis.sentences:
        sentences_of[sentence.doc].append(sentence)
    for mention in analysis.mentions:
        mentions_of[mention.doc].append(mention)
    known: dict[str, Terms] = dict(terms_of or {})
    missing = [(d, sentences_of[d.id], mentions_of[d.id]) for d in analysis.documents if d.id not in known]
    if missing:
        made = run_map(_terms_of, chunked(missing, worker_count(executor)), executor, cancelled=cancelled)
        counted = {d.id: shared_terms(c) for (d, _, _), c in zip(missing, flatten(made), strict=True)}
        analysis.doc_terms.update(counted)  # for the project file
        known.update(counted)
    terms = [known[d.id] for d in analysis.documents]
    analysis.stories = group_by_terms(analysis.documents, terms, vocabulary=vocabulary)
    del terms
    del known
    t1 = time.perf_counter()
    texts = {d.id: d.text for d in analysis.documents}
    works = []
    alone: dict[int, StoryWork] = {}
    linked_here: dict[int, StoryLinks] = {}
    kept = reuse(analysis.stories) if reuse is not None else {}
    for k, story in enumerate(analysis.stories):
        if k in kept:
            continue
        work = StoryWork(story.id, {doc: texts[doc] for doc in story.documents})
        for doc in story.documents:
            work.sentences.extend(sentences_of[doc])
            work.mentions.extend(mentions_of[doc])
        if executor is not None and len(story.documents) == 1:
            alone[k] = work  # linked here: sending it costs more than linking it (`_link_here`)
        else:
            works.append(work)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, said(COMPARING))

    def weight(work: StoryWork) -> int:  # pairs of sentences compared
        compared = sum(not s.furniture for s in work.sentences)
        return compared**2 // 100 + compared + 1

    chunks = chunked(works, worker_count(executor), weight)
    del works

    def take_steps() -> None:
        _link_here(alone, linked_here, cancelled)
        for _ in meanwhile or ():
            pass

    fresh = iter(flatten(run_map(link_stories, chunks, executor, report, cancelled, take_steps)))
    linked = [kept.get(k) or linked_here.get(k) or next(fresh) for k in range(len(analysis.stories))]
    analysis.facts = number_facts([f for links in linked for f in links.facts])
    numbered = {f.mentions[0]: f for f in analysis.facts}
    analysis.alignments = [
        al
        for links in linked
        for al in links.alignments
        + [fact_alignment(a, b, [numbered[k] for k in keys]) for a, b, keys in links.fact_pairs]
    ]
    order_in_time(analysis)
    align, facts = sum(x.align_time for x in linked), sum(x.facts_time for x in linked)
    analysis.timings.update(stories=t1 - t0, align=align, facts=facts, link=time.perf_counter() - t1)
    return [story.id for k, story in enumerate(analysis.stories) if k not in kept]


def _link_here(works: dict[int, StoryWork], into: dict[int, StoryLinks], cancelled: IsCancelled | None) -> None:
    """Link WORKS ({story's place: work}) in this process, into INTO, while the executor links the others.

    A story of one article has nothing to align, only its numbers to list as facts: at 10,000 articles
    its 4,849 such stories took 1.5 s to link and 2.5 s to send to a worker and back."""
    for n, (k, work) in enumerate(works.items()):
        if n % 100 == 0 and cancelled is not None and cancelled():
            raise Cancelled()
        into[k] = link_story(work)


@paused_collector  # this process keeps every item; full collections walked them all (2.0 s of 11.6 at 10,000)
def analyze_folder(
    folder: str | Path,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    *,
    recurse: bool = True,
    jobs: int | None = None,
    executor: Executor | None = None,
    outside_links: bool = False,
    on_problem: ProblemSink | None = None,
    known: Callable[[Path], Document | None] | None = None,
    analysed: Callable[[Analysis], Iterator[None]] | None = None,
    search_texts: bool = True,
) -> Analysis:
    """Analyse every article of a folder (and of its subfolders unless `recurse` is False).

    The maps over articles and stories run on EXECUTOR when given (a process pool, Dask's
    `Client.get_executor()`…), else on a pool of JOBS processes (default: every core; 1 runs
    in this process). The result is the same whatever runs it. `outside_links`: read links that
    lead out of the folder; `on_problem(problem)`: called for each problem as soon as it is found;
    `known(path)`: a file's Document already read (a preview's), not decoded again;
    `analysed(analysis)`: work in steps (an iterator) on the analysis whose articles are all analysed
    (documents, problems, sentences, mentions, terms and search texts final), taken while its stories
    are linked (`link`): a project file writes those rows meanwhile. `search_texts`: make each
    sentence's (for a project file's index: 10,000 articles' weighed 35 MB in this process).
    Raises core.ingest.folder.FolderError, Cancelled."""

    def report(done: int, total: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total, message)

    t0 = time.perf_counter()
    analysis = Analysis(folder=str(folder))
    report(0, 1, said(LISTING))
    early = EarlyPool(jobs if executor is None else 1)  # started while reading when the folder is large
    feed: ChunkFeed[Document, list[DocumentParts]] = ChunkFeed(
        _documents_parts if search_texts else _documents_parts_unsearched, _text_weight
    )
    if executor is not None:
        feed.start(executor)
    taken = PartsTaken(analysis)  # each article's parts as soon as they are back, not all at the end

    def read(doc: Document) -> None:
        taken.sent(doc)
        feed.add(doc)
        for chunk in feed.ready():
            taken.take(chunk)

    def opening(done: int, of: int, path: str) -> None:
        early.start_for(of)
        if early.pool is not None:
            feed.start(early.pool)  # articles go to the workers as they are read
        feed.expect(of)
        report(done, of + 1, said(OPENING, path))  # cancellable between files

    with early:
        try:
            analysis.documents, analysis.problems = read_folder(
                folder,
                recurse=recurse,
                outside_links=outside_links,
                on_problem=on_problem,
                progress=opening,
                known=known,
                text_keys=analysis.text_keys,
                on_document=read,
            )
        except BaseException:
            feed.cancel()
            raise
        analysis.timings["read"] = time.perf_counter() - t0
        documents = analysis.documents
        total = len(documents) + 1
        runner = feed.executor if feed.executor is not None else early.executor_for(len(documents))
        run = feed.finish(runner)
        t1 = time.perf_counter()
        sizes = feed.sizes

        def articles_done(done_chunks: int, _of: int) -> None:
            done = sum(sizes[:done_chunks])
            report(done, total, said(ANALYSING, Path(documents[min(done, len(documents) - 1)].path).name))

        for chunk in run.results(articles_done, cancelled):
            taken.take(chunk)
        analysis.term_vocabulary = taken.numbering.vocabulary
        analysis.timings["documents"] = time.perf_counter() - t1
        for trouble in unanalysed_problems(
            documents, analysis.sentences, str(folder), taken.refused
        ):  # told before linking
            analysis.problems.append(trouble)
            if on_problem is not None:
                on_problem(trouble)
        report(total - 1, total, said(COMPARING))
        if runner is early.pool:  # our own pool (not a caller's executor): fresh workers link the stories
            runner = early.renewed(len(documents))
        link(
            analysis,
            lambda done, of, message: report(total - 1, total, message),
            executor=runner,
            cancelled=cancelled,
            terms_of=analysis.doc_terms,
            vocabulary=analysis.term_vocabulary,
            meanwhile=None if analysed is None else analysed(analysis),
        )
    report(total, total, said(DONE))
    analysis.timings["total"] = time.perf_counter() - t0
    return analysis
