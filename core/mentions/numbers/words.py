"""Number words → value: «خمسة وعشرون», «ثلاثمائة», «ثلاث مئة ألف», «بعشر», «الحادي عشر».

Words are looked up by key after stripping one clitic cluster (و ف ب ل ك ال and their
combinations); hamza-less spellings need no special case because keys are folded. A phrase is
composed term by term (units, teens, tens, hundreds, scales) and only along the orders Arabic
uses: a unit before a ten with «و» («خمسة وعشرون»), anything smaller after a hundred or a scale,
a scale after what it multiplies («مئة ألف», «خمسة آلاف»). Two numbers side by side that do not
compose («ثلاثة أربعة») stay apart.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, TypeGuard

from core.mentions.numbers.lexicon import lexicon
from core.mentions.numbers.tokens import Token

PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
"""Clitic clusters before a number word. «ك» is left out: «كمية», «كميات» are no «مية», «ميات»."""
PREFIX_SET = frozenset(PREFIXES)
PREFIX_LENGTHS = tuple(sorted({len(p) for p in PREFIXES}, reverse=True))
"""`PREFIXES` run from the longest to the shortest: the ones a key starts with, in that order, are
found by a slice and a set lookup per length (`clitics`)."""
_MIN_REST = 3


class WordInfo(NamedTuple):
    cls: str
    """card, weak, teen, scale, plural, dual, vague, ord, ordc, frac, fracs, point."""
    value: float
    prefix: int
    """Length of the clitic cluster stripped from the key."""
    definite: bool


def _bare(key: str) -> tuple[str, float] | None:
    """The class and value of a number word without clitics, or None."""
    return bare_table().get(key)


@lru_cache(maxsize=1)
def bare_table() -> dict[str, tuple[str, float]]:
    """Every number word of the lexicon → (class, value); a word in several tables has the class of
    the first (cardinal, ordinal, scale, plural, dual, vague, ordinal compound, teen, weak, fraction,
    fractions, point). One lookup where each word looked in twelve tables (and a word's clitic-less
    forms were looked up again and again: a cache of 4,096 keys held a few articles' words)."""
    lex = lexicon()
    table: dict[str, tuple[str, float]] = {}
    for cls, words in (
        ("card", lex.cardinal),
        ("ord", lex.ordinal),
        ("scale", lex.scale),
        ("plural", lex.plural),
        ("dual", lex.dual),
        ("vague", lex.vague),
        ("ordc", lex.ordinal_compound),
        ("teen", lex.teen_head),
        ("weak", lex.weak),
        ("frac", lex.fraction),
        ("fracs", lex.fractions),
    ):
        for word, value in words.items():
            table.setdefault(word, (cls, value))
    for word in lex.point:
        table.setdefault(word, ("point", 0))
    return table


def is_scale(info: WordInfo | None) -> TypeGuard[WordInfo]:
    """INFO names a scale word without a clitic («ألف», «ملايين», «مليار»): the digits before it are
    counted in its units."""
    return info is not None and info.prefix == 0 and info.cls in ("scale", "plural")


@lru_cache(maxsize=100_000)
def word_info(key: str) -> WordInfo | None:
    """What a word means as a number, clitics allowed («وثلاثة», «بعشر», «العشرات»), or None."""
    lex = lexicon()
    if key in lex.not_number or key[1:] in lex.not_number:
        return None
    hit = _bare(key)
    if hit:
        return WordInfo(hit[0], hit[1], 0, False)
    for n in clitics(key):
        if len(key) - n >= _MIN_REST:
            hit = _bare(key[n:])
            if hit:
                p = key[:n]
                return WordInfo(hit[0], hit[1], n, p.endswith("ال") or p == "لل")
    return None


def clitics(key: str) -> list[int]:
    """The lengths of the `PREFIXES` KEY starts with, in the order of `PREFIXES` (longest first)."""
    return [n for n in PREFIX_LENGTHS if len(key) >= n and key[:n] in PREFIX_SET]


def _continuation(key: str) -> tuple[WordInfo | None, bool]:
    """A later term of a phrase: bare, or with «و» (and «ال» in ordinal compounds). → (info, has و)."""
    whole_hit = _bare(key)
    if whole_hit:
        return WordInfo(whole_hit[0], whole_hit[1], 0, False), False
    if key.startswith("و") and len(key) > 3:
        rest = key[1:]
        hit = _bare(rest) or (_bare(rest[2:]) if rest.startswith("ال") else None)
        if hit:
            return WordInfo(hit[0], hit[1], 1, rest.startswith("ال")), True
    hit = _bare(key) or (_bare(key[2:]) if key.startswith("ال") and len(key) > 4 else None)
    return (WordInfo(hit[0], hit[1], 0, key.startswith("ال")) if hit else None), False


class WordNumber(NamedTuple):
    value: float
    end: int
    """Index of the first token after the phrase."""
    prefix: int
    """Letters of clitic before the number in its first token («ب» of «بعشر»)."""
    ordinal: bool
    vague: bool
    definite: bool
    fraction: bool = False
    """A fraction of something, not a number of things: «نصف الطلاب», «ثلاثة أرباع الموازنة»."""


def _is_tail(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].kind == "ar" and tokens[j].key in lexicon().teen_tail


def _hundred(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].kind == "ar" and lexicon().cardinal.get(tokens[j].key) == 100


def _tens(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """«و» + tens at j («والعشرين», «و العشرون», «وعشرين») → (value, next index)."""
    if j >= len(tokens) or tokens[j].kind != "ar":
        return None
    if tokens[j].key == "و":
        j += 1
        if j >= len(tokens) or tokens[j].kind != "ar":
            return None
        info, _ = _continuation(tokens[j].key)
    else:
        info, has_wa = _continuation(tokens[j].key)
        if not has_wa:
            return None
    if info and info.cls == "card" and 20 <= info.value <= 90:
        return int(info.value), j + 1
    return None


def _ordinal(tokens: list[Token], i: int, info: WordInfo) -> WordNumber | None:
    value, j = int(info.value), i + 1
    if _is_tail(tokens, j):
        value, j = value + 10, j + 1
    else:
        tens = _tens(tokens, j)
        if tens:
            value, j = value + tens[0], tens[1]
        elif info.cls == "ordc":
            return None
    return WordNumber(value, j, info.prefix, True, False, info.definite)


def _vague(tokens: list[Token], i: int, info: WordInfo) -> WordNumber:
    value, j = info.value, i + 1
    if j < len(tokens) and tokens[j].kind == "ar":
        nxt, _ = _continuation(tokens[j].key)
        if nxt and nxt.cls in ("plural", "vague") and nxt.value >= 1000 and not _has_wa(tokens[j].key):
            value, j = value * nxt.value, j + 1
    return WordNumber(value, j, info.prefix, False, True, info.definite)


def _has_wa(key: str) -> bool:
    return key.startswith("و") and _bare(key) is None


_SMALL = {"U", "T", "D", "H"}
_SCALES = ("S", "S2", "P")
_DUAL_CONSTRUCT = frozenset({"مليونا", "مليارا"})
"""«مليونا دولار»: the construct dual (two million) when the word opens the number; after a number
the same form is the accusative singular («عشرون مليونا»). «ألفا» is left out: alone it is as
often a name («ألفا روميو»)."""
_TANWEEN_FATH = "\u064b"


def _key_is_scale(tokens: list[Token], j: int, value: float | None = None) -> bool:
    """Token j is a scale word («مليون», «المليار» with the article), of `value` if given."""
    if j >= len(tokens) or tokens[j].kind != "ar":
        return False
    scale = lexicon().scale
    key = tokens[j].key
    v = scale.get(key) or (scale.get(key[2:]) if key.startswith("ال") else None)
    return v is not None and (value is None or v == value)


def ambiguous_fraction(tokens: list[Token], i: int, after_qualifier: bool) -> float | None:
    """«خمس» and «ثمن» read as fractions (a fifth, an eighth) only where news means them so.

    «خمس» is five («خمس سنوات», «خمس دول») unless a definite noun follows that is not a time
    unit: «خمس السكان» is a fifth of the population, but «خمس السنوات الماضية» is five years.
    «ثمن» is a price («ثمن البرميل») unless a quantity qualifier stands before it as well as a
    definite noun after it («نحو ثمن الناخبين»). With a clitic other than «و»/«ب» or with the
    article they are never fractions («الخمس», «بالثمن»)."""
    lex = lexicon()
    key = tokens[i].key
    bare = key[1:] if key[:1] in "وب" and key[1:] in lex.ambiguous_fraction else key
    value = lex.ambiguous_fraction.get(bare)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if value is None or nxt is None or nxt.kind != "ar" or not nxt.key.startswith("ال") or len(nxt.key) < 4:
        return None
    if (nxt.key[2:],) in lex.units or _bare(nxt.key[2:]) is not None:
        return None  # «خمس السنوات», «خمس المئات»
    if bare == "ثمن" and not after_qualifier:
        return None
    return value


def read_words(tokens: list[Token], i: int, after_qualifier: bool = False) -> WordNumber | None:
    """The number phrase that starts at token i, or None.

    `after_qualifier`: a quantity qualifier («نحو», «أكثر من») stands right before token i, which
    lets «ثمن» be an eighth (see `ambiguous_fraction`)."""
    first = tokens[i]
    if first.kind != "ar":
        return None
    info = word_info(first.key)
    amb = ambiguous_fraction(tokens, i, after_qualifier)
    if amb is not None:
        prefix = 1 if first.key[1:] in lexicon().ambiguous_fraction else 0
        return WordNumber(round(amb, 6), i + 1, prefix, False, False, False, True)
    if info is None or info.cls in ("point", "fracs"):
        return None
    if info.cls in ("ord", "ordc"):
        return _ordinal(tokens, i, info)
    if info.cls == "vague" or (info.cls == "plural" and info.value >= 1000):
        return _vague(tokens, i, info)
    if info.cls == "frac" and info.definite:
        return None  # «الربع الأول», «النصف الثاني»
    if (
        info.cls == "scale"
        and first.key[info.prefix :] in _DUAL_CONSTRUCT
        and _TANWEEN_FATH not in first.key
        and i + 1 < len(tokens)
        and tokens[i + 1].kind == "ar"
        and not tokens[i + 1].key.startswith("و")
        and word_info(tokens[i + 1].key) is None
        and tokens[i + 1].key not in lexicon().not_counted
    ):
        info = info._replace(cls="dual", value=info.value * 2)  # «مليونا دولار»: two million
    total = 0.0
    group = 0.0
    last = ""
    last_scale = 0.0
    pending = 0.0
    weak_only = True
    j = i
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        if tok.kind != "ar":
            break
        conn = False
        step = 1
        if j == i:
            cur: WordInfo | None = info
        elif tok.key == "و" and j + 1 < n and tokens[j + 1].kind == "ar":
            cur, _ = _continuation(tokens[j + 1].key)
            conn, step = True, 2
        else:
            cur, conn = _continuation(tok.key)
        if cur is None:
            break
        v = cur.value
        term = ""
        extra = 0
        if cur.cls == "card":
            if 1 <= v <= 9 and _is_tail(tokens, j + step):
                term, v, extra = "T", v + 10, 1
            elif 3 <= v <= 9 and _hundred(tokens, j + step):
                term, v, extra = "H", v * 100, 1
            else:
                term = "U" if v < 10 else "T" if v < 20 else "D" if v < 100 else "H"
        elif cur.cls == "teen" and _is_tail(tokens, j + step):
            term, v, extra = "T", v + 10, 1
        elif cur.cls == "weak":
            term = "H"
        elif cur.cls in ("scale", "dual", "plural", "frac", "fracs"):
            term = {"scale": "S", "dual": "S2", "plural": "P", "frac": "F", "fracs": "FP"}[cur.cls]
        else:
            break
        if cur.definite and j > i and term not in ("D", "F") and not (term == "S" and last in ("F", "G")):
            break  # «مليون المليار»: only «والعشرين», «ونصف المليار», «نصف المليون» take the article
        if term in _SMALL:
            ok = not last or (last == "U" and term == "D" and conn) or (last == "H" and term != "H") or last in _SCALES
            if not ok:
                break
            group += v
        elif term == "S":
            if not last:
                total += v
            elif last in _SMALL | {"G"} and not conn:
                total += group * v
                group = 0
            elif last == "F" and not conn and not total:
                total += pending * v
            elif last in _SCALES and conn and v < last_scale:
                total += v
            else:
                break
            last_scale = v
        elif term == "S2":
            if last and not (last in _SCALES and conn and v < last_scale):
                break
            total += v
            last_scale = v / 2
        elif term == "P":
            if last not in ("U", "T", "D") or conn:
                break
            total += group * v
            group = 0
            last_scale = v
        elif term == "F":
            if not last and not conn and _key_is_scale(tokens, j + 1):
                pending = v  # «ربع مليار»
            elif conn and last in _SCALES:
                total += last_scale * v  # «مليون ونصف», «مليار وربع»
                if _key_is_scale(tokens, j + step, last_scale):
                    extra = 1  # «مليار ونصف المليار»
            elif conn and last in ("U", "T", "D") and group:
                group += v  # «سبعة ونصف»
                term = "G"
            elif not last and not conn and j == i:
                last, weak_only = term, False
                j += step
                break  # «نصف الطلاب»: checked by the caller
            else:
                break
        elif term == "FP":
            if last != "U" or conn or group >= v:
                break
            group = group / v  # «ثلاثة أرباع»
            term = "G"
        if cur.cls != "weak":
            weak_only = False
        last = term
        j += step + extra
    if j == i or weak_only:
        return None
    if last == "F" and total == 0:
        return _bare_fraction(tokens, i, j, info)
    value = round(total + group, 6)  # «ثلث» is 0.333333, «ثلث مليون» 333333.333333
    fraction = total == 0 and 0 < group < 1
    return WordNumber(value, j, info.prefix, False, False, info.definite, fraction)


def _bare_fraction(tokens: list[Token], i: int, j: int, info: WordInfo) -> WordNumber | None:
    """«نصف الطلاب», «ربع ساعة», «نصف في المئة», «ثلث المساحة»: a fraction before a definite noun
    or a unit, or closing its clause («انخفض الإنتاج بمقدار نصف.»)."""
    lex = lexicon()
    if j >= len(tokens) or (tokens[j].kind == "p" and tokens[j].key in ".،,؛;:!؟?" and not info.prefix):
        return WordNumber(round(info.value, 6), j, info.prefix, False, False, False, False)  # «نصف»
    if tokens[j].kind != "ar":
        return None
    key = tokens[j].key
    if (key,) in lex.units or (j + 1 < len(tokens) and (key, tokens[j + 1].key) in lex.units):
        return WordNumber(round(info.value, 6), j, info.prefix, False, False, False, False)  # «ربع ساعة»
    if key in lex.not_fraction or key in lex.not_number:
        return None
    if key.startswith("ال") and len(key) >= 4 and _bare(key[2:]) is None:
        return WordNumber(round(info.value, 6), j, info.prefix, False, False, False, True)
    return None
