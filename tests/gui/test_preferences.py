"""Preferences: each setting has one declaration (key, type, default); the dialog shows and stores
them; OK applies them to the running window. Settings are isolated per test (conftest)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.fonts import article_font, bundled_family
from gui.preferences import (
    ALL,
    ARTICLE_FONT,
    ARTICLE_SIZE,
    COLOR_SCHEME,
    LANGUAGE,
    PROJECT_DIR,
    RECURSE,
    PreferencesDialog,
    apply_color_scheme,
    project_file_choice,
)
from gui.settings import settings


@pytest.fixture(autouse=True)
def defaults_afterwards(qapp):  # type: ignore[no-untyped-def]
    """Language and colours are application-wide: put them back after each test."""
    yield
    i18n.set_language("en")
    apply_color_scheme("system")


def test_every_setting_is_declared_once_with_a_distinct_key():
    keys = [s.key for s in ALL]
    assert len(keys) == len(set(keys))


def test_nothing_stored_gives_the_defaults(qapp):
    assert [s.get() for s in ALL] == [s.default for s in ALL]
    assert LANGUAGE.get() == "system" and COLOR_SCHEME.get() == "system" and RECURSE.get() is True


def test_values_come_back_with_their_type(qapp):
    RECURSE.set(False)
    ARTICLE_SIZE.set(15.5)
    assert RECURSE.get() is False
    assert ARTICLE_SIZE.get() == 15.5


def test_a_hand_edited_bad_value_falls_back_to_the_default(qapp):
    settings().setValue(LANGUAGE.key, "klingon")
    settings().setValue(ARTICLE_SIZE.key, "large")
    assert LANGUAGE.get() == "system"
    assert ARTICLE_SIZE.get() == ARTICLE_SIZE.default


def test_the_dialog_shows_what_is_stored(qtbot):
    LANGUAGE.set("ar")
    RECURSE.set(False)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ar"
    assert not dialog.recurse.isChecked()
    assert dialog.bundled_font.isChecked()


def test_ok_stores_every_field(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
    dialog.size_box.setValue(17)
    dialog.recurse.setChecked(False)
    dialog.project_dir.setText("/tmp/مشاريع")
    with qtbot.waitSignal(dialog.applied):
        dialog.accept()
    assert (COLOR_SCHEME.get(), ARTICLE_SIZE.get(), RECURSE.get()) == ("dark", 17.0, False)
    assert settings().value("projects/folder") == "/tmp/مشاريع"


def test_choosing_arabic_in_preferences_mirrors_the_open_window(window, qtbot):
    dialog = window.extras.open_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.accept()
    assert window.file_menu.title() == "&ملف"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_text_size_preference_is_the_zoom_of_the_articles(seeds_window):
    dialog = seeds_window.extras.open_preferences()
    assert dialog.size_box.value() == seeds_window.reader.point_size
    dialog.size_box.setValue(18)
    dialog.accept()
    assert seeds_window.reader.point_size == 18
    pane = next(iter(seeds_window.reader.panes.values()))
    assert pane.text.font().pointSizeF() == 18


def test_a_chosen_article_font_is_used_and_the_bundled_one_by_default(qapp):
    assert article_font().families()[0] == bundled_family()
    ARTICLE_FONT.set("DejaVu Serif")
    assert article_font().families()[0] == "DejaVu Serif"


def test_dark_colour_scheme_gives_a_dark_window(qapp):
    """By palette: platforms that ignore the colour-scheme hint (offscreen here) still go dark."""
    apply_color_scheme("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    apply_color_scheme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_project_files_go_where_preferences_say(window, qtbot, seeds_dir, tmp_path):
    from tests.gui.conftest import ANALYSIS_TIMEOUT_MS

    keep = tmp_path / "مشاريع"
    PROJECT_DIR.set(str(keep))
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    assert not (seeds_dir / "muqabala.sqlite").exists()
    assert [p.suffix for p in keep.glob("*.sqlite")] == [".sqlite"]
    assert window.projects.project.path.parent == keep


def test_a_folder_that_has_its_project_keeps_it_when_a_place_is_chosen_later(seeds_dir, tmp_path, qapp):
    from core.project import Project

    Project.open(seeds_dir).close()  # muqabala.sqlite inside the folder, with any notes it has
    PROJECT_DIR.set(str(tmp_path / "elsewhere"))
    assert project_file_choice(seeds_dir) is None
    assert project_file_choice(tmp_path / "no-such-folder") is None
