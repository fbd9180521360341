"""The alignments and facts an update took from the stored analysis under new ids (core.reuse: a
story kept whole while its articles were renumbered), each beside the record it was stored as.

Such a record's rows are the stored one's: only the analysis's ids moved, and the rows name the
articles by their keys (core.store.keys), which an article keeps while it stays. The save keeps
their rows without renaming and comparing them field by field (`core.store.alignment_rows`,
`core.store.fact_rows`): with 10 articles added spread through 1,000, those comparisons cost about
what the rows' writing had cost (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from core.model import Alignment, Fact

_first = itemgetter(0)


@dataclass(slots=True)
class RenamedLinks:
    """What the renamed alignments and facts were stored as. An alignment is known by the object
    (kept here, so that its `id` names no other while this lives); a fact by its first mention, which
    names it in its rows (core.store.fact_rows), as numbering the facts copies every one."""

    _renamed: list[Alignment] = field(default_factory=list)
    _stored: list[Alignment] = field(default_factory=list)
    _facts: dict[str, Fact] = field(default_factory=dict)

    def alignments(self, renamed: list[Alignment], stored: list[Alignment]) -> None:
        """Each of RENAMED is the one of STORED at its place, under new ids."""
        if len(renamed) != len(stored):
            raise ValueError(f"{len(renamed)} alignments renamed for {len(stored)} stored")
        self._renamed += renamed
        self._stored += stored

    def facts(self, renamed: list[Fact], stored: list[Fact]) -> None:
        """Each of RENAMED is the one of STORED at its place, under new ids."""
        self._facts.update(zip(map(_first, map(attrgetter("mentions"), renamed)), stored, strict=True))

    def stored_alignments(self) -> tuple[list[Alignment], list[Alignment]]:
        """(the renamed alignments, each one's alignment as stored, at the same place)."""
        return self._renamed, self._stored

    def stored_fact(self, fact: Fact) -> Fact | None:
        """The fact FACT (or a copy of it under another fact id) was stored as, when it was taken renamed."""
        return self._facts.get(fact.mentions[0])
