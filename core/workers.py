"""The processes that run the pipeline's maps (core.parallel): how many, how a pool of them is
started, and what each worker sets up before its first task (priority, cycle collection, ending
with its parent)."""

from __future__ import annotations

import gc
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: an in-process analysis never loads concurrent.futures
    from concurrent.futures import ProcessPoolExecutor

WORKER_NICENESS = 0
"""How much lower than this process the pool's workers run (`os.nice`). The window sets it
(`lower_worker_priority`): its analysis thread and GUI thread then get a core before the workers.
When the workers kept both cores busy, the analysis thread, holding the interpreter lock, was
preempted by them and the GUI thread waited on the lock 50-100 ms."""


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of JOBS worker processes that is safe to start from any thread (the GUI's worker too):
    workers fork from a clean server process that has imported the pipeline once (forkserver),
    never from a process with running threads; spawn where there is no forkserver (Windows).
    Imported here: a folder analysed in-process never pays for multiprocessing's imports."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["core.pipeline"])
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(WORKER_NICENESS,)
    )


def lower_worker_priority(niceness: int) -> None:
    """Run later pools' workers NICENESS steps below this process (0: the same priority)."""
    global WORKER_NICENESS  # noqa: PLW0603 - one setting for the process, made once by the window
    WORKER_NICENESS = niceness


WORKER_YOUNG_COLLECTION = 50_000
"""Objects a worker makes (net) between two collections of the youngest generation (Python's default:
700). Analysing an article or linking a story makes no cyclic garbage (none left over 5,000 articles,
nor over the 400 largest stories of 10,000), yet the default threshold spent 2.5-3.3 % of a worker's
CPU walking what it had just made (0.22-0.31 s over 5,000 articles; 0.013 s with this threshold).
Cycles, should any appear, are still collected."""


def _start_worker(niceness: int) -> None:
    """In a worker: lower its priority by NICENESS, collect cycles seldom, and end it with its parent."""
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)
    gc.set_threshold(WORKER_YOUNG_COLLECTION, *gc.get_threshold()[1:])
    end_with_parent()


def end_with_parent() -> None:
    """In a worker (or the window's analysis process, gui.analysis_process): end when the process
    that started it ends, even killed (a pool's workers otherwise wait for work forever)."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
