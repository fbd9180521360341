"""Invisible marks and unusual spaces around numbers, taken out before reading.

Web pages and word processors put bidi controls (U+200E, U+200F, U+061C, the embeddings and
isolates U+202A–U+202E, U+2066–U+2069) inside and around numbers («\u200f-5», «1\u200e250»),
store decimals in display order («92.\u200f5» for 5.92), and group digits with no-break, narrow
no-break, figure or thin spaces («1\u202f250\u202f000»). The reader works on a copy without the
marks and with those spaces made plain; `clean` gives that copy and, for each of its characters,
the offset of the same character in the original.
"""

from __future__ import annotations

import re

_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = str.maketrans(dict.fromkeys("\xa0\u202f\u2007\u2009\u200a\u2008\u2002\u2003\u2004\u2005\u2006", " "))
_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-"})
_PLAIN_PAIRS = tuple((chr(odd), str(plain)) for table in (_SPACES, _MINUS) for odd, plain in table.items())
"""`_SPACES` and `_MINUS` as pairs: no plain character is also an odd one, so replacing one after the
other is the same as translating, without `str.translate`'s dict lookup and int object for every
character of the sentence (a fifth of the reader's clean-up)."""
_REVERSED = re.compile("(?<![\\d.])(\\d+)\\.\u200f(\\d+)(?![\\d.])")
"""«92.\u200f5 مليار», «9.\u200f0 في المائة»: a decimal number stored in display order by an RTL
editor, whole part last (5.92 and 0.9), like the Gulf «6ر2» the digit reader knows."""
_ODD = re.compile("[\u00a0\u202f\u2002-\u200a\u2212\u2010-\u2012]")
_MARK_OR_ODD = re.compile(f"{_MARKS.pattern}|{_ODD.pattern}")
"""Either: one scan of a sentence where two found nothing in most (half the reader's pre-checks)."""


def clean(text: str) -> tuple[str, list[int]] | None:
    """The text without bidi marks, with odd spaces and minus signs made plain, and the original
    offset of each character kept (one more entry for the end); None when there is nothing to do."""
    if _MARK_OR_ODD.search(text) is None:
        return None
    plain = text
    for odd, plain_char in _PLAIN_PAIRS:  # only the characters present, each replaced in one C pass
        if odd in plain:
            plain = plain.replace(odd, plain_char)
    if _MARKS.search(text) is None:
        return plain, list(range(len(text) + 1))
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for swap in _REVERSED.finditer(plain):  # «92.\u200f5» is 5.92: the parts in the order they are displayed
        _unmarked(plain, pos, swap.start(), chars, offsets)
        chars.append(f"{swap.group(2)}.{swap.group(1)}")
        offsets.extend(p for p in range(swap.start(), swap.end()) if not _MARKS.match(plain[p]))
        pos = swap.end()
    _unmarked(plain, pos, len(plain), chars, offsets)
    offsets.append(len(text))
    return "".join(chars), offsets


def _unmarked(plain: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    """Add the characters of plain[start:end] but the marks, and their offsets, a run at a time."""
    for mark in _MARKS.finditer(plain, start, end):
        chars.append(plain[start : mark.start()])
        offsets.extend(range(start, mark.start()))
        start = mark.end()
    chars.append(plain[start:end])
    offsets.extend(range(start, end))
