"""Arabic from PDF text layers: presentation forms and visual (reversed) order, undone.

PDF producers often store Arabic as shaped glyphs (U+FB50–U+FEFF «ﻗﺘﻞ») placed left to right
on the page, so that text taken from the layer in page order reads backwards («لتق» for «قتل»).
A line is judged reversed by how its words begin and end: logical Arabic has many words
*starting* with «ال» and short words such as «في» «من» «على»; reversed Arabic has words *ending*
in «لا» and «يف» «نم» «ىلع». A reversed line is turned around, keeping runs of digits and Latin
letters in their own order, and mirroring brackets. Shaped forms become plain letters (NFKC).
"""

from __future__ import annotations

import re
import unicodedata

_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")
_WORD = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]+")
_LTR_RUN = re.compile(r"[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]+(?:[ .,:/%'’-]+[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_LOGICAL_WORDS = frozenset({"في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "عن", "مع"})
_REVERSED_WORDS = frozenset(w[::-1] for w in _LOGICAL_WORDS)


def unshape(text: str) -> str:
    """Presentation forms (shaped glyphs, ligatures such as «ﻻ») → plain Arabic letters; the rest kept."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def order_votes(line: str) -> tuple[int, int]:
    """(words that read as logical Arabic, words that read as reversed Arabic) in LINE."""
    logical = reversed_ = 0
    for word in _WORD.findall(unshape(line)):
        if word in _LOGICAL_WORDS:
            logical += 1
        elif word in _REVERSED_WORDS:
            reversed_ += 1
        elif len(word) > 3 and word.startswith("ال"):
            logical += 1
        elif len(word) > 3 and word.endswith("لا"):
            reversed_ += 1
    return logical, reversed_


def to_logical(line: str) -> str:
    """A right-to-left line stored in visual order, in reading order again."""
    turned = line[::-1].translate(_MIRROR)
    return _LTR_RUN.sub(lambda m: m.group()[::-1].translate(_MIRROR), turned)


def repair(text: str) -> tuple[str, int, bool]:
    """(text in reading order with plain letters, number of lines turned around, still doubtful).

    Doubtful: after repair, reversed-looking words are still common, so the order cannot be trusted."""
    turned = 0
    lines: list[str] = []
    for line in text.split("\n"):
        logical, reversed_ = order_votes(line)
        if reversed_ > logical and reversed_ >= 2:
            line = to_logical(line)
            turned += 1
        lines.append(unshape(line))
    repaired = "\n".join(lines)
    logical, reversed_ = order_votes(repaired)
    doubtful = reversed_ >= 5 and reversed_ * 3 > logical
    return repaired, turned, doubtful
