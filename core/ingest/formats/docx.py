"""Word documents (.docx): the body's paragraphs and table rows, one per line, in document order.

A .docx is a zip of XML parts, parsed with python-docx; nothing in it runs (macros cannot live in
a .docx). A password-protected Word file is not a zip at all but an OLE container holding an
encrypted package: it is recognised by its signature and reported as such.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from core.ingest.formats import Extracted, FormatError
from core.ingest.published import from_datetime

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_XML_BYTES = 25 * 1024 * 1024
"""The unpacked size of any XML part above which the file is refused: parsed XML takes about
twenty times its size in memory (a 180 MB document.xml took 3.8 GB), and a news article's text
fits in well under 1 MB."""
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""The unpacked size of all parts together (images included) above which the file is refused
(a zip bomb: 2 MB that unpack to 1 GB). Sizes are those the package declares; zipfile never
returns more than the declared size of a part (a part that unpacks to more fails its check)."""
MAX_PARTS = 2000
"""Parts a package may hold: a Word article has a few dozen."""


def _check_package(data: bytes) -> None:
    if data.startswith(OLE_SIGNATURE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise FormatError("is password-protected: save it again in Word without a password")
        raise FormatError("is an old Word file (.doc) with a .docx name: save it again as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            package.getinfo("word/document.xml")
            parts = package.infolist()
    except zipfile.BadZipFile as exc:
        raise FormatError("is damaged or not a Word file (not a valid .docx package)") from exc
    except KeyError as exc:
        raise FormatError("is damaged: the package has no document text (word/document.xml)") from exc
    if len(parts) > MAX_PARTS:
        raise FormatError(f"has {len(parts):,} parts; Word files of more than {MAX_PARTS:,} are refused (a budget)")
    for part in parts:
        if part.filename.lower().endswith((".xml", ".rels")) and part.file_size > MAX_XML_BYTES:
            raise FormatError(
                f"is too large once unpacked: its part {part.filename} is {part.file_size // _MB:,} MB "
                f"(the budget for one part is {MAX_XML_BYTES // _MB} MB)"
            )
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED_BYTES:
        raise FormatError(
            f"is too large once unpacked ({total // _MB:,} MB; the budget is {MAX_UNPACKED_BYTES // _MB} MB)"
        )


_MB = 1024 * 1024


def read_docx(data: bytes) -> Extracted:
    """The text of a .docx: paragraphs and table rows (cells joined by a tab), one per line."""
    _check_package(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines.extend("\t".join(cell.text.replace("\n", " ") for cell in row.cells) for row in block.rows)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise FormatError(f"is damaged and cannot be read as a Word document ({exc})") from exc
    return Extracted(text="\n".join(lines), encoding="docx", published=_published(document))


def _published(document: Any) -> str:
    """The document's creation time (dcterms:created), else its last change (dcterms:modified)."""
    try:
        properties = document.core_properties
        return from_datetime(properties.created) or from_datetime(properties.modified)
    except (ValueError, KeyError, AttributeError):  # a damaged docProps/core.xml costs only the time
        return ""
