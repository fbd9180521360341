"""Help → About: the version, the licences of the bundled font and the libraries, and a keyboard
shortcuts page read from the window's actions."""

from __future__ import annotations

import tomllib

from gui.about import LIBRARIES, VERSION, shortcuts


def test_the_version_is_the_projects(repo_root):
    project = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))
    assert VERSION == project["project"]["version"]


def test_about_shows_the_version(window):
    dialog = window.extras.open_about()
    assert VERSION in dialog.findChild(type(dialog.tabs.widget(0)), "about-text").text()


def test_licences_name_the_font_licence_and_every_library(window):
    dialog = window.extras.open_about()
    text = dialog.tabs.widget(1).toPlainText()
    assert "Noto Naskh Arabic" in text and "SIL Open Font License" in text
    assert "Copyright 2010, 2012-2020 Google Inc." in text  # the OFL text itself
    for _dist, name, licence in LIBRARIES:
        assert name in text and licence in text


def test_the_shortcuts_page_lists_the_windows_shortcuts(window):
    rows = dict(shortcuts(window))
    assert rows["Next conflict"] == "F8"
    assert rows["Previous conflict"] == "Shift+F8"
    dialog = window.extras.open_about(tab=2)
    table = dialog.shortcut_table
    assert dialog.tabs.currentWidget() is table
    assert table.rowCount() == len(rows)


def test_help_menu_has_shortcuts_and_about(window):
    texts = [a.text() for a in window.extras.help_menu.actions()]
    assert texts == ["&Keyboard Shortcuts", "&About Muqabala"]
