"""The window can be rendered to a PNG without a display.

How long the GUI thread is ever blocked while a folder is analysed is measured and reported by
`bench/gui_latency.py` (a 5 ms QTimer's gaps; target < 50 ms), not asserted here: a behaviour test
must not fail because another program loads the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_option_renders_the_analysed_window(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(seeds_dir), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
