"""One budget for all the window's work done a slice per event-loop turn.

Five kinds of work are sliced, each on its own zero-interval timer: the reader's panes and marks,
the stories list's folded texts, the story buckets, the facts matrix and the synopsis's row heights.
Qt fires every due timer in one pass of its event loop, so when several run at once their slices
add up between two chances to repaint or answer a key: after a folder opened, a pane, a slice of
folding and a slice of the facts matrix together held the GUI thread 46-57 ms. Each job asks
`may_run()` before its slice and times it with `slice()`: once the slices of the last `WINDOW_S`
reach `BUDGET_S`, the jobs wait for a later pass (their timers fire again at once; a refused check
costs microseconds). Timers due together fire in turn, so every job keeps moving.

A long slice is also followed by a pause as long as itself: Qt fires a zero-interval timer again in
the same pass of its event loop (it is re-armed at the pass's time, so it stays due), before the
other timers due then and before the next paint. Within the budget, a pane made in 6-9 ms was
put in its place at once, and the window could not paint or answer for both.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

WINDOW_S = 0.016
"""About one frame."""
BUDGET_S = 0.010
"""Sliced work allowed in any WINDOW_S: the rest of the frame is for painting and input."""
LONG_S = 0.004
"""A slice this long or longer is followed by a pause as long as itself."""

_recent: deque[tuple[float, float]] = deque()
"""(start, end) of the slices run lately, oldest first."""


def may_run(now: float | None = None) -> bool:
    """True when the slices of the WINDOW_S before NOW (default: the clock) leave room for another
    and the last slice, if long, has been followed by its pause."""
    now = time.perf_counter() if now is None else now
    since = now - WINDOW_S
    while _recent and _recent[0][1] <= since:
        _recent.popleft()
    if _recent:
        start, end = _recent[-1]
        if end - start >= LONG_S and now - end < end - start:
            return False
    return sum(end - max(start, since) for start, end in _recent) < BUDGET_S


def record(start: float, end: float) -> None:
    """A slice of work ran from START to END (`time.perf_counter` seconds)."""
    _recent.append((start, end))


def forget() -> None:
    """Drop the slices recorded so far."""
    _recent.clear()


@contextmanager
def slice() -> Iterator[None]:  # noqa: A001 - the word for it
    """Time a slice of work against the shared budget."""
    start = time.perf_counter()
    try:
        yield
    finally:
        record(start, time.perf_counter())
