"""File → Export from the window: the same HTML / CSV / JSON as the command line, the user's notes
in the report, and Print / Save as PDF through Qt's print support."""

from __future__ import annotations

import csv
import html
import json
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QLineEdit, QMessageBox

from gui import i18n

from .conftest import ANALYSIS_TIMEOUT_MS


@pytest.fixture(autouse=True)
def english_afterwards(qapp):  # type: ignore[no-untyped-def]
    yield
    i18n.set_language("en")


def _conflicts(window) -> list:  # type: ignore[no-untyped-def]
    return [f for f in window.analysis.facts if f.status == "conflict"]


def test_export_waits_for_an_analysis(window):
    actions = window.extras.export
    assert not actions.html_action.isEnabled() and not actions.pdf_action.isEnabled()


def test_export_is_in_the_file_menu_once_the_articles_are_analysed(seeds_window):
    actions = seeds_window.extras.export
    assert actions.menu.menuAction() in seeds_window.file_menu.actions()
    assert all(
        a.isEnabled()
        for a in (
            actions.html_action,
            actions.csv_action,
            actions.json_action,
            actions.pdf_action,
            actions.print_action,
        )
    )


def test_the_html_report_has_every_conflict_and_no_http(seeds_window, tmp_path):
    path = tmp_path / "report.html"
    seeds_window.extras.export.export_html(path)
    report = path.read_text(encoding="utf-8")
    assert "http" not in report.lower()
    for fact in _conflicts(seeds_window):
        assert f'id="{fact.id}"' in report


def test_the_report_follows_the_interface_language_and_the_articles_direction(seeds_window, tmp_path):
    i18n.set_language("en")
    seeds_window.extras.export.export_html(tmp_path / "en.html")
    assert 'lang="en" dir="rtl"' in (tmp_path / "en.html").read_text(encoding="utf-8")  # Arabic articles
    i18n.set_language("ar")
    seeds_window.extras.export.export_html(tmp_path / "ar.html")
    assert 'lang="ar" dir="rtl"' in (tmp_path / "ar.html").read_text(encoding="utf-8")


def test_a_note_written_in_the_window_is_in_the_report(seeds_window, tmp_path, qtbot):
    fact = _conflicts(seeds_window)[0]
    seeds_window.projects.add_note(fact.id, "اسأل المراسل عن عدد الحافلات")
    qtbot.waitUntil(lambda: bool(seeds_window.projects.project.notes()))
    seeds_window.extras.export.export_html(tmp_path / "notes.html")
    assert "اسأل المراسل عن عدد الحافلات" in html.unescape((tmp_path / "notes.html").read_text(encoding="utf-8"))


def test_the_csv_has_one_row_per_fact_and_source(seeds_window, tmp_path):
    path = tmp_path / "facts.csv"
    seeds_window.extras.export.export_csv(path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    mentions = {m.id: m.doc for m in seeds_window.analysis.mentions}
    assert len(rows) == len({(f.id, mentions[i]) for f in seeds_window.analysis.facts for i in f.mentions})


def test_the_json_is_the_analysis_export(seeds_window, tmp_path):
    path = tmp_path / "analysis.json"
    seeds_window.extras.export.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["facts"]) == len(seeds_window.analysis.facts)
    assert {"documents", "sentences", "numbers", "alignments", "facts"} <= set(data)


