"""Turning the core of a number — digits or number words — into a value.

Digits: Western, Arabic-Indic and Persian (folded by `normalize`), with thousands and decimal
separators told apart by their grouping. Words: units, teens, tens, hundreds and the multipliers
ألف/مليون/مليار combine the way Arabic counts («ثلاثمائة وخمسين» = 350, «مئة ألف» = 100000,
«ستة عشر» = 16, «متين تلاتة وستين» = 263).
"""
from __future__ import annotations

import re

from core.numbers import tables
from core.numbers.tokens import Token

_SINGULAR_MULTIPLIERS = (1000, 1_000_000, 1_000_000_000)
_NEEDS_TEN = frozenset({"احد", "احدى", "اثنا", "اثنى", "اثنتا", "اثنتى"})
"""Forms that are numbers only before عشر/عشرة («أحد عشر»; «أحد» alone is «someone»)."""
_TEN = frozenset({"عشر", "عشره"})
_NOT_NUMBERS = frozenset({"الاثنين", "الاتنين"})
"""«الاثنين» is Monday far more often than «the two»."""


def as_number(x: float) -> int | float:
    """An int when whole (11, not 11.0)."""
    return int(x) if float(x).is_integer() else round(x, 6)


def parse_digits(norm: str) -> float | None:
    """Value of a digit run in normalised form ("1,200,000.5", "3.5", "01.10", ".77")."""
    s = norm
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        s = s.replace(",", "") if all(len(g) == 3 for g in groups[1:]) else s.replace(",", ".")
    elif s.count(".") > 1:
        if not all(len(g) == 3 for g in s.split(".")[1:]):
            return None
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def word_value(tok: Token) -> tuple[int, bool] | None:
    """(value, is_multiplier) of a number word, clitics allowed; None when it is not one."""
    if tok.norm in _NOT_NUMBERS:
        return None
    found = tables.strip_clitic(tok.norm, tables.number_words())
    if found:
        value = tables.number_words()[found[0]]
        return value, value in _SINGULAR_MULTIPLIERS
    found = tables.strip_clitic(tok.norm, tables.multipliers())
    if found:
        return tables.multipliers()[found[0]], True
    return None


def bare(tok: Token) -> str:
    """The token without a leading و (a joiner inside compounds)."""
    return tok.norm[1:] if tok.norm.startswith("و") and len(tok.norm) > 2 else tok.norm


def combine(values: list[tuple[int, bool]]) -> int:
    """Combine number words: additive, except hundreds after a unit and multipliers."""
    total = current = 0
    for value, is_multiplier in values:
        if is_multiplier:
            current = (current or 1) * value
            total += current
            current = 0
        elif value == 100 and 0 < current < 10:
            current *= 100
        else:
            current += value
    return total + current


def read_words(toks: list[Token], i: int, text: str) -> tuple[int, int] | None:
    """Read a number-word sequence starting at token i: (value, index after it)."""
    first = word_value(toks[i])
    if first is None:
        return None
    head = tables.strip_clitic(toks[i].norm, tables.number_words())
    values = [first]
    j = i + 1
    while j < len(toks):
        if text[toks[j - 1].end:toks[j].start].strip():
            break
        tok = toks[j]
        if tok.norm == "و" and j + 1 < len(toks) and word_value(toks[j + 1]):
            j += 1
            continue
        plain = tok.norm[3:] if tok.norm.startswith("وال") else tok.norm[2:] if tok.norm.startswith("ال") else ""
        known = (tok.norm in tables.number_words() or tok.norm in tables.multipliers()
                 or bare(tok) in tables.number_words() or plain in tables.number_words())
        nxt = word_value(tok) if known else None
        if nxt is None:
            break
        values.append(nxt)
        j += 1
    if head and head[0] in _NEEDS_TEN and not (j > i + 1 and toks[i + 1].norm in _TEN):
        return None
    return combine(values), j


def fraction_after(toks: list[Token], j: int) -> tuple[float, int] | None:
    """«1 فاصلة 1» / «واحد فاصلة واحد»: the decimal part after the word فاصلة."""
    if j + 1 < len(toks) and toks[j].norm == "فاصله":
        nxt = toks[j + 1]
        digits = nxt.norm if re.fullmatch(r"\d+", nxt.norm) else None
        if digits is None:
            wv = word_value(nxt)
            digits = str(wv[0]) if wv and not wv[1] else None
        if digits:
            return float("0." + digits), j + 2
    return None
