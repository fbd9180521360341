"""Facts do not depend on the order in which their links were found: a set's order differs from one
process to the next (a pool's or a cluster's worker), and the export must be the same in each."""

from __future__ import annotations

from core.match import reasons as R
from core.match.linkage import Link, components

# «4.7 %» and «7.7 %» rose in one sentence of each of three bulletins: every link ties at 1.00
DOCS = {f"d{d}.m{m}": f"d{d}" for d in (1, 2, 3) for m in (1, 2)}
LINKS = [Link(f"d{a}.m{m}", f"d{b}.m{n}", 1.0) for a, b in ((1, 2), (1, 3), (2, 3)) for m in (1, 2) for n in (1, 2)]
APART = {frozenset((f"d{d}.m1", f"d{d}.m2")): R.RULE_SAME_SENTENCE for d in (1, 2, 3)}


def test_tied_links_give_the_same_groups_and_reasons_in_any_order() -> None:
    ids = sorted(DOCS)
    once = components(ids, LINKS, DOCS, APART)
    again = components(ids, list(reversed(LINKS)), DOCS, APART)
    assert sorted(map(sorted, once[0])) == sorted(map(sorted, again[0]))
    kept_once = {tuple(sorted(g)): once[1][g[0]] for g in once[0]}
    kept_again = {tuple(sorted(g)): again[1][g[0]] for g in again[0]}
    assert kept_once == kept_again
