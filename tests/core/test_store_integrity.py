"""A reopen checks the project file's integrity beside its reading (core.store.integrity), and still
refuses a damaged file before writing anything to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.project import Project
from core.store import CorruptProject, Store

PAGE = 4096


def scribble(path: Path, page: int) -> None:
    """Bytes of one b-tree page overwritten, as a failing disk or a bad copy leaves them."""
    data = bytearray(path.read_bytes())
    data[PAGE * page : PAGE * page + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


def damaged_project(folder: Path) -> Path:
    Project.open(folder).close()
    path = folder / "muqabala.sqlite"
    scribble(path, 3)
    return path


def test_reopening_a_damaged_project_is_refused_and_leaves_it_untouched(folder: Path) -> None:
    path = damaged_project(folder)
    before = path.read_bytes()
    with pytest.raises(CorruptProject, match="damaged"):
        Project.open(folder)
    assert path.read_bytes() == before


def test_a_check_run_beside_says_what_it_found_when_asked(folder: Path) -> None:
    path = damaged_project(folder)
    store = Store.open(path, create=False, check_beside=True)
    try:
        with pytest.raises(CorruptProject, match="damaged"):
            store.verified()
        with pytest.raises(CorruptProject):
            store.verified()  # asked again, the same answer
    finally:
        store.close()


def test_a_sound_project_reopens_with_its_check_passed(folder: Path) -> None:
    Project.open(folder).close()
    with Project.open(folder) as project:
        project.store.verified()
        assert project.analysis.facts
