"""Files written whole or not at all: a run stopped half-way (Ctrl-C, a full disk, a crash) never
leaves a report, an export or a copy of a project cut short, nor destroys the one written before.

The bytes go to a temporary file beside the target (same folder, so the same file system), which
replaces the target in one step (`os.replace`) once it is complete; on any failure it is removed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.ingest.names import printable


@contextmanager
def written_whole(path: str | Path) -> Iterator[Path]:
    """A temporary path beside PATH for the block to write; it becomes PATH when the block ends
    normally, and is removed when it raises (PATH is then as it was)."""
    target = Path(path)
    part = target.with_name(f".{_short(target.name)}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        yield part
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


PART_NAME_BYTES = 100
"""Bytes of the target's name kept in its temporary file's name: a name near the file system's limit
(255 bytes) stays writable, though its temporary file's name adds some 25 bytes to what it keeps."""


def _short(name: str) -> str:
    """NAME cut to `PART_NAME_BYTES` of UTF-8, never within a character."""
    return name.encode("utf-8", "surrogateescape")[:PART_NAME_BYTES].decode("utf-8", "ignore")


def why_unwritable(path: str | Path) -> str | None:
    """Why no file can be written at PATH, as far as can be told before writing it (None: it may be):
    it is a folder, its folder is not there or not open to writing, the file there is read-only, or
    the name is too long for the file system. The command line says it before an analysis, the
    window before Qt prints to a PDF file (which says nothing when it cannot write)."""
    target = Path(path)
    folder = target.parent
    try:
        if target.is_dir():
            return "it is a folder"
        if not folder.is_dir():
            return f"no folder {printable(str(folder))}"
        there = target.exists()
    except OSError as exc:  # a name too long for the file system, a loop of links
        return exc.strerror or str(exc)
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {printable(str(folder))} is not writable"
    if there and not os.access(target, os.W_OK):
        return "the file there is read-only"
    return None
