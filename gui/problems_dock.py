"""The Problems panel: every file that could not be read (and why), each listed once, the panel
shown as soon as there is one. Listed live while the folder is read, and again from the analysis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QListWidget, QWidget

from core.model import Problem
from gui.bidi import isolate, isolate_ltr
from gui.i18n import RetranslatingWidget


def problem_line(p: Problem) -> str:
    """A row of the Problems panel (the same whether listed live or at the end)."""
    return f"{p.severity}: {isolate_ltr(p.path)}: {isolate(p.message)}"


class ProblemsDock(RetranslatingWidget, QDockWidget):
    """The list of problems; `list` is the QListWidget of their lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems-dock")
        self.list = QListWidget()
        self.list.setObjectName("problems-list")
        self.setWidget(self.list)
        self._listed: set[Problem] = set()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # the window's string (its context in the .ts files): the panel moved here from the window
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Problems"))

    def reset(self) -> None:
        """Nothing listed, the panel hidden (another folder is opening)."""
        self.list.clear()
        self._listed = set()
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        """List exactly these problems; show the panel if there are any."""
        self.list.clear()
        self._listed = set(problems)
        for p in problems:
            self.list.addItem(problem_line(p))
        if problems:
            self.show()

    def add(self, problem: Problem) -> None:
        """One more problem (listed once, however often it is told)."""
        if problem in self._listed:
            return
        self._listed.add(problem)
        self.add_line(problem_line(problem))

    def add_line(self, text: str) -> None:
        self.list.addItem(text)
        self.show()
