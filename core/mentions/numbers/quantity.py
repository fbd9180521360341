"""What surrounds a number: its unit, its counted noun, its qualifier, and duals of nouns.

The counted noun is the word right after the number when it looks like a noun of the count
(indefinite, not a function word, not a verb in -وا, not a conjunction-led word), else «من» + noun
(«5 من عناصرها»), else a noun before the number («الحافلات الـ 11», «جثث 5 من عناصرها»). It is
returned as `core.text.arabic.stem` so that «حافلات», «حافلة» and «بالحافلات» meet.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from core.mentions.numbers.lexicon import Phrase, lexicon
from core.mentions.numbers.tokens import Token
from core.mentions.numbers.words import clitics, word_info
from core.resources import lemmas
from core.text.arabic import TASHKEEL, stem

_MAX_PHRASE = 4
_QUOTES = frozenset("\"«»“”'")


class Unit(NamedTuple):
    kind: str
    canonical: str
    end: int


def _keys(tokens: list[Token], i: int, n: int) -> Phrase:
    return tuple(map(_KEY, tokens[i : i + n]))


_KEY = itemgetter(3)
"""`Token.key` as a C-level getter (`map` over tokens calls no Python code)."""


def spaced(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a and b (b = a + 1) are separated by white space or nothing: no punctuation between
    (but the brackets `tokens` drops around a lone number)."""
    return b < len(tokens) and not text[tokens[a].end : tokens[b].start].strip(" \t\u00a0\u200f\u200e\u0640()")


def match_unit(text: str, tokens: list[Token], j: int) -> Unit | None:
    """The longest unit phrase starting at token j («في المئة», «كيلومتر مربع», «%», «دولار»)."""
    if j >= len(tokens) or not spaced(text, tokens, j - 1, j):
        return None
    units = lexicon().units
    for n in range(min(_MAX_PHRASE, len(tokens) - j), 0, -1):
        hit = units.get(_keys(tokens, j, n))
        if hit:
            origin = currency_origin(text, tokens, j + n) if hit[0] == "money" else None
            if origin:
                return Unit("money", f"{hit[1]} {origin}", j + n + 1)
            return Unit(hit[0], hit[1], j + n)
    key = tokens[j].key
    if key[:1] in ("و", "ب") and len(key) > 3 and (key[1:],) in units and units[(key[1:],)][0] == "percent":
        return Unit("percent", units[(key[1:],)][1], j + 1)
    return None


_BROKEN_PLURAL_MONEY = frozenset({"دنانير", "دراهم"})


def currency_origin(text: str, tokens: list[Token], j: int) -> str | None:
    """The adjective of origin after a currency («ريال قطري», «دنانير كويتية», «جنيه إسترليني») as
    its masculine singular key («قطري»), or None: a currency word alone, or with an adjective that
    does not say who issued it (`not-origin` in number_words.txt)."""
    if j >= len(tokens) or tokens[j].kind != "ar" or not spaced(text, tokens, j - 1, j):
        return None
    key = tokens[j].key
    lex = lexicon()
    if key in lex.not_origin or key in lex.not_counted or word_info(key) is not None:
        return None
    if key.startswith(("و", "ف", "لل")) or _plain(text, tokens[j]).endswith("ى"):
        return None  # «دينار وتأتي», «للنادي», «ريال بمعنى»
    bare = key[2:] if key.startswith("ال") else key
    plural = tokens[j - 1].key.endswith("ات") or tokens[j - 1].key in _BROKEN_PLURAL_MONEY
    if bare.endswith("يه") and not plural:
        return None  # «ريال بنهاية»: a feminine noun, not an adjective of a singular currency
    if bare.endswith(("يا", "يه")):
        bare = bare[:-1]
    if not bare.endswith("ي") or len(bare) < 4 or bare in lex.not_origin:
        return None
    return bare


QUALIFIER_CLITICS = ("و", "ف", "ل", "ب", "ول", "وب", "فل")
"""Letters glued before a qualifier («ولأكثر من», «لنحو», «بحوالي»)."""


