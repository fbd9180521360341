"""Text from outside (titles, sentences, notes, file names) shown as text, never as markup.

Qt guesses whether a tooltip, a QLabel in its default format or a message box holds rich text
(`Qt.mightBeRichText`): a headline such as «<img src="file:///…">» would be rendered, and an image
tag loads local files. `literal()` turns any string into rich text that shows exactly those
characters; labels that show such text are set to `Qt.TextFormat.PlainText` instead.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def literal(text: str) -> str:
    """TEXT as markup that displays the very characters (escaped, line breaks kept): for tooltips
    and message boxes, which have no plain-text mode."""
    return str(Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))
