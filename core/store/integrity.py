"""The project file's integrity check (`PRAGMA quick_check`), run beside the work that only reads.

quick_check reads every page of the file: a fifth of reopening 10,000 articles (0.25-0.3 s of a
170 MB file, more when it is not in the disk cache). SQLite lets go of the interpreter lock while it
reads, so on a connection of its own, on a thread, it runs on the other core while the reopen
reads the analysis. Nothing is written before it has passed: every write of the Store waits for it
(`Store.verified()`, which raises `CorruptProject`), and `Project.open` before it returns.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.store.beside import Beside
from core.store.errors import CorruptProject

CHECK_MAP_BYTES = 1 << 30
"""How much of the file the check reads through a memory map rather than `read()` calls: every page
copied out of the kernel's cache was a third of the check's CPU (adding 10 articles to 1,000: 27-39
→ 19-21 ms). The file is mapped only while the check reads it."""


def problems_of(conn: sqlite3.Connection) -> list[str]:
    """What quick_check finds; ["ok"] for a sound file. CONN reads as before once it returns."""
    (before,) = conn.execute("PRAGMA mmap_size").fetchone()
    conn.execute(f"PRAGMA mmap_size = {CHECK_MAP_BYTES}")
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    finally:
        conn.execute(f"PRAGMA mmap_size = {int(before)}")


def refuse_if_damaged(path: Path, problems: list[str]) -> None:
    if problems != ["ok"]:
        raise CorruptProject(
            path,
            "is damaged (SQLite: " + "; ".join(problems[:3]) + "). It was left untouched; "
            "open the folder of articles again to rebuild the analysis.",
        )


class BackgroundCheck:
    """quick_check of PATH on a thread; `wait()` raises CorruptProject when it found damage."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._check = Beside(path, problems_of, "muqabala-quick-check")

    def join(self) -> None:
        """Once the check has run."""
        self._check.join()

    def wait(self) -> None:
        """Once the check has run: nothing when the file is sound, else CorruptProject."""
        self.join()
        error, problems = self._check.error, self._check.result
        refuse_if_damaged(self.path, [str(error)] if error is not None else problems or [])
