"""Moving a save from the write-ahead log into the project file, beside the work that follows it.

SQLite copies its log into the file at the commit that lets the log pass 1,000 pages: after a save
of 10,000 articles that is 155 MB written and synced (0.5-0.9 s here) before the save returns and the
window shows the analysis. The save is safe once its commit synced the log; the copy is not needed
for that, and SQLite lets go of the interpreter lock while it copies. The Store's own connection
therefore never copies at a commit (`PRAGMA wal_autocheckpoint = 0`); after a save a connection of
its own does it on a thread (a passive checkpoint: readers and writers go on meanwhile), and SQLite
copies what is left when the Store's connection, the last one, closes.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class BackgroundCheckpoint:
    """One passive checkpoint of PATH on a thread; `join()` once it has run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread = threading.Thread(target=self._run, name="muqabala-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(str(self.path), timeout=5)
            try:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # nothing lost: the log stays valid, the next checkpoint or the close copies it

    def join(self) -> None:
        self._thread.join()
