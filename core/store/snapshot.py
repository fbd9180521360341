"""The analysis's sentences, mentions, alignments and facts kept a second time as one JSON text,
written with their rows in the same transaction and read instead of them on a reopen.

Reading 300,000 rows through the sqlite3 module cost a third of reopening 10,000 articles; one
JSON text parses in C at about twice the speed (issue 14: reopening 10,000 articles under 2 s).
The tables stay the record (search, notes and verdicts query them); the snapshot is only a faster
way to the same objects, so a snapshot of another format (`FORMAT`) or a missing one is ignored
and the tables are read instead.
"""

from __future__ import annotations

import json
from itertools import starmap
from typing import Any

import sqlite_utils

from core.collector import collector_paused
from core.model import Alignment, Analysis, Fact, Frame, Mention, Reason, Sentence
from core.store.schema import SCHEMA_VERSION

FORMAT = f"1/{SCHEMA_VERSION}"
"""What wrote a snapshot: its own layout and the schema it mirrors (a later migration that changes
a table leaves the tables to be read until the next save)."""

Rows = tuple[list[Sentence], list[Mention], list[Alignment], list[Fact]]


def write_snapshot(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Keep ANALYSIS's rows as the snapshot (call inside the transaction that saved them)."""
    with collector_paused():  # a tuple per row
        rows = (
            [(s.id, s.doc, s.index, s.start, s.end, s.furniture) for s in analysis.sentences],
            [
                (m.id, m.doc, m.sentence, m.start, m.end, m.value, m.kind, m.qualifier, m.counted, m.text, m.family,
                 m.frame.role, m.frame.subject, m.frame.aggregation, m.frame.scope, m.frame.part_of, m.frame.base)
                for m in analysis.mentions
            ],
            [(a.a, a.b, a.score, a.why) for a in analysis.alignments],
            [
                (f.id, f.status, f.mentions, f.label, f.explanation, f.counted, f.kind,
                 [(r.code, dict(r.params)) for r in f.reasons])
                for f in analysis.facts
            ],
        )  # fmt: skip
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    db.execute("INSERT OR REPLACE INTO snapshot (name, format, rows) VALUES ('analysis', ?, ?)", [FORMAT, text])


def read_snapshot(db: sqlite_utils.Database) -> Rows | None:
    """The snapshot's objects, as loading the tables gives them; None when there is none of this FORMAT."""
    row = db.execute("SELECT rows FROM snapshot WHERE name = 'analysis' AND format = ?", [FORMAT]).fetchone()
    if row is None:
        return None
    try:
        with collector_paused():
            return _objects(*json.loads(row[0]))
    except (ValueError, TypeError):  # damaged: the tables hold the same
        return None


def _objects(
    sentences: list[list[Any]], mentions: list[list[Any]], alignments: list[list[Any]], facts: list[list[Any]]
) -> Rows:
    """The objects of the snapshot's rows."""
    frames: dict[tuple[str, ...], Frame] = {}  # few distinct frames: one object each
    reasons: dict[tuple[str, tuple[tuple[str, str], ...]], Reason] = {}  # and few distinct reasons
    return (
        [Sentence(i, d, idx, s, e, f) for i, d, idx, s, e, f in sentences],
        [
            Mention(i, doc, sent, s, e, value, kind, qualifier, counted, text,
                    frames.get(frame) or frames.setdefault(frame, Frame(*frame)), family)
            for i, doc, sent, s, e, value, kind, qualifier, counted, text, family, *cells in mentions
            for frame in (tuple(cells),)
        ],
        list(starmap(Alignment, alignments)),
        [
            Fact(i, status, tuple(members), label, why, counted, kind,
                 tuple(reasons.get(key) or reasons.setdefault(key, Reason(*key))
                       for code, params in steps for key in ((code, tuple(sorted(params.items()))),)))
            for i, status, members, label, why, counted, kind, steps in facts
        ],
    )  # fmt: skip
