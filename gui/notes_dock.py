"""The notes panel: the user's notes with what each is attached to, and the dialog to write one.

Attached notes and orphaned notes (their fact or sentence vanished after the articles changed)
are two separate lists, the orphans under a warning so they cannot be mistaken for attached ones.
The dock only displays and asks: writing, deleting and undoing live in `gui.project_actions`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.store import Note
from gui.i18n import RetranslatingWidget
from gui.index import AnalysisIndex
from gui.plain import literal

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANCHOR_COLUMN, TEXT_COLUMN = 0, 1
SNIPPET_CHARS = 60
ModelIndex = QModelIndex | QPersistentModelIndex


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """One line of at most LIMIT characters (a sentence or a note in a table cell)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def embedded(text: str) -> str:
    """TEXT as a right-to-left embedding when it starts in Arabic, so an Arabic label or note keeps
    its own order (numbers, final punctuation) inside a left-to-right cell or sentence."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return f"\u202b{text}\u202c"
        if kind == "L":
            return text
    return text


def add_note_actions(
    menu: QMenu, index: AnalysisIndex | None, doc: str, offset: int, request: Callable[[str], object]
) -> QMenu:
    """Add "Add note…" entries to a context menu: on the fact of the number at OFFSET of DOC, and on
    the sentence there. Choosing one calls REQUEST with the fact or sentence id."""
    if index is None:
        return menu
    mention = index.mention_at(doc, offset)
    fact = index.fact_for_mention(mention.id) if mention is not None else None
    sentence = index.sentence_at(doc, offset)
    targets = []
    if fact is not None:
        label = QCoreApplication.translate("NotesMenu", "Add note on «{label}»…").format(label=fact.label[:50])
        targets.append((label, fact.id))
    if sentence is not None:
        targets.append((QCoreApplication.translate("NotesMenu", "Add note on this sentence…"), sentence.id))
    if targets and menu.actions():
        menu.addSeparator()
    for text, target in targets:
        action = menu.addAction(text)
        action.setData(target)
        action.triggered.connect(lambda _=False, t=target: request(t))
    return menu


class NotesModel(QAbstractTableModel):
    """Rows are notes: what the note is on (a fact's label or a sentence) and its text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.notes: list[Note] = []

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def anchor(self, note: Note) -> str:
        if note.target == "fact":
            text = self.tr("Fact: {label}").format(label=embedded(snippet(note.anchor_text)))
        else:
            text = self.tr("Sentence in {doc}: «{text}»").format(
                doc=note.doc_path, text=embedded(snippet(note.anchor_text))
            )
        return self.tr("⚠ gone — {anchor}").format(anchor=text) if note.orphaned else text

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.notes)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("On") if section == ANCHOR_COLUMN else self.tr("Note")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.anchor(note) if index.column() == ANCHOR_COLUMN else embedded(snippet(note.text, 200))
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(f"{self.anchor(note)}\n\n{note.text}")
        if role == NOTE_ID_ROLE:
            return note.id
        return None


class NotesTable(QTableView):
    """A notes list: Enter activates the row like a double-click, Delete asks to delete it."""

    activated_note = Signal(int)
    delete_pressed = Signal(int)

    def __init__(self, model: NotesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(ANCHOR_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(ANCHOR_COLUMN, 320)
        self.doubleClicked.connect(lambda i: self._emit(self.activated_note, i))

    def current_note(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        value = rows[0].data(NOTE_ID_ROLE) if rows else None
        return int(value) if value is not None else None

    def _emit(self, signal: Any, index: QModelIndex) -> None:
        value = index.data(NOTE_ID_ROLE)
        if value is not None:
            signal.emit(int(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit(self.activated_note, self.currentIndex())
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self._emit(self.delete_pressed, self.currentIndex())
            return
        super().keyPressEvent(event)


class NotesDock(RetranslatingWidget, QDockWidget):
    """Dock with the attached notes, the orphaned notes, and buttons to edit, delete and undo."""

    note_activated = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.buttons = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setObjectName("notes-hint")
        self.buttons.addWidget(self.hint, 1)
        layout.addLayout(self.buttons)
        self.model = NotesModel(self)
        self.table = NotesTable(self.model, body)
        self.table.setObjectName("notes-table")
        layout.addWidget(self.table, 2)
        self.orphans_label = QLabel()
        self.orphans_label.setObjectName("orphaned-notes-label")
        self.orphans_label.setWordWrap(True)
        self.orphans_label.setStyleSheet("color: #b36b00; font-weight: bold")
        self.orphans_model = NotesModel(self)
        self.orphans = NotesTable(self.orphans_model, body)
        self.orphans.setObjectName("orphaned-notes-table")
        layout.addWidget(self.orphans_label)
        layout.addWidget(self.orphans, 1)
        for table in (self.table, self.orphans):
            table.activated_note.connect(self.note_activated)
            table.delete_pressed.connect(self.delete_requested)
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(lambda: self._for_current(self.edit_requested))
        self.delete_action = QAction(self)
        self.delete_action.triggered.connect(lambda: self._for_current(self.delete_requested))
        self.add_button(self.edit_action)
        self.add_button(self.delete_action)
        self.setWidget(body)
        self.note_count = 0
        self.retranslate_ui()
        self.set_notes([])

    def retranslate_ui(self) -> None:
        count = self.note_count
        self.setWindowTitle(self.tr("Notes ({n})").format(n=count) if count else self.tr("Notes"))
        self.hint.setText(self.tr("Right-click a number, a sentence or a fact to add a note."))
        self.orphans_label.setText(
            self.tr(
                "⚠ Orphaned notes — what they were attached to is no longer in the articles. "
                "They are kept; read them, edit or delete them."
            )
        )
        self.edit_action.setText(self.tr("Edit…"))
        self.delete_action.setText(self.tr("Delete"))

    def add_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        self.buttons.addWidget(button)
        return button

    def set_notes(self, notes: list[Note]) -> None:
        """Show NOTES: attached ones in the main list, orphaned ones in their own list below."""
        self.model.set_notes([n for n in notes if not n.orphaned])
        orphans = [n for n in notes if n.orphaned]
        self.orphans_model.set_notes(orphans)
        self.orphans_label.setVisible(bool(orphans))
        self.orphans.setVisible(bool(orphans))
        self.note_count = len(notes)
        self.retranslate_ui()

    def current_note(self) -> int | None:
        """The selected note in whichever list has the focus (else the main list)."""
        if self.orphans.hasFocus():
            return self.orphans.current_note()
        return self.table.current_note() or self.orphans.current_note()

    def select_note(self, note_id: int) -> None:
        for table, model in ((self.table, self.model), (self.orphans, self.orphans_model)):
            for row, note in enumerate(model.notes):
                if note.id == note_id:
                    table.selectRow(row)
                    table.setFocus()
                    return

    def _for_current(self, signal: Any) -> None:
        note_id = self.current_note()
        if note_id is not None:
            signal.emit(note_id)


class NoteDialog(QDialog):
    """A small window to write or edit a note (several lines), shown non-modally with `open()`."""

    def __init__(self, anchor: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note-dialog")
        self.setWindowTitle(self.tr("Note") if text else self.tr("Add note"))
        layout = QVBoxLayout(self)
        about = QLabel(anchor)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(about)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("note-text")
        self.editor.setPlainText(text)
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save = QAction(self)
        save.setShortcut(QKeySequence("Ctrl+Return"))
        save.triggered.connect(self.accept)
        self.addAction(save)
        self.resize(460, 220)

    def text(self) -> str:
        return self.editor.toPlainText().strip()
