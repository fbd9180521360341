"""The number itself at a token, in digits or in words, before what surrounds it is read: a decimal
comma or a spoken point, a scale word after digits («100 ألف»), and the digits that are no quantity
(codes, model names, list markers). `core.mentions.numbers.reader` reads on from there.
"""

from __future__ import annotations

from typing import NamedTuple

from core.mentions.numbers.around import AroundReader
from core.mentions.numbers.base import Found, clitic_letters
from core.mentions.numbers.digits import SKIP, dotted_hours, read_digits, whole
from core.mentions.numbers.english import english_function_words
from core.mentions.numbers.quantity import is_countable, qualifier_before, spaced
from core.mentions.numbers.words import is_scale, read_words, word_info

_OPENERS = frozenset({"(", "«", '"', "“"})
_CLOSERS = frozenset({")", "»", '"', "”"})


class Core(NamedTuple):
    """The number itself, before what surrounds it is read."""

    first: int
    end: int
    value: float
    prefix: int
    """Letters of clitic before the number in its first token («ب» of «بعشر»)."""
    digits: bool
    plain: bool
    """One group of digits with nothing added: could be a year."""
    ordinal: bool = False
    vague: bool = False
    definite: bool = False
    fraction: bool = False
    """«نصف الطلاب», «ثلاثة أرباع الموازنة»: a part of something, read as kind other."""


