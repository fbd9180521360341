"""Records of a slotted dataclass built from one column of values per field (the snapshot's layout)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any, TypeVar

R = TypeVar("R")
_new = object.__new__
BLOCK = 4096
"""Records built per C-level loop: each loop holds the interpreter lock from start to end, and a
window reopens a project on a thread beside its GUI thread (100,000 at once held it ~20 ms)."""
_END = object()


def from_columns(cls: type[R], count: int, columns: Sequence[Iterable[Any]]) -> list[R]:
    """COUNT records of the slotted dataclass CLS from one column of values per field, in field order.

    What a stored analysis is read back with: a frozen dataclass's generated `__init__` sets each
    field through a Python-level `object.__setattr__` (a quarter of reopening 10,000 articles);
    here each field of `BLOCK` records is set in a loop that runs in C. Raises ValueError when a
    column is missing or holds other than COUNT values (a damaged snapshot)."""
    slots = cls.__slots__  # type: ignore[attr-defined]
    if len(columns) != len(slots):
        raise ValueError(f"{cls.__name__}: {len(columns)} columns for {len(slots)} fields")
    fields = [(name, getattr(cls, name), iter(column)) for name, column in zip(slots, columns, strict=True)]
    records: list[R] = []
    for start in range(0, count, BLOCK):
        size = min(BLOCK, count - start)
        block: list[R] = list(map(_new, repeat(cls, size)))
        for name, field, values in fields:
            deque(map(field.__set__, block, values), maxlen=0)  # takes SIZE values: the block is the shorter
            try:
                field.__get__(block[-1])  # unset when the column ran out
            except AttributeError:
                raise ValueError(f"{cls.__name__}.{name}: fewer values than {count} records") from None
        records.extend(block)
    for name, _set, values in fields:
        if next(values, _END) is not _END:
            raise ValueError(f"{cls.__name__}.{name}: more than {count} values")
    return records
