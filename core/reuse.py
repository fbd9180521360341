"""What a re-analysis takes from the stored analysis: the sentences and mentions of unchanged articles
(`reuse_unchanged`), and the links of unchanged stories, so that only the stories whose articles
changed are linked (`stored_links`; issue 14: relinking the whole folder was 62 % of adding 10 articles).

A story's alignments and facts depend on its own articles only (core.pipeline.link_story): a story
made of the same articles, byte for byte, as a stored one has the stored links, with ids renamed
where articles were renumbered (d3 → d4 when an article was added before it). A renumbering keeps
the articles' order, and linking orders ids by their place in the folder (`core.ids.folder_order`),
never as text, where "d10" comes before "d9": so the renamed links are those a fresh link gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import chain, islice, repeat
from operator import attrgetter, is_
from pathlib import Path
from typing import Any, TypeVar

from core import pipeline
from core.columns import from_columns
from core.ids import docs_of
from core.ingest.folder import storable
from core.manifest import Manifest
from core.match.fact_alignments import FACT_SCORE
from core.match.reasons import renamed_reason
from core.model import Alignment, Analysis, Document, Fact, Reason, Story
from core.pipeline import StoryLinks
from core.progress import ANALYSING, COMPARING, said
from core.store.keys import Keys
from core.store.records import relative_path
from core.store.renamed import swapped
from core.store.renamed_links import RenamedLinks

FACT_WHY = "both report "
"""How `core.match.fact_alignments.fact_alignment` explains a pair aligned for its facts."""
_T = TypeVar("_T")


def unchanged_documents(
    old: Analysis, folder: str | Path, on_disk: Manifest | None
) -> Callable[[Path], Document | None]:
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


def stored_links(
    old: Analysis, new: Analysis, folder: str | Path, taken: RenamedLinks
) -> Callable[[list[Story]], dict[int, StoryLinks]]:
    """For the stories of NEW (`core.pipeline.link` gives them all at once), {place: its links as
    stored in OLD} of those OLD had a story of exactly their articles; those taken under new ids are
    told to TAKEN, for the save to keep their rows."""
    old_key = {d.id: (relative_path(d.path, folder), d.sha256) for d in old.documents}
    new_key = {d.id: (relative_path(d.path, folder), d.sha256) for d in new.documents}
    old_id = {key: doc for doc, key in old_key.items()}
    story_of = {doc: s.id for s in old.stories for doc in s.documents}
    by_docs = {frozenset(old_key[d] for d in s.documents): s for s in old.stories}
    alignments: dict[str, list[Alignment]] = {s.id: [] for s in old.stories}
    for_facts: dict[str, list[Alignment]] = {s.id: [] for s in old.stories}
    for al in old.alignments:  # in stored order: the order a fresh link gives
        story = story_of[al.a.partition(".")[0]]
        (for_facts if al.score == FACT_SCORE and al.why.startswith(FACT_WHY) else alignments)[story].append(al)
    facts: dict[str, list[Fact]] = {s.id: [] for s in old.stories}
    for fact in old.facts:
        facts[story_of[fact.mentions[0].partition(".")[0]]].append(fact)
    fact_by_id = {f.id: f for f in old.facts}

    def links(stories: list[Story]) -> dict[int, StoryLinks]:
        found = {
            k: before
            for k, story in enumerate(stories)
            if (before := by_docs.get(frozenset(new_key[d] for d in story.documents))) is not None
        }
        names = Keys(  # renames ids, and the article ids in explanations and reasons
            {
                was: now
                for k, before in found.items()
                for now in stories[k].documents
                if (was := old_id[new_key[now]]) != now
            }
        )
        moved = [before.id for before in found.values() if any(map(names.of.__contains__, before.documents))]
        renamed = renamed_links([alignments[s] for s in moved], [facts[s] for s in moved], names, taken)
        own = {**alignments, **dict(zip(moved, renamed[0], strict=True))}
        own_facts = {**facts, **dict(zip(moved, renamed[1], strict=True))}
        rename = names.row
        out: dict[int, StoryLinks] = {}
        for k, before in found.items():
            pairs = [
                (rename(al.a), rename(al.b), tuple(rename(fact_by_id[i].mentions[0]) for i in _fact_ids(al)))
                for al in for_facts[before.id]
            ]
            out[k] = StoryLinks(own[before.id], own_facts[before.id], pairs, 0.0, 0.0)
        return out

    return links


def _fact_ids(al: Alignment) -> list[str]:
    """The ids of the facts a pair aligned for its facts names (`core.match.fact_alignments.fact_alignment`)."""
    return al.why[len(FACT_WHY) :].split(": ", 1)[0].split(", ")


def _renamed_ids(ids: list[str], names: Keys) -> list[str]:
    """IDS under the articles' ids NAMES gives, each distinct id renamed once, by C-level maps (a
    sentence is in several alignments: 10,090 ids, 1,867 sentences)."""
    distinct = list(dict.fromkeys(ids))
    docs = list(docs_of(distinct))
    renamed = swapped(distinct, docs, list(map(names.of.get, docs, docs)))
    return list(map(dict(zip(distinct, renamed, strict=True)).__getitem__, ids))


def _split(items: list[_T], sizes: list[int]) -> list[list[_T]]:
    """ITEMS cut into lists of SIZES."""
    flat = iter(items)
    return list(map(list, map(islice, repeat(flat), sizes)))


def _renamed_reason_lists(lists: list[tuple[Reason, ...]], names: Keys) -> list[tuple[Reason, ...]]:
    """Each of LISTS (a fact's reasons) under the ids NAMES gives. Facts of one article share one
    tuple of reasons, and facts one reason (`core.match.reasons.reason`): each tuple and each reason
    is renamed once, found by its id (not by a dataclass's Python-level hash), and a tuple that
    names no renamed id is kept as it is."""
    distinct = dict(zip(map(id, lists), lists, strict=True))
    reasons = list(chain.from_iterable(distinct.values()))
    one = dict(zip(map(id, reasons), reasons, strict=True))
    renamed = {key: renamed_reason(r, names.row, names.doc) for key, r in one.items()}
    new = iter(map(renamed.__getitem__, map(id, reasons)))
    made = dict(zip(distinct, map(tuple, map(islice, repeat(new), map(len, distinct.values()))), strict=True))
    for key, was in distinct.items():
        if all(map(is_, made[key], was)):  # the very reasons: the tuple kept too
            made[key] = was
    return list(map(made.__getitem__, map(id, lists)))


def renamed_links(
    alignments: list[list[Alignment]], facts: list[list[Fact]], names: Keys, taken: RenamedLinks
) -> tuple[list[list[Alignment]], list[list[Fact]]]:
    """Each story's ALIGNMENTS and FACTS under the ids NAMES gives, told to TAKEN. The kept stories'
    links are renamed all at once, a C-level map per field, the records made a field at a time
    (`from_columns`): renamed story by story, record by record, they were a seventh of adding 10
    articles spread through 10,000."""
    olds = list(chain.from_iterable(alignments))
    ends = [_renamed_ids(list(map(attrgetter(end), olds)), names) for end in ("a", "b")]
    same = [map(attrgetter(f), olds) for f in ("score", "why")]
    new_alignments = from_columns(Alignment, len(olds), [*ends, *same])
    taken.alignments(new_alignments, olds)
    stored = list(chain.from_iterable(facts))
    mentions = list(map(attrgetter("mentions"), stored))
    flat = iter(_renamed_ids(list(chain.from_iterable(mentions)), names))
    columns: dict[str, Iterable[Any]] = {
        "mentions": map(tuple, map(islice, repeat(flat), map(len, mentions))),
        "explanation": names.texts(list(map(attrgetter("explanation"), stored))),
        "reasons": _renamed_reason_lists(list(map(attrgetter("reasons"), stored)), names),
    }
    fields = [columns[f] if f in columns else map(attrgetter(f), stored) for f in Fact.__slots__]
    new_facts = from_columns(Fact, len(stored), fields)
    taken.facts(new_facts, stored)
    return _split(new_alignments, list(map(len, alignments))), _split(new_facts, list(map(len, facts)))


def kept_articles(stored: list[Document], documents: list[Document], folder: str | Path) -> dict[str, str]:
    """{document id: stored id} of the DOCUMENTS whose file holds the bytes STORED holds for its path:
    their stored sentences and mentions are theirs (`Store.load(renamed=…)` loads them so)."""
    by_path = {relative_path(d.path, folder): d for d in stored}
    kept: dict[str, str] = {}
    for doc in documents:
        previous = by_path.get(relative_path(doc.path, folder))
        if previous is not None and previous.sha256 == doc.sha256:
            kept[doc.id] = previous.id
    return kept


def reuse_unchanged(
    old: Analysis,
    documents: list[Document],
    kept: dict[str, str],
    folder: str | Path,
    progress: pipeline.Progress | None,
    cancelled: pipeline.IsCancelled | None,
) -> tuple[Analysis, list[str]]:
    """Sentences and mentions of DOCUMENTS: OLD's for the articles KEPT names (`kept_articles`; OLD was
    loaded with them under their new ids, each article's in the folder's order), `document_parts`
    for the others (their term counts and search texts go to `doc_terms` and `search_texts`, as in
    a fresh analysis). Also returns the relative paths analysed."""
    sentences_of = Counter(map(attrgetter("doc"), old.sentences))
    mentions_of = Counter(map(attrgetter("doc"), old.mentions))
    old_sentences, old_mentions = iter(old.sentences), iter(old.mentions)
    analysis = Analysis(folder=str(folder), documents=documents)
    reanalysed: list[str] = []
    refused: dict[str, str] = {}
    for i, doc in enumerate(documents):
        if cancelled is not None and cancelled():
            raise pipeline.Cancelled()
        if progress is not None:
            progress(i, len(documents) + 1, said(ANALYSING, relative_path(doc.path, folder)))
        if doc.id in kept:
            analysis.sentences.extend(islice(old_sentences, sentences_of[doc.id]))
            analysis.mentions.extend(islice(old_mentions, mentions_of[doc.id]))
        else:  # as a fresh analysis reads it: its terms and search text made in the same pass
            sentences, mentions, counts, search, why = pipeline.document_parts(doc)
            analysis.sentences.extend(sentences)
            analysis.mentions.extend(mentions)
            analysis.doc_terms[doc.id] = counts
            analysis.search_texts.update(zip((s.id for s in sentences), search, strict=True))
            if why:
                refused[doc.id] = why
            reanalysed.append(relative_path(doc.path, folder))
    analysis.problems.extend(pipeline.unanalysed_problems(documents, analysis.sentences, str(folder), refused))
    if progress is not None:
        progress(len(documents), len(documents) + 1, said(COMPARING))
    return analysis, reanalysed
