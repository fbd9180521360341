"""Mentions → facts: numbers in different articles that speak of the same thing, with a verdict.

Two mentions in different articles are linked when
- their kinds match and what they count is in the same class (`core.context`), and
- their event predicates do not contradict (killed ≠ wounded ≠ carried), and
- their sentences say the same thing: the same value needs only a little shared context (a
  repeated number with the same noun and verb is rarely a coincidence); different values need
  sentences that align, since a conflict is a strong claim to put in front of a researcher.
Linked mentions form facts (connected components). A fact in ≥ 2 articles is `shared` when all
values agree with their qualifiers (`core.compare`), `conflict` otherwise; else `single`.
Vague quantities («العشرات») and ordinals are never linked: they cannot agree or disagree.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from core.align import Similarity
from core.compare import agree, show_value
from core.context import Context, mention_context
from core.model import Fact, Mention, Sentence

LINKABLE_KINDS = frozenset({"count", "date", "time", "duration", "distance", "percent", "money"})
SAME_VALUE_CONTEXT = 0.14
"""Sentence similarity needed to link two mentions that agree."""
CONFLICT_CONTEXT = 0.30
"""Sentence similarity needed to link two mentions that disagree."""
PREDICATE_LABEL = {"killed": "قتل", "wounded": "جرح", "destroyed": "تدمير", "captured": "أسر",
                   "released": "تسليم", "carried": "نقل", "departed": "انطلاق", "agreed": "اتفاق",
                   "attacked": "هجوم"}


@dataclass(frozen=True, slots=True)
class _Link:
    a: str
    b: str
    similarity: float


def _linkable(m: Mention) -> bool:
    return m.kind in LINKABLE_KINDS and m.qualifier != "vague"


def _compatible(m1: Mention, c1: Context, m2: Mention, c2: Context) -> bool:
    if m1.kind != m2.kind or c1.counted_class != c2.counted_class:
        return False
    if m1.kind == "date":
        return bool(c1.predicate) and c1.predicate == c2.predicate
    if not c1.counted_class:
        return False
    return not (c1.predicate and c2.predicate and c1.predicate != c2.predicate)


def contexts(texts: dict[str, str], sentences: dict[str, Sentence], mentions: list[Mention]) -> dict[str, Context]:
    """Counted class and predicate of every mention."""
    by_sentence: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    out: dict[str, Context] = {}
    for m in mentions:
        s = sentences[m.sentence]
        others = [(o.start, o.end) for o in by_sentence[m.sentence] if o.id != m.id]
        out[m.id] = mention_context(m, texts[s.doc][s.start:s.end], s.start, others)
    return out


def _links(mentions: list[Mention], ctx: dict[str, Context], sim: Similarity) -> list[_Link]:
    buckets: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if _linkable(m):
            buckets[(m.kind, ctx[m.id].counted_class)].append(m)
    links = []
    for group in buckets.values():
        for m1, m2 in combinations(group, 2):
            if m1.doc == m2.doc or not _compatible(m1, ctx[m1.id], m2, ctx[m2.id]):
                continue
            s = sim.score(m1.sentence, m2.sentence)
            if s >= (SAME_VALUE_CONTEXT if agree(m1, m2) else CONFLICT_CONTEXT):
                links.append(_Link(m1.id, m2.id, s))
    return links


def _components(ids: list[str], links: list[_Link]) -> list[list[str]]:
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        parent[find(link.a)] = find(link.b)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    return list(groups.values())


def _noun(members: list[Mention], ctx: Context) -> str:
    """A readable name for what the fact counts: the counted word as written, else the kind."""
    for m in members:
        if m.counted:
            return m.counted
    return {"date": "تاريخ", "time": "ساعة", "duration": "مدة", "distance": "مسافة",
            "percent": "نسبة", "money": "مبلغ"}.get(members[0].kind, members[0].kind)


def _describe(members: list[Mention], ctx: Context, status: str, links: list[_Link]) -> tuple[str, str]:
    counts: dict[str, list[str]] = defaultdict(list)
    for m in members:
        shown = show_value(m.value, m.qualifier)
        if m.doc not in counts[shown]:
            counts[shown].append(m.doc)
    ordered = sorted(counts, key=lambda v: (-len(counts[v]), v))
    predicate = PREDICATE_LABEL.get(ctx.predicate, "")
    noun = _noun(members, ctx)
    label = f"{noun}{' (' + predicate + ')' if predicate else ''}: " + " · ".join(ordered)
    docs = sorted({m.doc for m in members})
    why = [f"{len(members)} mention(s) in {len(docs)} article(s) ({', '.join(docs)})"]
    if len(docs) > 1:
        why.append(f"grouped: kind {members[0].kind}, counted class «{ctx.counted_class or '-'}»"
                   + (f", predicate {ctx.predicate} («{ctx.predicate_word}»)" if ctx.predicate else ""))
        if links:
            best = max(link.similarity for link in links)
            why.append(f"sentence similarity up to {best:.2f}")
        if status == "conflict":
            why.append("conflict: " + " vs ".join(f"{v} ({', '.join(counts[v])})" for v in ordered))
        else:
            why.append("values agree: " + ", ".join(ordered))
    return label, "; ".join(why)


def build_facts(texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention],
                sim: Similarity) -> list[Fact]:
    """Group mentions into facts with a status, a label and an explanation. Conflicts first."""
    by_id = {m.id: m for m in mentions}
    ctx = contexts(texts, {s.id: s for s in sentences}, mentions)
    links = _links(mentions, ctx, sim)
    link_of: dict[str, list[_Link]] = defaultdict(list)
    for link in links:
        link_of[link.a].append(link)
    facts: list[Fact] = []
    for ids in _components([m.id for m in mentions], links):
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
        facts.append(Fact("", status, tuple(m.id for m in members), label, why,  # type: ignore[arg-type]
                          ctx[members[0].id].counted_class, members[0].kind))
    order = {"conflict": 0, "shared": 1, "single": 2}
    facts.sort(key=lambda f: (order[f.status], -len(f.mentions), f.mentions[0]))
    return [Fact(f"f{i + 1}", f.status, f.mentions, f.label, f.explanation, f.counted, f.kind)
            for i, f in enumerate(facts)]
