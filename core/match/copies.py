"""Near-identical copies: the same wire text carried by several outlets.

Outlets often print an agency's report almost word for word (a different headline, a dateline, a
sentence cut). Shown side by side, two such copies only repeat each other while distinct reports
stay hidden; shown once, with a note of how many articles carry the same text, they tell the
reader something (the number of outlets) without taking the room of another report.

Two articles are copies when most of the shorter one's word 4-grams (on folded text: hamza,
ta marbuta, tashkeel do not matter) occur in the longer one. Copies are grouped transitively.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.model import Document
from core.text.arabic import fold_chars

SHINGLE_WORDS = 4
COPY_CONTAINMENT = 0.8
"""Share of the shorter article's 4-grams found in the longer one above which they are copies."""
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The article's word 4-grams, on folded lower-case text."""
    words = _WORD.findall(fold_chars(text).lower())
    n = SHINGLE_WORDS
    return frozenset(tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1)))


def copy_groups(documents: Sequence[Document]) -> list[list[str]]:
    """Document ids grouped by copies (every document in exactly one group, singletons too);
    groups in the order of their first document, members in document order."""
    ids = [d.id for d in documents]
    grams = [shingles(d.text) for d in documents]
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # only pairs that share a 4-gram are compared: an index from 4-gram to articles
    postings: dict[tuple[str, ...], list[int]] = {}
    for i, grams_i in enumerate(grams):
        for gram in grams_i:
            postings.setdefault(gram, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for docs in postings.values():
        if len(docs) > 1:
            for k, i in enumerate(docs):
                for j in docs[k + 1 :]:
                    shared[i, j] = shared.get((i, j), 0) + 1
    for (i, j), common in shared.items():
        smaller = min(len(grams[i]), len(grams[j]))
        if common >= COPY_CONTAINMENT * smaller and root(i) != root(j):
            parent[root(j)] = root(i)
    groups: dict[int, list[str]] = {}
    for i, doc_id in enumerate(ids):
        groups.setdefault(root(i), []).append(doc_id)
    return list(groups.values())
