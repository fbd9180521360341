"""Writing notes as undoable commands (QUndoStack): add, edit and delete can all be taken back.

Every step is written through the open Project at once (one committed transaction each), so
what the user sees is what a crash would leave. Undoing a deletion puts back the very row that
was deleted — same id, date and anchor, orphaned or not — rather than a look-alike new note.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from core.project import Project


class NoteCommand(QUndoCommand):
    """Base: knows the project and whom to tell that the notes changed (or that a write failed).

    Subclasses implement `_redo` / `_undo`; a failed write (disk full, file gone) is reported, not
    raised into Qt, and the notes list is re-read so it shows what the file really holds.
    """

    failed: Callable[[str], None] = staticmethod(lambda message: None)

    def __init__(self, project: Project, changed: Callable[[int | None], None], text: str) -> None:
        super().__init__(text)
        self.project = project
        self.changed = changed

    def redo(self) -> None:
        self._safely(self._redo)

    def undo(self) -> None:
        self._safely(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _safely(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (sqlite3.Error, OSError, KeyError) as exc:
            self.setObsolete(True)
            self.changed(None)
            self.failed(str(exc))


class AddNote(NoteCommand):
    """Add a note to a fact or sentence; undo deletes it, redo puts the same row back."""

    def __init__(
        self, project: Project, changed: Callable[[int | None], None], target_id: str, text: str, label: str
    ) -> None:
        super().__init__(project, changed, label)
        self.target_id = target_id
        self.note_text = text
        self.note_id = -1
        self.row: dict[str, Any] | None = None

    def _redo(self) -> None:
        note = (
            self.project.add_note(self.target_id, self.note_text)
            if self.row is None
            else self.project.restore_note(self.row)
        )
        self.note_id = note.id
        self.changed(note.id)

    def _undo(self) -> None:
        self.row = self.project.delete_note(self.note_id)
        self.changed(None)


class EditNote(NoteCommand):
    """Change a note's text; undo restores the old text."""

    def __init__(
        self, project: Project, changed: Callable[[int | None], None], note_id: int, old: str, new: str, label: str
    ) -> None:
        super().__init__(project, changed, label)
        self.note_id, self.old, self.new = note_id, old, new

    def _redo(self) -> None:
        self.project.edit_note(self.note_id, self.new)
        self.changed(self.note_id)

    def _undo(self) -> None:
        self.project.edit_note(self.note_id, self.old)
        self.changed(self.note_id)


class DeleteNote(NoteCommand):
    """Delete a note; undo puts back the exact row."""

    def __init__(self, project: Project, changed: Callable[[int | None], None], note_id: int, label: str) -> None:
        super().__init__(project, changed, label)
        self.note_id = note_id
        self.row: dict[str, Any] | None = None

    def _redo(self) -> None:
        self.row = self.project.delete_note(self.note_id)
        self.changed(None)

    def _undo(self) -> None:
        assert self.row is not None
        self.project.restore_note(self.row)
        self.changed(self.note_id)
