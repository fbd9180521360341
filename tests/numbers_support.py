"""Shared helpers for the number reader's specifications."""

from core.mentions.numbers import find_numbers
from core.model import NumberMention


def only(text: str) -> NumberMention:
    """The one mention of `text` (fails when there is none or several)."""
    found = find_numbers(text)
    assert len(found) == 1, [(m.text, m.value, m.kind) for m in found]
    return found[0]


def values(text: str) -> list[object]:
    """The values of every mention of `text`, in order."""
    return [m.value for m in find_numbers(text)]