def qualifier_before(tokens: list[Token], i: int, floor: int) -> tuple[str, int] | None:
    """A qualifier phrase ending right before token i («نحو», «أكثر من», «لا يتجاوز») → (qualifier, start)."""
    before = lexicon().before
    for n in range(min(_MAX_PHRASE, i - floor), 0, -1):
        heads = qualifier_heads(tokens[i - n].key)
        if heads:  # most words open no qualifier phrase, with or without a clitic
            rest = _keys(tokens, i - n + 1, n - 1)
            for head in heads:
                hit = before.get((head, *rest))
                if hit:
                    return hit, i - n
    return None


@lru_cache(maxsize=100_000)
def qualifier_heads(key: str) -> tuple[str, ...]:
    """The forms of KEY a qualifier phrase may start with, in the order they are tried: KEY itself,
    then KEY without each of `QUALIFIER_CLITICS` it carries (leaving two letters or more); only the
    forms that open some phrase, so that most words have none and cost one cached lookup."""
    if key not in _qualifier_forms():  # most words: no opener, with or without a clitic
        return ()
    forms = [key] + [key[len(c) :] for c in QUALIFIER_CLITICS if key.startswith(c) and len(key) > len(c) + 1]
    return tuple(f for f in forms if f in _qualifier_openers())


@lru_cache(maxsize=1)
def _qualifier_openers() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in lexicon().before)


@lru_cache(maxsize=1)
def _qualifier_forms() -> frozenset[str]:
    """Every key `qualifier_heads` may find a head in: an opener, bare or after one of `QUALIFIER_CLITICS`."""
    openers = _qualifier_openers()
    return openers | {c + opener for c in QUALIFIER_CLITICS for opener in openers}


def qualifier_after(text: str, tokens: list[Token], j: int) -> tuple[str, int] | None:
    """A qualifier phrase right after token j - 1 («على الأقل», «تقريبا») → (qualifier, end)."""
    if j >= len(tokens) or not spaced(text, tokens, j - 1, j):
        return None
    after = lexicon().after
    for n in range(min(_MAX_PHRASE, len(tokens) - j), 0, -1):
        hit = after.get(_keys(tokens, j, n))
        if hit and not (j + n < len(tokens) and tokens[j + n].key in ("من", "than")):
            return hit, j + n  # but «… وأكثر من مئة جريح» qualifies the next number
    return None


def _plain(text: str, t: Token) -> str:
    return TASHKEEL.sub("", text[t.start : t.end])


@lru_cache(maxsize=50_000)
def _noun_like(key: str) -> bool:
    lex = lexicon()
    info = word_info(key)
    if len(key) < 2 or key in lex.not_counted or (key,) in lex.months or (info is not None and info.cls != "fracs"):
        return False  # but «أربعة أرباع متتالية» counts quarters
    if key.endswith("وا") or (
        len(key) >= 5 and key[0] in "يت" and key.endswith(("ون", "ان")) and not _stem_countable(key)
    ):
        return False  # verbs: «حاولوا», «يتجهون», «يدرسون»
    if key[0] == "و" and not _wa_noun(key):
        return False  # «وأصيب», «وعاد», «وإصابة»: a conjunction, not the noun of the count
    return True


def _wa_noun(key: str) -> bool:
    """A word starting with «و» that is itself a countable noun («وزراء», «وحدات»), not «و» + word."""
    lex = lexicon()
    lemma = lemmas().get(key, key)
    if lemma in lex.countable or key in lex.countable:
        return True
    base = key[:-2] if key.endswith(("ات", "ين", "ون")) else key
    return base in lex.countable or base + "ه" in lex.countable


def counted_stem(key: str) -> str:
    """The stem of a counted noun. The accusative «ا» of a nisba noun is dropped first
    («مدنيا» → «مدني»), so that it meets «مدني» and «مدنيين»."""
    if key.endswith("يا") and len(key) >= 5:
        key = key[:-1]
    return stem(key)


