"""Which texts of a snapshot an update keeps as they stand (core.store.snapshot): those whose
records it did not change.

An update loads the kept articles from the snapshot and saves them again a moment later. Adding
articles at the folder's end leaves the leading texts of sentences and mentions (and of the
alignments of stories not linked again) holding the very records the update read from them, at the
same places: encoding them again would write the same bytes (issue 14: encoding was most of
writing the snapshot). An update's load notes which records came from which text (`noted`); the
Store holds that until its save (`Store.load`, `Saving.links`), and `leading` tells the save how
many leading texts of a part it may keep.

Only the very objects read count (records are frozen: the same object, the same fields), and only
leading texts: a mention's frame is kept as its place among the frames in the order first met, so
a text's places are the stored ones only when every text before it is the stored one too.
"""

from __future__ import annotations

from operator import is_
from typing import Any

import sqlite_utils

Read = dict[str, tuple[list[Any], list[tuple[str, int]]]]
"""{part: (its records as read, each of its texts' name and how many records it gave, in order)}."""


def noted(read: Read) -> Read:
    """What of READ a save may keep: the parts whose records are exactly their texts' records (none
    left out or renamed)."""
    return {
        part: (records, texts)
        for part, (records, texts) in read.items()
        if len(records) == sum(size for _name, size in texts)
    }


def still_stored(db: sqlite_utils.Database, form: str, read: Read) -> Read:
    """READ without the parts some of whose texts DB no longer stores in the format FORM (another
    connection wrote the file between the load and the save)."""
    if not read:
        return read
    stored = {name for (name,) in db.execute("SELECT name FROM snapshot WHERE format = ?", [form])}
    return {part: (records, texts) for part, (records, texts) in read.items() if stored.issuperset(n for n, _ in texts)}


def leading(read: Read, part: str, items: list[Any], rows: int) -> int:
    """How many leading texts of PART, written `rows` records of ITEMS at a time, hold the very
    records READ took from the stored texts of the same names."""
    if part not in read:
        return 0
    records, texts = read[part]
    kept, start = 0, 0
    for name, size in texts:
        end = start + size
        if name != text_name(part, kept) or size != min(rows, len(items) - start):
            break
        if not all(map(is_, items[start:end], records[start:end])):
            break
        kept, start = kept + 1, end
    return kept


def text_name(part: str, n: int) -> str:
    """The name of PART's Nth text."""
    return f"{part}/{n:06d}"
