"""Pair budgets: a story's pairwise steps stay linear in its size whatever its texts.

Two steps compare items pairwise within groups: alignment proposes the sentence pairs that share a
term (`core.match.align`), the facts stage compares the numbers of one bucket (`core.match.facts`).
A story of news articles has small groups; two long texts of many topics in one story (two 1 MB
dumps) have groups of thousands, and the pairs grow with the square of their length. Groups are
therefore taken smallest first (the rarest terms, the most specific buckets: the most telling
pairs) while their pairs fit a budget proportional to the story's size; the rest are not compared.
News stories stay far below every budget here: their results are those of comparing everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from math import comb
from typing import Any

ALIGN_PAIRS = 100_000
ALIGN_PAIRS_PER_SENTENCE = 20
"""Sentence pairs a story's terms may propose: this many, or so many per sentence, whichever is more.
Two 1 MB texts in one story proposed 1.7 million (78 s)."""
FACT_PAIRS = 200_000
FACT_PAIRS_PER_MENTION = 50
"""Number pairs a story's buckets may compare: this many, or so many per mention, whichever is more.
Two 1 MB texts in one story compared 630,000; their largest buckets (every date, every count of
people) are left unlinked."""


def within_budget(groups: Sequence[Sequence[Any]], budget: int) -> list[bool]:
    """Which GROUPS (in their order) are compared pairwise: the smallest first, ties in order, while
    their pairs add up to at most BUDGET."""
    sizes = list(map(len, groups))
    if sum(map(comb, sizes, repeat(2))) <= budget:
        return [True] * len(groups)  # every group fits: news stories, nearly always
    kept = [False] * len(groups)
    for k in sorted(range(len(groups)), key=sizes.__getitem__):
        n = sizes[k]
        budget -= n * (n - 1) // 2
        if budget < 0:
            break
        kept[k] = True
    return kept
