"""The interface language: Qt translators for Muqabala's strings and Qt's own, and the layout direction.

`.ts` sources live in resources/translations/ (edit them with Qt Linguist); the compiled `.qm`
beside them are what is loaded at run time (`scripts/translations.py` regenerates both with the
lupdate/lrelease that PySide6-Essentials ships). Qt's own strings (OK, Cancel, file dialogs) come
from qtbase_ar.qm in PySide6's translations folder.

Switching language at run time: the windows were built with `tr()` texts of the old language, and
their builders are not re-run, so `retranslate()` walks menus, actions, docks, buttons and labels
and maps each text back to its source through the `.ts` files, then translates it again. Texts
with values filled in («Notes (3)») are refreshed by their owners the next time they change.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from core.resources import resource

LANGUAGES = ("ar", "en")
APP_CATALOG = "muqabala"
QT_CATALOG = "qtbase"
_installed: list[QTranslator] = []
"""Translators installed on the (one, process-wide) QApplication, removed on the next switch."""
_current = {"language": "en"}


def translations_dir() -> str:
    return str(resource("translations"))


def resolve(preference: str) -> str:
    """'ar' or 'en' for a preference of 'system', 'ar' or 'en'."""
    if preference in LANGUAGES:
        return preference
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def current_language() -> str:
    return _current["language"]


def set_language(preference: str, windows: Iterable[QWidget] | None = None) -> str:
    """Install the translators for PREFERENCE, set the layout direction and re-translate WINDOWS
    (default: every top-level widget). Returns the language now in use."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "set_language needs a QApplication"
    language = resolve(preference)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _load(app, APP_CATALOG, language, [translations_dir()])
    if language != "en":  # Qt's own strings are English already
        # frozen builds may leave Qt's translations out: a copy in resources/translations is tried next
        _load(
            app,
            QT_CATALOG,
            language,
            [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), translations_dir()],
        )
    _current["language"] = language
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
    for window in windows if windows is not None else app.topLevelWidgets():
        retranslate(window)
    return language


def _load(app: QApplication, catalog: str, language: str, folders: list[str]) -> bool:
    """Install CATALOG_LANGUAGE.qm from the first folder that has it."""
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(f"{catalog}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            return True
    return False


@lru_cache(maxsize=1)
def _sources() -> dict[str, tuple[str, str]]:
    """Every known text (source or any translation) → (context, source), from the `.ts` files."""
    table: dict[str, tuple[str, str]] = {}
    for language in LANGUAGES:
        path = resource("translations", f"{APP_CATALOG}_{language}.ts")
        if not path.is_file():
            continue
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                table.setdefault(source, (name, source))
                translated = message.findtext("translation", "")
                if translated:
                    table.setdefault(translated, (name, source))
    return table


def translate_again(text: str) -> str:
    """TEXT in the current language, if it is a known interface text; else TEXT unchanged."""
    found = _sources().get(text)
    if found is None:
        return text
    return QCoreApplication.translate(found[0], found[1])


def retranslate(root: QWidget) -> None:
    """Re-translate the texts of ROOT and everything under it (see the module docstring)."""
    widgets = [root, *root.findChildren(QWidget)]
    for action in root.findChildren(QAction):
        _retext(action.text, action.setText)
        if action.toolTip() != action.text().replace("&", ""):
            _retext(action.toolTip, action.setToolTip)
    for w in widgets:
        if isinstance(w, (QMainWindow, QDockWidget, QToolBar)) or w.isWindow():
            _retext(w.windowTitle, w.setWindowTitle)
        if isinstance(w, QMenu):
            _retext(w.title, w.setTitle)
        elif isinstance(w, QAbstractButton):
            _retext(w.text, w.setText)
        elif isinstance(w, QLabel):
            _retext(w.text, w.setText)
        elif isinstance(w, QLineEdit):
            _retext(w.placeholderText, w.setPlaceholderText)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                w.setItemText(i, translate_again(w.itemText(i)))
        if w.toolTip():
            _retext(w.toolTip, w.setToolTip)


def _retext(getter: Callable[[], str], setter: Callable[[str], object]) -> None:
    text = getter()
    if text:
        new = translate_again(text)
        if new != text:
            setter(new)
