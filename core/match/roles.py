"""Which role word governs which number of a sentence: the role lexicon (`resources/lexicon/roles.txt`,
multi-word entries included), the nearest role word within a number's own stretch of the sentence
(commas counting extra, never across another number), and «مقتل وإصابة» read as both at once.
Used by `core.match.frame` to read each mention's role."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter, sub

from core import resources
from core.match.clause import CLAUSE_MARKS, COMMAS, Token, token_stems
from core.mentions.numbers.lexicon import lexicon as number_lexicon
from core.text import wordclasses as lexicon
from core.text.arabic import stem

CLAUSE_PENALTY = 3
"""Crossing a comma or bracket counts as this many words when looking for a mention's role."""


@lru_cache(maxsize=1)
def roles_table() -> tuple[dict[str, str], dict[str, str]]:
    """({stem: role}, {stem: refined role «injured.burns»}) from roles.txt."""
    plain: dict[str, str] = {}
    refined: dict[str, str] = {}
    for word, role in lexicon.classes("roles").items():
        (refined if "." in role else plain)[word] = role
    return plain, refined


@lru_cache(maxsize=1)
def phrase_roles() -> dict[tuple[str, ...], str]:
    """Multi-word role entries («أطلق_سراح») as stem tuples."""
    out: dict[tuple[str, ...], str] = {}
    for role, words in resources.read_groups("roles").items():
        for raw in words:
            if "_" in raw:
                out[tuple(stem(p) for p in raw.split("_") if p)] = role
    return out


@lru_cache(maxsize=1)
def phrase_heads() -> frozenset[str]:
    return frozenset(p[0] for p in phrase_roles())


@lru_cache(maxsize=1)
def role_starters() -> frozenset[str]:
    """Stems that `role_at` or the refined table can give a role to: a word whose stem is not
    among them has none, and is passed over without the lookups."""
    plain, refined = roles_table()
    return frozenset(plain) | phrase_heads() | frozenset(refined)


DELIVERY_ROLE = "released"
"""The role of «تسليم» (handing over), also the delivery of a futures contract."""


@lru_cache(maxsize=1)
def month_stems() -> frozenset[str]:
    """The stems of the one-word month names the number reader knows."""
    return frozenset(stem(p[0]) for p in number_lexicon().months if len(p) == 1)


def role_at(stems: list[str], i: int) -> str:
    """The role of the word at i, multi-word entries («أطلق سراح») included. A word of handing over
    before a month is a futures contract's delivery month («عقود الذهب الآجلة تسليم أغسطس»), no role."""
    plain, _ = roles_table()
    if stems[i] in plain:
        if i + 1 < len(stems) and stems[i + 1] in month_stems() and plain[stems[i]] == DELIVERY_ROLE:
            return ""
        return plain[stems[i]]
    if stems[i] not in phrase_heads():
        return ""
    for phrase, role in phrase_roles().items():
        if tuple(stems[i : i + len(phrase)]) == phrase:
            return role
    return ""


def role_joined(toks: tuple[Token, ...], stems: list[str], i: int, numbers: Collection[int] = ()) -> str:
    """The role of the word at i, or `casualties` where it is joined by «و» to another of
    `COMBINED_ROLES` («مقتل وإصابة», «قتيل وجريح», «يقتل ويصيب»). NUMBERS: the tokens of the
    sentence's numbers, where the caller knows them (else digits alone are seen as numbers)."""
    role = role_at(stems, i)
    if role not in COMBINED_ROLES:
        return role
    for j, joined in ((i - 1, i), (i + 1, i + 1)):
        if 0 <= j < len(toks) and joined < len(toks) and toks[joined][2].startswith("و"):
            other = role_at(stems, j)
            if other in COMBINED_ROLES and other != role and not _two_clauses(toks, min(i, j), numbers):
                return "casualties"
    return role


