"""The rows of the Aligned view (a synopsis): the sources side by side, sentence against sentence.

One row per alignment group — a connected component of the graph whose edges are the
cross-document alignments, built strongest link first and kept small (see `alignment_groups`) —
with, in each document's column, that document's sentences of the group. Sentences
no other source reports get rows of their own. Rows follow each source's own order as far as the
alignment allows: a multi-way merge that emits a group only when it is next in every source it
appears in, and breaks a crossing (source A says x then y, source B y then x) by following the
earliest source. Pure Python: the GUI only displays these rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import ids
from core.model import Analysis, Sentence


@dataclass(frozen=True, slots=True)
class SynopsisRow:
    """One row: for each document (in `Analysis.documents` order) the ids of its sentences here."""

    cells: tuple[tuple[str, ...], ...]
    aligned: bool
    """True when the row holds sentences of at least two documents."""


def alignment_groups(analysis: Analysis, max_per_doc: int = 2) -> dict[str, int]:
    """Sentence id → group number, for every sentence that has at least one alignment.

    Groups are connected components built strongest alignment first; a link that would put more
    than `max_per_doc` sentences of one source into a group is skipped, so that one weak link
    cannot chain half the articles into a single row."""
    doc_of = {s.id: s.doc for s in analysis.sentences}
    parent: dict[str, str] = {}
    counts: dict[str, dict[str, int]] = {}

    def root(x: str) -> str:
        if x not in parent:
            parent[x] = x
            counts[x] = {doc_of.get(x, ids.doc_of(x)): 1}
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for al in sorted(analysis.alignments, key=lambda al: (-al.score, al.a, al.b)):
        ra, rb = root(al.a), root(al.b)
        if ra == rb:
            continue
        merged = dict(counts[rb])
        for doc, n in counts[ra].items():
            merged[doc] = merged.get(doc, 0) + n
        if max(merged.values()) > max_per_doc:
            continue
        parent[ra] = rb
        counts[rb] = merged
    numbers: dict[str, int] = {}
    groups: dict[str, int] = {}
    for sid in parent:
        groups[sid] = numbers.setdefault(root(sid), len(numbers))
    sizes: dict[int, int] = {}
    for g in groups.values():
        sizes[g] = sizes.get(g, 0) + 1
    return {sid: g for sid, g in groups.items() if sizes[g] > 1}


def synopsis_rows(analysis: Analysis, include_furniture: bool = False) -> list[SynopsisRow]:
    """The rows of the Aligned view; furniture sentences are left out unless asked for."""
    doc_ids = [d.id for d in analysis.documents]
    column = {d: i for i, d in enumerate(doc_ids)}
    groups = alignment_groups(analysis)
    queues: list[list[Sentence]] = [[] for _ in doc_ids]
    for s in analysis.sentences:
        if s.doc in column and (include_furniture or not s.furniture):
            queues[column[s.doc]].append(s)
    for q in queues:
        q.sort(key=lambda s: (s.start, s.index))

    def node(s: Sentence) -> tuple[str, int | str]:
        return ("g", groups[s.id]) if s.id in groups else ("s", s.id)

    members: dict[tuple[str, int | str], list[Sentence]] = {}
    for q in queues:
        for s in q:
            members.setdefault(node(s), []).append(s)

    emitted: set[str] = set()
    heads = [0] * len(queues)
    rows: list[SynopsisRow] = []

    def head(col: int) -> Sentence | None:
        q = queues[col]
        while heads[col] < len(q) and q[heads[col]].id in emitted:
            heads[col] += 1
        return q[heads[col]] if heads[col] < len(q) else None

    def ready(key: tuple[str, int | str]) -> bool:
        first: dict[str, Sentence] = {}
        for s in members[key]:
            if s.id not in emitted and s.doc not in first:
                first[s.doc] = s
        return all(head(column[d]) is first[d] for d in first)

    def emit(key: tuple[str, int | str]) -> None:
        cells: list[list[str]] = [[] for _ in doc_ids]
        for s in members[key]:
            if s.id not in emitted:
                cells[column[s.doc]].append(s.id)
                emitted.add(s.id)
        rows.append(SynopsisRow(tuple(tuple(c) for c in cells), aligned=sum(1 for c in cells if c) > 1))

    while True:
        current = [s for s in (head(col) for col in range(len(queues))) if s is not None]
        if not current:
            break
        for s in current:
            if ready(node(s)):
                emit(node(s))
                break
        else:  # a crossing: follow the earliest source
            emit(node(current[0]))
    return rows
