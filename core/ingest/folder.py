"""Files → documents. An unreadable file becomes a `Problem`; it never aborts the folder.

A folder is walked (subfolders too by default; hidden entries skipped), every article file
(.txt, .md, .html/.htm, .docx, .pdf — see `core.ingest.formats`) is read by the reader of its format,
and the text that reader returns is `Document.text`: what Muqabala shows, and what every offset
computed later points into. Only regular files are opened, without blocking (a FIFO named
`x.txt` is reported, not waited on), and none above `MAX_BYTES`. The same article saved twice
(same text, whatever the format or encoding) is kept once, the copy reported with both paths.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from core.ids import document_id
from core.ingest.formats import ARTICLE_SUFFIXES, FormatError, reader_for
from core.ingest.published import choose, from_file_name
from core.model import Document, Problem

MAX_BYTES = 20 * 1024 * 1024
"""Articles above this size (20 MB) are refused: no news article is that large, a log or a dump is.
Reading stays well under a second up to it, so the GUI never waits on one file."""
_MB = 1024 * 1024
ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
OTHER_DOCUMENT_SUFFIXES = (".doc", ".rtf", ".odt", ".pages", ".epub", ".mht", ".mhtml", ".webarchive")

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile(r"[A-Za-z]")
_SPACE = re.compile(r"\s+")
Progress = Callable[[int, int, str], None]


class FolderError(Exception):
    """The folder itself cannot be used (missing, not a folder, unreadable)."""


def _walk(folder: Path, recurse: bool) -> tuple[list[Path], list[Problem]]:
    """Every non-hidden file name under FOLDER in a stable order, and problems with subfolders."""
    if not folder.exists():
        raise FolderError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise FolderError(f"{folder}: not a folder")
    try:
        os.listdir(folder)
    except OSError as exc:
        raise FolderError(f"{folder}: cannot be read ({exc.strerror})") from exc
    found: list[Path] = []
    problems: list[Problem] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        problems.append(Problem(_shown(where, folder), f"subfolder cannot be read ({exc.strerror}): skipped"))

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        visible = sorted(d for d in dirs if not d.startswith("."))
        links = [d for d in visible if (Path(root) / d).is_symlink()]
        problems.extend(
            Problem(
                _shown(Path(root) / d, folder),
                "is a link to a folder: not followed (it could "
                "lead back into this one); copy the articles here instead",
                "info",
            )
            for d in links
        )
        dirs[:] = [d for d in visible if d not in links and not _page_resources(d, files)] if recurse else []
        found.extend(Path(root) / f for f in sorted(files) if not f.startswith((".", "~$")))  # ~$: Word's lock files
    return found, problems


def _page_resources(name: str, files: list[str]) -> bool:
    """True for the `X_files` folder a browser saves beside `X.html` (scripts, images, the pages of
    ads and iframes): what it holds is the page's furniture, never an article of its own."""
    stem = name.removesuffix("_files")
    return stem != name and any(f in files for f in (f"{stem}.html", f"{stem}.htm", f"{stem}.xhtml"))


def _shown(path: Path, folder: Path) -> str:
    """How a path is named to the user: relative to the folder opened."""
    return str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)


def _is_article(path: Path) -> bool:
    return path.name.lower().endswith(ARTICLE_SUFFIXES)


def list_articles(folder: Path, recurse: bool = True) -> list[Path]:
    """Article files of a folder (and its subfolders) that are regular files, hidden ones skipped,
    in a stable order. Never opens anything, so it never blocks on a FIFO."""
    paths, _ = _walk(folder, recurse)
    articles: list[Path] = []
    for path in paths:
        try:
            if _is_article(path) and stat.S_ISREG(path.stat().st_mode):
                articles.append(path)
        except OSError:
            continue
    return articles


def detect_language(text: str) -> str:
    """ "ar" when Arabic letters outnumber Latin ones, else "en" (pane direction follows this)."""
    return "ar" if len(_ARABIC.findall(text)) >= len(_LATIN.findall(text)) else "en"


