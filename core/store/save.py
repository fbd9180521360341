"""An `Analysis` to rows, in one transaction (core.store.records reads them back): in two parts, so
that a fresh save can write the articles, a step at a time, while their stories are being linked."""

from __future__ import annotations

import itertools
import json
import operator
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from core.model import Analysis
from core.store.alignment_rows import write_alignments
from core.store.connection import Written
from core.store.fact_rows import write_facts
from core.store.kept_rows import Kept, index_new_sentences, keep_rows
from core.store.kept_texts import Read
from core.store.keys import NO_KEYS, in_place
from core.store.records import now, relative_path, set_meta, storable_value
from core.store.renamed_links import RenamedLinks
from core.store.schema import search_text
from core.store.snapshot import write_snapshot
from core.store.terms import save_terms


def article_steps(
    db: sqlite_utils.Database,
    analysis: Analysis,
    folder: str | Path,
    *,
    reuse_search: bool = True,
    kept: dict[str, str] | None = None,
    written: Written | None = None,
) -> Generator[None, None, Kept | None]:
    """The first part of a save (call inside `db.atomic()`; notes are not touched), in steps of at
    most `STEP_ROWS` rows: every stored row replaced by ANALYSIS's documents, their terms, sentences,
    mentions, then the full-text index. What links the articles (facts, alignments) is written by
    `save_links` in the same transaction: a full save deletes it here, an update keeps the rows it
    did not change. ANALYSIS need not be linked yet: a fresh save takes these steps while the
    stories are being linked (`core.project_update`).

    `added_at` of an article already known (same relative path) is kept; `changed_at` moves
    only when its content hash changed. With REUSE_SEARCH (the same analyser wrote the file), the
    search text of a sentence already stored (same article bytes, same span) is kept, not stemmed again.
    KEPT ({document id in ANALYSIS: its id in the stored analysis}) names the articles whose stored
    document, sentences and mentions are ANALYSIS's own but for their ids: those rows stay as they
    are, under their keys (core.store.kept_rows, core.store.keys), the others are written.
    ANALYSIS's search texts are let go of once written.
    WRITTEN is told what was written, for `check_foreign_keys`. Returns what `keep_rows` left (the
    rows' keys, for `save_links`), None when every row was written afresh (every key is its id).
    """
    stamp = now()
    in_place(analysis.documents)
    kept = kept or {}
    paths = {d.id: relative_path(d.path, folder) for d in analysis.documents if d.id not in kept}
    known = _stored_times(db, list(paths.values()))
    stemmed: dict[tuple[str, int, int], str] = {}
    hashes = {d.id: d.sha256 for d in analysis.documents}
    have = analysis.search_texts
    wanted: set[str] = set()  # articles whose search text is not at hand (none in an update)
    if reuse_search:  # a fresh save stems afresh: no sentence of it is looked for
        wanted = {hashes[s.doc] for s in analysis.sentences if s.doc not in kept and s.id not in have}
    if wanted:
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
    keys = NO_KEYS
    rows = None
    if kept:
        rows = keep_rows(db, kept, {d.id: i for i, d in enumerate(analysis.documents)})
        top, keys = rows.top, rows.keys
        if written is not None:
            (mentions,) = db.execute("SELECT coalesce(max(rowid), 0) FROM mentions").fetchone()
            written.added_only, written.sentences_above, written.mentions_above = rows.added_only, top, int(mentions)
    else:
        for table in ("fact_mentions", "facts", "alignments", "mentions", "sentences", "documents", "problems"):
            db.execute(f"DELETE FROM {table}")
    docs: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    for position, d in enumerate(analysis.documents):
        if d.id in kept:
            continue
        rel = paths[d.id]
        old_hash, added, changed = known.get(rel, ("", stamp, stamp))
        docs.append(
            {
                "id": keys.doc(d.id),
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
    yield
    save_terms(db, analysis, hashes, keep=reuse_search)
    yield
    yield from _insert_in_steps(
        db,
        "sentences",
        (
            {
                "id": keys.row(s.id),
                "doc": keys.doc(s.doc),
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
    analysis.search_texts.clear()  # in the file now, and read from nowhere else: 35 MB at 10,000 articles
    stemmed.clear()
    yield from _insert_in_steps(
        db,
        "mentions",
        (
            {
                "id": keys.row(m.id),
                "doc": keys.doc(m.doc),
                "sentence": keys.row(m.sentence),
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
                "part_of": keys.row(m.frame.part_of) if m.frame.part_of else "",
                "base": m.frame.base,
            }
            for m in analysis.mentions
            if m.doc not in kept
        ),
    )
    if not kept:
        db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('delete-all')")
    (last,) = db.execute("SELECT coalesce(max(num), 0) FROM sentences").fetchone()
    for above in range(top, int(last), STEP_ROWS):  # the sentences just written, in the full-text index
        index_new_sentences(db, above, above + STEP_ROWS)
        yield
    for sql in triggers:
        db.execute(sql)
    return rows


def save_links(
    db: sqlite_utils.Database,
    analysis: Analysis,
    folder: str | Path,
    read: Read,
    written: Written | None = None,
    kept: Kept | None = None,
    renamed: RenamedLinks | None = None,
) -> None:
    """The second part of a save, after `article_steps` of the same ANALYSIS, linked now:
    its alignments, facts and problems, the snapshot, and the meta that says the save is complete.
    READ: what an update's load noted (`Store.load`): the snapshot texts, alignment rows and fact
    rows it leaves unchanged are kept. WRITTEN is told which alignments and fact_mentions were
    written, for `check_foreign_keys`. KEPT: what `article_steps` returned (the rows' keys). RENAMED:
    the alignments and facts an update took from the stored analysis under new ids."""
    stamp = now()
    keys, before = (kept.keys, kept.before) if kept is not None else (NO_KEYS, NO_KEYS)
    loaded = {part: records for part, (records, _texts) in read.items()}
    aligned = write_alignments(db, analysis.alignments, keys, loaded.get("alignments"), before, renamed)
    above = write_facts(db, analysis.facts, analysis.mentions, keys, loaded.get("facts"), before, renamed)
    if written is not None:
        written.alignments_at, written.fact_mentions_above = aligned, above
    _insert(db, "problems", ({"path": p.path, "message": p.message, "severity": p.severity} for p in analysis.problems))
    write_snapshot(db, analysis, read)
    set_meta(
        db,
        folder=str(Path(folder).resolve()),
        saved_at=stamp,
        complete="1",
        timings=json.dumps(analysis.timings),
        stories=json.dumps([[s.id, s.label, list(s.documents)] for s in analysis.stories], ensure_ascii=False),
    )


def _stored_times(db: sqlite_utils.Database, paths: list[str]) -> dict[str, tuple[str, str, str]]:
    """{path: (sha256, added_at, changed_at)} stored for those of PATHS, looked up by the index of
    paths (at most `_LOOKUPS` at a time): the columns sit after each article's text, and reading
    every stored article for them was 4 ms of adding 10 articles to 1,000 (issue 14)."""
    known: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(paths), _LOOKUPS):
        part = paths[start : start + _LOOKUPS]
        sql = f"SELECT path, sha256, added_at, changed_at FROM documents WHERE path IN ({', '.join('?' * len(part))})"
        known.update((p, (h, a, c)) for p, h, a, c in db.execute(sql, part))
    return known


_LOOKUPS = 500
"""Paths per query of `_stored_times`: well under SQLite's limit of bound values."""


STEP_ROWS = 20_000
"""Rows written per step of `article_steps` (0.1-0.2 s at most): a cancel is heard between two."""


def _insert_in_steps(db: sqlite_utils.Database, table: str, rows: Iterable[dict[str, Any]]) -> Iterator[None]:
    """`_insert`, `STEP_ROWS` rows at each step."""
    it = iter(rows)
    while chunk := list(itertools.islice(it, STEP_ROWS)):
        _insert(db, table, chunk)
        yield


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


def _drop_search_triggers(db: sqlite_utils.Database) -> list[str]:
    """Drop the triggers that keep the full-text index in step with `sentences`; their SQL, to put them back.

    A save indexes its new sentences with a few statements: filling the index once costs a quarter
    of updating it row by row (issue 14: 1.2 s against 4 s at 10,000 articles)."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sentences'"
    ).fetchall()
    for name, _sql in rows:
        db.execute(f'DROP TRIGGER "{name}"')
    return [str(sql) for _name, sql in rows]
