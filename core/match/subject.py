"""What a number counts (a `Frame`'s subject): the class of its counted noun in
`resources/lexicon/counted_classes.txt`, or the noun's own stem when the lexicon does not know it.
A generic noun («عناصر», «أفراد») is told by the words after it («من الشرطة»); a unit is read whole
by the number reader («كيلو غراما» is «كغ»); a distance says what it measures («على عمق 26 كلم»:
"kilometre.depth") or that it is a speed. Read for each mention by `core.match.frame`."""

from __future__ import annotations

from functools import lru_cache

from core.match.clause import CLAUSE_MARKS, Token, cue_groups
from core.match.roles import roles_table
from core.model import Mention
from core.text import wordclasses as lexicon
from core.text.arabic import normalize, stem

HUMAN_CLASSES = frozenset({"person", "member", "fighter", "soldier", "civilian", "security", "leader"})
"""The counted classes of people (counted_classes.txt), the one list the matcher's stages share."""
GENERIC_NOUNS = frozenset({"person", "member", ""})
"""Classes too generic to tell what is counted: «300 شخص من عوائلهم», «عناصر الشرطة» are counted by
the words after the noun."""


def counted_class(counted: str) -> str:
    """The class of a counted noun (its own stem when the lexicon does not know it)."""
    if not counted:
        return ""
    table = lexicon.classes("counted_classes")
    key = stem(counted)
    return table.get(normalize(counted)) or table.get(key) or key


MEASURE_KINDS = frozenset({"other", "distance"})
"""Kinds whose counted word is a unit, read whole by the number reader («كيلو غراما» is «كغ»)."""
SPEED = "speed"
"""The subject of a distance told per hour («بسرعة 100 كيلو متر في الساعة», «40كم/ ساعة»): a speed is
never one quantity with a distance («تجديد 78.4 كيلو متر من الخط»)."""
_HOUR, _IN = stem("ساعة"), "في"
_SPEED = frozenset(stem(w) for w in ("سرعة", "بسرعة", "وبسرعة"))


def _a_speed(toks: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the distance over tokens FIRST..LAST is told per hour or after «سرعة»."""
    after = [stem(w) for _, _, w in toks[last + 1 : last + 3]]
    before = stem(toks[first - 1][2]) if first else ""
    return before in _SPEED or after[:1] == [_HOUR] or after == [_IN, _HOUR]


@lru_cache(maxsize=1)
def _dimensions() -> dict[str, str]:
    """{stem: what a distance after it measures} (frame_cues.txt `dimension_*`)."""
    return {
        cue[0]: group.removeprefix("dimension_")
        for group, cues in cue_groups().items()
        if group.startswith("dimension_")
        for cue in cues
        if cue
    }


_ON = normalize("على")


def _dimension(toks: tuple[Token, ...], first: int) -> str:
    """What the distance at token FIRST measures («على عمق 26 كلم»: depth), "" when no word says."""
    k = first - 1
    if k >= 0 and normalize(toks[k][2]) == _ON:
        k -= 1
    return _dimensions().get(stem(toks[k][2]), "") if k >= 0 else ""


def subject_of(m: Mention, toks: tuple[Token, ...], first: int, last: int) -> str:
    """The counted class; a generic noun told by the words after it («أفراد الشرطة», «300 شخص من
    عوائلهم»); the noun after a bracket («إصابة (17) شخصاً»); "" when the counted word is itself a
    role («اثنان بحروق»), so that the role decides."""
    table = lexicon.classes("counted_classes")
    plain, refined = roles_table()
    key = stem(m.counted) if m.counted else ""
    if key and key not in table and (key in plain or key in refined):
        return ""
    surface = (  # read only for a number with a counted noun: a bare one takes no class from its own words
        [table[norm] for _, _, w in toks[first : last + 1] if (norm := normalize(w)) in table] if m.counted else []
    )
    if m.kind == "distance" and _a_speed(toks, first, last):
        return SPEED
    unit = table.get(normalize(m.counted), "") if m.kind in MEASURE_KINDS and m.counted else ""
    cls = unit or (surface[-1] if surface else "") or counted_class(m.counted)
    if m.kind == "distance" and (dimension := _dimension(toks, first)):
        return f"{cls}.{dimension}" if cls else dimension
    if not cls and m.kind == "count":
        for _, _, word in toks[last + 1 : last + 3]:
            if word in CLAUSE_MARKS:
                continue
            w = stem(word)
            if w in table:
                cls = table[w]
            elif len(w) >= 3 and w not in plain and w not in refined and w not in lexicon.stopwords():
                cls = w
            break
    if cls in GENERIC_NOUNS and cls:
        after = [stem(w) for _, _, w in toks[last + 1 : last + 4] if w not in CLAUSE_MARKS]
        if cls == "member" and after and table.get(after[0], "") not in GENERIC_NOUNS:
            return table.get(after[0], "") or cls
        if len(after) >= 2 and after[0] in ("من", "م"):
            found = table.get(after[1], "")
            if found and found not in GENERIC_NOUNS:
                return found
    return cls
