"""Rows back to an `Analysis` (core.store.save writes them), and what both directions share: paths,
values, reasons and meta as stored.

Paths are stored relative to the project's folder, so a folder moved or copied with its
`muqabala.sqlite` still opens; they are made absolute again against the folder when loading.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import os
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from itertools import repeat
from pathlib import Path, PurePath
from typing import TypeVar

import sqlite_utils

from core.collector import collector_paused, paused_collector
from core.columns import from_columns
from core.ids import document_ids
from core.match.fact_order import number_facts
from core.match.timeline import order_in_time
from core.model import Alignment, Analysis, Document, Fact, Frame, Mention, Problem, Reason, Sentence, Story, Value
from core.store.json_text import json_text
from core.store.kept_texts import Read
from core.store.keys import Keys, read_keys
from core.store.renamed import renamed_records
from core.store.snapshot import read_snapshot

_Item = TypeVar("_Item", Sentence, Mention)


def now() -> str:
    """UTC time as ISO-8601, to the second: when a document or note was added or changed."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@functools.lru_cache(maxsize=1 << 16)
def relative_path(path: str, folder: str | Path) -> str:
    """PATH relative to FOLDER with '/' separators; unchanged when it lies outside the folder.
    Remembered: an update asks it for every article at each of ten steps."""
    prefix = _prefix(folder)
    rest = path[len(prefix) :] if path.startswith(prefix) else ""
    if rest and os.path.normpath(rest) == rest:  # the common case, without pathlib's parsing
        return rest.replace(os.sep, "/")
    p = PurePath(path)
    try:
        return p.relative_to(folder).as_posix()
    except ValueError:
        return p.as_posix()


@functools.lru_cache(maxsize=64)
def _prefix(folder: str | Path) -> str:
    """FOLDER with a separator after it (a Python-level os.path.join: taken once per folder, not per file)."""
    return os.path.join(str(folder), "")


def absolute_path(stored: str, folder: str | Path) -> str:
    """The inverse of `relative_path` (os.path, not pathlib: it runs for every article on every reopen)."""
    return stored if os.path.isabs(stored) else os.path.normpath(os.path.join(str(folder), stored))


_NOT_PLAIN = ("\0/", "//", "/.", "\0.", "/\0", "\0\0")
"""What a stored path that `os.path.normpath` would change, or an absolute one, holds somewhere in
the paths joined by NULs (which no file name holds), a NUL before the first and after the last; a
name that starts with a dot (".." or "."; hidden files are not read) is taken one at a time too."""


def absolute_paths(stored: Sequence[str], folder: str | Path) -> list[str]:
    """`absolute_path` of each of STORED: the folder joined in C to every one when all are plain
    relative paths ("sub/a.txt": what a project keeps), as on POSIX under a folder written plainly;
    else one at a time (a call each was a tenth of loading an update's documents)."""
    where = str(folder)
    if os.sep == "/" and os.altsep is None and where not in (".", "") and os.path.normpath(where) == where:
        joined = "\0" + "\0".join(stored) + "\0"
        if joined.count("\0") == len(stored) + 1 and not any(bad in joined for bad in _NOT_PLAIN):
            return list(map(operator.add, repeat(os.path.join(where, "")), stored))
    return [absolute_path(path, where) for path in stored]


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


def _in_document_order(items: list[_Item], documents: list[Document]) -> list[_Item]:
    """ITEMS (each article's in their order) with the articles in the folder's order (C-level maps
    and sorts: it runs on every reopen)."""
    place = {d.id: i for i, d in enumerate(documents)}
    places = list(map(place.__getitem__, map(operator.attrgetter("doc"), items)))
    if places == sorted(places):
        return items  # as saved: the common case
    return list(map(items.__getitem__, sorted(range(len(items)), key=places.__getitem__)))


