"""A fact's label: what its numbers count, in the articles' own words, its role and its values
(«حافلة (انطلاق): 11 · 17»). Labels are data in the articles' language, whatever the interface's."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from core.match import reasons as R
from core.model import Mention, Sentence
from core.text.arabic import stem

_WORD = re.compile(r"[\u0621-\u064a\u0640-\u065f\u0670]+")


def label(members: list[Mention], ordered: list[str], sentence_of: Callable[[Mention], str] | None = None) -> str:
    """What the fact counts, as the articles write it, its role and its values: «حافلة: 11 · 17»."""
    return noun_and_label(members, ordered, sentence_of)[1]


def noun_and_label(
    members: list[Mention], ordered: list[str], sentence_of: Callable[[Mention], str] | None = None
) -> tuple[str, str]:
    """(what the fact counts as the articles write it, its `label`): the word also names the
    subject in the fact's reasons, where its stem («ساع», «شرك») would not read."""
    noun = _noun(members, sentence_of)
    role = R.ROLE_NAMES["ar"].get(members[0].frame.role.split(".")[0], "")
    return noun, f"{noun}{' (' + role + ')' if role else ''}: " + " · ".join(ordered)


def _noun(members: list[Mention], sentence_of: Callable[[Mention], str] | None = None) -> str:
    """What the fact counts, as the articles write it: «حافلة» rather than its stem. When no
    mention's own words hold it («ارتفع عدد القتلى إلى 20»: the number alone), the word named after
    «عدد» in the mentions' sentences (SENTENCE_OF: a mention's sentence as written); a measure keeps
    its unit («طن», «كغ»); else the kind's name in the articles' language, whatever the interface's
    (an Arabic label never reads «count: 20»)."""
    forms: dict[str, int] = defaultdict(int)
    for m in members:
        if not m.counted:
            continue  # no word of it can be what it counts
        for bare in _forms(m.text, m.counted):
            forms[bare] += 1
    if not forms and sentence_of is not None:
        for m in members:
            if m.counted:
                for bare in _counted_forms(sentence_of(m), m.counted):
                    forms[bare] += 1
    if forms:
        return max(forms, key=lambda w: (forms[w], -len(w)))
    first = members[0]
    if first.kind == "other" and first.counted:
        return first.counted.replace("_", " ")  # a unit's canonical name (resources/lexicon/numbers/units.txt)
    arabic = _WORD.search(first.text) is not None or (
        sentence_of is not None and _WORD.search(sentence_of(first)) is not None
    )
    names = KIND_NAMES if arabic else ENGLISH_KIND_NAMES
    return names.get(first.kind, names["other"])


KIND_NAMES = {
    "count": "عدد",
    "date": "تاريخ",
    "time": "ساعة",
    "duration": "مدة",
    "distance": "مسافة",
    "percent": "نسبة",
    "money": "مبلغ",
    "ordinal": "ترتيب",
    "other": "كمية",
}
"""A fact's label head when no article's words say what it counts, by kind."""
ENGLISH_KIND_NAMES = {
    "count": "count",
    "date": "date",
    "time": "time",
    "duration": "duration",
    "distance": "distance",
    "percent": "percentage",
    "money": "amount",
    "ordinal": "rank",
    "other": "quantity",
}
"""`KIND_NAMES` for articles in English: a label in the articles' language."""


_MARKS = "[\u0640\u064b-\u0652]*"
_COUNT_WORD = re.compile(f"ع{_MARKS}د{_MARKS}(?:ا{_MARKS})?د")
"""«عدد» or «أعداد» anywhere, with their diacritics and tatweel: the test before any word is stemmed."""
COUNT_WORDS = frozenset({stem("عدد"), stem("أعداد")})
"""«عدد»: the word that names, after it, what a number standing alone counts («ارتفع عدد القتلى إلى 20»)."""


def _counted_forms(sentence: str, counted: str) -> tuple[str, ...]:
    """The words of SENTENCE that are forms of COUNTED (a stem) named after «عدد»: where a number
    standing alone says what it counts. Only there: a counted noun read elsewhere in a sentence
    may be a slip of the reading, and «عدد» is the neutral label head anyway."""
    if _COUNT_WORD.search(sentence) is None:  # most sentences: no «عدد» at all, no word to stem
        return ()
    words = _WORD.findall(sentence)
    return tuple(
        _without_article(word)
        for before, word in zip(words, words[1:], strict=False)
        if stem(before) in COUNT_WORDS and stem(word) == counted
    )


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@lru_cache(maxsize=20_000)
def _forms(text: str, counted: str) -> tuple[str, ...]:
    """The words of a mention's TEXT that are forms of what it counts (COUNTED, a stem), in order, without
    the article of a long one; kept: «3 أشخاص» and its like repeat across a folder's numbers."""
    return tuple(_without_article(word) for word in _WORD.findall(text) if stem(word) == counted)


def sentence_reader(texts: dict[str, str], sentences: list[Sentence]) -> Callable[[Mention], str]:
    """A mention's sentence as written (for a label whose number stands alone); the sentences are
    looked up by id once one is asked for."""
    spans: dict[str, Sentence] = {}

    def sentence_of(m: Mention) -> str:
        if not spans:
            spans.update((s.id, s) for s in sentences)
        s = spans.get(m.sentence)
        return texts[m.doc][s.start : s.end] if s is not None and m.doc in texts else ""

    return sentence_of
