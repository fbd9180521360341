"""A project: a folder of articles, its analysis and the user's notes, kept in one SQLite file.

    project = Project.open("~/stories/convoy")     # a folder, or a .sqlite saved earlier
    project.analysis                                # core.model.Analysis, ready to show
    project.changes.describe()                      # "1 article changed: bbc.txt" / "no article changed"
    note = project.add_note("f3", "ask the ministry")   # a Fact, a Sentence or their id
    project.notes(orphaned=True)                    # notes whose fact or sentence is gone
    project.search("حافلات")                        # [core.store.Hit]
    project.save_as("/media/usb/convoy.sqlite")
    project.close()

Where the file lives: `muqabala.sqlite` inside the folder; when the folder cannot be written, the
user data directory, named after a hash of the folder's absolute path (`project_file_for`).
Reopening compares content hashes: nothing changed → the stored analysis is loaded, nothing is
recomputed; otherwise only added or changed articles go through `core.pipeline.analyze_document`
and `core.pipeline.link` recomputes alignments and facts (cheap). A Project is used by one thread
at a time (open it in a worker, then hand it to the GUI thread).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import platformdirs

from core import pipeline
from core.fingerprint import analyzer_fingerprint
from core.ingest.folder import FolderError, ProblemSink, list_entries, storable
from core.model import Analysis, Document, Fact, Mention, Problem, Sentence
from core.project_verdicts import VerdictsMixin
from core.reuse import stored_links
from core.store import Hit, Note, Store
from core.store import ProjectFileError as ProjectFileError  # re-exported for the GUI
from core.store import ProjectInUse as ProjectInUse  # re-exported for the GUI
from core.store.notes import fact_anchor, sentence_anchor
from core.store.records import relative_path

if TYPE_CHECKING:
    from concurrent.futures import Executor

PROJECT_FILE = "muqabala.sqlite"
ANALYZER = analyzer_fingerprint()
"""What computed a stored analysis (core code and lexicons): a project analysed by anything else
is analysed afresh instead of showing results an older Muqabala or older lexicons computed."""


Cancelled = pipeline.Cancelled
"""Raised by `Project.open` when its `cancelled` callable says stop (the GUI need not know pipeline)."""


def read_articles(
    folder: str | Path, *, recurse: bool = True, outside_links: bool = False, on_problem: ProblemSink | None = None
) -> tuple[list[Document], list[Problem]]:
    """The articles of FOLDER as read, before any analysis: shown while a first analysis runs."""
    return pipeline.read_documents(folder, recurse=recurse, outside_links=outside_links, on_problem=on_problem)


def folder_is_writable(folder: str | Path) -> bool:
    """True when a file can actually be created in FOLDER (tried, not guessed from permission bits:
    root ignores them, read-only mounts and full disks do not show in them)."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".muqabala-probe-"):
            return True
    except OSError:
        return False


def fallback_project_file(folder: str | Path) -> Path:
    """The project file of a read-only FOLDER, in the user data directory, keyed by its absolute path."""
    absolute = Path(folder).resolve()
    key = hashlib.sha256(str(absolute).encode("utf-8")).hexdigest()[:16]
    name = re.sub(r"[^\w.-]+", "_", absolute.name)[:40] or "folder"
    return Path(platformdirs.user_data_dir("Muqabala", appauthor=False)) / "projects" / f"{name}-{key}.sqlite"


def _existing_file_is_writable(file: Path) -> bool:
    """A project file already in the folder that can be opened for writing, in a folder where its
    journal files can be made: cheaper than creating a probe file on every reopen."""
    try:
        with open(file, "r+b"):
            pass
    except OSError:
        return False
    return os.access(file.parent, os.W_OK | os.X_OK)


def project_file_for(path: str | Path) -> Path:
    """The project file for PATH: PATH itself when it is a file, else where that folder's project lives."""
    path = Path(path)
    if not path.is_dir():
        return path
    in_folder = path / PROJECT_FILE
    if in_folder.is_file() and _existing_file_is_writable(in_folder):
        return in_folder
    return in_folder if folder_is_writable(path) else fallback_project_file(path)


