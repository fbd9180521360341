"""The GUI thread keeps answering while a folder is analysed, and the window can be screenshotted.

A 5 ms QTimer on the GUI thread records the gaps between its ticks from the moment the seeds are
opened until every view shows the analysis (bench/gui_latency.py prints the same numbers).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from gui.main_window import MainWindow

from .conftest import ANALYSIS_TIMEOUT_MS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from gui_latency import Probe  # noqa: E402

MAX_GAP_MS = 50


def test_gui_thread_never_blocks_long_while_the_seeds_are_analysed(window: MainWindow, qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    probe = Probe()
    probe.start()
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    gaps = probe.stop()
    print(f"GUI gaps while analysing the seeds: max {max(gaps):.1f} ms over {len(gaps)} ticks")
    assert max(gaps) < MAX_GAP_MS, f"longest GUI stall {max(gaps):.1f} ms"


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
