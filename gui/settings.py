"""Where the app remembers things between runs (window geometry, splitter sizes, recent folders).

Always an INI file in the user's config location, so tests can redirect every read and write to a
temporary folder with `QSettings.setPath(IniFormat, UserScope, tmp)` before the window is built.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "Muqabala"
APPLICATION = "Muqabala"
MAX_RECENT = 8


def settings() -> QSettings:
    """The app's settings store (INI format, user scope)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def recent_folders() -> list[str]:
    """Recently opened folders, most recent first."""
    value = settings().value("recent/folders", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in (value or [])]


def remember_folder(folder: str) -> list[str]:
    """Put `folder` at the top of the recent list and return the new list."""
    folders = [folder] + [f for f in recent_folders() if f != folder]
    folders = folders[:MAX_RECENT]
    settings().setValue("recent/folders", folders)
    return folders
