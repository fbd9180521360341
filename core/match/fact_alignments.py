"""Sentences aligned because they report the same facts (`fact_pairs`), beside those aligned on their
wording (`core.match.align`): two sentences that give two of the same quantities report the same
thing however they are worded."""

from __future__ import annotations

from core.ids import folder_order
from core.match.align import Similarity
from core.model import Alignment, Fact, Mention

FACT_THRESHOLD = 0.22
"""Sentences reporting one fact are aligned from this similarity on (see with_fact_alignments)."""
MIN_SHARED_FACTS = 2
"""Sentences sharing this many facts are aligned whatever their wording (see with_fact_alignments)."""
FACT_SCORE = 0.5
"""Score given to a pair aligned because both sentences report one fact."""


def with_fact_alignments(
    alignments: list[Alignment], facts: list[Fact], mentions: list[Mention], sim: Similarity
) -> list[Alignment]:
    """Add the sentence pairs that report the same facts (see `fact_pairs`)."""
    return alignments + [
        fact_alignment(sa, sb, common) for sa, sb, common in fact_pairs(alignments, facts, mentions, sim)
    ]


def fact_pairs(
    alignments: list[Alignment], facts: list[Fact], mentions: list[Mention], sim: Similarity
) -> list[tuple[str, str, list[Fact]]]:
    """The sentence pairs (a, b, their common facts) that report the same facts and are not aligned yet.

    Two sentences that give two or more of the same quantities (buses, fighters and families of
    one convoy) report the same thing, however differently worded. Sharing one quantity is weaker
    evidence, since a count is often repeated in passing: such pairs also need some similarity
    of wording (`FACT_THRESHOLD`)."""
    sentence_of = {m.id: (m.sentence, m.doc) for m in mentions}
    have = {frozenset((al.a, al.b)) for al in alignments}
    shared: dict[frozenset[str], list[Fact]] = {}
    for fact in facts:
        if fact.status == "single":
            continue
        placed = sorted({sentence_of[i] for i in fact.mentions}, key=lambda placed: folder_order(placed[0]))
        for x in range(len(placed)):
            for y in range(x + 1, len(placed)):
                (sa, da), (sb, db) = placed[x], placed[y]
                if da != db:
                    shared.setdefault(frozenset((sa, sb)), []).append(fact)
    out: list[tuple[str, str, list[Fact]]] = []
    for pair, common in shared.items():
        if pair in have:
            continue
        sa, sb = sorted(pair, key=folder_order)
        if len(common) >= MIN_SHARED_FACTS or sim.score(sa, sb) >= FACT_THRESHOLD:
            out.append((sa, sb, common))
    return out


def fact_alignment(a: str, b: str, common: list[Fact]) -> Alignment:
    """The alignment of two sentences that report the facts COMMON."""
    labels = "; ".join(f.label for f in common)
    return Alignment(a, b, FACT_SCORE, f"both report {', '.join(f.id for f in common)}: {labels}")