def test_save_as_pdf_writes_a_pdf_of_the_report(seeds_window, tmp_path):
    path = tmp_path / "report.pdf"
    seeds_window.extras.export.save_pdf(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") + data.count(b"/Type /Page ") >= 2


def test_a_pdf_of_the_report_saved_among_the_articles_is_not_read_back_as_an_article(seeds_window, seeds_dir):
    from core.ingest.folder import read_folder

    seeds_window.extras.export.save_pdf(seeds_dir / "report.pdf")
    documents, problems = read_folder(seeds_dir)
    assert len(documents) == 4
    assert [(p.path, p.severity) for p in problems] == [("report.pdf", "info")]


def test_an_export_that_cannot_be_written_names_the_file_asked_for(seeds_window, tmp_path):
    target = tmp_path / "gone" / "report.html"  # its folder is not there
    seeds_window.extras.export._write(seeds_window.extras.export.export_html, target)
    box = seeds_window.findChild(QMessageBox, "export-error")
    assert box is not None and box.isVisible()
    assert str(target) in box.text() and ".part" not in box.text()
    box.close()


NO_PRINTER = pytest.mark.skipif(
    bool(QPrinterInfo.availablePrinters()), reason="a printer is set up here: the dialog would print on it"
)


@NO_PRINTER
def test_with_no_printer_the_print_dialog_proposes_a_pdf_file_and_prints_the_report_to_it(seeds_window, tmp_path):
    dialog = seeds_window.extras.export.print_report()
    proposed = dialog.findChild(QLineEdit, "filename").text()
    assert proposed.endswith("-report.pdf")
    dialog.findChild(QLineEdit, "filename").setText(str(tmp_path / "printed.pdf"))  # as the researcher types it
    dialog.accept()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert "printed.pdf" in seeds_window.shell.status_text()


@NO_PRINTER
def test_printing_to_a_folder_instead_of_a_file_says_so(seeds_window, tmp_path):
    """Qt's own proposal with no printer set up was the home folder: printing there did nothing."""
    dialog = seeds_window.extras.export.print_report()
    dialog.findChild(QLineEdit, "filename").setText(str(tmp_path))
    dialog.accept()
    box = seeds_window.findChild(QMessageBox, "print-error")
    assert box is not None and box.isVisible() and "Save Report as PDF" in box.text()
    box.close()


@NO_PRINTER
def test_printing_to_a_file_that_cannot_be_written_says_so(seeds_window, tmp_path):
    dialog = seeds_window.extras.export.print_report()
    dialog.findChild(QLineEdit, "filename").setText(str(tmp_path / "no such folder" / "report.pdf"))
    dialog.accept()
    box = seeds_window.findChild(QMessageBox, "print-error")
    assert box is not None and box.isVisible() and "could not be written" in box.text()
    box.close()


@NO_PRINTER
def test_a_print_accepted_while_the_folder_is_analysed_again_waits_for_the_analysis(seeds_window, qtbot, seeds_dir):
    """The print dialog does not block the window, which may bring the folder up to date meanwhile
    (found by the random walk through it): printing then says to wait, and nothing breaks."""
    dialog = seeds_window.extras.export.print_report()
    with qtbot.waitSignal(seeds_window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        seeds_window.open_folder(seeds_dir)
        dialog.accept()
        box = seeds_window.findChild(QMessageBox, "print-error")
        assert box is not None and box.isVisible() and "analysed again" in box.text()
    box.close()


def test_the_printed_report_is_laid_out_in_the_bundled_arabic_font(seeds_window):
    from gui.fonts import bundled_family

    doc = seeds_window.extras.export.report_document()
    assert doc.defaultFont().families()[0] == bundled_family()
    assert "11 حافلة" in doc.toPlainText()


@pytest.fixture
def derby_window(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The window on eight reports of one match (more sources than one printed table holds)."""
    from .test_stories import FOOTBALL

    folder = tmp_path / "derby"
    folder.mkdir()
    for k in range(8):
        (folder / f"{k + 1:03d}_outlet{k + 1}.txt").write_text(FOOTBALL.format(crowd=40 + k, goal=70 + k), "utf-8")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(folder)
    return window


def _tables(doc):  # type: ignore[no-untyped-def]
    """The QTextTables of a laid-out document, in order."""
    from PySide6.QtGui import QTextTable

    found = []
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if isinstance(table, QTextTable) and table not in found:
            found.append(table)
        block = block.next()
    return found


def _cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_printed_matrix_holds_every_source_in_tables_that_fit_the_page(derby_window, language):  # type: ignore[no-untyped-def]
    from gui.export import SOURCES_PER_PAGE

    i18n.set_language(language)
    doc = derby_window.extras.export.report_document()
    matrices = [
        t for t in _tables(doc) if _cell(t, 0, 0 if language == "en" else t.columns() - 1) in ("Fact", "الواقعة")
    ]
    assert len(matrices) == 2  # 8 sources: 4 + 4, the fact and status columns in each
    assert all(t.columns() - 2 <= SOURCES_PER_PAGE for t in matrices)
    assert sum(t.columns() - 2 for t in matrices) == 8
    assert all(t.format().headerRowCount() == 1 for t in matrices)  # repeated on every page


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_pdf_renders_without_errors_and_its_text_can_be_selected(derby_window, tmp_path):  # type: ignore[no-untyped-def]
    i18n.set_language("ar")
    path = tmp_path / "report.pdf"
    derby_window.extras.export.save_pdf(path)
    render = subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "page")], capture_output=True, text=True, check=False
    )
    assert render.returncode == 0 and render.stderr == ""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=False).stdout
    assert "تقرير مقابلة" in unicodedata.normalize("NFKC", text)  # poppler gives presentation forms
