"""The search results panel: every hit of the find bar's query, grouped by article.

The find bar searches every article of the story (or, with "Whole folder" checked, of the folder),
not only the panes on screen, so a word absent from the visible panes is never reported absent.
Each article is a row with its hit count (and whether it is side by side); under it one row per hit
with a line of context, the hit painted like the marks in the panes. Choosing a hit (Enter, double
click) emits `hit_chosen`; `gui.find` then opens the article if it is not shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.model import Document
from core.text.search import Hit, hits_per_document, snippet
from gui.bidi import isolate
from gui.highlight import colours_for
from gui.i18n import RetranslatingWidget

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""On a hit row: (doc id, start, end). On an article row: (doc id, -1, -1)."""
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2
"""On a hit row: (start, end) of the hit inside the row's text."""
MAX_HIT_ROWS = 2000
"""Beyond this many hits the rest are counted, not listed (a 300-article folder and a common word)."""


class SnippetDelegate(QStyledItemDelegate):
    """Paints a hit row's text with the hit in the search colour (plain text: never markup)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        span = index.data(SPAN_ROLE)
        if not span:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(text, span, opt)
        painter.save()
        rect = opt.rect
        height = doc.size().height()
        painter.translate(rect.left(), rect.top() + max(0.0, (rect.height() - height) / 2))
        doc.drawContents(painter, QRectF(0, 0, rect.width(), height))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))

    @staticmethod
    def _document(text: str, span: tuple[int, int], opt: QStyleOptionViewItem) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setPlainText(text)
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if _is_arabic(text) else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(option.WrapMode.NoWrap)
        doc.setDefaultTextOption(option)
        doc.setTextWidth(opt.rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        base = QTextCharFormat()
        base.setForeground(
            opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeCharFormat(base)
        mark = QTextCharFormat()
        mark.setBackground(colours_for(opt.palette).search)
        mark.setForeground(opt.palette.color(QPalette.ColorRole.Text))
        mark.setFontWeight(700)
        cursor.setPosition(_utf16(text, span[0]))
        cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(mark)
        return doc


def _utf16(text: str, offset: int) -> int:
    """A Python offset as a QTextDocument position (characters outside the BMP count twice)."""
    return offset + sum(1 for c in text[:offset] if ord(c) > 0xFFFF)


def _is_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum("\u0600" <= c <= "\u06ff" for c in letters) * 2 > len(letters)


class SearchResultsDock(RetranslatingWidget, QDockWidget):
    """Dock with the scope toggle, a summary line and the hits per article."""

    hit_chosen = Signal(object)
    """A `core.text.search.Hit` the user chose (Enter or double click on a hit row)."""
    document_chosen = Signal(str)
    """An article row chosen: its id."""
    scope_changed = Signal(bool)
    """True: search the whole folder; False: the current story."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-results-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.summary = QLabel(body)
        self.summary.setObjectName("search-summary")
        self.whole_folder = QCheckBox(body)
        self.whole_folder.setObjectName("search-whole-folder")
        self.whole_folder.toggled.connect(self.scope_changed)
        row.addWidget(self.summary, 1)
        row.addWidget(self.whole_folder)
        layout.addLayout(row)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("search-results")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(SnippetDelegate(self.tree))
        self.tree.itemActivated.connect(self._activate)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.hits: list[Hit] = []

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search results"))
        self.whole_folder.setText(self.tr("Whole folder (every story)"))
        self.whole_folder.setToolTip(self.tr("Search every article of the folder, not only this story's"))

    def set_several_stories(self, several: bool) -> None:
        """The scope toggle only means something when the folder holds more than one story."""
        self.whole_folder.setVisible(several)

    def show_hits(self, query: str, hits: list[Hit], documents: list[Document], shown: set[str]) -> None:
        """List HITS (over DOCUMENTS, those in SHOWN side by side) grouped by article."""
        self.hits = hits
        self.tree.clear()
        if not query.strip():
            self.summary.setText("")
            return
        grouped = hits_per_document(hits)
        by_id = {d.id: d for d in documents}
        self.summary.setText(
            self.tr("«{query}»: {n} hits in {a} of {total} articles").format(
                query=isolate(query.strip()), n=len(hits), a=len(grouped), total=len(documents)
            )
            if hits
            else self.tr("«{query}»: no hits in the {total} articles searched").format(
                query=isolate(query.strip()), total=len(documents)
            )
        )
        listed = 0
        for doc_id, doc_hits in grouped.items():
            doc = by_id[doc_id]
            where = self.tr("side by side") if doc_id in shown else self.tr("not shown: choose a hit to open it")
            top = QTreeWidgetItem(
                [
                    self.tr("{title} — hits: {n} ({where})").format(
                        title=isolate(doc.title or Path(doc.path).stem), n=len(doc_hits), where=where
                    )
                ]
            )
            top.setData(0, HIT_ROLE, (doc_id, -1, -1))
            top.setToolTip(0, doc.path)
            for hit in doc_hits:
                if listed >= MAX_HIT_ROWS:
                    break
                listed += 1
                part = snippet(doc.text, hit.start, hit.end)
                child = QTreeWidgetItem([part.text])
                child.setData(0, HIT_ROLE, (hit.doc, hit.start, hit.end))
                child.setData(0, SPAN_ROLE, (part.hit_start, part.hit_end))
                self._align(child, doc)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        if listed < len(hits):
            self.tree.addTopLevelItem(
                QTreeWidgetItem([self.tr("… {n} more hits not listed").format(n=len(hits) - listed)])
            )
        if len(grouped) <= 20:  # more articles: their rows first, opened one at a time
            self.tree.expandAll()

    @staticmethod
    def _align(item: QTreeWidgetItem, doc: Document) -> None:
        if doc.language != "en":
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)

    def select_hit(self, hit: Hit) -> None:
        """Show HIT's row as the current one (Enter in the find bar moved to it)."""
        wanted = (hit.doc, hit.start, hit.end)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and tuple(child.data(0, HIT_ROLE)) == wanted:
                    top.setExpanded(True)
                    self.tree.setCurrentItem(child)
                    self.tree.scrollToItem(child)
                    return

    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, HIT_ROLE)
        if not data:
            return
        doc_id, start, end = tuple(data)
        if start < 0:
            self.document_chosen.emit(doc_id)
        else:
            self.hit_chosen.emit(Hit(doc_id, start, end))
