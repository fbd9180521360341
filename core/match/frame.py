"""What a number mention is about, read from its sentence: the class of what it counts and the
event predicate it belongs to (killed ≠ wounded ≠ carried).

Both come from lexicons in `resources/lexicon/` (counted_classes.txt, predicates.txt), so a user
can extend them; morphology (clitics, plurals) is folded by `core.text.arabic.stem` before lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.model import Mention
from core.text import wordclasses as lexicon
from core.text.arabic import stem

_TOKEN = re.compile(r"[0-9٠-٩۰-۹]+|(?:(?![0-9٠-٩۰-۹])[\w\u0610-\u061a\u064b-\u065f\u0670\u0640])+|[،,؛;:()«»\"“”]")
_CLAUSE_MARKS = set('،,؛;:()«»"“”')
CLAUSE_PENALTY = 3
"""Crossing a comma or bracket counts as this many words when looking for a mention's predicate."""
GENERIC_NOUNS = frozenset({"person", ""})
"""Classes too generic to tell what is counted: «300 شخص من عوائلهم» is counted by its «من» complement."""


@dataclass(frozen=True, slots=True)
class Context:
    """A mention's counted-noun class, event predicate and agent ("" when none is found)."""

    counted_class: str
    predicate: str
    predicate_word: str
    actor: str = ""


def counted_class(counted: str) -> str:
    """The class of a counted noun (its own stem when the lexicon does not know it)."""
    if not counted:
        return ""
    table = lexicon.classes("counted_classes")
    key = stem(counted)
    return table.get(key) or table.get(counted) or key


@lru_cache(maxsize=1024)
def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    """Tokens of a sentence, cached: every mention of a sentence reads the same tokens."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]


def mention_context(
    mention: Mention, sentence_text: str, sentence_start: int, other_spans: list[tuple[int, int]]
) -> Context:
    """Read the class and the predicate of `mention` from its sentence.

    `other_spans` are the document offsets of the sentence's other mentions: their words («25
    جريحاً») describe those numbers, not this one, so they are not taken as its predicate.
    """
    predicates = lexicon.classes("predicates")
    toks = _tokens(sentence_text)
    m_start, m_end = mention.start - sentence_start, mention.end - sentence_start
    cls = counted_class(mention.counted)
    inside = [i for i, (s, e, _) in enumerate(toks) if s < m_end and m_start < e]
    if not inside:
        return Context(cls, "", "", "")
    first, last = inside[0], inside[-1]
    if cls in GENERIC_NOUNS and last + 2 < len(toks) and stem(toks[last + 1][2]) in ("من", "م"):
        complement = counted_class(toks[last + 2][2])
        if complement and complement not in GENERIC_NOUNS and complement in lexicon.classes("counted_classes").values():
            cls = complement
    others = [(s - sentence_start, e - sentence_start) for s, e in other_spans]
    pred = _nearest(toks, first, last, others, predicates)
    actor = _nearest(toks, first, last, [], lexicon.classes("actors"))
    return Context(cls, pred[0], pred[1], actor[0])


def _nearest(
    toks: list[tuple[int, int, str]], first: int, last: int, others: list[tuple[int, int]], table: dict[str, str]
) -> tuple[str, str]:
    """(class, word) of the table word nearest to tokens first..last, commas counting extra."""
    best: tuple[float, str, str] | None = None
    for i, (s, e, word) in enumerate(toks):
        found = table.get(stem(word))
        if not found or word in _CLAUSE_MARKS or any(a < e and s < b for a, b in others):
            continue
        if first <= i <= last:
            distance = 0.0
        else:
            lo, hi = (i, first) if i < first else (last, i)
            between = toks[lo + 1 : hi]
            marks = sum(1 for _, _, w in between if w in _CLAUSE_MARKS)
            distance = (len(between) - marks) + 1 + CLAUSE_PENALTY * marks + (0.5 if i > last else 0.0)
        if best is None or distance < best[0]:
            best = (distance, found, word)
    return (best[1], best[2]) if best else ("", "")
