"""Dates around a number: «29 آب», «الخامس من سبتمبر/ أيلول الجاري», «28 آب 2017»,
«August 28, 2017», «العام 2014», and Hijri months. Values are ISO-8601 with unknown parts left
out ("--08-29", "2017-08-28", "2014"); Hijri dates carry an "H" prefix ("H--09-05").
"""
from __future__ import annotations

import re

from core.numbers import tables
from core.numbers.tokens import Token

YEAR_WORDS = frozenset({"عام", "العام", "لعام", "والعام", "سنه", "السنه", "لسنه"})
_MONTH_SEP = re.compile(r"^[/\\\-–—]?$")


def month_at(toks: list[Token], j: int) -> tuple[str, int] | None:
    """(month key, index after it) when a month name (one or two words) starts at token j."""
    if j >= len(toks):
        return None
    names = tables.months()
    if j + 1 < len(toks):
        two = f"{toks[j].norm} {toks[j + 1].norm}"
        if two in names:
            return names[two], j + 2
    norm = toks[j].norm.lower()
    for cand in (norm, norm[1:] if norm[:1] in "بلو" else None, norm[2:] if norm.startswith("ال") else None):
        if cand and cand in names and (cand == norm or len(cand) > 2):
            return names[cand], j + 1
    return None


def is_year(tok: Token) -> bool:
    return tok.norm.isdigit() and len(tok.norm) == 4 and 1800 <= int(tok.norm) <= 2100


def iso(day: int | None, month: str, year: int | None) -> str:
    hijri = month.startswith("h")
    mm = int(month.lstrip("h"))
    core = f"{year:04d}" if year else "-"
    core += f"-{mm:02d}" + (f"-{day:02d}" if day else "")
    return ("H" if hijri else "") + core


def date_after_day(text: str, toks: list[Token], day: int, j: int) -> tuple[str, int] | None:
    """After a day number at tokens[..j): «[من] MONTH[/MONTH] [YEAR]» → (value, index after)."""
    if not 1 <= day <= 31:
        return None
    k = j
    if k < len(toks) and toks[k].norm == "من":
        k += 1
    found = month_at(toks, k)
    if not found:
        return None
    month, k = found
    if k + 1 <= len(toks) - 1 and _MONTH_SEP.match(text[toks[k - 1].end:toks[k].start].strip()):
        again = month_at(toks, k)
        if again and text[toks[k - 1].end:toks[k].start].strip():
            k = again[1]
    year = None
    if k < len(toks) and is_year(toks[k]) and not text[toks[k - 1].end:toks[k].start].strip(" ,،"):
        year, k = int(toks[k].norm), k + 1
    return iso(day, month, year), k


def english_date(text: str, toks: list[Token], i: int) -> tuple[str, int] | None:
    """«August 28, 2017» starting at a month token i."""
    found = month_at(toks, i)
    if not found or not toks[i].raw[:1].isalpha() or not toks[i].raw.isascii():
        return None
    month, k = found
    if k < len(toks) and toks[k].norm.isdigit() and 1 <= int(toks[k].norm) <= 31:
        day, k = int(toks[k].norm), k + 1
        year = None
        if k < len(toks) and is_year(toks[k]):
            year, k = int(toks[k].norm), k + 1
        return iso(day, month, year), k
    return None
