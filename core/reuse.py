"""What a re-analysis takes from the stored analysis: the sentences and mentions of unchanged articles
(`reuse_unchanged`), and the links of unchanged stories, so that only the stories whose articles
changed are linked (`stored_links`; issue 14: relinking the whole folder was 62 % of adding 10 articles).

A story's alignments and facts depend on its own articles only (core.pipeline.link_story): a story
made of the same articles, byte for byte, as a stored one has the stored links, with ids renamed
where articles were renumbered (d3 → d4 when an article was added before it) — as long as the
renaming keeps the ids' order as text: linking compares ids as text where it orders (a fact's
numbers by article, `core.match.facts`; links, `core.match.linkage`), and "d10" comes before
"d9", so a story whose d9 and d10 become d8 and d9 is linked again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import chain, compress, count, islice, repeat
from operator import add, attrgetter, getitem
from pathlib import Path
from typing import Any

from core import pipeline
from core.ingest.folder import storable
from core.manifest import Manifest
from core.match.align import FACT_SCORE
from core.match.reasons import renamed_reasons
from core.model import Alignment, Analysis, Document, Fact, Mention, Reason, Sentence, Story
from core.pipeline import StoryLinks
from core.progress import ANALYSING, COMPARING, said
from core.store.columns import from_columns
from core.store.records import relative_path

_DOC_ID = re.compile(r"\bd\d+\b")
"""A document id in a fact's explanation ("… 11.8 (d21, d33) vs …")."""
FACT_WHY = "both report "
"""How `core.match.align.fact_alignment` explains a pair aligned for its facts."""


def unchanged_documents(old: Analysis, folder: Path, on_disk: Manifest | None) -> Callable[[Path], Document | None]:
    """For `core.ingest.folder.read_folder(known=…)`: the stored Document of an article file whose
    bytes are those stored (by the manifest just made), when reading it gave no problem then; such
    a file is not read again (reading and decoding was a fifth of adding 10 articles to 1,000)."""
    with_problems = {p.path for p in old.problems}
    stored = {relative_path(d.path, folder): d for d in old.documents}
    hashes = on_disk.hashes if on_disk is not None else {}

    def known(path: Path) -> Document | None:
        name = storable(str(path))
        rel = relative_path(name, folder)
        doc = stored.get(rel)
        if doc is None or hashes.get(rel) != doc.sha256 or rel in with_problems:
            return None
        return doc if doc.path == name else replace(doc, path=name)

    return known


def stored_links(old: Analysis, new: Analysis, folder: str | Path) -> Callable[[Story], StoryLinks | None]:
    """For a story of NEW, its links as stored in OLD when OLD had a story of exactly its articles."""
    old_key = {d.id: (relative_path(d.path, folder), d.sha256) for d in old.documents}
    new_key = {d.id: (relative_path(d.path, folder), d.sha256) for d in new.documents}
    old_id = {key: doc for doc, key in old_key.items()}
    story_of = {doc: s.id for s in old.stories for doc in s.documents}
    by_docs = {frozenset(old_key[d] for d in s.documents): s for s in old.stories}
    alignments: dict[str, list[Alignment]] = {s.id: [] for s in old.stories}
    facts: dict[str, list[Fact]] = {s.id: [] for s in old.stories}
    for al in old.alignments:  # in stored order: the order a fresh link gives
        alignments[story_of[_doc(al.a)]].append(al)
    for fact in old.facts:
        facts[story_of[_doc(fact.mentions[0])]].append(fact)
    fact_by_id = {f.id: f for f in old.facts}

    def links(story: Story) -> StoryLinks | None:
        before = by_docs.get(frozenset(new_key[d] for d in story.documents))
        if before is None:
            return None
        renamed = {old_id[new_key[d]]: d for d in story.documents}
        if not _same_text_order(renamed):
            return None

        def rename(item: str) -> str:
            doc, dot, rest = item.partition(".")
            return renamed[doc] + dot + rest

        kept: list[Alignment] = []
        pairs: list[tuple[str, str, tuple[str, ...]]] = []
        same_ids = all(old_doc == new_doc for old_doc, new_doc in renamed.items())
        for al in alignments[before.id]:
            if al.score == FACT_SCORE and al.why.startswith(FACT_WHY):
                ids = al.why[len(FACT_WHY) :].split(": ", 1)[0].split(", ")
                pairs.append((rename(al.a), rename(al.b), tuple(rename(fact_by_id[i].mentions[0]) for i in ids)))
            else:
                kept.append(al if same_ids else Alignment(rename(al.a), rename(al.b), al.score, al.why))
        if same_ids:
            return StoryLinks(kept, facts[before.id], pairs, 0.0, 0.0)
        reasons: dict[tuple[Reason, ...], tuple[Reason, ...]] = {}  # facts of one article share theirs

        def renamed_reasons_of(f: Fact) -> tuple[Reason, ...]:
            done = reasons.get(f.reasons)
            if done is None:
                done = reasons[f.reasons] = renamed_reasons(f.reasons, rename, lambda d: renamed.get(d, d))
            return done

        own = [
            Fact(
                f.id,
                f.status,
                tuple(map(rename, f.mentions)),
                f.label,
                _DOC_ID.sub(lambda m: renamed.get(m.group(), m.group()), f.explanation) if f.explanation else "",
                f.counted,
                f.kind,
                renamed_reasons_of(f),
                f.review,
            )
            for f in facts[before.id]
        ]
        return StoryLinks(kept, own, pairs, 0.0, 0.0)

    return links


def _same_text_order(renamed: dict[str, str]) -> bool:
    """RENAMED ({old id: new id}) puts the ids in the same order as text ("d10" < "d9")."""
    olds = sorted(renamed)
    return sorted(renamed.values()) == [renamed[old] for old in olds]


