"""One writer per project file: an OS lock held while the project is open, released by the OS
when the process ends however it ends (a crash or kill -9 leaves no stale lock).

POSIX: `flock` on the project file itself (SQLite's own locks are `fcntl` byte ranges, which
`flock` does not touch, and our descriptor stays open until after SQLite closed the file, so
closing it never drops SQLite's locks). Windows: `msvcrt.locking` on a `.lock` file beside it
(SQLite locks byte ranges of the file itself there).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.store.errors import ProjectFileError


class ProjectInUse(ProjectFileError):
    """Another Muqabala window or command has the project open: told before any work is done."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(
            path,
            "is open in another Muqabala window or command. Close it there (or wait for that analysis "
            "to finish) and try again; nothing was done here and the file was left untouched.",
        )


class ProjectLock:
    """An exclusive lock on one project file; `release()` (or the process ending) gives it back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock at once or raise ProjectInUse; never waits. A file that cannot be opened
        at all is left to the opening code, which says why."""
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            try:
                fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError as exc:
                os.close(fd)
                raise ProjectInUse(self.path) from exc
        else:
            import fcntl

            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError:
                try:
                    fd = os.open(self.path, os.O_RDONLY)  # a read-only project: still one user at a time
                except OSError:
                    return
            except OSError:
                return
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                raise ProjectInUse(self.path) from exc
        self._fd = fd

    def release(self) -> None:
        """Give the lock back. POSIX: unlocked before the descriptor is closed, for a process forked
        while the project was open (the workers of a pool given as the executor) holds a copy of it,
        and a lock is only dropped by closing when every copy is closed."""
        if self._fd is not None:
            if sys.platform != "win32":
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
