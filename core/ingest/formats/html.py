"""Saved web pages (.html, .htm): the article text, without menus, comments, ads or scripts.

The page is only parsed (lxml), never rendered: scripts never run, and nothing the page links to
— images, iframes, style sheets — is fetched. readability-lxml picks the block that holds the
article; its blocks become paragraphs separated by a blank line, as in the .txt articles. The
title is the page's <h1> (else og:title, else its <title> without the site name) and is the first line of the
text, so that numbers in a headline are read as they are in a .txt article.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from core.ingest.formats import GENERATOR, OWN_REPORT, Extracted, FormatError, NotAnArticle, Severity
from core.ingest.formats.text import decode, display_name
from core.ingest.published import from_html

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
MAX_ELEMENTS = 40_000
"""Elements a page may have (a budget): finding the article costs more than linear time in them
(40,000: about 5 s here); a saved news page has a few thousand."""
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "article",
        "section",
        "header",
        "footer",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "main",
        "aside",
        "address",
        "hr",
    }
)
_SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "iframe",
        "object",
        "embed",
        "template",
        "svg",
        "math",
        "button",
        "select",
        "textarea",
        "head",
    }
)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_MARKED_MIN_CHARS = 200
"""Text an element marked as the article must hold to be trusted as the article (not a teaser)."""
_SITE_SEPARATOR = re.compile(r"\s[|\u2013\u2014-]\s|\s::\s|\|")


def decode_page(data: bytes) -> tuple[str, str, list[tuple[Severity, str]]]:
    """A page's text: a byte-order mark, else the charset the page declares, else detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:8192])
        if declared is not None:
            try:
                codec = codecs.lookup((declared.group(1) or declared.group(2)).decode("ascii")).name
                return data.decode(codec), display_name(codec), []
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: let detection decide
    return decode(data)


def _text_of(element: Any, out: list[str]) -> None:
    """Append the visible text of ELEMENT to OUT; "\n\n" marks block boundaries, "\n" a <br>."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIPPED or not isinstance(element.tag, str):  # comments, processing instructions
        if element.tail:
            out.append(element.tail)
        return
    block = tag in _BLOCKS
    if block:
        out.append("\n\n")
    if tag == "br":
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        _text_of(child, out)
    if block:
        out.append("\n\n")
    if element.tail:
        out.append(element.tail)


def html_to_text(fragment: Any) -> str:
    """Paragraphs of an lxml element: spaces collapsed inside a line, one blank line between blocks."""
    out: list[str] = []
    _text_of(fragment, out)
    paragraphs: list[str] = []
    for chunk in "".join(out).split("\n\n"):
        lines = [_SPACES.sub(" ", line).strip() for line in chunk.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _title(page: Any) -> str:
    """The page's <h1>, else its og:title, else its <title> without the site's name («… | الجزيرة»).
    Only the separators sites put around their name are cut, never a colon: «التحالف: أوقفنا …»."""
    for h1 in page.iter("h1"):
        text = html_to_text(h1)
        if text:
            return text.replace("\n", " ")
    for meta in page.iter("meta"):
        if meta.get("property") == "og:title" and (meta.get("content") or "").strip():
            return _SPACES.sub(" ", meta.get("content")).strip()
    title = _SPACES.sub(" ", page.findtext(".//title") or "").strip()
    parts = [p.strip() for p in _SITE_SEPARATOR.split(title) if p.strip()]
    return max(parts, key=len) if parts else ""


def _marked_article(page: Any) -> str | None:
    """The HTML of the one element the page marks as its article (itemprop="articleBody", else a
    single <article>) when it holds real text; readability then only has to clean it, and cannot
    take a long comment thread next to it for the article. None when the page marks nothing."""
    from lxml import html

    for query in ('//*[@itemprop="articleBody"]', "//article"):
        found = page.xpath(query)
        if len(found) == 1 and len(found[0].text_content().strip()) >= _MARKED_MIN_CHARS:
            inner = html.tostring(found[0], encoding="unicode")
            return f"<html><body>{inner}</body></html>"
    return None


_OWN_REPORT = re.compile(
    rb"""<meta\s+name=["']generator["']\s+content=["']""" + GENERATOR.encode() + rb"\b", re.IGNORECASE
)
OWN_REPORT_HEAD = 1024
"""Bytes of a page looked at for Muqabala's generator tag: its report writes it second in its head."""


def read_html(data: bytes) -> Extracted:
    """The article of a saved page, its title first."""
    from lxml import etree, html
    from readability import Document as Readable
    from readability.readability import Unparseable

    if _OWN_REPORT.search(data[:OWN_REPORT_HEAD]) is not None:
        raise NotAnArticle(OWN_REPORT)
    source, encoding, notes = decode_page(data)
    source = _XML_DECLARATION.sub("", source)  # lxml refuses a str that still declares its encoding
    try:
        page = html.document_fromstring(source)
        elements = sum(1 for _ in page.iter())
        if elements > MAX_ELEMENTS:
            raise FormatError(
                f"has {elements:,} HTML elements; pages of more than {MAX_ELEMENTS:,} are refused (the page "
                "budget: finding the article takes too long): save the article alone, or as .txt"
            )
        title = _title(page)
        published = from_html(page)
        summary = Readable(_marked_article(page) or source).summary(html_partial=True)
        body = html_to_text(html.fragment_fromstring(summary, create_parent="div"))
    except (Unparseable, etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise FormatError(f"is not a readable web page ({exc or type(exc).__name__})") from exc
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    return Extracted(text=body, encoding=encoding, title=title, notes=notes, published=published)
