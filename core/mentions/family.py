"""Fact families: the kinds of thing an article reports that sources can share or contradict.

Numbers are the first family (`core.mentions.numbers.family`). A family says four things, and the
pipeline, the store, the export, the GUI and the reports ask only these:

- `find`: its mentions in one sentence (offsets into the sentence);
- `settle`: a pass over one article's mentions once they are all found (numbers carry the
  article's currency to money written without one); most families return them unchanged;
- `facts`: its mentions of one story grouped into facts (`SimpleFamily` builds them from two
  answers: may two mentions be the same thing, and do their values agree), given the similarity
  of the story's sentences, or None for a story of one article (nothing to compare it with);
- `show`: a value as a person reads it, in the interface language.

To add a family: a module with a class implementing `Family`, its name in
`core.mentions.registry.FAMILY_MODULES`, and its tests (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from core.model import Fact, Mention, NumberMention, Sentence, Value

if TYPE_CHECKING:
    from core.match.align import Similarity

Found = NumberMention
"""What a family finds in a sentence: span, value, kind, qualifier, what it is about, surface text."""


class Family(Protocol):
    """One kind of fact (see the module docstring)."""

    name: str
    """Stored with each mention (`Mention.family`) and used as its key in the export."""

    def find(self, sentence: str) -> Sequence[Found]: ...

    def settle(self, mentions: list[Mention]) -> list[Mention]: ...

    def facts(
        self, texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention], similarity: Similarity | None
    ) -> list[Fact]: ...

    def show(self, value: Value, qualifier: str, kind: str, counted: str, language: str) -> str: ...
