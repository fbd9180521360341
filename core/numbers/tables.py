"""The number reader's word tables, loaded once from `resources/lexicon/` (user-editable text).

All keys are in `core.arabic.normalize` form, so «أربعة», «اربعه» and «أَرْبَعَة» are one key.
"""
from __future__ import annotations

from functools import lru_cache

from core import resources
from core.arabic import normalize, stem

CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
"""Proclitics a number word may carry («وثلاثة», «بعشر», «الخامس», «وبالعشرات»)."""


def _table(name: str) -> dict[str, str]:
    return {normalize(w).replace("_", " "): key
            for key, words in resources.read_groups(name).items() for w in words}


@lru_cache(maxsize=None)
def number_words() -> dict[str, int]:
    return {w: int(v) for w, v in _table("number_words").items()}


@lru_cache(maxsize=None)
def multipliers() -> dict[str, int]:
    return {w: int(v) for w, v in _table("number_multipliers").items()}


@lru_cache(maxsize=None)
def ordinals() -> dict[str, int]:
    return {w: int(v) for w, v in _table("ordinals").items()}


@lru_cache(maxsize=None)
def months() -> dict[str, str]:
    """Month name (one or two words, normalised) → "1".."12" or "h1".."h12" (Hijri)."""
    return _table("months")


@lru_cache(maxsize=None)
def qualifiers() -> dict[str, str]:
    """Qualifier phrase (normalised, words joined by spaces) → qualifier name."""
    return _table("qualifiers")


@lru_cache(maxsize=None)
def unit_kinds() -> dict[str, str]:
    """Stem or normalised form of a unit / time noun → kind (duration, distance, percent, money)."""
    table: dict[str, str] = {}
    for kind, words in resources.read_groups("units").items():
        for w in words:
            table[normalize(w)] = kind
            table.setdefault(stem(w), kind)
    return table


def _nouns(*names: str) -> frozenset[str]:
    return frozenset(normalize(w) for name in names for words in resources.read_groups(name).values()
                     for w in words if "_" not in w)


@lru_cache(maxsize=None)
def dual_bases() -> frozenset[str]:
    """Singular nouns (normalised) whose -ين form is a dual, not a sound plural."""
    return _nouns("dual_nouns")


@lru_cache(maxsize=None)
def countable_bases() -> frozenset[str]:
    """Singular nouns (normalised) that can be counted: their -ان / -تين / -تان forms are duals."""
    return _nouns("dual_nouns", "counted_classes")


def strip_clitic(word: str, table: dict[str, int] | dict[str, str]) -> tuple[str, int] | None:
    """(key, clitic length) when `word`, maybe behind a proclitic, is a key of `table`."""
    if word in table:
        return word, 0
    for c in CLITICS:
        if word.startswith(c) and word[len(c):] in table:
            return word[len(c):], len(c)
    return None
