"""Saved web pages: the article and its headline, nothing of the menus, comments or scripts."""

from core.ingest.formats.html import read_html
from tests.fixtures.ingest.make import HOSTILE_PAGE, saved_page

ARTICLE = (
    "التحالف يوقف مراقبة قافلة داعش\n"
    "قال التحالف الدولي إنه سحب الطائرات التي كانت تراقب 11 حافلة تنقل نحو 200 مقاتل.\n"
    "وأضاف أن التحالف دمر 40 آلية وقتل 85 مقاتلا حاولوا الالتحاق بالقافلة.\n"
)


def test_the_article_is_extracted_with_its_headline_first():
    page = read_html(saved_page(ARTICLE))
    assert page.title == "التحالف يوقف مراقبة قافلة داعش"
    assert page.text.split("\n\n") == ARTICLE.splitlines()


def test_menus_sidebars_comments_and_footers_are_left_out():
    text = read_html(saved_page(ARTICLE)).text
    for furniture in ("الرئيسية", "الأكثر قراءة", "مقتل 12 شخصا", "التعليقات", "جميع الحقوق", "عاجل"):
        assert furniture not in text


def test_scripts_are_never_run_nor_their_text_shown():
    page = read_html(HOSTILE_PAGE.encode("utf-8"))
    assert "999" not in page.text and "evil" not in page.text
    assert page.text.startswith("أمطار غزيرة على الساحل\n\nهطلت أمطار غزيرة")


def test_the_charset_the_page_declares_is_used_and_recorded():
    page = read_html(saved_page(ARTICLE, charset="windows-1256"))
    assert page.encoding == "windows-1256" and "11 حافلة" in page.text


def test_an_undeclared_windows_1256_page_is_detected():
    page = read_html(saved_page(ARTICLE, charset="windows-1256").replace(b"charset=windows-1256", b""))
    assert page.encoding == "windows-1256" and "85 مقاتلا" in page.text


def test_without_an_h1_the_title_drops_the_site_name_but_keeps_a_colon():
    page = read_html(
        "<html><head><title>التحالف: أوقفنا مراقبة القافلة | الجزيرة نت</title></head><body>"
        "<p>قال التحالف الدولي إنه سحب الطائرات التي كانت تراقب 11 حافلة تنقل نحو 200 مقاتل.</p>"
        "</body></html>".encode()
    )
    assert page.title == "التحالف: أوقفنا مراقبة القافلة"
    assert page.text.startswith("التحالف: أوقفنا مراقبة القافلة\n\nقال التحالف")


def test_paragraphs_made_of_line_breaks_stay_paragraphs():
    page = read_html(
        "<html><body><td><b>عنوان الخبر</b><br><br>الفقرة الأولى فيها 11 حافلة."
        "<br><br>الفقرة الثانية فيها 200 مقاتل.</td></body></html>".encode()
    )
    assert page.text.endswith("الفقرة الأولى فيها 11 حافلة.\n\nالفقرة الثانية فيها 200 مقاتل.")


def test_an_xhtml_page_declaring_its_encoding_in_the_xml_declaration_is_read():
    page = (
        '<?xml version="1.0" encoding="windows-1256"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>خبر</title></head><body><h1>عنوان الخبر</h1><p>قال التحالف الدولي إنه سحب "
        "الطائرات التي كانت تراقب 11 حافلة تنقل نحو 200 مقاتل.</p></body></html>"
    ).encode("cp1256")
    extracted = read_html(page)
    assert extracted.encoding == "windows-1256" and extracted.text.startswith("عنوان الخبر\n\nقال التحالف")


def test_the_element_marked_as_the_article_wins_over_a_longer_comment_thread():
    article = (
        "<article><h1>التحالف يوقف المراقبة</h1><p>قال التحالف الدولي إنه سحب الطائرات التي كانت تراقب "
        "11 حافلة تنقل نحو 200 مقاتل و200 مدني من عائلاتهم.</p><p>وأضاف أن التحالف دمر 40 آلية وقتل 85 "
        "مقاتلا حاولوا الالتحاق بالقافلة التي خرجت من لبنان نحو الحدود العراقية.</p></article>"
    )
    thread = "".join(
        f"<div class='c{i}'><p>{'تعليق طويل من قارئ يقول إن الأرقام غير دقيقة، ' * 6}</p></div>" for i in range(15)
    )
    page = read_html(f"<html><body><div>{article}<div class='x'>{thread}</div></div></body></html>".encode())
    assert "85 مقاتلا" in page.text and "تعليق" not in page.text
