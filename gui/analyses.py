"""The one owner of a window's analyses: the running one, the cancelled ones whose threads are
still ending, and the busy state the status bar shows.

The window and its helpers (the project actions) start, cancel and end analyses only here, so
that "is an analysis running?" has a single answer and closing the window can wait for every
worker thread it ever started.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from gui.i18n import Retranslating
from gui.worker import AnalysisRunner, AnalysisTask


class Analyses(QObject):
    """Starts, cancels and ends the analyses of one window."""

    busy_changed = Signal(bool)
    """True when an analysis starts, False when it ends, fails, is refused or is cancelled."""
    thread_ended = Signal()
    """A worker thread has ended (its result, if any, was already handled)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner: AnalysisRunner | None = None
        self._ending: list[AnalysisRunner] = []
        """Cancelled or refused runners whose threads may still run: closing waits for them."""

    def start(self, task: AnalysisTask) -> AnalysisRunner:
        """Run TASK in a worker thread; connect its signals before calling this."""
        runner = AnalysisRunner(task, self)
        runner.worker_thread.finished.connect(self._thread_finished)
        self.runner = runner
        self.busy_changed.emit(True)
        runner.start()
        return runner

    def is_current(self, sender: QObject | None) -> bool:
        """True when SENDER is the task of the running analysis (not a cancelled or superseded one)."""
        return self.runner is not None and sender is self.runner.task

    def is_busy(self) -> bool:
        return self.runner is not None

    def still_ending(self) -> bool:
        """True while a cancelled analysis's thread still runs (it may hold the project a moment)."""
        return any(r.is_running() for r in self._ending)

    def cancel(self) -> bool:
        """Stop the running analysis, if any; True if there was one."""
        if self.runner is None:
            return False
        self.runner.cancel()
        self.end(still_running=True)
        return True

    def end(self, still_running: bool = False) -> None:
        """The running analysis is over for the window (result, failure or refusal)."""
        if self.runner is not None and still_running:
            self._ending.append(self.runner)
        self.runner = None
        self.busy_changed.emit(False)

    def shut_down(self, msecs: int = 5000) -> None:
        """Cancel every analysis and wait for their threads (the window is closing)."""
        runners = [*self._ending, *([self.runner] if self.runner else [])]
        for r in runners:
            r.cancel()
        for r in runners:
            r.wait(msecs)
        self.runner = None

    def _thread_finished(self) -> None:
        """Forget an ended runner once its thread has really ended (runs on the GUI thread)."""
        thread = self.sender()
        if isinstance(thread, QThread):
            thread.wait(2000)  # `finished` comes just before the thread's last instruction
            self._ending = [r for r in self._ending if r.worker_thread is not thread]
        self.thread_ended.emit()


class AnalysisStatus(Retranslating):
    """The status bar's permanent part: the folder's name, and while an analysis runs its
    progress and a Cancel button (shown and hidden by the window's `Analyses`)."""

    def __init__(self, analyses: Analyses, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder may be named «<img src=…>»
        self.progress = QProgressBar()
        self.progress.setObjectName("analysis-progress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel-analysis")
        for widget in (self.folder_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(widget)
        analyses.busy_changed.connect(self.show_busy)
        self.show_busy(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # the window's string (its context in the .ts files): the button moved here from the window
        self.cancel_button.setText(QCoreApplication.translate("MainWindow", "Cancel"))

    def show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def show_progress(self, done: int, total: int) -> None:
        # QProgressBar.setValue repaints at once, and with it every dirty part of the window (the
        # panes being built: 50-80 ms); with updates off it is only marked, painted with the rest
        self.progress.setUpdatesEnabled(False)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setUpdatesEnabled(True)
