"""One reader per file format: bytes of an article file → the text Muqabala shows.

Every reader returns an `Extracted` or raises `FormatError` with a message for the user. Readers
never touch the network and never run anything from the file (HTML scripts, macros): they only
parse. `core.ingest.folder` picks the reader by the file's suffix (`reader_for`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import Literal

Severity = Literal["error", "warning", "info"]


class FormatError(Exception):
    """The file cannot be used as an article; the message says why, in words for the user."""


class NotAnArticle(FormatError):
    """A file of an article format that is no article: a report Muqabala wrote (`GENERATOR`), saved
    into the folder it reports on. Skipped with a note, not an error: read, it would join every
    fact it reports, with every number of the folder again."""


GENERATOR = "Muqabala"
"""How Muqabala's reports name their maker: the HTML report's `<meta name="generator">`, the PDF's
Creator. A file that names it so is `NotAnArticle`."""
OWN_REPORT = "is a report Muqabala wrote, not an article: not read"


@dataclass(slots=True)
class Extracted:
    """What a reader made of a file. `title` is "" when the format has none (the first line is used)."""

    text: str
    encoding: str
    title: str = ""
    notes: list[tuple[Severity, str]] = field(default_factory=list)
    """Things the user should know (a guessed encoding, a repaired PDF): (severity, message)."""
    published: str = ""
    """The publication time the file states about itself (meta tags, document properties), ISO-8601;
    "" when it states none (see core.ingest.published)."""


Reader = Callable[[bytes], Extracted]


@dataclass(frozen=True, slots=True)
class Format:
    """One article format: its suffixes and where its reader lives (imported only when a file needs it,
    so that opening a folder of .txt files never loads the PDF or Word libraries)."""

    name: str
    suffixes: tuple[str, ...]
    module: str
    function: str

    def reader(self) -> Reader:
        reader: Reader = getattr(import_module(self.module), self.function)
        return reader


FORMATS: tuple[Format, ...] = (
    Format("text", (".txt", ".md", ".text"), "core.ingest.formats.text", "read_text"),
    Format("html", (".html", ".htm", ".xhtml"), "core.ingest.formats.html", "read_html"),
    Format("docx", (".docx",), "core.ingest.formats.docx", "read_docx"),
    Format("pdf", (".pdf",), "core.ingest.formats.pdf", "read_pdf"),
)
"""The registry of readers: to read a new format, add its module (a function bytes → `Extracted`) and a line here."""

ARTICLE_SUFFIXES = tuple(suffix for fmt in FORMATS for suffix in fmt.suffixes)
"""Suffixes read as articles; anything else in the folder is skipped (a few with a note)."""


def reader_for(suffix: str) -> Reader | None:
    """The reader of a file suffix (".txt", ".html", …), None when the suffix is not an article format."""
    suffix = suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.suffixes:
            return fmt.reader()
    return None
