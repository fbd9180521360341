"""Which event a sentence tells of: the article's own ("") or a background one — after a cue
(«في حادث مماثل», «سبق أن»), or from a past year that opens the sentence («وفي عام 2009 غرقت…»).
A paragraph that opens with a cue is background to its end. Background never joins today's facts."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import compress

from core.match.clause import COMMAS, YEAR, clause_parts, cue_groups
from core.model import Mention, Sentence
from core.text.arabic import normalize, stem


def article_year(mentions: list[Mention], published: str) -> int | None:
    """The year of the article's own event: its publication year, else the latest year it names."""
    if published[:4].isdigit():
        return int(published[:4])
    years = [int(y.group(1)) for m in mentions if m.kind == "date" and (y := YEAR.match(str(m.value)))]
    gregorian = [y for y in years if y > 1600]
    return max(gregorian) if gregorian else None


CARRIED_WITHIN = 40
"""A paragraph is background to its end when its first sentence names a cue this close to its start
(«في حادث مماثل، …»); a cue at the end of it («… عما كان عليه في يونيو من العام الماضي») scopes its
own clause only."""
YEAR_LEAD = 30
"""A past year scopes a sentence to another event only when it opens the sentence («وفي عام 2009
غرقت عبارة…»); later in a sentence it is a comparison («مقارنة بالفترة نفسها من عام 2014»)."""


def scopes_of(
    text: str, sentences: list[Sentence], mentions: list[Mention], published: str
) -> dict[str, tuple[int, str]]:
    """{sentence id: (offset, scope)} of the sentences with MENTIONS: from that offset on, the sentence
    tells of another event — after a background cue («في حادث مماثل», «سبق أن») or a past year; a
    paragraph that opens with a cue is background to its end. The cues of a paragraph's opening
    without numbers are read only when a later sentence of that paragraph has some (42 % of the
    sentences read for cues were such openings, and few paragraphs have a number after one)."""
    year = article_year(mentions, published)
    dates: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        found = YEAR.match(str(m.value)) if m.kind == "date" else None
        if found and int(found.group(1)) > 1600:
            dates[m.sentence].append((m.start, int(found.group(1))))
    with_mentions = {m.sentence for m in mentions}
    out: dict[str, tuple[int, str]] = {}
    carried = ""
    opening: Sentence | None = None  # a paragraph's first sentence, without numbers: its cue is read when needed
    for s in sentences:
        paragraph_start = s.start == 0 or "\n" in text[max(0, s.start - 2) : s.start + 1]
        if paragraph_start:
            carried = ""
            opening = None
        if s.id not in with_mentions:  # no number to scope; a paragraph's opening may still carry a cue
            if paragraph_start:
                opening = s
            continue
        if opening is not None:
            cue = _cue_offset(text, opening)
            if cue is not None and cue[1] - opening.start < CARRIED_WITHIN:
                carried = "background"
            elif _opens_aside(text, opening):
                carried = ASIDE
            opening = None
        if carried:
            out[s.id] = (s.start, carried)
            continue
        past = [
            (at, y)
            for at, y in sorted(dates.get(s.id, []))
            if year is not None and y < year and at - s.start <= YEAR_LEAD
        ]
        cue = _cue_offset(text, s)
        if past and (cue is None or past[0][0] <= cue[0]):
            out[s.id] = (past[0][0], f"year:{past[0][1]}")
        elif cue is not None:
            out[s.id] = (cue[0], "background")
            if paragraph_start and cue[1] - s.start < CARRIED_WITHIN:
                carried = "background"
        elif _opens_aside(text, s):
            out[s.id] = (s.start, ASIDE)
            if paragraph_start:
                carried = ASIDE
    return out


@lru_cache(maxsize=1)
def _background_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """{first stem: background cues starting with it}."""
    heads: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for cue in cue_groups().get("background", ()):
        if cue:
            heads[cue[0]].append(cue)
    return {k: tuple(v) for k, v in heads.items()}


def background_cue_in(text: str) -> bool:
    """Whether TEXT names a background cue («في حزيران من العام الماضي»)."""
    return _cue_offset(text, Sentence("", "", 0, 0, len(text))) is not None


