"""The bundled Arabic font: loaded from resources/fonts, set explicitly, with Arabic glyphs."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics

from core.resources import resource
from gui.fonts import FONT_FILES, article_font, bundled_family


def test_font_files_and_licence_are_bundled() -> None:
    for name in FONT_FILES:
        assert resource("fonts", name).stat().st_size > 100_000
    assert "SIL Open Font License" in resource("fonts", "OFL.txt").read_text(encoding="utf-8")


def test_bundled_family_is_noto_naskh_arabic(qapp) -> None:  # type: ignore[no-untyped-def]
    assert bundled_family() == "Noto Naskh Arabic"
    assert "Noto Naskh Arabic" in QFontDatabase.families()


def test_article_font_has_arabic_glyphs(qapp) -> None:  # type: ignore[no-untyped-def]
    font = article_font()
    assert font.families()[0] == "Noto Naskh Arabic"
    metrics = QFontMetrics(font)
    for letter in "قافلة داعش٣":
        if letter != " ":
            assert metrics.inFontUcs4(ord(letter)), letter
