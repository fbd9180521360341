"""An `Analysis` to rows and back, in one transaction each way.

Paths are stored relative to the project's folder, so a folder moved or copied with its
`muqabala.sqlite` still opens; they are made absolute again against the folder when loading.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
import os
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path, PurePath
from typing import Any, TypeVar

import sqlite_utils

from core.collector import collector_paused
from core.match.timeline import order_in_time
from core.model import Alignment, Analysis, Document, Fact, Frame, Mention, Problem, Reason, Sentence, Story, Value
from core.store.json_text import json_text
from core.store.renumber import index_new_sentences, keep_rows
from core.store.schema import search_text
from core.store.snapshot import read_snapshot, write_snapshot
from core.store.terms import save_terms

_Item = TypeVar("_Item", Sentence, Mention)


def now() -> str:
    """UTC time as ISO-8601, to the second: when a document or note was added or changed."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@functools.lru_cache(maxsize=1 << 16)
def relative_path(path: str, folder: str | Path) -> str:
    """PATH relative to FOLDER with '/' separators; unchanged when it lies outside the folder.
    Remembered: an update asks it for every article at each of ten steps."""
    prefix = os.path.join(str(folder), "")
    rest = path[len(prefix) :] if path.startswith(prefix) else ""
    if rest and os.path.normpath(rest) == rest:  # the common case, without pathlib's parsing
        return rest.replace(os.sep, "/")
    p = PurePath(path)
    try:
        return p.relative_to(folder).as_posix()
    except ValueError:
        return p.as_posix()


def absolute_path(stored: str, folder: str | Path) -> str:
    """The inverse of `relative_path` (os.path, not pathlib: it runs for every article on every reopen)."""
    return stored if os.path.isabs(stored) else os.path.normpath(os.path.join(str(folder), stored))


def reasons_json(reasons: tuple[Reason, ...]) -> str:
    """A fact's reasons as stored and exported: [[code, {param: value}], ...]."""
    return json_text([[r.code, dict(r.params)] for r in reasons])


def reasons_from_json(text: str) -> tuple[Reason, ...]:
    return tuple(Reason(code, tuple(sorted(params.items()))) for code, params in json.loads(text or "[]"))


BIG_NUMBER = "number:"
"""Prefix of a number stored as text: SQLite integers stop at 2⁶³ («10000000000.5 مليار» is 10¹⁹),
and a value that cannot be stored must not cost the analysis."""
_INT64 = range(-(2**63), 2**63)


def storable_value(value: Value) -> Value:
    """A mention's value as SQLite can hold it: integers beyond 64 bits and non-finite floats as text."""
    if isinstance(value, int) and value not in _INT64:
        return f"{BIG_NUMBER}{value}"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{BIG_NUMBER}{value}"
    return value


def loaded_value(stored: Value) -> Value:
    """The inverse of `storable_value`."""
    if isinstance(stored, str) and stored.startswith(BIG_NUMBER):
        number = stored[len(BIG_NUMBER) :]
        return int(number) if number.lstrip("-").isdigit() else float(number)
    return stored


