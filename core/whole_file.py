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
