"""Opening a project (and analysing what changed) off the GUI thread.

The task opens a `core.project.Project` on a folder or a saved `.sqlite` file: an unchanged folder
loads its stored analysis at once, otherwise the new or changed articles are analysed. The open
Project is then handed to the GUI thread (signal `opened`) and the worker never touches it again,
so the Project is used by one thread at a time. `Project.open` takes plain callables for progress
and cancellation; the task below wraps them: progress becomes a Qt signal (throttled so a chatty
core cannot flood the GUI's event queue) and cancellation is a thread-safe flag the GUI sets
directly. Signals emitted from the worker thread reach GUI-thread slots as queued calls, so the
window never waits on the analysis.
"""

from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.progress import heard
from gui import gc_policy
from gui.analysis_process import (
    CHILD_FROM,
    ChildCancelled,
    ChildFailed,
    ChildInUse,
    ChildOpen,
    ChildRefused,
    run_in_child,
)
from gui.article_picker import MAX_SIDE_BY_SIDE

PREVIEW = MAX_SIDE_BY_SIDE
"""Articles read here, before a large folder's analysis, to be shown while it runs: as many as the
window shows side by side."""
PROGRESS_INTERVAL_S = 0.03
PREVIOUS_TASK_GRACE_S = 10.0
"""How long a new analysis waits for the window's own cancelled one to let go of the project."""


@dataclass(frozen=True)
class OpenOptions:
    """How to open a folder, as Preferences say (read on the GUI thread: the worker reads no settings)."""

    project_file: Path | None = None
    """Where the project file goes; None: beside the articles (core.project decides)."""
    recurse: bool = True
    """Read the articles of subfolders too."""
    jobs: int | None = None
    """Analysis processes; None: every core."""
    outside_links: bool = False
    """Read links that lead out of the folder (off: they are listed as problems)."""
    process_from: int = CHILD_FROM
    """The fewest articles whose analysis (first, or an update) runs in a process of its own
    (gui.analysis_process)."""