@dataclass(frozen=True, slots=True)
class Changes:
    """What opening a project found and did; paths are relative to the folder."""

    created: bool = False
    """No analysis was stored: everything was analysed."""
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reanalysed: tuple[str, ...] = ()
    """Articles that went through `analyze_document` (added + changed, or all when created)."""
    relinked: bool = False
    """Alignments and facts were recomputed."""
    orphaned_notes: tuple[int, ...] = ()
    """Notes whose fact or sentence could not be found in the new analysis (kept, listed)."""
    folder_missing: bool = False
    """The folder is gone: the stored analysis is shown as it was saved."""

    @property
    def nothing_changed(self) -> bool:
        return not (self.created or self.added or self.changed or self.removed or self.folder_missing)

    def describe(self) -> str:
        """One line for the status bar or the terminal."""
        if self.created:
            return f"analysed {len(self.reanalysed)} article(s)"
        if self.folder_missing:
            return "the folder of articles is missing: showing the analysis as saved"
        parts = [
            f"{len(paths)} article(s) {what}: {', '.join(paths)}"
            for what, paths in (("added", self.added), ("changed", self.changed), ("removed", self.removed))
            if paths
        ]
        if self.orphaned_notes:
            parts.append(f"{len(self.orphaned_notes)} note(s) lost their place (kept as orphaned)")
        return "; ".join(parts) if parts else "no article changed"


