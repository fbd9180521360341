"""PDF articles with a text layer (pypdf, pure Python; nothing in the PDF runs).

Text is taken in page layout order (pypdf's layout mode, which keeps glyphs where the page puts
them instead of guessing a direction), then Arabic lines stored in visual order or as shaped
glyphs are repaired (`core.ingest.formats.visual`). When the order still looks wrong the user is told
plainly that the text cannot be trusted. Scanned PDFs (no text layer) and password-protected
ones are reported, not guessed at.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from core.ingest.formats import GENERATOR, OWN_REPORT, Extracted, FormatError, NotAnArticle, Severity
from core.ingest.formats.visual import repair
from core.ingest.published import from_pdf_date

_PAD = re.compile(r"[ \t\u00a0]{2,}")
_GAPS = re.compile(r"\n{3,}")
# pypdf logs every oddity it works around ("EOF marker not found"); what matters to the user comes
# back as a FormatError or a note, so its chatter would only clutter the CLI's stderr.
logging.getLogger("pypdf").setLevel(logging.ERROR)
MAX_PAGES = 500
"""A PDF with more pages than this is a book or a dump, not an article: it is refused."""


def _page_text(raw: str) -> str:
    """Layout padding (runs of spaces that place text in columns) squeezed to one space per gap."""
    lines = [_PAD.sub(" ", line).strip() for line in raw.splitlines()]
    return _GAPS.sub("\n\n", "\n".join(lines)).strip("\n")


def read_pdf(data: bytes) -> Extracted:
    """The text of every page, pages separated by a blank line."""
    import pypdf
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs are "encrypted" with an empty password
            except (DependencyError, NotImplementedError) as exc:
                raise FormatError("is encrypted in a way Muqabala cannot open") from exc
            if not opened:
                raise FormatError("is password-protected: save a copy without the password")
        info = _info(reader)
        if info.get("/Creator", "").startswith(GENERATOR):  # a report Muqabala printed (gui.export)
            raise NotAnArticle(OWN_REPORT)
        if len(reader.pages) > MAX_PAGES:
            raise FormatError(f"has {len(reader.pages)} pages; articles of more than {MAX_PAGES} are refused")
        pages = [_page_text(page.extract_text(extraction_mode="layout")) for page in reader.pages]
        published = from_pdf_date(info.get("/CreationDate"))
    except FormatError:
        raise
    except (DependencyError, NotImplementedError) as exc:  # AES needs a crypto package we do not ship
        raise FormatError(
            "is encrypted (AES) in a way Muqabala cannot open: save or print a copy without protection"
        ) from exc
    except LimitReachedError as exc:
        raise FormatError(f"holds a stream that unpacks beyond the size budget ({exc})") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise FormatError(f"is damaged and cannot be read as a PDF ({exc})") from exc
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise FormatError("has no text layer (a scanned PDF?): Muqabala does not read text in images")
    text, turned, doubtful = repair(text)
    notes: list[tuple[Severity, str]] = []
    if turned:
        notes.append(
            (
                "warning",
                f"{turned} line(s) of Arabic were stored in visual (reversed) order and "
                "were turned around: check them against the PDF",
            )
        )
    if doubtful:
        notes.append(
            ("warning", "the order of the Arabic words taken from this PDF looks wrong: its text cannot be trusted")
        )
    return Extracted(text=text, encoding="pdf", notes=notes, published=published)


def _info(reader: Any) -> dict[str, str]:
    """The PDF's document information as text (its creator, its creation date), read once, before
    any page; empty when it has none or it is damaged: that costs only what it tells, never the article."""
    try:
        info = reader.metadata
        return {str(key): str(info[key]) for key in info} if info else {}  # info[key]: indirect objects resolved
    except Exception:  # noqa: BLE001 — a damaged info dictionary
        return {}
