"""One article: a header (title, file, counts) over the original text, read-only, with its marks.

Permanent marks (numbers by fact status, dimmed furniture) are char formats in the document;
transient ones (the current fact, a flash, aligned sentences, search hits) are extra selections, so
they can change on every click without touching the text. All offsets given to and reported by
this widget are Python str offsets into `Document.text`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QTextBrowser, QTextEdit, QToolTip, QVBoxLayout, QWidget

from core.model import Document
from gui import highlight
from gui.fonts import article_font
from gui.index import AnalysisIndex
from gui.notes_dock import add_note_actions
from gui.plain import literal
from gui.story_map import StoryMap
from gui.verdict_menu import add_verdict_actions, number_tooltip

T = TypeVar("T")


def weakly(method: Callable[..., T]) -> Callable[..., T | None]:
    """METHOD called through a weak reference (None once its object is gone). A pane's child that
    held the pane's bound method made a cycle: only the cyclic collector freed such a pane, and
    `gc.freeze` (gui.gc_policy) could leave it, its text and its marks frozen for good."""
    ref = weakref.WeakMethod(method)

    def call(*args: Any) -> T | None:
        bound = ref()
        return None if bound is None else bound(*args)

    return call


OVERLAY_ORDER = ("note", "aligned", "search", "current", "search_current", "flash")
FLASH_MS = 900
MIN_WIDTH = 240


class ArticleText(QTextBrowser):
    """The text view: reports plain clicks (not drags) and asks for tooltips by offset."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.tooltip_for: Callable[[int], str | None] = lambda offset: None
        self.extend_menu: Callable[[QMenu, int], object] = lambda menu, offset: None
        self.offsets = highlight.OffsetMap("")
        self._press: QPoint | None = None

    def offset_at(self, pos: QPoint) -> int:
        """Python str offset of the character under a viewport point."""
        return self.offsets.from_qt(self.cursorForPosition(pos).position())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() < 4:
            if not self.textCursor().hasSelection():
                self.clicked.emit(self.offset_at(pos))
        self._press = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter does what a click at the caret would: keyboard users reach facts too."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit(self.offsets.from_qt(self.textCursor().position()))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Copy / Select All, plus what the pane adds for the number or sentence under the mouse."""
        menu = self.createStandardContextMenu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setLayoutDirection(QGuiApplication.layoutDirection())  # the interface's, not the article's
        self.extend_menu(menu, self.offset_at(event.pos()))
        menu.popup(event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            text = self.tooltip_for(self.offset_at(pos))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class ArticlePane(QWidget):
    """Header + text of one document, with methods to mark, scroll to and test visibility of spans."""

    mention_clicked = Signal(str)
    sentence_clicked = Signal(str)
    user_scrolled = Signal(str)
    """Document id, when the reader (not the program) moved this pane."""
    note_requested = Signal(str)
    """A fact or sentence id, when the user chose "Add note…" in the context menu."""
    verdict_requested = Signal(str, str)
    """(verdict kind, mention id) chosen in the context menu of a number."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName(f"pane-{doc.id}")
        self.setMinimumWidth(MIN_WIDTH)
        self.index: AnalysisIndex | None = None
        self._overlays: dict[str, list[tuple[int, int]]] = {k: [] for k in OVERLAY_ORDER}
        self._marked: dict[str, tuple[int, int, str]] = {}
        """Mention id → (start, end, kind) of the marks now in the text."""
        self._programmatic = 0
        self.note = ""  # e.g. how many articles carry the same text (gui.story_view)
        self._counts = ""
        self.rtl = doc.language != "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.header = QLabel()
        self.header.setObjectName("pane-header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        direction = Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        self.header.setLayoutDirection(direction)
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.text = ArticleText(self)
        self.text.setLayoutDirection(direction)
        self.text.setFont(article_font())
        self.text.tooltip_for = weakly(self._tooltip)  # the text must not keep its pane alive: no cycle,
        self.text.extend_menu = weakly(self._extend_menu)  # so a pane let go of is freed at once
        self.text.clicked.connect(self._on_click)
        self.text.verticalScrollBar().valueChanged.connect(self._on_scroll)
        text = self.text
        self.map = StoryMap(text.document(), text.verticalScrollBar(), lambda o: text.offsets.to_qt(o))
        self.map.mark_clicked.connect(self._map_clicked)
        self.map.scroll_requested.connect(self._map_scroll)
        row = QHBoxLayout()
        if self.rtl:  # the scrollbar of right-to-left text is on its left: the map goes beside it
            row.setDirection(QHBoxLayout.Direction.RightToLeft)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(1)
        row.addWidget(self.text, 1)
        row.addWidget(self.map)
        layout.addWidget(self.header)
        layout.addLayout(row, 1)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.set_overlay("flash", []))
        self.show_text()

    # --- content -------------------------------------------------------------------------
    def show_text(self) -> None:
        """Show the original text, unmarked (the analysis may still be running)."""
        self.text.offsets = highlight.OffsetMap(self.doc.text)
        self.text.setPlainText(highlight.display_text(self.doc.text))
        self.text.document().setDocumentMargin(8)
        highlight.set_block_directions(self.text.document(), self.rtl)
        self._set_header()

    def set_note(self, note: str) -> None:
        """A line under the header (plain text), '' for none."""
        self.note = note
        self._set_header(self._counts)

    def _set_header(self, counts: str = "") -> None:
        self._counts = counts
        title = self.doc.title or Path(self.doc.path).stem
        name = Path(self.doc.path).name.replace("_", "_\u200b")  # may wrap, not be cut, in a narrow pane
        note = f"<br><i>{_escape(self.note)}</i>" if self.note else ""
        self.header.setText(
            f"<b>{_escape(title)}</b><br><span style='color:gray'>{self.doc.id} · {_escape(name)}"
            f"{' · ' + counts if counts else ''}</span>{note}"
        )
        self.header.setToolTip(literal(self.doc.path))

    def set_analysis(self, index: AnalysisIndex, changes_only: bool = False) -> None:
        """Mark numbers by the (shown) status of their fact and dim furniture; with CHANGES_ONLY
        (the researcher's verdicts changed) only the numbers whose mark changed are re-formatted.

        All formats go through one cursor in one edit block: the text is laid out once, not
        after each number (~1 ms each on a long article)."""
        self.index = index
        colours = highlight.colours_for(self.text.palette())
        om = self.text.offsets
        dim = highlight.dim_format(colours)
        formats = {k: highlight.mention_format(k, colours) for k in highlight.KINDS}
        counts = dict.fromkeys(highlight.KINDS, 0)
        marked: dict[str, tuple[int, int, str]] = {}
        for m in index.mentions_by_doc.get(self.doc.id, []):
            kind = index.status_of_mention(m.id)
            counts[kind] = counts.get(kind, 0) + 1
            marked[m.id] = (m.start, m.end, kind)
        old = self._marked if changes_only else {}
        cursor = QTextCursor(self.text.document())

        def span(start: int, end: int) -> None:
            cursor.setPosition(om.to_qt(start))
            cursor.setPosition(om.to_qt(end), QTextCursor.MoveMode.KeepAnchor)

        cursor.beginEditBlock()
        try:
            if not changes_only:
                for s in index.sentences_by_doc.get(self.doc.id, []):
                    if s.furniture:
                        span(s.start, s.end)
                        cursor.mergeCharFormat(dim)
            for mid, (start, end, _kind) in old.items():
                if marked.get(mid) != old[mid]:  # changed or gone: back to the plain (or dimmed) text
                    span(start, end)
                    cursor.setCharFormat(QTextCharFormat())
                    sentence = index.sentence_at(self.doc.id, start)
                    if sentence is not None and sentence.furniture:
                        cursor.mergeCharFormat(dim)
            for mid, (start, end, kind) in marked.items():
                if old.get(mid) != (start, end, kind):
                    span(start, end)
                    cursor.mergeCharFormat(formats.get(kind, formats["single"]))
        finally:
            cursor.endEditBlock()
        self._marked = marked
        self.map.set_marks([(start, end, kind, mid) for mid, (start, end, kind) in marked.items()])
        n_sent = len(index.sentences_by_doc.get(self.doc.id, []))
        self._set_header(
            self.tr("{s} sentences · {n} numbers · {c} in conflict · {sh} shared").format(
                s=n_sent, n=sum(counts.values()), c=counts["conflict"], sh=counts["shared"]
            )
        )

    def set_index(self, index: AnalysisIndex | None) -> None:
        """The View protocol's way to show an analysis: mark this article's numbers."""
        if index is not None:
            self.set_analysis(index)

    def mark(self, kind: str, spans: list[tuple[str, int, int]]) -> None:
        """The View protocol's marks: this article's spans of the layer."""
        self.set_overlay(kind, sorted((start, end) for doc, start, end in spans if doc == self.doc.id))

    def scroll_to_sentence(self, sentence_id: str) -> None:
        sentence = self.index.sentence.get(sentence_id) if self.index is not None else None
        if sentence is not None and sentence.doc == self.doc.id:
            self.scroll_to_span(sentence.start, min(sentence.end, sentence.start + 80))

    def remark(self, index: AnalysisIndex) -> None:
        """Mark afresh after the researcher's verdicts changed what is a conflict (only what changed)."""
        self.set_analysis(index, changes_only=True)

    # --- marks ---------------------------------------------------------------------------
    def set_overlay(self, kind: str, spans: list[tuple[int, int]]) -> None:
        """Replace one layer of transient marks (spans in Python offsets)."""
        self._overlays[kind] = list(spans)
        if kind == "current":
            self.map.set_current(spans)
        colours = highlight.colours_for(self.text.palette())
        om = self.text.offsets
        selections = []
        for layer in OVERLAY_ORDER:
            fmt = highlight.overlay_format(layer, colours)
            for start, end in self._overlays[layer]:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(om.to_qt(start))
                cursor.setPosition(om.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        self.text.setExtraSelections(selections)

    def overlay(self, kind: str) -> list[tuple[int, int]]:
        return list(self._overlays[kind])

    def flash(self, spans: list[tuple[int, int]]) -> None:
        """Briefly mark spans so the eye finds them after a jump."""
        self.set_overlay("flash", spans)
        if spans:
            self._flash_timer.start(FLASH_MS)

    # --- scrolling -----------------------------------------------------------------------
    def span_rect(self, start: int, end: int) -> QRect:
        """Viewport rectangle covering a span (first to last character)."""
        om = self.text.offsets
        c = QTextCursor(self.text.document())
        c.setPosition(om.to_qt(start))
        r1 = self.text.cursorRect(c)
        c.setPosition(om.to_qt(end))
        r2 = self.text.cursorRect(c)
        return r1.united(r2)

    def is_span_visible(self, start: int, end: int) -> bool:
        """True when the whole span lies inside the visible part of the text view."""
        rect = self.span_rect(start, end)
        return self.text.viewport().rect().contains(rect)

    def scroll_to_span(self, start: int, end: int) -> None:
        """Bring a span to the vertical middle of the view (no-op if it is already visible)."""
        if self.is_span_visible(start, end):
            return
        bar = self.text.verticalScrollBar()
        rect = self.span_rect(start, end)
        target = bar.value() + rect.center().y() - self.text.viewport().height() // 2
        self._set_scroll(target)

    def scroll_offset_to_top(self, offset: int) -> None:
        """Put the line holding `offset` at the top of the view."""
        c = QTextCursor(self.text.document())
        c.setPosition(self.text.offsets.to_qt(offset))
        bar = self.text.verticalScrollBar()
        self._set_scroll(bar.value() + self.text.cursorRect(c).top() - 4)

    def top_offset(self) -> int:
        """Offset of the first character visible at the top of the view."""
        x = self.text.viewport().width() - 10 if self.rtl else 10
        return self.text.offset_at(QPoint(x, 6))

    def _set_scroll(self, value: int) -> None:
        self._programmatic += 1
        try:
            self.text.verticalScrollBar().setValue(value)
        finally:
            self._programmatic -= 1

    def _on_scroll(self, _value: int) -> None:
        if not self._programmatic:
            self.user_scrolled.emit(self.doc.id)

    # --- interaction ---------------------------------------------------------------------
    def _on_click(self, offset: int) -> None:
        if self.index is None:
            return
        mention = self.index.mention_at(self.doc.id, offset)
        if mention is not None:
            self.mention_clicked.emit(mention.id)
            return
        sentence = self.index.sentence_at(self.doc.id, offset)
        if sentence is not None:
            self.sentence_clicked.emit(sentence.id)

    def click_offset(self, offset: int) -> None:
        """What a click at `offset` does (for keyboard users and tests)."""
        self._on_click(offset)

    def point_of(self, offset: int) -> QPoint:
        """Viewport point at the middle of the character at `offset` (to click it)."""
        rect = self.span_rect(offset, offset + 1)
        return rect.center()

    def _map_clicked(self, mention_id: str) -> None:
        if self.index is not None and mention_id in self.index.mention:
            m = self.index.mention[mention_id]
            self.scroll_to_span(m.start, m.end)
            self.mention_clicked.emit(mention_id)

    def _map_scroll(self, fraction: float) -> None:
        bar = self.text.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        bar.setValue(int(fraction * total - bar.pageStep() / 2))  # by the reader's hand: panes follow

    def _extend_menu(self, menu: QMenu, offset: int) -> None:
        add_verdict_actions(menu, self.index, self.doc.id, offset, self.verdict_requested.emit)
        self.note_menu(offset, menu)

    def note_menu(self, offset: int, menu: QMenu | None = None) -> QMenu:
        """Add "Add note…" entries for the fact of the number and the sentence at OFFSET to MENU."""
        menu = menu if menu is not None else QMenu(self)
        return add_note_actions(menu, self.index, self.doc.id, offset, self.note_requested.emit)

    def _tooltip(self, offset: int) -> str | None:
        if self.index is None:
            return None
        mention = self.index.mention_at(self.doc.id, offset)
        return number_tooltip(self.index, mention) if mention is not None else None

    def set_point_size(self, size: float) -> None:
        font = self.text.font()
        font.setPointSizeF(size)
        self.text.setFont(font)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