class CoreReader(AroundReader):
    """Reads the number at a token (`digit_core`, `word_core`); the reader builds on it."""

    def digit_core(self, i: int) -> Core | Found | None:
        """Digits at token i, with a decimal comma or a scale word after them; codes, identifiers and
        list markers come back as SKIP, digit dates and times and English numbers as mentions."""
        toks = self.tokens
        score = self.score(i)
        if score:
            return score
        d = read_digits(toks, i)
        if d is None:
            return None
        if d.kind == SKIP or (d.start == i and self.not_a_quantity(i)):
            return Found(i, d.end, 0, SKIP)
        if d.kind in ("date", "time"):
            cal = self.era(d.end) if d.kind == "date" else None
            if cal:
                return Found(d.start, d.end + 1, ("AH" if cal == "hijri" else "") + str(d.value), "date")
            return Found(d.start, d.end, d.value, d.kind)
        first, end, value = d.start, d.end, float(d.value)
        if value.is_integer() and self.decimal_comma(end):  # «1,5 مليون», «82,3 %»
            value, end = float(f"{whole(value)}.{toks[end + 1].key}"), end + 2
        if self.key(end) in _CLOSERS and self.key(first - 1) in _OPENERS and end + 1 < len(toks):
            info = word_info(toks[end + 1].key)
            if is_scale(info):  # «(1500) مليون ريال», «"52" مليون»
                value, end, first = value * info.value, end + 2, first - 1
        if end < len(toks) and toks[end].kind == "ar" and spaced(self.text, toks, end - 1, end):
            info = word_info(toks[end].key)
            if is_scale(info):  # «100 ألف», «3 ملايين»
                value, end = self.and_digits(value * info.value, end + 1)
                value, end = self.and_fraction(value, info.value, end)
            elif info and info.prefix == 0 and info.cls == "card" and info.value == 100 and 1 <= value <= 9:
                value, end = self.and_digits(value * 100, end + 1)  # «٣ مئة و٢١», «5 مئة ألف»
                scale = word_info(self.key(end)) if spaced(self.text, toks, end - 1, end) else None
                if is_scale(scale):
                    value, end = self.and_digits(value * scale.value, end + 1)
        if end < len(toks) and toks[end].kind == "lat" and spaced(self.text, toks, end - 1, end):
            return self.english_digits(d.plain and end == d.end, first, end, value)
        plain = d.plain and end == d.end
        if end == d.end and self.is_word(end, "day-part") and 0 <= value <= 24:
            hours = dotted_hours(value)
            if hours is not None:  # «7 مساء», «8.30 مساءً»: a clock time
                return Found(first, end + 1, whole(round(self.past_noon(hours, end), 4)), "time", counted="ساعه")
        return Core(first, end, whole(value), 0, True, plain)

    def not_a_quantity(self, i: int) -> bool:
        """«ISO 9001», «Windows 10» (a capitalised Latin name), «رقم 2254», «رقم (200)», «1 - …»."""
        toks = self.tokens
        if (
            i > 0
            and toks[i - 1].kind == "lat"
            and self.text[toks[i - 1].start].isupper()
            and spaced(self.text, toks, i - 1, i)
            and toks[i - 1].key not in english_function_words()
        ):
            return True
        if self.is_word(i - 1, "identifier", clitic=True) or (
            self.key(i - 1) == "(" and self.is_word(i - 2, "identifier", clitic=True)
        ):
            return True
        return self.list_marker(i, i + 1) or self.model_name(i) or self.item_mark(i)

    def model_name(self, i: int) -> bool:
        """«إف 16», «إف- 16», «إف ــ 16», «سي4»: a number after the Arabic name of a Latin letter."""
        j = i - 1
        while (
            j >= 0
            and self.tokens[j].kind != "ar"
            and not self.text[self.tokens[j].start : self.tokens[j].end].strip("-–ـ")
        ):
            j -= 1
        if j < 0 or not self.is_word(j, "letter-name"):
            return False
        return not self.text[self.tokens[j].end : self.tokens[i].start].strip(" -–ـ")

    def item_mark(self, i: int) -> bool:
        """«1/مهدي … 2/عباس»: a number glued by a slash to the word after it numbers a list item."""
        end = self.tokens[i].end
        return self.text[end : end + 1] == "/" and self.text[end + 1 : end + 2].isalpha()

    def decimal_comma(self, end: int) -> bool:
        """«1,5 مليون», «82,3 %»: a comma and one or two digits before a scale word or a percent."""
        toks = self.tokens
        return (
            self.key(end) == ","
            and end + 2 < len(toks)
            and toks[end + 1].key.isdigit()
            and len(toks[end + 1].key) <= 2
            and toks[end].start == toks[end - 1].end
            and toks[end + 1].start == toks[end].end
            and (toks[end + 2].key in self.lex.scale or self.is_percent(toks[end + 2].key))
        )

    def counts(self, j: int) -> bool:
        """Token j is a countable noun («أطفال»), as after a number that counts it."""
        return j < len(self.tokens) and self.tokens[j].kind == "ar" and is_countable(self.tokens[j].key)

    def word_core(self, i: int) -> Core | None:
        """Number words at token i («خمسة وعشرون», «بعشر», «الخامس», «العشرات»)."""
        w = read_words(self.tokens, i, qualifier_before(self.tokens, i, self.floor) is not None)
        if w is None:
            return None
        if w.value == 100 and w.definite and w.end == i + 1 and self.key(i - 1) in ("في", "بالمئه"):
            return None  # «نصفا في المائة»: the percent phrase, no number
        if w.value == 1 and w.end == i + 1 and not w.ordinal and (w.definite or not self.one_counts(i)):
            return None  # «كل واحد», «العائلة الواحدة»
        if w.value == 0 and w.definite and w.end == i + 1:
            return None  # «من الصفر», «تحت الصفر»: no quantity
        if self.is_word(i - 1, "name-part") and spaced(self.text, self.tokens, i - 1, i) and not self.counts(w.end):
            return None  # «ودعا أبو اثنين المنشآت»: a family name (but «أبو عشرة أطفال» counts children)
        value, end = w.value, w.end
        if not w.ordinal and not w.vague:
            value, end = self.and_digits(value, end)
        return Core(
            i,
            end,
            whole(value),
            clitic_letters(self.tokens[i].key, w.prefix),
            False,
            False,
            w.ordinal,
            w.vague,
            w.definite,
            w.fraction,
        )

    def spoken_point(self, core: Core) -> Core:
        """«1 فاصلة 1», «واحد فاصلة واحد»: a decimal point spoken as a word."""
        toks, end = self.tokens, core.end
        if core.ordinal or end + 1 >= len(toks) or toks[end].key not in self.lex.point:
            return core
        frac = read_digits(toks, end + 1)
        part = frac.value if frac and frac.kind == "number" else None
        if part is None:
            wf = read_words(toks, end + 1)
            part = whole(wf.value) if wf else None
        if not isinstance(part, int) or not isinstance(core.value, int):
            return core
        return core._replace(value=whole(float(f"{core.value}.{part}")), end=end + 2, plain=False)
