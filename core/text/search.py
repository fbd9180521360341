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


@lru_cache(maxsize=2048)
def fold_for_search(text: str) -> tuple[str, Sequence[int]]:
    """Folded, tashkeel-free, lower-cased text and, for each of its characters, the original index.

    Cached: while the reader types a query, the articles it is found in are folded once, not once per
    key (`find` folds only those: 728 of 10,000 articles for «دولار»). Made by
    whole-string operations (a character at a time in Python, finding a word in 10,000 articles
    took 10 s); the index is worked out for the few places asked (`_Kept`), not for every character."""
    folded = fold_chars(text)
    taken = [m.start() for m in TASHKEEL.finditer(folded)]  # one character each
    low = _lowered(TASHKEEL.sub("", folded) if taken else folded)
    return low, _Kept(taken, len(folded)) if taken else range(len(folded))


def _searched_form(text: str) -> str:
    """`fold_for_search(text)[0]`, without the map back to the original."""
    return _lowered(TASHKEEL.sub("", fold_chars(text)))


def _lowered(kept: str) -> str:
    if _LOWER_IS_NOT_PER_CHARACTER.search(kept):  # «İ» lowers to two characters, «Σ» by context
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in kept)
    return kept.lower()


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
    """Every hit of the query in every document, in document order then text order.

    A document is searched only when its `search_key` holds the query's: folding 10,000 articles
    for every query took 0.9 s of the window's thread; their keys, made once, are tested in 30 ms."""
    needle = normalize_query(query)
    if not needle:
        return []
    key = _key_of(needle)
    return [
        Hit(doc.id, start, end)
        for doc in documents
        if key in search_key(doc.text)
        for start, end in find_in_text(query, doc.text)
    ]


def _key_of(low: str) -> bytes:
    """LOW in UTF-8: a string holds another exactly when their UTF-8 bytes do, and testing bytes of
    half the size is quicker; 10,000 articles' keys take about 30 MB."""
    return low.encode("utf-8", "surrogatepass")


def _made_key(text: str) -> bytes:
    return _key_of(_searched_form(text))


class _Keys(dict[str, bytes]):
    """{text: its search key}, made on first sight, emptied once they hold `KEY_BYTES`."""

    held = 0

    def __missing__(self, text: str) -> bytes:
        return self.keep(text, _made_key(text))

    def keep(self, text: str, key: bytes) -> bytes:
        if self.held >= KEY_BYTES:
            self.forget()
        self[text] = key
        self.held += len(key)
        return key

    def forget(self) -> None:
        self.clear()
        self.held = 0


KEY_BYTES = 64_000_000
"""Bytes of keys kept at most: 10,000 articles' take about 30 MB."""
_KEYS = _Keys()


def missing_keys(texts: Iterable[str]) -> list[str]:
    """Those of TEXTS whose key is not made yet (a window makes them off its thread: `made_keys`)."""
    return [text for text in texts if text not in _KEYS]


def made_keys(texts: list[str]) -> dict[str, bytes]:
    """{text: its key} for TEXTS, kept nowhere: may run on another thread; `keep_keys` keeps them."""
    return {text: _made_key(text) for text in texts}


def keep_keys(keys: dict[str, bytes]) -> None:
    """Keep KEYS (from `made_keys`) for the next searches."""
    for text, key in keys.items():
        if text not in _KEYS:
            _KEYS.keep(text, key)


def forget_keys() -> None:
    """Let go of the keys made so far (and of the texts they were made for): another folder is shown."""
    _KEYS.forget()


def search_key(text: str) -> bytes:
    """TEXT as searched (folded, without tashkeel, lower-cased), in UTF-8: it holds the key of a
    query exactly when the text has a hit of it."""
    return _KEYS[text]


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
