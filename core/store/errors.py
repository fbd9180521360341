"""Why a project file cannot be opened, in words a user can act on.

Every refusal happens before anything is written, so a refused file is never modified.
"""

from __future__ import annotations

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
