"""An update's stored articles loaded straight under their new ids (`core.store.records.load_analysis`
with RENAMED, {stored document id: new id}).

A document's id is its place in the folder ("d5"), so an article added early renames every later
one. Renaming the loaded sentences and mentions afterwards built every record twice (the loaded one,
then its renamed copy: a tenth of adding 10 articles to 1,000, spread through the folder); here the
columns the records are built from are renamed first, a C-level map per field, and only the articles
named are kept (those that left or changed are analysed again, and their stored ids may be taken).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import compress, count, repeat
from operator import add, attrgetter, getitem
from typing import Any, TypeVar

from core.columns import from_columns
from core.model import Frame

_R = TypeVar("_R")


def kept_columns(
    columns: list[list[Any]], names: Sequence[str], renamed: dict[str, str], ids: Sequence[str]
) -> tuple[list[list[Any]], list[str]]:
    """COLUMNS (one per field of NAMES, "doc" among them) of the records of the articles RENAMED names,
    their "doc" and the fields IDS ("d5.s3") under the new document id; also each kept record's
    stored document id (a frame's part to rename, `renamed_parts`)."""
    at = names.index("doc")
    olds: list[str] = columns[at]
    if not all(map(renamed.__contains__, olds)):
        keep = list(map(renamed.__contains__, olds))
        columns = [list(compress(column, keep)) for column in columns]
        olds = columns[at]
    if moved(renamed):
        news = list(map(renamed.__getitem__, olds))
        columns = list(columns)
        for field in ids:
            i = names.index(field)
            columns[i] = swapped(columns[i], olds, news)
        columns[at] = news
    return columns, olds


def swapped(ids: list[str], olds: list[str], news: list[str]) -> list[str]:
    """Each of IDS ("d5.s3") with its document OLDS gives ("d5") swapped for the one NEWS gives at
    the same place, by C-level maps."""
    return list(map(add, news, map(getitem, ids, map(slice, map(len, olds), repeat(None)))))  # "d5.s3"[2:]


def moved(renamed: dict[str, str]) -> bool:
    """Whether RENAMED renames any article (none does when articles were added at the folder's end)."""
    return list(renamed) != list(renamed.values())


def renamed_parts(places: list[int], frames: list[Frame], olds: list[str], news: list[str]) -> list[int]:
    """PLACES (each mention's frame, as a place in FRAMES) where a frame that is part of a mention of
    the same article («بينهم 4 أطفال») now names that mention's new id: such a frame is added to
    FRAMES renamed, and the mention takes its place. OLDS, NEWS: each mention's stored and new
    document id."""
    parts = {i for i, frame in enumerate(frames) if frame.part_of}
    if not parts:
        return places
    places = list(places)
    for i in compress(count(), map(parts.__contains__, places)):
        frame, old, new = frames[places[i]], olds[i], news[i]
        if old != new and frame.part_of.startswith(old + "."):
            frames.append(replace(frame, part_of=new + frame.part_of[len(old) :]))
            places[i] = len(frames) - 1
    return places


def renamed_records(cls: type[_R], items: list[_R], renamed: dict[str, str], ids: Sequence[str]) -> list[_R]:
    """The records of ITEMS (sentences or mentions, as read from the tables of a file without a
    snapshot) of the articles RENAMED names, under their new ids: `kept_columns` over their fields."""
    names = cls.__slots__  # type: ignore[attr-defined]
    columns, olds = kept_columns([list(map(attrgetter(name), items)) for name in names], names, renamed, ids)
    if "frame" in names:
        at = names.index("frame")
        by_id = {id(frame): frame for frame in columns[at]}
        frames, place = list(by_id.values()), {key: i for i, key in enumerate(by_id)}
        places = renamed_parts(
            list(map(place.__getitem__, map(id, columns[at]))), frames, olds, columns[names.index("doc")]
        )
        columns[at] = list(map(frames.__getitem__, places))
    return from_columns(cls, len(olds), columns)
