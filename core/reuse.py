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
from collections.abc import Callable
from dataclasses import replace
from itertools import islice
from operator import attrgetter
from pathlib import Path

from core import pipeline
from core.ingest.folder import storable
from core.manifest import Manifest
from core.match.align import FACT_SCORE
from core.match.reasons import renamed_reasons
from core.model import Alignment, Analysis, Document, Fact, Reason, Story
from core.pipeline import StoryLinks
from core.progress import ANALYSING, COMPARING, said
from core.store.keys import Keys
from core.store.records import relative_path
from core.store.renamed_links import RenamedLinks

FACT_WHY = "both report "
"""How `core.match.align.fact_alignment` explains a pair aligned for its facts."""


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
) -> Callable[[Story], StoryLinks | None]:
    """For a story of NEW, its links as stored in OLD when OLD had a story of exactly its articles;
    those taken under new ids are told to TAKEN, for the save to keep their rows."""
    old_key = {d.id: (relative_path(d.path, folder), d.sha256) for d in old.documents}
    new_key = {d.id: (relative_path(d.path, folder), d.sha256) for d in new.documents}
    old_id = {key: doc for doc, key in old_key.items()}
    story_of = {doc: s.id for s in old.stories for doc in s.documents}
    by_docs = {frozenset(old_key[d] for d in s.documents): s for s in old.stories}
    alignments: dict[str, list[Alignment]] = {s.id: [] for s in old.stories}
    facts: dict[str, list[Fact]] = {s.id: [] for s in old.stories}
    for al in old.alignments:  # in stored order: the order a fresh link gives (no call per item)
        alignments[story_of[al.a.partition(".")[0]]].append(al)
    for fact in old.facts:
        facts[story_of[fact.mentions[0].partition(".")[0]]].append(fact)
    fact_by_id = {f.id: f for f in old.facts}

    def links(story: Story) -> StoryLinks | None:
        before = by_docs.get(frozenset(new_key[d] for d in story.documents))
        if before is None:
            return None
        renamed = {old_id[new_key[d]]: d for d in story.documents}
        names = Keys(renamed)  # renames ids, and the article ids in explanations and reasons

        done: dict[str, str] = {}  # a sentence is in several alignments (10,090 ids, 1,867 sentences)

        def rename(item: str) -> str:
            new = done.get(item)
            if new is None:
                new = done[item] = names.row(item)
            return new

        kept: list[Alignment] = []
        pairs: list[tuple[str, str, tuple[str, ...]]] = []
        same_ids = all(old_doc == new_doc for old_doc, new_doc in renamed.items())
        for al in alignments[before.id]:
            if al.score == FACT_SCORE and al.why.startswith(FACT_WHY):
                ids = al.why[len(FACT_WHY) :].split(": ", 1)[0].split(", ")
                pairs.append((rename(al.a), rename(al.b), tuple(rename(fact_by_id[i].mentions[0]) for i in ids)))
            elif same_ids:
                kept.append(al)
            else:
                kept.append(new_al := Alignment(rename(al.a), rename(al.b), al.score, al.why))
                taken.alignment(new_al, al)
        if same_ids:
            return StoryLinks(kept, facts[before.id], pairs, 0.0, 0.0)
        # facts of one article share one tuple of reasons (as loaded): renamed once, found by its id, not
        # by a hash of its reasons (a dataclass's Python-level __hash__ for each, at each fact)
        reasons: dict[int, tuple[Reason, ...]] = {}

        def renamed_reasons_of(f: Fact) -> tuple[Reason, ...]:
            done = reasons.get(id(f.reasons))
            if done is None:
                done = reasons[id(f.reasons)] = renamed_reasons(f.reasons, rename, names.doc)
            return done

        own = [
            Fact(
                f.id,
                f.status,
                tuple(map(rename, f.mentions)),
                f.label,
                names.text(f.explanation),
                f.counted,
                f.kind,
                renamed_reasons_of(f),
                f.review,
            )
            for f in facts[before.id]
        ]
        for new_fact, f in zip(own, facts[before.id], strict=True):
            taken.fact(new_fact, f)
        return StoryLinks(kept, own, pairs, 0.0, 0.0)

    return links


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
