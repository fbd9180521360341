"""The main window: menus, toolbar, status bar with progress and Cancel, docks, folder opening.

The window shows at once; opening a folder starts an `AnalysisTask` in a worker thread. The
articles appear as soon as they are read, the marks when the analysis arrives. Geometry, splitter
sizes and dock layout are saved in QSettings on close and restored on start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.model import Analysis, Document, Problem
from gui import settings as app_settings
from gui.analyses import Analyses, AnalysisStatus
from gui.bidi import isolate_ltr
from gui.documents_dock import DocumentsDock
from gui.export import ExportActions
from gui.extras import install_extras
from gui.facts_dock import FactsDock
from gui.find import Find
from gui.folder_drop import FolderDropMixin
from gui.folder_watch import FolderWatch
from gui.highlight import Legend
from gui.i18n import RetranslatingWidget
from gui.index import AnalysisIndex
from gui.pane_row import make_splitter
from gui.plain import literal
from gui.preferences import open_options
from gui.problems_dock import ProblemsDock
from gui.progress_text import progress_text
from gui.project_actions import ProjectActions, fill_recent_menu
from gui.reader import Reader
from gui.search_bar import SearchBar
from gui.shell import WindowShell
from gui.story_view import install_stories
from gui.synopsis_view import SynopsisView
from gui.verdicts import install_verdicts
from gui.view import ALIGNED, PANES
from gui.worker import PREVIOUS_TASK_GRACE_S, AnalysisRunner, AnalysisTask

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class MainWindow(RetranslatingWidget, FolderDropMixin):
    """Muqabala's window over one folder of articles."""

    analysis_ready = Signal(object)
    """The Analysis, once every view shows it."""
    analysis_stopped = Signal(str)
    """'cancelled' or 'failed', when an analysis ends without a result."""
    analysis_thread_ended = Signal()
    """A worker thread has ended (its result, if any, was already handled)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setAcceptDrops(True)
        self.folder: str | None = None
        self.analysis: Analysis | None = None
        self.analyses = Analyses(self)  # the one owner of the running analysis and the busy state
        self.analyses.thread_ended.connect(self.analysis_thread_ended)
        self.splitter = make_splitter()
        self.synopsis = SynopsisView()
        self.stack = QStackedWidget()
        # many articles do not fit side by side: panes keep a readable width and the row scrolls
        self.pane_scroll = QScrollArea()
        self.pane_scroll.setObjectName("pane-scroll")
        self.pane_scroll.setWidget(self.splitter)
        self.pane_scroll.setWidgetResizable(True)
        self.pane_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pane_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(self.pane_scroll)
        self.stack.addWidget(self.synopsis)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.legend = Legend()
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.facts = FactsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.facts)
        self.problems_dock = ProblemsDock(self)
        self.problems = self.problems_dock.list
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.documents = DocumentsDock(self)
        self.documents.document_activated.connect(self.show_document)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.documents)
        self.tabifyDockWidget(self.facts, self.documents)
        self.tabifyDockWidget(self.facts, self.problems_dock)
        self.facts.raise_()
        self.problems_dock.hide()
        self.reader = Reader(self.stack, self.splitter, self.synopsis, self.facts, self)
        self.reader.message.connect(lambda text: self.statusBar().showMessage(text))
        self.search_bar = SearchBar()
        self.status_area = AnalysisStatus(self.analyses, self.statusBar())  # folder name, progress, Cancel
        self.folder_label, self.progress = self.status_area.folder_label, self.status_area.progress
        self.cancel_button = self.status_area.cancel_button
        self.cancel_button.clicked.connect(self.cancel_analysis)
        self._build_actions()
        menus = {"file": self.file_menu, "recent": self.recent_menu, "view": self.view_menu, "go": self.go_menu}
        shell = self.shell = WindowShell(self, menus)  # what the helpers get of the window
        # the open project, its file actions and the notes dock
        self.projects = ProjectActions(shell, self.analyses, self.reader, self.facts, self.folder_label)
        self.extras = install_extras(shell, self.reader, ExportActions(shell, self.projects))  # Preferences, Help
        self.stories = install_stories(shell, self.reader, self.documents, self.projects)  # one story at a time
        self.folder_watch = FolderWatch(shell, self.projects, self.analyses, self.stories)  # F5; articles come, go
        self.finder = Find(shell, self.reader, self.search_bar, self.facts, self.stories)  # in all articles
        self.clear_action.triggered.connect(self.finder.clear)
        self.verdicts = install_verdicts(shell, self.reader, self.facts, self.projects, self.stories)  # Review
        self.retranslate_ui()
        self.resize(1400, 900)
        self.reader.point_size = app_settings.restore_window(self) or self.reader.point_size

    def retranslate_ui(self) -> None:
        """The texts of the window's own title, menus, actions, toolbar and buttons, in the current language."""
        name = Path(self.folder).name if self.folder else ""
        self.setWindowTitle(self.tr("Muqabala — {name}").format(name=name) if name else self.tr("Muqabala"))
        texts = {
            self.open_action: self.tr("&Open Folder…"),
            self.quit_action: self.tr("&Quit"),
            self.panes_action: self.tr("Panes"),
            self.aligned_action: self.tr("Aligned"),
            self.sync_action: self.tr("Synchronised scrolling"),
            self.next_action: self.tr("Next conflict"),
            self.prev_action: self.tr("Previous conflict"),
            self.find_action: self.tr("Find in all articles"),
            self.zoom_in_action: self.tr("Zoom in"),
            self.zoom_out_action: self.tr("Zoom out"),
            self.zoom_reset_action: self.tr("Normal size"),
            self.clear_action: self.tr("Clear marks"),
            self.file_menu.menuAction(): self.tr("&File"),
            self.recent_menu.menuAction(): self.tr("Open &Recent"),
            self.view_menu.menuAction(): self.tr("&View"),
            self.go_menu.menuAction(): self.tr("&Go"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.toolbar.setWindowTitle(self.tr("Main"))

    # --- construction --------------------------------------------------------------------
    def _action(self, slot: Callable[..., object], shortcut: Shortcut | None = None, check: bool = False) -> QAction:
        action = QAction(self)  # its text: retranslate_ui
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(check)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.choose_folder, QKeySequence.StandardKey.Open)
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.panes_action = self._action(lambda: self.reader.set_mode(PANES), check=True)
        self.aligned_action = self._action(lambda: self.reader.set_mode(ALIGNED), check=True)
        group = QActionGroup(self)
        for a in (self.panes_action, self.aligned_action):
            group.addAction(a)
        self.panes_action.setChecked(True)
        self.sync_action = self._action(lambda on: setattr(self.reader, "sync_scrolling", on), check=True)
        self.sync_action.setChecked(True)
        self.next_action = self._action(lambda: self.reader.step_conflict(1), "F8")
        self.prev_action = self._action(lambda: self.reader.step_conflict(-1), "Shift+F8")
        self.find_action = self._action(self.search_bar.focus, QKeySequence.StandardKey.Find)
        self.zoom_in_action = self._action(lambda: self.reader.zoom(1), "Ctrl+=")
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(lambda: self.reader.zoom(-1), "Ctrl+-")
        self.zoom_reset_action = self._action(self.reader.reset_zoom, "Ctrl+0")
        self.clear_action = self._action(self.search_bar.field.clear, "Esc")  # and the finder's results
        menu = self.menuBar()
        file_menu = self.file_menu = menu.addMenu("")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("")
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.view_menu = menu.addMenu("")
        for a in (
            self.panes_action,
            self.aligned_action,
            self.sync_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
        ):
            view_menu.addAction(a)
        view_menu.addAction(self.facts.toggleViewAction())
        view_menu.addAction(self.documents.toggleViewAction())
        view_menu.addAction(self.problems_dock.toggleViewAction())
        go_menu = self.go_menu = menu.addMenu("")
        for a in (self.next_action, self.prev_action, self.find_action, self.clear_action):
            go_menu.addAction(a)
        toolbar = self.toolbar = QToolBar(self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        shown: tuple[QAction | None, ...] = (
            self.open_action,
            None,
            self.panes_action,
            self.aligned_action,
            self.sync_action,
            None,
            self.prev_action,
            self.next_action,
            None,
        )
        for item in shown:
            if item is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(item)
        toolbar.addWidget(self.search_bar)
        self.addToolBar(toolbar)
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        fill_recent_menu(self.recent_menu, self.open_folder)

    # --- opening and analysing -----------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of articles"), self.folder or "")
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str | Path) -> None:
        """Open a folder of articles or a saved project file; analysis (of what changed) runs in the background."""
        folder = str(folder)
        self.cancel_analysis()
        self.folder = folder
        self.analysis = None
        self.retranslate_ui()  # the title names the folder
        self.folder_label.setText(Path(folder).name)
        self.problems_dock.reset()
        self.reader.set_documents([])
        self.documents.set_documents([])
        app_settings.remember_folder(folder)
        self.fill_recent_menu()
        # a cancelled analysis of this window may still hold the project for a moment: wait for it,
        # but never for another window or command (told at once that the project is open there)
        grace = PREVIOUS_TASK_GRACE_S if self.analyses.still_ending() else 0.0
        task = AnalysisTask(folder, open_options(folder), wait_for_own_s=grace)  # Preferences read here
        task.documents_ready.connect(self._documents_ready)
        task.progress.connect(self._progress)
        task.problem_found.connect(self._problem_found)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.projects.watch(task)
        self.statusBar().showMessage(self.tr("Reading {folder} …").format(folder=folder))
        self.analyses.start(task)

    def cancel_analysis(self) -> None:
        """Stop the running analysis, if any; the window stays usable."""
        if self.analyses.cancel():
            self.statusBar().showMessage(self.tr("Analysis cancelled."))
            self.analysis_stopped.emit("cancelled")

    @property
    def runner(self) -> AnalysisRunner | None:
        """The running analysis, if any."""
        return self.analyses.runner

    def _is_current(self) -> bool:
        return self.analyses.is_current(self.sender())

    def _documents_ready(self, payload: tuple[list[Document], list[Problem]]) -> None:
        if not self._is_current():
            return
        docs, problems = payload
        shown = self.stories.preview(docs)  # a few: the stories are not known yet
        self.reader.set_documents(shown, done=self.restore_splitter)
        self.documents.set_documents(shown)
        self.problems_dock.show_problems(problems)

    def _problem_found(self, problem: Problem) -> None:
        """One more problem while the folder is read: listed at once (each once)."""
        if self._is_current():
            self.problems_dock.add(problem)

    def _progress(self, done: int, total: int, message: str) -> None:
        if not self._is_current():
            return
        self.status_area.show_progress(done, total)
        self.statusBar().showMessage(progress_text(message))

    def _finished(self, analysis: Analysis) -> None:
        if not self._is_current():
            return
        self.analyses.end()
        self.analysis = analysis
        self.statusBar().showMessage(self.tr("Marking the articles …"))
        self.stories.show_analysis(analysis, done=lambda index: self._views_ready(analysis, index))

    def _views_ready(self, analysis: Analysis, index: AnalysisIndex) -> None:
        if analysis is not self.analysis:
            return
        self.restore_splitter()
        self.problems_dock.show_problems(analysis.problems)
        self.documents.set_documents(index.documents, index)
        if not analysis.documents:
            self.problems_dock.add_line(f"info: {isolate_ltr(self.folder or '')}: no readable articles in this folder")
            self.statusBar().showMessage(self.tr("No articles found in this folder."))
            self.analysis_ready.emit(analysis)
            return
        shown = self.reader.facts_index or index  # with the researcher's verdicts
        conflicts = len(shown.conflicts())
        shared = sum(1 for f in shown.analysis.facts if f.status == "shared")
        self.statusBar().showMessage(
            self.tr("{n} articles · {c} conflicts · {s} shared facts — F8: next conflict").format(
                n=len(index.documents), c=conflicts, s=shared
            )
        )
        self.analysis_ready.emit(analysis)

    def _failed(self, message: str) -> None:
        if not self._is_current():
            return
        self.analyses.end()
        self.statusBar().showMessage(self.tr("Analysis failed."))
        self.problems_dock.add_line(f"error: analysis failed: {message.splitlines()[0] if message else ''}")
        self.analysis_stopped.emit("failed")
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Analysis failed"), literal(message[:4000]), parent=self)
        box.setObjectName("analysis-error")
        box.open()  # window-modal but not blocking: a hung event loop would hide later errors

    def _cancelled(self) -> None:
        if self._is_current():
            self.analyses.end()
            self.statusBar().showMessage(self.tr("Analysis cancelled."))
            self.analysis_stopped.emit("cancelled")

    def is_busy(self) -> bool:
        return self.analyses.is_busy()

    # --- small slots ---------------------------------------------------------------------
    def show_document(self, doc_id: str, focus: bool = True) -> None:
        """Bring an article's pane into view (Panes mode)."""
        pane = self.reader.panes.get(doc_id)
        if pane is None:
            return
        self.panes_action.trigger()
        self.reveal_document(doc_id)
        if focus:
            pane.text.setFocus()

    def reveal_document(self, doc_id: str) -> bool:
        """Scroll the row of panes to the article's pane if the panes are shown (no switch)."""
        pane = self.reader.panes.get(doc_id)
        if pane is None or self.stack.currentIndex() != PANES:
            return False
        self.pane_scroll.ensureWidgetVisible(pane, 0, 0)
        return True

    # --- settings ------------------------------------------------------------------------
    def restore_splitter(self) -> None:
        app_settings.restore_splitter(self.splitter)
        bar = self.pane_scroll.horizontalScrollBar()
        bar.setValue(bar.maximum())  # the first article, on the right, in view

    def save_settings(self) -> None:
        app_settings.save_window(self, self.splitter, self.reader.point_size)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self.analyses.shut_down()
        self.stories.background.shut_down()
        self.finder.background.shut_down()
        self.folder_watch.shut_down()
        self.projects.close_project()
        super().closeEvent(event)
