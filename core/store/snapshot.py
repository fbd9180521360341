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
time (`core.columns.from_columns`).

A text orjson can write is kept as its UTF-8 bytes and parsed by orjson: neither side encodes or
decodes it again (a fifth of reading a snapshot). One it cannot (an integer beyond 64 bits, a NaN)
is kept as text and parsed by json, which reads those back as they were (orjson would read a big
integer as a float). Frames and reasons are kept once each and referred to by place; the places are
found by C-level maps over tuples of their fields, not by a dataclass's Python-level hash.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import fields
from functools import partial
from itertools import chain, islice, repeat
from operator import attrgetter, itemgetter
from typing import Any

import orjson
import sqlite_utils

from core.collector import collector_paused
from core.columns import from_columns
from core.model import Alignment, Analysis, Fact, Frame, Mention, Reason, Sentence
from core.store.kept_texts import Read, leading, noted, text_name
from core.store.renamed import kept_columns, moved, renamed_parts
from core.store.schema import SCHEMA_VERSION

FORMAT = f"5/{SCHEMA_VERSION}"
"""What wrote a snapshot: its own layout and the schema it mirrors (a later migration that changes
a table leaves the tables to be read until the next save)."""


def _names(cls: type, *left_out: str) -> tuple[str, ...]:
    """The fields of the dataclass CLS, in order, but those LEFT_OUT."""
    return tuple(f.name for f in fields(cls) if f.name not in left_out)


CHUNK_ROWS = 1_000
"""Records per JSON text: about 0.14 MB of mentions (5,000 made 0.7 MB). An update keeps the leading
texts whose records it did not change (core.store.kept_texts): with 5,000, the 4,400 mentions of
1,000 articles were one text, and the last text of a part always changes."""
REASON_ROWS = 500
"""Distinct reasons per JSON text: each holds a nest of small lists (its params), and 5,000 nests
in one text held the interpreter lock 52 ms to write and 71 ms to parse; 500 take 5-7 ms."""
KEPT: dict[str, tuple[type, tuple[str, ...]]] = {
    "sentences": (Sentence, _names(Sentence)),
    "mentions": (Mention, _names(Mention)),
    "alignments": (Alignment, _names(Alignment)),
    "facts": (Fact, _names(Fact, "review")),  # verdicts are read from their own table
    "frames": (Frame, _names(Frame)),
    "reasons": (Reason, _names(Reason)),
}
"""Each part's class and the fields kept of it, one column each. A mention's frame is kept as its
place among the distinct frames; a fact's reasons as their place among the distinct lists of
reasons ("reason_lists": each a list of places among the distinct reasons, "reasons")."""
PARTS = (*KEPT, "reason_lists")
_FRAME = attrgetter(*_names(Frame))
_REASON = attrgetter(*_names(Reason))
_FRAME_AT = KEPT["mentions"][1].index("frame")
_REASONS_AT = KEPT["facts"][1].index("reasons")

Rows = tuple[list[Sentence], list[Mention], list[Alignment], list[Fact]]


