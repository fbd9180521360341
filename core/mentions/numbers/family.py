"""Numbers as a fact family: the reader finds them, core.match.facts groups them by frame."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.mentions.numbers.currency import carry_currency
from core.mentions.numbers.display import show_value
from core.mentions.numbers.reader import find_numbers
from core.model import Fact, Mention, NumberMention, Sentence, Value

if TYPE_CHECKING:
    from core.match.align import Similarity

SKIPPED_KINDS = frozenset({"ordinal"})
"""Free-standing ordinals («للمرة الثانية») are rarely facts; ordinals in dates are read as dates."""


class NumberFamily:
    """Counts, amounts, dates, times, percentages, distances (DESIGN.md «Number mentions»)."""

    name = "number"

    def find(self, sentence: str) -> Sequence[NumberMention]:
        return [n for n in find_numbers(sentence) if n.kind not in SKIPPED_KINDS]

    def settle(self, mentions: list[Mention]) -> list[Mention]:
        return carry_currency(mentions)

    def facts(
        self, texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention], similarity: Similarity | None
    ) -> list[Fact]:
        from core.match.facts import build_facts  # match depends on mentions, not the other way round

        return build_facts(texts, sentences, mentions, similarity)

    def show(self, value: Value, qualifier: str, kind: str, counted: str, language: str) -> str:
        return show_value(value, qualifier, kind, counted, language, unit=True)


FAMILY = NumberFamily()
