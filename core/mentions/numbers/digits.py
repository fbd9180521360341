"""Digit tokens → value, and the digit shapes that are no quantities.

Separators come folded from the tokenizer («٫» → «.», «٬» → «,»). Codes and model names are
skipped: a digit group glued to Latin letters («F16», «4G») or joined by a hyphen to a word
(«سو-34», «F-16», «كوفيد-19»). Phone numbers are skipped: a leading «+», a leading 0 with six
digits or more, nine digits or more without separators. Shapes read here besides plain numbers:
«-1.2», «11/10» (a fraction), «29/8/2017» and «2017-08-29» (dates), «7:30» (a clock time).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from core.mentions.numbers.lexicon import lexicon
from core.mentions.numbers.tokens import Token

SKIP = "skip"
_MINUS_AFTER = frozenset({"(", ":", "=", "من", "الي", "حتي", "بين"})
_CLOSERS = frozenset({"»", '"', "”", ")", "]", "'"})
UNIT_LETTERS = frozenset({"م", "كم", "سم", "ملم"})
"""Abbreviated lengths whose glued 2 or 3 is a power (m², km³), not a number."""


class DigitNumber(NamedTuple):
    value: float | str
    kind: str
    """number, date, time, or skip."""
    start: int
    """Index of the first token (a minus sign belongs to the number)."""
    end: int
    """Index of the first token after the number."""
    plain: bool
    """A single digit group with no separators: could be a year."""


def number_value(key: str) -> float:
    return float(key) if "." in key else int(key)


WHOLE_TOLERANCE = 1e-12
"""Relative distance to the nearest integer under which a large value is that integer: a double
carries about 16 significant digits, so a decimal times a power of ten errs by about 1e-16 of it."""


def whole(v: float) -> int | float:
    """An int when the value is whole (values are compared and shown as ints when they can), or
    whole but for the float error of a decimal times its scale word («33.3 مليار» is 33299999999.999996
    in binary floating point: 33,300,000,000)."""
    if float(v).is_integer():
        return int(v)
    nearest = round(v)
    if abs(v) >= 1e6 and abs(v - nearest) <= abs(v) * WHOLE_TOLERANCE:
        return int(nearest)
    return v


def dotted_hours(value: float) -> float | None:
    """The hours of a clock time written with a dot before its minutes («8.30» is 8:30, not 8.3
    hours; «7» is 7), None when what follows the dot is no number of minutes («8.75»)."""
    hours = int(value)
    minutes = round((value - hours) * 100)
    return hours + minutes / 60 if minutes < 60 else None


def _glued(tokens: list[Token], a: int, b: int) -> bool:
    return 0 <= a and b < len(tokens) and tokens[a].end == tokens[b].start


def _is(tokens: list[Token], j: int, key: str) -> bool:
    return 0 <= j < len(tokens) and tokens[j].key == key


def _num(tokens: list[Token], j: int) -> bool:
    return 0 <= j < len(tokens) and tokens[j].kind == "num"


def _is_code(tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    if _glued(tokens, i - 1, i) and tokens[i - 1].kind == "lat":
        return True
    if (
        _glued(tokens, i, i + 1)
        and tokens[i + 1].kind == "lat"
        and len(tokens[i + 1].key) <= 2
        and tokens[i + 1].key not in ("km", "m", "kg", "cm")
    ):
        return True
    if (
        _is(tokens, i - 1, "-")
        and _glued(tokens, i - 1, i)
        and _glued(tokens, i - 2, i - 1)
        and tokens[i - 2].kind in ("ar", "lat")
    ):
        return True
    if (
        _is(tokens, i + 1, "-")
        and _glued(tokens, i, i + 1)
        and _glued(tokens, i + 1, i + 2)
        and tokens[i + 2].kind == "lat"
    ):
        return True
    if _is(tokens, i - 1, "*") and _glued(tokens, i - 1, i):
        return True  # «(*2)»: a footnote or a rating mark
    if _is(tokens, i - 1, ".") and _glued(tokens, i - 1, i) and _num(tokens, i - 2) and _glued(tokens, i - 2, i - 1):
        return True  # «2.2.1»: the end of a version number
    if (
        _is(tokens, i + 1, ".")
        and _glued(tokens, i, i + 1)
        and _num(tokens, i + 2)
        and _glued(tokens, i + 1, i + 2)
        and "." in t.key
    ):
        return True  # «2.2.1»: a version number
    if (
        _glued(tokens, i - 1, i)
        and tokens[i - 1].kind == "ar"
        and _glued(tokens, i, i + 1)
        and tokens[i + 1].key in _CLOSERS
    ):
        return True  # «جنيف2», «صيف36»: a name with a number
    key = t.key
    dash_after = _is(tokens, i + 1, "-") and _glued(tokens, i, i + 1) and _num(tokens, i + 2)
    dash_before = _is(tokens, i - 1, "-") and _glued(tokens, i - 1, i) and _num(tokens, i - 2)
    if len(key) >= 6 and key.isdigit() and (dash_after or dash_before):
        return True  # «5598309-012»: a phone number with its area code
    if "." not in key and (len(key) >= 9 or (key.startswith("0") and len(key) >= 6)):
        return True
    return _is(tokens, i - 1, "+") and _glued(tokens, i - 1, i)


def _is_spaced_date(tokens: list[Token], i: int, sep: str) -> bool:
    """«24 /10/ 1436», «4 - 7 - 1432» written with spaces: day and month of one or two digits and a
    four-digit year."""
    return (
        _is(tokens, i + 1, sep)
        and _num(tokens, i + 2)
        and _is(tokens, i + 3, sep)
        and _num(tokens, i + 4)
        and len(tokens[i].key) <= 2
        and len(tokens[i + 2].key) <= 2
        and len(tokens[i + 4].key) == 4
    )


def _date(d: int, m: int, y: int) -> str | None:
    if 1 <= d <= 31 and 1 <= m <= 12 and 1000 <= y <= 2200:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def read_digits(tokens: list[Token], i: int) -> DigitNumber | None:
    """The digit number at token i (None when token i is not a digit group)."""
    if i >= len(tokens):
        return None
    t = tokens[i]
    if t.kind != "num":
        return None
    # «28.08.2017»
    if (
        t.key.count(".") == 1
        and _is(tokens, i + 1, ".")
        and _glued(tokens, i, i + 1)
        and _num(tokens, i + 2)
        and _glued(tokens, i + 1, i + 2)
        and len(tokens[i + 2].key) == 4
        and tokens[i + 2].key.isdigit()
    ):
        day, month = t.key.split(".")
        iso = _date(int(day), int(month), int(tokens[i + 2].key)) if day.isdigit() and month.isdigit() else None
        if iso:
            return DigitNumber(iso, "date", i, i + 3, False)
    if _is_code(tokens, i):
        j = i + 1
        while (
            j < len(tokens)
            and _glued(tokens, j - 1, j)
            and tokens[j].kind in ("num", "lat", "p")
            and tokens[j].key not in (",", ".", "،", ")", "(", '"')
        ):
            j += 1
        return DigitNumber(SKIP, SKIP, i, j, False)
    key = t.key
    start, end = i, i + 1
    if key in ("2", "3") and i and tokens[i - 1].key in UNIT_LETTERS and _glued(tokens, i - 1, i):
        return DigitNumber(SKIP, SKIP, i, i + 1, False)  # the power of «1000م2», «كم2»: square or cubic
    if len(key) >= 3 and not key.strip("0"):
        return DigitNumber(SKIP, SKIP, i, i + 1, False)  # «000» from a number broken by RTL layout
    if (
        _is(tokens, i + 1, "ر")
        and _glued(tokens, i, i + 1)
        and _num(tokens, i + 2)
        and _glued(tokens, i + 1, i + 2)
        and key.isdigit()
        and tokens[i + 2].key.isdigit()
    ):
        # Gulf papers write 2.6 as «6ر2» (the decimal sign is «ر», the parts in reading order)
        value = number_value(f"{tokens[i + 2].key}.{key}")
        return DigitNumber(whole(value), "number", i, i + 3, False)
    # a/b/c dates, a-b-c ISO dates
    for sep in ("/", "-"):
        spaced_date = _is_spaced_date(tokens, i, sep)
        if (
            _is(tokens, i + 1, sep)
            and _num(tokens, i + 2)
            and (_glued(tokens, i, i + 1) and _glued(tokens, i + 1, i + 2) or spaced_date)
        ):
            if (
                _is(tokens, i + 3, sep)
                and _num(tokens, i + 4)
                and (_glued(tokens, i + 2, i + 3) and _glued(tokens, i + 3, i + 4) or spaced_date)
            ):
                a, b, c = key, tokens[i + 2].key, tokens[i + 4].key
                if not (a.isdigit() and b.isdigit() and c.isdigit()):
                    break
                iso = _date(int(c), int(b), int(a)) if len(a) == 4 else _date(int(a), int(b), int(c))
                if iso:
                    return DigitNumber(iso, "date", i, i + 5, False)
                return DigitNumber(SKIP, SKIP, i, i + 5, False)
            if sep == "/":
                den = number_value(tokens[i + 2].key)
                day_month = key.isdigit() and tokens[i + 2].key.isdigit() and 1 <= int(key) <= 31 and 1 <= den <= 12
                if day_month and not (_is(tokens, i - 1, "-") and _glued(tokens, i - 1, i)):
                    # «28/9»: in news a day and a month far more often than a fraction
                    return DigitNumber(f"--{int(den):02d}-{int(key):02d}", "date", i, i + 3, False)
                if _month_day(tokens, i, key, den):
                    return DigitNumber(f"--{int(key):02d}-{int(den):02d}", "date", i, i + 3, False)
                if den:
                    s, e, v = _signed(tokens, i, i + 3, round(number_value(key) / den, 9))
                    return DigitNumber(v, "number", s, e, False)
    # 7:30
    if (
        _is(tokens, i + 1, ":")
        and _glued(tokens, i, i + 1)
        and _num(tokens, i + 2)
        and _glued(tokens, i + 1, i + 2)
        and key.isdigit()
        and len(tokens[i + 2].key) == 2
        and tokens[i + 2].key.isdigit()
    ):
        h, mnt = int(key), int(tokens[i + 2].key)
        if h <= 24 and mnt < 60:
            return DigitNumber(whole(round(h + mnt / 60, 4)), "time", i, i + 3, False)
    value = number_value(key)
    s, e, v = _signed(tokens, start, end, value)
    return DigitNumber(v, "number", s, e, key.isdigit() and len(key) == 4 and s == i)


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(p[0] for p in lexicon().words("weekday") if len(p) == 1)


def _month_day(tokens: list[Token], i: int, key: str, den: float) -> bool:
    """«الخميس 10/14»: after a weekday, a month then a day («الثلاثاء 10/12 والأربعاء 10/13»), where
    the day is past 12 (a day and a month, «28/9», are read before this)."""
    return (
        i > 0
        and tokens[i - 1].key.removeprefix("و") in _weekdays()
        and key.isdigit()
        and 1 <= int(key) <= 12
        and float(den).is_integer()
        and 13 <= den <= 31
    )


def _signed(tokens: list[Token], i: int, end: int, value: float) -> tuple[int, int, float]:
    """A minus sign glued before a number that opens the text or follows «(», «:», «=» or «من/إلى».

    Elsewhere a dash before a number is punctuation («دونا ويلس -43 عاما») or a range («2016-2017»).
    """
    if (
        _is(tokens, i - 1, "-")
        and _glued(tokens, i - 1, i)
        and not _glued(tokens, i - 2, i - 1)
        and (i == 1 or tokens[i - 2].key in _MINUS_AFTER)
    ):
        return i - 1, end, whole(-value)
    return i, end, whole(value)
