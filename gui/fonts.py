"""The bundled Arabic font (Noto Naskh Arabic, OFL): rendering must not depend on the machine.

Qt keeps its default family (often DejaVu) even when an Arabic font is installed, so the family is
loaded from `resources/fonts/` and set explicitly on every article view.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from core.resources import resource

FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
DEFAULT_POINT_SIZE = 13


@lru_cache(maxsize=1)
def bundled_family() -> str:
    """Load the bundled .ttf files once (needs a QGuiApplication) and return their family name."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    return family


def article_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """The font for article text: the family chosen in Preferences, else the bundled Arabic family,
    with the system font as fallback."""
    from gui.preferences import ARTICLE_FONT  # lazy: preferences imports this module

    font = QFont()
    family = ARTICLE_FONT.get() or bundled_family()
    if family:
        font.setFamilies([family, font.family()])
    font.setPointSizeF(point_size)
    return font