def _two_clauses(toks: tuple[Token, ...], first: int, numbers: Collection[int]) -> bool:
    """Whether the two role words at FIRST and FIRST + 1 end one count's clause and start another's,
    the second with a count of its own: «لقي تسعة أشخاص مصرعهم وأصيب 38» (a pronoun takes up the
    count before), «شخصين قتلا وأصيب عشرة» (a verb after its subject), «7 حالات وفاة وإصابة 20» (a
    count in digits just before them). Not «20 شخصا قتلوا وأصيبوا» nor «7 حالات وفاة وإصابة» (no
    count after: the count before counts both), nor «بعد شهرين على إصابة ووفاة ٣٤» (a duration in
    words before them)."""
    if first and toks[first - 1][2] == "بين":
        return False
    if toks[first][2].endswith(("هم", "هما")):  # «مصرعهم»: the pronoun takes up the count before
        return True
    after = range(first + 2, min(len(toks), first + 4))
    if not any(k in numbers or toks[k][2][:1].isdigit() for k in after):
        return False  # «20 شخصا قتلوا وأصيبوا», «7 حالات وفاة وإصابة»: the count before counts both
    if _agrees_with_a_subject_before(toks[first][2]):  # «قتلوا وجرح خمسة», «شخصين قتلا وأصيب عشرة»
        return True
    return any(w[:1].isdigit() for _, _, w in toks[max(0, first - 3) : first])


def _agrees_with_a_subject_before(word: str) -> bool:
    """A plural or dual verb of a role («قتلوا», «قتلا»): its subject stands before it."""
    return word.endswith("وا") or (word.endswith("ا") and bool(role_at([stem(word[:-1])], 0)))


def nearest_role(
    toks: tuple[Token, ...], first: int, last: int, lo: int, hi: int, skip: set[int], stems: list[str] | None = None
) -> str:
    """The role word nearest to tokens first..last among tokens lo..hi-1 (not in `skip`), commas
    counting extra and words after the number half a word more than words before it. STEMS:
    `token_stems(toks)` where the caller has them (the cache hashes every token to find them)."""
    stems = token_stems(toks) if stems is None else stems
    starters = role_starters()
    best: tuple[float, str] | None = None
    for i in range(lo, hi):
        if stems[i] not in starters or i in skip or toks[i][2] in CLAUSE_MARKS:
            continue
        role = role_at(stems, i)
        if not role:
            continue
        a, b = (i, first) if i < first else (last, i)
        distance = words_between(toks[a + 1 : b]) + (0.5 if i > last else 0.0)
        if best is None or distance < best[0]:
            best = (distance, role)
    return best[1] if best else ""


def words_between(between: tuple[Token, ...]) -> float:
    """Words between two tokens, plus one; a comma counts `CLAUSE_PENALTY`, quotes, brackets and
    partitives («منهم») nothing."""
    commas = sum(1 for _, _, w in between if w in COMMAS)
    words = sum(1 for _, _, w in between if w not in NOT_WORDS)
    return words + 1 + CLAUSE_PENALTY * commas


OWN_DISTANCE = 12
"""A role word further than this (in words, commas counting extra) from every number governs none."""
NOUN_DISTANCE = 4.5
"""A counted noun that names a role itself («32 قتيلاً», «بإصابتين») counts as a role word this far
off: a verb close before the number («تسلمت الميليشيا جثث 5») still governs it, a verb further off does not."""

COMBINED_ROLES = frozenset({"died", "injured"})
"""«مقتل وإصابة 60», «بين قتيل وجريح»: two of these joined by «و» count both at once (`casualties`)."""

DATE_DISTANCE = 16
"""A date's governing verb often stands further off («في 29 آب الماضي، بالتعاون مع …، بعقد اتفاق»)."""
TIME_DISTANCE = 8
"""A clock time stands beside what happened at it («اندلع الحريق عند الساعة 7:58»): a role word in a
clause after it («الساعة 8:05 بما يفيد باندلاع حريق، ووجود محتجزين») tells of something else."""


ROLE_REACH_TOKENS = 64
"""Tokens a role word looks across for the number it governs: every reach (`OWN_DISTANCE`,
`DATE_DISTANCE`) is far shorter, so only the numbers this close are tried. Without the bound a
sentence of thousands of numbers (a long line without a full stop) compared every role word with
every number, the words between each time."""


def spans_near(
    starts: list[int], order: list[tuple[int, int]], spans: list[tuple[int, int] | None], i: int
) -> list[int]:
    """Indices k of the SPANS within `ROLE_REACH_TOKENS` tokens of token i (ORDER: (first, k) sorted)."""
    lo = bisect_left(starts, i - ROLE_REACH_TOKENS - 1)
    near = []
    for first, k in order[max(0, lo - 1) :]:
        if first > i + ROLE_REACH_TOKENS:
            break
        last = spans[k][1]  # type: ignore[index]
        if last >= i - ROLE_REACH_TOKENS:
            near.append(k)
    return near


