"""The user's preferences: each declared once with its key, type and default, and the dialog to edit them.

Stored in the same INI QSettings as the window state (`gui.settings.settings()`), so tests that
redirect QSettings to a temporary folder isolate preferences too. Reading a value that is missing
or of the wrong type gives the default, never an exception: a hand-edited INI cannot break the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gui.fonts import DEFAULT_POINT_SIZE
from gui.settings import settings
from gui.tr_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gui.worker import OpenOptions

T = TypeVar("T", str, bool, float)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One preference: where it is stored, its type, its default and (for a choice) its allowed values."""

    key: str
    type: type[T]
    default: T
    choices: tuple[T, ...] = ()

    def get(self) -> T:
        raw: Any = settings().value(self.key, self.default)
        try:
            if self.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value  # type: ignore[no-any-return]

    def set(self, value: T) -> None:
        s = settings()
        s.setValue(self.key, value)
        s.sync()


LANGUAGE = Setting("interface/language", str, "system", ("system", "ar", "en"))
"""Interface language: follow the system, Arabic or English."""
COLOR_SCHEME = Setting("interface/color_scheme", str, "system", ("system", "light", "dark"))
ARTICLE_FONT = Setting("articles/font_family", str, "")
"""Family for article text; "" is the bundled Noto Naskh Arabic."""
ARTICLE_SIZE = Setting("view/point_size", float, float(DEFAULT_POINT_SIZE))
"""The same value the zoom actions change (Ctrl+= / Ctrl+-) and the window remembers."""
RECURSE = Setting("folders/recurse", bool, True)
"""Read the articles in subfolders of an opened folder too."""
OUTSIDE_LINKS = Setting("folders/outside_links", bool, False)
"""Read links (files and folders) that lead out of the opened folder; off: they are listed as problems."""
AUTO_UPDATE = Setting("folders/auto_update", bool, False)
"""Bring the open project up to date by itself when articles come into its folder or leave it
(gui.folder_watch); off: the line above the articles offers it (F5)."""
PROJECT_DIR = Setting("projects/folder", str, "")
"""Where project files are kept; "" is beside the articles (the user data folder when that is read-only)."""
JOBS = Setting("analysis/jobs", float, 0.0)
"""Worker processes for an analysis; 0 is every core of the machine, 1 analyses in one process."""

ALL = (LANGUAGE, COLOR_SCHEME, ARTICLE_FONT, ARTICLE_SIZE, RECURSE, OUTSIDE_LINKS, AUTO_UPDATE, PROJECT_DIR, JOBS)


def analysis_jobs() -> int | None:
    """The JOBS preference as `core.pipeline.analyze_folder` takes it (None: every core)."""
    jobs = int(JOBS.get())
    return jobs if jobs >= 1 else None


LANGUAGE_NAMES = {"system": QT_TRANSLATE_NOOP("Preferences", "Follow the system"), "ar": "العربية", "en": "English"}
SCHEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("Preferences", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Preferences", "Light"),
    "dark": QT_TRANSLATE_NOOP("Preferences", "Dark"),
}


def open_options(path: str | Path) -> OpenOptions:
    """The worker's options for opening PATH, from Preferences (read on the GUI thread)."""
    from gui.worker import OpenOptions

    return OpenOptions(project_file_choice(path), RECURSE.get(), analysis_jobs(), OUTSIDE_LINKS.get())


def project_file_choice(path: str | Path) -> Path | None:
    """Where the project file of folder PATH goes under the PROJECT_DIR preference; None for the
    default (beside the articles, see core.project). A project the folder already has is kept, so
    choosing a place for new projects never hides the notes of an old one."""
    from core.project import fallback_project_file, project_file_for  # lazy: the analysis code loads later

    folder = Path(path)
    chosen = PROJECT_DIR.get()
    if not chosen or not folder.is_dir():
        return None
    target = Path(chosen).expanduser() / fallback_project_file(folder).name
    if target.exists() or not project_file_for(folder).exists():
        return target
    return None


