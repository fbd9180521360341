"""The find bar: one query searched in every article of the story at once (see `gui.find`).

Typing searches as you go; Enter goes to the next hit (Shift+Enter the previous one), Esc clears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.i18n import RetranslatingWidget


class SearchField(QLineEdit):
    """Line edit that reports Enter, Shift+Enter and Esc."""

    next_requested = Signal()
    previous_requested = Signal()
    cleared = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.cleared.emit()
            return
        super().keyPressEvent(event)


class SearchBar(RetranslatingWidget, QWidget):
    """Search field and a hit counter, for the toolbar."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = SearchField(self)
        self.field.setObjectName("search-field")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.textChanged.connect(self.query_changed)
        self.count = QLabel(self)
        self.count.setObjectName("search-count")
        self.count.setMinimumWidth(70)
        layout.addWidget(self.field)
        layout.addWidget(self.count)

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in all articles (Ctrl+F)"))

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_count(self, current: int, total: int, docs: int) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("no hits"))
        else:
            self.count.setText(self.tr("{current}/{total} in {docs}").format(current=current, total=total, docs=docs))
