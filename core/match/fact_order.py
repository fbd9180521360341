"""The order facts are shown in, and their ids (f1, f2, …) given by it over the whole folder.

Its own module, apart from core.match.facts, because the store reads facts back in this order
(core.store.records) and needs nothing else of the matching stage.
"""

from __future__ import annotations

from operator import attrgetter, itemgetter, neg

from core.columns import from_columns
from core.ids import folder_order, folder_orders
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
    numbers the whole folder's facts: their sort keys are made by C-level maps (`display_order` is
    called for none), and the copies a field at a time (`core.columns`), not by the frozen
    dataclass's `__init__`, which sets each field by a Python-level call."""
    mentions = list(map(attrgetter("mentions"), facts))
    rank = {status: status_rank(status) for status in set(map(attrgetter("status"), facts))}
    keys = zip(
        map(rank.__getitem__, map(attrgetter("status"), facts)),
        map(neg, map(len, mentions)),
        folder_orders(map(itemgetter(0), mentions)),
        range(len(facts)),  # a tie (no analysis makes one: a mention is in one fact) keeps the facts' order
        strict=True,
    )
    ordered = list(map(facts.__getitem__, map(itemgetter(3), sorted(keys))))
    ids = [f"f{i}" for i in range(1, len(ordered) + 1)]
    fields = Fact.__slots__
    return from_columns(Fact, len(ordered), [ids if f == "id" else map(attrgetter(f), ordered) for f in fields])
