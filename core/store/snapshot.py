"""The analysis's sentences, mentions, alignments and facts kept a second time as JSON texts,
written with their rows in the same transaction and read instead of them on a reopen.

Reading 300,000 rows through the sqlite3 module cost a third of reopening 10,000 articles; JSON
parses in C at about twice the speed (issue 14: reopening 10,000 articles under 2 s). The tables
stay the record (search, notes and verdicts query them); the snapshot is only a faster way to the
same objects, so a snapshot of another format (`FORMAT`), an incomplete or a missing one is ignored
and the tables are read instead.

Each list is kept in texts of `CHUNK_ROWS` records: one `json.loads` holds the interpreter lock
from start to end, and the window reopens a project on a thread beside its GUI thread (one text of
23 MB for 10,000 articles would have frozen the window for its whole parse).
"""

from __future__ import annotations

import json
from itertools import starmap
from typing import Any

import sqlite_utils

from core.collector import collector_paused
from core.model import Alignment, Analysis, Fact, Frame, Mention, Reason, Sentence
from core.store.schema import SCHEMA_VERSION

FORMAT = f"3/{SCHEMA_VERSION}"
"""What wrote a snapshot: its own layout and the schema it mirrors (a later migration that changes
a table leaves the tables to be read until the next save)."""
CHUNK_ROWS = 5_000
"""Records per JSON text: about 0.7 MB of mentions, parsed in well under 10 ms."""
PARTS = ("sentences", "mentions", "alignments", "facts", "frames", "reasons")

Rows = tuple[list[Sentence], list[Mention], list[Alignment], list[Fact]]


def write_snapshot(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Keep ANALYSIS's rows as the snapshot (call inside the transaction that saved them). Mentions
    and facts name their frame and reasons by their place in a list of the distinct ones: few
    frames and reasons are distinct, so each is read once."""
    with collector_paused():  # a tuple per row
        frames: dict[Frame, int] = {}
        reasons: dict[tuple[Reason, ...], int] = {}
        rows: tuple[list[Any], ...] = (
            [(s.id, s.doc, s.index, s.start, s.end, s.furniture) for s in analysis.sentences],
            [
                (m.id, m.doc, m.sentence, m.start, m.end, m.value, m.kind, m.qualifier, m.counted, m.text, m.family,
                 frames.setdefault(m.frame, len(frames)))
                for m in analysis.mentions
            ],
            [(a.a, a.b, a.score, a.why) for a in analysis.alignments],
            [
                (f.id, f.status, f.mentions, f.label, f.explanation, f.counted, f.kind,
                 reasons.setdefault(f.reasons, len(reasons)))
                for f in analysis.facts
            ],
            [(f.role, f.subject, f.aggregation, f.scope, f.part_of, f.base) for f in frames],
            [[(r.code, sorted(r.params)) for r in steps] for steps in reasons],  # sorted as the tables give them
        )  # fmt: skip
        texts = [
            (f"{part}/{n:06d}", _json(records[start : start + CHUNK_ROWS]))
            for part, records in zip(PARTS, rows, strict=True)
            for n, start in enumerate(range(0, len(records), CHUNK_ROWS))
        ]
    counts = {part: -(-len(records) // CHUNK_ROWS) for part, records in zip(PARTS, rows, strict=True)}
    db.execute("DELETE FROM snapshot")
    db.conn.executemany(
        "INSERT INTO snapshot (name, format, rows) VALUES (?, ?, ?)",
        [("analysis", FORMAT, json.dumps(counts)), *((name, FORMAT, text) for name, text in texts)],
    )


def _json(records: list[Any]) -> str:
    return json.dumps(records, ensure_ascii=False, separators=(",", ":"))


def read_snapshot(db: sqlite_utils.Database) -> Rows | None:
    """The snapshot's objects, as loading the tables gives them; None when there is none of this
    FORMAT, or it is incomplete or damaged."""
    head = db.execute("SELECT rows FROM snapshot WHERE name = 'analysis' AND format = ?", [FORMAT]).fetchone()
    if head is None:
        return None
    try:
        counts = json.loads(head[0])
        parts: dict[str, list[Any]] = {part: [] for part in PARTS}
        found = dict.fromkeys(PARTS, 0)
        with collector_paused():
            query = "SELECT name, rows FROM snapshot WHERE name != 'analysis' AND format = ? ORDER BY name"
            for name, text in db.execute(query, [FORMAT]):
                part = name.split("/")[0]
                parts[part].extend(json.loads(text))  # a text at a time: the lock is let go between them
                found[part] += 1
            if found != {part: counts[part] for part in PARTS}:
                return None
            return _objects(*(parts[part] for part in PARTS))
    except (ValueError, TypeError, IndexError, KeyError):  # damaged: the tables hold the same
        return None


def _objects(
    sentences: list[list[Any]],
    mentions: list[list[Any]],
    alignments: list[list[Any]],
    facts: list[list[Any]],
    frame_rows: list[list[Any]],
    reason_rows: list[list[list[Any]]],
) -> Rows:
    """The objects of the snapshot's rows."""
    frames = [Frame(*cells) for cells in frame_rows]
    reasons = [tuple(Reason(code, tuple(map(tuple, params))) for code, params in steps) for steps in reason_rows]
    return (
        [Sentence(i, d, idx, s, e, f) for i, d, idx, s, e, f in sentences],
        [
            Mention(i, doc, sent, s, e, value, kind, qualifier, counted, text, frames[frame], family)
            for i, doc, sent, s, e, value, kind, qualifier, counted, text, family, frame in mentions
        ],
        list(starmap(Alignment, alignments)),
        [
            Fact(i, status, tuple(members), label, why, counted, kind, reasons[k])
            for i, status, members, label, why, counted, kind, k in facts
        ],
    )
