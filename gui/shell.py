"""The narrow face of the main window that its helpers (project actions, stories, find, verdicts,
export, preferences, help) get: add a dock, an action, a menu, a bar above the articles, a status
message; the folder and analysis the window shows, and the window's few commands on them (open a
folder, bring an article into view). A helper given the shell cannot reach into the window's other
parts; what else it needs (the reader, the facts dock, the project actions) it is given by name.
This module is the one place besides gui/main_window.py that knows the window's class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QVBoxLayout, QWidget

from core.model import Analysis

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class WindowShell:
    """Places a helper's docks, actions and menus in one window, shows its status messages and
    tells it what the window shows."""

    def __init__(self, window: MainWindow, menus: dict[str, QMenu]) -> None:
        self._window = window
        self._menus = menus
        """The window's menus by name: 'file', 'recent', 'view', 'go', ..."""

    @property
    def widget(self) -> QWidget:
        """The window, as the parent of a helper's dialogs and actions."""
        return self._window

    # --- docks, actions, menus, bars ---------------------------------------------------------
    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea,
        tab_with: QDockWidget | None = None,
        split_from: QDockWidget | None = None,
        listed: bool = True,
    ) -> None:
        """Dock it (as a tab beside TAB_WITH, or beside SPLIT_FROM sharing its place, if given) and,
        if LISTED, list it in the View menu. Docking a dock again moves it to AREA."""
        self._window.addDockWidget(area, dock)
        if tab_with is not None:
            self._window.tabifyDockWidget(tab_with, dock)
        if split_from is not None:
            self._window.splitDockWidget(split_from, dock, Qt.Orientation.Horizontal)
        if listed:
            self._menus["view"].addAction(dock.toggleViewAction())

    def dock_area(self, dock: QDockWidget) -> Qt.DockWidgetArea:
        return self._window.dockWidgetArea(dock)

    def resize_dock(self, dock: QDockWidget, width: int) -> None:
        self._window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def add_action(self, action: QAction, menu: str | None = None, before: QAction | None = None) -> None:
        """Make its shortcut work anywhere in the window; put it in MENU (above BEFORE, if given)."""
        self._window.addAction(action)
        if menu is not None and before is not None:
            self._menus[menu].insertAction(before, action)
        elif menu is not None:
            self._menus[menu].addAction(action)

    def add_menu(self, name: str, menu: QMenu, before: str | None = None) -> None:
        """A new menu in the menu bar (at the end, or before the menu named BEFORE), known to later
        helpers by NAME."""
        bar = self._window.menuBar()
        if before is not None:
            bar.insertMenu(self._menus[before].menuAction(), menu)
        else:
            bar.addMenu(menu)
        self._menus[name] = menu

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def add_bar(self, bar: QWidget) -> None:
        """A line across the window above the articles (e.g. what changed since the last opening)."""
        central = self._window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, bar)

    def show_status(self, text: str, msecs: int = 0) -> None:
        self._window.statusBar().showMessage(text, msecs)

    def status_text(self) -> str:
        """The status bar's message now."""
        return self._window.statusBar().currentMessage()

    # --- what the window shows -----------------------------------------------------------
    @property
    def folder(self) -> str | None:
        """The folder (or project file) open in the window."""
        return self._window.folder

    @property
    def analysis(self) -> Analysis | None:
        """The window's analysis of that folder, once it arrived."""
        return self._window.analysis

    @property
    def analysis_ready(self) -> SignalInstance:
        """The Analysis, once every view shows it."""
        return self._window.analysis_ready

    @property
    def analysis_stopped(self) -> SignalInstance:
        """'cancelled' or 'failed', when an analysis ends without a result."""
        return self._window.analysis_stopped

    def open_folder(self, path: str) -> None:
        """Open a folder of articles or a project file in the window."""
        self._window.open_folder(path)

    def show_document(self, doc_id: str, focus: bool = True) -> None:
        """Switch to the panes and bring the article's pane into view."""
        self._window.show_document(doc_id, focus)

    def reveal_document(self, doc_id: str) -> bool:
        """Scroll the row of panes to the article's pane if the panes are shown (no switch from the
        Aligned view); False when they are not, or the article has no pane."""
        return self._window.reveal_document(doc_id)

    def restore_splitter(self) -> None:
        """The panes' remembered widths, the first article (on the right) in view."""
        self._window.restore_splitter()
