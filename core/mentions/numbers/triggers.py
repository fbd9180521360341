"""Which words can start a mention: a cheap, cached test that lets the reader skip the ordinary
words of a text (most of them) without trying every reading step on each."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter, methodcaller

from core.mentions.numbers.english import english
from core.mentions.numbers.lexicon import lexicon
from core.mentions.numbers.quantity import dual_noun
from core.mentions.numbers.tokens import Token, word_key
from core.mentions.numbers.words import PREFIX_SET, bare_table, word_info
from core.text.arabic import fold_chars
from core.text.memo import self_filling

_GROUPS = ("clock", "month-position", "month-word", "first-day", "year-word")


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    lex = lexicon()
    words: set[str] = set()
    for group in _GROUPS:
        words.update(phrase[0] for phrase in lex.words(group))
    words.update(phrase[0] for phrase in lex.months)
    words.update(phrase[0] for phrase, (kind, _c) in lex.units.items() if kind != "percent" and len(phrase) == 1)
    words.update(english().words)
    return frozenset(words)


_ONE_LETTER = "وبلفك"
"""The one-letter clitics two rules of `may_start` look past («وخمس», «بنهاية»)."""


@lru_cache(maxsize=1)
def _entries() -> frozenset[str]:
    """Every key some rule of `may_start` may take: an entry of the tables the rules look up
    (starters, number words, duals, fractions, and «لل…» for a starter «ال…», looked up as «ال» +
    KEY[2:]), alone or after a clitic some rule looks past (`PREFIXES`, `_ONE_LETTER`)."""
    lex = lexicon()
    starters = _starters()
    tails = set(starters) | bare_table().keys() | lex.duals.keys() | lex.ambiguous_fraction.keys()
    tails.update("ل" + w[1:] for w in starters if w.startswith("ال"))
    return frozenset(tails | {clitic + tail for clitic in PREFIX_SET | set(_ONE_LETTER) for tail in tails})


@lru_cache(maxsize=200_000)
def may_start(key: str) -> bool:
    """A word (key) that some reading step could start at: a number word, a dual, a month, a date
    or clock word (with a one-letter clitic or «لل»), an English number word.

    Every rule looks KEY, or KEY past a clitic, up in a table: a word that is no `_entries` (most
    words) is turned away by one set lookup, before the rules that call `word_info` and `dual_noun`."""
    if key not in _entries():
        return False
    starters = _starters()
    if key in starters or word_info(key) is not None or dual_noun(key) is not None:
        return True
    fractions = lexicon().ambiguous_fraction
    if key in fractions or (key[:1] in "وب" and key[1:] in fractions):
        return True  # «ثمن», «وخمس»: fractions by context
    if key[:1] in "وبلفك" and len(key) >= 3 and key[1:] in starters:
        return True
    return key.startswith("لل") and "ا" + key[1:] in starters


_DIGIT = re.compile(r"\d")
_WORD = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff][\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06fa-\u06ff]*"
    r"|[A-Za-z]+"
)
"""The Arabic and Latin words of `tokens._TOKEN` (same classes). `fold_chars` maps a character of
these classes to one of the same class and no other character into them, so the words of a string
and of its folded form lie at the same offsets."""


def may_hold_number(text: str) -> bool:
    """False when the reader can find nothing in TEXT: no digit, and no word that `may_start` a
    mention. Exact, not a guess: the reader starts only at a digit group or at such a word. Half
    the sentences of an article hold neither; this test costs a tenth of reading them.

    Read piece by piece between white spaces (`str.split`), each piece's answer cached: a digit or a
    word never holds a space, so the pieces hold the text's digits and words, and the common pieces
    («في», «الوزير،») cost one lookup where the regexes cost 300 instructions a character."""
    return any(map(_PIECES.__getitem__, text.split()))


def _piece_may_hold(piece: str) -> bool:
    """`may_hold_number` of a piece of text with no white space in it, kept in `_PIECES` (whose own
    `__missing__` this is: one Python call a new piece).

    A piece of `_PLAIN_LETTERS` alone (half the pieces) is one word, holds no digit and is its own
    key: a set lookup, where the general case cost 11,000 instructions a piece (a quarter of them
    in `str.translate`, which makes an int object for every character). In the general case a key
    that is no `_entries` is turned away by a set lookup, before `may_start`'s cache."""
    entries = _entries()
    word = piece.strip(_MARKS_ROUND)  # «الوزير،», «(الخليج)»: the word inside, if it is one
    rest = word.strip(_PLAIN_LETTERS)  # its letters all in the set: `strip` leaves nothing
    if word and not rest:
        holds = word in entries and may_start(word)
    elif word and not rest.strip(_LETTERS):  # Arabic letters alone, some that fold (a quarter of the pieces)
        key = word
        for source, target in _LETTER_FOLDS:
            if source in key:
                key = key.replace(source, target)
        holds = key in entries and may_start(key)
    else:
        holds = _DIGIT.search(piece) is not None or any(
            map(may_start, filter(entries.__contains__, map(_WORD_KEY, _WORD.findall(piece))))
        )
    if len(_PIECES) >= _PIECES_MAX:
        _PIECES.clear()
    _PIECES[piece] = holds
    return holds


