"""Text that comes from the articles (headlines, sentences, file names) and from notes is shown as
text in every widget, never interpreted as markup: a headline «<img src="file:///…">» must not load
a local file in a tooltip, a header or a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from gui.article_picker import ArticlePicker
from gui.main_window import MainWindow
from gui.stories_dock import StoriesModel, story_rows
from gui.synopsis_view import fact_tip

from .conftest import ANALYSIS_TIMEOUT_MS

MARKUP = '<img src="file:///etc/passwd"><b>عاجل</b>'
NOTE = '<img src="file:///etc/hosts"> تحقق من الرقم <a href="file:///">هنا</a>'


def shown(text: str) -> str:
    """What a tooltip, a message box or a label in automatic format displays for TEXT."""
    doc = QTextDocument()
    if QtGuiNamespace.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


@pytest.fixture
def hostile_window(window: MainWindow, qtbot, seeds_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    article = seeds_dir / sorted(p.name for p in seeds_dir.glob("*.txt"))[2]
    article.write_text(MARKUP + " " + article.read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    return window


def _hostile_doc(window: MainWindow) -> str:
    return next(d.id for d in window.analysis.documents if d.title.startswith(MARKUP))


def test_facts_table_headers_show_the_headline_as_text(hostile_window: MainWindow) -> None:
    model = hostile_window.facts.model
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())
    ]
    assert any(MARKUP in shown(t) for t in tips if t)


def test_fact_tooltips_show_labels_and_explanations_as_text(hostile_window: MainWindow) -> None:
    model = hostile_window.facts.model
    for row in range(model.rowCount()):
        fact = model.facts[row]
        tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
        assert fact.label in shown(tip)
        assert fact.label in shown(fact_tip(fact))


def test_the_article_picker_shows_the_headline_as_text(hostile_window: MainWindow) -> None:
    picker = ArticlePicker(hostile_window.analysis, [d.id for d in hostile_window.analysis.documents])
    tips = [picker.list.item(i).toolTip() for i in range(picker.list.count())]
    assert any(MARKUP in shown(t) for t in tips)
    picker.deleteLater()


def test_the_documents_list_and_the_pane_header_show_the_headline_as_text(hostile_window: MainWindow) -> None:
    doc = _hostile_doc(hostile_window)
    pane = hostile_window.reader.panes[doc]
    assert pane.header.textFormat() == Qt.TextFormat.RichText and MARKUP in shown(pane.header.text())
    assert pane.doc.path in shown(pane.header.toolTip())
    items = [hostile_window.documents.list.item(i) for i in range(hostile_window.documents.list.count())]
    assert any(MARKUP in item.text() for item in items)  # list items are never rich text
    assert all(Path(shown(item.toolTip())).name.endswith(".txt") for item in items)


def test_the_stories_list_shows_headlines_as_text(hostile_window: MainWindow) -> None:
    model = StoriesModel()
    model.set_rows(story_rows(hostile_window.analysis))
    for row in range(model.rowCount()):
        label = model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
        assert label in shown(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole))


def test_a_note_with_markup_is_shown_as_text(hostile_window: MainWindow) -> None:
    fact = hostile_window.analysis.facts[0]
    hostile_window.projects.project.add_note(fact.id, NOTE)
    hostile_window.projects.notes_dock.set_notes(hostile_window.projects.project.notes())
    model = hostile_window.projects.notes_dock.model
    assert NOTE in shown(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))


def test_every_label_showing_folder_text_is_plain_or_escaped(hostile_window: MainWindow) -> None:
    for label in hostile_window.findChildren(QLabel):
        if MARKUP in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            pytest.fail(f"{label.objectName()} renders «{label.text()}» as markup")
    assert hostile_window.folder_label.textFormat() == Qt.TextFormat.PlainText
