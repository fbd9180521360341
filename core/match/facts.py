"""Mentions → facts: numbers in different articles that speak of the same thing, with a verdict.

Two mentions in different articles (of one story) are linked when
- their kinds match and what they count is in the same class (`core.match.frame`);
- their event predicates do not contradict (killed ≠ wounded ≠ carried; carrying and setting
  out are one movement), and for violent events the agents named beside them do not differ
  (the coalition's 85 killed ≠ the Russian strike's 40);
- dates are in one calendar and within a year of each other;
- their sentences share enough context (`Similarity.context`, story-wide words included).
Links are grouped by average linkage, strongest first: two groups merge only when at least
`AGREEMENT` of their cross-article pairs are linked, so one chance resemblance cannot chain two
tolls into one fact. A fact in ≥ 2 articles is `shared` when all values agree with their
qualifiers (`core.match.agreement`), `conflict` otherwise; else `single`.
Vague quantities («العشرات»), ordinals and durations counted back from the article's own day
(«قبل أسبوعين») are never linked: they cannot be compared across articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import combinations

from core.match.agreement import agree, show_value
from core.match.align import Similarity
from core.match.frame import Context, mention_context
from core.match.parts import parts
from core.model import Fact, Mention, Sentence, status_rank
from core.text.arabic import normalize, stem

LINKABLE_KINDS = frozenset({"count", "date", "time", "duration", "distance", "percent", "money"})
SAME_VALUE_CONTEXT = 0.14
"""Sentence similarity needed to link two mentions that agree."""
CONFLICT_CONTEXT = 0.15
"""Sentence similarity needed to link two mentions that disagree."""
MOVEMENT = "carried"
AGENTIVE = frozenset({"killed", "wounded", "destroyed", "captured", "attacked"})
"""Predicates whose agent tells events apart: who killed, who destroyed."""
PREDICATE_LABEL = {
    "killed": "قتل",
    "wounded": "جرح",
    "destroyed": "تدمير",
    "captured": "أسر",
    "released": "تسليم",
    "carried": "نقل",
    "departed": "انطلاق",
    "agreed": "اتفاق",
    "attacked": "هجوم",
}


@dataclass(frozen=True, slots=True)
class _Link:
    a: str
    b: str
    similarity: float
    agrees: bool = False


_WORD = re.compile(r"[\u0621-\u064a\u0640-\u065f\u0670]+")
RELATIVE_TIME = ("قبل", "منذ", "بعد", "خلال")
"""«قبل أسبوعين» counts back from the day an article was written: articles of different days
cannot be compared on it."""


def _linkable(m: Mention, texts: dict[str, str]) -> bool:
    if m.kind not in LINKABLE_KINDS or m.qualifier == "vague":
        return False
    if m.kind == "duration":
        before = normalize(texts[m.doc][max(0, m.start - 12) : m.start]).split()
        return not any(w in RELATIVE_TIME for w in before[-2:])
    return True


def _compatible(m1: Mention, c1: Context, m2: Mention, c2: Context) -> bool:
    if m1.kind != m2.kind or c1.counted_class != c2.counted_class:
        return False
    if m1.kind == "date":
        return bool(c1.predicate) and c1.predicate == c2.predicate and _same_period(str(m1.value), str(m2.value))
    if not c1.counted_class:
        return False
    p1, p2 = _count_predicate(c1.predicate), _count_predicate(c2.predicate)
    if p1 and p2 and p1 != p2:
        return False
    agentive = p1 in AGENTIVE or p2 in AGENTIVE
    return not (agentive and c1.actor and c2.actor and c1.actor != c2.actor)


def _same_period(a: str, b: str) -> bool:
    """Dates can be two reports of one day only in one calendar and within a year of each other:
    «مايو 2003» and «21 شوال 1436» are different events, not a contradiction."""
    hijri_a, hijri_b = a.lstrip("A").startswith("H"), b.lstrip("A").startswith("H")
    if hijri_a != hijri_b:
        return False
    ya, yb = a.lstrip("AH")[:4], b.lstrip("AH")[:4]
    return not (ya.isdigit() and yb.isdigit() and abs(int(ya) - int(yb)) > 1)


def _count_predicate(predicate: str) -> str:
    """Predicates that tell counts apart: a convoy that carried or set out is one movement, and
    the deal or strike a sentence mentions does not say what a count is of."""
    if predicate in ("carried", "departed"):
        return MOVEMENT
    return "" if predicate in ("agreed", "attacked") else predicate


def contexts(texts: dict[str, str], sentences: dict[str, Sentence], mentions: list[Mention]) -> dict[str, Context]:
    """Counted class and predicate of every mention."""
    by_sentence: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    out: dict[str, Context] = {}
    for m in mentions:
        s = sentences[m.sentence]
        others = [(o.start, o.end) for o in by_sentence[m.sentence] if o.id != m.id]
        out[m.id] = mention_context(m, texts[s.doc][s.start : s.end], s.start, others)
    return out


def _links(mentions: list[Mention], ctx: dict[str, Context], sim: Similarity, texts: dict[str, str]) -> list[_Link]:
    buckets: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if _linkable(m, texts):
            buckets[(m.kind, ctx[m.id].counted_class)].append(m)
    links = []
    for group in buckets.values():
        for m1, m2 in combinations(group, 2):
            if m1.doc == m2.doc or not _compatible(m1, ctx[m1.id], m2, ctx[m2.id]):
                continue
            s = sim.context(m1.sentence, m2.sentence)
            agrees = agree(m1, m2)
            if s >= (SAME_VALUE_CONTEXT if agrees else CONFLICT_CONTEXT):
                links.append(_Link(m1.id, m2.id, s, agrees))
    return links


AGREEMENT = 0.5
"""Two groups merge only when at least this share of their cross-article pairs are linked
(average linkage): one chance resemblance cannot chain two different tolls into one fact."""


def _components(
    ids: list[str], links: list[_Link], docs: dict[str, str], apart: frozenset[frozenset[str]] = frozenset()
) -> list[list[str]]:
    """Group mentions by average linkage over their links, agreeing links first (the same value is
    the stronger sign of the same quantity), then strongest first; the pairs in `apart` (a total
    and its part) never end up in one group."""
    linked = {frozenset((lk.a, lk.b)) for lk in links}
    group_of = {i: i for i in ids}
    members: dict[str, list[str]] = {i: [i] for i in ids}
    for link in sorted(links, key=lambda lk: (not lk.agrees, -lk.similarity)):
        ga, gb = group_of[link.a], group_of[link.b]
        if ga == gb:
            continue
        pairs = [(x, y) for x in members[ga] for y in members[gb] if docs[x] != docs[y]]
        if sum(frozenset(p) in linked for p in pairs) < AGREEMENT * len(pairs):
            continue
        if apart and any(frozenset((x, y)) in apart for x in members[ga] for y in members[gb]):
            continue
        for x in members[gb]:
            group_of[x] = ga
        members[ga].extend(members.pop(gb))
    return list(members.values())


def _noun(members: list[Mention]) -> str:
    """What the fact counts, as the articles write it: «حافلة» rather than its stem."""
    forms: dict[str, int] = defaultdict(int)
    for m in members:
        for word in _WORD.findall(m.text):
            if m.counted and stem(word) == m.counted:
                bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
                forms[bare] += 1
    if forms:
        return max(forms, key=lambda w: (forms[w], -len(w)))
    return {
        "date": "تاريخ",
        "time": "ساعة",
        "duration": "مدة",
        "distance": "مسافة",
        "percent": "نسبة",
        "money": "مبلغ",
    }.get(members[0].kind, members[0].kind)


def _describe(members: list[Mention], ctx: Context, status: str, links: list[_Link]) -> tuple[str, str]:
    counts: dict[str, list[str]] = defaultdict(list)
    for m in members:
        shown = show_value(m.value, m.qualifier)
        if m.doc not in counts[shown]:
            counts[shown].append(m.doc)
    ordered = sorted(counts, key=lambda v: (-len(counts[v]), v))
    predicate = PREDICATE_LABEL.get(ctx.predicate, "")
    noun = _noun(members)
    label = f"{noun}{' (' + predicate + ')' if predicate else ''}: " + " · ".join(ordered)
    docs = sorted({m.doc for m in members})
    why = [f"{len(members)} mention(s) in {len(docs)} article(s) ({', '.join(docs)})"]
    if len(docs) > 1:
        why.append(
            f"grouped: kind {members[0].kind}, counted class «{ctx.counted_class or '-'}»"
            + (f", predicate {ctx.predicate} («{ctx.predicate_word}»)" if ctx.predicate else "")
            + (f", agent {ctx.actor}" if ctx.actor else "")
        )
        if links:
            best = max(link.similarity for link in links)
            why.append(f"sentence similarity up to {best:.2f}")
        if status == "conflict":
            why.append("conflict: " + " vs ".join(f"{v} ({', '.join(counts[v])})" for v in ordered))
        else:
            why.append("values agree: " + ", ".join(ordered))
    return label, "; ".join(why)


def build_facts(
    texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention], sim: Similarity
) -> list[Fact]:
    """Group mentions into facts with a status, a label and an explanation. Conflicts first."""
    by_id = {m.id: m for m in mentions}
    ctx = contexts(texts, {s.id: s for s in sentences}, mentions)
    part_of = parts(texts, mentions)
    for part, whole in part_of.items():  # «استشهاد 15 منهم 12 من منسوبي»: the 15 are persons too
        if not ctx[whole].counted_class and ctx[part].counted_class:
            ctx[whole] = replace(ctx[whole], counted_class=ctx[part].counted_class)
    links = _links(mentions, ctx, sim, texts) if len({m.doc for m in mentions}) > 1 else []
    link_of: dict[str, list[_Link]] = defaultdict(list)
    for link in links:
        link_of[link.a].append(link)
    facts: list[Fact] = []
    apart = frozenset(frozenset(pair) for pair in part_of.items())
    for ids in _components([m.id for m in mentions], links, {m.id: m.doc for m in mentions}, apart):
        members = sorted((by_id[i] for i in ids), key=lambda m: (m.doc, m.start))
        docs = {m.doc for m in members}
        if len(docs) < 2:
            status = "single"
        elif all(agree(a, b) for a, b in combinations(members, 2) if a.doc != b.doc):
            status = "shared"
        else:
            status = "conflict"
        fact_links = [lk for i in ids for lk in link_of[i]]
        label, why = _describe(members, ctx[members[0].id], status, fact_links)
        facts.append(
            Fact(
                "",
                status,  # type: ignore[arg-type]
                tuple(m.id for m in members),
                label,
                why,
                ctx[members[0].id].counted_class,
                members[0].kind,
            )
        )
    return number_facts(facts)


def number_facts(facts: list[Fact]) -> list[Fact]:
    """Facts in display order — conflicts, then shared, biggest first — with ids f1, f2, …"""
    ranked = sorted(facts, key=lambda f: (status_rank(f.status), -len(f.mentions), f.mentions[0]))
    return [replace(f, id=f"f{i + 1}") for i, f in enumerate(ranked)]
