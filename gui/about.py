"""Help → About Muqabala (version, licences of the bundled font and libraries) and Help → Keyboard
Shortcuts (read from the window's own actions, so the page can never list a shortcut that is gone).
"""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.resources import resource

VERSION = __version__
"""Muqabala's version (pyproject.toml says the same; a test checks)."""

LIBRARIES = (
    # (distribution, shown name, licence) — the licence as the project declares it
    ("PySide6-Essentials", "Qt for Python (PySide6) and Qt", "LGPL-3.0-only"),
    ("RapidFuzz", "RapidFuzz", "MIT"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    ("platformdirs", "platformdirs", "MIT"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("charset-normalizer", "charset-normalizer", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("readability-lxml", "readability-lxml", "Apache-2.0"),
    ("python-docx", "python-docx", "MIT"),
    ("pypdf", "pypdf", "BSD-3-Clause"),
)
FONTS = (("Noto Naskh Arabic", "SIL Open Font License 1.1", "OFL.txt"),)


def library_version(distribution: str) -> str:
    """The installed version, or "" in a frozen build without package metadata."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for each action of WINDOW that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if keys and name and (name, keys) not in rows:
            rows.append((name, keys))
    return rows


class AboutDialog(QDialog):
    """Three tabs: About, Licences, Keyboard shortcuts."""

    def __init__(self, window: QWidget, tab: int = 0) -> None:
        super().__init__(window)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About Muqabala"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about(), self.tr("About"))
        self.tabs.addTab(self._licences(), self.tr("Licences"))
        self.shortcut_table = self._shortcuts(window)
        self.tabs.addTab(self.shortcut_table, self.tr("Keyboard shortcuts"))
        self.tabs.setCurrentIndex(tab)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _about(self) -> QWidget:
        text = self.tr(
            "<h2>Muqabala {version}</h2>"
            "<p>Collates news articles about one event and marks the numbers the sources agree or "
            "disagree on.</p><p>Works offline: nothing is ever sent or fetched.</p>"
            "<p>Qt {qt} · Python for Qt {pyside}</p>"
        ).format(version=VERSION, qt=qVersion(), pyside=library_version("PySide6-Essentials") or "?")
        label = QLabel(text)
        label.setObjectName("about-text")
        label.setWordWrap(True)
        label.setMargin(12)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _licences(self) -> QWidget:
        lines = [self.tr("Bundled fonts"), ""]
        for name, licence, _file in FONTS:
            lines.append(f"{name} — {licence}")
        lines += ["", self.tr("Libraries"), ""]
        for dist, name, licence in LIBRARIES:
            version = library_version(dist)
            lines.append(f"{name} {version} — {licence}".replace("  ", " "))
        for _name, _licence, file in FONTS:
            path = resource("fonts", file)
            if path.is_file():
                lines += ["", "—" * 20, "", path.read_text(encoding="utf-8")]
        view = QPlainTextEdit("\n".join(lines))
        view.setObjectName("licences-text")
        view.setReadOnly(True)
        view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # licence texts are English
        return view

    def _shortcuts(self, window: QWidget) -> QTableWidget:
        rows = shortcuts(window)
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcuts-table")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (name, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(name))
            keys_item = QTableWidgetItem(f"\u2066{keys}\u2069")  # «Ctrl++» stays in key order in Arabic
            keys_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(i, 1, keys_item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return table
