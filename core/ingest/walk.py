"""The folder walk: every file name under a folder, iterative, within budgets, loops detected.

Hidden entries are skipped, links that lead out of the folder are refused unless the user allows
them, a browser's `X_files` folder beside `X.html` is not read, and nothing is opened: listing a
folder never blocks on a FIFO or reads a refused file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from core.ingest.budgets import MAX_BYTES
from core.ingest.formats import ARTICLE_SUFFIXES, Severity
from core.ingest.names import printable, shown_name
from core.model import Problem


class FolderError(Exception):
    """The folder itself cannot be used (missing, not a folder, unreadable)."""


MAX_DEPTH = 64
"""Subfolders deeper than this many levels are not read (a budget: no researcher nests articles
that deep; a generated or looping tree does)."""
MAX_ENTRIES = 100_000
"""Entries listed in one folder walk before the rest is left out (a budget against a dump)."""
ProblemSink = Callable[[Problem], None]
Walked = tuple[list[tuple[Path, os.DirEntry[str]]], list[Problem]]
"""What `walk_entries` found: each file as its folder and its directory entry, and the problems met."""


def walk(
    folder: Path, recurse: bool, outside_links: bool = False, notify: ProblemSink | None = None
) -> tuple[list[Path], list[Problem]]:
    """Every non-hidden file name under FOLDER in a stable order, and problems with subfolders
    (`walk_entries` with a Path made for each file)."""
    found, problems = walk_entries(folder, recurse, outside_links, notify)
    return [here / entry.name for here, entry in found], problems


def walk_entries(
    folder: Path, recurse: bool, outside_links: bool = False, notify: ProblemSink | None = None
) -> tuple[list[tuple[Path, os.DirEntry[str]]], list[Problem]]:
    """Every non-hidden file under FOLDER, in a stable order, as its folder and its directory entry,
    and problems with subfolders. The entry answers `stat()` without resolving the path again, and a
    Path per file is made only by those who need one (a reopen lists and stats every article, and
    `here / name` was a fifth of that).

    Iterative (no recursion limit), with budgets on depth and entries, and loop detection by the
    folders' (device, inode): a link or a bind mount that leads back is never read twice.
    Links to folders are followed only when OUTSIDE_LINKS allows links in general; links to
    files outside FOLDER are refused unless it does (see `_outside_link`)."""
    try:
        if not folder.exists():
            raise FolderError(f"{printable(str(folder))}: no such folder")
        if not folder.is_dir():
            raise FolderError(f"{printable(str(folder))}: not a folder")
    except OSError as exc:  # a path too long for the file system, a loop of links
        raise FolderError(f"{printable(str(folder))}: cannot be read ({exc.strerror})") from exc
    try:
        os.listdir(folder)
    except OSError as exc:
        raise FolderError(f"{printable(str(folder))}: cannot be read ({exc.strerror})") from exc
    found: list[tuple[Path, os.DirEntry[str]]] = []
    problems: list[Problem] = []
    root = folder.resolve()

    def problem(where: Path, message: str, severity: Severity = "error") -> None:
        p = Problem(shown_name(where, folder), message, severity)
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
            name = entry.name
            if name.startswith(".") or (not _is_dir(entry) and name.startswith("~$")):  # ~$: Word's lock files
                continue
            if not _is_dir(entry):
                outside = _outside_link(here / name, root) if _is_link(entry) else None  # no call per file
                if outside is not None and not outside_links:
                    problem(
                        here / name,
                        f"is a link to a file outside the folder ({printable(outside)}): not read "
                        "(allow links outside the folder in Preferences, or analyze --follow-links)",
                    )
                    continue
                found.append((here, entry))
                continue
            path = here / name  # a third of Path(entry.path), which parses the whole path again
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


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return True  # let `_outside_link` look closer


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


def is_article(path: Path) -> bool:
    return path.name.lower().endswith(ARTICLE_SUFFIXES)


def list_articles(folder: Path, recurse: bool = True, outside_links: bool = False) -> list[Path]:
    """Article files of a folder (and its subfolders) that are regular files, hidden ones skipped,
    in a stable order. Never opens anything, so it never blocks on a FIFO."""
    return [path for path, _ in list_entries(folder, recurse, outside_links)[0]]


def list_entries(
    folder: Path, recurse: bool = True, outside_links: bool = False
) -> tuple[list[tuple[Path, os.stat_result]], list[Path]]:
    """([(article file, its stat)] of the regular article files within every budget, [article entries
    that `read_folder` refuses without reading: too large, not regular files, gone]). Only names
    and stats are looked at: reopening uses it to know what to hash without opening a refused file."""
    articles, refused = article_stats(folder, recurse, outside_links)
    return [(Path(path), info) for path, info in articles], list(map(Path, refused))


def article_entries(
    folder: Path, recurse: bool = True, outside_links: bool = False, walked: Walked | None = None
) -> list[tuple[str, os.DirEntry[str]]]:
    """Every article entry under FOLDER (by its suffix; nothing stat-ed or read), with its path as
    the text `str(Path)` gives: a reopen needs no Path of them (making them was a fifth of listing
    1,000 articles), and a window watching the folder only their names. WALKED: FOLDER's
    `walk_entries` already made (an update lists the folder once, for its manifest and its reading)."""
    found, _ = walked if walked is not None else walk_entries(folder, recurse, outside_links)
    entries: list[tuple[str, os.DirEntry[str]]] = []
    prefixes: dict[int, str] = {}  # by id: every Path of FOUND is alive until the end
    for here, entry in found:
        name = entry.name
        if not name.lower().endswith(ARTICLE_SUFFIXES):
            continue
        prefix = prefixes.get(id(here))
        if prefix is None:  # os.path.join(here, "") once per folder, not os.path.join(here, name) per file
            prefix = prefixes[id(here)] = (
                "" if str(here) == "." else os.path.join(str(here), "")
            )  # Path(".") / "a" is "a"
        entries.append((prefix + name, entry))
    return entries


def article_stats(
    folder: Path, recurse: bool = True, outside_links: bool = False, walked: Walked | None = None
) -> tuple[list[tuple[str, os.stat_result]], list[str]]:
    """`list_entries` with each path as text (`article_entries`, WALKED as there): a reopen stats
    every article."""
    articles: list[tuple[str, os.stat_result]] = []
    refused: list[str] = []
    for path, entry in article_entries(folder, recurse, outside_links, walked):
        try:
            info = entry.stat()  # follows a link, as Path.stat does
        except OSError:
            refused.append(path)
            continue
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES:
            articles.append((path, info))
        else:
            refused.append(path)
    return articles, refused
