"""Sentence spans with offsets into the original text.

News text is split at line breaks (headlines and captions have no final stop) and at . ! ? ؟ …
followed by white space. It is not split inside numbers (3.5, ٣٫٥), in domain names
(«العربية.نت», «العربية. نت»), after one-letter abbreviations («د.»), nor at Arabic commas.
"""

from __future__ import annotations

import re

_SPACE = " \t\u00a0\u202f\u2009\u200f\u200e\ufeff"
_CLOSERS = "\"'”’»)]›\u201d"
# a stop: one or more of . ! ? ؟ … , then closing quotes/brackets, then white space
_STOP = re.compile(r"[.!?؟…]+[" + re.escape(_CLOSERS) + r"]*(?=[" + _SPACE + r"])")
_TLD_AFTER = re.compile(r"[" + _SPACE + r"]*(نت|كوم|أورغ|net|com|org|info)\b", re.IGNORECASE)
_OPENERS_BEFORE_LETTER = '(«"'


def _is_boundary(text: str, stop: re.Match[str]) -> bool:
    """Whether a stop really ends a sentence (not a domain name or a one-letter abbreviation)."""
    end = stop.end()
    if _TLD_AFTER.match(text, end):
        return False
    if stop.group().startswith(".") and _one_letter_before(text, stop.start()):
        return False
    return True


def _one_letter_before(text: str, dot: int) -> bool:
    """Whether the dot at DOT follows a one-letter word («د.»): two characters looked at, never a
    rescan of the text before them (a rescan per stop made a long article quadratic)."""
    if dot < 1 or not re.match(r"\w", text[dot - 1]):
        return False
    return dot < 2 or text[dot - 2].isspace() or text[dot - 2] in _OPENERS_BEFORE_LETTER


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in _SPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SPACE):
        end -= 1
    return (start, end) if start < end else None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, in order, white space trimmed off both ends."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        line_end = line_start + len(line)
        cut = line_start
        for stop in _STOP.finditer(text, line_start, line_end):
            if _is_boundary(text, stop):
                span = _trimmed(text, cut, stop.end())
                if span:
                    spans.append(span)
                cut = stop.end()
        span = _trimmed(text, cut, line_end)
        if span:
            spans.append(span)
        line_start = line_end
    return spans
