"""What a project keeps per article content (by sha256) beside its analysis, so that an update
does not compute it again for the unchanged articles: the terms story grouping counts in it
(core.match.stories.TermCounts) and its text's `core.ingest.folder.same_text_key` (how copies are
found). Both depend only on the file's bytes and the analyser, which an update checks first.

The terms are kept as numbers in the project's vocabulary (`term_ids`, int32 bytes) and
their counts as float64 bytes (`term_counts`), read back as `ListedTerms` without a parse: an update
reads every unchanged article's terms, and parsing them as JSON objects, then numbering them for
grouping, was a tenth of adding 10 articles to 1,000 (issue 14). The vocabulary (`term_vocabulary`)
lists the terms in the order of their numbers, a JSON list per save that brought new terms; a term
keeps its number for as long as the project keeps its analysis (numbers are given as terms are
first saved, so they depend on the project's history: compare terms, not numbers). A row written before (its `terms`
JSON not empty) is read as JSON.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from itertools import chain

import numpy as np
import sqlite_utils

from core.ingest.folder import same_text_key
from core.match.story_terms import ListedTerms, TermCounts, Terms, as_counts
from core.model import Analysis

IDS = np.dtype("<i4")
"""How `term_ids` holds the numbers: int32, little-endian."""
COUNTS = np.dtype("<f8")
"""How `term_counts` holds the counts: float64, little-endian, exactly the floats counted."""


def save_terms(db: sqlite_utils.Database, analysis: Analysis, hashes: dict[str, str], *, keep: bool) -> None:
    """Store the term counts ANALYSIS made (`Analysis.doc_terms`) by content hash; drop those of
    articles no longer in the folder (all of them unless KEEP: another analyser counted them)."""
    if keep:  # the stored hashes read from their index: the table's rows hold the terms (1.9 → 0.4 ms at 1,000)
        current = set(hashes.values())
        gone = [(h,) for (h,) in db.execute("SELECT sha256 FROM doc_terms") if h not in current]
        db.conn.executemany("DELETE FROM doc_terms WHERE sha256 = ?", gone)
    else:
        db.execute("DELETE FROM doc_terms")
        db.execute("DELETE FROM term_vocabulary")
    if not analysis.doc_terms:
        return
    vocabulary = stored_vocabulary(db)
    _parsed.cache_clear()  # its one reuse: not kept after the save (150,000 terms would stay in memory)
    number = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
    known = len(number)
    listed = _Renumbered(analysis.term_vocabulary, number)
    rows = [(doc, listed.ids(terms)) for doc, terms in analysis.doc_terms.items()]  # numbered in the folder's order
    if len(number) > known:
        new = json.dumps(list(number)[known:], ensure_ascii=False)
        db.execute("INSERT INTO term_vocabulary (terms) VALUES (?)", [new])
    texts = {d.id: d.text for d in analysis.documents if d.id in analysis.doc_terms}
    keys = analysis.text_keys  # as reading found them; folded here only for an analysis read otherwise
    db.conn.executemany(
        "INSERT OR REPLACE INTO doc_terms (sha256, terms, term_ids, term_counts, same_text) VALUES (?, '', ?, ?, ?)",
        (
            (
                hashes[doc],
                ids.tobytes(),
                _counts(analysis.doc_terms[doc]).tobytes(),
                keys.get(hashes[doc]) or same_text_key(texts[doc]),
            )
            for doc, ids in rows
        ),
    )


class _Renumbered:
    """An article's terms as numbers in the project's vocabulary NUMBER (new terms numbered after
    it as they first come), whether counted (TermCounts) or numbered in the analysis's VOCABULARY
    (ListedTerms: each of its numbers looked up once, not each of its articles' terms)."""

    def __init__(self, vocabulary: list[str], number: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self.number = number
        self.project = np.full(len(vocabulary), -1, dtype=IDS)  # analysis number → project number

    def ids(self, terms: Terms) -> np.ndarray:
        number = self.number
        if not isinstance(terms, ListedTerms):
            for term in terms:
                number.setdefault(term, len(number))
            return np.fromiter(map(number.__getitem__, terms), IDS, len(terms))
        unseen = terms.ids[self.project[terms.ids] < 0].tolist()
        for i in unseen:
            self.project[i] = number.setdefault(self.vocabulary[i], len(number))
        ids: np.ndarray = self.project[terms.ids]
        return ids


def _counts(terms: Terms) -> np.ndarray:
    if isinstance(terms, ListedTerms):
        return terms.counts.astype(COUNTS, copy=False)
    return np.fromiter(terms.values(), COUNTS, len(terms))


def stored_vocabulary(db: sqlite_utils.Database) -> list[str]:
    """The project's terms, each at its number."""
    parts = tuple(text for (text,) in db.execute("SELECT terms FROM term_vocabulary ORDER BY part"))
    return list(_parsed(parts))


@functools.lru_cache(maxsize=1)
def _parsed(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The terms of the vocabulary's JSON texts PARTS. The last one parsed is kept until a save uses
    it: an update reads the vocabulary to group the folder and again to number the new articles'
    terms when it saves (1,000 articles: 16,596 terms, 1.5-2.5 ms a parse); a tuple, so that no
    caller changes it."""
    return tuple(chain.from_iterable(json.loads(text) for text in parts))


def listed_terms(db: sqlite_utils.Database, hashes: Iterable[str]) -> tuple[dict[str, Terms], list[str]]:
    """({sha256: its terms} for those of HASHES stored, the vocabulary their ListedTerms number
    their terms in); rows written as JSON come back as TermCounts."""
    wanted = set(hashes)
    query = "SELECT sha256, terms, term_ids, term_counts FROM doc_terms"
    rows = [row for row in db.execute(query) if row[0] in wanted]
    out: dict[str, Terms] = {
        h: ListedTerms(np.frombuffer(ids, IDS), np.frombuffer(counts, COUNTS)) for h, js, ids, counts in rows if not js
    }
    as_json = [(h, js) for h, js, _ids, _counts in rows if js]
    # one parse: its memo gives each term one text for every article (as `shared_terms` would)
    counted: list[TermCounts] = json.loads("[" + ",".join(js for _, js in as_json) + "]")
    out.update(zip((h for h, _ in as_json), counted, strict=True))
    return out, stored_vocabulary(db) if len(out) > len(as_json) else []


def stored_terms(db: sqlite_utils.Database, hashes: Iterable[str]) -> dict[str, TermCounts]:
    """{sha256: term counts} stored for those of HASHES that have them (each term one text)."""
    terms, vocabulary = listed_terms(db, hashes)
    return {h: as_counts(t, vocabulary) for h, t in terms.items()}


def stored_text_keys(db: sqlite_utils.Database) -> dict[str, str]:
    """{sha256: `same_text_key` of its text} of the stored articles that have one."""
    return dict(db.execute("SELECT sha256, same_text FROM doc_terms WHERE same_text != ''").fetchall())
