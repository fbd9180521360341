"""An analysis's alignments as rows: an update writes only those that changed (issue 14).

The tables are read back in rowid order (core.store.records), which must be the analysis's order.
A save therefore numbers the rows `SPACING` apart; an update keeps the row of each alignment it
took unchanged from the stored analysis (the very object its load read, in the stored order: those
of the stories not linked again), deletes the others and numbers the new ones into the gaps between
the rows kept. When a gap is too narrow, or most stored rows are to go (articles added early in
the folder rename most alignments), every row is written again, spaced afresh.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any

import orjson
import sqlite_utils

from core.model import Alignment
from core.store.keys import NO_KEYS, Keys
from core.store.renamed_links import RenamedLinks

SPACING = 1 << 32
"""Rowids between two alignments written afresh: room for the rows of many updates between them
(each new row takes a place in its gap, spread evenly), with 2³¹ alignments still under 2⁶³."""
_INSERT = "INSERT INTO alignments (rowid, a, b, score, why) VALUES (?, ?, ?, ?, ?)"


def write_alignments(
    db: sqlite_utils.Database,
    alignments: list[Alignment],
    keys: Keys,
    stored: list[Any] | None = None,
    before: Keys = NO_KEYS,
    renamed: RenamedLinks | None = None,
) -> list[int] | None:
    """Write ALIGNMENTS (call inside the save's transaction), their sentences named by KEYS
    (core.store.keys). STORED: the alignments as the update's load read them, in their stored order
    (the rows' order), their articles' keys BEFORE, or None (every row written afresh). RENAMED:
    those of ALIGNMENTS that are stored ones under new ids. Returns the rowids written, None when the
    table was written whole."""
    plan = _kept_rows(db, alignments, stored, keys, before, renamed) if stored else None
    if plan is None:
        db.execute("DELETE FROM alignments")
        rowids = range(SPACING, (len(alignments) + 1) * SPACING, SPACING)
        db.conn.executemany(_INSERT, _rows(alignments, rowids, keys))
        return None
    gone, kept_or_new = plan
    db.conn.executemany("DELETE FROM alignments WHERE rowid = ?", ((r,) for r in gone))
    db.conn.executemany(_INSERT, _rows(alignments, kept_or_new, keys))
    return [r for r in kept_or_new if r is not None]


def _rows(alignments: list[Alignment], rowids: Iterable[int | None], keys: Keys) -> Iterator[tuple[Any, ...]]:
    """The rows of ALIGNMENTS, each at its rowid; those whose rowid is None left out (kept as stored)."""
    if not keys:
        return ((r, a.a, a.b, a.score, a.why) for r, a in zip(rowids, alignments, strict=True) if r is not None)
    row = keys.row
    return ((r, row(a.a), row(a.b), a.score, a.why) for r, a in zip(rowids, alignments, strict=True) if r is not None)


def _kept_rows(
    db: sqlite_utils.Database,
    alignments: list[Alignment],
    stored: list[Any],
    keys: Keys,
    before: Keys,
    renamed: RenamedLinks | None,
) -> tuple[list[int], list[int | None]] | None:
    """(the rowids of the stored rows to delete, each of ALIGNMENTS' new rowid: None for one whose
    row is kept); None when every row is to be written afresh (the rows are not STORED's, most of
    them are to go, or a gap between two kept rows is too narrow for the new ones)."""
    places = _kept_places(alignments, stored, keys, before, renamed)
    kept = len(places) - places.count(None)  # distinct: the places kept increase
    if 2 * (len(stored) - kept) >= len(stored):  # a row deleted costs what one written costs; all, nothing
        return None
    # one JSON text, not a Python tuple per row (1.0 -> 0.4 ms for 5,144 rows)
    (text,) = db.execute("SELECT json_group_array(rowid) FROM alignments").fetchone()
    stored_rowids: list[int] = sorted(orjson.loads(text))
    if len(stored_rowids) != len(stored):
        return None
    rowids: list[int | None] = [None] * len(alignments)
    new = [j for j, place in enumerate(places) if place is None]
    for start, end in _runs(new):  # each run of new alignments between two kept rows
        previous, after = places[start - 1] if start else None, places[end] if end < len(places) else None
        count = end - start
        below = stored_rowids[previous] if previous is not None else 0
        above = stored_rowids[after] if after is not None else below + (count + 1) * SPACING
        if above - below <= count:
            return None
        for k in range(count):
            rowids[start + k] = below + (k + 1) * (above - below) // (count + 1)
    gone = set(range(len(stored))).difference(places)
    return [stored_rowids[i] for i in sorted(gone)], rowids


def _runs(indexes: list[int]) -> Iterator[tuple[int, int]]:
    """The runs of consecutive INDEXES (increasing), as (first, last + 1)."""
    start = 0
    for k in range(1, len(indexes) + 1):
        if k == len(indexes) or indexes[k] != indexes[k - 1] + 1:
            yield indexes[start], indexes[k - 1] + 1
            start = k


def _kept_places(
    alignments: list[Alignment], stored: list[Any], keys: Keys, before: Keys, renamed: RenamedLinks | None
) -> list[int | None]:
    """Each of ALIGNMENTS' place in STORED when its row is kept (the very object read, a stored one
    RENAMED, or one that names the same rows; and the kept places increasing, so that the rows stay
    in the analysis's order), else None."""
    place: dict[int, int | None] = dict(zip(map(id, stored), range(len(stored)), strict=True))
    if renamed is not None:  # a renamed one takes the place of the one stored (None: not stored here)
        news, wases = renamed.stored_alignments()
        place.update(zip(map(id, news), map(place.get, map(id, wases)), strict=True))
    places: list[int | None] = list(map(place.get, map(id, alignments)))
    if (keys or before) and None in places:  # e.g. a pair aligned for its facts, made anew (core.pipeline.link)
        taken = set(places)
        rows = {
            (before.row(al.a), before.row(al.b), al.score, al.why): i for i, al in enumerate(stored) if i not in taken
        }
        for j, al in enumerate(alignments):
            if places[j] is None:
                places[j] = rows.get((keys.row(al.a), keys.row(al.b), al.score, al.why))
    found = [p for p in places if p is not None]
    if all(map(operator.lt, found, found[1:])):  # the common case: the stored order, some rows left out
        return places
    kept = _longest_increasing(places)
    return [p if j in kept else None for j, p in enumerate(places)]


def _longest_increasing(places: list[int | None]) -> set[int]:
    """The indexes of a longest increasing subsequence of PLACES (None left out): the most rows an
    update can keep in order. A story that gains an article moves ahead of those of its old size, and
    its alignments found unchanged sit at its old place; keeping rows first come, as met, kept those
    and dropped every story it passed (adding 10 articles spread through 10,000 wrote 25,500 rows
    again; 1,100 now). Patience sorting, O(n log n)."""
    tails: list[int] = []  # the least last place of an increasing run of each length
    ends: list[int] = []  # where in PLACES each of those runs ends
    before = [-1] * len(places)  # the index before each in its run
    for j, p in enumerate(places):
        if p is None:
            continue
        k = bisect_left(tails, p)
        if k == len(tails):
            tails.append(p)
            ends.append(j)
        else:
            tails[k], ends[k] = p, j
        before[j] = ends[k - 1] if k else -1
    kept: set[int] = set()
    j = ends[-1] if ends else -1
    while j >= 0:
        kept.add(j)
        j = before[j]
    return kept
