"""Where the app remembers things between runs (window geometry, dock layout, pane widths,
recent folders, text size).

Always an INI file in the user's config location, so tests can redirect every read and write to a
temporary folder with `QSettings.setPath(IniFormat, UserScope, tmp)` before the window is built.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

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
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def remember_folder(folder: str) -> list[str]:
    """Put `folder` at the top of the recent list and return the new list."""
    folders = [folder] + [f for f in recent_folders() if f != folder]
    folders = folders[:MAX_RECENT]
    settings().setValue("recent/folders", folders)
    return folders


def restore_window(window: QMainWindow) -> float | None:
    """Restore geometry and dock layout; returns the saved text size, if any."""
    s = settings()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    point = s.value("view/point_size")
    return float(point) if point is not None else None


def restore_splitter(splitter: QSplitter) -> None:
    """Pane widths as last left for this number of articles."""
    sizes = settings().value(f"splitter/{splitter.count()}")
    if isinstance(sizes, list) and len(sizes) == splitter.count():
        splitter.setSizes([int(x) for x in sizes])


def save_window(window: QMainWindow, splitter: QSplitter, point_size: float) -> None:
    """Remember geometry, dock layout, pane widths (per number of articles) and text size."""
    s = settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("view/point_size", point_size)
    if splitter.count():
        s.setValue(f"splitter/{splitter.count()}", splitter.sizes())
    s.sync()
