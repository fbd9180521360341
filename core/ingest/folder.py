"""Files → documents. An unreadable file becomes a `Problem`; it never aborts the folder.

A folder is walked (subfolders too by default; hidden entries skipped), every article file
(.txt, .md, .html/.htm, .docx, .pdf — see `core.ingest.formats`) is read by the reader of its format,
and the text that reader returns is `Document.text`: what Muqabala shows, and what every offset
computed later points into. Only regular files are opened, without blocking (a FIFO named
`x.txt` is reported, not waited on), and none above `MAX_BYTES`. The same article saved twice
(same text, whatever the format or encoding) is kept once, the copy reported with both paths.

The walk is core.ingest.walk, the budgets of one file core.ingest.budgets, how names are shown
core.ingest.names; their public names are re-exported here.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path

from core.ids import document_id
from core.ingest.budgets import MAX_BYTES, MAX_LINE_CHARS, MAX_TEXT_CHARS, read_bytes, text_over_budget
from core.ingest.digest import sha256_hex
from core.ingest.formats import ARTICLE_SUFFIXES, FormatError, NotAnArticle, reader_for
from core.ingest.names import printable, shown_name, storable
from core.ingest.published import choose, from_file_name
from core.ingest.walk import (
    MAX_DEPTH,
    MAX_ENTRIES,
    FolderError,
    ProblemSink,
    Walked,
    is_article,
    list_articles,
    list_entries,
    walk,
)
from core.model import Document, Problem

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_ENTRIES",
    "MAX_LINE_CHARS",
    "MAX_TEXT_CHARS",
    "FolderError",
    "ProblemSink",
    "Walked",
    "list_articles",
    "list_entries",
    "list_folder",
    "printable",
    "read_file",
    "read_folder",
    "read_listed",
    "storable",
    "text_over_budget",
]

ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
OTHER_DOCUMENT_SUFFIXES = (".doc", ".rtf", ".odt", ".pages", ".epub", ".mht", ".mhtml", ".webarchive")

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if chr(b) not in string.ascii_letters)
Progress = Callable[[int, int, str], None]


def detect_language(text: str) -> str:
    """ "ar" when Arabic letters outnumber Latin ones, else "en" (pane direction follows this)."""
    # letters counted by runs, the Arabic ones only until they reach the Latin ones: every file is
    # read in one process, and a list of every letter took 4x as long; the Latin ones are the ASCII
    # letters left when the rest is dropped in C (a third of the time of finding their runs)
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    arabic = 0
    for run in _ARABIC.finditer(text):
        if arabic >= latin:
            break
        arabic += run.end() - run.start()
    return "ar" if arabic >= latin else "en"


def title_of(text: str) -> str:
    """The first non-empty line, trimmed."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def read_file(path: Path, doc_id: str, folder: Path) -> tuple[Document | None, list[Problem]]:
    """One article file: its Document (None when unusable) and what the user should know about it."""
    shown = shown_name(path, folder)
    reader = reader_for(path.suffix)
    if reader is None:
        return None, [Problem(shown, "is not an article format Muqabala reads")]
    data = read_bytes(path)
    if isinstance(data, str):
        return None, [Problem(shown, data)]
    if not data:
        return None, [Problem(shown, "is empty", "warning")]
    try:
        extracted = reader(data)
    except NotAnArticle as exc:
        return None, [Problem(shown, str(exc), "info")]
    except FormatError as exc:
        return None, [Problem(shown, str(exc))]
    except Exception as exc:  # noqa: BLE001 — a parser's bug on odd input must not cost the folder
        return None, [Problem(shown, f"could not be read ({type(exc).__name__}: {exc})")]
    problems = [Problem(shown, message, severity) for severity, message in extracted.notes]
    text = extracted.text
    if not text.strip():
        return None, [*problems, Problem(shown, "has no text", "warning")]
    over_budget = text_over_budget(text)
    if over_budget:
        return None, [*problems, Problem(shown, over_budget)]
    return Document(
        id=doc_id,
        path=storable(str(path)),
        title=extracted.title or title_of(text),
        text=text,
        encoding=extracted.encoding,
        language=detect_language(text),
        sha256=sha256_hex(data),
        published=choose(from_file_name(path.name), extracted.published),
    ), problems


def same_text_key(text: str) -> str:
    """What two copies of one article share whatever their format: the text, spacing ignored."""
    if not unicodedata.is_normalized("NFKC", text):  # most are: telling so is a tenth of normalising
        text = unicodedata.normalize("NFKC", text)
    folded = " ".join(text.split())  # every run of spacing as one space
    return sha256_hex(folded.encode("utf-8"))


def _notes_on_others(path: Path, shown: str) -> list[Problem]:
    name = path.name.lower()
    if name.endswith(ARCHIVE_SUFFIXES):
        return [
            Problem(shown, "is an archive: it is not opened; extract it into the folder to read its articles", "info")
        ]
    if name.endswith(OTHER_DOCUMENT_SUFFIXES):
        return [
            Problem(
                shown, f"is a {path.suffix} file, which Muqabala does not read: save it as .docx, .pdf or .txt", "info"
            )
        ]
    return []


