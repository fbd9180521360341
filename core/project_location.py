"""Where a folder's project file lives: `muqabala.sqlite` inside the folder; when the folder cannot be
written, the user data directory, named after a hash of the folder's absolute path."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

import platformdirs

PROJECT_FILE = "muqabala.sqlite"


def folder_is_writable(folder: str | Path) -> bool:
    """True when a file can actually be created in FOLDER (tried, not guessed from permission bits:
    root ignores them, read-only mounts and full disks do not show in them)."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".muqabala-probe-"):
            return True
    except OSError:
        return False


def fallback_project_file(folder: str | Path) -> Path:
    """The project file of a read-only FOLDER, in the user data directory, keyed by its absolute path."""
    absolute = Path(folder).resolve()
    key = hashlib.sha256(str(absolute).encode("utf-8")).hexdigest()[:16]
    name = re.sub(r"[^\w.-]+", "_", absolute.name)[:40] or "folder"
    return Path(platformdirs.user_data_dir("Muqabala", appauthor=False)) / "projects" / f"{name}-{key}.sqlite"


def _existing_file_is_writable(file: Path) -> bool:
    """A project file already in the folder that can be opened for writing, in a folder where its
    journal files can be made: cheaper than creating a probe file on every reopen."""
    try:
        with open(file, "r+b"):
            pass
    except OSError:
        return False
    return os.access(file.parent, os.W_OK | os.X_OK)


def project_file_for(path: str | Path) -> Path:
    """The project file for PATH: PATH itself when it is a file, else where that folder's project lives."""
    path = Path(path)
    try:
        if not path.is_dir():
            return path
    except OSError:  # a name too long for the file system: opening it as a file says so
        return path
    in_folder = path / PROJECT_FILE
    if in_folder.is_file() and _existing_file_is_writable(in_folder):
        return in_folder
    return in_folder if folder_is_writable(path) else fallback_project_file(path)
