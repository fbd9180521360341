"""Pairs of mentions that may never be one fact, whatever their sentences' likeness (the hard
cannot-links of `core.match.facts`, each with its `core.match.reasons` rule), and the lists an
article gives: numbers that are as many things as they have values."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from core.match import reasons as R
from core.match.keys import joined_scope
from core.model import Mention


def cannot_links(mentions: list[Mention]) -> dict[frozenset[str], str]:
    """{pair of mention ids: rule} that may never be one fact (`core.match.reasons` rules):
    two numbers of one sentence, unless they repeat one value of one frame; a total and its part, and the total's value
    repeated anywhere in the article (its title included) with that part; a total and the parts it sums
    (`summed_parts`)."""
    out: dict[frozenset[str], str] = {}
    by_sentence: dict[str, list[Mention]] = defaultdict(list)
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
        by_doc[m.doc].append(m)
    for group in by_sentence.values():
        for a, b in combinations(group, 2):
            repeat = a.value == b.value and (a.frame.role, a.frame.subject, a.frame.base) == (
                b.frame.role,
                b.frame.subject,
                b.frame.base,
            )
            if not repeat:
                out[frozenset((a.id, b.id))] = R.RULE_SAME_SENTENCE
    by_id = {m.id: m for m in mentions}
    for m in mentions:
        whole = by_id.get(m.frame.part_of)
        if whole is None:
            continue
        for other in by_doc[m.doc]:
            if other.kind == whole.kind and other.value == whole.value and other.id != m.id:
                out[frozenset((m.id, other.id))] = R.RULE_TOTAL_PART
            if other.kind == m.kind and other.value == m.value and other.id != whole.id:
                out[frozenset((whole.id, other.id))] = R.RULE_TOTAL_PART
    for in_doc in by_doc.values():
        for total, parts in summed_parts(in_doc):
            for part in parts:
                for a in in_doc:
                    if a.value == total.value and (a.kind, a.counted) == (total.kind, total.counted):
                        out.setdefault(frozenset((a.id, part.id)), R.RULE_TOTAL_PART)
    return out


SUMMED_KINDS = frozenset({"count", "money", "other"})
"""Kinds whose values add up: people, riyals, tons; not dates, times or percentages."""


def summed_parts(mentions: list[Mention]) -> Iterator[tuple[Mention, list[Mention]]]:
    """(total, parts) of one article's MENTIONS: two or more numbers of one sentence of the same kind
    and counted noun, and another number of the article, of the same, that is their sum: the total
    they divide («69 كلية» over «19 كلية للبنين، و14 كلية للبنات، و36 كلية»), though no «بينهم» says so."""
    lists: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind in SUMMED_KINDS and m.counted and m.qualifier == "exact" and not isinstance(m.value, str):
            lists[(m.sentence, m.kind, m.counted)].append(m)
    for (sentence, kind, counted), parts in lists.items():
        if len(parts) < 2:
            continue
        total = sum(float(p.value) for p in parts)
        for m in mentions:
            if (
                m.sentence != sentence
                and (m.kind, m.counted) == (kind, counted)
                and not isinstance(m.value, str)
                and abs(float(m.value) - total) < 1e-9 * max(1.0, total)
            ):
                yield m, parts
                break


LIST_VALUES = 3
"""An article giving this many different values of one frame (not counting parts) lists things."""
PART_LIST_VALUES = 2
"""Parts are things of their own: an article giving two different parts under one frame («سبع
مجموعات تضم كل منها ستة فرق ومجموعتين تضم كل منهما خمسة فرق») tells of two things."""


def listed_values(mentions: list[Mention], titles: frozenset[str]) -> frozenset[str]:
    """The ids of the mentions of a list: an article that gives `LIST_VALUES` or more
    different values under one frame in its body («نزع ملكية 3 عقارات … 10 عقارات … 5 عقارات … 87
    عقاراً») tells of as many things, one per value. Two values («11 حافلة» beside «17 حافلة») may
    still be one quantity told two ways, and a headline («إصابة 17 شخصاً» over a body's 22) may sum
    up or contradict its body: the contradiction a reader must see. Two different parts of one frame
    (`PART_LIST_VALUES`) are a list too, and so are two clock times of one article, whatever they
    time: two moments («٩:١٩ م» the call, «١٠:٣٦م» the first team's arrival), never one time told two
    ways. A level a change started from («من 53.7 نقطة … إلى 35.4») and another incident of a roundup
    count among the values of their frame (`core.match.keys.LOOSE_SCOPES`). TITLES: the title sentences."""
    frames: dict[tuple[str, str, str, str, str], list[Mention]] = defaultdict(list)
    parts: dict[tuple[str, str, str, str, str], list[Mention]] = defaultdict(list)
    times: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "time":
            times[m.doc].append(m)
        if m.sentence in titles:
            continue
        part = bool(m.frame.part_of) or m.frame.aggregation == "part"
        scope = joined_scope(m.frame.scope)
        (parts if part else frames)[(m.doc, m.kind, m.frame.role, m.frame.subject, scope)].append(m)
    lists = [g for g in frames.values() if len(g) >= LIST_VALUES and len({str(m.value) for m in g}) >= LIST_VALUES]
    lists += [g for g in parts.values() if len({str(m.value) for m in g}) >= PART_LIST_VALUES]
    lists += [g for g in times.values() if len({str(m.value) for m in g}) >= PART_LIST_VALUES]
    return frozenset(m.id for group in lists for m in group)
