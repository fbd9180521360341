"""How a number stands to what it counts: a level or running total reached («ارتفع العدد إلى 40»,
«حصيلة القتلى 40»), a change («تراجعت بـ 227 مليار», «انخفاض طفيف بلغ 8.28 نقطة»), an increment
on an earlier count («سبع جثث جديدة»), or a plain figure. A total and an increment are never one
fact (`core.match.keys.compatible`). Read for each mention by `core.match.frame`."""

from __future__ import annotations

from core.match.clause import CLAUSE_MARKS, Token, cue_heads, has_cue, words_stems
from core.match.roles import role_at
from core.model import Mention
from core.text.arabic import normalize, stem

LEVEL_WORDS = frozenset(normalize(w) for w in ("إلى", "الى", "عند", "مستوى"))
"""«ارتفع العدد إلى 40», «تراجعت إلى 2572 مليار», «عند مستوى 9301 نقطة»: the level reached."""
CHANGE_WORDS = frozenset(
    normalize(w) for w in ("ب", "بـ", "بمقدار", "بقيمة", "قدره", "قدرها", "بنحو", "بواقع", "بحوالي", "بنسبة")
)
"""«تراجعت بـ 227 مليار», «بانخفاض قدره 27 مليار»: an amount or a rate right after these is a change;
so is any number after a change noun and one of these («على انخفاض قدره 221.64 نقطة»)."""
MOVE_WORDS = frozenset(
    normalize(w)
    for w in ("منخفضا", "منخفضاً", "مرتفعا", "مرتفعاً", "بارتفاع", "بانخفاض", "متراجعا", "متراجعاً", "بزيادة", "بتراجع")
)
"""«أغلق المؤشر منخفضاً 71 نقطة عند مستوى 9301 نقطة»: a move, then the level it closed at."""
CHANGE_VERBS = frozenset(
    stem(w)
    for w in (
        "ارتفع",
        "ارتفعت",
        "انخفض",
        "انخفضت",
        "تراجع",
        "تراجعت",
        "يتراجع",
        "تتراجع",
        "صعد",
        "صعدت",
        "هبط",
        "هبطت",
        "خسر",
        "خسرت",
        "ربح",
        "ربحت",
        "كسب",
        "كسبت",
    )
)
"""«يتراجع 71 نقطة», «ربح 12 نقطة»: a number right after a verb of change is the size of the change
(never one fact with the level reached, «عند 9302 نقطة»)."""
CHANGE_NOUNS = frozenset(
    stem(w) for w in ("انخفاض", "ارتفاع", "زيادة", "تراجع", "نمو", "هبوط", "صعود", "نقص", "تحسن", "مكاسب", "خسائر")
)
"""«على انخفاض طفيف بلغ 8.28 نقطة», «بزيادة بلغت 9%»: a total word after one of these (within
`CHANGE_REACH` words) is the size of the change, not a level reached."""
CHANGE_REACH = 3
INCREMENT_WINDOW = 3
"""An increment word («جديدة») follows the number's noun within this many words."""
TOTAL_WINDOW = 8
"""A running-total word («حصيلة», «ليرتفع») comes within this many words before the number."""


def aggregation_of(
    m: Mention, toks: tuple[Token, ...], first: int, last: int, lo: int, hi: int, stems: list[str], is_word: list[bool]
) -> str:
    """A level reached («إلى 2572 مليار»), a change («بـ 227 مليار», «بانخفاض قدره 27») or a plain figure.
    STEMS, IS_WORD: those of the sentence's `Clause`."""
    lead = normalize(toks[first][2]) if toks[first][2] not in CLAUSE_MARKS else ""
    word_before = normalize(toks[first - 1][2]) if first > lo and toks[first - 1][2] not in CLAUSE_MARKS else ""
    if word_before in LEVEL_WORDS:
        return "total"
    if word_before in MOVE_WORDS or (word_before and stem(word_before) in CHANGE_VERBS):
        return "increment"
    if word_before in CHANGE_WORDS and not CHANGE_NOUNS.isdisjoint(
        words_stems(stems, is_word, max(lo, first - 1 - CHANGE_REACH), first - 1)
    ):
        return "increment"  # whatever it counts: «على انخفاض قدره 221.64 نقطة», not «بسعة قدرها 500 سرير»
    if m.kind in ("money", "percent") and (
        word_before in CHANGE_WORDS or (lead.startswith("ب") and not lead[:1].isdigit())
    ):
        return "increment"
    if _of_a_group(toks, stems, first, last, hi):
        return "part"
    if _increment_after(stems, is_word, last, hi):
        return "increment"
    before = words_stems(stems, is_word, max(lo, first - TOTAL_WINDOW), first)
    if has_cue(before, "total"):
        return "increment" if _sized_change(before) else "total"
    if has_cue(words_stems(stems, is_word, last + 1, min(hi, last + 3)), "total"):
        return "total"
    return "plain"


ADDITION_TO = frozenset(stem(w) for w in ("إلى", "الى"))
"""«لقيا مصرعهما إضافة إلى امرأة»: «in addition to» adds what follows it, not the number before."""


def _increment_after(stems: list[str], is_word: list[bool], last: int, hi: int) -> bool:
    """An increment word («جديدة», «إضافيين») within `INCREMENT_WINDOW` words after the number, not
    opening «إضافة إلى»."""
    after = words_stems(stems, is_word, last + 1, min(hi, last + 2 + INCREMENT_WINDOW))
    heads = cue_heads("increment")
    return any(
        w in heads and not (k + 1 < len(after) and after[k + 1] in ADDITION_TO)
        for k, w in enumerate(after[:INCREMENT_WINDOW])
    )


def _sized_change(before: list[str]) -> bool:
    """BEFORE (the stems before a number) end on a change noun and a total word a few words after it:
    «انخفاض طفيف بلغ» — the number is the change's size."""
    total = cue_heads("total")
    last_total = max((k for k, w in enumerate(before) if w in total), default=-1)
    return last_total > 0 and not CHANGE_NOUNS.isdisjoint(before[max(0, last_total - CHANGE_REACH) : last_total])


GROUP_OF = frozenset(("من", "بين"))


def _of_a_group(toks: tuple[Token, ...], stems: list[str], first: int, last: int, hi: int) -> bool:
    """«15 من المصابين», «اثنان من الجرحى», «15 حالة بين المصابين», «اثنين من ركاب الطائرة»: the
    number counts part of a group a role names (the injured, the dead, the detainees, the passengers),
    whose whole is told elsewhere."""
    for k in range(first + 1, last + 3):  # in the number's own words («اثنان من الجرحى») or after them
        if k + 1 >= hi or toks[k][2] not in GROUP_OF:
            continue
        definite = toks[k + 1][2].startswith("ال") or (k + 2 < hi and toks[k + 2][2].startswith("ال"))
        return definite and bool(role_at(stems, k + 1))
    return False
