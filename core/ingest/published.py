"""When an article was published, as `Document.published` holds it: ISO-8601, "" when unknown.

Where a time is found, most trusted first:
- the file name, as people and archiving tools name saved articles («2015-07-25T0950_outlet.txt»,
  «2015-07-25 09.50 …», «20150725_…»): the researcher's own statement;
- what the file says of itself: a web page's meta tags (`article:published_time`, JSON-LD
  `datePublished`, `itemprop="datePublished"`, `pubdate`, Dublin Core…), a Word document's core
  properties (`dcterms:created`, else `dcterms:modified`), a PDF's creation date.
A file's own time replaces a file name's bare date when it falls on that same day (it is more
precise). Times keep the offset they were given with («+03:00»); `sort_key` compares them.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from typing import Any

_NAME_TIME = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
    r"(?:[T_ ]?([01]\d|2[0-3])[:h.-]?([0-5]\d)(?![\d:h.]\d))?"
)
"""A date in a file name, with an optional clock time right after it: «2015-07-25T0950»,
«2015-07-25_09-50», «20150725 0950». The first one in the name is the article's."""
_ISO = re.compile(
    r"\s*((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])"
    r"(?:[T ]([01]\d|2[0-3]):?([0-5]\d)(?::?[0-5]\d(?:[.,]\d+)?)?\s*(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?"
)
"""An ISO-8601 date or date-time as page metadata writes it (seconds and fractions dropped)."""
_PDF_DATE = re.compile(r"D:((?:19|20)\d\d)(\d\d)(\d\d)(?:(\d\d)(\d\d))?")
_HTML_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "article:modified_time",
)
"""Meta tag names and properties that carry a page's publication time, most specific first."""
TEMPLATE_STAMP = datetime(2013, 12, 23, 23, 15, tzinfo=timezone.utc)
"""The creation time of python-docx's blank template: a .docx written by a script that never set
its properties carries it, and it says nothing about the article."""


def iso(text: str) -> str:
    """TEXT read as an ISO-8601 date or date-time, normalised to «YYYY-MM-DD[THH:MM[±HH:MM|Z]]»;
    "" when it is not one."""
    m = _ISO.match(text or "")
    if m is None:
        return ""
    year, month, day, hour, minute, offset = m.groups()
    if not _valid(year, month, day):
        return ""
    out = f"{year}-{month}-{day}"
    if hour is not None:
        out += f"T{hour}:{minute}"
        if offset:
            out += "Z" if offset == "Z" else f"{offset[:3]}:{offset[-2:]}"
    return out


def _valid(year: str, month: str, day: str) -> bool:
    try:
        datetime(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def from_file_name(name: str) -> str:
    """The first date (with its clock time when one follows) in a file name; "" when none."""
    for m in _NAME_TIME.finditer(name):
        year, _, month, day, hour, minute = m.groups()
        if _valid(year, month, day):
            return f"{year}-{month}-{day}" + (f"T{hour}:{minute}" if hour is not None else "")
    return ""


def from_datetime(value: Any) -> str:
    """A `datetime` (docx core properties, PDF metadata) as ISO-8601 to the minute; "" for None."""
    if not isinstance(value, datetime) or value == TEMPLATE_STAMP:
        return ""
    out = value.strftime("%Y-%m-%dT%H:%M")
    offset = value.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        out += "Z" if minutes == 0 else f"{'+' if minutes > 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return out


def from_pdf_date(raw: Any) -> str:
    """A PDF date string («D:20150725095000+03'00'») as ISO-8601; "" when it is not one."""
    m = _PDF_DATE.match(str(raw or ""))
    if m is None or not _valid(*m.group(1, 2, 3)):
        return ""
    year, month, day, hour, minute = m.groups()
    return f"{year}-{month}-{day}" + (f"T{hour}:{minute}" if hour is not None else "")


def from_html(page: Any) -> str:
    """The publication time a parsed page (lxml) declares: its meta tags, JSON-LD, then <time pubdate>."""
    found: dict[str, str] = {}
    for meta in page.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _HTML_KEYS and key not in found:
            value = iso(meta.get("content") or "")
            if value:
                found[key] = value
    for script in page.xpath('//script[@type="application/ld+json"]'):
        value = _json_ld_date(script.text or "")
        if value:
            found.setdefault("datepublished", value)
    for element in page.xpath('//*[@itemprop="datePublished"]'):
        value = iso(element.get("datetime") or element.get("content") or element.text_content() or "")
        if value:
            found.setdefault("datepublished", value)
    for key in _HTML_KEYS:
        if key in found:
            return found[key]
    for element in page.xpath("//time[@pubdate]"):
        value = iso(element.get("datetime") or "")
        if value:
            return value
    return ""


def _json_ld_date(source: str) -> str:
    """`datePublished` (else `dateCreated`) of the first object of a JSON-LD block that has one."""
    try:
        data = json.loads(source)
    except ValueError:
        return ""
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key in ("datePublished", "dateCreated"):
                if isinstance(item.get(key), str) and iso(item[key]):
                    return iso(item[key])
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return ""


def choose(from_name: str, from_file: str) -> str:
    """The article's time: the file name's, unless the file's own falls on the same day and is more precise."""
    if from_name and from_file and from_file.startswith(from_name) and len(from_file) > len(from_name):
        return from_file
    return from_name or from_file


def sort_key(published: str) -> datetime | None:
    """A comparable time for PUBLISHED (UTC when an offset is given, else as written); None when unknown."""
    value = iso(published)
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = (moment - (moment.utcoffset() or timedelta())).replace(tzinfo=None)
    return moment


def day_of(published: str) -> str:
    """The calendar day of PUBLISHED as written («2015-07-25»); "" when unknown."""
    value = iso(published)
    return value[:10] if value else ""
