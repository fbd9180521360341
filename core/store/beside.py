"""Work on the project file on a connection of its own, on a thread: SQLite lets go of the
interpreter lock while it reads and writes, so the work runs on the other core while this one goes
on (the integrity check while a reopen reads the analysis, the log's checkpoint after a save)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")


class Beside(Generic[T]):
    """WORK(connection) on the file PATH, on a thread called NAME; after `join()`, `result` holds what
    it gave, or `error` what SQLite raised."""

    def __init__(self, path: Path, work: Callable[[sqlite3.Connection], T], name: str) -> None:
        self.path, self.work = path, work
        self.result: T | None = None
        self.error: sqlite3.Error | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(str(self.path), timeout=5)
            try:
                self.result = self.work(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            self.error = exc

    def join(self) -> None:
        """Once the work has run."""
        self._thread.join()
