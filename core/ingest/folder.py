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
from core.ingest.formats import ARTICLE_SUFFIXES, FormatError, Severity, reader_for
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


MAX_DEPTH = 64
"""Subfolders deeper than this many levels are not read (a budget: no researcher nests articles
that deep; a generated or looping tree does)."""
MAX_ENTRIES = 100_000
"""Entries listed in one folder walk before the rest is left out (a budget against a dump)."""
ProblemSink = Callable[[Problem], None]


def _walk(
    folder: Path, recurse: bool, outside_links: bool = False, notify: ProblemSink | None = None
) -> tuple[list[Path], list[Problem]]:
    """Every non-hidden file name under FOLDER in a stable order, and problems with subfolders.

    Iterative (no recursion limit), with budgets on depth and entries, and loop detection by the
    folders' (device, inode): a link or a bind mount that leads back is never read twice.
    Links to folders are followed only when OUTSIDE_LINKS allows links in general; links to
    files outside FOLDER are refused unless it does (see `_outside_link`)."""
    if not folder.exists():
        raise FolderError(f"{printable(str(folder))}: no such folder")
    if not folder.is_dir():
        raise FolderError(f"{printable(str(folder))}: not a folder")
    try:
        os.listdir(folder)
    except OSError as exc:
        raise FolderError(f"{printable(str(folder))}: cannot be read ({exc.strerror})") from exc
    found: list[Path] = []
    problems: list[Problem] = []
    root = folder.resolve()

    def problem(where: Path, message: str, severity: Severity = "error") -> None:
        p = Problem(_shown(where, folder), message, severity)
        problems.append(p)
        if notify is not None:
            notify(p)

    seen = {_identity(folder)}
    stack: list[tuple[Path, int]] = [(folder, 0)]
    listed = 0
    while stack:
        here, depth = stack.pop()
        try:
            with os.scandir(here) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problem(here, f"subfolder cannot be read ({exc.strerror}): skipped")
            continue
        listed += len(entries)
        if listed > MAX_ENTRIES:
            problem(here, f"the folder holds more than {MAX_ENTRIES:,} entries: the rest is not read")
            break
        files = [e.name for e in entries if not _is_dir(e)]
        subfolders: list[Path] = []
        for entry in entries:
            name, path = entry.name, Path(entry.path)
            if name.startswith(".") or (not _is_dir(entry) and name.startswith("~$")):  # ~$: Word's lock files
                continue
            if not _is_dir(entry):
                outside = _outside_link(path, root)
                if outside is not None and not outside_links:
                    problem(
                        path,
                        f"is a link to a file outside the folder ({printable(outside)}): not read "
                        "(allow links outside the folder in Preferences, or analyze --follow-links)",
                    )
                    continue
                found.append(path)
                continue
            if not recurse or _page_resources(name, files):
                continue
            if entry.is_symlink() and not outside_links:
                problem(
                    path,
                    "is a link to a folder: not followed (it could lead back into this one or out of it); "
                    "copy the articles here, or allow links in Preferences (analyze --follow-links)",
                    "info",
                )
                continue
            if depth + 1 > MAX_DEPTH:
                problem(path, f"is nested more than {MAX_DEPTH} folders deep: not read")
                continue
            identity = _identity(path)
            if identity is None or identity in seen:
                problem(path, "leads back to a folder already read (a loop): not read again", "info")
                continue
            seen.add(identity)
            subfolders.append(path)
        stack.extend((sub, depth + 1) for sub in reversed(subfolders))
    return found, problems


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of a folder, None when it cannot be had."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _outside_link(path: Path, root: Path) -> str | None:
    """Where a link leads when that is outside ROOT (`ln -s /etc/passwd f/passwd.txt`), else None
    (not a link, a link within the folder, or a broken one, which is reported when read)."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return None if target.is_relative_to(root) else str(target)


def _page_resources(name: str, files: list[str]) -> bool:
    """True for the `X_files` folder a browser saves beside `X.html` (scripts, images, the pages of
    ads and iframes): what it holds is the page's furniture, never an article of its own."""
    stem = name.removesuffix("_files")
    return stem != name and any(f in files for f in (f"{stem}.html", f"{stem}.htm", f"{stem}.xhtml"))


def _shown(path: Path, folder: Path) -> str:
    """How a path is named to the user: relative to the folder opened, bytes that are not UTF-8
    written as escapes (`storable`)."""
    return storable(str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path))


