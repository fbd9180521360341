"""Test-wide set-up: headless Qt and a private home, decided before anything imports Qt.

GUI tests run offscreen unless the caller chose a platform (`QT_QPA_PLATFORM=xcb` under Xvfb to
watch them). Settings, caches and the Qt runtime dir point into a throw-away folder so a test run
never reads or writes the user's real configuration, and Qt does not warn about a missing
XDG_RUNTIME_DIR (warnings fail tests: `qt_log_level_fail = WARNING`).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_PRIVATE = Path(tempfile.mkdtemp(prefix="muqabala-tests-"))
atexit.register(shutil.rmtree, _PRIVATE, ignore_errors=True)  # one run leaves no folder behind
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
    _dir = _PRIVATE / _name.lower()
    _dir.mkdir(mode=0o700)
    os.environ[_name] = str(_dir)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout: where main.py, core/, resources/ and seeds/ live."""
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The four sample articles shipped with the app."""
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Iterator[Path]:
    """`../shared` beside the checkout (answer keys, corpus); tests that need it skip without it."""
    shared = ROOT.parent / "shared"
    if not shared.is_dir():
        pytest.skip(f"{shared} is not there (it sits beside the checkout on the team's machines)")
    yield shared
