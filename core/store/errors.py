"""Why a project file cannot be opened, in words a user can act on.

Every refusal happens before anything is written, so a refused file is never modified.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ProjectFileError(Exception):
    """A project file that Muqabala will not open; `str(exc)` is the message to show."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)


class NotAProject(ProjectFileError):
    """The file exists but is not a Muqabala project (another program's database, or not a database)."""


class NewerProject(ProjectFileError):
    """The file was written by a newer Muqabala whose schema this version does not know."""

    def __init__(self, path: str | Path, found: int, supported: int) -> None:
        super().__init__(
            path,
            f"was saved by a newer version of Muqabala (project format {found}; this version reads up to "
            f"{supported}). Update Muqabala to open it; the file was left untouched.",
        )
        self.found = found
        self.supported = supported


class CorruptProject(ProjectFileError):
    """The file is a Muqabala project but SQLite reports damage."""


class DiskFull(ProjectFileError):
    """The disk (or the user's quota) is full: the write was rolled back, the file is not damaged."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(
            path,
            "cannot be saved: the disk is full. The project file is not damaged: it still holds its last "
            "complete save. Free some space on the disk and try again.",
        )


_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_NEARLY_FULL_BYTES = 1024 * 1024


def is_disk_full(exc: BaseException, path: str | Path) -> bool:
    """Whether EXC comes from a full disk: SQLite's SQLITE_FULL, ENOSPC/EDQUOT, or an I/O error on
    a disk with less than 1 MB left (SQLite reports a failed journal or shared-memory file so)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_FULL:
        return True
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    if "disk is full" in str(exc):
        return True
    if isinstance(exc, (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)):
        try:
            return shutil.disk_usage(Path(path).resolve().parent).free < _NEARLY_FULL_BYTES
        except OSError:
            return False
    return False


@contextmanager
def disk_full_said_plainly(path: str | Path) -> Iterator[None]:
    """Turn a full disk met while writing PATH into `DiskFull` (one message, never "damaged")."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc, path):
            raise DiskFull(path) from exc
        raise
