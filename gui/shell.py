"""The narrow face of the main window that its helpers (Export, Preferences, Help, ...) get:
add a dock, an action, a menu, a status message. A helper given the shell cannot reach into the
window's other parts; what else it needs (the reader, the export actions) it is given by name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget


class WindowShell:
    """Places a helper's docks, actions and menus in one window and shows its status messages."""

    def __init__(self, window: QMainWindow, menus: dict[str, QMenu]) -> None:
        self._window = window
        self._menus = menus
        """The window's menus by name: 'file', 'view', ..."""

    @property
    def widget(self) -> QWidget:
        """The window, as the parent of a helper's dialogs and actions."""
        return self._window

    def add_dock(
        self,
        dock: QDockWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea,
        tab_with: QDockWidget | None = None,
    ) -> None:
        """Dock it (as a tab beside TAB_WITH, if given) and list it in the View menu."""
        self._window.addDockWidget(area, dock)
        if tab_with is not None:
            self._window.tabifyDockWidget(tab_with, dock)
        self._menus["view"].addAction(dock.toggleViewAction())

    def add_action(self, action: QAction, menu: str | None = None, before: QAction | None = None) -> None:
        """Make its shortcut work anywhere in the window; put it in MENU (above BEFORE, if given)."""
        self._window.addAction(action)
        if menu is not None and before is not None:
            self._menus[menu].insertAction(before, action)
        elif menu is not None:
            self._menus[menu].addAction(action)

    def add_menu(self, name: str, menu: QMenu) -> None:
        """A new menu at the end of the menu bar, known to later helpers by NAME."""
        self._window.menuBar().addMenu(menu)
        self._menus[name] = menu

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def show_status(self, text: str, msecs: int = 0) -> None:
        self._window.statusBar().showMessage(text, msecs)
