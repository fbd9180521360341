"""The researcher's verdicts and per-article publication times, as stored in the project file.

Verdicts have no foreign keys (like notes): facts and mentions are replaced on every re-analysis,
and a verdict is anchored to the text instead (`core.match.verdicts.MentionAnchor`), so it is
re-applied to whatever the next analysis finds, or listed as orphaned — never deleted by it.
Every write is one committed transaction: a verdict whose call returned survives a crash.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from core.match.verdicts import KINDS, MentionAnchor, Verdict, VerdictKind
from core.store.records import now

_COLUMNS = "id, kind, anchor, other, label, created_at"


def _anchors(text: str) -> tuple[MentionAnchor, ...]:
    return tuple(MentionAnchor(*a) for a in json.loads(text))


def _dump(anchors: tuple[MentionAnchor, ...]) -> str:
    return json.dumps([[a.doc, a.start, a.end, a.text, a.before, a.after] for a in anchors], ensure_ascii=False)


def _verdict(row: tuple[Any, ...]) -> Verdict:
    i, kind, anchor, other, label, created = row
    return Verdict(int(i), kind, _anchors(anchor), _anchors(other), label, created)


def add_verdict(
    db: sqlite_utils.Database,
    kind: VerdictKind,
    anchor: tuple[MentionAnchor, ...],
    other: tuple[MentionAnchor, ...] = (),
    label: str = "",
) -> Verdict:
    """Store a verdict, committed before returning."""
    if kind not in KINDS:
        raise ValueError(f"unknown verdict {kind!r}")
    with db.atomic():
        db.execute(
            "INSERT INTO verdicts (kind, anchor, other, label, created_at) VALUES (?, ?, ?, ?, ?)",
            [kind, _dump(anchor), _dump(other), label, now()],
        )
        verdict_id = db.execute("SELECT last_insert_rowid()").fetchone()[0]
    return get_verdict(db, int(verdict_id))


def get_verdict(db: sqlite_utils.Database, verdict_id: int) -> Verdict:
    row = db.execute(f"SELECT {_COLUMNS} FROM verdicts WHERE id = ?", [verdict_id]).fetchone()
    if row is None:
        raise KeyError(verdict_id)
    return _verdict(row)


def delete_verdict(db: sqlite_utils.Database, verdict_id: int) -> dict[str, Any]:
    """Delete a verdict (undo, or the user withdrew it); returns the row for `restore_verdict`."""
    with db.atomic():
        cursor = db.execute("SELECT * FROM verdicts WHERE id = ?", [verdict_id])
        row = cursor.fetchone()
        if row is None:
            raise KeyError(verdict_id)
        db.execute("DELETE FROM verdicts WHERE id = ?", [verdict_id])
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def restore_verdict(db: sqlite_utils.Database, row: dict[str, Any]) -> Verdict:
    """Put back a row `delete_verdict` returned: same id, so the same order of application."""
    with db.atomic():
        db.table("verdicts").insert(row)
    return get_verdict(db, int(row["id"]))


def list_verdicts(db: sqlite_utils.Database) -> list[Verdict]:
    """Every verdict, in the order given."""
    return [_verdict(row) for row in db.execute(f"SELECT {_COLUMNS} FROM verdicts ORDER BY id")]


def published_times(db: sqlite_utils.Database) -> dict[str, str]:
    """{relative path: ISO time} the researcher set per article."""
    return dict(db.execute("SELECT doc_path, published FROM published_set").fetchall())


def set_published(db: sqlite_utils.Database, doc_path: str, published: str) -> None:
    """Set (or with "" clear) an article's publication time, committed."""
    with db.atomic():
        if published:
            db.execute(
                "INSERT INTO published_set (doc_path, published) VALUES (?, ?) "
                "ON CONFLICT(doc_path) DO UPDATE SET published = excluded.published",
                [doc_path, published],
            )
        else:
            db.execute("DELETE FROM published_set WHERE doc_path = ?", [doc_path])