def write_snapshot(db: sqlite_utils.Database, analysis: Analysis, read: Read) -> None:
    """Keep ANALYSIS's rows as the snapshot (call inside the transaction that saved them). READ: what
    the update's load noted (`read_snapshot`; empty for any other save): the leading texts whose
    records are unchanged are kept.

    Every C-level map runs over one text's records at most: it holds the interpreter lock from start
    to end (the frames of 44,000 mentions at once held it 9 ms)."""
    kept: list[str] = []  # the names of the texts kept as stored
    with collector_paused():
        frames: dict[tuple[Any, ...], int] = {}
        lists: dict[tuple[Any, ...], int] = {}  # a fact's reasons, as tuples of each reason's fields
        texts: list[tuple[str, bytes | str]] = []
        for part in ("sentences", "mentions", "alignments", "facts"):
            items = getattr(analysis, part)
            # facts: each text is written, their reasons' places are found as they are (ids move anyway)
            lead = leading(read, part, items, CHUNK_ROWS) if part != "facts" else 0
            if part == "mentions" and lead and not _frames_met(items[: lead * CHUNK_ROWS], frames):
                lead = 0
            kept += (text_name(part, n) for n in range(lead))
            for n, start in enumerate(range(lead * CHUNK_ROWS, len(items), CHUNK_ROWS), lead):
                columns = [list(map(attrgetter(name), items[start : start + CHUNK_ROWS])) for name in KEPT[part][1]]
                if part == "mentions":
                    columns[_FRAME_AT] = _placed(list(map(_FRAME, columns[_FRAME_AT])), frames)
                elif part == "facts":
                    columns[_REASONS_AT] = _placed(_reason_keys(columns[_REASONS_AT]), lists)
                texts.append((text_name(part, n), _encoded(columns)))
        texts += _texts("frames", [list(column) for column in zip(*frames, strict=True)] or [[] for _ in _names(Frame)])
        reasons: dict[tuple[Any, ...], int] = {}
        steps: list[list[int]] = []
        distinct_lists = list(lists)
        for start in range(0, len(distinct_lists), CHUNK_ROWS):
            block = distinct_lists[start : start + CHUNK_ROWS]
            flat = iter(_placed(list(chain.from_iterable(block)), reasons))
            steps += map(list, map(islice, repeat(flat), map(len, block)))
        texts += _texts("reason_lists", [steps])
        distinct = list(reasons)
        for n, start in enumerate(range(0, len(distinct), REASON_ROWS)):
            block = distinct[start : start + REASON_ROWS]
            params = list(map(sorted, map(itemgetter(1), block)))  # sorted, as the tables give them
            texts.append((f"reasons/{n:06d}", _encoded([list(map(itemgetter(0), block)), params])))
    counts = dict.fromkeys(PARTS, 0)
    for name in chain(kept, map(itemgetter(0), texts)):
        counts[name.split("/")[0]] += 1
    head = {"counts": counts, "fields": {part: fields for part, (_cls, fields) in KEPT.items()}}
    db.execute("DELETE FROM snapshot WHERE name NOT IN (SELECT value FROM json_each(?))", [json.dumps(kept)])
    db.conn.executemany(
        "INSERT INTO snapshot (name, format, rows) VALUES (?, ?, ?)",
        [("analysis", FORMAT, json.dumps(head)), *((name, FORMAT, text) for name, text in texts)],
    )


def _frames_met(mentions: list[Mention], frames: dict[tuple[Any, ...], int]) -> bool:
    """Place in FRAMES (empty) the frames of MENTIONS in the order first met, as writing them would;
    False (FRAMES left empty) when two of their frame objects hold the same fields. Read from a
    snapshot, each stored frame is one object: first met by identity, C-level hashing of ints."""
    column = list(map(attrgetter("frame"), mentions))
    distinct = list(dict(zip(map(id, column), column, strict=True)).values())
    _placed(list(map(_FRAME, distinct)), frames)
    if len(frames) == len(distinct):
        return True
    frames.clear()
    return False


def _placed(keys: list[Any], places: dict[Any, int]) -> list[int]:
    """Each of KEYS' place in PLACES, the keys not yet in it added in the order first met."""
    for key in dict.fromkeys(keys):
        if key not in places:
            places[key] = len(places)
    return list(map(places.__getitem__, keys))


def _reason_keys(column: list[tuple[Reason, ...]]) -> list[tuple[Any, ...]]:
    """Each fact's reasons as a tuple of each reason's fields (C-level hashing, not a dataclass's
    Python-level one); facts of one article share one tuple, whose fields are taken once."""
    by_id = dict(zip(map(id, column), column, strict=True))
    fields_of = dict(zip(by_id, map(tuple, map(partial(map, _REASON), by_id.values())), strict=True))
    return list(map(fields_of.__getitem__, map(id, column)))


def _texts(part: str, columns: list[list[Any]]) -> list[tuple[str, bytes | str]]:
    """PART's COLUMNS as JSON texts of `CHUNK_ROWS` records each (`REASON_ROWS` for "reasons")."""
    rows = REASON_ROWS if part == "reasons" else CHUNK_ROWS
    starts = range(0, len(columns[0]), rows)
    return [(f"{part}/{n:06d}", _encoded([c[i : i + rows] for c in columns])) for n, i in enumerate(starts)]


def _encoded(value: Any) -> bytes | str:
    """VALUE as orjson's UTF-8 bytes; as json's text when orjson refuses it (an integer beyond 64
    bits) or writes a null (a NaN or an infinity would not read back)."""
    try:
        out = orjson.dumps(value)
    except orjson.JSONEncodeError:
        return _json(value)
    return _json(value) if b"null" in out else out


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _parsed(text: bytes | str) -> Any:
    """A text of `_encoded`: bytes by orjson, text by json (it reads back big integers and NaN)."""
    return orjson.loads(text) if text.__class__ is bytes else json.loads(text)


