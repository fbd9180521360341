"""Pure-Python work too long for one event-loop turn, run on a thread beside the GUI thread; its
result is handed back on the GUI thread.

Cutting a story out of a 1,000-article folder and indexing it costs 30-60 ms of Python; done on
the GUI thread it froze the window that long. On a thread it still takes turns with the GUI thread
for the interpreter lock (every 5 ms by default), so the window keeps painting and answering. One
thread, so results come back in the order the work was asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

T = TypeVar("T")


class Background(QObject):
    """`run(work, then)`: WORK() on the pool's thread, then THEN(result) on the GUI thread."""

    _finished = Signal(object, object, object)
    """(then, result, error) emitted on the pool's thread, delivered on the GUI thread (queued)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._pending = 0
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    def run(self, work: Callable[[], T], then: Callable[[T], object]) -> None:
        with self._lock:
            self._pending += 1

        def task() -> None:
            try:
                result: Any = work()
            except BaseException as error:  # noqa: BLE001 - re-raised on the GUI thread
                self._finished.emit(then, None, error)
            else:
                self._finished.emit(then, result, None)

        self.pool.start(task)

    def busy(self) -> bool:
        """True while work is running or its result has not been handed back yet."""
        with self._lock:
            return self._pending > 0

    def _deliver(self, then: Callable[[object], object], result: object, error: BaseException | None) -> None:
        with self._lock:
            self._pending -= 1
        if error is not None:
            raise error  # on the GUI thread, where Qt reports it like any slot's exception
        then(result)

    def shut_down(self) -> None:
        """Let running work end (it is short) before the window goes; results not yet handed back
        are dropped with it."""
        self.pool.clear()
        self.pool.waitForDone()
