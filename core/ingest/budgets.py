"""What one article file may cost: its size on disk, the characters of its text, the length of a line.

A file over a budget is refused with a message that names the budget; the rest of the folder goes
on. Formats add their own (unpacked sizes of a .docx's parts, a PDF's pages: core.ingest.formats);
the analysis has a time budget per file (core.pipeline.FILE_BUDGET_S).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from core.ingest.names import storable

MAX_BYTES = 20 * 1024 * 1024
"""Articles above this size (20 MB) are refused: no news article is that large, a log or a dump is.
Reading stays well under a second up to it, so the GUI never waits on one file."""
_MB = 1024 * 1024


def read_bytes(path: Path) -> bytes | str:
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
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            return "is not a regular file (a pipe, device or socket)"
        data = _read_at_most(fd, MAX_BYTES + 1, opened.st_size)
    except OSError as exc:
        return f"could not be read to the end: {exc.strerror or exc}"
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        return f"is too large (more than {MAX_BYTES // _MB} MB)"
    return data


def _read_at_most(fd: int, limit: int, size: int) -> bytes:
    """Up to LIMIT bytes of FD, asked for in reads of the size the file had when opened (and one
    byte more, to see a file that grew). A buffered read of LIMIT allocated 20 MB for every
    article: 10,000 of them took 1.1-1.5 s to read where these reads take 0.4 s."""
    parts: list[bytes] = []
    got = 0
    while got < limit:
        part = os.read(fd, min(limit - got, max(size + 1 - got, 1 << 16)))
        if not part:
            break
        parts.append(part)
        got += len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


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
