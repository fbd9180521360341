"""The row of article panes: a left-to-right splitter (the first article on the right) whose
places are held before the panes are built.

A pane added beside the others would narrow them all, and each would lay out and paint its article
again (10-15 ms each, so the sixth pane's step stalled the window 60 ms). An empty widget per
article at its final width holds the place; the pane replaces it and takes its geometry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from gui.article_pane import MIN_WIDTH, ArticlePane


def make_splitter(parent: QWidget | None = None) -> QSplitter:
    """A left-to-right splitter whatever the UI direction (panes are added right-to-left)."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName("panes")
    splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    splitter.setChildrenCollapsible(False)
    return splitter


class PaneRow:
    """The splitter's places: `hold` one per article, `place` each pane in its own."""

    def __init__(self, splitter: QSplitter) -> None:
        self.splitter = splitter
        self._slots: dict[str, QWidget] = {}
        """Document id → the empty widget holding its pane's place until the pane is built."""

    def hold(self, doc_ids: list[str]) -> None:
        """Places for these articles, the first on the right, sharing the width equally (the
        places still held for an earlier set are dropped)."""
        for slot in self._slots.values():
            slot.deleteLater()
        self._slots = {}
        for doc_id in reversed(doc_ids):
            slot = QWidget()
            slot.setMinimumWidth(MIN_WIDTH)
            self.splitter.addWidget(slot)
            self._slots[doc_id] = slot
        if doc_ids:
            self.splitter.setSizes([1000] * self.splitter.count())

    def place(self, doc_id: str, pane: QWidget) -> None:
        """PANE in the place held for DOC_ID (at the right end if none is held); the splitter owns it."""
        slot = self._slots.pop(doc_id, None)
        at = self.splitter.indexOf(slot) if slot is not None else -1
        if slot is not None and at >= 0:
            self.splitter.replaceWidget(at, pane)
            # PySide leaves a replacing widget owned by Python (deleted with its last reference,
            # at once); inserting it where it already is hands it to the splitter, as addWidget does
            self.splitter.insertWidget(at, pane)
            slot.deleteLater()
        else:
            self.splitter.addWidget(pane)
            self.splitter.setSizes([1000] * self.splitter.count())

    def order(self) -> list[str]:
        """Document ids from the rightmost pane to the leftmost."""
        widgets = [self.splitter.widget(i) for i in range(self.splitter.count())]
        return [w.doc.id for w in reversed(widgets) if isinstance(w, ArticlePane)]
