"""`find_numbers`: one left-to-right pass over the tokens of a string.

At each token the reader tries, in order: a clock time («الساعة 7»), a month-led date («نهاية
أغسطس/آب», «August 28, 2017», «شهر آب»), a year after «عام» («العام 2014»), a number in digits
or words with what follows it (a day before a month, a unit, a counted noun), a dual of a
countable noun («طائرتين»). Whatever is read is skipped, so spans never overlap.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.mentions.numbers.base import Found, advance
from core.mentions.numbers.digits import SKIP, whole
from core.mentions.numbers.marks import clean
from core.mentions.numbers.number_core import Core, CoreReader
from core.mentions.numbers.quantity import (
    Unit,
    counted_after,
    counted_before,
    is_definite,
    is_plural,
    match_unit,
)
from core.mentions.numbers.tokens import bracketed
from core.mentions.numbers.triggers import may_hold_number, start_indices
from core.mentions.numbers.words import is_scale, word_info
from core.model import NumberMention

_DAY_OF = re.compile(r"-\d\d-(\d\d)$")
"""The day of a date value that names one («2015-10-13», «--08-06», «AH--09-28»)."""
_RANGE = re.compile(r"\s*(?:و|-|–|إلى|الى|أو|او|حتى|to|and|or)\s*")
"""What stands between the two numbers of a range («10 و15», «3 إلى 5», «10-15»)."""
_LIST = re.compile(r"\s*(?:و|أو|او|and|or)\s*")
"""What stands between two numbers of a list, which may fall («11.9 و4.9 و3.1 مليار»)."""


def _at_one_scale(ratio: float, gap: str) -> bool:
    """Whether a bare first number is at the scale of the one after GAP, RATIO being its value at that
    scale over the other's: a range rises («بين 3 و5 ملايين», not «طراز 737 إلى 80 مليون»), a list
    keeps one order of size («1.6 و1.1 بليون», not «بين 500 و10 آلاف»)."""
    return ratio < 1 if not _LIST.fullmatch(gap) else 0.1 <= ratio <= 10


class _Reader(CoreReader):
    def number(self, i: int) -> Found | None:
        """A number in digits or words at token i, with its date, unit, counted noun and qualifier."""
        core = self.digit_core(i) if self.tokens[i].kind == "num" else self.word_core(i)
        if core is None or isinstance(core, Found):
            return core
        core = self.spoken_point(core)
        first, end, value = core.first, core.end, core.value
        start_char = advance(self.text, self.tokens[first].start, core.prefix)
        if not core.vague:
            day = self.day_month(first, end, value)
            if day:
                day.start_char = start_char
                return day
        if core.fraction:
            return self.fraction_of(core, start_char)
        if core.ordinal:
            return self.day_time(first, end, value) or Found(first, end, value, "ordinal", start_char=start_char)
        found = Found(first, end, value, "count", "vague" if core.vague else "exact", start_char=start_char)
        sign = self.sign_before(core)
        if sign:  # «%20», «$5» typed before the number
            found.kind, found.counted, found.first, found.start_char = sign[0], sign[1], first - 1, -1
        elif (
            self.era(end)
            and core.digits
            and float(value).is_integer()
            and 0 < value <= 2200
            and (core.plain or len(self.key(end)) > 1)
        ):
            # «2017م», «1438هـ»; any year before a spelled-out era: «632 ميلادي»
            cal = self.era(end)
            year = f"{int(value):04d}"
            return Found(first, end + 1, f"AH{year}" if cal == "hijri" else year, "date")
        else:
            unit = self.unit_after(core)
            if unit:
                found.kind, found.counted, found.end = unit.kind, unit.canonical, unit.end
                if unit.end > end + 1 and self.key(end) == ")":  # «(4.410.000) ريال»: the brackets too
                    found.first, found.start_char = first - 1, -1
                self.and_a_half(found)
            else:
                other = self.noun_of(found, core)
                if other is not None:
                    return other
        self.negative(found, core.digits)
        self.qualify(found, found.first if found.first < first else first)
        return found

    def fraction_of(self, core: Core, start_char: int) -> Found:
        """«نصف الطلاب», «خمس السكان»: a fraction of the definite noun after it (kind other, the
        noun as counted), so that it never meets a count of the same noun."""
        found = Found(core.first, core.end, core.value, "other", start_char=start_char)
        after = counted_after(self.text, self.tokens, core.end, definite_ok=True)
        if after:
            found.counted, found.end = after
        self.qualify(found, core.first)
        return found

    def sign_before(self, core: Core) -> tuple[str, str] | None:
        """«%» or «$» glued before digits, unless the number before took it («0 ٪0»: the sign is
        the first number's unit, and spans never overlap)."""
        toks, first = self.tokens, core.first
        if not core.digits or first - 1 < self.floor or toks[first - 1].end != toks[first].start:
            return None
        sign = self.lex.units.get((toks[first - 1].key,))
        return sign if sign and sign[0] in ("percent", "money") else None

    def unit_after(self, core: Core) -> Unit | None:
        """The unit after the number («209 كلم», «5 في المئة»), also after a bracket («(4.410.000) ريال»)."""
        if core.vague:
            return None
        unit = match_unit(self.text, self.tokens, core.end)
        if unit is None and self.key(core.end) == ")" and self.key(core.first - 1) == "(":
            unit = match_unit(self.text, self.tokens, core.end + 1)
        return unit

    def noun_of(self, found: Found, core: Core) -> Found | None:
        """Fill what a number with no unit counts. Returns another mention when the number turns out
        to be a year or a rank instead."""
        toks, first, end = self.tokens, core.first, core.end
        definite = core.definite and not core.vague
        # «عشرات القتلى» (idafa, a definite noun), «العشرات من جهاديي» (only with «من»)
        after = (
            None
            if definite
            else counted_after(
                self.text,
                toks,
                end,
                definite_ok=core.vague,
                only_min=core.vague and core.definite,
                definite_only=core.vague and not core.definite,
            )
        )
        if core.plain and 1900 <= core.value <= 2100 and self.year_context(first, after):
            return Found(first, end, str(core.value), "date")
        if (
            core.digits
            and first >= 2
            and toks[first - 1].key == "ال"
            and toks[first - 2].kind == "ar"
            and (is_definite(self.text, toks[first - 2]) or (after is None and self.names_a_body(first - 2)))
            and not is_plural(self.text, toks[first - 2])
        ):
            return Found(first - 1, end, core.value, "ordinal")  # «البطولة العربية الـ13», «كتيبة الـ21»: a rank
        if core.digits and (after is None or self.key(end) == "من") and first >= 1 and self.rank_noun(first - 1):
            if core.plain and 1900 <= core.value <= 2100:
                return Found(first, end, str(core.value), "date")  # «كأس العالم 2018»
            return Found(first - 1, end, core.value, "ordinal")  # «في الدقيقة 37», «المرحلة 3»
        if core.plain and 1900 <= core.value <= 2100 and after is None and self.name_year(first):
            return Found(first, end, str(core.value), "date")  # «أوسكار 2018»
        if self.adjective(found, not core.digits, definite):
            return None
        before = counted_before(self.text, toks, first, end, self.floor)
        if before:
            found.counted, found.first, found.end = before.counted, before.start, max(before.end, end)
            found.start_char = -1
            named = self.unit_word(toks[before.start].key)
            if named:  # «الساعات الـ24»
                found.kind, found.counted = named
        elif after:
            found.counted, found.end = after
        elif self.others(end):
            # «قتل 12 شخصا وأصيب 30 آخرون»: «others» of the noun counted just before
            found.counted, found.end = self.last_counted, end + 1
        else:
            found.counted = self.number_of(first)
        return None

    def read(self) -> list[NumberMention]:
        found = self.read_all()
        self.share_ranges(found)
        return [self.mention(f) for f in found]

    def bare_year(self, f: Found) -> bool:
        """F is a year read from its four digits alone, by the words before it («بين 2000»), not
        from a year word or an era in its text («عام 2001», «2001م»)."""
        return (
            f.kind == "date"
            and f.end - f.first == 1
            and self.tokens[f.first].kind == "num"
            and isinstance(f.value, str)
            and f.value.isdigit()
        )

    @staticmethod
    def rising(a: Found, b: Found) -> bool:
        """A range runs upwards: «بين 2000 و3000 شخص», not «الربع الثاني 2015 إلى 94 شركة»."""
        return isinstance(b.value, (int, float)) and float(str(a.value)) < float(b.value)

    def share_ranges(self, found: list[Found]) -> None:
        """«بين 10 و15 قتيلا», «من 3 إلى 5 سنوات», «10-15 شخصا»: the first number of a range counts
        what the second one counts, also when alone it was read as a year («بين 2000 و3000 شخص»)."""
        shared_scale: dict[int, float] = {}  # id of a Found: the scale it took from the next («11.9 و4.9 و3.1 مليار»)
        for a, b in reversed(list(zip(found, found[1:], strict=False))):  # «12 و13 و14 شوال»: from the last
            if (
                a.kind in ("count", "money")
                and not a.counted
                and not self.scale_in(a)  # «4» or «أربعة», a qualifier before them at most
                and b.kind in ("count", "money")
                and (scale := shared_scale.get(id(b)) or self.scale_in(b))
                and not isinstance(a.value, str)
                and not isinstance(b.value, str)
                and b.value
                and _RANGE.fullmatch(gap := self.text[self.tokens[a.end - 1].end : self.tokens[b.first].start])
                and _at_one_scale(a.value * scale / float(b.value), gap)
            ):
                # «1.6 و1.1 بليون دولار», «بين 3 و5 ملايين ريال»: the first amount at the last one's scale
                a.kind, a.counted, a.value = b.kind, b.counted, a.value * scale
                shared_scale[id(a)] = scale
                continue
            if (
                (a.kind == "count" and not a.counted or self.bare_year(a) and self.rising(a, b))
                and b.counted
                and a.qualifier != "vague"
                and b.kind in ("count", "duration", "distance", "money", "percent", "other")
                and _RANGE.fullmatch(self.text[self.tokens[a.end - 1].end : self.tokens[b.first].start])
            ):
                a.kind, a.counted = b.kind, b.counted
                a.value = int(a.value) if isinstance(a.value, str) else a.value
            elif (
                a.kind == "count"
                and b.kind == "date"
                and isinstance(b.value, str)
                and isinstance(a.value, int)
                and b.value.lstrip("AH").isdigit()
                and 0 < a.value <= 2200
                and _RANGE.fullmatch(self.text[self.tokens[a.end - 1].end : self.tokens[b.first].start])
            ):
                # «بين 610 و632 ميلادي», «1830 و1870»: years, both
                a.kind, a.value = "date", ("AH" if b.value.startswith("AH") else "") + f"{a.value:04d}"
            elif (
                a.kind == "count"
                and not a.counted
                and b.kind == "date"
                and isinstance(b.value, str)
                and isinstance(a.value, int)
                and (day := _DAY_OF.search(b.value)) is not None
                and 0 < a.value < int(day.group(1))
                and _RANGE.fullmatch(self.text[self.tokens[a.end - 1].end : self.tokens[b.first].start])
            ):
                # «بين 5 و13 أكتوبر», «يومي 5 و6 أغسطس»: the first day of the range, in the same month
                a.kind, a.value = "date", f"{b.value[: day.start(1)]}{a.value:02d}"

    def scale_in(self, f: Found) -> float:
        """The scale word F's digits are told at («1.1 بليون دولار»: a billion), else 0."""
        for k in range(f.first, f.end):
            info = word_info(self.tokens[k].key) if self.tokens[k].kind == "ar" else None
            if is_scale(info):
                return float(info.value)
        return 0.0

    def read_all(self) -> list[Found]:
        out: list[Found] = []
        toks = self.tokens
        # the tokens a reading may start at, listed in one pass (most are ordinary words)
        i = 0
        for k in start_indices(toks):
            if k < i:  # inside what was read
                continue
            i = k
            kind = toks[i].kind
            found = None
            if kind in ("ar", "lat"):
                found = self.clock(i) or self.month_led(i) or self.year_word(i)
            if found is None and kind == "lat":
                found = self.english(i)
            if found is None and kind in ("num", "ar"):
                found = self.number(i) or (self.dual(i) or self.unit_and_a_half(i) if kind == "ar" else None)
            if found is None:
                continue
            if found.kind != SKIP:
                out.append(found)
                if found.kind == "count" and found.counted:
                    self.last_counted = found.counted
                if found.kind == "date" and isinstance(found.value, str) and found.value.lstrip("AH").isdigit():
                    self.last_year = found.end
            i = max(found.end, i + 1)
            self.floor = i
        return out

    def mention(self, f: Found) -> NumberMention:
        toks = self.tokens
        start = f.start_char if f.start_char >= 0 else toks[f.first].start
        end = toks[f.end - 1].end
        start, end = bracketed(self.text, start, end)
        value = f.value if isinstance(f.value, str) else whole(f.value)
        return NumberMention(
            start,
            end,
            value,
            f.kind,  # type: ignore[arg-type]
            f.qualifier,  # type: ignore[arg-type]
            f.counted,
            self.text[start:end],
        )


MEASURED = frozenset({"نقط", "درج", "ساع"})
"""Counted nouns that come in fractions: index points («71.08 نقطة»), degrees, hours."""
_DOTTED_GROUP = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])")


