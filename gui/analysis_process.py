"""A large folder's analysis run in a process of its own, then the project reopened in the window's.

The window's process runs one interpreter. While a first analysis ran in a thread of it, that
thread and the process pool's feeding threads took the interpreter lock in turn. The GUI thread
waited behind them: a gap of 104 ms with no CPU for the GUI thread while opening 10,000 articles
(issue 14).

Here the analysis (a first one, or bringing a stored one up to date) runs in a child process, with a
lock of its own, reads the folder (a first analysis hands each article to the workers as it is
read) and saves the project file. The window's process only reads the child's messages:
progress, problems as found, the outcome. Once the child is done, the project is reopened in the
window's process: the folder is unchanged, so its stored analysis is loaded (1.6 s at 10,000
articles, its longest stall 34 ms). A crash of the analysis ends the child, not the window.

Nothing here imports Qt: the child imports this module, not the window's.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.model import Problem
from core.progress import heard

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Event

CHILD_FROM = 1000
"""The fewest articles whose analysis (a first one: article files in the folder, counted by name;
an update: articles in the project file) runs in a child process. A child costs about a second to
start (the pipeline imported again) and the saved project is read back once it is done, so a small
folder is analysed in the window's process, where its analysis takes a few seconds."""
PROGRESS_INTERVAL_S = 0.03
"""The child sends progress at most this often, unless the step changes."""


@dataclass(frozen=True)
class ChildOpen:
    """What the child needs to open the project (the window's `OpenOptions`, resolved)."""

    path: str
    project_file: str | None
    recurse: bool
    jobs: int | None
    outside_links: bool
    niceness: int
    """How far below the child its pool's workers run (the window's `core.workers.WORKER_NICENESS`)."""


class ChildRefused(Exception):
    """The child could not open the project file: `str(exc)` is its message for the user."""


class ChildFailed(Exception):
    """The child's analysis failed: `str(exc)` is the error and the child's traceback."""


class ChildCancelled(Exception):
    """The child stopped because the window cancelled the analysis."""


class ChildInUse(Exception):
    """The project file was held by another window or command (or this window's cancelled analysis)
    when the child tried to open it."""


def run_in_child(
    request: ChildOpen,
    progress: Callable[[int, int, str], None],
    on_problem: Callable[[Problem], None],
    cancelled: Callable[[], bool],
) -> Any:
    """Open REQUEST's folder in a child process, relaying its progress and problems; return the
    child's `core.project_changes.Changes` once the project is saved. The child reads the folder
    itself: the window's process holds no article (all 10,000 read there, then pickled to the child,
    cost its interpreter 3 s of reading and the GUI thread gaps behind the lock).
    Raises ChildCancelled, ChildInUse, ChildRefused, ChildFailed."""
    import multiprocessing

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context: Any = multiprocessing.get_context(method)
    ours, theirs = context.Pipe()
    stop = context.Event()
    child = context.Process(target=child_main, args=(theirs, stop, request), name="muqabala analysis")
    child.start()
    theirs.close()
    try:
        outcome = _relay(ours, child, progress, on_problem, cancelled, stop)
    except BaseException:
        stop.set()
        ours.close()
        child.join(5)
        if child.is_alive():
            child.terminate()  # the save is one transaction: the project file keeps its last one
        raise
    ours.close()
    child.join()
    if outcome is None:
        raise ChildFailed(f"the analysis process ended unexpectedly (exit code {child.exitcode})")
    kind, detail = outcome[0], outcome[1] if len(outcome) > 1 else None
    if kind == "done":
        return detail
    if kind == "cancelled":
        raise ChildCancelled()
    if kind == "in use":
        raise ChildInUse(detail)
    if kind == "refused":
        raise ChildRefused(detail)
    raise ChildFailed(detail)


def _relay(
    ours: Connection,
    child: Any,
    progress: Callable[[int, int, str], None],
    on_problem: Callable[[Problem], None],
    cancelled: Callable[[], bool],
    stop: Event,
) -> tuple[Any, ...] | None:
    """Pass the child's messages on until its outcome (None: it ended without one)."""
    while True:
        if cancelled():
            stop.set()
        if not ours.poll(0.05):
            if not child.is_alive() and not ours.poll():
                return None
            continue
        try:
            message = ours.recv()
        except EOFError:
            return None
        if message[0] == "progress":
            progress(*message[1:])
        elif message[0] == "problem":
            on_problem(message[1])
        else:
            return tuple(message)


def child_main(conn: Connection, stop: Event, request: ChildOpen) -> None:
    """In the child: open the project (analysed and saved), and say how it ended. The child runs at
    the window's priority, as the analysis thread did, and its workers NICENESS below it: at the
    workers' priority (a first try), the child's own steps between the maps (reading, grouping,
    saving) waited behind them and 10,000 articles took 4-5 s longer."""
    from core import workers
    from core.collector import collector_off_until_exit

    workers.end_with_parent()  # the window gone (even killed), the child and its workers end
    workers.lower_worker_priority(request.niceness)
    try:
        with collector_off_until_exit():  # the child ends with the analysis: no collection walks it
            outcome: tuple[Any, ...] = ("done", _open(conn, stop, request))
    except _Stopped:
        outcome = ("cancelled",)
    except _Refused as exc:
        outcome = ("in use" if exc.args[1] else "refused", exc.args[0])
    except Exception as exc:  # noqa: BLE001 - every failure must reach the window
        outcome = ("failed", f"{exc}\n\n{traceback.format_exc()}")
    try:
        conn.send(outcome)
    except OSError:  # the window stopped listening: it cancelled, or it is gone
        pass
    finally:
        conn.close()


class _Stopped(Exception):
    """In the child: the window cancelled."""


class _Refused(Exception):
    """In the child: the project file was refused (its message, whether it was in use)."""


def _open(conn: Connection, stop: Event, request: ChildOpen) -> Any:
    """`Project.open` as the window's thread calls it; the project's Changes once it is closed."""
    from core.project import Cancelled, Project, ProjectFileError, ProjectInUse

    last: list[Any] = [0.0, ""]  # when progress was last sent, and its step

    def progress(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        step = heard(message)[0]
        if done >= total or step != last[1] or now - last[0] >= PROGRESS_INTERVAL_S:
            last[:] = [now, step]
            conn.send(("progress", done, total, message))

    try:
        project = Project.open(
            Path(request.path),
            project_file=request.project_file,
            progress=progress,
            cancelled=stop.is_set,
            recurse=request.recurse,
            jobs=request.jobs,
            outside_links=request.outside_links,
            on_problem=lambda problem: conn.send(("problem", problem)),
        )
    except Cancelled as exc:
        raise _Stopped() from exc
    except ProjectFileError as exc:
        raise _Refused(str(exc), isinstance(exc, ProjectInUse)) from exc
    with project:
        return project.changes
