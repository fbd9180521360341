"""The line above the articles that says what changed since the project was last open (and, from
the verdicts, what lost its place); dismissed with its ✕."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from gui.i18n import RetranslatingWidget


class ChangesBar(RetranslatingWidget, QFrame):
    """A dismissible line above the articles saying what changed since the project was last open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changes-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names from the folder
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("✕")
        close.clicked.connect(self.hide)
        self.close_button = close
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()
