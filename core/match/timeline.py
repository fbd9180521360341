"""Conflicts in time order: where the articles' publication times are known (core.ingest.published),
a conflict's values are listed in the order they were published, and a count that only rises from
article to article — a toll or a tally updated during the day — is labelled as updated over time.

This runs after the facts are built and only adds reasons (`core.model.Reason`); the status stays
`conflict`, since the articles do differ and the researcher decides whether the later figure
supersedes the earlier. The reasons are the single record of both:
- `time_order` (params: `mentions` — the fact's mention ids of dated articles, space separated, earliest
  first), when at least two dated articles are in the conflict;
- `updated_over_time` (params: `trend` "rising", `first`, `last` — the earliest and latest values),
  when every article of the conflict is dated, the values never fall from an earlier article to a
  later one and rise at least once, and no mention is an increment or a part of a total (those are
  not running totals: «7 new bodies» is not an update of «40 in all»).
`order_in_time` is idempotent: it replaces the reasons it added before.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from itertools import chain, compress, count, repeat

from core.ingest.published import sort_key
from core.model import Analysis, Fact, Mention, Reason

TIME_ORDER = "time_order"
UPDATED = "updated_over_time"
RISING = "rising"
COUNTED_KINDS = frozenset({"count", "money", "distance", "percent"})
"""Kinds whose values can be a running total; a date or a clock time does not rise as a tally."""
NOT_TOTALS = frozenset({"increment", "part"})
CONFLICT = "conflict"
_OURS = frozenset({TIME_ORDER, UPDATED})
_REASONS = operator.attrgetter("reasons")
_STATUS = operator.attrgetter("status")
_ID = operator.attrgetter("id")
_CODE = operator.attrgetter("code")


def order_in_time(analysis: Analysis) -> None:
    """Add the time order (and the rising label where it holds) to every conflict of ANALYSIS.

    Only the conflicts and the facts that carry these reasons are made again: every update orders
    the whole folder's facts, nearly all of them shared or single, by C-level maps over their
    statuses and their reasons (facts of one article share one tuple of reasons, looked at once)."""
    facts = analysis.facts
    reasons = list(map(_REASONS, facts))
    distinct = dict(zip(map(id, reasons), reasons, strict=True))
    owners = chain.from_iterable(map(repeat, distinct, map(len, distinct.values())))  # each reason's tuple
    codes = map(_CODE, chain.from_iterable(distinct.values()))
    ours = set(compress(owners, map(_OURS.__contains__, codes)))  # the tuples holding one of ours
    conflicts = list(map(operator.eq, map(_STATUS, facts), repeat(CONFLICT)))
    touched = list(compress(count(), map(operator.or_, conflicts, map(ours.__contains__, map(id, reasons)))))
    if not touched:
        return
    mentions = analysis.mentions
    mention = dict(zip(map(_ID, mentions), mentions, strict=True)) if any(conflicts) else {}
    needed = {mention[m].doc for fact in compress(facts, conflicts) for m in fact.mentions if m in mention}
    when = {d.id: sort_key(d.published) for d in analysis.documents if d.id in needed}  # a parse per article
    facts = list(facts)
    for i in touched:
        facts[i] = _ordered(_without_ours(facts[i]), mention, when)
    analysis.facts = facts


def _without_ours(fact: Fact) -> Fact:
    kept = tuple(r for r in fact.reasons if r.code not in _OURS)
    return fact if len(kept) == len(fact.reasons) else replace(fact, reasons=kept)


def _ordered(fact: Fact, mention: dict[str, Mention], when: dict[str, datetime | None]) -> Fact:
    if fact.status != CONFLICT:
        return fact
    members = [mention[m] for m in fact.mentions if m in mention]
    dated = [(when[m.doc], i, m) for i, m in enumerate(members) if when.get(m.doc) is not None]
    if len({m.doc for _, _, m in dated}) < 2:
        return fact
    dated.sort(key=lambda t: (t[0], t[1]))
    reasons = [Reason(TIME_ORDER, (("mentions", " ".join(m.id for _, _, m in dated)),))]
    if len(dated) == len(members) and _only_rises([(t, m) for t, _, m in dated if t is not None]):
        values = [m.value for _, _, m in dated]
        reasons.append(Reason(UPDATED, (("trend", RISING), ("first", str(values[0])), ("last", str(values[-1])))))
    return replace(fact, reasons=(*fact.reasons, *reasons))


def _only_rises(timed: list[tuple[datetime, Mention]]) -> bool:
    """True when the values (in time order) never fall and do rise between two different times,
    and two articles of the same moment never differ (time would not explain that)."""
    if any(m.kind not in COUNTED_KINDS or m.frame.aggregation in NOT_TOTALS for _, m in timed):
        return False
    if not all(isinstance(m.value, (int, float)) for _, m in timed):
        return False
    rose = False
    for (t1, m1), (t2, m2) in itertools.pairwise(timed):
        v1, v2 = float(m1.value), float(m2.value)
        if v2 < v1 or (t1 == t2 and v1 != v2):
            return False
        rose = rose or v2 > v1
    return rose


def _params(fact: Fact, code: str) -> dict[str, str] | None:
    for reason in fact.reasons:
        if reason.code == code:
            return dict(reason.params)
    return None


def timeline(fact: Fact) -> list[str]:
    """The fact's mention ids of dated articles, earliest first; [] when not known."""
    params = _params(fact, TIME_ORDER)
    return params["mentions"].split() if params else []


def trend(fact: Fact) -> str:
    """ "rising" for a count updated over time, else ""."""
    params = _params(fact, UPDATED)
    return params.get("trend", "") if params else ""


def values_in_time_order(fact: Fact, mentions: Iterable[Mention]) -> list[Mention]:
    """The fact's mentions as a view lists them: dated ones in time order, then the others."""
    by_id = {m.id: m for m in mentions if m.id in fact.mentions}
    first = [by_id[i] for i in timeline(fact) if i in by_id]
    shown = {m.id for m in first}
    return first + [by_id[i] for i in fact.mentions if i in by_id and i not in shown]
