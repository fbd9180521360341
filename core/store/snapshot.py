"""The analysis's sentences, mentions, alignments and facts kept a second time as JSON texts,
written with their rows in the same transaction and read instead of them on a reopen.

Reading 300,000 rows through the sqlite3 module cost a third of reopening 10,000 articles; JSON
parses in C at about twice the speed (issue 14: reopening 10,000 articles under 2 s). The tables
stay the record (search, notes and verdicts query them); the snapshot is only a faster way to the
same objects, so a snapshot of another format (`FORMAT`), an incomplete or a missing one is ignored
and the tables are read instead.

Each list is kept in texts of `CHUNK_ROWS` records: one `json.loads` holds the interpreter lock
from start to end, and the window reopens a project on a thread beside its GUI thread (one text of
23 MB for 10,000 articles would have frozen the window for its whole parse). A text holds a column
per field: fewer lists to parse than a list per record, and the objects are then built a field at a
time (`core.store.columns.from_columns`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import fields
from itertools import repeat
from operator import attrgetter
from typing import Any

import sqlite_utils

from core.collector import collector_paused
from core.model import Alignment, Analysis, Fact, Frame, Mention, Reason, Sentence
from core.store.columns import from_columns
from core.store.json_text import json_text
from core.store.schema import SCHEMA_VERSION

FORMAT = f"4/{SCHEMA_VERSION}"
"""What wrote a snapshot: its own layout and the schema it mirrors (a later migration that changes
a table leaves the tables to be read until the next save)."""


def _names(cls: type, *left_out: str) -> tuple[str, ...]:
    """The fields of the dataclass CLS, in order, but those LEFT_OUT."""
    return tuple(f.name for f in fields(cls) if f.name not in left_out)


CHUNK_ROWS = 5_000
"""Records per JSON text: about 0.7 MB of mentions, parsed in well under 10 ms."""
REASON_ROWS = 500
"""Distinct reason lists per JSON text: each is a nest of small lists, 5,000 of them (1.8 MB at
10,000 articles) held the interpreter lock 52 ms to write and 71 ms to parse; 500 take 5-7 ms."""
KEPT: dict[str, tuple[type, tuple[str, ...]]] = {
    "sentences": (Sentence, _names(Sentence)),
    "mentions": (Mention, _names(Mention)),
    "alignments": (Alignment, _names(Alignment)),
    "facts": (Fact, _names(Fact, "review")),  # verdicts are read from their own table
    "frames": (Frame, _names(Frame)),
}
"""Each part's class and the fields kept of it, one column each. A mention's frame and a fact's
reasons are kept as their place among the distinct ones (few are distinct: each is read once)."""
PARTS = (*KEPT, "reasons")

Rows = tuple[list[Sentence], list[Mention], list[Alignment], list[Fact]]


def write_snapshot(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Keep ANALYSIS's rows as the snapshot (call inside the transaction that saved them)."""
    with collector_paused():
        frames: dict[Frame, int] = {}
        reasons: dict[tuple[Reason, ...], int] = {}
        places = {"frame": lambda f: frames.setdefault(f, len(frames)),
                  "reasons": lambda r: reasons.setdefault(r, len(reasons))}  # fmt: skip
        records: dict[str, list[Any]] = {
            "sentences": analysis.sentences,
            "mentions": analysis.mentions,
            "alignments": analysis.alignments,
            "facts": analysis.facts,
        }
        texts = [text for part, items in records.items() for text in _texts(part, items, places)]
        texts += _texts("frames", list(frames), places)
        steps = [[(r.code, sorted(r.params)) for r in s] for s in reasons]  # sorted as the tables give them
        starts = _starts(steps, REASON_ROWS)
        texts += [(f"reasons/{n:06d}", json_text(steps[i : i + REASON_ROWS])) for n, i in enumerate(starts)]
    counts = dict.fromkeys(PARTS, 0)
    for name, _text in texts:
        counts[name.split("/")[0]] += 1
    head = {"counts": counts, "fields": {part: fields for part, (_cls, fields) in KEPT.items()}}
    db.execute("DELETE FROM snapshot")
    db.conn.executemany(
        "INSERT INTO snapshot (name, format, rows) VALUES (?, ?, ?)",
        [("analysis", FORMAT, json.dumps(head)), *((name, FORMAT, text) for name, text in texts)],
    )


