"""Mentions → groups by average linkage: which linked mentions of a story end up as one fact.

Links are taken agreeing first, then strongest first; two groups merge only when at least
`AGREEMENT` of their cross-article pairs are linked, and never across a hard cannot-link
(`core.match.reasons`). Split from core.match.facts, which finds the links and words the facts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from core.match import reasons as R


@dataclass(frozen=True, slots=True)
class Link:
    """Two mentions of different articles that may be one quantity, with their sentences' similarity."""

    a: str
    b: str
    similarity: float
    agrees: bool = False


AGREEMENT = 0.5
"""Two groups merge only when at least this share of their cross-article pairs are linked
(average linkage): one chance resemblance cannot chain two different tolls into one fact."""


def _told_apart_twice(a: list[str], b: list[str], docs: dict[str, str], values: dict[str, str]) -> bool:
    """Two articles that each give both figures, the same two («ست غارات» on one town and «أربع غارات»
    on another in both): the figures are two quantities, not one reported two ways."""
    in_a: dict[str, set[str]] = defaultdict(set)
    in_b: dict[str, set[str]] = defaultdict(set)
    for i in a:
        in_a[docs[i]].add(values[i])
    for i in b:
        in_b[docs[i]].add(values[i])
    both = [(in_a[d], in_b[d]) for d in in_a.keys() & in_b.keys()]
    return any(x[0] & y[0] and x[1] & y[1] for x, y in combinations(both, 2))


def _listed_apart(
    a: list[str], b: list[str], docs: dict[str, str], values: dict[str, str], listed: frozenset[str]
) -> bool:
    """One list gives a value in each group, and the values differ: two things of the list."""
    in_b: dict[str, set[str]] = defaultdict(set)
    for i in b:
        if i in listed:
            in_b[docs[i]].add(values[i])
    return any(i in listed and in_b.get(docs[i], set()) - {values[i]} for i in a)


def components(
    ids: list[str],
    links: list[Link],
    docs: dict[str, str],
    apart: dict[frozenset[str], str] | None = None,
    values: dict[str, str] | None = None,
    listed: frozenset[str] = frozenset(),
) -> tuple[list[list[str]], dict[str, list[tuple[str, str]]]]:
    """Group mentions by average linkage over their links, agreeing links first (the same value is
    the stronger sign of the same quantity), then strongest first; the pairs in `apart` (hard
    cannot-links) never end up in one group. Returns the groups and, per group root, the mentions
    a cannot-link kept out with the rule that did it. IDS are in the folder's order: links of equal
    strength are taken in it (not as text, where "d10.m1" comes before "d9.m1": an article added
    early would change the order of ties between articles it did not touch, core.reuse)."""
    apart = apart or {}
    linked: dict[str, set[str]] = defaultdict(set)  # each mention's links, both ways
    for lk in links:
        linked[lk.a].add(lk.b)
        linked[lk.b].add(lk.a)
    # {group: {other group: cross-article links between them}}, both ways, updated as groups merge: a
    # link asks one dict where it walked the smaller group's links (quadratic in a large fact)
    between: dict[str, dict[str, int]] = defaultdict(dict)
    for x, ys in linked.items():
        between[x] = {y: 1 for y in ys if docs[x] != docs[y]}
    apart_of: dict[str, dict[str, str]] = defaultdict(dict)
    for key, why in apart.items():
        if len(key) == 2:
            x, y = key
            apart_of[x][y] = apart_of[y][x] = why
    group_of = {i: i for i in ids}
    # {group: {other group: cannot-links between them}}, kept like `between`: most pairs of groups have none
    apart_between: dict[str, dict[str, int]] = defaultdict(dict)
    for x, partners in apart_of.items():
        if x in group_of:
            apart_between[x] = {y: 1 for y in partners if y in group_of}
    members: dict[str, list[str]] = {i: [i] for i in ids}
    doc_counts: dict[str, dict[str, int]] = {i: {docs[i]: 1} for i in ids}
    kept: dict[str, list[tuple[str, str]]] = defaultdict(list)
    # {(group, group): (their sizes, the rule)} of the groups a rule kept apart: their other links ask again
    # (a group only grows, so its size tells whether it changed)
    refused: dict[tuple[str, str], tuple[int, int, str]] = {}
    # the same order in every process: the order of `links`, and the last bits of a similarity summed
    # over a set, follow the set's order, which differs from process to process
    rank = {i: k for k, i in enumerate(ids)}
    for link in sorted(links, key=lambda lk: (not lk.agrees, -round(lk.similarity, 9), rank[lk.a], rank[lk.b])):
        ga, gb = group_of[link.a], group_of[link.b]
        if ga == gb:
            continue
        # cross-article pairs of the two groups, and how many of them are linked: counted through each
        # mention's links and the groups' articles, not pair by pair (that was quadratic per link)
        ca, cb = doc_counts[ga], doc_counts[gb]
        linked_pairs, most = between[ga].get(gb, 0), len(members[ga]) * len(members[gb])
        # enough links even were every pair cross-article: the pairs of one article need not be counted
        if linked_pairs < AGREEMENT * most:
            pairs = most - sum(n * cb.get(d, 0) for d, n in ca.items())
            if linked_pairs < AGREEMENT * pairs:
                continue
        ma, mb = members[ga], members[gb]
        known = refused.get((ga, gb))
        if known is not None and known[0] == len(ma) and known[1] == len(mb):
            rule = known[2]  # neither group grew since a rule kept them apart: the same rule, read of the same members
        else:
            rule = _first_apart(ma, mb, gb, group_of, apart_of) if apart_between[ga].get(gb) else ""
            # told apart only by two articles that both give figures in both groups: cheap to rule out first
            if not rule and values and len(ca.keys() & cb.keys()) > 1 and _told_apart_twice(ma, mb, docs, values):
                rule = R.RULE_TWO_ARTICLES
            if not rule and values and listed and _listed_apart(ma, mb, docs, values, listed):
                rule = R.RULE_LISTED
            if rule:
                refused[(ga, gb)] = (len(ma), len(mb), rule)
        if rule:
            kept[ga].append((link.b if group_of[link.b] == gb else link.a, rule))
            kept[gb].append((link.a if group_of[link.a] == ga else link.b, rule))
            continue
        for x in members[gb]:
            group_of[x] = ga
        _merge_counts(between, ga, gb)
        _merge_counts(apart_between, ga, gb)
        members[ga].extend(members.pop(gb))
        for d, n in doc_counts.pop(gb).items():
            ca[d] = ca.get(d, 0) + n
        kept[ga].extend(kept.pop(gb, []))
    return list(members.values()), {root: kept.get(root, []) for root in members}


def _merge_counts(between: dict[str, dict[str, int]], ga: str, gb: str) -> None:
    """Group GB's link counts become GA's (GB merged into GA)."""
    mine = between[ga]
    mine.pop(gb, None)
    for g, n in between.pop(gb, {}).items():
        if g == ga:
            continue
        mine[g] = mine.get(g, 0) + n
        theirs = between[g]
        del theirs[gb]
        theirs[ga] = theirs.get(ga, 0) + n


def _first_apart(
    a: list[str], b: list[str], root_b: str, group_of: dict[str, str], apart_of: dict[str, dict[str, str]]
) -> str:
    """The rule of the first pair (x of A, y of B, in their order) that may never be one fact, "" when none."""
    for x in a:
        mine = apart_of.get(x)
        if mine and root_b in map(group_of.get, mine):  # `in` walks the map in C
            return next(mine[y] for y in b if y in mine)
    return ""
