"""What opening a project found, said in the interface language (core.project.Changes.describe
is the terminal's English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from core.project import Changes
from gui.bidi import isolate_ltr
from gui.tr_noop import QT_TRANSLATE_NOOP

ANALYSED = QT_TRANSLATE_NOOP("ChangesText", "articles analysed: {n}")
FOLDER_MISSING = QT_TRANSLATE_NOOP("ChangesText", "the folder of articles is missing: showing the analysis as saved")
ADDED = QT_TRANSLATE_NOOP("ChangesText", "articles added ({n}): {paths}")
CHANGED = QT_TRANSLATE_NOOP("ChangesText", "articles changed ({n}): {paths}")
REMOVED = QT_TRANSLATE_NOOP("ChangesText", "articles removed ({n}): {paths}")
ORPHANED = QT_TRANSLATE_NOOP("ChangesText", "notes that lost their place, kept as orphaned: {n}")
NOTHING = QT_TRANSLATE_NOOP("ChangesText", "no article changed")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangesText", text)


def describe_changes(changes: Changes) -> str:
    """One line for the status bar or the notice above the panes; in a right-to-left interface each
    file name is laid out left to right as one block («005_new.txt», not «new.txt_005»)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    comma, semicolon = ("، ", "؛ ") if rtl else (", ", "; ")
    name = isolate_ltr if rtl else str
    if changes.created:
        return _tr(ANALYSED).format(n=len(changes.reanalysed))
    if changes.folder_missing:
        return _tr(FOLDER_MISSING)
    parts = [
        _tr(template).format(n=len(paths), paths=comma.join(map(name, paths)))
        for template, paths in ((ADDED, changes.added), (CHANGED, changes.changed), (REMOVED, changes.removed))
        if paths
    ]
    if changes.orphaned_notes:
        parts.append(_tr(ORPHANED).format(n=len(changes.orphaned_notes)))
    return semicolon.join(parts) if parts else _tr(NOTHING)