def _texts(part: str, items: list[Any], places: dict[str, Callable[[Any], int]]) -> list[tuple[str, str]]:
    """PART's records as JSON texts of `CHUNK_ROWS` records, each a list of columns."""
    texts = []
    for n, start in enumerate(_starts(items, CHUNK_ROWS)):
        chunk = items[start : start + CHUNK_ROWS]
        columns = []
        for name in KEPT[part][1]:
            column = map(attrgetter(name), chunk)
            columns.append(list(map(places[name], column) if name in places else column))
        texts.append((f"{part}/{n:06d}", json_text(columns)))
    return texts


def _starts(items: list[Any], rows: int) -> range:
    return range(0, len(items), rows)


def read_snapshot(db: sqlite_utils.Database) -> Rows | None:
    """The snapshot's objects, as loading the tables gives them; None when there is none of this
    FORMAT and these fields, or it is incomplete or damaged."""
    head = db.execute("SELECT rows FROM snapshot WHERE name = 'analysis' AND format = ?", [FORMAT]).fetchone()
    if head is None:
        return None
    try:
        kept = json.loads(head[0])
        if kept["fields"] != {part: list(fields) for part, (_cls, fields) in KEPT.items()}:
            return None  # written by a version whose records had other fields
        columns: dict[str, list[list[Any]]] = {part: [[] for _ in fields] for part, (_cls, fields) in KEPT.items()}
        steps: list[Any] = []
        found = dict.fromkeys(PARTS, 0)
        with collector_paused():
            query = "SELECT name, rows FROM snapshot WHERE name != 'analysis' AND format = ? ORDER BY name"
            for name, text in db.execute(query, [FORMAT]):
                part = name.split("/")[0]
                chunk = json.loads(text)  # a text at a time: the lock is let go between them
                found[part] += 1
                if part == "reasons":
                    steps.extend(chunk)
                    continue
                if len(chunk) != len(columns[part]):
                    return None
                for column, values in zip(columns[part], chunk, strict=True):
                    column.extend(values)
            if found != kept["counts"]:
                return None
            return _objects(columns, steps)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):  # damaged: the tables hold the same
        return None


def _objects(columns: dict[str, list[list[Any]]], steps: list[list[list[Any]]]) -> Rows:
    """The objects of the snapshot's columns, a field at a time (`from_columns`)."""
    frames = _records("frames", columns, {})
    reasons = [tuple(Reason(code, tuple(map(tuple, params))) for code, params in s) for s in steps]
    facts = _records("facts", columns, {"mentions": tuple, "reasons": reasons.__getitem__})
    return (
        _records("sentences", columns, {}),
        _records("mentions", columns, {"frame": frames.__getitem__}),
        _records("alignments", columns, {}),
        facts,
    )


def _records(part: str, columns: dict[str, list[list[Any]]], convert: dict[str, Callable[[Any], Any]]) -> list[Any]:
    """PART's records from its columns, CONVERT applied to the columns it names; fields not kept
    (a fact's review) take their default."""
    cls, names = KEPT[part]
    kept = dict(zip(names, columns[part], strict=True))
    count = len(columns[part][0]) if names else 0
    values: list[Iterable[Any]] = []
    for field in fields(cls):
        name = field.name
        if name not in kept:
            values.append(repeat(field.default, count))
        else:
            values.append(map(convert[name], kept[name]) if name in convert else kept[name])
    return from_columns(cls, count, values)
