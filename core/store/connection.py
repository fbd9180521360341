"""Opening a project file safely: refuse what is not ours, then WAL, foreign keys, migrations.

The checks run before the first write, so a foreign, newer or damaged file is left byte for byte
as it was. A new file gets its whole schema and `application_id` in one rollback-journal
transaction before WAL is switched on, so a crash while creating leaves either an empty file
(accepted as new) or a complete one, never a half-made project.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from core.store.errors import CorruptProject, DiskFull, NewerProject, NotAProject, ProjectFileError, is_disk_full
from core.store.integrity import problems_of, refuse_if_damaged
from core.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SAVE_CACHE_KIB = 65536
"""SQLite's page cache while an update's save runs (`cache_while_saving`; its default is 2 MB): such
a save renames or writes rows all over a file of 15 MB at 1,000 articles; with 2 MB, pages left the cache (and
dirty ones spilled into the log) before the transaction ended, and renaming the kept rows of an
update took twice as long (issue 14). The cache grows only as pages are read."""


def _check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database or belongs to another program, reading raw bytes only."""
    with path.open("rb") as f:
        header = f.read(100)
    if not header:
        return  # an empty file: a project whose creation never got to write (accepted as new)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotAProject(path, "is not a Muqabala project (it is not an SQLite database). It was left untouched.")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise NotAProject(
            path, "is an SQLite database of another program, not a Muqabala project. It was left untouched."
        )


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return int(row[0])


def _inspect(conn: sqlite3.Connection, path: Path, check: bool) -> int:
    """The file's schema version; 0 for an empty file. Raises when the file must not be touched.
    CHECK=False leaves the integrity check to the caller (`core.store.integrity.BackgroundCheck`)
    when nothing is to be migrated."""
    app_id = _pragma(conn, "application_id")
    version = _pragma(conn, "user_version")
    if app_id == 0:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise NotAProject(
                path, "is an SQLite database of another program, not a Muqabala project. It was left untouched."
            )
        return 0
    if app_id != APPLICATION_ID:
        raise NotAProject(path, "is an SQLite database of another program, not a Muqabala project.")
    if version > SCHEMA_VERSION:
        raise NewerProject(path, version, SCHEMA_VERSION)
    if check or version < SCHEMA_VERSION:  # a migration writes: the file is checked first
        refuse_if_damaged(path, problems_of(conn))
    return version


def _migrate(db: sqlite_utils.Database, version: int) -> None:
    """Run the missing migrations, each in its own transaction with its version bump."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            if target == 1:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            MIGRATIONS[target - 1](db)
            db.execute(f"PRAGMA user_version = {target}")


def open_database(path: str | Path, *, create: bool = True, check: bool = True) -> sqlite_utils.Database:
    """Open (or create) the project file at PATH, migrated to `SCHEMA_VERSION`. CHECK=False: the
    caller runs the integrity check of an up-to-date file itself, before it writes.

    Raises `NotAProject`, `NewerProject`, `CorruptProject` (the file is then untouched) or
    `ProjectFileError` (missing file with create=False, unwritable location).
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise ProjectFileError(path, "no such project file")
    if exists:
        if path.is_dir():
            raise NotAProject(path, "is a folder, not a project file")
        _check_header(path)
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, f"cannot be opened ({exc})") from exc
    try:
        try:
            version = _inspect(conn, path, check)
        except sqlite3.DatabaseError as exc:
            if is_disk_full(exc, path):
                raise DiskFull(path) from exc
            raise CorruptProject(path, f"is damaged or not a database (SQLite: {exc}). It was left untouched.") from exc
        db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA synchronous = FULL")  # a committed note survives a power cut, not only a crash
        db.execute("PRAGMA wal_autocheckpoint = 0")  # the log is copied into the file beside (core.store.checkpoint)
        try:
            if version == 0:
                _migrate(db, 0)  # the whole schema in one rollback-journal transaction, then WAL
                db.enable_wal()
            else:
                db.enable_wal()
                _migrate(db, version)
        except sqlite3.OperationalError as exc:
            if is_disk_full(exc, path):
                raise DiskFull(path) from exc
            raise ProjectFileError(path, f"cannot be written ({exc})") from exc
        return db
    except BaseException:
        conn.close()
        raise


