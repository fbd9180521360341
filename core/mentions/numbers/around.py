"""What stands around a number: qualifiers, English words, duals, «واحد» after its noun, «آخرون»,
«عدد القتلى … 45», ranks («الدقيقة 37») and halves («أربع ساعات ونصف»). Steps shared by the reader."""

from __future__ import annotations

import re

from core.mentions.numbers.base import Found, advance, clitic_letters
from core.mentions.numbers.digits import read_digits, whole
from core.mentions.numbers.english import english_counted, english_scale, read_english
from core.mentions.numbers.quantity import (
    counted_after,
    counted_stem,
    dual_noun,
    is_countable,
    is_definite,
    is_plural,
    match_unit,
    qualifier_after,
    qualifier_before,
    spaced,
)
from core.mentions.numbers.tokens import tokenize
from core.mentions.numbers.when import DateReader
from core.mentions.numbers.words import word_info
from core.text.arabic import stem
from core.text.wordclasses import stopwords

_BRACKETED = re.compile(r"\([^()]*\)")
"""A bracketed aside («(الجنوبية)»), left out when reading the names after a dual."""
_DEFINITE = ("ال", "بال", "لل", "وال", "فال", "كال")
"""The article, alone or behind a clitic: a word after a construct dual that begins so is its adjective."""

HALVES = frozenset({"ونصف", "والنصف"})
GROUP_NOUNS = frozenset(tokenize(w)[0].key for w in ("قائمة", "مجموعة", "فئة"))
"""«قائمة الـ36»: a list of 36 people, not the 36th list."""
OTHERS = frozenset({"اخرون", "اخرين", "اخريات", "اخري", "اخر"})
_CLAUSE = 8
"""How far back «عدد القتلى» may stand from its number («ارتفع عدد القتلى في الهجوم إلى 45»)."""


