"""How marks look, and where they go in a QTextDocument.

Colour is never the only cue: conflicts are bold with a wavy underline, shared facts have a solid
underline, single-source numbers a dotted one. Two colour sets, chosen from the palette's base
colour, keep every mark readable on light and dark themes.

Offsets: the core counts Python str indices (code points); QTextDocument counts UTF-16 code units,
so every character outside the BMP (the seeds carry emoji) shifts later positions by one.
`OffsetMap` converts both ways.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core.model import STATUSES
from gui.tr_noop import QT_TRANSLATE_NOOP

KINDS: tuple[str, ...] = STATUSES


class OffsetMap:
    """Python str offsets ↔ QTextDocument positions (UTF-16 code units) for one text."""

    def __init__(self, text: str) -> None:
        self._prefix: list[int] | None = None
        if max(text, default="\0") > "\uffff":  # any character outside the BMP (in C, not per character)
            self._prefix = [0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)]

    def to_qt(self, offset: int) -> int:
        if self._prefix is None:
            return offset
        return self._prefix[max(0, min(offset, len(self._prefix) - 1))]

    def from_qt(self, position: int) -> int:
        if self._prefix is None:
            return position
        return max(0, bisect_right(self._prefix, position) - 1)


def display_text(text: str) -> str:
    """The text as given to Qt: same length, but a lone CR would start a paragraph of its own."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


@dataclass(frozen=True)
class Colours:
    """One theme's colours for every kind of mark."""

    conflict: QColor
    conflict_line: QColor
    shared: QColor
    shared_line: QColor
    single_line: QColor
    current: QColor
    flash: QColor
    aligned: QColor
    search: QColor
    search_current: QColor
    dim: QColor


LIGHT = Colours(
    QColor("#f9c6c3"),
    QColor("#c62828"),
    QColor("#c9ebc6"),
    QColor("#2e7d32"),
    QColor("#8d8d8d"),
    QColor("#ffd54f"),
    QColor("#ff9800"),
    QColor("#dde8fb"),
    QColor("#e6c8f0"),  # search hits: violet, never the selected fact's amber
    QColor("#c387dc"),
    QColor("#8a8a8a"),
)
DARK = Colours(
    QColor("#6d2420"),
    QColor("#ff8a80"),
    QColor("#2e6b38"),
    QColor("#81c784"),
    QColor("#9e9e9e"),
    QColor("#7a5d00"),
    QColor("#b35c00"),
    QColor("#263a5c"),
    QColor("#5e3470"),
    QColor("#8a4ca6"),
    QColor("#7d7d7d"),
)


NOTE_LINE = QColor("#1e88e5")
"""The underline of a sentence or number the user wrote a note on (reads on light and dark)."""


def colours_for(palette: QPalette) -> Colours:
    """The colour set that reads on this palette (dark when the base colour is dark)."""
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


def mention_format(kind: str, colours: Colours) -> QTextCharFormat:
    """The permanent mark of a number mention of a fact with status `kind`."""
    fmt = QTextCharFormat()
    if kind == "conflict":
        fmt.setBackground(colours.conflict)
        fmt.setFontWeight(700)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(colours.conflict_line)
    elif kind == "shared":
        fmt.setBackground(colours.shared)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colours.shared_line)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(colours.single_line)
    return fmt


def overlay_format(kind: str, colours: Colours) -> QTextCharFormat:
    """Transient marks drawn as extra selections: current fact, flash, aligned, search hits, and
    what the user's notes are on (a dashed underline, so the number marks keep their colours)."""
    fmt = QTextCharFormat()
    if kind == "note":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(NOTE_LINE)
        return fmt
    colour = {
        "current": colours.current,
        "flash": colours.flash,
        "aligned": colours.aligned,
        "search": colours.search,
        "search_current": colours.search_current,
    }[kind]
    fmt.setBackground(colour)
    if kind in ("current", "flash", "search_current"):
        fmt.setFontWeight(700)
    if kind in ("search", "search_current"):
        fmt.setFontOverline(True)  # not colour alone: a search hit is lined above
    if kind == "aligned":
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    return fmt


def apply_format(doc: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> None:
    """Merge `fmt` into the document between two Qt positions."""
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def dim_format(colours: Colours) -> QTextCharFormat:
    """Furniture (comments, links, navigation): shown, but greyed."""
    fmt = QTextCharFormat()
    fmt.setForeground(colours.dim)
    return fmt


def set_block_directions(doc: QTextDocument, default_rtl: bool) -> None:
    """Each paragraph runs in the direction of its first strong letter, else the document's."""
    block = doc.begin()
    while block.isValid():
        rtl = default_rtl
        for ch in block.text():
            if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
                rtl = True
                break
            if ch.isalpha():
                rtl = False
                break
        cursor = QTextCursor(block)
        fmt = cursor.blockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        if rtl:
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        cursor.setBlockFormat(fmt)
        block = block.next()


class LegendSample(QWidget):
    """« 17 » drawn with the very format used in the articles, followed by what it means."""

    def __init__(self, kind: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"legend-{kind}")
        self.setToolTip(text)
        colours = colours_for(self.palette())
        fmt = mention_format(kind, colours) if kind in KINDS else overlay_format(kind, colours)
        self.doc = QTextDocument(self)
        self.doc.setDocumentMargin(2)
        self.doc.setDefaultFont(self.font())
        cursor = QTextCursor(self.doc)
        cursor.insertText(" 17 ", fmt)
        cursor.insertText(f" {text}", QTextCharFormat())
        self.setFixedSize(int(self.doc.idealWidth()) + 6, int(self.doc.size().height()))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, self.palette().color(QPalette.ColorRole.WindowText))
        self.doc.documentLayout().draw(painter, ctx)
        painter.end()


LEGEND = (
    ("conflict", QT_TRANSLATE_NOOP("Legend", "conflict: sources give different numbers")),
    ("shared", QT_TRANSLATE_NOOP("Legend", "shared: sources agree")),
    ("single", QT_TRANSLATE_NOOP("Legend", "one source only")),
    ("current", QT_TRANSLATE_NOOP("Legend", "selected fact")),
)


class Legend(QWidget):
    """A one-line key to the marks, drawn with the same formats as the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(14)
        for kind, text in LEGEND:
            layout.addWidget(LegendSample(kind, self.tr(text), self))
        layout.addStretch(1)
