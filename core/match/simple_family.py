"""Facts of a family that answers two questions: may two mentions be the same thing, do they agree.

A new family usually needs no grouping of its own: subclass `SimpleFamily`, say what a mention is
about (`same_thing`) and when two values agree (`agree`), and mentions are joined across articles.
The cannot-links of numbers hold here too: two mentions of one sentence are never one fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from core.model import Fact, Mention, NumberMention, Reason, Sentence, Status, Value

if TYPE_CHECKING:
    from core.match.align import Similarity


class SimpleFamily:
    """A family whose facts are the mentions about one thing (`same_thing`) across articles."""

    name = ""

    def find(self, sentence: str) -> Sequence[NumberMention]:
        raise NotImplementedError

    def settle(self, mentions: list[Mention]) -> list[Mention]:
        return mentions

    def same_thing(self, a: Mention, b: Mention) -> bool:
        """Two mentions speak of the same thing: by default, the same non-empty `counted` key."""
        return bool(a.counted) and a.counted == b.counted

    def agree(self, a: Mention, b: Mention) -> bool:
        return a.value == b.value

    def show(self, value: Value, qualifier: str, kind: str, counted: str, language: str) -> str:
        return str(value)

    def facts(
        self, texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention], similarity: Similarity | None
    ) -> list[Fact]:
        return group(self, mentions)


def group(family: SimpleFamily, mentions: list[Mention]) -> list[Fact]:
    """Join mentions that are about the same thing (never two of one sentence); the status follows
    from the documents and whether every pair across documents agrees."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(mentions)), 2):
        a, b = mentions[i], mentions[j]
        if a.sentence != b.sentence and family.same_thing(a, b):
            parent[root(i)] = root(j)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(root(i), []).append(m)
    facts = []
    for members in groups.values():
        docs = {m.doc for m in members}
        status: Status
        if len(docs) < 2:
            status = "single"
        elif all(family.agree(a, b) for a, b in combinations(members, 2) if a.doc != b.doc):
            status = "shared"
        else:
            status = "conflict"
        reasons = (
            Reason("family", (("family", family.name),)),
            Reason("same_thing", (("about", members[0].counted),)),
            Reason(f"status_{status}", (("documents", str(len(docs))),)),
        )
        facts.append(
            Fact(
                "",
                status,
                tuple(m.id for m in members),
                members[0].counted,
                "",
                members[0].counted,
                members[0].kind,
                reasons,
            )
        )
    return facts
