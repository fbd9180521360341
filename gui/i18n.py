"""The interface language: Qt translators for Muqabala's strings and Qt's own, and the layout direction.

`.ts` sources live in resources/translations/ (edit them with Qt Linguist); the compiled `.qm`
beside them are what is loaded at run time (`scripts/translations.py` regenerates both with the
lupdate/lrelease that PySide6-Essentials ships). Qt's own strings (OK, Cancel, file dialogs) come
from qtbase_ar.qm in PySide6's translations folder.

Switching language at run time follows Qt's own pattern: installing or removing a translator makes
Qt send a `LanguageChange` event to every window, which passes it on to its widgets and to the
helper objects it owns. Whatever sets a text builds it in a `retranslate_ui()` method that runs once
when the widget is built and again from `changeEvent` (widgets) or `event` (helper objects) on
`LanguageChange`; `is_language_change(event)` is the test both use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from core.resources import resource

LANGUAGES = ("ar", "en")
APP_CATALOG = "muqabala"
QT_CATALOG = "qtbase"
if TYPE_CHECKING:
    _Widget = QWidget  # what RetranslatingWidget is mixed into, for the type checker
else:
    _Widget = object  # a plain mixin at run time: the Qt class comes after it among the bases
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


def set_language(preference: str) -> str:
    """Install the translators for PREFERENCE and set the layout direction; Qt then sends every
    window a LanguageChange event (delivered before this returns). Returns the language now in use."""
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
    # QApplication posts the event to each window: deliver it now, so callers see the new texts
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language


def is_language_change(event: QEvent) -> bool:
    """True for Qt's LanguageChange event: the moment to call `retranslate_ui()`."""
    return event.type() == QEvent.Type.LanguageChange


def _load(app: QApplication, catalog: str, language: str, folders: list[str]) -> bool:
    """Install CATALOG_LANGUAGE.qm from the first folder that has it."""
    for folder in folders:
        translator = QTranslator(app)
        if translator.load(f"{catalog}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            return True
    return False


class Retranslating(QObject):
    """A helper object (not a widget) whose texts follow the language. The widget that owns it
    passes Qt's LanguageChange event on to its child objects, so `retranslate_ui()` runs then."""

    def event(self, event: QEvent) -> bool:
        if is_language_change(event):
            self.retranslate_ui()
        return super().event(event)

    def retranslate_ui(self) -> None:
        """Set every text this helper owns, in the current language."""


class RetranslatingWidget(_Widget):
    """A widget whose texts follow the language: Qt's LanguageChange reaches `changeEvent`, which
    calls `retranslate_ui()`. Mixed in first: `class NotesDock(RetranslatingWidget, QDockWidget)`."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if is_language_change(event):
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text this widget owns, in the current language."""
