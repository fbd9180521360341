"""Full-text search over the stored sentences, folding clitics, hamza, ta marbuta and tashkeel.

The index (`sentences_fts`, FTS5) holds each sentence's stems (core.text.arabic.stems); a query is
stemmed the same way and every query word must match, so «حافلات» finds «بالحافلات» and «اربعة»
finds «أربعة». A hit carries document offsets of the sentence and of each matching word, so a view
can highlight them in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from core.store.keys import read_keys
from core.text.arabic import fold_chars, stem, stems

_WORD = re.compile(r"[\w\u0600-\u06ff]+")


@dataclass(frozen=True, slots=True)
class Hit:
    """A sentence that matches a query."""

    doc: str
    path: str
    """Relative to the project's folder."""
    title: str
    sentence: str
    start: int
    end: int
    text: str
    """The sentence as written."""
    matches: tuple[tuple[int, int], ...]
    """Document offsets of the words that matched."""


def query_terms(query: str) -> list[str]:
    """The stems a query looks for, in order, without repeats."""
    return list(dict.fromkeys(t for t in stems(query) if t))


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression requiring every term; each quoted, so no FTS syntax leaks in."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def matching_spans(text: str, offset: int, terms: set[str]) -> tuple[tuple[int, int], ...]:
    """Spans (shifted by OFFSET) of the words of TEXT whose stem is one of TERMS.

    Words are found in `fold_chars(text)`, which has the same length as TEXT, so spans stay exact.
    """
    return tuple(
        (offset + m.start(), offset + m.end()) for m in _WORD.finditer(fold_chars(text)) if stem(m.group()) in terms
    )


def search(db: sqlite_utils.Database, query: str, limit: int = 200) -> list[Hit]:
    """Sentences matching every word of QUERY, best first (FTS5 rank), at most LIMIT."""
    terms = query_terms(query)
    if not terms:
        return []
    rows = db.execute(
        'SELECT s.doc, d.path, d.title, s.id, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start) '
        "FROM sentences_fts JOIN sentences s ON s.num = sentences_fts.rowid JOIN documents d ON d.id = s.doc "
        "WHERE sentences_fts MATCH ? ORDER BY sentences_fts.rank, d.position, s.num LIMIT ?",
        [fts_query(terms), limit],
    ).fetchall()
    if not rows:
        return []
    keys = read_keys(db)  # the rows name articles by their keys, the analysis by their places
    wanted = set(terms)
    return [
        Hit(keys.doc(doc), path, title, keys.row(sid), start, end, text, matching_spans(text, start, wanted))
        for doc, path, title, sid, start, end, text in rows
    ]
