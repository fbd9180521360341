"""File → Export from the window: the same HTML / CSV / JSON as the command line, the user's notes
in the report, and Print / Save as PDF through Qt's print support."""

from __future__ import annotations

import csv
import html
import json

import pytest

from gui import i18n


@pytest.fixture(autouse=True)
def english_afterwards(qapp):  # type: ignore[no-untyped-def]
    yield
    i18n.set_language("en", windows=[])


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


def test_the_report_follows_the_interface_language(seeds_window, tmp_path):
    i18n.set_language("en")
    seeds_window.extras.export.export_html(tmp_path / "en.html")
    assert 'lang="en" dir="ltr"' in (tmp_path / "en.html").read_text(encoding="utf-8")
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


def test_the_printed_report_is_laid_out_in_the_bundled_arabic_font(seeds_window):
    from gui.fonts import bundled_family

    doc = seeds_window.extras.export.report_document()
    assert doc.defaultFont().families()[0] == bundled_family()
    assert "11 حافلة" in doc.toPlainText()