def read_snapshot(
    db: sqlite_utils.Database, renamed: dict[str, str] | None = None, read_log: Read | None = None
) -> Rows | None:
    """The snapshot's objects, as loading the tables gives them; None when there is none of this
    FORMAT and these fields, or it is incomplete or damaged. RENAMED ({stored document id: new id}):
    only the sentences and mentions of those articles, under their new ids (core.store.renamed).
    READ_LOG (an update's load, RENAMED given): filled with which records came from which text, for
    its save to keep the texts it leaves unchanged (core.store.kept_texts)."""
    head = db.execute("SELECT rows FROM snapshot WHERE name = 'analysis' AND format = ?", [FORMAT]).fetchone()
    if head is None:
        return None
    try:
        kept = json.loads(head[0])
        if kept["fields"] != {part: list(fields) for part, (_cls, fields) in KEPT.items()}:
            return None  # written by a version whose records had other fields
        columns: dict[str, list[list[Any]]] = {part: [[] for _ in fields] for part, (_cls, fields) in KEPT.items()}
        columns["reason_lists"] = [[]]
        found = dict.fromkeys(PARTS, 0)
        read: dict[str, list[tuple[str, int]]] = {part: [] for part in PARTS}  # each text's name and size
        with collector_paused():
            query = "SELECT name, rows FROM snapshot WHERE name != 'analysis' AND format = ? ORDER BY name"
            for name, text in db.execute(query, [FORMAT]):
                part = name.split("/")[0]
                chunk = _parsed(text)  # a text at a time: the lock is let go between them
                found[part] += 1
                if len(chunk) != len(columns[part]):
                    return None
                read[part].append((name, len(chunk[0])))
                if part == "reasons":  # [[name, value], ...] back to pairs, a text's at a time
                    chunk[1] = list(map(tuple, map(partial(map, tuple), chunk[1])))
                for column, values in zip(columns[part], chunk, strict=True):
                    column.extend(values)
            if found != kept["counts"]:
                return None
            olds = None  # each kept mention's stored document id, when articles were renamed
            if renamed is not None:
                columns["sentences"], _olds = kept_columns(columns["sentences"], KEPT["sentences"][1], renamed, ("id",))
                names = KEPT["mentions"][1]
                columns["mentions"], olds = kept_columns(columns["mentions"], names, renamed, ("id", "sentence"))
                olds = olds if moved(renamed) else None
            rows = _objects(columns, olds)
            if renamed is not None and read_log is not None:
                read_log.update(noted(_as_read(rows, read, moved(renamed))))
            return rows
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):  # damaged: the tables hold the same
        return None


def _as_read(rows: Rows, texts: dict[str, list[tuple[str, int]]], renamed: bool) -> Read:
    """What `kept_texts.noted` is given of an update's load: the alignments and facts, as stored (for
    their rows: core.store.alignment_rows, core.store.fact_rows); the sentences and mentions unless
    RENAMED (their records then hold other ids than their texts)."""
    parts: dict[str, list[Any]] = {"alignments": rows[2], "facts": rows[3]}
    if not renamed:
        parts.update(sentences=rows[0], mentions=rows[1])
    return {part: (records, texts[part]) for part, records in parts.items()}


def _objects(columns: dict[str, list[list[Any]]], olds: list[str] | None) -> Rows:
    """The objects of the snapshot's columns, a field at a time (`from_columns`). OLDS: each mention's
    stored document id, when they were renamed (a frame that names a mention of its own article is
    renamed with it)."""
    frames = _records("frames", columns, {})
    if olds is not None:
        mentions = columns["mentions"]
        news = mentions[KEPT["mentions"][1].index("doc")]
        mentions[_FRAME_AT] = renamed_parts(mentions[_FRAME_AT], frames, olds, news)
    reasons = _records("reasons", columns, {})
    places = columns["reason_lists"][0]
    lists: list[tuple[Reason, ...]] = []
    for start in range(0, len(places), CHUNK_ROWS):  # a C-level map at a time holds the lock
        lists += map(tuple, map(partial(map, reasons.__getitem__), places[start : start + CHUNK_ROWS]))
    facts = _records("facts", columns, {"mentions": tuple, "reasons": lists.__getitem__})
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
