"""The articles panel: one line per article (title, file, what it reports); activating a line
brings that article's pane into view — useful when more articles are open than fit side by side.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from core.model import Document
from gui.bidi import isolate, isolate_ltr
from gui.i18n import RetranslatingWidget
from gui.index import AnalysisIndex
from gui.plain import literal

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentsDock(RetranslatingWidget, QDockWidget):
    """Dock listing the open articles in pane order (first article first)."""

    document_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents-dock")
        self.list = QListWidget(self)
        self.list.setObjectName("documents-list")
        self.list.itemActivated.connect(self._activate)
        self.list.itemDoubleClicked.connect(self._activate)
        self.setWidget(self.list)

        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Articles"))

    def set_documents(self, documents: list[Document], index: AnalysisIndex | None = None) -> None:
        self.list.clear()
        for doc in documents:
            # title and file name isolated: a file name's date must stay beside its name
            line = f"{doc.id} · {isolate(doc.title or Path(doc.path).stem)} — {isolate_ltr(Path(doc.path).name)}"
            if index is not None:
                statuses = [index.status_of_mention(m.id) for m in index.mentions_by_doc.get(doc.id, [])]
                line += self.tr(" · {n} numbers, {c} in conflict").format(n=len(statuses), c=statuses.count("conflict"))
            item = QListWidgetItem(line)
            item.setData(DOC_ID_ROLE, doc.id)
            item.setToolTip(literal(doc.path))
            if doc.language != "en":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.list.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.document_activated.emit(item.data(DOC_ID_ROLE))
