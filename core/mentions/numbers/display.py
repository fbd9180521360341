"""Values as a person reads them, in the interface language: the one place a value is shown.

«143.8 مليون» rather than «143800000», «4.1 مليار ريال» rather than «4.1e+09», «نحو 200» for an
approximate value, «≥ 21» for «21 على الأقل», «عشرات» for «العشرات», «29/08/2017» for a date.
The facts table, tooltips, labels and the HTML and CSV reports all show values through
`show_value`; the JSON export keeps the raw number (a clock time given with its minutes as
«HH:MM», `clock_as_written`). Pure Python: the GUI passes its language.

A scale word (مليون / million …) is used only when it loses nothing: 1,234,567 stays
«1,234,567», 1,250,000 becomes «1.25 مليون», 1,812,400,000,000 «1812.4 مليار» (the largest scale
that needs at most three decimals).
"""

from __future__ import annotations

import re

from core.mentions.numbers.lexicon import month_names
from core.model import Value

_SCALES: tuple[tuple[float, str, str], ...] = (
    (1e12, "تريليون", "trillion"),
    (1e9, "مليار", "billion"),
    (1e6, "مليون", "million"),
)
_QUALIFIERS: dict[str, tuple[str, str]] = {
    "exact": ("{v}", "{v}"),
    "about": ("نحو {v}", "about {v}"),
    "at_least": ("≥ {v}", "≥ {v}"),
    "at_most": ("≤ {v}", "≤ {v}"),
    "more_than": ("> {v}", "> {v}"),
    "less_than": ("< {v}", "< {v}"),
    "vague": ("≈ {v}", "≈ {v}"),
}
_VAGUE: dict[float, tuple[str, str]] = {
    10: ("عشرات", "tens"),
    100: ("مئات", "hundreds"),
    1000: ("آلاف", "thousands"),
    10_000: ("عشرات الآلاف", "tens of thousands"),
    100_000: ("مئات الآلاف", "hundreds of thousands"),
    1e6: ("ملايين", "millions"),
    1e9: ("مليارات", "billions"),
}
"""«العشرات», «مئات الآلاف»: vague amounts are shown as the words, not as a number."""
_FRACTIONS: dict[float, str] = {
    0.5: "½",
    0.25: "¼",
    0.75: "¾",
    0.333333: "⅓",
    0.666667: "⅔",
    0.2: "⅕",
    0.125: "⅛",
}
"""A fraction of something («نصف السكان», kind other) reads better as a fraction."""
_ENGLISH_UNITS: dict[str, str] = {
    "دولار": "dollars",
    "ريال": "riyals",
    "يورو": "euros",
    "جنيه": "pounds",
    "جنيه استرليني": "pounds sterling",
    "دينار": "dinars",
    "درهم": "dirhams",
    "ليرة": "lira",
    "كلم": "km",
    "متر": "m",
    "طن": "t",
    "درجة": "°",
}
"""Units in the English interface; others stay as the article writes them."""
_UNIT_KINDS = frozenset({"money", "percent", "distance", "other"})
"""Kinds whose unit is shown after the value when asked («4.1 مليار ريال», «12.5 %»)."""


def _ar(lang: str) -> bool:
    return not lang.startswith("en")


def _plain(value: float, decimals: int = 3, grouped: bool = True) -> str:
    """«12,500», «2.492», «-5»: thousands grouped, at most `decimals` decimals, no exponent."""
    rounded = round(value, decimals)
    comma = "," if grouped else ""
    if float(rounded).is_integer():
        return f"{int(rounded):{comma}}"
    return f"{rounded:{comma}.{decimals}f}".rstrip("0").rstrip(".")


def show_number(value: float, lang: str = "ar") -> str:
    """A number as a person reads it: «143.8 مليون», «4.1 billion», «12,500», «0.25»."""
    size = abs(value)
    for scale, ar, en in _SCALES:
        if size >= scale:
            short = value / scale
            if abs(round(short, 3) * scale - value) < 0.5:
                return f"{_plain(short, grouped=False)} {ar if _ar(lang) else en}"
    return _plain(value, 3 if size >= 1 else 6)


