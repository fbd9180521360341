"""`Store`: one open project file — the analysis, the notes and the search index behind one object.

Every write is one transaction (WAL mode, synchronous=FULL): after a crash or power cut the file
holds the last complete save and every note whose call returned. A Store may be created in one
thread and used in another, but by one thread at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlite_utils

from core.match.story_terms import Terms
from core.match.verdicts import MentionAnchor, Verdict, VerdictKind
from core.model import Analysis
from core.store import notes as _notes
from core.store import records
from core.store import save as _save
from core.store import terms as _terms
from core.store import verdicts as _verdicts
from core.store.beside import Beside
from core.store.checkpoint import checkpoint_beside
from core.store.connection import (
    Written,
    cache_while_saving,
    check_foreign_keys,
    foreign_keys_checked_once,
    open_database,
)
from core.store.errors import CorruptProject, DiskFull, ProjectFileError, disk_full_said_plainly, is_disk_full
from core.store.integrity import BackgroundCheck
from core.store.kept_rows import Kept
from core.store.kept_texts import Read, still_stored
from core.store.lock import ProjectLock
from core.store.notes import Note
from core.store.renamed_links import RenamedLinks
from core.store.search import Hit, search
from core.store.snapshot import FORMAT
from core.whole_file import written_whole


class Store:
    """An open project file. Use `Store.open(path)`; close it (or use `with`)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path,
        lock: ProjectLock | None = None,
        check: BackgroundCheck | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self._lock = lock
        self._check = check
        self._checkpoint: Beside[None] | None = None
        self._load_read: Read = {}  # what the last load, an update's, read: until its save (`unchanged_texts`)

    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = True, exclusive: bool = True, check_beside: bool = False
    ) -> Store:
        """Open or create the file; raises a `ProjectFileError` subclass with a message for the user.

        EXCLUSIVE (the default): the project is locked for this Store until `close()` — a second
        window or command is refused at once with `ProjectInUse`, before any work. Read-only
        uses (the `search` command) pass False. CHECK_BESIDE: the integrity check runs on a thread
        (`core.store.integrity`) while the caller reads; every write waits for it (`verified()`), and
        so must a caller before it hands out what it read."""
        path = Path(path)
        try:
            there = path.exists()
        except OSError as exc:  # a name too long for the file system, a loop of links
            raise ProjectFileError(path, f"cannot be opened ({exc.strerror or exc})") from exc
        lock = ProjectLock(path) if exclusive and (path.is_file() or (create and not there)) else None
        if lock is not None:
            lock.acquire()
        try:
            existed = path.is_file() and path.stat().st_size > 0
            db = open_database(path, create=create, check=not (check_beside and existed))
            return cls(db, path, lock, BackgroundCheck(path) if check_beside and existed else None)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def verified(self) -> None:
        """Once the integrity check begun by `open(check_beside=True)` has passed; CorruptProject if
        it found damage (nothing was written)."""
        check, self._check = self._check, None
        if check is not None:
            try:
                check.wait()
            except CorruptProject:
                self._check = check  # asked again, it says the same
                raise

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Around every write: the integrity check has passed first (`verified`), and a full disk
        is said plainly."""
        self.verified()
        with disk_full_said_plainly(self.path):
            yield

    # meta -----------------------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        return records.get_meta(self.db, key, default)

    def set_meta(self, **values: str) -> None:
        with self._writing(), self.db.atomic():
            records.set_meta(self.db, **values)

    @property
    def has_analysis(self) -> bool:
        """True once a complete analysis was saved (a crash mid-save leaves the previous one)."""
        return self.meta("complete") == "1"

    # analysis -------------------------------------------------------------------------------
    def save(
        self,
        analysis: Analysis,
        folder: str | Path,
        kept: dict[str, str] | None = None,
        renamed: RenamedLinks | None = None,
        /,
        **meta: str,
    ) -> list[int]:
        """Replace the stored analysis and re-attach the notes, in one transaction. KEPT: {document
        id: its id in the stored analysis} of the articles taken unchanged from it (their rows stay
        as they are, see `core.store.save.article_steps`); RENAMED: the alignments and facts taken
        from it under new ids (core.store.renamed_links).

        Returns the ids of the notes that are orphaned after this analysis.
        """
        with self.saving(folder, kept, renamed, **meta) as save:
            return save.links(analysis)  # the articles first, at once

    @contextmanager
    def saving(
        self,
        folder: str | Path,
        kept: dict[str, str] | None = None,
        renamed: RenamedLinks | None = None,
        /,
        **meta: str,
    ) -> Iterator[Saving]:
        """`save` in two parts, one transaction: `article_steps` may be taken before the stories are
        linked, `links` once they are (the transaction is begun by the first). Rolled back, with
        nothing written, when the block ends in an exception or without `links`."""
        # an update renames rows all over the file: a larger cache then; a fresh save appends, and a
        # 64 MB cache only raised its peak (10,000 articles with --db: 563 → 631 MB, the tree over 1 GB)
        with cache_while_saving(self.db) if kept else nullcontext(), ExitStack() as stack:
            save = Saving(self, stack, folder, kept, meta, renamed)
            yield save
            if not save.done:
                raise RuntimeError("a save left without its links")
        self._checkpoint_beside()

    def _checkpoint_beside(self) -> None:
        """The log of the save just committed copied into the file on a thread (core.store.checkpoint)."""
        if self._checkpoint is not None:
            self._checkpoint.join()
        self._checkpoint = checkpoint_beside(self.path)

    def load(
        self,
        folder: str | Path,
        *,
        reorder: bool = True,
        head: Analysis | None = None,
        renamed: dict[str, str] | None = None,
    ) -> Analysis:
        """The stored analysis, paths absolute against FOLDER. REORDER=False: the stored conflicts'
        time order is taken as saved (the analyser that saved them is the one running). HEAD,
        RENAMED: an update's (`core.store.records.load_analysis`); its save then keeps the snapshot
        texts and alignment rows it leaves unchanged (`unchanged_texts`). Any load forgets what an
        earlier one noted."""
        self._load_read = {}
        read_log = self._load_read if renamed is not None else None
        return records.load_analysis(self.db, folder, reorder=reorder, head=head, renamed=renamed, read_log=read_log)

    def unchanged_texts(self) -> Read:
        """What the last load noted, if it was an update's (core.store.kept_texts), forgotten now: a save
        changes the texts. Parts whose texts the file no longer holds are left out."""
        read, self._load_read = self._load_read, {}
        return still_stored(self.db, FORMAT, read)

    def load_head(self, folder: str | Path) -> Analysis:
        """The stored documents, problems and stories alone, for `load(head=…)` to complete."""
        return records.load_head(self.db, folder)

    def terms(self, hashes: Iterable[str]) -> dict[str, dict[str, float]]:
        """{sha256: the terms story grouping counted in that article} for those of HASHES kept."""
        return _terms.stored_terms(self.db, hashes)

    def listed_terms(self, hashes: Iterable[str]) -> tuple[dict[str, Terms], list[str]]:
        """`terms` as stored: ({sha256: ListedTerms}, the vocabulary they number their terms in)."""
        return _terms.listed_terms(self.db, hashes)

    def text_keys(self) -> dict[str, str]:
        """{sha256: its text's `core.ingest.folder.same_text_key`} of the stored articles."""
        return _terms.stored_text_keys(self.db)

    def hashes(self) -> dict[str, str]:
        """{relative path: sha256} of the stored articles."""
        return records.stored_hashes(self.db)

    # notes ----------------------------------------------------------------------------------
    def add_note(self, anchor: dict[str, object], text: str) -> Note:
        with self._writing():
            return _notes.add_note(self.db, anchor, text)

    def edit_note(self, note_id: int, text: str) -> Note:
        with self._writing():
            return _notes.edit_note(self.db, note_id, text)

    def delete_note(self, note_id: int) -> dict[str, Any]:
        with self._writing():
            return _notes.delete_note(self.db, note_id)

    def restore_note(self, row: dict[str, Any]) -> Note:
        with self._writing():
            return _notes.restore_note(self.db, row)

    def notes(self, orphaned: bool | None = None) -> list[Note]:
        return _notes.list_notes(self.db, orphaned)

    # verdicts and publication times ---------------------------------------------------------
    def add_verdict(
        self,
        kind: VerdictKind,
        anchor: tuple[MentionAnchor, ...],
        other: tuple[MentionAnchor, ...] = (),
        label: str = "",
    ) -> Verdict:
        with self._writing():
            return _verdicts.add_verdict(self.db, kind, anchor, other, label)

    def delete_verdict(self, verdict_id: int) -> dict[str, Any]:
        with self._writing():
            return _verdicts.delete_verdict(self.db, verdict_id)

    def restore_verdict(self, row: dict[str, Any]) -> Verdict:
        with self._writing():
            return _verdicts.restore_verdict(self.db, row)

    def verdicts(self) -> list[Verdict]:
        return _verdicts.list_verdicts(self.db)

    def published(self) -> dict[str, str]:
        return _verdicts.published_times(self.db)

    def set_published(self, doc_path: str, published: str) -> None:
        with self._writing():
            _verdicts.set_published(self.db, doc_path, published)

    # search ---------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 200) -> list[Hit]:
        return search(self.db, query, limit)

    # file -----------------------------------------------------------------------------------
    def copy_to(self, target: str | Path) -> None:
        """Write a consistent copy of the project to TARGET (replaced atomically if it exists)."""
        target = Path(target)
        try:
            with written_whole(target) as part:
                dest = sqlite3.connect(str(part))
                try:
                    self.db.conn.backup(dest)
                    dest.execute("PRAGMA journal_mode = WAL")
                finally:
                    dest.close()
                for suffix in ("-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
        except (OSError, sqlite3.Error) as exc:
            if is_disk_full(exc, target):
                raise DiskFull(target) from exc
            raise ProjectFileError(target, f"cannot be written ({getattr(exc, 'strerror', None) or exc})") from exc

    def close(self) -> None:
        if self._check is not None:
            self._check.join()  # its connection reads the file until then
        if self._checkpoint is not None:
            self._checkpoint.join()
        self.db.close()
        if self._lock is not None:
            self._lock.release()  # after SQLite closed the file: see core.store.lock
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Saving:
    """One save of an analysis in two parts (`Store.saving`)."""

    def __init__(
        self,
        store: Store,
        stack: ExitStack,
        folder: str | Path,
        kept: dict[str, str] | None,
        meta: dict[str, str],
        renamed: RenamedLinks | None = None,
    ) -> None:
        self.store, self._stack, self.folder, self.meta = store, stack, folder, meta
        self._renamed = renamed
        # a new analyser (meta "analyzer" given) may stem differently: search text made afresh
        self._fresh = "analyzer" in meta
        self._kept = None if self._fresh else kept
        self._steps: Iterator[None] | None = None
        self._written = Written()
        self._rows: Kept | None = None  # what the articles' part left: the rows' keys
        self.done = False

    def article_steps(self, analysis: Analysis) -> Iterator[None]:
        """Begin the transaction and write ANALYSIS's articles, a step at each `next()`
        (`core.store.save.article_steps`); what is left of them is written by `links`."""
        if self._steps is not None:
            raise RuntimeError("the articles of a save are written once")
        self._steps = self._article_steps(analysis)
        return self._steps

    def _article_steps(self, analysis: Analysis) -> Iterator[None]:
        db = self.store.db
        self._stack.enter_context(self.store._writing())
        self._stack.enter_context(foreign_keys_checked_once(db))
        self._stack.enter_context(db.atomic())
        self._rows = yield from _save.article_steps(
            db, analysis, self.folder, reuse_search=not self._fresh, kept=self._kept, written=self._written
        )

    def links(self, analysis: Analysis) -> list[int]:
        """Write what links ANALYSIS's articles and the meta, re-attach the notes; the ids of the
        notes orphaned. The transaction commits when the `saving` block ends."""
        for _ in self._steps if self._steps is not None else self.article_steps(analysis):
            pass  # what is left of the articles
        db = self.store.db
        read = self.store.unchanged_texts()
        _save.save_links(db, analysis, self.folder, read, self._written, self._rows, self._renamed)
        if self.meta:
            records.set_meta(db, **self.meta)
        orphans = _notes.reattach_notes(db, analysis, self.folder)
        check_foreign_keys(db, self._written)
        self.done = True
        return orphans