def get_meta(db: sqlite_utils.Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else default


def set_meta(db: sqlite_utils.Database, **values: str) -> None:
    """Upsert meta keys (call inside a transaction)."""
    db.table("meta").upsert_all([{"key": k, "value": v} for k, v in values.items()], pk="key")


def stored_hashes(db: sqlite_utils.Database) -> dict[str, str]:
    """{relative path: sha256} of the documents in the file."""
    return {str(p): str(h) for p, h in db.execute("SELECT path, sha256 FROM documents")}


def save_analysis(
    db: sqlite_utils.Database,
    analysis: Analysis,
    folder: str | Path,
    *,
    reuse_search: bool = True,
    kept: dict[str, str] | None = None,
) -> None:
    """Replace the stored analysis with ANALYSIS (call inside `db.atomic()`; notes are not touched).

    `added_at` of an article already known (same relative path) is kept; `changed_at` moves
    only when its content hash changed. With REUSE_SEARCH (the same analyser wrote the file), the
    search text of a sentence already stored (same article bytes, same span) is kept, not stemmed again.
    KEPT ({document id in ANALYSIS: its id in the file}) names the articles whose stored document,
    sentences and mentions are ANALYSIS's own but for their ids: those rows are renumbered in place
    (core.store.renumber), the others written.
    """
    stamp = now()
    known = {p: (h, a, c) for p, h, a, c in db.execute("SELECT path, sha256, added_at, changed_at FROM documents")}
    kept = kept or {}
    stemmed: dict[tuple[str, int, int], str] = {}
    hashes = {d.id: d.sha256 for d in analysis.documents}
    have = analysis.search_texts
    wanted = {hashes[s.doc] for s in analysis.sentences if s.doc not in kept and s.id not in have}
    if reuse_search and wanted:  # articles whose search text is not at hand (none in an update)
        stemmed = {
            (h, s, e): t
            for h, s, e, t in db.execute(
                'SELECT d.sha256, s.start, s."end", s.search_text FROM sentences s JOIN documents d ON d.id = s.doc'
                " WHERE d.sha256 IN (SELECT value FROM json_each(?))",
                [json.dumps(sorted(wanted))],
            )
        }
    triggers = _drop_search_triggers(db)  # the index is updated once below, not row by row
    top = 0
    if kept:
        top = keep_rows(db, kept, {d.id: i for i, d in enumerate(analysis.documents)})
    else:
        for table in ("fact_mentions", "facts", "alignments", "mentions", "sentences", "documents", "problems"):
            db.execute(f"DELETE FROM {table}")
    docs: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for position, d in enumerate(analysis.documents):
        if d.id in kept:
            continue
        rel = relative_path(d.path, folder)
        old_hash, added, changed = known.get(rel, ("", stamp, stamp))
        docs.append(
            {
                "id": d.id,
                "position": position,
                "path": rel,
                "sha256": d.sha256,
                "title": d.title,
                "text": d.text,
                "encoding": d.encoding,
                "language": d.language,
                "published": d.published,
                "added_at": added,
                "changed_at": changed if old_hash == d.sha256 else stamp,
            }
        )
        texts[d.id] = d.text
    _insert(db, "documents", docs)
    save_terms(db, analysis, hashes, keep=reuse_search)
    _insert(
        db,
        "sentences",
        (
            {
                "id": s.id,
                "doc": s.doc,
                "idx": s.index,
                "start": s.start,
                "end": s.end,
                "furniture": int(s.furniture),
                "search_text": analysis.search_texts.get(s.id)
                or stemmed.get((hashes[s.doc], s.start, s.end))
                or search_text(texts[s.doc][s.start : s.end]),
            }
            for s in analysis.sentences
            if s.doc not in kept
        ),
    )
    _insert(
        db,
        "mentions",
        (
            {
                "id": m.id,
                "doc": m.doc,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "value": storable_value(m.value),
                "kind": m.kind,
                "qualifier": m.qualifier,
                "counted": m.counted,
                "text": m.text,
                "family": m.family,
                "role": m.frame.role,
                "subject": m.frame.subject,
                "aggregation": m.frame.aggregation,
                "scope": m.frame.scope,
                "part_of": m.frame.part_of,
                "base": m.frame.base,
            }
            for m in analysis.mentions
            if m.doc not in kept
        ),
    )
    # the folder's alignments and facts, written afresh by every save: rows made as tuples
    alignments = ((a.a, a.b, a.score, a.why) for a in analysis.alignments)
    _insert_rows(db, "alignments", ("a", "b", "score", "why"), alignments)
    reasons = functools.lru_cache(maxsize=None)(reasons_json)  # facts of one article share their reasons
    facts = (
        (f.id, i, f.status, f.label, f.explanation, f.counted, f.kind, reasons(f.reasons))
        for i, f in enumerate(analysis.facts)
    )
    _insert_rows(db, "facts", ("id", "position", "status", "label", "explanation", "counted", "kind", "reasons"), facts)
    members = ((f.id, m, i) for f in analysis.facts for i, m in enumerate(f.mentions))
    _insert_rows(db, "fact_mentions", ("fact", "mention", "position"), members)
    _insert(db, "problems", ({"path": p.path, "message": p.message, "severity": p.severity} for p in analysis.problems))
    if kept:
        index_new_sentences(db, top)
    else:
        db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
    for sql in triggers:
        db.execute(sql)
    write_snapshot(db, analysis)
    set_meta(
        db,
        folder=str(Path(folder).resolve()),
        saved_at=stamp,
        complete="1",
        timings=json.dumps(analysis.timings),
        stories=json.dumps([[s.id, s.label, list(s.documents)] for s in analysis.stories], ensure_ascii=False),
    )


def _insert(db: sqlite_utils.Database, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Insert ROWS (dicts with the same keys) with one prepared statement: sqlite-utils' `insert_all`
    spent more time building its queries than SQLite spent writing (issue 14)."""
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return
    columns = list(first)
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    values = operator.itemgetter(*columns)  # every table has several columns: a tuple, made in C
    db.conn.executemany(sql, map(values, itertools.chain([first], it)))


def _insert_rows(
    db: sqlite_utils.Database, table: str, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]
) -> None:
    """Insert ROWS (tuples of the COLUMNS' values) with one prepared statement."""
    names = ", ".join(f'"{c}"' for c in columns)
    db.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})', rows)


def _drop_search_triggers(db: sqlite_utils.Database) -> list[str]:
    """Drop the triggers that keep the full-text index in step with `sentences`; their SQL, to put them back.

    A save replaces every sentence: one FTS5 `rebuild` costs a quarter of updating the index row
    by row (issue 14: 1.2 s against 4 s at 10,000 articles)."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sentences'"
    ).fetchall()
    for name, _sql in rows:
        db.execute(f'DROP TRIGGER "{name}"')
    return [str(sql) for _name, sql in rows]


def _in_document_order(items: list[_Item], documents: list[Document]) -> list[_Item]:
    """ITEMS (each article's in their order) with the articles in the folder's order (C-level maps
    and sorts: it runs on every reopen)."""
    place = {d.id: i for i, d in enumerate(documents)}
    places = list(map(place.__getitem__, map(operator.attrgetter("doc"), items)))
    if places == sorted(places):
        return items  # as saved: the common case
    return list(map(items.__getitem__, sorted(range(len(items)), key=places.__getitem__)))


def load_analysis(db: sqlite_utils.Database, folder: str | Path, *, reorder: bool = True) -> Analysis:
    """The stored analysis, paths made absolute against FOLDER; `timings["load"]` says how long it took.

    REORDER: the conflicts' time order is derived again from the stored times (a file saved by
    another analyser); False when this one saved it (a tenth of reopening 10,000 articles)."""
    with collector_paused():
        return _load_analysis(db, folder, reorder)


def _load_analysis(db: sqlite_utils.Database, folder: str | Path, reorder: bool) -> Analysis:
    t0 = time.perf_counter()
    analysis = Analysis(folder=str(folder))
    analysis.documents = [
        Document(i, absolute_path(p, folder), t, x, e, lang, h, published)
        for i, p, t, x, e, lang, h, published in db.execute(
            "SELECT id, path, title, text, encoding, language, sha256, published FROM documents ORDER BY position"
        )
    ]
    snapshot = read_snapshot(db)
    if snapshot is not None:
        analysis.sentences, analysis.mentions, analysis.alignments, analysis.facts = snapshot
    else:
        _read_tables(db, analysis)
    analysis.problems = [
        Problem(p, m, s) for p, m, s in db.execute("SELECT path, message, severity FROM problems ORDER BY rowid")
    ]
    analysis.stories = [Story(i, label, tuple(docs)) for i, label, docs in json.loads(get_meta(db, "stories", "[]"))]
    if reorder:
        order_in_time(analysis)  # derived from the stored times: recomputed, so it is never stale
    analysis.timings = {"load": time.perf_counter() - t0}
    return analysis


def _read_tables(db: sqlite_utils.Database, analysis: Analysis) -> None:
    """Sentences, mentions, alignments and facts from their tables (a file without a snapshot)."""
    analysis.sentences = [
        Sentence(i, d, idx, s, e, bool(f))
        for i, d, idx, s, e, f in db.execute('SELECT id, doc, idx, start, "end", furniture FROM sentences ORDER BY num')
    ]
    frames: dict[tuple[str, ...], Frame] = {}  # few distinct frames: one object each, not one per mention
    analysis.mentions = [
        Mention(
            i,
            doc,
            sentence,
            start,
            end,
            loaded_value(value) if value.__class__ is str else value,  # a call per mention costs a tenth
            kind,
            qualifier,
            counted,
            text,
            frames.get(frame) or frames.setdefault(frame, Frame(*frame)),
            family=family,
        )
        for i, doc, sentence, start, end, value, kind, qualifier, counted, text, family, *cells in db.execute(
            'SELECT id, doc, sentence, start, "end", value, kind, qualifier, counted, text, family,'
            " role, subject, aggregation, scope, part_of, base FROM mentions ORDER BY rowid"
        )
        for frame in (tuple(cells),)
    ]
    if len(analysis.documents) > 1:  # an update in place adds rows after those of later articles
        analysis.sentences = _in_document_order(analysis.sentences, analysis.documents)
        analysis.mentions = _in_document_order(analysis.mentions, analysis.documents)
    analysis.alignments = [
        Alignment(*row) for row in db.execute("SELECT a, b, score, why FROM alignments ORDER BY rowid")
    ]
    members: dict[str, list[str]] = {}
    for fact, mention in db.execute("SELECT fact, mention FROM fact_mentions ORDER BY fact, position"):
        members.setdefault(fact, []).append(mention)
    reasons_of: dict[str, tuple[Reason, ...]] = {}  # facts of one article share theirs
    analysis.facts = [
        Fact(
            i,
            status,
            tuple(members.get(i, ())),
            label,
            why,
            counted,
            kind,
            reasons_of[reasons]
            if reasons in reasons_of
            else reasons_of.setdefault(reasons, reasons_from_json(reasons)),
        )
        for i, status, label, why, counted, kind, reasons in db.execute(
            "SELECT id, status, label, explanation, counted, kind, reasons FROM facts ORDER BY position"
        )
    ]