def show_date(iso: str, lang: str = "ar") -> str:
    """ISO dates with unknown parts left out, day first as Arabic papers write them.

    "2017-08-29" → "29/08/2017", "--08-29" → "29/08", "2017-08" → "08/2017", "2014" → "2014",
    "AH1438-09-15" → "15/09/1438 هـ" ("AH" in English). A month alone is named: "--06" → «يونيو»
    ("June"), "AH--09" → «رمضان» ("Ramadan"): «06» alone reads as no date at all."""
    hijri = iso.startswith("AH")
    body = iso[2:] if hijri else iso
    if len(body) == 4 and body.startswith("--") and body[2:].isdigit():
        named = _month_name("hijri" if hijri else "gregorian", int(body[2:]), lang)
        if named:
            return named
    if body.startswith("---"):
        text = body[3:]
    elif body.startswith("--"):
        text = "/".join(reversed(body[2:].split("-")))
    else:
        text = "/".join(reversed(body.split("-")))
    if hijri:
        text += " هـ" if _ar(lang) else " AH"
    return text


def _month_name(calendar: str, month: int, lang: str) -> str:
    """The name a view shows of a month given alone, from months.txt: in Arabic a Gregorian month's
    second name (the Egyptian-Gulf one most papers write, «يونيو») and a Hijri month's first; in
    English its first name in Latin letters. "" for a month the file does not name."""
    names = month_names().get((calendar, month), ())
    if not _ar(lang):
        return next((n for n in names if n.isascii()), "")
    arabic = [n for n in names if not n.isascii()]
    return arabic[1 if calendar == "gregorian" and len(arabic) > 1 else 0] if arabic else ""


def show_clock(hours: float) -> str:
    """A clock time the reader keeps in hours as it is read: «12:13» for 12.2167, «7» for 7 (a whole
    hour as the articles write it, «الساعة 7»)."""
    whole, minutes = divmod(round(hours * 60), 60)
    return f"{whole}:{minutes:02d}" if minutes else str(whole)


_MINUTES = re.compile(r"\d[:.٫]\d\d|\d{4}")
"""Minutes written in a clock time's text: «8:05», «8.30», «0424» (Arabic-Indic digits too)."""


def clock_as_written(hours: float, text: str) -> str | None:
    """«HH:MM» of a clock time whose TEXT gives its minutes («الساعة 8:05», «الساعة 0424 بتوقيت
    جرينتش», «السابعة والنصف»), as answer keys and exports write clock times; None for a whole hour
    given alone («الساعة 7»), which stays a number of hours."""
    whole, minutes = divmod(round(hours * 60), 60)
    if not minutes and _MINUTES.search(text) is None:
        return None
    return f"{whole:02d}:{minutes:02d}"


_ISO = re.compile(r"(?:AH)?(?:\d{4}(?:-\d{2}){0,2}|--\d{2}(?:-\d{2})?|---\d{2})")


def _is_date(value: str) -> bool:
    """An ISO date as the reader writes it (not a score such as «3-1»)."""
    return _ISO.fullmatch(value) is not None


def show_value(
    value: Value,
    qualifier: str = "exact",
    kind: str = "",
    counted: str = "",
    lang: str = "ar",
    unit: bool = False,
) -> str:
    """A mention's value with its qualifier, in the interface language.

    «نحو 200» / «about 200», «≥ 21», «عشرات» / «tens», «29/08», «143.8 مليون»; with `unit`,
    money, percentages, distances and other units carry their unit («4.1 مليار ريال», «12.5 %»)."""
    ar = _ar(lang)
    if isinstance(value, str):
        text = show_date(value, lang) if kind == "date" or (not kind and _is_date(value)) else value
    elif qualifier == "vague" and float(value) in _VAGUE:
        return _VAGUE[float(value)][0 if ar else 1]
    elif kind == "other" and 0 < value < 1 and round(value, 6) in _FRACTIONS:
        text = _FRACTIONS[round(value, 6)]
    elif kind == "time":
        text = show_clock(float(value))
    else:
        text = show_number(float(value), lang)
    if unit and counted and kind in _UNIT_KINDS and not isinstance(value, str):
        name = counted if ar else _ENGLISH_UNITS.get(counted, counted)
        text = f"{text} %" if kind == "percent" else f"{text}{name}" if name == "°" else f"{text} {name}"
    pattern = _QUALIFIERS.get(qualifier, ("{v}", "{v}"))[0 if ar else 1]
    return pattern.format(v=text)
