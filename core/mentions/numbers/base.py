"""Shared state of the number reader: the tokens of one string, the lexicon, and small helpers.

`Found` is a mention in token terms while it is being read; `ReaderBase` holds the string, its
tokens and the index below which tokens are already taken (`floor`), so that spans never overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial

from core.mentions.numbers.lexicon import lexicon
from core.mentions.numbers.quantity import spaced
from core.mentions.numbers.tokens import Token, tokenize
from core.text.arabic import TASHKEEL
from core.text.memo import Memo

DATE_PREP = "من"
LIST_MARK = re.compile(r"[ \t]*[-–ـ.)][ \t]")


@dataclass
class Found:
    """A mention in token terms while it is being read."""

    first: int
    end: int
    value: float | str
    kind: str
    qualifier: str = "exact"
    counted: str = ""
    start_char: int = -1


def clitic_letters(key: str, prefix: int) -> int:
    """Letters of a clitic cluster that stay outside the span: «و», «ب» … but not the article «ال»."""
    p = key[:prefix]
    if p.endswith("ال"):
        return prefix - 2
    if p.endswith("لل"):
        return prefix - 1
    return prefix


def advance(text: str, start: int, letters: int) -> int:
    """Offset after `letters` letters from `start`, not counting tashkeel (keys have none)."""
    pos = start
    while letters > 0 and pos < len(text):
        if not TASHKEEL.match(text[pos]):
            letters -= 1
        pos += 1
    while pos < len(text) and TASHKEEL.match(text[pos]):
        pos += 1
    return pos


CLITIC_LETTERS = "وبلفك"


@lru_cache(maxsize=None)
def group_keys(group: str, clitic: bool) -> frozenset[str]:
    """Every key that is a one-word phrase of a `date_words.txt` group; with `clitic`, also with one
    clitic letter before it when the key keeps three letters or more («وعام», «بنهاية»), and «لل» for
    its article («للعام»). One set lookup where each test built phrases and sliced the key."""
    words = {phrase[0] for phrase in lexicon().words(group) if len(phrase) == 1}
    keys = set(words)
    if clitic:
        keys.update(c + w for c in CLITIC_LETTERS for w in words if len(w) >= 2)
        keys.update("ل" + w[1:] for w in words if w.startswith("ال") and len(w) >= 3)
    return frozenset(keys)


CLOCK_LETTERS = ("م", "ص")
"""After a clock time, «م» is the evening (مساءً) and «ص» the morning (صباحاً); after any other number
«م» is a metre or the Gregorian era («100 م», «2015م»), so only `DateReader.of_the_day` reads them."""


def names_part_of_day(text: str) -> bool:
    """Whether a clock time's TEXT names its part of the day («الساعة 6 صباحا», «السادسة مساء», «9:19
    ص»): one that does not may be on either side of noon (`core.match.agreement.twelve_hours_apart`)."""
    keys = {t.key for t in tokenize(text)}
    return not group_keys("day-part", False).isdisjoint(keys) or not keys.isdisjoint(CLOCK_LETTERS)


_GROUP_KEYS: tuple[Memo[str, frozenset[str]], Memo[str, frozenset[str]]] = (
    Memo(partial(group_keys, clitic=False)),
    Memo(partial(group_keys, clitic=True)),
)
"""Indexed by `clitic` (False, True): group → `group_keys(group, clitic)`, a dict lookup per
`is_word`, where the cache of `group_keys` hashed its two arguments as a tuple at every call."""


class ReaderBase:
    """The string being read and what every reading step needs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[Token] = tokenize(text)
        self.lex = lexicon()
        self.floor = 0
        self.last_counted = ""
        """The counted noun of the last count read, for «… وأصيب 30 آخرون»."""
        self.last_year = -1
        """Index of the token after the last year read («في 2013 و2014»)."""

    # -- helpers -------------------------------------------------------------------------------
    def key(self, j: int) -> str:
        return self.tokens[j].key if 0 <= j < len(self.tokens) else ""

    def is_word(self, j: int, group: str, clitic: bool = False) -> bool:
        """Token j is a word of a `date_words.txt` group (with a one-letter clitic if `clitic`)."""
        return 0 <= j < len(self.tokens) and self.tokens[j].key in _GROUP_KEYS[clitic][group]

    def past_noon(self, hours: float, j: int) -> float:
        """HOURS as a 24-hour clock when token j, a part of the day, puts them after noon: evening
        and afternoon from 1 to 11 («7:58 مساء» → 19.97), «ظهرا» from 1 to 4, «ليلا» from 6 to 11."""
        if hours < 1 or hours >= 12:
            return hours
        if self.is_word(j, "evening-part"):
            return hours + 12
        if self.is_word(j, "noon-part") and hours < 5:
            return hours + 12
        if self.is_word(j, "night-part") and hours >= 6:
            return hours + 12
        return hours

    def four_digit_year(self, j: int) -> int | None:
        t = self.tokens[j] if 0 <= j < len(self.tokens) else None
        if t and t.kind == "num" and t.key.isdigit() and len(t.key) == 4 and 1000 <= int(t.key) <= 2200:
            return int(t.key)
        return None

    def era(self, j: int) -> str | None:
        """«م» or «هـ» after a year (glued or spaced)."""
        if j < len(self.tokens) and spaced(self.text, self.tokens, j - 1, j):
            if self.is_word(j, "hijri-era"):
                return "hijri"
            if self.is_word(j, "gregorian-era"):
                return "gregorian"
        return None

    def list_marker(self, i: int, end: int) -> bool:
        """«1 - على شركة …», «2) …» at the start of a line: the number of a list item."""
        toks = self.tokens
        line_start = self.text.rfind("\n", 0, toks[i].start) + 1
        if self.text[line_start : toks[i].start].strip():
            return False
        return LIST_MARK.match(self.text, toks[end - 1].end) is not None