def dotted_thousands(m: NumberMention) -> NumberMention:
    """A count of things written «17.338 جهازاً» or «(236.190) كرتوناً»: a dot before exactly three
    digits groups thousands, as many papers write them, since devices or cartons come whole. Amounts,
    rates, measures and `MEASURED` nouns keep their decimals («1.489 مليار», «2.345 كم», «3.125 نقطة»),
    but an amount or a measure without a scale word whose three digits are «000» is thousands too:
    «(945.000) ريال» is another paper's «945 ألف ريال», «100.000 متر مربع» its «مائة ألف متر مربع»
    (nothing is given in thousandths that are all zero)."""
    if m.kind in ("money", "other") and not isinstance(m.value, str):
        groups = _DOTTED_GROUP.findall(m.text)
        if len(groups) == 1 and int(groups[0][1]) == 0 and float(groups[0][0]) == m.value:
            return replace(m, value=int("".join(groups[0])))
        return m
    if m.kind != "count" or not m.counted or m.counted in MEASURED or isinstance(m.value, str):
        return m
    found = _DOTTED_GROUP.findall(m.text)
    if len(found) != 1 or float(".".join(found[0])) != m.value:
        return m
    return replace(m, value=int("".join(found[0])))


def find_numbers(text: str) -> list[NumberMention]:
    """Every quantity in `text`, in order, with offsets into `text` (see DESIGN.md «Number mentions»).

    Bidi marks are taken out and no-break, narrow and thin spaces made plain before reading
    (`marks.clean`), so that «1\u202f250\u202f000» and «\u200f-5» read as if typed plainly; the
    spans are mapped back to the original text."""
    if not text:
        return []
    cleaned = clean(text)
    if not may_hold_number(text if cleaned is None else cleaned[0]):
        return []
    if cleaned is None:
        return [dotted_thousands(m) for m in _Reader(text).read()]
    plain, offsets = cleaned
    out = []
    for m in _Reader(plain).read():
        start, end = offsets[m.start], offsets[m.end - 1] + 1
        out.append(dotted_thousands(replace(m, start=start, end=end, text=text[start:end])))
    return out
