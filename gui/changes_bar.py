"""The line above the articles that says what changed since the project was last open (and, from
the verdicts, what lost its place, or that articles came into the folder), with a button for what
to do about it when there is something; dismissed with its ✕."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
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
        self.action_button = QToolButton()
        self.action_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_button.hide()
        close = QToolButton()
        close.setText("✕")
        close.clicked.connect(self.hide)
        self.close_button = close
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))

    def show_text(self, text: str, action: QAction | None = None) -> None:
        """TEXT, and a button that triggers ACTION (with its text) when given."""
        self.label.setText(text)
        if action is not None:
            self.action_button.setDefaultAction(action)
        self.action_button.setVisible(action is not None)
        self.show()