def _doc(item: str) -> str:
    return item.split(".", 1)[0]


def reuse_unchanged(
    old: Analysis,
    documents: list[Document],
    folder: Path,
    progress: pipeline.Progress | None,
    cancelled: pipeline.IsCancelled | None,
) -> tuple[Analysis, list[str], dict[str, str]]:
    """Sentences and mentions of DOCUMENTS: stored ones for unchanged articles (ids renumbered when an
    article was added or removed before them), `document_parts` for the others (their term counts
    and search texts go to `doc_terms` and `search_texts`, as in a fresh analysis). Also returns
    the relative paths analysed and {document id: stored id} of the articles taken from OLD."""
    old_docs = {relative_path(d.path, folder): d for d in old.documents}
    old_sentences: dict[str, list[Sentence]] = {}
    old_mentions: dict[str, list[Mention]] = {}
    for s in old.sentences:
        old_sentences.setdefault(s.doc, []).append(s)
    for m in old.mentions:
        old_mentions.setdefault(m.doc, []).append(m)
    analysis = Analysis(folder=str(folder), documents=documents)
    reanalysed: list[str] = []
    kept: dict[str, str] = {}
    refused: dict[str, str] = {}
    plan: list[tuple[list[Sentence], list[Mention], str, str]] = []  # each article's, and its stored id
    for i, doc in enumerate(documents):
        if cancelled is not None and cancelled():
            raise pipeline.Cancelled()
        rel = relative_path(doc.path, folder)
        if progress is not None:
            progress(i, len(documents) + 1, said(ANALYSING, rel))
        previous = old_docs.get(rel)
        if previous is not None and previous.sha256 == doc.sha256:
            plan.append((old_sentences.get(previous.id, []), old_mentions.get(previous.id, []), previous.id, doc.id))
            kept[doc.id] = previous.id
        else:  # as a fresh analysis reads it: its terms and search text made in the same pass
            sentences, mentions, counts, search, why = pipeline.document_parts(doc)
            plan.append((sentences, mentions, doc.id, doc.id))
            analysis.doc_terms[doc.id] = counts
            analysis.search_texts.update(zip((s.id for s in sentences), search, strict=True))
            if why:
                refused[doc.id] = why
            reanalysed.append(rel)
    moved = [(ss, ms, was, new) for ss, ms, was, new in plan if was != new]  # renumbered: renamed copies
    sentences_moved = iter(_renamed_sentences([(ss, was, new) for ss, _ms, was, new in moved]))
    mentions_moved = iter(_renamed_mentions([(ms, was, new) for _ss, ms, was, new in moved]))
    for ss, ms, was, new in plan:
        analysis.sentences.extend(ss if was == new else islice(sentences_moved, len(ss)))
        analysis.mentions.extend(ms if was == new else islice(mentions_moved, len(ms)))
    analysis.problems.extend(pipeline.unanalysed_problems(documents, analysis.sentences, str(folder), refused))
    if progress is not None:
        progress(len(documents), len(documents) + 1, said(COMPARING))
    return analysis, reanalysed, kept


def _renamed_columns(
    groups: Sequence[tuple[list[Any], str, str]],
) -> tuple[list[Any], list[str], list[str], list[slice]]:
    """The items of GROUPS ([(items, stored document id, new id)]) in one list, and per item its new
    document id, its stored one and the slice that drops the stored one from an id ("d5.s3"[2:])."""
    items = list(chain.from_iterable(g[0] for g in groups))
    news = list(chain.from_iterable(repeat(new, len(g)) for g, _old, new in groups))
    olds = list(chain.from_iterable(repeat(old, len(g)) for g, old, _new in groups))
    cuts = list(chain.from_iterable(repeat(slice(len(old), None), len(g)) for g, old, _new in groups))
    return items, news, olds, cuts


def _renamed(items: list[Any], field: str, news: list[str], cuts: list[slice]) -> list[str]:
    """FIELD (an id "d5.…") of each of ITEMS with its document id replaced by the new one (C-level maps)."""
    return list(map(add, news, map(getitem, map(attrgetter(field), items), cuts)))


def _renamed_sentences(groups: list[tuple[list[Sentence], str, str]]) -> list[Sentence]:
    """Copies of the sentences of GROUPS ([(sentences, stored document id, new id)]) under the new id,
    built a field at a time (`from_columns`: a Sentence(...) each was a fifth of adding 10 articles)."""
    items, news, _olds, cuts = _renamed_columns(groups)
    get = attrgetter
    columns = [_renamed(items, "id", news, cuts), news]
    columns += [list(map(get(name), items)) for name in ("index", "start", "end", "furniture")]
    return from_columns(Sentence, len(items), columns)


def _renamed_mentions(groups: list[tuple[list[Mention], str, str]]) -> list[Mention]:
    """Copies of the mentions of GROUPS under the new document id, as `_renamed_sentences`; a frame
    that is part of a mention of the same article («بينهم 4 أطفال») names that mention's new id."""
    items, news, olds, cuts = _renamed_columns(groups)
    get = attrgetter
    frames = list(map(get("frame"), items))
    for i in compress(count(), map(get("part_of"), frames)):
        frame, old = frames[i], olds[i]
        if frame.part_of.startswith(old + "."):
            frames[i] = replace(frame, part_of=news[i] + frame.part_of[len(old) :])
    columns: list[list[Any]] = [_renamed(items, "id", news, cuts), news, _renamed(items, "sentence", news, cuts)]
    columns += [list(map(get(name), items)) for name in ("start", "end", "value", "kind", "qualifier", "counted")]
    columns += [list(map(get("text"), items)), frames, list(map(get("family"), items))]
    return from_columns(Mention, len(items), columns)
