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
    part = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        yield part
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
