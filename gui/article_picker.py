"""Which articles of a big story are shown side by side: a default and a small checklist dialog.

Forty panes side by side are unreadable; a story with more than `MAX_SIDE_BY_SIDE` articles
shows `DEFAULT_SHOWN` of them, and the user picks others in the dialog. The default is the most
distinct reports first: near-identical copies of one text (`core.match.copies`) count once, by the
copy that reports the most facts; among distinct reports, those with the most facts (they have the
most to compare); only when fewer distinct reports exist than room do further copies fill it.
Every article of the story stays a column of the facts matrix, whatever is shown here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.ids import doc_of
from core.match.copies import copy_groups
from core.model import Analysis, Document
from gui.plain import literal

MAX_SIDE_BY_SIDE = 6
"""A story with at most this many articles shows them all."""
DEFAULT_SHOWN = 5
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def facts_per_document(analysis: Analysis) -> dict[str, int]:
    """How many facts (of two or more sources) each article takes part in."""
    count = {d.id: 0 for d in analysis.documents}
    for f in analysis.facts:
        if f.status == "single":
            continue
        for doc_id in {doc_of(m) for m in f.mentions}:
            if doc_id in count:
                count[doc_id] += 1
    return count


def default_shown(analysis: Analysis, groups: list[list[str]] | None = None) -> list[str]:
    """All articles of a small story; else `DEFAULT_SHOWN`, the most distinct reports first (see
    the module docstring), in folder order. GROUPS: the story's copy groups, if already known."""
    ids = [d.id for d in analysis.documents]
    if len(ids) <= MAX_SIDE_BY_SIDE:
        return ids
    count = facts_per_document(analysis)
    rank = {doc_id: i for i, doc_id in enumerate(ids)}
    length = {d.id: len(d.text) for d in analysis.documents}
    groups = groups if groups is not None else copy_groups(analysis.documents)
    order = lambda d: (-count[d], -length[d], rank[d])  # noqa: E731 - the one ranking used twice
    reps = [min(g, key=order) for g in groups]
    best = sorted(reps, key=order)[:DEFAULT_SHOWN]
    if len(best) < DEFAULT_SHOWN:  # copies fill the room distinct reports leave
        rest = sorted((d for d in ids if d not in set(best)), key=order)
        best += rest[: DEFAULT_SHOWN - len(best)]
    return sorted(best, key=rank.__getitem__)


def copies_of(doc_id: str, groups: list[list[str]]) -> list[str]:
    """The other articles of the story that carry the same text as DOC_ID (folder order)."""
    group = next((g for g in groups if doc_id in g), [doc_id])
    return [d for d in group if d != doc_id]


def document_line(doc: Document, facts: int) -> str:
    """The count first (it decides the choice), then the headline, then the file."""
    if doc.language == "en":
        return f"{facts} · {doc.title or Path(doc.path).stem} — {Path(doc.path).stem}"
    # right-to-left line (RLM first: the count is a digit); the file name isolated left-to-right
    return f"\u200f{facts} · {doc.title or Path(doc.path).stem} — \u2066{Path(doc.path).stem}\u2069"


class ArticlePicker(QDialog):
    """A checklist of a story's articles; `chosen()` gives the checked ids in folder order."""

    def __init__(self, analysis: Analysis, shown: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-picker")
        self.setWindowTitle(self.tr("Articles side by side"))
        self.resize(800, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Check the articles to show side by side (every article stays in the facts table).\n"
                    "The number before each article is how many facts it shares with the others."
                )
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("article-picker-list")
        count = facts_per_document(analysis)
        for doc in analysis.documents:
            item = QListWidgetItem(document_line(doc, count[doc.id]))
            item.setData(DOC_ID_ROLE, doc.id)
            item.setToolTip(literal(f"{doc.title}\n{doc.path}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc.id in shown else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if sum(d.language != "en" for d in analysis.documents) * 2 > len(analysis.documents):
            self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # Arabic headlines read from the right
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        best = QPushButton(self.tr("Most facts"))
        best.clicked.connect(lambda: self.check(default_shown(analysis)))
        row.addWidget(best)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.list.itemChanged.connect(lambda _i: self._update_ok())
        self._update_ok()

    def check(self, doc_ids: list[str]) -> None:
        """Check exactly these articles."""
        wanted = set(doc_ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(DOC_ID_ROLE) in wanted else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [it.data(DOC_ID_ROLE) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))
