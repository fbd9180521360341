"""A report Muqabala wrote, saved into the folder it reports on, is never read back as an article:
read, it would join every fact it reports with every number of the folder again."""

import shutil
from pathlib import Path

from core.ingest.folder import read_folder
from core.pipeline import analyze_folder
from core.report.html_report import write_html

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_html_report_saved_among_the_articles_is_noted_and_not_read(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    write_html(analyze_folder(folder), folder / "report.html")
    documents, problems = read_folder(folder)
    assert len(documents) == 4
    assert [(p.path, p.severity) for p in problems] == [("report.html", "info")]
    assert "is a report Muqabala wrote" in problems[0].message


def test_a_saved_web_page_of_another_generator_is_still_an_article(tmp_path):
    page = (
        '<html><head><meta charset="utf-8"><meta name="generator" content="WordPress 6.5">'
        "<title>القافلة</title></head><body><article><p>غادرت 17 حافلة القلمون باتجاه دير الزور "
        "صباح اليوم، بحسب مصادر محلية تابعت انطلاق القافلة من الحدود.</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    documents, problems = read_folder(tmp_path)
    assert len(documents) == 1 and problems == []