class Project(VerdictsMixin):
    """An open project. Create with `Project.open`; close with `close()` or a `with` block."""

    def __init__(self, store: Store, folder: Path, analysis: Analysis, changes: Changes) -> None:
        self.store = store
        self.folder = folder
        self.analysis = analysis
        self.changes = changes
        self._reviewed = None

    @property
    def path(self) -> Path:
        """The project file."""
        return self.store.path

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        project_file: str | Path | None = None,
        progress: pipeline.Progress | None = None,
        cancelled: pipeline.IsCancelled | None = None,
        recurse: bool = True,
        jobs: int | None = None,
        executor: Executor | None = None,
        outside_links: bool = False,
        on_problem: ProblemSink | None = None,
    ) -> Project:
        """Open a folder of articles (creating or updating its project file) or a saved `.sqlite` project.

        PROJECT_FILE overrides where a folder's project is kept (`analyze --db FILE`). RECURSE=False
        reads only the folder itself, not its subfolders (articles that leave count as removed). JOBS
        and EXECUTOR say where the analysis runs (see `core.pipeline.analyze_folder`). OUTSIDE_LINKS
        reads links that lead out of the folder; ON_PROBLEM is called for each problem as the files
        are read (problems of an unchanged folder come from the project file instead). Raises
        core.store.ProjectFileError (its message is for the user), core.ingest.folder.FolderError, or
        core.pipeline.Cancelled; the project file is then left as it was.
        """
        path = Path(path)
        if not path.exists():
            raise ProjectFileError(path, "no such folder or project file")
        if path.is_dir():
            folder: Path | None = path.resolve()
            file = Path(project_file) if project_file is not None else project_file_for(path)
            file.parent.mkdir(parents=True, exist_ok=True)  # the user data dir on first use
            store = Store.open(file)
        else:
            store = Store.open(path, create=False)
            folder = None
        try:
            if folder is None:
                folder = _stored_folder(store)
            analysis, changes = _bring_up_to_date(
                store, folder, progress, cancelled, recurse, jobs, executor, outside_links, on_problem
            )
        except BaseException:
            store.close()
            raise
        return cls(store, folder, analysis, changes)

    # notes ----------------------------------------------------------------------------------
    def add_note(self, target: Fact | Sentence | str, text: str) -> Note:
        """Attach a note to a fact or a sentence (object or id such as "f3" / "d1.s4"); committed on return."""
        target_id = target if isinstance(target, str) else target.id
        fact = next((f for f in self.analysis.facts if f.id == target_id), None)
        if fact is not None:
            return self.store.add_note(fact_anchor(self.analysis, self.folder, fact), text)
        sentence = next((s for s in self.analysis.sentences if s.id == target_id), None)
        if sentence is None:
            raise KeyError(f"no fact or sentence {target_id!r} in this project")
        return self.store.add_note(sentence_anchor(self.analysis, self.folder, sentence), text)

    def edit_note(self, note_id: int, text: str) -> Note:
        return self.store.edit_note(note_id, text)

    def delete_note(self, note_id: int) -> dict[str, Any]:
        """Delete a note (the user asked to; re-analysis never deletes notes). Returns the stored
        row: give it to `restore_note` to undo the deletion."""
        return self.store.delete_note(note_id)

    def restore_note(self, row: dict[str, Any]) -> Note:
        """Undo a deletion: the same note comes back, with its id, dates and anchor."""
        return self.store.restore_note(row)

    def notes(self, orphaned: bool | None = None) -> list[Note]:
        """All notes, in the order written; `orphaned=True` lists those whose anchor vanished."""
        return self.store.notes(orphaned)

    def notes_for(self, target_id: str) -> list[Note]:
        """Notes attached now to the fact or sentence with this id."""
        return [n for n in self.store.notes(orphaned=False) if target_id in (n.fact_id, n.sentence_id)]

    # search and file ------------------------------------------------------------------------
    def search(self, query: str, limit: int = 200) -> list[Hit]:
        """Sentences containing every word of QUERY, folding clitics, hamza, ta marbuta and tashkeel."""
        return self.store.search(query, limit)

    def save_as(self, target: str | Path) -> None:
        """Copy the project to TARGET and continue working in the copy (File → Save Project As)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
        self.store.copy_to(target)
        copy = Store.open(target, create=False)
        copy.set_meta(in_folder="1" if target.parent.resolve() == self.folder else "0")
        self.store.close()
        self.store = copy

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _stored_folder(store: Store) -> Path:
    """The folder of a project opened as a file: its own folder when it was kept there, else the one saved."""
    if not store.has_analysis:
        raise ProjectFileError(store.path, "holds no analysis yet; open the folder of articles instead")
    if store.meta("in_folder") == "1":
        return store.path.resolve().parent
    return Path(store.meta("folder"))


def _bring_up_to_date(
    store: Store,
    folder: Path,
    progress: pipeline.Progress | None,
    cancelled: pipeline.IsCancelled | None,
    recurse: bool = True,
    jobs: int | None = None,
    executor: Executor | None = None,
    outside_links: bool = False,
    on_problem: ProblemSink | None = None,
) -> tuple[Analysis, Changes]:
    """Load, update or create the analysis of FOLDER in STORE; see the module docstring."""
    in_folder = "1" if store.path.resolve().parent == folder else "0"
    if not folder.is_dir() and store.has_analysis:
        return store.load(folder), Changes(folder_missing=True)
    t0 = time.perf_counter()
    on_disk = _hashes_on_disk(
        folder, recurse, outside_links
    )  # before reading: a file changed meanwhile shows next time
    disk_meta = {"on_disk": json.dumps(on_disk, ensure_ascii=False, sort_keys=True)} if on_disk is not None else {}
    if not store.has_analysis or store.meta("analyzer") != ANALYZER:
        analysis = pipeline.analyze_folder(
            folder,
            progress,
            cancelled,
            recurse=recurse,
            jobs=jobs,
            executor=executor,
            outside_links=outside_links,
            on_problem=on_problem,
        )
        orphans = store.save(analysis, folder, analyzer=ANALYZER, in_folder=in_folder, **disk_meta)
        return analysis, Changes(
            created=True,
            reanalysed=tuple(relative_path(d.path, folder) for d in analysis.documents),
            relinked=True,
            orphaned_notes=tuple(orphans),
        )
    stored = store.hashes()
    if on_disk is not None and on_disk in (stored, _stored_on_disk(store)):
        # fast path: the article files are those of the last save, byte for byte (duplicates and
        # files refused then included): no decoding, nothing recomputed
        analysis = store.load(folder)
        analysis.timings["total"] = time.perf_counter() - t0
        return analysis, Changes()
    documents, problems = pipeline.read_documents(
        folder, recurse=recurse, outside_links=outside_links, on_problem=on_problem
    )
    read = time.perf_counter() - t0
    current = {relative_path(d.path, folder): d.sha256 for d in documents}
    if current == stored:
        analysis = store.load(folder)
        if analysis.problems != problems:  # e.g. a new unreadable file: nothing to recompute
            analysis.problems = problems
            store.save(analysis, folder, in_folder=in_folder, **disk_meta)
        elif disk_meta:
            store.set_meta(**disk_meta)  # the next reopen takes the fast path
        analysis.timings["read"] = read
        analysis.timings["total"] = time.perf_counter() - t0
        return analysis, Changes()
    old = store.load(folder)
    analysis, reanalysed = _reuse_unchanged(old, documents, folder, progress, cancelled)
    analysis.problems = [*problems, *analysis.problems]  # those of reading, then of analysing
    analysis.timings["read"] = read
    t1 = time.perf_counter()
    with pipeline.executor_for(len(documents), jobs) if executor is None else nullcontext(executor) as runner:
        pipeline.link(analysis, executor=runner, cancelled=cancelled, reuse=stored_links(old, analysis, folder))
    del old
    analysis.timings["link"] = time.perf_counter() - t1
    if cancelled is not None and cancelled():
        raise pipeline.Cancelled()
    orphans = store.save(analysis, folder, in_folder=in_folder, **disk_meta)
    analysis.timings["total"] = time.perf_counter() - t0
    changes = Changes(
        added=tuple(p for p in current if p not in stored),
        changed=tuple(p for p in current if p in stored and stored[p] != current[p]),
        removed=tuple(p for p in stored if p not in current),
        reanalysed=tuple(reanalysed),
        relinked=True,
        orphaned_notes=tuple(orphans),
    )
    return analysis, changes


def _stored_on_disk(store: Store) -> dict[str, str] | None:
    """The `_hashes_on_disk` of the folder when the analysis was saved (None for older files)."""
    raw = store.meta("on_disk")
    try:
        value = json.loads(raw) if raw else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _hashes_on_disk(folder: Path, recurse: bool = True, outside_links: bool = False) -> dict[str, str] | None:
    """{relative path: sha256 of the bytes} of the folder's articles, as core.ingest.folder hashes them,
    and {relative path: "refused: size"} for the article entries it refuses unread (too large, not a
    regular file), which are never opened here either (a refused 4 GB file is not read on every
    reopen). None when one cannot be read (the full read then reports it)."""
    hashes: dict[str, str] = {}
    try:
        articles, refused = list_entries(folder, recurse=recurse, outside_links=outside_links)
        for path, _ in articles:
            hashes[relative_path(storable(str(path)), folder)] = hashlib.sha256(path.read_bytes()).hexdigest()
        for path in refused:
            try:
                size = path.lstat().st_size
            except OSError:
                size = -1
            hashes[relative_path(storable(str(path)), folder)] = f"refused: {size}"
    except (OSError, FolderError):
        return None
    return hashes


def _reuse_unchanged(
    old: Analysis,
    documents: list[Document],
    folder: Path,
    progress: pipeline.Progress | None,
    cancelled: pipeline.IsCancelled | None,
) -> tuple[Analysis, list[str]]:
    """Sentences and mentions of DOCUMENTS: stored ones for unchanged articles (ids renumbered when an
    article was added or removed before them), `analyze_document` for the others."""
    old_docs = {relative_path(d.path, folder): d for d in old.documents}
    old_sentences: dict[str, list[Sentence]] = {}
    old_mentions: dict[str, list[Mention]] = {}
    for s in old.sentences:
        old_sentences.setdefault(s.doc, []).append(s)
    for m in old.mentions:
        old_mentions.setdefault(m.doc, []).append(m)
    analysis = Analysis(folder=str(folder), documents=documents)
    reanalysed: list[str] = []
    for i, doc in enumerate(documents):
        if cancelled is not None and cancelled():
            raise pipeline.Cancelled()
        rel = relative_path(doc.path, folder)
        if progress is not None:
            progress(i, len(documents) + 1, f"reading {rel}")
        previous = old_docs.get(rel)
        if previous is not None and previous.sha256 == doc.sha256:
            rename = _renamer(previous.id, doc.id)
            analysis.sentences.extend(
                replace(s, id=rename(s.id), doc=doc.id) for s in old_sentences.get(previous.id, [])
            )
            analysis.mentions.extend(
                replace(
                    m,
                    id=rename(m.id),
                    doc=doc.id,
                    sentence=rename(m.sentence),
                    frame=replace(m.frame, part_of=rename(m.frame.part_of)) if m.frame.part_of else m.frame,
                )
                for m in old_mentions.get(previous.id, [])
            )
        else:
            try:
                sentences, mentions = pipeline.analyze_document(doc)
            except Exception:  # noqa: BLE001 - one odd text must not cost the folder: listed below
                sentences, mentions = [], []
            analysis.sentences.extend(sentences)
            analysis.mentions.extend(mentions)
            reanalysed.append(rel)
    analysis.problems.extend(pipeline.unanalysed_problems(documents, analysis.sentences, str(folder)))
    if progress is not None:
        progress(len(documents), len(documents) + 1, "comparing articles")
    return analysis, reanalysed


def _renamer(old_id: str, new_id: str) -> Callable[[str], str]:
    """Maps "d3.s7" to "d4.s7" when article d3 became d4."""
    prefix = old_id + "."

    def rename(item_id: str) -> str:
        return new_id + item_id[len(old_id) :] if item_id.startswith(prefix) else item_id

    return rename
