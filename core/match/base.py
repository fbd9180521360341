"""The period a number is measured against (a `Frame`'s `base`), read after the number in its sentence.

A change told against the month before («تراجعت 27 مليار مقارنة بالشهر السابق») and one told against
the same month a year before («تراجعت 227 مليار مقارنة بنفس الشهر من العام الماضي») are two
quantities, even where both are worded «انخفاض … مليار ريال». The cue words are `base_year` and
`base_prior` of `frame_cues.txt`; they are looked for from the number to the next number that is not a
date (a date belongs to the cue: «مقارنة بشهر مايو 2015»), at most `BASE_WINDOW` words on. A window
naming the same period a year before is "year" even where it also names a month («مقارنة بالشهر
نفسه من العام الماضي»); one naming the period just before is "prior"; else the base is unknown ("").
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, islice

from core.model import Mention, Sentence

BASE_WINDOW = 14
"""A comparison phrase further than this many words after the number tells of another figure."""
BASES = ("year", "prior")
"""Base keys, in the order they win when a window names both."""


def comparison_bases(texts: dict[str, str], sentences: dict[str, Sentence], mentions: list[Mention]) -> dict[str, str]:
    """{mention id: base} for the mentions whose sentence names what they are measured against."""
    from core.match.clause import clause_parts, has_cue

    by_sentence: dict[str, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: dict[str, str] = {}
    for sid, group in by_sentence.items():
        s = sentences[sid]
        _, stems, is_word, starts, _ = clause_parts(texts[s.doc][s.start : s.end])
        group = sorted(group, key=lambda m: m.start)
        stops = [m.start - s.start for m in group if m.kind not in ("date", "time")]
        for m in group:
            if m.kind in ("date", "time"):
                continue
            end = m.end - s.start
            after = bisect_left(stops, end)  # STOPS are in order: the first at or after END
            stop = stops[after] if after < len(stops) else len(texts[s.doc])
            # the tokens that start in end..stop-1 (tokens are in order): their first words
            first, past = bisect_left(starts, end), bisect_left(starts, stop)
            window = list(islice(compress(stems[first:past], is_word[first:past]), BASE_WINDOW))  # the words' stems
            base = next((b for b in BASES if has_cue(window, "base_" + b)), "")
            if base:
                out[m.id] = base
    return out
