"""GUI test fixtures: an isolated settings store per test and a real window on the real seeds.

Every test gets its own QSettings location (a tmp dir), so window geometry or recent folders
saved by one test never leak into another or into the user's configuration.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from core.model import Analysis

ANALYSIS_TIMEOUT_MS = 60_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints: not our problem."""
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Point QSettings (INI, user scope) at a fresh folder for this test."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def seeds_dir(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    """A fresh copy of the four sample articles: opening a folder writes its project file
    (muqabala.sqlite) into it, and a test must never write into the repository's seeds/."""
    folder = tmp_path_factory.mktemp("seeds")
    for src in sorted((repo_root / "seeds").glob("*.txt")):
        shutil.copy2(src, folder / src.name)
    return folder


@pytest.fixture
def window(qtbot, qapp):  # type: ignore[no-untyped-def]
    """A shown MainWindow, not yet given a folder."""
    from gui.app import application
    from gui.main_window import MainWindow

    application()
    win = MainWindow()
    win.resize(1400, 900)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def open_and_wait(window, qtbot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Open FOLDER in WINDOW and wait until every view shows it."""
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(folder)


@pytest.fixture
def seeds_window(window, qtbot, seeds_dir: Path):  # type: ignore[no-untyped-def]
    """The window with the four seed articles analysed and shown."""
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_folder(seeds_dir)
    analysis = blocker.args[0]
    assert isinstance(analysis, Analysis)
    return window
