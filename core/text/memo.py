"""A function's answers kept by argument, read in C: the memo every per-word lookup uses.

`functools.lru_cache` moves each hit to the front of its order and hashes its arguments as a
tuple; a dict subclass with `__missing__` answers a known key with one C-level lookup, and can be
mapped over a text's words (`map(memo.__getitem__, words)`) with no Python frame per known word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """{key: MAKE(key)}, made on first sight, emptied once it holds LIMIT keys (None: never)."""

    __slots__ = ("_make", "_limit")
    """Attributes in slots, not an instance dict: each miss reads both (a fifth of its cost)."""

    def __init__(self, make: Callable[[K], V], limit: int | None = None) -> None:
        super().__init__()
        self._make = make
        self._limit = limit

    def __missing__(self, key: K) -> V:
        if self._limit is not None and len(self) >= self._limit:
            self.clear()
        value = self[key] = self._make(key)
        return value
