"""Dropping a folder of articles or a project file on the window opens it (moved out of
gui/main_window.py to keep that module under its size limit)."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

from gui.project_actions import openable


class FolderDropMixin(QMainWindow):
    """Accepts a dropped folder or .sqlite file and calls `self.open_folder(path)`."""

    def open_folder(self, folder: str) -> None:  # implemented by the window
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and openable(urls[0].toLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if urls and openable(urls[0].toLocalFile()):
            self.open_folder(urls[0].toLocalFile())
            event.acceptProposedAction()
