"""Fixtures shared by the core tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def folder(tmp_path: Path, seeds_dir: Path) -> Path:
    """The seeds copied to a folder of their own, without a project file: a test may open, edit and
    save it. Modules that need another folder define their own `folder`."""
    target = tmp_path / "convoy"
    shutil.copytree(seeds_dir, target, ignore=shutil.ignore_patterns("*.sqlite*"))
    return target