def owned_roles(
    toks: tuple[Token, ...],
    spans: list[tuple[int, int] | None],
    reach: list[float],
    adjunct: list[bool],
    stems: list[str] | None = None,
) -> tuple[dict[int, tuple[float, str]], dict[int, tuple[float, str]], dict[int, set[str]]]:
    """Which number each role word of the sentence governs: the nearest one, never across another
    number (a date or a time between them is an adjunct and does not block: «تراجع الموجودات لشهر
    يونيو 2015 بـ 227 مليار»). A verb or masdar before a number wins a tie (Arabic puts it first: «تنقل نحو 200»); an
    injury kind after a number wins a tie («15 حالة اختناق وحالتين»). Returns, per index in `spans`,
    the nearest governing role before it, after it, and the injury kinds in its comma clause. STEMS:
    as for `nearest_role`."""
    stems = token_stems(toks) if stems is None else stems
    _, refined_table = roles_table()
    inside = {i for sp in spans if sp for i in range(sp[0], sp[1] + 1)}
    before: dict[int, tuple[float, str]] = {}
    after: dict[int, tuple[float, str]] = {}
    kinds: dict[int, set[str]] = defaultdict(set)
    order = sorted((sp[0], k) for k, sp in enumerate(spans) if sp is not None)
    starts = [first for first, _ in order]
    starters = role_starters()
    counts: tuple[list[int], list[int], list[int]] | None = None
    for i in compress(range(len(toks)), map(starters.__contains__, stems)):  # most words start no role: skipped in C
        if i in inside or toks[i][2] in CLAUSE_MARKS:
            continue
        refined = refined_table.get(stems[i], "")
        role = "" if refined else role_joined(toks, stems, i, inside)
        if not (role or refined):
            continue
        if counts is None:  # the sentence's running counts, once it has a role word
            counts = running_counts(toks, spans, adjunct)
        words_to, commas_to, blocked_to = counts
        owner: tuple[float, int] | None = None
        leads = CONJOINED.match(toks[i][2]) is not None
        for k in spans_near(starts, order, spans, i):
            sp = spans[k]
            assert sp is not None
            first, last = sp
            # the tokens between, a + 1 .. b - 1 (i is never inside a span: a < b)
            a, b = (i + 1, first) if i < first else (last + 1, i)
            if blocked_to[b] != blocked_to[a]:
                continue
            commas = commas_to[b] - commas_to[a]
            if refined and commas:
                continue
            tie = 0.5 if (i > last) != bool(refined) else 0.0
            if leads and i > last:
                tie += 1.0
            distance = words_to[b] - words_to[a] + 1 + CLAUSE_PENALTY * commas + tie  # words_between
            if distance <= reach[k] and (owner is None or distance < owner[0]):
                owner = (distance, k)
        if owner is None:
            continue
        distance, k = owner
        if refined:
            kinds[k].add(refined)
            continue
        side = before if i < (spans[k] or (0, 0))[0] else after
        if k not in side or distance < side[k][0]:
            side[k] = (distance, role)
    return before, after, kinds


CONJOINED = re.compile(r"و(?:ال|[اأإوتي])")
"""A role word joined by «و» («والوفيات», «وأصيب», «وتوفي»; not «وفاة», whose «و» is its own) opens
the next item of a list: it governs the number after it before the one it follows («ليرتفع عدد
الإصابات إلى 1051 والوفيات إلى 464»)."""


PARTITIVES = frozenset(("منها", "منهم", "منهما", "بينهم", "بينها", "بينهما"))
NOT_WORDS = CLAUSE_MARKS | PARTITIVES


def running_counts(
    toks: tuple[Token, ...], spans: list[tuple[int, int] | None], adjunct: list[bool]
) -> tuple[list[int], list[int], list[int]]:
    """Words, commas and blocking number tokens among the first j tokens, for every j: the counts of
    `words_between` for any two tokens by two subtractions, not a walk over the tokens between. A
    partitive is no word here: «1054 حالة توفي منها 465» — the verb is as near the 465 as the 1054."""
    blocking = [False] * len(toks)
    for k, sp in enumerate(spans):
        if sp and not adjunct[k]:
            blocking[sp[0] : sp[1] + 1] = [True] * (sp[1] + 1 - sp[0])
    words = list(map(itemgetter(2), toks))
    marks_to = accumulate(map(NOT_WORDS.__contains__, words), initial=0)  # the loops in C
    return (
        list(map(sub, range(len(toks) + 1), marks_to)),  # j tokens, less the marks among them
        list(accumulate(map(COMMAS.__contains__, words), initial=0)),
        list(accumulate(blocking, initial=0)),
    )
