"""Which words can start a mention: a cheap, cached test that lets the reader skip the ordinary
words of a text (most of them) without trying every reading step on each."""

from __future__ import annotations

from functools import lru_cache

from core.mentions.numbers.english import english
from core.mentions.numbers.lexicon import lexicon
from core.mentions.numbers.quantity import dual_noun
from core.mentions.numbers.words import word_info

_GROUPS = ("clock", "month-position", "month-word", "first-day", "year-word")


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    lex = lexicon()
    words: set[str] = set()
    for group in _GROUPS:
        words.update(phrase[0] for phrase in lex.words(group))
    words.update(phrase[0] for phrase in lex.months)
    words.update(phrase[0] for phrase, (kind, _c) in lex.units.items() if kind != "percent" and len(phrase) == 1)
    words.update(english().words)
    return frozenset(words)


@lru_cache(maxsize=200_000)
def may_start(key: str) -> bool:
    """A word (key) that some reading step could start at: a number word, a dual, a month, a date
    or clock word (with a one-letter clitic or «لل»), an English number word."""
    starters = _starters()
    if key in starters or word_info(key) is not None or dual_noun(key) is not None:
        return True
    fractions = lexicon().ambiguous_fraction
    if key in fractions or (key[:1] in "وب" and key[1:] in fractions):
        return True  # «ثمن», «وخمس»: fractions by context
    if key[:1] in "وبلفك" and len(key) >= 3 and key[1:] in starters:
        return True
    return key.startswith("لل") and "ا" + key[1:] in starters