def apply_color_scheme(scheme: str) -> None:
    """Light, dark, or whatever the system says (Qt ≥ 6.8 style hints; an explicit palette as well,
    since not every platform style follows the hint)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if scheme == "system":
        hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
        return
    hints.setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if scheme == "dark" else app.style().standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2f6fb0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    return palette


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(QDialog):
    """Edits every preference; OK stores them and emits `applied`."""

    applied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("pref-language")
        for code in LANGUAGE.choices:
            self.language.addItem(tr(str(LANGUAGE_NAMES[code])), code)
        self.scheme = QComboBox()
        self.scheme.setObjectName("pref-color-scheme")
        for code in COLOR_SCHEME.choices:
            self.scheme.addItem(tr(str(SCHEME_NAMES[code])), code)
        self.font_box = QFontComboBox()
        self.font_box.setObjectName("pref-font")
        self.bundled_font = QCheckBox(self.tr("Use the bundled Arabic font (Noto Naskh Arabic)"))
        self.bundled_font.toggled.connect(lambda on: self.font_box.setEnabled(not on))
        self.size_box = QDoubleSpinBox()
        self.size_box.setObjectName("pref-size")
        self.size_box.setRange(8, 40)
        self.size_box.setSuffix(self.tr(" pt"))
        self.recurse = QCheckBox(self.tr("Read articles in subfolders too"))
        self.recurse.setObjectName("pref-recurse")
        self.jobs = QDoubleSpinBox()
        self.jobs.setObjectName("pref-jobs")
        self.jobs.setDecimals(0)
        self.jobs.setRange(0, 256)
        self.jobs.setSpecialValueText(self.tr("Every core"))
        self.outside_links = QCheckBox(self.tr("Read links that lead outside the opened folder"))
        self.outside_links.setObjectName("pref-outside-links")
        self.outside_links.setToolTip(
            self.tr("Off: a link to a file or folder elsewhere on the computer is listed as a problem, not read")
        )
        self.auto_update = QCheckBox(self.tr("Bring the project up to date when articles are added or removed"))
        self.auto_update.setObjectName("pref-auto-update")
        self.auto_update.setToolTip(self.tr("Off: a line above the articles names them and offers the update (F5)"))
        self.project_dir = QLineEdit()
        self.project_dir.setObjectName("pref-project-dir")
        self.project_dir.setPlaceholderText(self.tr("Beside the articles"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_dir)
        where = QHBoxLayout()
        where.addWidget(self.project_dir, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Colour scheme:"), self.scheme)
        form.addRow(self.tr("Article font:"), self.bundled_font)
        form.addRow("", self.font_box)
        form.addRow(self.tr("Article text size:"), self.size_box)
        form.addRow(self.tr("Folders:"), self.recurse)
        form.addRow("", self.outside_links)
        form.addRow("", self.auto_update)
        form.addRow(self.tr("Keep project files in:"), where)
        form.addRow(self.tr("Analysis processes:"), self.jobs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.load()

    def load(self) -> None:
        """Show the stored values."""
        self.language.setCurrentIndex(max(0, self.language.findData(LANGUAGE.get())))
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(COLOR_SCHEME.get())))
        family = ARTICLE_FONT.get()
        self.bundled_font.setChecked(not family)
        self.font_box.setEnabled(bool(family))
        if family:
            self.font_box.setCurrentFont(QFont(family))
        self.size_box.setValue(ARTICLE_SIZE.get())
        self.recurse.setChecked(RECURSE.get())
        self.outside_links.setChecked(OUTSIDE_LINKS.get())
        self.auto_update.setChecked(AUTO_UPDATE.get())
        self.project_dir.setText(PROJECT_DIR.get())
        self.jobs.setValue(JOBS.get())

    def store(self) -> None:
        """Write the shown values."""
        LANGUAGE.set(str(self.language.currentData()))
        COLOR_SCHEME.set(str(self.scheme.currentData()))
        ARTICLE_FONT.set("" if self.bundled_font.isChecked() else self.font_box.currentFont().family())
        ARTICLE_SIZE.set(float(self.size_box.value()))
        RECURSE.set(self.recurse.isChecked())
        OUTSIDE_LINKS.set(self.outside_links.isChecked())
        AUTO_UPDATE.set(self.auto_update.isChecked())
        PROJECT_DIR.set(self.project_dir.text().strip())
        JOBS.set(float(self.jobs.value()))

    def accept(self) -> None:
        self.store()
        super().accept()
        self.applied.emit()

    def _choose_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Keep project files in"), self.project_dir.text())
        if folder:
            self.project_dir.setText(folder)
