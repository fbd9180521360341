"""The order facts are shown in, and their ids (f1, f2, …) given by it over the whole folder.

Its own module, apart from core.match.facts, because the store reads facts back in this order
(core.store.records) and needs nothing else of the matching stage.
"""

from __future__ import annotations

from operator import attrgetter

from core.columns import from_columns
from core.ids import folder_order
from core.model import Fact, status_rank


def display_order(fact: Fact) -> tuple[int, int, tuple[int, int]]:
    """The sort key of the display order: conflicts, then shared, biggest first, then by the first
    mention's place in the folder."""
    return display_key(fact.status, fact.mentions)


def display_key(status: str, mentions: tuple[str, ...]) -> tuple[int, int, tuple[int, int]]:
    """`display_order` of a fact of STATUS and MENTIONS (`core.match.facts.build_facts` sorts its facts
    before they are made)."""
    return status_rank(status), -len(mentions), folder_order(mentions[0])


def number_facts(facts: list[Fact]) -> list[Fact]:
    """Facts in display order — conflicts, then shared, biggest first — with ids f1, f2, … Every update
    numbers the whole folder's facts: the copies are made a field at a time (`core.columns`), not by
    the frozen dataclass's `__init__`, which sets each field by a Python-level call."""
    ordered = sorted(facts, key=display_order)
    ids = [f"f{i}" for i in range(1, len(ordered) + 1)]
    fields = Fact.__slots__
    return from_columns(Fact, len(ordered), [ids if f == "id" else map(attrgetter(f), ordered) for f in fields])
