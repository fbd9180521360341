"""A project: a folder of articles, its analysis and the user's notes, kept in one SQLite file.

    project = Project.open("~/stories/convoy")     # a folder, or a .sqlite saved earlier
    project.analysis                                # core.model.Analysis, ready to show
    project.changes.describe()                      # "1 article changed: bbc.txt" / "no article changed"
    note = project.add_note("f3", "ask the ministry")   # a Fact, a Sentence or their id
    project.notes(orphaned=True)                    # notes whose fact or sentence is gone
    project.search("حافلات")                        # [core.store.Hit]
    project.save_as("/media/usb/convoy.sqlite")
    project.close()

Where the file lives: core.project_location (`project_file_for`). Reopening: core.project_update
(nothing changed → the stored analysis is loaded, no article is read; otherwise only added or
changed articles are analysed and only their stories linked). What it found: core.project_changes.
A Project is used by one thread at a time (open it in a worker, then hand it to the GUI thread).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from core import pipeline
from core.folder_run import FolderRun
from core.ingest.folder import ProblemSink
from core.model import Analysis, Document, Fact, Problem, Sentence
from core.project_changes import Changes as Changes  # re-exported for the GUI
from core.project_location import PROJECT_FILE as PROJECT_FILE
from core.project_location import fallback_project_file as fallback_project_file
from core.project_location import folder_is_writable as folder_is_writable
from core.project_location import project_file_for
from core.project_update import ANALYZER as ANALYZER
from core.project_update import NeedsAnalysis as NeedsAnalysis  # re-exported for the GUI
from core.project_update import Preread as Preread  # re-exported for the GUI
from core.project_update import bring_up_to_date
from core.project_verdicts import VerdictsMixin
from core.store import Hit, Note, Store
from core.store import ProjectFileError as ProjectFileError  # re-exported for the GUI
from core.store import ProjectInUse as ProjectInUse  # re-exported for the GUI
from core.store.notes import fact_anchor, sentence_anchor

if TYPE_CHECKING:
    from concurrent.futures import Executor

__all__ = ["Cancelled", "Changes", "Project", "project_file_for", "read_articles"]

Cancelled = pipeline.Cancelled
"""Raised by `Project.open` when its `cancelled` callable says stop (the GUI need not know pipeline)."""


def read_articles(
    folder: str | Path, *, recurse: bool = True, outside_links: bool = False, on_problem: ProblemSink | None = None
) -> tuple[list[Document], list[Problem]]:
    """The articles of FOLDER as read, before any analysis: shown while a first analysis runs."""
    return pipeline.read_documents(folder, recurse=recurse, outside_links=outside_links, on_problem=on_problem)


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
        preread: Preread | None = None,
        elsewhere_from: int | None = None,
    ) -> Project:
        """Open a folder of articles (creating or updating its project file) or a saved `.sqlite` project.

        PROJECT_FILE overrides where a folder's project is kept (`analyze --db FILE`). RECURSE=False
        reads only the folder itself, not its subfolders (articles that leave count as removed). JOBS
        and EXECUTOR say where the analysis runs (see `core.pipeline.analyze_folder`). OUTSIDE_LINKS
        reads links that lead out of the folder; ON_PROBLEM is called for each problem as the files
        are read (problems of an unchanged folder come from the project file instead). PREREAD is
        what `read_articles` gave for the same folder just before: a first analysis does not decode
        those files again. ELSEWHERE_FROM: when the folder's articles changed (or none is stored) and
        the project file holds this many articles or more (0: whatever it holds), raise
        core.project_update.NeedsAnalysis, the file left as it was, instead of analysing: the window
        then runs the analysis in a process of its own. Raises
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
            store = Store.open(file, check_beside=True)
        else:
            store = Store.open(path, create=False, check_beside=True)
            folder = None
        try:
            if folder is None:
                folder = _stored_folder(store)
            run = FolderRun(recurse, jobs, executor, outside_links, on_problem)
            analysis, changes = bring_up_to_date(store, folder, progress, cancelled, run, preread, elsewhere_from)
            store.verified()
        except sqlite3.DatabaseError:
            try:
                store.verified()  # a damaged page met while reading: said as such
            finally:
                store.close()
            raise
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
