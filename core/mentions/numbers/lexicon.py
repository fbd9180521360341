"""The number vocabulary, loaded once from `resources/lexicon/numbers/` (plain UTF-8 a user may edit).

Every form is normalised on load (core.text.arabic.normalize: hamza, alef, ta marbuta, tashkeel,
tatweel and Latin case folded), so the files are written as a person writes and looked up with the
same key the reader computes for a token. Multi-word forms become tuples of keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core import resources
from core.text.arabic import normalize

Phrase = tuple[str, ...]


def read_lines(name: str, phrases: bool = False, as_written: bool = False) -> list[tuple[str, list[str]]]:
    """`head: form form …` lines of `numbers/NAME.txt`, forms normalised (AS_WRITTEN: as the file
    writes them, for showing). With `phrases`, forms are separated by «|» only, so that a form may
    have several words («ربيع الأول»)."""
    path = resources.resource("lexicon", "numbers", f"{name}.txt")
    out: list[tuple[str, list[str]]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if ":" not in line:
            continue
        head, _, rest = line.partition(":")
        items = rest.split("|") if phrases or "|" in rest else rest.split()
        forms = [" ".join((item if as_written else normalize(item)).split()) for item in items]
        out.append((head.strip(), [f for f in forms if f]))
    return out


@lru_cache(maxsize=1)
def measure_units() -> frozenset[str]:
    """The canonical names of the units of kind other in `units.txt` (kilograms, tons, square
    metres, hectares): what a number of kind other counts when it is a measure, not a fraction of
    something («نصف السكان», kind other too)."""
    return frozenset(canonical for kind, canonical in lexicon().units.values() if kind == "other")


@lru_cache(maxsize=1)
def month_names() -> dict[tuple[str, int], tuple[str, ...]]:
    """{(calendar, month): its names as `months.txt` writes them, in the file's order}: what a view
    shows of a month given alone (core.mentions.numbers.display.show_date)."""
    out: dict[tuple[str, int], tuple[str, ...]] = {}
    for head, forms in read_lines("months", phrases=True, as_written=True):
        parts = head.split()
        key = ("hijri", int(parts[1])) if parts[0] == "hijri" else ("gregorian", int(parts[0]))
        out[key] = tuple(forms)
    return out


def _phrase(form: str) -> Phrase:
    """FORM as the keys of its tokens: words split at spaces and «_», and a digit after letters a
    token of its own, as the tokenizer makes it («كم2» → «كم», «2»)."""
    return tuple(_DIGIT_AFTER_LETTER.sub(" ", form.replace("_", " ")).split())


_DIGIT_AFTER_LETTER = re.compile(r"(?<=[^\W\d])(?=\d)")


@dataclass(frozen=True)
class Lexicon:
    """All tables the reader consults; built by `lexicon()`."""

    cardinal: dict[str, int] = field(default_factory=dict)
    weak: dict[str, int] = field(default_factory=dict)
    teen_head: dict[str, int] = field(default_factory=dict)
    teen_tail: frozenset[str] = frozenset()
    scale: dict[str, int] = field(default_factory=dict)
    plural: dict[str, int] = field(default_factory=dict)
    dual: dict[str, int] = field(default_factory=dict)
    vague: dict[str, int] = field(default_factory=dict)
    half: frozenset[str] = frozenset()
    """Every simple fraction word (kept under its old name: «نصف», «ربع», «ثلث» …)."""
    fraction: dict[str, float] = field(default_factory=dict)
    """«نصف» → 0.5, «ربع» → 0.25, «ثلثا» → 2/3."""
    fractions: dict[str, int] = field(default_factory=dict)
    """Plural fractions → denominator: «أرباع» → 4 («ثلاثة أرباع»)."""
    ambiguous_fraction: dict[str, float] = field(default_factory=dict)
    """«خمس» → 0.2, «ثمن» → 0.125: fractions only by context."""
    not_fraction: frozenset[str] = frozenset()
    not_origin: frozenset[str] = frozenset()
    """Adjectives after a currency that do not name who issued it («إضافية», «سنويا»)."""
    minus: frozenset[str] = frozenset()
    """«سالب», «ناقص»: the number after them is negative."""
    below_zero: Phrase = ()
    score_words: frozenset[str] = frozenset()
    """«فاز», «بنتيجة»: words that make «3-1» a score."""
    point: frozenset[str] = frozenset()
    not_number: frozenset[str] = frozenset()
    ordinal: dict[str, int] = field(default_factory=dict)
    ordinal_compound: dict[str, int] = field(default_factory=dict)
    months: dict[Phrase, tuple[str, int]] = field(default_factory=dict)
    units: dict[Phrase, tuple[str, str]] = field(default_factory=dict)
    before: dict[Phrase, str] = field(default_factory=dict)
    after: dict[Phrase, str] = field(default_factory=dict)
    date_words: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    duals: dict[str, str] = field(default_factory=dict)
    """Dual surface form (no clitic) → the singular noun, e.g. «طائرتين» → «طائره»."""
    construct_duals: frozenset[str] = frozenset()
    """The duals of `duals` in construct («عمليتي تهريب», «طائرتا الإغاثة»), a dual only before a word."""
    countable: frozenset[str] = frozenset()
    not_counted: frozenset[str] = frozenset()
    number_of: frozenset[str] = frozenset()
    """«عدد», «حصيلة»: words that name the noun a later number counts («عدد القتلى … 45»)."""

    def words(self, name: str) -> frozenset[Phrase]:
        """The phrases of one `date_words.txt` group."""
        return self.date_words.get(name, frozenset())


def _values(lines: list[tuple[str, list[str]]], prefix: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for head, forms in lines:
        parts = head.split()
        if parts[0] == prefix and len(parts) == 2:
            for f in forms:
                table[f] = int(parts[1])
    return table


def _fractions(lines: list[tuple[str, list[str]]], prefix: str) -> dict[str, float]:
    """`fraction N/D: form …` lines → form → N/D."""
    table: dict[str, float] = {}
    for head, forms in lines:
        parts = head.split()
        if parts[0] == prefix and len(parts) == 2 and "/" in parts[1]:
            num, den = parts[1].split("/")
            for f in forms:
                table[f] = int(num) / int(den)
    return table


def _dual_forms(group: str, noun: str) -> list[str]:
    if group == "fem" and noun.endswith("ه"):
        base = noun[:-1]
        return [base + "تين", base + "تان"]
    if group == "broken":
        return [noun + "ين", noun + "ان"]
    if group == "sound":
        return [noun + "ان"]
    if group == "yn-only":
        return [noun + "ين"]
    return []


def _construct_forms(group: str, noun: str) -> list[str]:
    """The construct duals of a feminine noun in ة, its nun dropped before what it is annexed to
    («عمليتي تهريب», «طائرتا الإغاثة»); the other groups' construct forms are a noun's own endings
    («جنديي» beside «جندي»)."""
    if group == "fem" and noun.endswith("ه"):
        return [noun[:-1] + "تي", noun[:-1] + "تا"]
    return []


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every vocabulary file once."""
    words = read_lines("number_words")
    ords = read_lines("ordinals")
    flat = dict(words)

    months: dict[Phrase, tuple[str, int]] = {}
    for head, forms in read_lines("months", phrases=True):
        parts = head.split()
        cal, num = ("hijri", int(parts[1])) if parts[0] == "hijri" else ("gregorian", int(parts[0]))
        for f in forms:
            months[_phrase(f)] = (cal, num)

    units: dict[Phrase, tuple[str, str]] = {}
    for head, forms in read_lines("units", phrases=True):
        kind, canonical = head.split()
        canonical = canonical.replace("_", " ")
        for f in forms:
            units[_phrase(f)] = (kind, canonical)

    before: dict[Phrase, str] = {}
    after: dict[Phrase, str] = {}
    for head, forms in read_lines("qualifiers", phrases=True):
        where, qual = head.split()
        table = before if where == "before" else after
        for f in forms:
            table[_phrase(f)] = qual

    date_words: dict[str, set[Phrase]] = {}
    for head, forms in read_lines("date_words", phrases=True):
        date_words.setdefault(head, set()).update(_phrase(f) for f in forms)

    duals: dict[str, str] = {}
    construct: set[str] = set()
    countable: set[str] = set()
    for head, forms in read_lines("countable"):
        for noun in forms:
            countable.add(noun)
            for d in _dual_forms(head, noun):
                duals.setdefault(d, noun)
            for d in _construct_forms(head, noun):
                if d not in duals:
                    duals[d] = noun
                    construct.add(d)

    not_counted: set[str] = set()
    for _head, forms in read_lines("not_counted"):
        not_counted.update(forms)
    number_of: set[str] = set()
    for head, forms in read_lines("not_counted"):
        if head == "number-of":
            number_of.update(forms)
            not_counted.difference_update(forms)
    for group, forms in resources.read_groups("stopwords").items():
        if group != "other":  # «عدد», «يوم» … may be counted
            not_counted.update(normalize(f) for f in forms)

    ordinal_compound: dict[str, int] = {}
    ordinal: dict[str, int] = {}
    for head, forms in ords:
        parts = head.split()
        target = ordinal_compound if parts[-1] == "compound" else ordinal
        for f in forms:
            target[f] = int(parts[1])

    return Lexicon(
        cardinal=_values(words, "cardinal"),
        weak=_values(words, "weak"),
        teen_head=_values(words, "teen"),
        teen_tail=frozenset(flat.get("teen-tail", [])),
        scale=_values(words, "scale"),
        plural=_values(words, "plural"),
        dual=_values(words, "dual"),
        vague=_values(words, "vague"),
        half=frozenset(_fractions(words, "fraction")),
        fraction=_fractions(words, "fraction"),
        fractions=_values(words, "fractions"),
        ambiguous_fraction=_fractions(words, "ambiguous"),
        not_fraction=frozenset(flat.get("not-a-fraction", [])),
        minus=frozenset(flat.get("minus", [])),
        not_origin=frozenset(flat.get("not-origin", [])),
        below_zero=tuple(flat.get("below-zero", [])),
        score_words=frozenset(flat.get("score-word", [])),
        point=frozenset(flat.get("point", [])),
        not_number=frozenset(flat.get("not-a-number", [])),
        ordinal=ordinal,
        ordinal_compound=ordinal_compound,
        months=months,
        units=units,
        before=before,
        after=after,
        date_words={k: frozenset(v) for k, v in date_words.items()},
        duals=duals,
        construct_duals=frozenset(construct),
        countable=frozenset(countable),
        not_counted=frozenset(not_counted),
        number_of=frozenset(number_of),
    )
