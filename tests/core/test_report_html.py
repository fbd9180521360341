"""The HTML report of the seeds: self-contained, right to left, every conflict quoted from each source
with its values marked at the mention offsets, the user's notes when a project is given."""

import html
import re
import shutil

import pytest

from core.model import Problem
from core.pipeline import analyze_folder
from core.project import Project
from core.report.html_report import render_html


@pytest.fixture(scope="module")
def analysis(seeds_dir):
    return analyze_folder(seeds_dir)


@pytest.fixture(scope="module")
def report(analysis):
    return render_html(analysis)


def _section(report, fact_id):
    match = re.search(rf'<section class="fact-block" id="{fact_id}">(.*?)</section>', report, re.S)
    assert match, f"no section for {fact_id}"
    return match.group(1)


def test_the_seeds_have_conflicts_to_report(analysis):
    assert sum(f.status == "conflict" for f in analysis.facts) >= 5


def test_every_conflict_has_its_own_section_with_each_value_marked_as_written(analysis, report):
    mentions = {m.id: m for m in analysis.mentions}
    for fact in (f for f in analysis.facts if f.status == "conflict"):
        section = _section(report, fact.id)
        for mention_id in fact.mentions:
            assert f'<mark class="conflict">{html.escape(mentions[mention_id].text)}</mark>' in section


def test_marked_text_is_exactly_the_characters_at_the_mention_offsets(analysis, report):
    docs = {d.id: d for d in analysis.documents}
    marked = {html.unescape(t) for t in re.findall(r'<mark class="(?:conflict|shared)">(.*?)</mark>', report)}
    expected = {
        docs[m.doc].text[m.start : m.end]
        for f in analysis.facts
        if f.status != "single"
        for m in analysis.mentions
        if m.id in f.mentions
    }
    assert marked == expected


def test_every_conflict_is_quoted_from_every_source_that_reports_it(analysis, report):
    mentions = {m.id: m for m in analysis.mentions}
    docs = {d.id: d for d in analysis.documents}
    for fact in (f for f in analysis.facts if f.status == "conflict"):
        section = _section(report, fact.id)
        for doc_id in {mentions[i].doc for i in fact.mentions}:
            assert html.escape(docs[doc_id].title) in section


def test_shared_facts_are_reported_too(analysis, report):
    for fact in (f for f in analysis.facts if f.status == "shared"):
        assert '<mark class="shared">' in _section(report, fact.id)


def test_the_matrix_has_a_row_per_conflict_and_shared_fact_and_a_column_per_source(analysis, report):
    matrix = re.search(r'<table class="matrix"[^>]*>(.*?)</table>', report, re.S).group(1)
    rows = re.findall(r"<tr class=\"(conflict|shared)\">", matrix)
    assert len(rows) == sum(f.status != "single" for f in analysis.facts)
    header = matrix.split("</tr>")[0]
    assert len(re.findall(r"<th[ >]", header)) == 2 + len(analysis.documents)


def test_a_printed_matrix_is_split_into_tables_of_at_most_n_sources_each_with_the_fact_column(analysis):
    report = render_html(analysis, embed_font=False, for_qt=True, sources_per_table=3)
    tables = re.findall(r'<table class="matrix"[^>]*>(.*?)</table>', report, re.S)
    assert len(tables) == 2  # four sources by three: 2 + 2
    headers = [t.split("</tr>")[0] for t in tables]
    assert all(len(re.findall(r"<th[ >]", h)) == 2 + 2 for h in headers)
    assert all("الواقعة" in h for h in headers)
    numbers = [int(n) for h in headers for n in re.findall(r"<th title=\"[^\"]*\"[^>]*>(\d+)<", h)]
    assert sorted(numbers) == [1, 2, 3, 4]
    assert "المصادر 3–4 من 4" in report


def test_no_colour_in_the_report_is_inherit(report):
    """Qt's rich text takes «inherit» for an invalid colour and writes it into the PDF as a colour
    operator with no values: poppler then reports hundreds of errors."""
    assert "inherit" not in report


def test_the_report_is_right_to_left_arabic(report):
    assert '<html lang="ar" dir="rtl">' in report
    assert "التعارضات" in report


def test_the_report_references_nothing_outside_itself(report):
    assert "http" not in report.lower()
    assert "<script" not in report and "<link" not in report
    for url in re.findall(r'(?:src|href)="([^"]*)"', report):
        assert url.startswith("#")
    for url in re.findall(r"url\(([^)]*)\)", report):
        assert url.startswith("data:")


def test_a_web_address_in_the_text_is_shown_but_is_no_http_reference(analysis):
    analysis = analyze_folder(analysis.folder)
    analysis.problems.append(Problem("صفحة.html", "تعذّر فهم http://example.org/a"))
    report = render_html(analysis, embed_font=False)
    assert "http" not in report.lower()
    assert "تعذّر فهم http://example.org/a" in html.unescape(report)


def test_without_a_project_the_report_has_no_notes(report):
    assert 'class="note"' not in report


def test_notes_of_a_project_appear_under_their_fact_and_in_the_notes_section(seeds_dir, tmp_path):
    for src in seeds_dir.glob("*.txt"):
        shutil.copy2(src, tmp_path / src.name)
    with Project.open(tmp_path) as project:
        conflict = next(f for f in project.analysis.facts if f.status == "conflict")
        project.add_note(conflict, "اتصل بالمراسل في دير الزور")
        report = render_html(project.analysis, project.notes(), embed_font=False)
    assert "اتصل بالمراسل في دير الزور" in _section(report, conflict.id)
    notes = report.split('<h2 id="notes">')[1].split("<h2")[0]
    assert "اتصل بالمراسل في دير الزور" in notes


def test_english_labels_on_request(analysis):
    report = render_html(analysis, lang="en", embed_font=False)
    assert '<html lang="en" dir="rtl">' in report and "Conflicts" in report  # the articles are Arabic


def test_an_english_report_of_english_articles_is_left_to_right(tmp_path):
    (tmp_path / "a.txt").write_text("Storm closes 12 schools\n\nThe storm closed 12 schools on Monday.", "utf-8")
    (tmp_path / "b.txt").write_text("Schools shut by storm\n\nTwelve schools, or 14 by another count, shut.", "utf-8")
    report = render_html(analyze_folder(tmp_path), lang="en", embed_font=False)
    assert '<html lang="en" dir="ltr">' in report