@contextmanager
def cache_while_saving(db: sqlite_utils.Database) -> Iterator[None]:
    """SQLite's page cache at `SAVE_CACHE_KIB` within the block (wrap the save's transaction in it),
    as it was after: an open project keeps no more memory than before between saves."""
    (before,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute(f"PRAGMA cache_size = -{SAVE_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def foreign_keys_checked_once(db: sqlite_utils.Database) -> Iterator[None]:
    """Foreign keys not enforced row by row within the block (open a transaction inside it: the
    setting cannot change within one); the block calls `check_foreign_keys` before it commits.

    A save writes or renames tens of thousands of rows, each checked against its parent and its
    children: half the time of renaming an article's rows in place (issue 14), where one check of
    the whole file costs a hundredth of a second at 1,000 articles."""
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.execute("PRAGMA foreign_keys = ON")


@dataclass
class Written:
    """What a save wrote of the rows foreign keys tie, for `check_foreign_keys`. ADDED_ONLY: it
    deleted no row of documents, sentences or mentions (it renames none), only added some (the
    sentences numbered above SENTENCES_ABOVE, the mentions of rowid above MENTIONS_ABOVE), and the
    alignments it wrote are those at ALIGNMENTS_AT (None: the table was written whole), the
    fact_mentions those of rowid above FACT_MENTIONS_ABOVE (core.store.save `save_links`)."""

    added_only: bool = False
    sentences_above: int = 0
    mentions_above: int = 0
    alignments_at: list[int] | None = None
    fact_mentions_above: int = 0


_ADDED = {
    "alignments": "SELECT 'alignments', 'sentences' FROM alignments al"
    " WHERE al.rowid IN (SELECT value FROM json_each(?))"
    " AND (NOT EXISTS (SELECT 1 FROM sentences WHERE id = al.a)"
    " OR NOT EXISTS (SELECT 1 FROM sentences WHERE id = al.b))"
    " LIMIT 1",
    "fact_mentions": "SELECT 'fact_mentions', CASE WHEN EXISTS (SELECT 1 FROM facts WHERE id = f.fact)"
    " THEN 'mentions' ELSE 'facts' END FROM fact_mentions f WHERE f.rowid > ?"
    " AND (NOT EXISTS (SELECT 1 FROM facts WHERE id = f.fact)"
    " OR NOT EXISTS (SELECT 1 FROM mentions WHERE id = f.mention))"
    " LIMIT 1",
    "sentences": "SELECT 'sentences', 'documents' FROM sentences s WHERE s.num > ?"
    " AND NOT EXISTS (SELECT 1 FROM documents WHERE id = s.doc) LIMIT 1",
    "mentions": "SELECT 'mentions', CASE WHEN EXISTS (SELECT 1 FROM documents WHERE id = m.doc)"
    " THEN 'sentences' ELSE 'documents' END FROM mentions m WHERE m.rowid > ?"
    " AND (NOT EXISTS (SELECT 1 FROM documents WHERE id = m.doc)"
    " OR NOT EXISTS (SELECT 1 FROM sentences WHERE id = m.sentence))"
    " LIMIT 1",
}
"""The foreign keys of the rows a save added (`Written`): the alignments at given rowids, the others
above a rowid."""


def check_foreign_keys(db: sqlite_utils.Database, written: Written | None = None) -> None:
    """Raise sqlite3.IntegrityError (the transaction is then rolled back) when a row names a parent
    that is not there, as an enforced foreign key would have at commit.

    The whole file is checked unless WRITTEN says the save only added documents, sentences and
    mentions: the rows it left were sound at the last commit and no parent of theirs is gone or
    renamed (a fact's row goes with its fact_mentions), so the rows it added are all that can be
    broken (adding 10 articles at the end of 1,000: checking every alignment and fact_mentions row
    was a third of the check; sentences and mentions had been half of it before)."""
    if written is None or not written.added_only:
        broken = db.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            _refuse(broken[0], broken[2])
        return
    if written.alignments_at is None:
        broken = db.execute("PRAGMA foreign_key_check(alignments)").fetchone()
        if broken is not None:
            _refuse(broken[0], broken[2])
    added: list[tuple[str, int | str]] = [
        ("sentences", written.sentences_above),
        ("mentions", written.mentions_above),
        ("fact_mentions", written.fact_mentions_above),
    ]
    if written.alignments_at is not None:
        added.append(("alignments", json.dumps(written.alignments_at)))
    for table, above in added:
        broken = db.execute(_ADDED[table], [above]).fetchone()
        if broken is not None:
            _refuse(broken[0], broken[1])


def _refuse(child: str, parent: str) -> None:
    raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: a row of {child} names no row of {parent}")
