"""Publication times: read from the file name or from what the file says of itself, kept and exported."""

import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from core.ingest.folder import read_folder
from core.ingest.formats.docx import read_docx
from core.ingest.formats.html import read_html
from core.ingest.published import from_file_name, sort_key
from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict

ARTICLE = "انفجار في مستودع للوقود\n\nأسفر انفجار في مستودع للوقود عن إصابة 7 عمال بجروح طفيفة."
PAGE = """<html><head><meta charset="utf-8"><title>انفجار في مستودع للوقود</title>{meta}</head>
<body><h1>انفجار في مستودع للوقود</h1><article><p>{body}</p></article></body></html>"""
BODY = "أسفر انفجار في مستودع للوقود عن إصابة 7 عمال بجروح طفيفة، ونقلوا إلى المستشفى للعلاج. " * 3


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("2015-07-25T0950_outlet_2015-07-25-01191.txt", "2015-07-25T09:50"),
        ("2015-07-25_outlet.txt", "2015-07-25"),
        ("20150725 0950 عاجل.txt", "2015-07-25T09:50"),
        ("report-2015-07-25-00089.txt", "2015-07-25"),
        ("outlet_1234567.txt", ""),
        ("2015-13-45_not-a-date.txt", ""),
    ],
)
def test_a_date_time_in_the_file_name_is_the_publication_time(name, published):
    assert from_file_name(name) == published


def test_an_article_named_with_its_time_is_read_with_that_time(tmp_path):
    (tmp_path / "2015-07-25T0950_outlet.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(ARTICLE.replace("7", "8"), encoding="utf-8")
    docs, _ = read_folder(tmp_path)
    assert [d.published for d in docs] == ["2015-07-25T09:50", ""]


@pytest.mark.parametrize(
    "meta",
    [
        '<meta property="article:published_time" content="2015-07-25T09:50:12+03:00">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2015-07-25T09:50+03:00"}'
        "</script>",
        '<meta name="pubdate" content="2015-07-25T09:50:00+03:00">',
    ],
)
def test_a_web_page_gives_the_time_its_meta_tags_declare(meta):
    page = PAGE.format(meta=meta, body=BODY).encode("utf-8")
    assert read_html(page).published == "2015-07-25T09:50+03:00"


def test_a_web_page_that_declares_no_time_has_none():
    assert read_html(PAGE.format(meta="", body=BODY).encode("utf-8")).published == ""


def test_a_word_document_gives_its_created_property():
    import docx

    document = docx.Document()
    document.add_paragraph(ARTICLE)
    document.core_properties.created = datetime(2015, 7, 25, 6, 50, tzinfo=timezone.utc)
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).published == "2015-07-25T06:50Z"


def test_the_file_name_time_wins_unless_the_file_gives_a_finer_time_on_the_same_day(tmp_path):
    page = PAGE.format(meta='<meta property="article:published_time" content="2015-07-25T09:50">', body=BODY)
    (tmp_path / "2015-07-25_a.html").write_text(page, encoding="utf-8")
    (tmp_path / "2015-07-27_b.html").write_text(page.replace("7 عمال", "9 عمال"), encoding="utf-8")
    docs, _ = read_folder(tmp_path)
    assert [d.published for d in docs] == ["2015-07-25T09:50", "2015-07-27"]


def test_times_with_offsets_are_compared_as_moments():
    assert sort_key("2015-07-25T09:50+03:00") == sort_key("2015-07-25T06:50Z")
    assert sort_key("2015-07-25T09:50") - sort_key("2015-07-25") == timedelta(hours=9, minutes=50)
    assert sort_key("") is None


def test_the_publication_time_is_exported_and_kept_in_the_project_file(tmp_path):
    (tmp_path / "2015-07-25T0950_outlet.txt").write_text(ARTICLE, encoding="utf-8")
    assert json.loads(json.dumps(to_dict(analyze_folder(tmp_path))))["documents"][0]["published"] == (
        "2015-07-25T09:50"
    )
    with Project.open(tmp_path):
        pass
    with Project.open(tmp_path) as project:
        assert project.changes.nothing_changed
        assert project.analysis.documents[0].published == "2015-07-25T09:50"