class AnalysisTask(QObject):
    """Opens one folder or project file in a worker thread and reports through signals."""

    documents_ready = Signal(object)
    """(list[Document], list[Problem]) as soon as the files are read, before a first analysis."""
    opened = Signal(object)
    """The open `core.project.Project`, handed over to the receiving (GUI) thread; emitted just
    before `finished`. A receiver that does not want it must close it."""
    refused = Signal(str)
    """The project file cannot be opened (not Muqabala's, newer, corrupt): the message for the user.
    The file was not modified."""
    progress = Signal(int, int, str)
    problem_found = Signal(object)
    """A `core.model.Problem`, the moment the reading meets it (the Problems panel fills live)."""
    finished = Signal(object)
    """The `core.model.Analysis`."""
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()
    """Emitted last, whatever the outcome."""

    def __init__(self, folder: str, options: OpenOptions | None = None, wait_for_own_s: float = 0.0) -> None:
        super().__init__()
        self.folder = folder
        """A folder of articles or a project file."""
        self.options = options or OpenOptions()
        self.wait_for_own_s = wait_for_own_s
        """How long a project held by this window's own cancelled task is waited for."""
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self._last_step = ""

    def cancel(self) -> None:
        """Ask the analysis to stop at its next check (safe to call from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        step = heard(message)[0]
        # a new step is always said: «writing the project file» comes right after «comparing articles»
        if done >= total or step != self._last_step or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress, self._last_step = now, step
            self.progress.emit(done, total, message)

    @Slot()
    def run(self) -> None:
        """Open the project; exactly one of finished (after opened) / refused / failed / cancelled follows."""
        try:
            self._run()
        finally:
            self.done.emit()

    def _run(self) -> None:
        # a fresh analysis or a reopened project builds many objects in this thread: a collection
        # among them holds the GIL (45-70 ms at 1,000 articles), so none until the GUI settles
        gc_policy.pause()
        try:
            from core.project import Cancelled, ProjectFileError, ProjectInUse, project_file_for
        except Exception as exc:  # noqa: BLE001 - a broken install must reach the user too
            self.failed.emit(f"cannot load the analysis: {exc}\n\n{traceback.format_exc()}")
            return
        try:
            path, options = Path(self.folder), self.options
            preread, first = None, path.is_dir() and not (options.project_file or project_file_for(path)).exists()
            if first:  # a first analysis takes a while: show the articles as soon as they are read
                preread = self._first_read(path)
            if self._cancel.is_set():
                raise Cancelled()
            deadline = time.monotonic() + self.wait_for_own_s
            while True:
                try:
                    project = self._open(path, preread, first)
                    break
                except (ProjectInUse, ChildInUse) as exc:
                    if time.monotonic() >= deadline or self._cancel.is_set():
                        raise ChildRefused(str(exc)) from exc
                    time.sleep(0.05)
        except (Cancelled, ChildCancelled):
            self.cancelled.emit()
        except (ProjectFileError, ChildRefused) as exc:
            if Path(self.folder).exists():
                self.refused.emit(str(exc))
            else:  # nothing to refuse: the folder is gone (an error like any other)
                self.failed.emit(str(exc))
        except ChildFailed as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(f"{exc}\n\n{traceback.format_exc()}")
        else:
            if self._cancel.is_set():
                project.close()
                self.cancelled.emit()
                return
            analysis = project.analysis
            project.reviewed()  # the verdicts applied to the whole folder here, off the GUI thread
            self.opened.emit(project)  # from here on the Project belongs to the GUI thread
            self.finished.emit(analysis)

    def _first_read(self, path: Path) -> tuple[list[Any], list[Any]] | None:
        """Before a first analysis: the articles shown while it runs (`documents_ready`). A folder
        of `process_from` articles or more is read by the analysis's own process, which hands each
        article to its workers as it reads it: only the first `PREVIEW` are read here, and None is
        returned. A smaller folder is read here whole and returned: the analysis takes it as read
        (no file decoded twice)."""
        from core.ingest.folder import list_folder, read_listed

        listing = list_folder(path, recurse=self.options.recurse, outside_links=self.options.outside_links)
        if len(listing.articles) >= self.options.process_from:
            docs, _problems = read_listed(listing, first=PREVIEW)  # the child reports the problems
            self.documents_ready.emit((docs, []))
            return None
        docs, problems = read_listed(listing, on_problem=self.problem_found.emit)
        self.documents_ready.emit((docs, problems))
        return docs, problems

    def _open(self, path: Path, preread: tuple[list[Any], list[Any]] | None, first: bool) -> Any:
        """The project opened: analysed or brought up to date in a process of its own when it holds
        `process_from` articles or more (gui.analysis_process), here otherwise (FIRST: a first
        analysis, of PREREAD when this thread read the folder). A stored analysis that needs no work
        is loaded here whatever its size."""
        from core.project import NeedsAnalysis

        large = self.options.process_from
        if first:
            return self._open_here(path, preread) if preread is not None else self._open_in_child(path)
        try:  # a small project's update goes on here, in the same open (its folder listed once)
            return self._open_here(path, None, elsewhere_from=large)
        except NeedsAnalysis:
            return self._open_in_child(path)

    def _open_here(
        self, path: Path, preread: tuple[list[Any], list[Any]] | None, *, elsewhere_from: int | None = None
    ) -> Any:
        """`Project.open` in this thread, as the options say, its progress and problems re-emitted."""
        from core.project import Project

        options = self.options
        return Project.open(
            path,
            project_file=options.project_file,
            progress=self._progress,
            cancelled=self._cancel.is_set,
            recurse=options.recurse,
            jobs=options.jobs,
            outside_links=options.outside_links,
            on_problem=self.problem_found.emit,
            preread=preread,
            elsewhere_from=elsewhere_from,
        )

    def _open_in_child(self, path: Path) -> Any:
        """An analysis in a process of its own (gui.analysis_process), then the project it saved
        opened here: the folder unchanged, its stored analysis is loaded, not computed again."""
        from core import workers
        from core.project import Changes

        options = self.options
        request = ChildOpen(
            str(path),
            str(options.project_file) if options.project_file is not None else None,
            options.recurse,
            options.jobs,
            options.outside_links,
            workers.WORKER_NICENESS,
        )
        changes = run_in_child(request, self._progress, self.problem_found.emit, self._cancel.is_set)
        project = self._open_here(path, None)
        if project.changes == Changes():  # as the child left it: what the child did is what changed
            project.changes = changes
        return project


class AnalysisRunner(QObject):
    """Owns the worker thread of one analysis; start it, cancel it, wait for it."""

    def __init__(self, task: AnalysisTask, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("analysis")
        task.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(task.run)
        task.done.connect(self.worker_thread.quit)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.task.cancel()

    def is_running(self) -> bool:
        return bool(self.worker_thread.isRunning())

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the thread ends (used at shutdown only)."""
        return bool(self.worker_thread.wait(msecs))
