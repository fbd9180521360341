"""Find a query in the articles the way a reader means it, and say where in the original text.

Arabic is written with or without hamza seats, alef maqsura, ta marbuta and tashkeel; a reader who
types «الحافلات» expects to find «الحافلاتُ» and «الحافلات» alike. Both the text and the query are
folded with `core.text.arabic.fold_chars` (same length) and tashkeel/tatweel are then dropped, so a map
from folded positions back to original positions is kept: every hit is reported in ORIGINAL offsets,
which is what highlights rely on.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

from core.model import Document
from core.text.arabic import TASHKEEL, fold_chars


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of the query: `text[start:end]` of document `doc` (original offsets)."""

    doc: str
    start: int
    end: int


@lru_cache(maxsize=512)
def fold_for_search(text: str) -> tuple[str, Sequence[int]]:
    """Folded, tashkeel-free, lower-cased text and, for each of its characters, the original index.

    Cached: while the reader types a query, every article is folded once, not once per key. Made by
    whole-string operations (a character at a time in Python, finding a word in 10,000 articles
    took 10 s); the index is worked out for the few places asked (`_Kept`), not for every character."""
    folded = fold_chars(text)
    taken = [m.start() for m in TASHKEEL.finditer(folded)]  # one character each
    kept = TASHKEEL.sub("", folded) if taken else folded
    if _LOWER_IS_NOT_PER_CHARACTER.search(kept):  # «İ» lowers to two characters, «Σ» by context
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in kept)
    else:
        low = kept.lower()
    return low, _Kept(taken, len(folded)) if taken else range(len(folded))


_LOWER_IS_NOT_PER_CHARACTER = re.compile("[\u0130\u03a3]")
"""The characters whose `str.lower()` in a string differs from lowering each on its own."""


class _Kept(Sequence[int]):
    """The original index of each character left once the characters at TAKEN (sorted) are taken
    out of a text of LENGTH characters."""

    __slots__ = ("taken", "length")

    def __init__(self, taken: list[int], length: int) -> None:
        self.taken, self.length = taken, length

    def __len__(self) -> int:
        return self.length - len(self.taken)

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...

    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        before = 0  # characters taken out before the one asked: grows to the fixed point
        while (now := bisect_right(self.taken, index + before)) != before:
            before = now
        return index + before


def normalize_query(query: str) -> str:
    """The query in the same folded form as the text (surrounding blanks ignored)."""
    return fold_for_search(query.strip())[0]


def find_in_text(query: str, text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of the query in `text`, in original offsets."""
    needle = normalize_query(query)
    if not needle:
        return []
    hay, where = fold_for_search(text)
    spans: list[tuple[int, int]] = []
    pos = hay.find(needle)
    while pos >= 0:
        last = pos + len(needle) - 1
        end = where[last] + 1
        # tashkeel that follows the last matched letter belongs to the hit
        while end < len(text) and TASHKEEL.match(text[end]):
            end += 1
        spans.append((where[pos], end))
        pos = hay.find(needle, pos + len(needle))
    return spans


def find(query: str, documents: Iterable[Document]) -> list[Hit]:
    """Every hit of the query in every document, in document order then text order."""
    return [Hit(doc.id, start, end) for doc in documents for start, end in find_in_text(query, doc.text)]


@dataclass(frozen=True, slots=True)
class Snippet:
    """A hit in a line of context: `text[hit_start:hit_end]` is the hit itself."""

    text: str
    hit_start: int
    hit_end: int


def snippet(text: str, start: int, end: int, width: int = 40) -> Snippet:
    """About WIDTH characters of context on each side of `text[start:end]`, on one line, cut at
    word boundaries, with «…» where the context was cut."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    before = text[left:start].replace("\n", " ")
    hit = text[start:end].replace("\n", " ")
    after = text[end:right].replace("\n", " ")
    head = "… " if left > 0 else ""
    tail = " …" if right < len(text) else ""
    line = head + before + hit + after + tail
    return Snippet(line, len(head) + len(before), len(head) + len(before) + len(hit))


def hits_per_document(hits: Iterable[Hit]) -> dict[str, list[Hit]]:
    """The hits grouped by document, documents in order of their first hit."""
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.doc, []).append(hit)
    return grouped
