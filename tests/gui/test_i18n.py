"""The interface in Arabic and English: switching re-translates the menus and mirrors the layout;
Qt's own strings follow; the language chosen in Preferences is the one a new window is built in."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from core.resources import resource
from gui import i18n
from gui.extras import apply_startup_preferences
from gui.preferences import LANGUAGE

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(autouse=True)
def english_afterwards(qapp):  # type: ignore[no-untyped-def]
    """The language is application-wide: every test leaves the app in English, left to right."""
    yield
    i18n.set_language("en")


def _menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def _all_menu_texts(menu: QMenu, skip: set[QMenu]) -> list[str]:
    texts = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            if sub not in skip:
                texts.append(action.text())
                texts.extend(_all_menu_texts(sub, skip))
            continue
        if action.text():
            texts.append(action.text())
    return texts


def test_switching_to_arabic_retranslates_the_menus(window):
    assert _menu_titles(window) == ["&File", "&View", "&Go", "&Review", "&Help"]
    i18n.set_language("ar")
    assert _menu_titles(window) == ["&ملف", "&عرض", "&انتقال", "&مراجعة", "&مساعدة"]


def test_switching_to_arabic_mirrors_the_layout(window):
    i18n.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_switching_back_to_english_restores_texts_and_direction(window):
    i18n.set_language("ar")
    i18n.set_language("en")
    assert _menu_titles(window) == ["&File", "&View", "&Go", "&Review", "&Help"]
    assert window.file_menu.actions()[0].text() == "&Open Folder…"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_in_arabic_every_menu_entry_is_arabic(window):
    i18n.set_language("ar")
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        texts.extend(_all_menu_texts(action.menu(), skip={window.recent_menu}))  # recent: folder paths
    untranslated = [t for t in texts if not ARABIC.search(t)]
    assert texts and untranslated == []


def test_docks_and_toolbar_buttons_are_retranslated(window):
    i18n.set_language("ar")
    assert window.facts.windowTitle() == "الوقائع"
    assert window.problems_dock.windowTitle() == "المشكلات"
    assert window.next_action.text() == "التعارض التالي"


def test_buttons_fields_and_dynamic_titles_follow_the_language(window):
    i18n.set_language("ar")
    assert ARABIC.search(window.cancel_button.text())
    assert ARABIC.search(window.search_bar.field.placeholderText())
    assert ARABIC.search(window.projects.notes_dock.windowTitle())
    assert ARABIC.search(window.projects.undo_action.text())
    i18n.set_language("en")
    assert window.cancel_button.text() == "Cancel"
    assert window.projects.notes_dock.windowTitle() == "Notes"


def test_a_widget_retranslates_on_qt_language_change_event(window):
    """No walk over the widgets: Qt's LanguageChange event reaches each window and what it owns."""
    i18n.set_language("ar")
    window.facts.setWindowTitle("stale")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.facts.windowTitle() == "الوقائع"


def test_qt_own_buttons_are_arabic_too(window):
    i18n.set_language("ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert all(ARABIC.search(b.text()) for b in box.buttons())


def test_a_window_built_after_choosing_arabic_is_arabic_and_mirrored(qtbot):
    from gui.main_window import MainWindow

    LANGUAGE.set("ar")
    assert apply_startup_preferences() == "ar"
    win = MainWindow()
    qtbot.addWidget(win)
    assert _menu_titles(win)[0] == "&ملف"
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_command_line_language_wins_over_the_preference(qapp):
    LANGUAGE.set("ar")
    assert apply_startup_preferences("en") == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_arabic_translation_is_finished_and_compiled():
    ts = resource("translations", "muqabala_ar.ts")
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages
    assert [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ] == []
    compiled = QTranslator()
    assert compiled.load(str(resource("translations", "muqabala_ar.qm")))
    assert all(
        compiled.translate(c.findtext("name"), m.findtext("source")) == m.findtext("translation")
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    )


def test_placeholders_survive_translation():
    ts = resource("translations", "muqabala_ar.ts")
    for m in ET.parse(ts).getroot().iter("message"):
        names = sorted(re.findall(r"\{(\w*)\}", m.findtext("source") or ""))
        assert sorted(re.findall(r"\{(\w*)\}", m.findtext("translation") or "")) == names, m.findtext("source")


def test_the_progress_of_an_analysis_is_said_in_arabic(window, qtbot, seeds_dir):  # type: ignore[no-untyped-def]
    i18n.set_language("ar")
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    with qtbot.waitSignal(window.analysis_ready, timeout=60_000):
        window.open_folder(seeds_dir)
    assert "مقارنة مقالات كل قصة …" in said and "كتابة ملف المشروع …" in said
    assert not [m for m in said if re.search("comparing|writing|reading|opening", m)]
