"""Month names and the date shapes built on them.

Month names come from `months.txt` in all systems (آب / أغسطس / أوت / August, Hijri months).
A month name is only a date with something that makes it one: a day before it («29 آب»,
«الخامس من سبتمبر»), a year after it («أغسطس 2017»), «شهر» before it, a position word
(«نهاية أغسطس/آب» → "--08", vague), or, for a Gregorian month in Arabic letters, a word of time
(«في يونيو», «أغسطس الماضي»: `core.mentions.numbers.when.DateReader.bare_month`). Values are
ISO-8601 with unknown parts left out; Hijri dates carry an "AH" prefix («15 رمضان» → "AH--09-15")
so they never meet Gregorian ones.
"""

from __future__ import annotations

from typing import NamedTuple

from core.mentions.numbers.lexicon import lexicon
from core.mentions.numbers.tokens import Token

_CLITICS = ("و", "ب", "ل", "ف")


class Month(NamedTuple):
    calendar: str
    month: int
    end: int
    """Index of the first token after the month name (and an alternative name after «/» or «(»)."""
    clitic: str = ""
    """The letter glued before the name («بيونيو»: «ب»), if any."""


def _match(tokens: list[Token], i: int) -> tuple[str, int, int, str] | None:
    months = lexicon().months
    if i >= len(tokens) or tokens[i].kind not in ("ar", "lat"):
        return None
    first = tokens[i].key
    candidates = [first]
    if first[:1] in _CLITICS and len(first) > 4:
        candidates.append(first[1:])
    for key in candidates:
        clitic = first[:1] if key is not first else ""
        if i + 1 < len(tokens) and tokens[i + 1].kind == "ar":
            hit = months.get((key, tokens[i + 1].key))
            if hit:
                return hit[0], hit[1], i + 2, clitic
        hit = months.get((key,))
        if hit:
            return hit[0], hit[1], i + 1, clitic
    return None


def match_month(tokens: list[Token], i: int) -> Month | None:
    """The month name at token i, with an alternative name after it («سبتمبر/ أيلول», «أغسطس (آب)»,
    «يوليو تموز»)."""
    hit = _match(tokens, i)
    if hit is None:
        return None
    cal, month, j, clitic = hit
    if j < len(tokens) and tokens[j].key == "." and tokens[i].kind == "lat":
        j += 1
    marked = j < len(tokens) and tokens[j].key in ("/", "(", "-", "،", ",")
    alt = _match(tokens, j + 1 if marked else j)
    if alt and alt[1] == month and alt[0] == cal and tokens[j].kind != "lat":
        j = alt[2]
        if marked and j < len(tokens) and tokens[j].key == ")":
            j += 1
    return Month(cal, month, j, clitic)


def iso(calendar: str, month: int, day: int | None = None, year: int | None = None) -> str:
    """«--08-29», «2017-08-29», «2017-08», «--08»; Hijri ones prefixed with AH."""
    y = f"{year:04d}" if year else "-"
    text = f"{y}-{month:02d}" + (f"-{day:02d}" if day else "")
    return ("AH" + text) if calendar == "hijri" else text


def year_after(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """A year right after a month: «آب 2017», «August 28, 2017», «أغسطس عام 2017» → (year, next index)."""
    k = j
    if k < len(tokens) and tokens[k].key == ",":
        k += 1
    if k < len(tokens):
        key = tokens[k].key
        words = lexicon().words("year-word")
        if (
            (key,) in words
            or (key[:1] in "لوب" and (key[1:],) in words)
            or (key.startswith("لل") and ("ا" + key[1:],) in words)
        ):
            k += 1  # «عام 2017», «لعام 1423هـ», «للعام 2014»
    if k < len(tokens) and tokens[k].kind == "num" and tokens[k].key.isdigit() and len(tokens[k].key) == 4:
        year = int(tokens[k].key)
        if 1000 <= year <= 2200:
            k += 1
            if (
                k < len(tokens)
                and tokens[k].start == tokens[k - 1].end
                and (tokens[k].key,) in (lexicon().words("gregorian-era") | lexicon().words("hijri-era"))
            ):
                k += 1
            return year, k
    return None
