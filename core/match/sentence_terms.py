"""The terms a sentence is compared on (`core.match.align`): its words' stems, synonym and predicate
classes, without stopwords and digits. Every sentence of the folder goes through here twice (once
per article, once where its story is linked), so a word's term is looked up, not remade."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from core.match.subject import HUMAN_CLASSES, counted_class
from core.model import Mention, Sentence
from core.text import wordclasses as lexicon
from core.text.arabic import normalize, normalize_folded, stem
from core.text.memo import self_filling

_WORD = re.compile(r"[\u0600-\u06ff\w][\u0600-\u06ff\w]*")
"""`core.text.arabic.words` on a text already normalised (the same pattern, written as there)."""


def terms_of_normalized(norm: str) -> set[str]:
    return terms_of_words(_WORD.findall(norm))


def terms_of_words(words: list[str]) -> set[str]:
    # map over a memo: no Python frame per word known (this ran once per word of the folder, twice);
    # a word not met yet is made in the same pass
    out = set(map(_TERMS.__getitem__, words))
    out.discard("")
    return out


def _new_term(w: str) -> str:
    """The term a normalised word contributes ("" for none), made once: news repeats its words.
    Kept in `_TERMS` here: this is the memo's own `__missing__`, one Python call a new word."""
    stop = lexicon.stopwords()
    term = ""
    if not (w.isdigit() or len(w) < 2 or w in stop):
        s = stem(w)
        if s not in stop:
            synonyms = lexicon.classes("synonyms")
            if s in synonyms:
                term = "=" + synonyms[s]
            else:
                predicates = lexicon.classes("predicates")
                term = "!" + predicates[s] if s in predicates else s
    if len(_TERMS) >= _MAX_TERMS:
        _TERMS.clear()
    _TERMS[w] = term
    return term


_MAX_TERMS = 500_000
_TERMS: dict[str, str] = self_filling(_new_term)
"""`_new_term` of the words met: a dict lookup is quicker than `lru_cache`'s, and a word missing
costs one call, not a second pass over its sentence; emptied once it holds `_MAX_TERMS` words."""


def _number_class(m: Mention) -> str:
    """What a number counts, for matching quantities between sentences: its frame's subject (people
    of any kind as one), else its counted noun's class."""
    subject = m.frame.subject or counted_class(m.counted)
    return "human" if subject in HUMAN_CLASSES else subject


def number_terms(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """{sentence id: the terms of its numbers} («#40:human»): a value with what it counts, for the
    numbers that can tell two statements apart."""
    values: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind != "ordinal" and not (isinstance(m.value, (int, float)) and m.value < 3):
            # 40 vehicles and 40 fighters are not the same quantity
            values[m.sentence].add(f"#{m.value}:{_number_class(m)}")
    return values


Reading = tuple[Sentence, str, set[str]]
"""A non-furniture sentence, its normalised text and its terms (its numbers' among them)."""


def sentence_readings(
    texts: dict[str, str],
    sentences: Iterable[Sentence],
    mentions: Iterable[Mention],
    *,
    folded: bool = False,
    words: dict[str, tuple[str, list[str]]] | None = None,
) -> list[Reading]:
    """Each non-furniture sentence read as `core.match.align.profiles` and `profile_terms` read it:
    `texts` maps document id → text (already passed through `fold_chars` when FOLDED); WORDS:
    {sentence id: (its normalised text, the words of it)} where the caller has them."""
    values = number_terms(mentions)
    out: list[Reading] = []
    for s in sentences:
        if s.furniture:
            continue
        known = words.get(s.id) if words is not None else None
        if known is None:
            piece = texts[s.doc][s.start : s.end]
            norm = normalize_folded(piece) if folded else normalize(piece)
            terms = terms_of_normalized(norm)
        else:
            norm, terms = known[0], terms_of_words(known[1])
        numbers = values.get(s.id)  # most sentences give none: no empty set made for them
        out.append((s, norm, terms | numbers if numbers else terms))
    return out


def profile_terms(
    texts: dict[str, str],
    sentences: Iterable[Sentence],
    mentions: Iterable[Mention],
    *,
    folded: bool = False,
    words: dict[str, tuple[str, list[str]]] | None = None,
) -> list[set[str]]:
    """The `terms` of each of the `core.match.align.profiles` (same arguments, same order), without
    the profiles: an article's own analysis counts its terms and throws its profiles away."""
    return [terms for _, _, terms in sentence_readings(texts, sentences, mentions, folded=folded, words=words)]
