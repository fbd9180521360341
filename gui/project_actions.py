"""The open project in the window: File → Open Project / Save Project As, what changed, and notes.

The worker opens a `core.project.Project` and hands it over (`AnalysisTask.opened`); from then on
only the GUI thread uses it. Note writes are single small committed transactions (a few ms), so
they run on the GUI thread, each as an undoable command. A project file that cannot be opened
(not Muqabala's, newer, corrupt) is explained in a dialog; core refuses before writing anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
)
from shiboken6 import isValid

from core.project import Project
from core.store import ProjectFileError
from gui import settings as app_settings
from gui.bidi import isolate_ltr
from gui.changes_bar import ChangesBar
from gui.changes_text import describe_changes
from gui.i18n import Retranslating
from gui.notes_commands import AddNote, DeleteNote, EditNote, NoteCommand
from gui.notes_dock import NoteDialog, NotesDock, snippet
from gui.plain import literal
from gui.worker import AnalysisTask

if TYPE_CHECKING:
    from gui.analyses import Analyses
    from gui.facts_dock import FactsDock
    from gui.reader import Reader
    from gui.shell import WindowShell


def openable(path: str | Path) -> bool:
    """What the window opens when dropped on it: a folder of articles or a project file."""
    path = Path(path)
    return path.is_dir() or (path.is_file() and path.suffix.lower() == ".sqlite")


def fill_recent_menu(menu: QMenu, open_path: Callable[[str], None]) -> None:
    """The recent folders and project files (most recent first), each opening when chosen."""
    menu.clear()
    for path in app_settings.recent_folders():
        action = menu.addAction(path)
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    menu.setEnabled(bool(menu.actions()))


class ProjectActions(Retranslating):
    """Owns the window's open Project, its file actions, the notes dock and the notes' undo stack."""

    adopted = Signal(object)
    """The Project the window now works in (None once it is closed)."""

    def __init__(
        self, shell: WindowShell, analyses: Analyses, reader: Reader, facts: FactsDock, folder_label: QLabel
    ) -> None:
        super().__init__(shell.widget)
        self.shell, self.analyses, self.reader, self.folder_label = shell, analyses, reader, folder_label
        self.project: Project | None = None
        self.dialog: NoteDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.notes_dock = NotesDock(shell.widget)
        shell.add_dock(self.notes_dock, tab_with=facts)
        facts.raise_()
        self.changes_bar = ChangesBar()
        shell.add_bar(self.changes_bar)
        self.open_project_action = self._action(self.choose_project, "Ctrl+Shift+O")
        self.save_as_action = self._action(self.save_as, QKeySequence.StandardKey.SaveAs)
        self.save_as_action.setEnabled(False)
        # Qt's createUndoAction fixes its "Undo" prefix at creation: these follow the language
        self.undo_action = self._action(self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.undo_stack.redo, QKeySequence.StandardKey.Redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._name_undo_redo)
        self.undo_stack.redoTextChanged.connect(self._name_undo_redo)
        self._undo_index = 0
        self.undo_stack.indexChanged.connect(self._undo_moved)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        for action in (self.undo_action, self.redo_action):
            self.notes_dock.add_button(action)
        before = shell.menu("recent").menuAction()
        shell.menu("file").insertAction(before, self.open_project_action)
        shell.menu("file").insertAction(before, self.save_as_action)
        shell.menu("file").insertSeparator(before)
        reader.note_requested.connect(self.request_note)
        facts.note_requested.connect(self.request_note)
        shell.analysis_ready.connect(self._tell_changes)
        self.notes_dock.note_activated.connect(self.jump_to_note)
        self.notes_dock.edit_requested.connect(self.request_edit)
        self.notes_dock.delete_requested.connect(self.confirm_delete_note)
        self.confirm_box: QMessageBox | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.open_project_action.setText(self.tr("Open &Project…"))
        self.save_as_action.setText(self.tr("&Save Project As…"))
        self._name_undo_redo()

    def _name_undo_redo(self, _text: str = "") -> None:
        """«Undo Add note», as Qt's own undo action reads, in the current language."""
        if not isValid(self.undo_stack):
            return  # the window is closing: the stack is gone before its last signals
        undo = self.tr("Undo")
        redo = self.tr("Redo")
        self.undo_action.setText(f"{undo} {self.undo_stack.undoText()}".strip())
        self.redo_action.setText(f"{redo} {self.undo_stack.redoText()}".strip())

    def _action(self, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        action = QAction(self.shell.widget)  # its text: retranslate_ui
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.shell.add_action(action)
        return action

    # --- the project ---------------------------------------------------------------------
    def watch(self, task: AnalysisTask) -> None:
        """Close the open project and take the one this task opens (if it is still the window's task)."""
        self.close_project()
        task.opened.connect(self._adopt)
        task.refused.connect(self._refused)

    def _is_current(self) -> bool:
        return self.analyses.is_current(self.sender())

    def _adopt(self, project: Project) -> None:
        if not self._is_current():
            project.close()  # cancelled or superseded: nobody else will
            return
        self.close_project()
        self.project = project
        self.save_as_action.setEnabled(True)
        self.folder_label.setToolTip(literal(self.tr("Project file: {path}").format(path=project.path)))
        self._show_notes()
        changes = project.changes
        if not (changes.nothing_changed or changes.created):
            self.changes_bar.show_text(
                self.tr("Since this project was last open: {changes}").format(changes=describe_changes(changes))
            )
        self.adopted.emit(project)

    def _tell_changes(self, _analysis: object) -> None:
        """Append what opening found to the window's summary in the status bar."""
        if self.project is None:
            return
        self.shell.show_status(
            self.tr("{summary} — {changes}").format(
                summary=self.shell.status_text(), changes=describe_changes(self.project.changes)
            )
        )

    def close_project(self) -> None:
        """Close the open project (before another opens, and when the window closes)."""
        self.undo_stack.clear()
        self.changes_bar.hide()
        if self.dialog is not None:
            self.dialog.reject()  # its fact or sentence id means nothing in the next project
        if self.project is not None:
            self.project.close()
            self.project = None
            self.adopted.emit(None)
        self.save_as_action.setEnabled(False)
        self.notes_dock.set_notes([])

    def _refused(self, message: str) -> None:
        if not self._is_current():
            return
        self.analyses.end(still_running=True)  # closing the window waits for its thread to end
        self.shell.show_status(self.tr("This project cannot be opened."))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Cannot open the project"),
            literal(self.tr("{message}\n\nThe file was not changed.").format(message=message)),
            parent=self.shell.widget,
        )
        box.setObjectName("project-error")
        box.open()
        self.shell.analysis_stopped.emit("failed")

    def choose_project(self) -> None:
        start = str(Path(self.shell.folder).parent) if self.shell.folder else ""
        path, _ = QFileDialog.getOpenFileName(
            self.shell.widget, self.tr("Open a project"), start, self.tr("Muqabala projects (*.sqlite);;All files (*)")
        )
        if path:
            self.shell.open_folder(path)

    def save_as(self) -> None:
        if self.project is None:
            return
        suggested = str(self.project.folder.parent / f"{self.project.folder.name}.sqlite")
        path, _ = QFileDialog.getSaveFileName(
            self.shell.widget, self.tr("Save the project as"), suggested, self.tr("Muqabala projects (*.sqlite)")
        )
        if path:
            self.save_project_as(path)

    def save_project_as(self, path: str | Path) -> bool:
        """Copy the project to PATH and keep working in the copy; tells the user on failure."""
        if self.project is None:
            return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        try:
            self.project.save_as(path)
        except (ProjectFileError, OSError) as exc:
            QMessageBox.critical(self.shell.widget, self.tr("Cannot save the project"), literal(str(exc)))
            return False
        app_settings.remember_folder(str(path))
        fill_recent_menu(self.shell.menu("recent"), self.shell.open_folder)  # the recent list now holds the copy
        self.shell.show_status(self.tr("Project saved as {path}").format(path=isolate_ltr(str(path))))
        return True

    # --- notes ---------------------------------------------------------------------------
    def _show_notes(self, select: int | None = None) -> None:
        self.notes_dock.set_notes(self.project.notes() if self.project is not None else [])
        if select is not None:
            self.notes_dock.select_note(select)

    def _describe(self, target_id: str) -> str | None:
        analysis = self.project.analysis if self.project is not None else None
        if analysis is None:
            return None
        fact = next((f for f in analysis.facts if f.id == target_id), None)
        if fact is not None:
            return self.tr("Note on the fact: {label}").format(label=fact.label)
        sentence = next((s for s in analysis.sentences if s.id == target_id), None)
        if sentence is None:
            return None
        doc = next(d for d in analysis.documents if d.id == sentence.doc)
        return self.tr("Note on the sentence: «{text}»").format(
            text=snippet(doc.text[sentence.start : sentence.end], 200)
        )

    def request_note(self, target_id: str) -> NoteDialog | None:
        """Ask for a note on a fact or sentence (id) in a small non-blocking dialog."""
        about = self._describe(target_id)
        if about is None:
            self.shell.show_status(self.tr("Notes can be added once the analysis is done."))
            return None
        dialog = self._open_dialog(about, "")
        dialog.accepted.connect(lambda: self.add_note(target_id, dialog.text()))
        return dialog

    def request_edit(self, note_id: int) -> NoteDialog | None:
        note = self._note(note_id)
        if note is None:
            return None
        dialog = self._open_dialog(self.notes_dock.model.anchor(note), note.text)
        dialog.accepted.connect(lambda: self.edit_note(note_id, dialog.text()))
        return dialog

    def _open_dialog(self, about: str, text: str) -> NoteDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = NoteDialog(about, text, self.shell.widget)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog

    def _note(self, note_id: int):  # type: ignore[no-untyped-def]
        notes = self.project.notes() if self.project is not None else []
        return next((n for n in notes if n.id == note_id), None)

    def _push(self, command: NoteCommand) -> None:
        self.push(command)

    def push(self, command: NoteCommand, failed: Callable[[str], None] | None = None) -> None:
        """Do COMMAND (a note or a verdict) as one step of the undo stack; FAILED tells of a failed write."""
        command.failed = failed or self._write_failed
        self.undo_stack.push(command)
        self._undo_index = self.undo_stack.index()

    def _undo_moved(self, index: int) -> None:
        """Ctrl+Z / Ctrl+Shift+Z: say what was undone or redone (not what was done before)."""
        if index == self._undo_index:
            return  # a new command: its own message is shown
        if index < self._undo_index:
            message = self.tr("Undone: {what}").format(what=self.undo_stack.text(index))
        else:
            message = self.tr("Redone: {what}").format(what=self.undo_stack.text(index - 1))
        self._undo_index = index
        self.shell.show_status(message, 10_000)

    def _write_failed(self, message: str) -> None:
        QMessageBox.warning(self.shell.widget, self.tr("The note could not be saved"), literal(message))

    def add_note(self, target_id: str, text: str) -> None:
        if self.project is None or not text.strip():
            return
        self._push(AddNote(self.project, self._show_notes, target_id, text.strip(), self.tr("Add note")))
        self.notes_dock.show()
        self.notes_dock.raise_()

    def edit_note(self, note_id: int, text: str) -> None:
        note = self._note(note_id)
        if self.project is None or note is None or not text.strip() or text.strip() == note.text:
            return
        self._push(EditNote(self.project, self._show_notes, note_id, note.text, text.strip(), self.tr("Edit note")))

    def confirm_delete_note(self, note_id: int) -> None:
        """Delete (the key or the button): ask first, Cancel being the default."""
        note = self._note(note_id)
        if note is None:
            return
        if self.confirm_box is not None:
            self.confirm_box.close()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete note"),
            self.tr("Delete this note?\n\n«{text}»\n\nUndo (Ctrl+Z) brings it back.").format(
                text=snippet(note.text, 200)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.shell.widget,
        )
        box.setObjectName("confirm-delete-note")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Delete"))
        box.buttonClicked.connect(lambda button: self.delete_note(note_id) if button is yes else None)
        box.destroyed.connect(lambda: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()  # window-modal, not blocking

    def delete_note(self, note_id: int) -> None:
        if self.project is None or self._note(note_id) is None:
            return
        self._push(DeleteNote(self.project, self._show_notes, note_id, self.tr("Delete note")))
        self.shell.show_status(self.tr("Note deleted — Undo (Ctrl+Z) brings it back."), 10_000)

    def jump_to_note(self, note_id: int) -> None:
        """Show what a note is attached to: select its fact, or scroll its sentence into view."""
        note = self._note(note_id)
        reader = self.reader
        if note is None or reader.index is None:
            return
        if note.fact_id is not None:
            reader.select_fact(note.fact_id)
        elif note.sentence_id is not None and note.sentence_id in reader.index.sentence:
            sentence = reader.index.sentence[note.sentence_id]
            pane = reader.panes.get(sentence.doc)
            if pane is not None and self.shell.reveal_document(sentence.doc):
                pane.scroll_to_span(sentence.start, min(sentence.end, sentence.start + 80))
            reader.select_sentence(note.sentence_id)
        else:
            self.shell.show_status(
                self.tr("What this note was on is no longer in the articles: «{text}»").format(
                    text=snippet(note.anchor_text, 120)
                )
            )