class AroundReader(DateReader):
    """Reading steps about the words around a number."""

    def english(self, i: int) -> Found | None:
        """«three hundred fighters», «thousands of people», «about 200 civilians» in English text."""
        e = read_english(self.text, self.tokens, i)
        if e is None:
            return None
        found = Found(i, e.end, whole(e.value), "count", "vague" if e.vague else "exact")
        self.english_after(found)
        if e.value == 1 and not found.counted:
            return None  # «one of the …»
        self.qualify(found, i)
        return found

    def english_digits(self, plain: bool, first: int, end: int, value: float) -> Found:
        """Digits in English text: «1.5 million», «85 fighters», «in 2017»."""
        toks = self.tokens
        scale = english_scale(toks[end].key)
        if scale:
            value, end = value * scale, end + 1
            plain = False
        if plain and 1900 <= value <= 2100 and self.year_context(first, None):
            return Found(first, end, str(int(value)), "date")
        found = Found(first, end, whole(value), "count")
        sign = (
            self.lex.units.get((self.key(first - 1),))
            if first > 0 and toks[first - 1].end == toks[first].start
            else None
        )
        if sign and sign[0] in ("percent", "money"):  # «$1.5 billion»
            found.kind, found.counted, found.first = sign[0], sign[1], first - 1
        elif end < len(toks) and toks[end].kind == "lat":
            self.english_after(found)
        self.qualify(found, first)
        return found

    def english_after(self, found: Found) -> None:
        """Unit or counted noun after a number in English text («209 km», «85 fighters»)."""
        unit = match_unit(self.text, self.tokens, found.end)
        if unit:
            found.kind, found.counted, found.end = unit.kind, unit.canonical, unit.end
            return
        j = found.end
        if found.qualifier == "vague" and self.key(j) == "of":
            j += 1
        noun = english_counted(self.tokens, j) if spaced(self.text, self.tokens, j - 1, j) else None
        if noun:
            found.counted, found.end = noun

    def and_digits(self, value: float, end: int) -> tuple[float, int]:
        """«ألف و500», «28 ألفا و 116»: thousands, then «و» and the hundreds in digits; «٣ مئة و٢١»:
        hundreds, then the rest below a hundred. The «و» may be glued («4 آلاف و300»)."""
        step = 1000 if value >= 1000 and value % 1000 == 0 else 100 if 100 <= value < 1000 and value % 100 == 0 else 0
        if step and self.key(end) == "و" and end + 1 < len(self.tokens):
            rest = read_digits(self.tokens, end + 1)
            if (
                rest
                and rest.kind == "number"
                and rest.start == end + 1
                and isinstance(rest.value, int)
                and 0 < rest.value < step
            ):
                return value + rest.value, rest.end
        return value, end

    def negative(self, found: Found, digits: bool) -> None:
        """«سالب 5», «ناقص 3 درجات», «الحرارة -5 درجات», «4 درجات تحت الصفر»: a value below zero.

        A dash glued before digits in the middle of a sentence is a sign only for a temperature or a
        percentage; elsewhere it is punctuation («دونا ويلس -43 عاما») or a range («10-15»)."""
        if not isinstance(found.value, (int, float)) or found.value < 0:
            return
        first = found.first
        prev = self.key(first - 1)
        lex = self.lex
        if first - 1 >= self.floor and (prev in lex.minus or (prev[:1] == "و" and prev[1:] in lex.minus)):
            found.value, found.first, found.start_char = whole(-found.value), first - 1, -1
            if prev[:1] == "و":
                found.start_char = advance(self.text, self.tokens[first - 1].start, 1)
        elif (
            digits
            and prev == "-"
            and first - 1 >= self.floor
            and self.tokens[first - 1].end == self.tokens[first].start
            and (first < 2 or self.tokens[first - 2].end < self.tokens[first - 1].start)
            and (found.counted == "درجة" or found.kind == "percent")
        ):
            found.value, found.first, found.start_char = whole(-found.value), first - 1, -1
        n = len(lex.below_zero)
        if n and tuple(self.key(found.end + k) for k in range(n)) == lex.below_zero and found.counted == "درجة":
            found.value, found.end = whole(-abs(found.value)), found.end + n

    def score(self, i: int) -> Found | None:
        """«فاز الفريق 3-1», «انتهت بنتيجة 2-2»: a score, one mention (kind other, value "3-1"), when
        a score word stands in the clause before it or right after it; else a range or two numbers."""
        toks = self.tokens
        if toks[i].key.isdigit() and self.key(i + 1) == "-" and self.key(i + 2) == "صفر" and int(toks[i].key) <= 30:
            return Found(i, i + 3, f"{int(toks[i].key)}-0", "other", counted="نتيجة")  # «تغلب عليه 3-صفر»
        if not (
            self.key(i + 1) == "-"
            and i + 2 < len(toks)
            and toks[i + 2].kind == "num"
            and toks[i].end == toks[i + 1].start
            and toks[i + 1].end == toks[i + 2].start
            and toks[i].key.isdigit()
            and toks[i + 2].key.isdigit()
            and int(toks[i].key) <= 30
            and int(toks[i + 2].key) <= 30
            and self.key(i + 3) != "-"
            and not (i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].key in "-/")
        ):
            return None
        words = self.lex.score_words
        for j in range(i - 1, max(self.floor, i - _CLAUSE) - 1, -1):
            key = toks[j].key
            if toks[j].kind == "p" and key in ".؛;!?؟":
                break
            if key in words or (key[:1] in "وفب" and key[1:] in words):
                return Found(i, i + 3, f"{int(toks[i].key)}-{int(toks[i + 2].key)}", "other", counted="نتيجة")
        if self.key(i + 3) in words:
            return Found(i, i + 3, f"{int(toks[i].key)}-{int(toks[i + 2].key)}", "other", counted="نتيجة")
        return None

    def and_fraction(self, value: float, scale: float, end: int) -> tuple[float, int]:
        """«3 ملايين ونصف», «2 مليار وربع»: a fraction of the scale after digits and a scale word."""
        key = self.key(end)
        if key.startswith("و") and key[1:] in self.lex.fraction:
            return value + scale * self.lex.fraction[key[1:]], end + 1
        return value, end

    def unit_word(self, key: str) -> tuple[str, str] | None:
        """The unit a word names, with or without the article («الساعات» → duration ساعة)."""
        for k in (key, key[2:] if key.startswith("ال") else "", key[1:] if key.startswith("لل") else ""):
            if k and (k,) in self.lex.units:
                return self.lex.units[(k,)]
        return None

    def adjective(self, found: Found, words: bool, definite: bool) -> bool:
        """«شخص واحد», «يوم واحد», «العقود السبعة»: a number word after its noun, like an adjective.

        Only «واحد»/«اثنان» after a countable noun or a unit, and definite number words after a
        definite noun; the noun becomes the counted one and the span starts with it."""
        first = found.first
        if not words or not (found.value in (1, 2) or definite) or first - 1 < self.floor:
            return False
        prev = self.tokens[first - 1]
        if (
            prev.kind != "ar"
            or not spaced(self.text, self.tokens, first - 1, first)
            or prev.key in self.lex.not_counted
            or (prev.key[:1] == "و" and prev.key[1:] in self.lex.not_counted)  # «وفي الثلاثين من العمر»
        ):
            return False
        if definite and not is_plural(self.text, prev) and not self._unit_cardinal(first):
            if found.value == 1:
                return False  # «العائلة الواحدة»: the same family
            found.kind = "ordinal"  # «القرن العشرين»: the twentieth century
            found.first, found.start_char = first - 1, -1
            return True
        unit = self.unit_word(prev.key)
        if unit is not None:
            found.kind, found.counted = unit[0], unit[1]
        else:
            noun = counted_after(self.text, self.tokens, first - 1, definite_ok=definite)
            if noun is None or not (definite or is_countable(self.tokens[first - 1].key)):
                return False
            found.counted = noun[0]
        found.first, found.start_char = first - 1, -1
        return True

    def _unit_cardinal(self, i: int) -> bool:
        """«الحقائب الأربع»: a cardinal from three to ten («الأربع», «الخمسة») is never an ordinal, whose
        forms differ («الرابع», «الخامسة»), so it counts its noun even where the plural is not known."""
        info = word_info(self.tokens[i].key)
        return info is not None and info.cls == "card" and 3 <= info.value <= 10

    def one_counts(self, i: int) -> bool:
        """«واحد» is a quantity after a countable noun («شخص واحد», «يوم واحد») or alone; after other
        words it is «one» as in «كل واحد», «وطن واحد»."""
        if self.key(i + 1) == "من":
            return False  # «واحدة من أشهر الحقائب»: one of
        if i == 0 or self.tokens[i - 1].kind != "ar" or not spaced(self.text, self.tokens, i - 1, i):
            return True
        key = self.tokens[i - 1].key
        return (key,) in self.lex.units or is_countable(key)

    def dual(self, i: int) -> Found | None:
        t = self.tokens[i]
        if t.kind != "ar":
            return None
        hit = dual_noun(t.key)
        if hit is None or (hit[1] == 0 and self.after_a_dual(i)):
            return None
        noun, prefix = hit
        if t.key[prefix:] in self.lex.construct_duals and not self.annexed(i) or self.names_two(i):
            return None  # «عمليتي» alone is «my operation»; «عمليتي تهريب» two operations
        prefix = clitic_letters(t.key, prefix)
        unit = self.lex.units.get((noun,))
        found = Found(i, i + 1, 2, "count", counted=stem(noun), start_char=advance(self.text, t.start, prefix))
        if unit and unit[0] in ("duration", "distance", "other"):
            found.kind, found.counted = unit[0], unit[1]  # «ساعتين», «درجتين تحت الصفر»
            self.and_a_half(found)
            self.negative(found, False)
        self.qualify(found, i)
        return found

    def annexed(self, i: int) -> bool:
        """Token i is followed by the indefinite noun it is annexed to («عمليتي تهريب», «حالتي إصابة»),
        in the same clause. «عائلتي بالداخل», «سيارتي على», «مدينتي الساحرة» are «my» family, car
        and town: a first person's words, quoted or in an opinion piece, are followed by something
        else."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return (
            nxt is not None
            and nxt.kind == "ar"
            and spaced(self.text, self.tokens, i, i + 1)
            and not nxt.key.startswith(_DEFINITE)
            and stem(nxt.key) not in stopwords()
        )

    def names_two(self, i: int) -> bool:
        """Token i, a dual in construct, names its two one by one («محافظتي مأرب وتعز», «وزارتي الخارجية
        والنقل», «ولايتي البحر الأحمر ونهر النيل»): two named places or bodies, not a count a source
        could give otherwise."""
        if self.tokens[i].key[-2:] not in ("تي", "تا"):
            return False
        after = _BRACKETED.sub(" ", self.text[self.tokens[i].end : self.tokens[i].end + 60]).split()
        for k, w in enumerate(after[:3]):  # «أبين (الجنوبية) والبيضاء»; not «تهريب سابقتين، وذلك»
            if k and w.startswith("و") and len(w) > 3:
                return True
            if w[-1:] in "،,؛;.:":
                return False
        return False

    def after_a_dual(self, i: int) -> bool:
        """Token i, a dual without a clitic, follows a dual noun it agrees with, as its adjective:
        «مقرين عامين» (two general headquarters, not two years), «سيارتين مدرعتين» (two armoured cars,
        counted once); «شابين بفتاتين» is two counts."""
        prev = self.tokens[i - 1] if i > 0 else None
        return (
            prev is not None
            and prev.kind == "ar"
            and spaced(self.text, self.tokens, i - 1, i)
            and dual_noun(prev.key) is not None
        )

    def is_percent(self, key: str) -> bool:
        unit = self.lex.units.get((key,))
        return unit is not None and unit[0] == "percent"

    def others(self, j: int) -> bool:
        """Token j is «آخرون», «آخرين» … right after the number, and a noun was counted before."""
        return bool(self.last_counted) and self.key(j) in OTHERS and spaced(self.text, self.tokens, j - 1, j)

    def names_a_body(self, j: int) -> bool:
        """Token j is a singular feminine noun in construct before «الـ» and a number, naming one of a
        series: «كتيبة الـ21», «دورته الـ104». Not a qualifier («قرابة الـ 60 شخصاً»), a plural with
        its pronoun («بطولاته الـ13») or a group of that many («قائمة الـ36»)."""
        key = self.tokens[j].key
        return (
            len(key) >= 4
            and key.endswith("ه")
            and not key.endswith("اته")  # «قطاعاته الـ15»: its 15 sectors, a plural
            and key not in GROUP_NOUNS
            and not (key[:1] in "بلوفك" and key[1:] in GROUP_NOUNS)  # «بقائمة الـ 36»
            and not any(p[0] == key for p in self.lex.before)
            and key not in self.lex.number_of
            and word_info(key) is None
        )

    def rank_noun(self, j: int) -> bool:
        """Token j is a definite singular noun right before a number («الدقيقة 37»)."""
        t = self.tokens[j]
        return (
            t.kind == "ar"
            and t.key != "ال"
            and spaced(self.text, self.tokens, j, j + 1)
            and is_definite(self.text, t)
            and not is_plural(self.text, t)
            and t.key not in self.lex.not_counted
            and t.key not in self.lex.number_of
            and word_info(t.key) is None
            and not (j >= 1 and self.tokens[j - 1].key in self.lex.number_of)  # «عدد الضحايا 45»
        )

    def number_of(self, first: int) -> str:
        """«ارتفع عدد القتلى إلى 45», «حصيلة الضحايا 120»: with no noun after it, a number counts
        the noun after «عدد» / «حصيلة» earlier in the clause (the span stays the number)."""
        toks = self.tokens
        for j in range(first - 1, max(self.floor, first - _CLAUSE) - 1, -1):
            if toks[j].kind == "p" and toks[j].key not in ('"', "«", "»"):
                return ""
            if (
                toks[j].key in self.lex.number_of
                and j + 1 < first
                and toks[j + 1].kind == "ar"
                and is_definite(self.text, toks[j + 1])
            ):
                return counted_stem(toks[j + 1].key)
        return ""

    def and_a_half(self, found: Found) -> None:
        """«أربع ساعات ونصف», «سنتان ونصف», «390 جراما ونصف الجرام»: half a unit more."""
        if self.key(found.end) in HALVES and isinstance(found.value, (int, float)):
            found.value, found.end = whole(found.value + 0.5), found.end + 1
            unit = self.key(found.end)
            if unit.startswith("ال") and self.lex.units.get((unit[2:],), ("",))[0] == found.kind:
                found.end += 1  # «ونصف الجرام»: the unit again, with the article

    def unit_and_a_half(self, i: int) -> Found | None:
        """«سنة ونصف», «ساعة ونصف», «متر ونصف»: one and a half of a unit written without a number."""
        unit = self.lex.units.get((self.key(i),))
        if unit is None or unit[0] == "percent" or self.key(i + 1) not in HALVES:
            return None
        found = Found(i, i + 2, 1.5, unit[0], counted=unit[1])
        self.qualify(found, i)
        return found

    def qualify(self, found: Found, number_first: int) -> None:
        """Attach a qualifier written before the number or after the mention."""
        first = found.first
        if self.key(first - 1) == "ال" and first - 1 > self.floor:
            first -= 1  # «قرابة الـ300 شخص», «أكثر من الـ11»
        before = qualifier_before(self.tokens, first, self.floor)
        if found.qualifier == "vague":
            if before and before[0] == "vague":  # «بضعة آلاف», «several hundred»
                found.first, found.start_char = before[1], -1
            return
        if before:
            found.qualifier, found.first = before
            found.start_char = -1
            t = self.tokens[found.first]
            if (
                t.key[:1] in "وف"
                and (t.key,) not in self.lex.before
                and not any(p[0] == t.key for p in self.lex.before)
            ):
                found.start_char = advance(self.text, t.start, 1)  # «وأكثر من مئة»: after «و»
            return
        after = qualifier_after(self.text, self.tokens, found.end)
        if after:
            found.qualifier, found.end = after

    # -- the pass --------------------------------------------------------------------------------
