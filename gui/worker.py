"""Running the analysis off the GUI thread.

`core.pipeline.analyze_folder` takes plain callables for progress and cancellation; the task below
wraps them: progress becomes a Qt signal (throttled so a chatty core cannot flood the GUI's event
queue) and cancellation is a thread-safe flag the GUI sets directly. Signals emitted from the
worker thread reach GUI-thread slots as queued calls, so the window never waits on the analysis.
"""
from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, QThread, Signal, Slot

PROGRESS_INTERVAL_S = 0.03


class AnalysisTask(QObject):
    """Analyses one folder in a worker thread and reports through signals."""

    documents_ready = Signal(object)
    """(list[Document], list[Problem]) as soon as the files are read, before the analysis."""
    progress = Signal(int, int, str)
    finished = Signal(object)
    """The `core.model.Analysis`."""
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()
    """Emitted last, whatever the outcome."""

    def __init__(self, folder: str) -> None:
        super().__init__()
        self.folder = folder
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the analysis to stop at its next check (safe to call from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress.emit(done, total, message)

    @Slot()
    def run(self) -> None:
        """Read the documents, then analyse; exactly one of finished/failed/cancelled follows."""
        try:
            self._run()
        finally:
            self.done.emit()

    def _run(self) -> None:
        try:
            from core import pipeline
        except Exception as exc:  # noqa: BLE001 - a broken install must reach the user too
            self.failed.emit(f"cannot load the analysis: {exc}\n\n{traceback.format_exc()}")
            return
        try:
            docs, problems = pipeline.read_documents(self.folder)
            self.documents_ready.emit((docs, problems))
            if self._cancel.is_set():
                raise pipeline.Cancelled()
            analysis = pipeline.analyze_folder(
                self.folder, progress=self._progress, cancelled=self._cancel.is_set
            )
        except pipeline.Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(f"{exc}\n\n{traceback.format_exc()}")
        else:
            self.finished.emit(analysis)


class AnalysisRunner(QObject):
    """Owns the worker thread of one analysis; start it, cancel it, wait for it."""

    def __init__(self, task: AnalysisTask, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.thread = QThread()
        self.thread.setObjectName("analysis")
        task.moveToThread(self.thread)
        self.thread.started.connect(task.run)
        task.done.connect(self.thread.quit)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.task.cancel()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the thread ends (used at shutdown only)."""
        return self.thread.wait(msecs)