_LETTERS = "".join(map(chr, [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]))
"""The Arabic letters a word of `_WORD` may start with: a piece of them alone is one word, with no
digit, whose key is its letters folded one by one (`_LETTER_FOLDS`: a few `str.replace`, where
`str.translate` makes an int object for every character)."""
_LETTER_FOLDS = tuple((c, fold_chars(c)) for c in _LETTERS if fold_chars(c) != c)
"""No target is also a source: replacing one letter after the other is the same as translating."""
_PLAIN_LETTERS = "".join(c for c in _LETTERS if fold_chars(c) == c)
"""Arabic letters that start a word of `_WORD` and that `fold_chars` keeps («ا», not «أ» or «ة»): a
piece of them alone is one word of `_WORD` whose key (`_WORD_KEY`) is itself, and holds no digit
(`str.strip` with them tests that in C at a third of the cost of a regex match)."""
_MARKS_ROUND = "،.,:;؛!?؟\"'«»()“”…-–—"
"""Stops, commas, quotes and brackets, which no word of `_WORD` holds and no digit is: a piece that
is a word of `_LETTERS` between them holds that word alone."""


_PIECES_MAX = 200_000
_PIECES: dict[str, bool] = self_filling(_piece_may_hold)
"""Piece → `_piece_may_hold`: a dict lookup in C per piece, where an LRU cache also moved each hit
to the front of its order (12 % of the pre-check); emptied once it holds `_PIECES_MAX` pieces."""


def _char_key(c: int) -> int | str | None:
    """What `word_key(fold_chars(...))` makes of character C in a word: itself, another, or nothing."""
    key = word_key(fold_chars(chr(c)))
    return None if not key else ord(key) if len(key) == 1 else key


_WORD_KEYS = [_char_key(c) for c in range(0x700)]
"""`str.translate` table: `word.translate(_WORD_KEYS) == word_key(fold_chars(word))` for every word
of `_WORD` (Arabic letters, tashkeel and tatweel, all below U+0700, or Latin letters, whose case
is the only one `lower` changes there). Both functions work character by character, so the table
built from them one character at a time gives their result in one C call (less than half the
instructions of the two regex passes and the lower-casing it replaces)."""


_WORD_KEY = methodcaller("translate", _WORD_KEYS)
"""A word's key (`word_key(fold_chars(word))`) in one C call, mapped over a piece's words in C."""


def start_indices(tokens: list[Token]) -> list[int]:
    """Indices of the tokens a reading may start at: each digit group, and each word that `may_start`
    (never a mark). Most tokens are ordinary words: each is one C-level lookup of its key here."""
    return list(compress(count(), map(_STARTS_AT.__getitem__, map(_KEY, tokens))))


_KEY = itemgetter(3)
_WORD_START = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]|[A-Za-z]")
"""The first character of an Arabic or a Latin word (`tokens._TOKEN`): no mark or digit group starts so."""


def _starts_at(key: str) -> bool:
    """Whether a token of this key may start a reading, kept in `_STARTS_AT` (whose own `__missing__`
    this is).

    A key tells its token's kind: a digit group's holds a digit, which no word or mark holds (a digit
    always begins a digit group); a word's starts with a letter, which a mark (one character that no
    other kind takes) never is. A digit group ends with a digit: its last character tells (a regex
    search cost ten times that test)."""
    starts = key[-1:].isdecimal() or (
        key in _entries() and _WORD_START.match(key) is not None and may_start(key)
    )  # most keys: no entry, so not `may_start` (its first test, without the call)
    if len(_STARTS_AT) >= _STARTS_AT_MAX:
        _STARTS_AT.clear()
    _STARTS_AT[key] = starts
    return starts


_STARTS_AT_MAX = 200_000
_STARTS_AT: dict[str, bool] = self_filling(_starts_at)
