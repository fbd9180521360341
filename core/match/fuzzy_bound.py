"""An upper bound of rapidfuzz's `fuzz.token_set_ratio` from word counts and lengths alone.

Alignment blends the token-set ratio into a pair's score; for most candidate pairs the ratio could
only matter if it were high, and it is the costliest step of linking (each call splits, sorts and
compares both sentences' words). The ratio is the highest of three figures (rapidfuzz's own
algorithm, `rapidfuzz.fuzz_py.token_set_ratio`): two follow from the lengths of the shared and of
the unshared words, the third is `100 - 100 * dist / lensum` with `dist`, the indel distance of the
two unshared parts, never below the difference of their lengths. Putting that difference in its
place gives a figure never below the ratio, made of the same floating-point steps (each rounding
is monotone), so a pair that cannot reach its threshold with it cannot reach it with the ratio.
"""

from __future__ import annotations

Words = tuple[frozenset[str], int]
"""A text's distinct whitespace-separated words and the sum of their lengths."""

_UNLIKE_RAPIDFUZZ = ("\x85", "\xa0")
"""Spaces to `str.split` but not to rapidfuzz in a text of one-byte characters: no bound for such a text."""


def words_of(text: str) -> Words | None:
    """The words the ratio compares (rapidfuzz splits on whitespace), None when its split may differ."""
    if "\x85" in text or "\xa0" in text:
        return None
    distinct = frozenset(text.split())
    return distinct, sum(map(len, distinct))


def ratio_bound(a: Words, b: Words) -> float:
    """A figure never below `fuzz.token_set_ratio` of the two texts A and B are the words of."""
    ta, ca = a
    tb, cb = b
    if not ta or not tb:
        return 0.0
    sect = ta & tb
    k = len(sect)
    na, nb = len(ta), len(tb)
    if k and (k == na or k == nb):
        return 100.0
    shared_chars = sum(map(len, sect))
    ab = ca - shared_chars + na - k - 1  # length of the unshared words of A joined by spaces
    ba = cb - shared_chars + nb - k - 1
    sect_len = shared_chars + k - 1 if k else 0
    one = sect_len != 0
    sect_ab = sect_len + one + ab
    sect_ba = sect_len + one + ba
    lensum = sect_ab + sect_ba
    bound = 100 - 100 * abs(ab - ba) / lensum if lensum else 100
    if not sect_len:
        return bound
    return max(bound, 100 - 100 * (one + ab) / (sect_len + sect_ab), 100 - 100 * (one + ba) / (sect_len + sect_ba))


def short_of(a: Words | None, b: Words | None, overlap: float, needed: float) -> bool:
    """Whether alignment's score `0.8 * overlap + 0.2 * (ratio / 100.0)` (`core.match.align`) stays
    below NEEDED whatever the token-set ratio of the texts A and B are the words of."""
    return a is not None and b is not None and 0.8 * overlap + 0.2 * (ratio_bound(a, b) / 100.0) < needed


class WordsOf(dict[int, "Words | None"]):
    """`words_of` each of TEXTS (by index), made when first asked for: most texts never need it."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__()
        self._texts = texts

    def __missing__(self, k: int) -> Words | None:
        made = self[k] = words_of(self._texts[k])
        return made
