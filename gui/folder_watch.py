"""File → Bring Up to Date (F5), and the line that offers it when articles come into the open
project's folder or leave it.

A researcher drops the morning's new articles into the folder she has open. The window watches the
folders that hold its articles; a moment after the last change it lists them again (names only,
on a thread: 10,000 names take some 50 ms) and compares them with the project file's record of its
last save (core.manifest.drift_since_save). If articles came or went, the line above the articles
names them and offers the update (or runs it, if Preferences say so), which only analyses what
changed (core.project_update), then shows again the story she was reading. The project file
written beside the articles changes the folder too, but is no article: nothing is said.
"""

from __future__ import annotations

import os
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from core.manifest import Drift, drift_since_save, saved_paths
from core.model import Analysis
from core.project import Changes, Project
from gui import preferences
from gui.background import Background
from gui.changes_text import describe_changes
from gui.i18n import Retranslating

if TYPE_CHECKING:
    from gui.analyses import Analyses
    from gui.project_actions import ProjectActions
    from gui.shell import WindowShell
    from gui.story_view import StoryView

SETTLE_MS = 700
"""How long the folder must stay still before it is listed again: copying fifty articles in is
one change, told once."""
MAX_WATCHED = 2_000
"""Folders watched at most (each takes an inotify watch of the system's limited supply)."""


class FolderWatch(Retranslating):
    """Watches the open project's folder and brings the project up to date on F5."""

    looked = Signal(object)
    """The `Drift` found after the folder changed (None when it could not be listed)."""

    def __init__(self, shell: WindowShell, projects: ProjectActions, analyses: Analyses, stories: StoryView) -> None:
        super().__init__(shell.widget)
        self.shell, self.projects, self.analyses, self.stories = shell, projects, analyses, stories
        self.action = QAction(shell.widget)  # its text: retranslate_ui
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.bring_up_to_date)
        shell.add_action(self.action, "file", before=shell.menu("recent").menuAction())
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._look)
        self.background = Background(self)
        self._project: Project | None = None
        self._saved = ""
        self._saved_paths: frozenset[str] | None = None
        """The articles of `_saved`, parsed at the first look (on the thread), then kept."""
        self._telling = False
        self._updated_for: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
        """The folder and drift last brought up to date by itself (AUTO_UPDATE)."""
        projects.adopted.connect(self._adopt)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Bring Up to &Date"))
        self.action.setToolTip(self.tr("Analyse the articles added, changed or removed since the folder was opened"))

    def bring_up_to_date(self) -> None:
        """Open the folder again: only the articles that changed are analysed, and the story read
        until now is shown again (the one that holds most of its articles)."""
        folder = self.shell.folder
        if folder is None or self.analyses.is_busy():
            return
        if self.stories.story is not None:
            self.stories.resume = partial(story_holding, {d.path for d in self.stories.story.documents})
        self.shell.open_folder(folder)

    def _adopt(self, project: Project | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.settle.stop()
        self._project = project
        self._telling = False
        self.action.setEnabled(project is not None)
        if project is None:
            return
        self._saved = project.store.meta("on_disk")  # the record of the last save, parsed on the thread
        self._saved_paths = None
        self._watch([str(project.folder)])

    def _watch(self, folders: list[str]) -> None:
        """Watch FOLDERS too (those that exist: a project whose folder is gone shows as saved)."""
        watched = set(self.watcher.directories())
        new = [f for f in folders if f not in watched and os.path.isdir(f)][: max(0, MAX_WATCHED - len(watched))]
        if new:
            self.watcher.addPaths(new)

    def _changed(self, _path: str) -> None:
        self.settle.start()  # restarted by each change: listed once the folder is still

    def _look(self) -> None:
        project = self._project
        if project is None:
            return
        saved, known, folder = self._saved, self._saved_paths, project.folder
        recurse, outside = preferences.RECURSE.get(), preferences.OUTSIDE_LINKS.get()

        def look() -> tuple[frozenset[str] | None, Drift | None]:  # on the thread
            paths = known if known is not None else saved_paths(saved)
            return paths, (drift_since_save(paths, folder, recurse, outside) if paths is not None else None)

        self.background.run(look, lambda found: self._tell(project, *found))

    def _tell(self, project: Project, paths: frozenset[str] | None, drift: Drift | None) -> None:
        if project is not self._project:
            return  # another project opened meanwhile
        self._saved_paths = paths
        if drift is not None:
            self._watch(drift.folders)  # a new subfolder is watched from now on
            bar = self.projects.changes_bar
            seen = (str(project.folder), drift.added, drift.removed)
            if (drift.added or drift.removed) and preferences.AUTO_UPDATE.get() and seen != self._updated_for:
                self._updated_for = seen  # once: a file that stays unreadable must not update it again and again
                self.bring_up_to_date()  # the window then says what changed, as after F5
            elif drift.added or drift.removed:
                bar.show_text(self._drift_text(drift), self.action)
                self._telling = True
            elif self._telling:  # the articles went back to what was analysed
                bar.hide()
                self._telling = False
        self.looked.emit(drift)

    def _drift_text(self, drift: Drift) -> str:
        changes = describe_changes(Changes(added=drift.added, removed=drift.removed))
        return self.tr("The folder changed since it was analysed: {changes}").format(changes=changes)

    def shut_down(self) -> None:
        self.settle.stop()
        self.background.shut_down()


def story_holding(paths: set[str], analysis: Analysis) -> str | None:
    """The story of ANALYSIS that holds most of the articles at PATHS (None when none does)."""
    where = {d.id: d.path for d in analysis.documents}
    held = [(sum(where[d] in paths for d in s.documents), -k, s.id) for k, s in enumerate(analysis.stories)]
    best = max(held, default=None)
    return best[2] if best is not None and best[0] else None
