"""One reader per file format: bytes of an article file → the text Muqabala shows.

Every reader returns an `Extracted` or raises `FormatError` with a message for the user. Readers
never touch the network and never run anything from the file (HTML scripts, macros): they only
parse. `core.ingest.folder` picks the reader by the file's suffix (`reader_for`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]


class FormatError(Exception):
    """The file cannot be used as an article; the message says why, in words for the user."""


@dataclass(slots=True)
class Extracted:
    """What a reader made of a file. `title` is "" when the format has none (the first line is used)."""

    text: str
    encoding: str
    title: str = ""
    notes: list[tuple[Severity, str]] = field(default_factory=list)
    """Things the user should know (a guessed encoding, a repaired PDF): (severity, message)."""


Reader = Callable[[bytes], Extracted]


def reader_for(suffix: str) -> Reader | None:
    """The reader of a file suffix (".txt", ".html", …), None when the suffix is not an article format."""
    suffix = suffix.lower()
    if suffix in (".txt", ".md", ".text"):
        from core.ingest.formats.text import read_text

        return read_text
    if suffix in (".html", ".htm", ".xhtml"):
        from core.ingest.formats.html import read_html

        return read_html
    if suffix == ".docx":
        from core.ingest.formats.docx import read_docx

        return read_docx
    if suffix == ".pdf":
        from core.ingest.formats.pdf import read_pdf

        return read_pdf
    return None


ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".docx", ".pdf")
"""Suffixes read as articles; anything else in the folder is skipped (a few with a note)."""
