"""The window's Export submenu, Preferences, Help menu and language switching, wired in one place
so gui/main_window.py needs a single line (`install_extras(self.shell, ...)`): they get the window's
narrow shell (gui/shell.py), not the window.

`apply_startup_preferences()` runs before the first window is built, so a window in Arabic is
built in Arabic; later changes (Preferences → OK) are applied to the open window at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gui import i18n
from gui.about import AboutDialog
from gui.export import ExportActions
from gui.fonts import article_font
from gui.preferences import ARTICLE_SIZE, COLOR_SCHEME, LANGUAGE, PreferencesDialog, apply_color_scheme

if TYPE_CHECKING:
    from gui.reader import Reader
    from gui.shell import WindowShell

SHORTCUTS_TAB = 2


def apply_startup_preferences(language: str | None = None) -> str:
    """Language (LANGUAGE overrides the preference, e.g. `--lang ar`) and colour scheme; returns the language."""
    apply_color_scheme(COLOR_SCHEME.get())
    return i18n.set_language(language or LANGUAGE.get())


class Extras(i18n.Retranslating):
    """Owns the Export actions, the Preferences action and the Help menu of one window."""

    def __init__(self, shell: WindowShell, reader: Reader, export: ExportActions) -> None:
        super().__init__(shell.widget)
        self.shell = shell
        self.reader = reader
        self.export = export
        self.preferences_action = QAction(shell.widget)
        self.preferences_action.setObjectName("preferences-action")
        standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(standard or [QKeySequence("Ctrl+,")])
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)
        quit_action = shell.menu("file").actions()[-1]  # Preferences go just above Quit
        shell.add_action(self.preferences_action, "file", before=quit_action)
        shell.menu("file").insertSeparator(quit_action)
        self.help_menu = QMenu(shell.widget)
        self.help_menu.setObjectName("help-menu")
        shell.add_menu("help", self.help_menu)
        self.shortcuts_action = QAction(shell.widget)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(lambda: self.open_about(SHORTCUTS_TAB))
        shell.add_action(self.shortcuts_action, "help")
        self.about_action = QAction(shell.widget)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: self.open_about(0))
        self.help_menu.addAction(self.about_action)
        self.dialog: PreferencesDialog | AboutDialog | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.about_action.setText(self.tr("&About Muqabala"))

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.shell.widget)
        dialog.applied.connect(self.apply_preferences)
        self._show(dialog)
        return dialog

    def open_about(self, tab: int = 0) -> AboutDialog:
        dialog = AboutDialog(self.shell.widget, tab)
        self._show(dialog)
        return dialog

    def _show(self, dialog: PreferencesDialog | AboutDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.open()  # window-modal, not blocking

    def apply_preferences(self) -> None:
        """Apply what the Preferences dialog stored to the running app and this window."""
        apply_color_scheme(COLOR_SCHEME.get())
        i18n.set_language(LANGUAGE.get())
        reader = self.reader
        for pane in reader.panes.values():
            pane.text.setFont(article_font(reader.point_size))  # the family may have changed
        reader.zoom(ARTICLE_SIZE.get() - reader.point_size)  # sizes every pane and the synopsis afresh


def install_extras(shell: WindowShell, reader: Reader, export: ExportActions) -> Extras:
    """Preferences and Help through the window's shell; EXPORT is the window's Export menu."""
    return Extras(shell, reader, export)