def title_of(text: str) -> str:
    """The first non-empty line, trimmed."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _read_bytes(path: Path) -> bytes | str:
    """The bytes of a regular file, or why they cannot be had (a message for the user)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return f"is a broken link: it points to {os.readlink(path)}, which does not exist"
        return "disappeared before it could be read"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a link that loops back on itself"
        return f"cannot be read: {exc.strerror or exc}"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file (a pipe, device or socket)"
    if info.st_size > MAX_BYTES:
        return f"is too large ({info.st_size // _MB} MB; the limit is {MAX_BYTES // _MB} MB)"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return "disappeared while the folder was being read"
    except PermissionError:
        return "cannot be read: permission denied"
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return "is not a regular file (a pipe, device or socket)"
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        return f"could not be read to the end: {exc.strerror or exc}"
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        return f"is too large (more than {MAX_BYTES // _MB} MB)"
    return data


def read_file(path: Path, doc_id: str, folder: Path) -> tuple[Document | None, list[Problem]]:
    """One article file: its Document (None when unusable) and what the user should know about it."""
    shown = _shown(path, folder)
    reader = reader_for(path.suffix)
    if reader is None:
        return None, [Problem(shown, "is not an article format Muqabala reads")]
    data = _read_bytes(path)
    if isinstance(data, str):
        return None, [Problem(shown, data)]
    if not data:
        return None, [Problem(shown, "is empty", "warning")]
    try:
        extracted = reader(data)
    except FormatError as exc:
        return None, [Problem(shown, str(exc))]
    except Exception as exc:  # noqa: BLE001 — a parser's bug on odd input must not cost the folder
        return None, [Problem(shown, f"could not be read ({type(exc).__name__}: {exc})")]
    problems = [Problem(shown, message, severity) for severity, message in extracted.notes]
    text = extracted.text
    if not text.strip():
        return None, [*problems, Problem(shown, "has no text", "warning")]
    return Document(
        id=doc_id,
        path=str(path),
        title=extracted.title or title_of(text),
        text=text,
        encoding=extracted.encoding,
        language=detect_language(text),
        sha256=hashlib.sha256(data).hexdigest(),
        published=choose(from_file_name(path.name), extracted.published),
    ), problems


def same_text_key(text: str) -> str:
    """What two copies of one article share whatever their format: the text, spacing ignored."""
    folded = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


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


def read_folder(
    folder: str | Path, *, recurse: bool = True, progress: Progress | None = None
) -> tuple[list[Document], list[Problem]]:
    """All readable articles of a folder (ids d1, d2, … in path order) and the problems met.

    `recurse`: read subfolders too. `progress(done, total, path)` is called before each file."""
    root = Path(folder)
    paths, problems = _walk(root, recurse)
    articles = [p for p in paths if _is_article(p)]
    for path in paths:
        if not _is_article(path):
            problems.extend(_notes_on_others(path, _shown(path, root)))
    documents: list[Document] = []
    seen: dict[str, Document] = {}
    for done, path in enumerate(articles):
        if progress is not None:
            progress(done, len(articles), _shown(path, root))
        doc, notes = read_file(path, document_id(len(documents) + 1), root)
        problems.extend(notes)
        if doc is None:
            continue
        key = same_text_key(doc.text)
        if key in seen:
            kept = _shown(Path(seen[key].path), root)
            problems.append(Problem(_shown(path, root), f"has the same text as {kept}: shown once, as {kept}", "info"))
            continue
        seen[key] = doc
        documents.append(replace(doc, id=document_id(len(documents) + 1)))
    if not documents and not any(p.severity == "error" for p in problems):
        suffixes = ", ".join(ARTICLE_SUFFIXES)
        problems.append(Problem(".", f"no articles found: Muqabala reads {suffixes} files", "warning"))
    return documents, problems
