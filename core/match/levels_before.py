"""The level a change started from: «من 3.9 بالمئة» beside «إلى 0.7 بالمئة» in «يتراجع النمو إلى 0.7
بالمئة … من 3.9 بالمئة في الربع الأول». It is the same quantity at an earlier moment, so it is never
red against the level reached, which another article may give alone: red between the two would tell
the reader that two sources disagree where one told the change and the other only where it ended.
`core.match.frame` scopes it "before" (`scope_levels_before`); `core.match.keys` lets it join only
equal values told without «من»."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from core.match.aggregation import CHANGE_NOUNS, CHANGE_VERBS
from core.match.clause import cue_groups, words_before
from core.match.scope import background_cue_in
from core.model import Frame, Mention, Sentence
from core.text.arabic import normalize, stem

BEFORE = "before"
"""The scope of a level a change started from."""
LEVEL_KINDS = frozenset({"count", "money", "percent", "other", "distance"})
"""Quantities that move; a date or a clock time after «من … إلى» is a span («من 12 إلى 24 شوال»)."""
FROM = "من"
TO = frozenset(normalize(w) for w in ("إلى", "الى"))
GAP_WORDS = 12
"""«من» and «إلى» of one change are this many words apart at most («ارتفاع عدد الأسرّة من 8500 سرير
في مستشفيات المحافظات إلى أكثر من 10 آلاف»)."""
BREAK = re.compile(r"[.؛;:!?؟\n]")
"""A change's two levels are told in one clause of a sentence (commas may come between them)."""
COMPARED = re.compile(r"(?:مقارنه|قياسا)\s*(?:ب|مع|بنحو|بحوالي)\s*$")
"""«مقارنة بـ2.78 تريليون ريال بنهاية يونيو من العام الماضي»: the level a figure is compared with,
most often an earlier period's (normalised text before the number). Not «مقابل»: «مقابل 844 مليون
جنيه» is most often a price paid, the very figure a deal's reports must agree on."""


@lru_cache(maxsize=1)
def _change_stems() -> frozenset[str]:
    """The stems of the words of change: core.match.aggregation's verbs and nouns of change, and the
    present and future forms frame_cues.txt `change` adds («يرتفع», «سترتفع», «رفع»)."""
    return CHANGE_VERBS | CHANGE_NOUNS | frozenset(cue[0] for cue in cue_groups().get("change", ()) if cue)


def levels_before(text: str, sentence: Sentence, group: list[Mention]) -> dict[str, str]:
    """{id of the level a change started from: id of the level it reached} for the numbers of
    SENTENCE (GROUP, in order): a number told after «من» is the level before when a number of the same
    kind follows «إلى» in the same clause and a word of change («ارتفاع», «يتراجع», «رفع») is in the
    sentence."""
    levels = [m for m in group if m.kind in LEVEL_KINDS]
    if len(levels) < 2:
        return {}
    before = {m.id: "".join(words_before(text, m.start, 1)) for m in levels}
    starts = [m for m in levels if before[m.id] == FROM]
    ends = [m for m in levels if before[m.id] in TO]
    if not starts or not ends:
        return {}
    if _change_stems().isdisjoint(map(stem, normalize(text[sentence.start : sentence.end]).split())):
        return {}
    out: dict[str, str] = {}
    for a in starts:
        for b in ends:
            x, y = (a, b) if a.start < b.start else (b, a)
            gap = text[x.end : y.start]
            if a.kind == b.kind and not BREAK.search(gap) and len(gap.split()) <= GAP_WORDS:
                out[a.id] = b.id
                break
    return out


def _dated_after(text: str, m: Mention, group: list[Mention]) -> bool:
    """Whether a date of GROUP follows M in its clause («إلى 46 دولارا فقط في كانون الثاني الماضي»)."""
    return any(d.kind == "date" and d.start > m.end and not BREAK.search(text, m.end, d.start) for d in group)


def compared(text: str, m: Mention) -> bool:
    """Whether M is the level a figure is compared with («مقارنة بـ2.78 تريليون ريال»)."""
    return m.kind in LEVEL_KINDS and COMPARED.search(normalize(text[max(0, m.start - 24) : m.start])) is not None


def scope_levels_before(text: str, sentence: Sentence, group: list[Mention], frames: dict[str, Frame]) -> None:
    """«ارتفع عدد المصابين من 12 شخصا إلى 15 شخصا»: the 12 is the level before the change; the 15,
    too far from the role word to take it, counts what the 12 counts (`levels_before`). A level
    compared with (`compared`) is a level before too, also in a clause about last year."""
    for m in group:  # «ومقارنة بـ2.78 تريليون ريال … من العام الماضي»: the level compared with, not a change
        f = frames.get(m.id)
        if f is not None and f.scope in ("", "background") and compared(text, m):
            frames[m.id] = replace(
                f, scope=BEFORE, aggregation="plain" if f.aggregation == "increment" else f.aggregation
            )
    by_id = {m.id: m for m in group}
    for before, reached in levels_before(text, sentence, group).items():
        f, to = frames[before], frames[reached]
        a, b = by_id[before], by_id[reached]
        if (
            f.scope == to.scope == "background"
            and a.end < b.start
            and background_cue_in(text[a.end : b.start])
            and not _dated_after(text, b, group)
        ):
            # «من 115 دولارا في حزيران من العام الماضي، إلى نحو 50 دولارا هذا الأسبوع»: last year's
            # level stays last year's, the level reached is now (not «إلى 46 دولارا في يناير الماضي»)
            frames[reached] = to = replace(to, scope="")
        if not f.scope:
            frames[before] = replace(f, scope=BEFORE)
        if not to.role and f.role and not to.scope:
            frames[reached] = replace(to, role=f.role, subject=to.subject or f.subject)
