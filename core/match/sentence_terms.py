"""The terms a sentence is compared on (`core.match.align`): its words' stems, synonym and predicate
classes, without stopwords and digits. Every sentence of the folder goes through here twice (once
per article, once where its story is linked), so a word's term is looked up, not remade."""

from __future__ import annotations

import re

from core.text import wordclasses as lexicon
from core.text.arabic import stem

_WORD = re.compile(r"[\w\u0600-\u06ff]+")
"""`core.text.arabic.words` on a text already normalised."""


def terms_of_normalized(norm: str) -> set[str]:
    return terms_of_words(_WORD.findall(norm))


def terms_of_words(words: list[str]) -> set[str]:
    try:  # map over a dict: no Python frame per word (this ran once per word of the folder, twice)
        out = set(map(_TERMS.__getitem__, words))
    except KeyError:  # a word not met yet
        out = set(map(_term_of, words))
    out.discard("")
    return out


_TERMS: dict[str, str] = {}
"""`_term_of` of the words met, cleared at `_MAX_TERMS`: a dict lookup is quicker than `lru_cache`'s."""
_MAX_TERMS = 500_000


def _term_of(w: str) -> str:
    """The term a normalised word contributes ("" for none), kept: news repeats its words."""
    known = _TERMS.get(w)
    if known is None:
        if len(_TERMS) >= _MAX_TERMS:
            _TERMS.clear()
        known = _TERMS[w] = _new_term(w)
    return known


def _new_term(w: str) -> str:
    stop = lexicon.stopwords()
    if w.isdigit() or len(w) < 2 or w in stop:
        return ""
    s = stem(w)
    if s in stop:
        return ""
    synonyms = lexicon.classes("synonyms")
    if s in synonyms:
        return "=" + synonyms[s]
    predicates = lexicon.classes("predicates")
    return "!" + predicates[s] if s in predicates else s
