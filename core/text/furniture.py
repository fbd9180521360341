"""Page furniture: the parts of a saved page that are not the article.

Reader comments and their timestamps, comment counters, «اقرأ أيضا» links, «السابق / التالي»
navigation, «الأكثر قراءة» boxes, photo credits and source lines are recognised by general rules
(the cue phrases live in `resources/lexicon/furniture.txt`). Furniture stays in the text and the
export, dimmed in the view, but never yields mentions or facts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core import resources
from core.text.arabic import fold_chars, normalize, normalize_folded

_LEAD = re.compile(r"^[^\w(]+")
"""Bullets, emoji and dashes before the first word."""
_DIGITS_ONLY = re.compile(r"^[\W\d_]*$")
_TIMESTAMP = re.compile(
    r"^\W*(منذ|قبل)\s+\d+\s+\S+(\s+(و\s*)?\d+\s+\S+)?\s*$"
    r"|^\W*\d{1,2}[:.]\d{2}\s*(ص|م|am|pm)?\W*$"
    r"|^\W*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(\s+\d{1,2}:\d{2}(:\d{2})?)?\W*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    return {
        name: tuple(normalize(w).replace("_", " ") for w in words)
        for name, words in resources.read_groups("furniture").items()
    }


def _starts_with_any(norm: str, cues: tuple[str, ...]) -> bool:
    return norm.startswith(cues)  # one C call for the whole tuple


def _contains_any(norm: str, cues: tuple[str, ...]) -> bool:
    return any(map(norm.__contains__, cues))  # the loop in C


def is_furniture_line(line: str) -> bool:
    """Whether one sentence, read on its own, is page furniture."""
    return _is_furniture(_LEAD.sub("", normalize(line)).strip(), True)


def _few_words(norm: str) -> bool:
    """At most four words: a split that stops after the fifth, not one of a whole long sentence."""
    return len(norm.split(None, 4)) <= 4


def _is_furniture(norm: str, may_credit: bool) -> bool:
    """NORM: a normalised sentence without its lead (`_LEAD`) and outer white space; MAY_CREDIT: False
    when the whole sentence names no photo credit, so that NORM, a part of it, names none either (the
    whole is read once for `_spread_credits`; a cue such as «/ afp» may lose its start with the lead)."""
    cues = _cues()
    if not norm or _DIGITS_ONLY.match(norm):
        return True
    if _TIMESTAMP.match(norm):
        return True
    if _starts_with_any(norm, cues["link"]):
        return True
    if may_credit and _contains_any(norm, cues["credit"]):
        return True
    if (_starts_with_any(norm, cues["box"]) or _starts_with_any(norm, cues["source"])) and _few_words(norm):
        return True
    return False


def _is_comments_header(bare: str) -> bool:
    """BARE: a normalised sentence without its lead."""
    norm = bare.strip()
    return _starts_with_any(norm, _cues()["comments"]) and _few_words(norm)


def _is_navigation(bare: str) -> bool:
    norm = bare.strip(" \t·•-–—|:«»<>")
    return norm in _cues()["navigation"]


def furniture_flags(
    text: str, spans: list[tuple[int, int]], folded: str | None = None, norms: list[str] | None = None
) -> list[bool]:
    """One flag per sentence span: True for furniture.

    A comments header («التعليقات (2)») makes everything after it furniture until the end; a
    navigation word («السابق», «التالي») makes itself and the link title after it furniture, and a
    link («رابط الخبر: …», «اقرأ أيضا: …») the rest of its line (a title split at its «..»); a
    photo credit makes its whole paragraph (the caption) furniture. FOLDED is `fold_chars(text)`
    when the caller has it already: each sentence is normalised once for every check; NORMS, each
    span's `normalize_folded` when the caller has them too.
    """
    if norms is None:
        folded = fold_chars(text) if folded is None else folded
        norms = [normalize_folded(folded[start:end]) for start, end in spans]
    credit = _cues()["credit"]
    credited = [_contains_any(norm, credit) for norm in norms]
    flags: list[bool] = []
    in_comments = False
    after_navigation = False
    in_link = False  # a link line's title, split into sentences at its «..» or «.»
    for i, (line, has_credit) in enumerate(zip(norms, credited, strict=True)):
        bare = _LEAD.sub("", line)  # once for the three checks
        if _is_comments_header(bare):
            in_comments = True
        if in_comments:
            flags.append(True)
            continue
        if _is_navigation(bare):
            flags.append(True)
            after_navigation = True
            continue
        in_link = in_link and "\n" not in text[spans[i - 1][1] : spans[i][0]]
        flags.append(after_navigation or in_link or _is_furniture(bare.strip(), has_credit))
        in_link = in_link or _starts_with_any(bare.strip(), _cues()["link"])
        after_navigation = False
    _spread_credits(text, spans, credited, flags)
    return flags


CAPTION_CHARS = 2000
"""Longest paragraph read as a caption: a photo credit in a longer one (a whole article on one line)
marks its own sentence only, not the paragraph."""


def _spread_credits(text: str, spans: list[tuple[int, int]], credited: list[bool], flags: list[bool]) -> None:
    """Mark every sentence of a paragraph (one line, a caption's length) that carries a photo credit
    (CREDITED: per sentence)."""
    line_of: list[int] = []
    for i, (start, _end) in enumerate(spans):
        same_line = i > 0 and "\n" not in text[spans[i - 1][1] : start]
        line_of.append(line_of[-1] if same_line else i)
    credited_lines = {line_of[i] for i, has_credit in enumerate(credited) if has_credit}
    line_end: dict[int, int] = {}
    for i, line in enumerate(line_of):
        line_end[line] = spans[i][1]
    captions = {line for line in credited_lines if line_end[line] - spans[line][0] <= CAPTION_CHARS}
    for i, line in enumerate(line_of):
        if line in captions:
            flags[i] = True