def is_plural(text: str, t: Token) -> bool:
    """A plural or dual noun («الحافلات», «العناصر»): before «الـ 11» it is counted; a singular
    noun there makes the number an ordinal («البطولة العربية الـ13»)."""
    key = t.key
    if key.endswith(("ات", "ين", "ون", "ان")):
        return True
    bare = key[2:] if key.startswith("ال") else key
    lemma = lemmas().get(bare)
    return lemma is not None and lemma != bare


def is_countable(key: str) -> bool:
    """A countable news noun («حافلات», «جنود», «طائرة»), see `countable.txt`."""
    return _stem_countable(key)


@lru_cache(maxsize=50_000)
def _stem_countable(key: str) -> bool:
    """A countable noun in any form: listed, a listed lemma's plural, or (4 letters or more, so
    that «لأي» does not meet «ولاية») sharing the stem of a listed noun."""
    countable = lexicon().countable
    if key in countable or lemmas().get(key) in countable:
        return True
    return len(key) >= 4 and stem(key) in countable_stems()


@lru_cache(maxsize=1)
def countable_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in lexicon().countable)


def is_definite(text: str, t: Token) -> bool:
    """The word starts with the article «ال» as written (not «آل…» as in «آلية»)."""
    return _plain(text, t).startswith(("ال", "بال", "وال", "لل", "فال", "كال"))


class Counted(NamedTuple):
    counted: str
    start: int
    """Index of the first token of the span (a noun before the number), or the number's own."""
    end: int


def counted_after(
    text: str,
    tokens: list[Token],
    j: int,
    definite_ok: bool = False,
    only_min: bool = False,
    definite_only: bool = False,
) -> tuple[str, int] | None:
    """The counted noun right after the number (token j) → (stem, next index).

    `only_min`: only «من» + noun («العشرات من جهاديي»); `definite_only`: the noun must be definite
    («عشرات القتلى», not «المئات نتيجة»)."""
    if j >= len(tokens) or tokens[j].kind != "ar" or not spaced(text, tokens, j - 1, j):
        return None
    t = tokens[j]
    if t.key == "من":
        k = j + 1
        while k < len(tokens) and tokens[k].key in _QUOTES:
            k += 1
        if k < len(tokens) and tokens[k].kind == "ar" and _noun_like(tokens[k].key):
            return counted_stem(tokens[k].key), k + 1
        return None
    if only_min or not _noun_like(t.key) or (not definite_ok and is_definite(text, t)):
        return None
    if definite_only and not is_definite(text, t):
        return None
    return counted_stem(t.key), j + 1


def counted_before(text: str, tokens: list[Token], i: int, j: int, floor: int) -> Counted | None:
    """A noun before the number: «الحافلات الـ 11», «جثث 5 من عناصرها» (i = number, j = after it)."""
    if (
        i - 2 >= floor
        and tokens[i - 1].key == "ال"
        and tokens[i - 2].kind == "ar"
        and is_definite(text, tokens[i - 2])
        and _noun_like(tokens[i - 2].key)
        and is_plural(text, tokens[i - 2])
    ):
        return Counted(stem(tokens[i - 2].key), i - 2, j)
    if (
        i - 1 >= floor
        and j < len(tokens)
        and tokens[j].key == "من"
        and tokens[i - 1].kind == "ar"
        and spaced(text, tokens, i - 1, i)
        and _stem_countable(tokens[i - 1].key)
    ):
        k = j + 1
        end = k + 1 if k < len(tokens) and tokens[k].kind == "ar" else j
        return Counted(stem(tokens[i - 1].key), i - 1, end)
    return None


@lru_cache(maxsize=100_000)
def dual_noun(key: str) -> tuple[str, int] | None:
    """A dual of a countable noun («طائرتين», «والقياديان») → (singular, clitic length), else None."""
    duals = lexicon().duals
    if key in duals:
        return duals[key], 0
    for n in clitics(key):
        if key[n:] in duals:
            return duals[key[n:]], n
    return None