def load_analysis(
    db: sqlite_utils.Database,
    folder: str | Path,
    *,
    reorder: bool = True,
    head: Analysis | None = None,
    renamed: dict[str, str] | None = None,
    read_log: Read | None = None,
) -> Analysis:
    """The stored analysis, paths made absolute against FOLDER; `timings["load"]` says how long it took.

    REORDER: the conflicts' time order is derived again from the stored times (a file saved by
    another analyser); False when this one saved it (a tenth of reopening 10,000 articles).
    HEAD: its documents, problems and stories as `load_head` gave them, completed here. RENAMED
    ({stored document id: new id}; an update, once it knows its articles' ids): only the sentences
    and mentions of those articles, under their new ids (core.store.renamed); the documents,
    alignments and facts keep their stored ids. READ_LOG: as `core.store.snapshot.read_snapshot`'s."""
    with collector_paused():
        t0 = time.perf_counter()
        analysis = head if head is not None else load_head(db, folder)
        snapshot = read_snapshot(db, renamed, read_log)
        if snapshot is not None:
            analysis.sentences, analysis.mentions, analysis.alignments, analysis.facts = snapshot
        else:
            _read_tables(db, analysis, read_keys(db))
            if renamed is not None:
                analysis.sentences = renamed_records(Sentence, analysis.sentences, renamed, ("id",))
                analysis.mentions = renamed_records(Mention, analysis.mentions, renamed, ("id", "sentence"))
        if reorder:
            order_in_time(analysis)  # derived from the stored times: recomputed, so it is never stale
        analysis.timings = {"load": time.perf_counter() - t0}
        return analysis


@paused_collector
def load_head(db: sqlite_utils.Database, folder: str | Path) -> Analysis:
    """The stored documents (paths absolute against FOLDER), problems and stories: what an update
    needs before it reads the folder, and so before it knows the articles' new ids."""
    analysis = Analysis(folder=str(folder))
    rows = db.execute("SELECT position, id, path, title, text, encoding, language, sha256, published FROM documents")
    in_order = sorted(rows, key=operator.itemgetter(0))  # ORDER BY copied every text into SQLite's sorter
    if in_order:  # a column per field, the records made a field at a time (`from_columns`)
        positions, _keys, paths, *rest = zip(*in_order, strict=True)
        ids = document_ids(map((1).__add__, positions))  # a row's key need not be it (core.store.keys)
        analysis.documents = from_columns(Document, len(in_order), [ids, absolute_paths(paths, folder), *rest])
    analysis.problems = [
        Problem(p, m, s) for p, m, s in db.execute("SELECT path, message, severity FROM problems ORDER BY rowid")
    ]
    analysis.stories = [Story(i, label, tuple(docs)) for i, label, docs in json.loads(get_meta(db, "stories", "[]"))]
    return analysis


def _read_tables(db: sqlite_utils.Database, analysis: Analysis, keys: Keys) -> None:
    """Sentences, mentions, alignments and facts from their tables (a file without a snapshot), the
    rows' keys renamed by KEYS to the analysis's ids (core.store.keys)."""
    row, doc_id = (keys.row, keys.doc) if keys else (str, str)
    analysis.sentences = [
        Sentence(row(i), doc_id(d), idx, s, e, bool(f))
        for i, d, idx, s, e, f in db.execute('SELECT id, doc, idx, start, "end", furniture FROM sentences ORDER BY num')
    ]
    frames: dict[tuple[str, ...], Frame] = {}  # few distinct frames: one object each, not one per mention
    analysis.mentions = [
        Mention(
            row(i),
            doc_id(doc),
            row(sentence),
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
        for frame in ((*cells[:4], row(cells[4]) if cells[4] else "", *cells[5:]),)
    ]
    if len(analysis.documents) > 1:  # an update in place adds rows after those of later articles
        analysis.sentences = _in_document_order(analysis.sentences, analysis.documents)
        analysis.mentions = _in_document_order(analysis.mentions, analysis.documents)
    analysis.alignments = [
        Alignment(row(a), row(b), score, why)
        for a, b, score, why in db.execute("SELECT a, b, score, why FROM alignments ORDER BY rowid")
    ]
    members: dict[str, list[str]] = {}
    for fact, mention in db.execute("SELECT fact, mention FROM fact_mentions ORDER BY fact, position"):
        members.setdefault(fact, []).append(row(mention))
    reasons_of: dict[str, tuple[Reason, ...]] = {}  # facts of one article share theirs
    analysis.facts = number_facts(  # a fact's row is named by its first mention (core.store.fact_rows)
        [
            Fact(
                i,
                status,
                tuple(members.get(i, ())),
                label,
                keys.text(why),
                counted,
                kind,
                reasons_of[reasons]
                if reasons in reasons_of
                else reasons_of.setdefault(reasons, keys.reasons(reasons_from_json(reasons))),
            )
            for i, status, label, why, counted, kind, reasons in db.execute(
                "SELECT id, status, label, explanation, counted, kind, reasons FROM facts ORDER BY position"
            )
        ]
    )
