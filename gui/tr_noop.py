"""`QT_TRANSLATE_NOOP` with the type it has.

PySide6's stubs say it returns `object`; it returns the text it marks. Modules import it from here
under the same name, so lupdate (scripts/translations.py) still finds every marked string.
"""

from collections.abc import Callable

from PySide6 import QtCore

QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]
