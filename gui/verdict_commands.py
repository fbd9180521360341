"""The researcher's verdicts and article times as undoable commands, on the notes' undo stack.

Ctrl+Z / Ctrl+Shift+Z go back and forth over notes and verdicts alike. Each step is one committed
write through the open Project; undoing a verdict deletes its row and redo puts back the very same
row (same id, so the same place in the order verdicts are applied).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.match.verdicts import VerdictKind
from core.model import Analysis
from core.project import Project
from gui.notes_commands import NoteCommand


class AddVerdict(NoteCommand):
    """Give a verdict; undo withdraws it, redo restores the same row."""

    def __init__(
        self,
        project: Project,
        changed: Callable[[int | None], None],
        kind: VerdictKind,
        target: str,
        other: str,
        within: Analysis | None,
        label: str,
    ) -> None:
        super().__init__(project, changed, label)
        self.kind, self.target, self.other, self.within = kind, target, other, within
        self.verdict_id = -1
        self.row: dict[str, Any] | None = None

    def _redo(self) -> None:
        if self.row is None:
            self.verdict_id = self.project.add_verdict(self.kind, self.target, self.other, self.within).id
            self.within = None  # the story shown then; never needed again
        else:
            self.project.restore_verdict(self.row)
        self.changed(self.verdict_id)

    def _undo(self) -> None:
        self.row = self.project.delete_verdict(self.verdict_id)
        self.changed(None)


class SetPublished(NoteCommand):
    """Set an article's publication time; undo puts back the previous one."""

    def __init__(
        self, project: Project, changed: Callable[[int | None], None], doc_id: str, old: str, new: str, label: str
    ) -> None:
        super().__init__(project, changed, label)
        self.doc_id, self.old, self.new = doc_id, old, new

    def _redo(self) -> None:
        self.project.set_published(self.doc_id, self.new)
        self.changed(None)

    def _undo(self) -> None:
        self.project.set_published(self.doc_id, self.old)
        self.changed(None)