def _cue_offset(text: str, s: Sentence) -> tuple[int, int] | None:
    """(document offset where the first background cue's comma clause begins, offset of the cue
    itself), None when the sentence has no cue: «ومقارنة بـ 1.646 تريليون ريال بنهاية يونيو من العام
    الماضي» is last year's figure, while in «وقتل 85 مقاتلاً، كما سبق أن قتل …» the 85 is not background."""
    toks, all_stems, is_word, _, _ = clause_parts(text[s.start : s.end])  # the frame readers read it too
    heads = _background_heads()
    if heads.keys().isdisjoint(all_stems):  # most sentences: no stem a cue starts with (one C-level test)
        return None
    words = list(compress(range(len(toks)), is_word))
    stems = list(compress(all_stems, is_word))
    for k, st in enumerate(stems):
        for cue in heads.get(st, ()):
            if tuple(stems[k : k + len(cue)]) == cue:
                i = at = words[k]
                while i > 0 and toks[i - 1][2] not in COMMAS:
                    i -= 1
                return s.start + toks[i][0], s.start + toks[at][0]
    return None


ASIDE = "aside"
"""The scope of a sentence, or a paragraph, that a roundup opens on another incident of the day
(«من جهة أخرى، …», «إلى ذلك، …»): not a past event, but not the one the article is about either.
Its numbers join the same values told elsewhere and are never red (`core.match.keys`)."""
ASIDE_WORDS = 5
"""A cue of `ASIDE` is among a sentence's first words («ومن جهة أخرى»), not later in it."""


@lru_cache(maxsize=1)
def _aside_cues() -> tuple[tuple[str, ...], ...]:
    """The stem sequences of frame_cues.txt `aside`."""
    return tuple(cue for cue in cue_groups().get("aside", ()) if cue)


_WORD = re.compile(r"\w+")


def _opens_aside(text: str, s: Sentence) -> bool:
    """Whether sentence S opens on a cue of another incident («من جهة أخرى», «إلى ذلك»)."""
    words = [stem(w) for w in _WORD.findall(normalize(text[s.start : s.start + 80]))[:ASIDE_WORDS]]
    if words and words[0].startswith("و") and len(words[0]) > 1:
        words[0] = stem(words[0][1:])
    return any(tuple(words[: len(cue)]) == cue for cue in _aside_cues())


IN_A_YEAR = re.compile(r"(?:^|\s)(?:في|فى|عام|العام|خلال)\s*$")
"""«اطلق النار في 2012», «في عام 2012»: the year an event took place (not «منذ 2012», since when)."""
SINCE = re.compile(r"(?:^|\s)(?:منذ|من|حتى)\s+(?:\S+\s+){0,4}$")
"""«منذ 2012», «منذ اندلاعه في مارس 2011», «منذ أن بدأ نشاطهما في 2013»: a running count since then."""
CLAUSE_END = re.compile(r"[،,.؛;:!?؟\n]")


def past_event_tolls(text: str, group: list[Mention], year: int | None) -> dict[str, str]:
    """{mention id: "year:Y"} for the counts of one sentence (GROUP, in order) told after «في» a past
    year Y within one comma clause: «بحق مسلح اطلق النار في 2012 … مما أدى الى مقتل 12 شخصا وجرح 70
    آخرين» — the toll of that year's event. `core.match.frame` keeps it for numbers with a role (what
    befell whom): a figure before the year («40 حالة مقارنة بعام 2014») or since it («منذ 2012») is
    today's. Rates and amounts after a year are most often today's change against it («12.6 مليون
    دينار في 2014 بزيادة بلغت 28 في المائة»)."""
    out: dict[str, str] = {}
    if year is None:
        return out
    for i, d in enumerate(group):
        found = YEAR.match(str(d.value)) if d.kind == "date" else None
        if not found or not 1600 < int(found.group(1)) < year:
            continue
        before = normalize(text[max(0, d.start - 40) : d.start])
        if not IN_A_YEAR.search(before) or SINCE.search(before):
            continue
        for m in group[i + 1 :]:
            if CLAUSE_END.search(text, d.end, m.start):
                break
            if m.kind == "count":
                out[m.id] = f"year:{found.group(1)}"
    return out


def scope_at(scopes: dict[str, tuple[int, str]], sentence: str, start: int) -> str:
    found = scopes.get(sentence)
    return found[1] if found and start >= found[0] else ""
