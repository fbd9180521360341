"""Comparing two reported values with their qualifiers: do they agree?

«نحو 200» and «لا يتجاوز 200» agree; 11 and 17 do not; «أكثر من 300» agrees with 350, and with
the round «300» another outlet gives (a bound names a round figure; it does not deny it), but not
with 250; «أكثر من 60» and «أكثر من 70» agree (two lower bounds); «نحو 5» covers 4.5–5.5.
Clock times twelve hours apart agree («8:05» and «8:05 مساء»).
Dates agree when every part both give is the same («--08» and «--08-29», «2013» and «2013-08»);
dates that do not give the same parts («يونيو» and «2015», «يونيو» and «يونيو 2015») are not
comparable (`dates_comparable`) and never one fact.
"""

from __future__ import annotations

from core.mentions.numbers import display
from core.mentions.numbers.base import names_part_of_day
from core.model import Mention, Value

ABOUT_TOLERANCE = 0.10
"""«نحو 200» covers 180–220."""

QUALIFIER_SIGN = {
    "exact": "",
    "about": "~",
    "at_least": "≥",
    "at_most": "≤",
    "more_than": ">",
    "less_than": "<",
    "vague": "≈",
}


def _interval(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "about":
        d = abs(value) * ABOUT_TOLERANCE
        return value - d, value + d
    if qualifier == "at_least":
        return value, float("inf")
    if qualifier == "more_than":  # a bound, not a contradiction of the round figure it names
        return value, float("inf")
    if qualifier == "at_most":
        return float("-inf"), value
    if qualifier == "less_than":
        return float("-inf"), value
    if qualifier == "vague":
        return value, value * 10
    return value, value


def date_parts(value: str) -> tuple[str, int | None, int | None, int | None]:
    """(calendar, year, month, day) of an ISO-like date value, unknown parts None:
    "2015-06" → ("", 2015, 6, None); "--08-29" → ("", None, 8, 29); "AH1436-09-27" → ("AH", 1436, 9, 27)."""
    calendar = "AH" if value.startswith("AH") else ""
    rest = value[len(calendar) :]
    if rest.startswith("--"):
        fields: list[str] = ["", *rest[2:].split("-")]
    else:
        fields = rest.split("-")
    numbers = [int(f) if f.isdigit() else None for f in fields] + [None, None, None]
    return calendar, numbers[0], numbers[1], numbers[2]


def dates_comparable(a: str, b: str) -> bool:
    """Two dates are reports of one date only when they give the same parts in one calendar: «يونيو»
    and «2015» cannot agree or disagree, and a bare «يونيو» may be this year's or last year's, so
    it is not «يونيو 2015» either (a date with and without its year are two facts)."""
    pa, pb = date_parts(a), date_parts(b)
    known_a = tuple(x is not None for x in pa[1:])
    known_b = tuple(x is not None for x in pb[1:])
    return pa[0] == pb[0] and known_a == known_b and any(known_a)


def _dates_agree(a: str, b: str) -> bool:
    pa, pb = date_parts(a), date_parts(b)
    if pa[0] != pb[0]:
        return False
    return all(x is None or y is None or x == y for x, y in zip(pa[1:], pb[1:], strict=True))


def twelve_hours_apart(a: Mention, b: Mention) -> bool:
    """Two clock times twelve hours apart, the earlier before noon and without its part of the day:
    «الساعة 8:05» of one article and «الساعة 8:05 مساء» (20:05) of another, never «6 صباحا» and «6
    مساء». Articles give the hour on a twelve-hour clock and often leave the part of the day out;
    the one that gives it does not contradict the one that does not."""
    if a.kind != "time" or b.kind != "time" or isinstance(a.value, str) or isinstance(b.value, str):
        return False
    early, late = sorted((a, b), key=lambda m: float(m.value))
    hours = float(early.value)
    return hours < 12 and abs(float(late.value) - hours - 12) < 1e-6 and not names_part_of_day(early.text)


def agree(a: Mention, b: Mention) -> bool:
    """Whether two mentions can both be true of one quantity."""
    if isinstance(a.value, str) or isinstance(b.value, str):
        return str(a.value) == str(b.value) or _dates_agree(str(a.value), str(b.value))
    if a.qualifier == "exact" == b.qualifier:  # most pairs: two one-point intervals meet where they are equal
        return float(a.value) == float(b.value) or twelve_hours_apart(a, b)
    lo_a, hi_a = _interval(float(a.value), a.qualifier)
    lo_b, hi_b = _interval(float(b.value), b.qualifier)
    return lo_a <= hi_b and lo_b <= hi_a


def show_value(value: Value, qualifier: str, lang: str = "ar", kind: str = "") -> str:
    """A value as the user reads it («نحو 200», «≤ 200», «143.8 مليون», «29/08», a clock time «12:13»
    with KIND "time"), without its unit: see `core.mentions.numbers.display`, the one place values
    are formatted."""
    return display.show_value(value, qualifier, kind, lang=lang)
