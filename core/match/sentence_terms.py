"""The terms a sentence is compared on (`core.match.align`): its words' stems, synonym and predicate
classes, without stopwords and digits. Every sentence of the folder goes through here twice (once
per article, once where its story is linked), so a word's term is looked up, not remade."""

from __future__ import annotations

import re

from core.text import wordclasses as lexicon
from core.text.arabic import stem
from core.text.memo import Memo

_WORD = re.compile(r"[\w\u0600-\u06ff]+")
"""`core.text.arabic.words` on a text already normalised."""


def terms_of_normalized(norm: str) -> set[str]:
    return terms_of_words(_WORD.findall(norm))


def terms_of_words(words: list[str]) -> set[str]:
    # map over a memo: no Python frame per word known (this ran once per word of the folder, twice);
    # a word not met yet is made in the same pass
    out = set(map(_TERMS.__getitem__, words))
    out.discard("")
    return out


def _new_term(w: str) -> str:
    """The term a normalised word contributes ("" for none), made once: news repeats its words."""
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


_MAX_TERMS = 500_000
_TERMS: Memo[str, str] = Memo(_new_term, _MAX_TERMS)
"""`_new_term` of the words met: a dict lookup is quicker than `lru_cache`'s, and a word missing
costs one call, not a second pass over its sentence."""