def storable(name: str) -> str:
    """A file name that can be saved, printed and compared as UTF-8: the bytes of a name that is
    not valid UTF-8 (what unzip makes of a Windows Arabic archive) become `\\xNN` escapes.
    Idempotent, so a stored name and one read from disk compare equal."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(name: str) -> str:
    """A name safe to print to a terminal: `storable`, and control characters (escape codes,
    newlines, direction overrides) written as `\\xNN` / `\\uNNNN` instead of acted upon."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), storable(name))


def _is_article(path: Path) -> bool:
    return path.name.lower().endswith(ARTICLE_SUFFIXES)


def list_articles(folder: Path, recurse: bool = True, outside_links: bool = False) -> list[Path]:
    """Article files of a folder (and its subfolders) that are regular files, hidden ones skipped,
    in a stable order. Never opens anything, so it never blocks on a FIFO."""
    return [path for path, _ in list_entries(folder, recurse, outside_links)[0]]


def list_entries(
    folder: Path, recurse: bool = True, outside_links: bool = False
) -> tuple[list[tuple[Path, int]], list[Path]]:
    """([(article file, size)] of the regular article files within every budget, [article entries
    that `read_folder` refuses without reading: too large, not regular files, gone]). Only names
    and sizes are looked at: reopening uses it to know what to hash without opening a refused file."""
    paths, _ = _walk(folder, recurse, outside_links)
    articles: list[tuple[Path, int]] = []
    refused: list[Path] = []
    for path in paths:
        if not _is_article(path):
            continue
        try:
            info = path.stat()
        except OSError:
            refused.append(path)
            continue
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
            articles.append((path, info.st_size))
        else:
            refused.append(path)
    return articles, refused


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
            return f"is a broken link: it points to {storable(os.readlink(path))}, which does not exist"
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
        sha256=hashlib.sha256(data).hexdigest(),
        published=choose(from_file_name(path.name), extracted.published),
    ), problems


MAX_TEXT_CHARS = 10_000_000
"""Characters of text an article may have once extracted (a budget: the longest news articles are
a few hundred thousand; the analysis of 10 million takes about a minute)."""
MAX_LINE_CHARS = 1_000_000
"""Characters one line may have (a budget: a paragraph of a million characters is a dump)."""


def text_over_budget(text: str) -> str:
    """Why an extracted text is refused ("" when it is within every budget)."""
    if len(text) > MAX_TEXT_CHARS:
        return (
            f"has {len(text):,} characters of text; articles of more than {MAX_TEXT_CHARS:,} are refused "
            "(the text budget)"
        )
    longest = max(map(len, text.splitlines()), default=0) if len(text) > MAX_LINE_CHARS else 0
    if longest > MAX_LINE_CHARS:
        return (
            f"has a line of {longest:,} characters; lines of more than {MAX_LINE_CHARS:,} are refused "
            "(the line-length budget)"
        )
    return ""


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
    folder: str | Path,
    *,
    recurse: bool = True,
    progress: Progress | None = None,
    outside_links: bool = False,
    on_problem: ProblemSink | None = None,
) -> tuple[list[Document], list[Problem]]:
    """All readable articles of a folder (ids d1, d2, … in path order) and the problems met.

    `recurse`: read subfolders too. `outside_links`: read links that lead out of the folder.
    `progress(done, total, path)` is called before each file; `on_problem(problem)` as soon as a
    problem is found (a long run tells what it meets while it runs)."""
    root = Path(folder)
    problems: list[Problem] = []

    def found(new: list[Problem]) -> None:
        problems.extend(new)
        if on_problem is not None:
            for p in new:
                on_problem(p)

    paths, walk_problems = _walk(root, recurse, outside_links, on_problem)
    problems.extend(walk_problems)
    articles = [p for p in paths if _is_article(p)]
    for path in paths:
        if not _is_article(path):
            found(_notes_on_others(path, _shown(path, root)))
    documents: list[Document] = []
    seen: dict[str, Document] = {}
    for done, path in enumerate(articles):
        if progress is not None:
            progress(done, len(articles), _shown(path, root))
        doc, notes = read_file(path, document_id(len(documents) + 1), root)
        found(notes)
        if doc is None:
            continue
        key = same_text_key(doc.text)
        if key in seen:
            kept = _shown(Path(seen[key].path), root)
            found([Problem(_shown(path, root), f"has the same text as {kept}: shown once, as {kept}", "info")])
            continue
        seen[key] = doc
        documents.append(replace(doc, id=document_id(len(documents) + 1)))
    if not documents and not any(p.severity == "error" for p in problems):
        suffixes = ", ".join(ARTICLE_SUFFIXES)
        found([Problem(".", f"no articles found: Muqabala reads {suffixes} files", "warning")])
    return documents, problems
