"""Reading dates and clock times: «29 آب», «الخامس من سبتمبر», «نهاية أغسطس/آب», «العام 2014»,
«الساعة 7», «السابعة والنصف من مساء اليوم». Month names and ISO values come from `dates`."""

from __future__ import annotations

from core.mentions.numbers import dates
from core.mentions.numbers.base import CLOCK_LETTERS, DATE_PREP, Found, ReaderBase, clitic_letters
from core.mentions.numbers.digits import SKIP, dotted_hours, read_digits, whole
from core.mentions.numbers.quantity import is_countable, is_definite, qualifier_before, spaced
from core.mentions.numbers.words import read_words, word_info


class DateReader(ReaderBase):
    """The date and time steps of the reader."""

    def clock(self, i: int) -> Found | None:
        if not self.is_word(i, "clock") or i + 1 >= len(self.tokens):
            return None
        d = read_digits(self.tokens, i + 1)
        if d and d.kind in ("number", "time") and d.start == i + 1 and isinstance(d.value, (int, float)):
            key = self.tokens[i + 1].key
            if 0 <= d.value <= 24:
                hours = dotted_hours(float(d.value)) if d.kind == "number" else None  # «الساعة 9.30»: 9:30
                value = d.value if hours is None else whole(round(hours, 4))
                return self.of_the_day(Found(i, d.end, value, "time", counted="ساعه"))
            if len(key) == 4 and key.isdigit() and int(key[:2]) <= 24 and int(key[2:]) < 60:
                # «الساعة 0340 بتوقيت جرينتش»: hours and minutes
                return Found(i, d.end, whole(round(int(key[:2]) + int(key[2:]) / 60, 4)), "time", counted="ساعه")
        w = read_words(self.tokens, i + 1)
        if w and not w.vague and 1 <= w.value <= 24 and clitic_letters(self.tokens[i + 1].key, w.prefix) == 0:
            frac, end = self.hour_fraction(w.end)
            return self.of_the_day(Found(i, end, whole(w.value + frac), "time", counted="ساعه"))
        return None

    def of_the_day(self, found: Found) -> Found:
        """FOUND, a clock time, with the part of the day right after it («7:58 مساء», «السابعة من
        مساء الجمعة») taken in and its hours past noon (`past_noon`)."""
        j = found.end + (self.key(found.end) == DATE_PREP)
        if self.is_word(j, "day-part"):
            found.value = whole(round(self.past_noon(float(found.value), j), 4))
            found.end = j + 1
        elif self.key(found.end) in CLOCK_LETTERS:  # «الساعة 10:36م», «9:19 م»: the letter of مساءً / صباحاً
            hours = float(found.value)
            if self.key(found.end) == "م" and 1 <= hours < 12:
                found.value = whole(round(hours + 12, 4))
            found.end += 1
        return found

    def month_led(self, i: int) -> Found | None:
        qualifier, j = "exact", i
        if self.is_word(i, "first-day", clitic=True):  # «فاتح يناير», «غرة رمضان»: the first day
            j = i + 1 + self.is_word(i + 1, "month-word")
            m = dates.match_month(self.tokens, j)
            if m is None:
                return None
            year = dates.year_after(self.tokens, m.end)
            return Found(
                i, year[1] if year else m.end, dates.iso(m.calendar, m.month, 1, year[0] if year else None), "date"
            )
        if self.is_word(i, "month-position"):
            qualifier, j = "vague", i + 1
            if self.is_word(j, "month-word"):
                j += 1
        elif self.is_word(i, "month-word", clitic=True):
            j = i + 1
        m = dates.match_month(self.tokens, j)
        if m is None:
            return None
        year = dates.year_after(self.tokens, m.end)
        if j == i and self.tokens[i].kind == "lat" and m.end < len(self.tokens):
            # English: August 28, 2017
            d = self.tokens[m.end]
            if d.kind == "num" and d.key.isdigit() and 1 <= int(d.key) <= 31:
                y = dates.year_after(self.tokens, m.end + 1)
                return Found(
                    i, y[1] if y else m.end + 1, dates.iso(m.calendar, m.month, int(d.key), y[0] if y else None), "date"
                )
        if year:
            return Found(i, year[1], dates.iso(m.calendar, m.month, None, year[0]), "date", qualifier)
        if j == i:
            if word_info(self.tokens[i].key) is not None:
                return None
            if self.bare_month(i, m):
                return Found(i, m.end, dates.iso(m.calendar, m.month), "date")
            # a month name alone, out of a time phrase, is no date, but «كانون الثاني» is no ordinal either
            return Found(i, m.end, 0, SKIP)
        return Found(i, m.end, dates.iso(m.calendar, m.month), "date", qualifier)

    def bare_month(self, i: int, m: dates.Month) -> bool:
        """Whether the month name M at token i, with no day, year or «شهر», is still a date: a
        Gregorian month in Arabic letters after a word of time or place in time («في مايو», «منذ
        يونيو», «بيونيو»: a clitic «ب» or «ل») or before a relative word («أغسطس الماضي»). A name
        that is also a word («من أبٍ», «من نيسان») needs the relative word or its other name beside
        it. Hijri months are names too («رمضان», «رجب»), and a Latin «May» a verb."""
        token = self.tokens[i]
        if m.calendar != "gregorian" or token.kind != "ar":
            return False
        if self.is_word(m.end, "month-relative"):
            return True
        if self.is_word(i, "month-also-a-word", clitic=True) and m.end == i + 1:
            return False
        return m.clitic in ("ب", "ل") or self.is_word(i - 1, "month-context")

    def year_word(self, i: int) -> Found | None:
        if not self.is_word(i, "year-word", clitic=True):
            return None
        year = self.four_digit_year(i + 1)
        if year is None or not spaced(self.text, self.tokens, i, i + 1):
            return None
        end = i + 2
        cal = self.era(end)
        if cal:
            end += 1
        return Found(i, end, f"AH{year}" if cal == "hijri" else str(year), "date")

    def day_month(self, i: int, end: int, day: float) -> Found | None:
        """A day number followed by [من] [شهر] month [year] → a date."""
        if not (isinstance(day, int) or float(day).is_integer()) or not 1 <= day <= 31:
            return None
        j = end
        if self.key(j) == DATE_PREP:
            j += 1
        if self.is_word(j, "month-word"):
            j += 1
        elif j > end and self.is_word(j, "this-month"):
            return Found(i, j + 1, f"---{int(day):02d}", "date")  # «18 من الشهر الحالي»
        m = dates.match_month(self.tokens, j)
        if m is None or (j == end and not spaced(self.text, self.tokens, end - 1, end)):
            return None
        year = dates.year_after(self.tokens, m.end)
        return Found(
            i, year[1] if year else m.end, dates.iso(m.calendar, m.month, int(day), year[0] if year else None), "date"
        )

    def year_context(self, first: int, after: tuple[str, int] | None) -> bool:
        """A bare four-digit number is a year after «منذ», «في», «حتى» … (unless a countable noun
        follows: «في 2000 منزل»), after «من» with no noun at all («الربع الأول من 2015»), and after
        «و» that follows a year («في 2013 و2014»), and after a part of a year and its rank
        («الربع الثاني 2015», «النصف الأول 2015»)."""
        if self.is_word(first - 1, "year-part-rank") and self.is_word(first - 2, "year-part", clitic=True):
            return True
        if after and is_countable(self.tokens[after[1] - 1].key):
            return False
        if self.is_word(first - 1, "year-context", clitic=True):
            return True
        prev = self.key(first - 1)
        if prev == DATE_PREP and after is None and qualifier_before(self.tokens, first, self.floor) is None:
            return True
        if self.last_year == first:
            return True  # «أعوام 1991 2002»
        return prev in ("و", "/", "-", ",") and self.last_year == first - 1  # «1428هـ/ 2007»

    def hour_fraction(self, j: int) -> tuple[float, int]:
        """«والنصف», «والربع» after an hour → (fraction, next index)."""
        if self.is_word(j, "hour-fraction"):
            key = self.tokens[j].key
            return (0.5 if "نصف" in key else 0.25 if "ربع" in key else 1 / 3), j + 1
        return 0.0, j

    def day_time(self, first: int, end: int, value: float) -> Found | None:
        """«السابعة من مساء اليوم», «العاشرة والنصف صباحا»: a feminine ordinal with a part of the day."""
        if not 1 <= value <= 12 or not self.tokens[end - 1].key.endswith("ه"):
            return None
        frac, j = self.hour_fraction(end)
        if self.key(j) == DATE_PREP:
            j += 1
        if not self.is_word(j, "day-part"):
            return None
        return Found(first, j + 1, whole(round(self.past_noon(value + frac, j), 4)), "time", counted="ساعه")

    def name_year(self, first: int) -> bool:
        """A bare year after a name: «أوسكار 2018», «مونديال 2022» (an indefinite word that is no
        particle, no number and no verb of quantity, with nothing counted after the number)."""
        toks = self.tokens
        if first < 1 or first - 1 < self.floor or not spaced(self.text, toks, first - 1, first):
            return False
        prev = toks[first - 1]
        return (
            prev.kind in ("ar", "lat")
            and len(prev.key) >= 3
            and prev.key not in self.lex.not_counted
            and prev.key not in self.lex.number_of
            and not self.is_word(first - 1, "not-before-name-year")
            and not self.is_word(first - 1, "identifier", clitic=True)
            and word_info(prev.key) is None
            and (prev.key,) not in self.lex.units
            and not is_definite(self.text, prev)
        )
