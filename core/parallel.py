"""Runs the pipeline's maps (over articles, over stories) on any `concurrent.futures.Executor`.

91 % of an analysis is per article (sentences, numbers, profiles) or per story (alignment, facts),
so both maps spread over the machine's cores: a process pool by default, or whatever executor the
caller gives (a Dask `distributed.Client.get_executor()` runs them on a cluster with no other
change). Items go out in chunks and come back in their own order, so the result is the one a
serial run gives; a folder's articles go out as they are read (`ChunkFeed`). A small folder is
analysed in this process (`SERIAL_BELOW`): starting workers would cost more than it saves.
Progress is reported as chunks come back and cancellation is checked while waiting, so a cancel
is honoured within `POLL_S` even in the middle of a map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Generic, TypeVar

from core.workers import default_jobs, process_pool

if TYPE_CHECKING:  # imported where used: an in-process analysis never loads concurrent.futures
    from concurrent.futures import Executor, Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

SERIAL_BELOW = 120
"""Folders with fewer articles are analysed in-process: a pool's start-up (about half a second
per worker) is more than their whole analysis spread over two cores would save."""
RENEW_FROM = 20_000
"""Folders from which the stories are linked on new workers (`EarlyPool.renewed`): 30,603 articles'
peak fell from 1,306 to 1,004 MB (all processes). Two new workers cost 2.5 billion instructions
(boots, cold caches: +27 % for 200 articles, ~2 % of 10,000's CPU), where memory is not the limit."""
CHUNKS_PER_WORKER = 8
"""Chunks per worker in a map: enough for an even load, few enough that sending them is cheap."""
MAX_CHUNK_WEIGHT = 100
"""The most weight in one chunk (for articles: 100 KB of text). Each result is unpickled in this
process by the pool's result thread holding the GIL: 600 articles' parts (3.7 MB) took 111 ms, a
freeze of the window that runs the analysis; at that rate (0.13 ms per KB, not measured on its own)
100 KB of text comes back in ~13 ms."""
POLL_S = 0.1


class Cancelled(Exception):
    """The user cancelled the analysis; nothing partial is returned."""


class EarlyPool:
    """A process pool started as soon as a folder is known to be large (`start_for`, called when its
    files are listed), not once they are read: the workers boot (about a second for the first pool of
    a process: the fork server imports the pipeline) in other processes while this one reads.
    Never started for a folder below SERIAL_BELOW or with one job; shut down on leaving the `with`."""

    def __init__(self, jobs: int | None) -> None:
        self.jobs = default_jobs() if jobs is None else jobs
        self.pool: ProcessPoolExecutor | None = None

    def start_for(self, articles: int) -> None:
        """Start the pool when ARTICLES (files to read) make it worth it; its workers boot in a thread."""
        if self.pool is not None or self.jobs <= 1 or articles < SERIAL_BELOW:
            return
        import threading

        pool = self.pool = process_pool(self.jobs)

        def boot() -> None:  # a submit blocks until the fork server is up: made here, reading goes on
            try:
                for _ in range(self.jobs):
                    pool.submit(int)
            except RuntimeError:  # shut down meanwhile (cancelled, or the folder read fewer articles)
                pass

        threading.Thread(target=boot, name="pool boot", daemon=True).start()

    def executor_for(self, documents: int) -> ProcessPoolExecutor | None:
        """The pool for a folder of DOCUMENTS articles as read (None: analyse them in this process)."""
        if documents < SERIAL_BELOW or self.jobs <= 1:
            return None
        self.start_for(documents)
        return self.pool

    def renewed(self, articles: int) -> ProcessPoolExecutor | None:
        """The pool, its workers new for a folder of RENEW_FROM ARTICLES or more (booting while this
        process goes on): those of the map over articles end, and their word caches with them."""
        if self.pool is not None and articles >= RENEW_FROM:
            self.close()
            self.start_for(SERIAL_BELOW)
        return self.pool

    def __enter__(self) -> EarlyPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(wait=exc_type is None)

    def close(self, wait: bool = True) -> None:
        """Shut the pool down (when it was started), dropping what it has not begun. Without WAIT
        (a cancel, an error) the chunks already running finish on their own while this returns:
        articles go to the workers as they are read, and waiting for the three a pool of two
        holds made a cancel while reading take 1.5 s instead of 0.3 s."""
        if self.pool is not None:
            self.pool.shutdown(wait=wait, cancel_futures=True)
            self.pool = None


@contextmanager
def pool_for(documents: int, jobs: int | None) -> Iterator[ProcessPoolExecutor | None]:
    """A process pool of JOBS workers (default: every core) for the work of DOCUMENTS articles, shut
    down afterwards; None (in-process) for one job or less work than `SERIAL_BELOW` articles."""
    with EarlyPool(jobs) as early:
        yield early.executor_for(documents)


def _chunk_weight(total: int, workers: int) -> int:
    """The weight of one chunk when TOTAL is cut for WORKERS: `CHUNKS_PER_WORKER` each, at most
    MAX_CHUNK_WEIGHT."""
    return max(1, min(MAX_CHUNK_WEIGHT, total // max(1, workers * CHUNKS_PER_WORKER)))


def chunked(items: Sequence[T], workers: int, weight: Callable[[T], int] | None = None) -> list[list[T]]:
    """ITEMS in order, cut into about `workers * CHUNKS_PER_WORKER` runs of similar total weight
    (more when that would put over MAX_CHUNK_WEIGHT in one)."""
    if not items:
        return []
    weights = [weight(x) if weight else 1 for x in items]
    target = _chunk_weight(sum(weights), workers)
    out: list[list[T]] = [[]]
    held = 0
    for item, w in zip(items, weights, strict=True):
        if held >= target and out[-1]:
            out.append([])
            held = 0
        out[-1].append(item)
        held += w
    return out


def run_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    executor: Executor | None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[R]:
    """[fn(x) for x in ITEMS], on EXECUTOR when given; `progress(done, total)` as items finish.
    MEANWHILE: work of this process, done once every item is handed over and before the results
    are awaited (on an executor, while the items run).

    Raises Cancelled when `cancelled()` turns true (the items not started are dropped)."""
    run = MapRun(fn, executor)
    try:
        for item in items:
            run.add(item)
        if meanwhile is not None:
            meanwhile()
    except BaseException:
        run.cancel()
        raise
    return list(run.results(progress, cancelled))


class MapRun(Generic[T, R]):
    """`run_map` in two halves: items given one at a time as they come (`add`), results taken in
    their order (`ready`, `results`). On an executor an item starts as soon as it is added: a
    folder's first articles are analysed while the others are still being read."""

    def __init__(self, fn: Callable[[T], R], executor: Executor | None) -> None:
        import queue

        self.fn, self.executor = fn, executor
        self.items: list[T] = []  # in-process: run by `results`
        self.futures: list[Future[R] | None] = []  # None: its result handed out
        self.taken = 0
        # each future says when it is done: waiting on all pending futures at every turn
        # (`concurrent.futures.wait`) locked and unlocked each of them, O(chunks²): 10,000 articles'
        # 1,242 chunks kept this process busy, and the GIL from a window's GUI thread
        self.finished: queue.SimpleQueue[Future[R]] = queue.SimpleQueue()

    def add(self, item: T) -> None:
        """Hand ITEM over: started at once on the executor, kept for `results` in-process."""
        if self.executor is None:
            self.items.append(item)
            return
        future = self.executor.submit(self.fn, item)
        future.add_done_callback(self.finished.put)
        self.futures.append(future)

    def cancel(self) -> None:
        """Drop the items not started (call when giving up the run)."""
        for future in self.futures:
            if future is not None:
                future.cancel()

    def ready(self) -> Iterator[R]:
        """The results of the items done, in order up to the first not done, each let go of once handed
        out (held to the last, 10,000 articles' parts weighed 220 MB at once here, term counts mostly)."""
        while self.taken < len(self.futures):
            future = self.futures[self.taken]
            if future is None or not future.done():
                return
            self.futures[self.taken] = None
            self.taken += 1
            yield future.result()

    def results(
        self, progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> Iterator[R]:
        """The results not handed out yet, in order, each once it and those before it are back; `progress(done,
        total)` as they finish. Raises Cancelled when `cancelled()` turns true, and what an item raised."""
        if self.executor is None:
            yield from self._results_here(progress, cancelled)
            return
        import queue

        total, done = len(self.futures), 0
        try:
            while True:
                yield from self.ready()
                if self.taken == total:
                    return
                if cancelled is not None and cancelled():
                    raise Cancelled()
                try:
                    back = [self.finished.get(timeout=POLL_S)]
                except queue.Empty:
                    continue
                while done + len(back) < total and not self.finished.empty():  # the others back meanwhile: one report
                    back.append(self.finished.get_nowait())
                for future in back:
                    if future.exception() is not None:
                        raise future.exception()  # type: ignore[misc]
                done += len(back)
                if progress is not None:
                    progress(done, total)
        except BaseException:
            self.cancel()
            raise

    def _results_here(
        self, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
    ) -> Iterator[R]:
        total = len(self.items)
        for i, item in enumerate(self.items):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(i, total)
            yield self.fn(item)


class ChunkFeed(Generic[T, R]):
    """Items cut into chunks as they come, as `chunked` cuts a whole list, and each chunk handed to
    a MapRun of FN as soon as it is full: the map over a folder's articles starts on the first
    chunk while the rest of the folder is still being read (reading 10,000 articles took 2-4 s
    of one core while the workers waited). The chunk weight aims at `chunked`'s from the items
    announced (`expect`) and the weight of those seen so far."""

    def __init__(self, fn: Callable[[list[T]], R], weight: Callable[[T], int]) -> None:
        self.fn, self.weight = fn, weight
        self.run: MapRun[list[T], R] | None = None
        self.sizes: list[int] = []
        """The number of items in each chunk handed over, in order."""
        self._pending: list[T] = []
        self._held = self._seen = self._seen_weight = self._expected = 0

    def start(self, executor: Executor) -> None:
        """Hand chunks to EXECUTOR from now on (the first call decides)."""
        if self.run is None:
            self.run = MapRun(self.fn, executor)

    @property
    def executor(self) -> Executor | None:
        """Where the chunks go, once `start` was called (None before)."""
        return self.run.executor if self.run is not None else None

    def expect(self, count: int) -> None:
        """About COUNT items will come in all (a sizing hint)."""
        self._expected = count

    def add(self, item: T) -> None:
        """Take ITEM; the chunk it fills goes out at once (when an executor was started)."""
        weight = self.weight(item)
        self._pending.append(item)
        self._held += weight
        self._seen += 1
        self._seen_weight += weight
        if self.run is not None and self._held >= self._target(self.run.executor):
            self._send(self._pending)
            self._pending = []

    def finish(self, executor: Executor | None) -> MapRun[list[T], R]:
        """The run with every item handed over: those still held cut by `chunked`, on EXECUTOR
        when no chunk was sent before (None: in this process)."""
        if self.run is None:
            self.run = MapRun(self.fn, executor)
        for chunk in chunked(self._pending, worker_count(self.run.executor), self.weight):
            self._send(chunk)
        self._pending = []
        return self.run

    def ready(self) -> Iterator[R]:
        """The results of the chunks back so far, in order, each handed out once (`MapRun.ready`)."""
        return self.run.ready() if self.run is not None else iter(())

    def cancel(self) -> None:
        """Drop the chunks handed over and not started."""
        if self.run is not None:
            self.run.cancel()

    def _target(self, executor: Executor | None) -> int:
        estimate = self._seen_weight * max(self._expected, self._seen) // self._seen
        return _chunk_weight(estimate, worker_count(executor))

    def _send(self, chunk: list[T]) -> None:
        assert self.run is not None
        self.run.add(chunk)
        self.sizes.append(len(chunk))
        self._held = 0


def worker_count(executor: Executor | None) -> int:
    """How many items an executor runs at once (1 in-process; 2 × cores when unknown)."""
    if executor is None:
        return 1
    known = getattr(executor, "_max_workers", None)
    if isinstance(known, int):
        return known
    client = getattr(executor, "_client", None)  # distributed.client.ClientExecutor
    if client is not None:
        try:
            return max(1, int(sum(client.nthreads().values())))
        except Exception:  # noqa: BLE001 - only a sizing hint
            pass
    return 2 * default_jobs()


def flatten(chunks: list[list[T]]) -> list[T]:
    """The items of a map's chunks, in order."""
    return [x for chunk in chunks for x in chunk]
