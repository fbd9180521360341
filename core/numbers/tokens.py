"""Tokens for the number reader: words and digit runs with offsets into the original string.

Digits glued to letters («ودمر40», «10من») become tokens of their own. `norm` is the matching
form (`core.arabic.normalize`): digits in ASCII, no tashkeel, folded hamza and ta marbuta.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.arabic import normalize

_TOKEN = re.compile(
    r"[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*"          # digit runs with separators
    r"|[.٫][0-9٠-٩۰-۹]+"                             # .77
    r"|[A-Za-z]+"
    r"|[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06a9\u06af\u06cc][\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06a9\u06af\u06cc]*"
    r"|%"
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    norm: str

    @property
    def is_digits(self) -> bool:
        return self.norm[:1].isdigit() or (self.norm[:1] == "." and len(self.norm) > 1)


def tokenize(text: str) -> list[Token]:
    """Every word, digit run and % sign of `text`, in order."""
    return [Token(m.start(), m.end(), m.group(), normalize(m.group())) for m in _TOKEN.finditer(text)]


def gap(text: str, a: Token, b: Token) -> str:
    """What stands between two tokens (white space, punctuation), stripped."""
    return text[a.end:b.start].strip()