@dataclass(frozen=True)
class Listing:
    """A folder's files as `read_folder` lists them before reading any: the article files in reading
    order, the other files, and the problems met walking it."""

    root: Path
    articles: list[Path]
    others: list[Path]
    problems: list[Problem]


def list_folder(folder: str | Path, *, recurse: bool = True, outside_links: bool = False) -> Listing:
    """FOLDER's Listing (names only: nothing opened, no problem reported yet). The window lists a
    folder once to know whether its first analysis is large enough for a process of its own, then
    reads it whole or only the articles it shows (gui.worker)."""
    root = Path(folder)
    return _listing(root, *walk(root, recurse, outside_links))


def _listing(root: Path, paths: list[Path], problems: list[Problem]) -> Listing:
    return Listing(root, [p for p in paths if is_article(p)], [p for p in paths if not is_article(p)], problems)


_AFTER_ID = attrgetter(*(f.name for f in fields(Document)[1:]))
"""A Document's fields after its id, in order."""


def _renumbered(doc: Document, doc_id: str) -> Document:
    """DOC under the id DOC_ID: a known article after one added before it (every later one, when an
    article is added early). `dataclasses.replace` took 6 µs a copy, this 1 µs."""
    return Document(doc_id, *_AFTER_ID(doc))


def read_folder(
    folder: str | Path,
    *,
    recurse: bool = True,
    progress: Progress | None = None,
    outside_links: bool = False,
    on_problem: ProblemSink | None = None,
    known: Callable[[Path], Document | None] | None = None,
    text_keys: dict[str, str] | None = None,
    on_document: Callable[[Document], None] | None = None,
    walked: Walked | None = None,
) -> tuple[list[Document], list[Problem]]:
    """All readable articles of a folder (ids d1, d2, … in path order) and the problems met.

    `recurse`: read subfolders too. `outside_links`: read links that lead out of the folder.
    `progress(done, total, path)` is called before each file; `on_problem(problem)` as soon as a
    problem is found (a long run tells what it meets while it runs). `known(path)`: the Document
    a file is already known to give, without a problem (a project's unchanged article), else None.
    `text_keys`: {sha256: `same_text_key`} of the texts already known (a project keeps them); the
    keys found here are added to it. `on_document(document)`: called with each article as it is
    read, with its id (the analysis starts on the first ones while the others are read). `walked`:
    the folder's `core.ingest.walk.walk_entries` made just before (an update's manifest listed it:
    a second walk was a fortieth of adding 10 articles to 1,000); its problems are told first."""
    root = Path(folder)
    if walked is not None:
        found, met = walked
        listing = _listing(root, [here / entry.name for here, entry in found], met)
    else:
        listing = _listing(root, *walk(root, recurse, outside_links, on_problem))  # its problems told as met
    return read_listed(
        listing,
        progress=progress,
        on_problem=on_problem,
        known=known,
        text_keys=text_keys,
        on_document=on_document,
        listing_told=walked is None,
    )


def read_listed(
    listing: Listing,
    *,
    progress: Progress | None = None,
    on_problem: ProblemSink | None = None,
    known: Callable[[Path], Document | None] | None = None,
    text_keys: dict[str, str] | None = None,
    on_document: Callable[[Document], None] | None = None,
    first: int | None = None,
    listing_told: bool = False,
) -> tuple[list[Document], list[Problem]]:
    """`read_folder` of a folder already listed (the listing's problems told here, unless
    LISTING_TOLD); `first`: stop once that many articles are read (a preview of a large folder, the
    rest left to the analysis)."""
    root, articles = listing.root, listing.articles
    problems: list[Problem] = []

    def found(new: list[Problem]) -> None:
        problems.extend(new)
        if on_problem is not None:
            for p in new:
                on_problem(p)

    if listing_told:
        problems.extend(listing.problems)
    else:
        found(listing.problems)
    for path in listing.others:
        found(_notes_on_others(path, shown_name(path, root)))
    documents: list[Document] = []
    seen: dict[str, Document] = {}
    for done, path in enumerate(articles):
        if first is not None and len(documents) >= first:
            return documents, problems
        if progress is not None:
            progress(done, len(articles), shown_name(path, root))
        doc = known(path) if known is not None else None
        doc, notes = (doc, []) if doc is not None else read_file(path, document_id(len(documents) + 1), root)
        found(notes)
        if doc is None:
            continue
        key = text_keys.get(doc.sha256) if text_keys is not None else None
        if key is None:
            key = same_text_key(doc.text)
            if text_keys is not None:
                text_keys[doc.sha256] = key
        if key in seen:
            kept = shown_name(Path(seen[key].path), root)
            found([Problem(shown_name(path, root), f"has the same text as {kept}: shown once, as {kept}", "info")])
            continue
        seen[key] = doc
        doc_id = document_id(len(documents) + 1)
        documents.append(doc if doc.id == doc_id else _renumbered(doc, doc_id))
        if on_document is not None:
            on_document(documents[-1])
    if not documents and not any(p.severity == "error" for p in problems):
        suffixes = ", ".join(ARTICLE_SUFFIXES)
        found([Problem(".", f"no articles found: Muqabala reads {suffixes} files", "warning")])
    return documents, problems
