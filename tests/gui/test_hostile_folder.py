"""A hostile folder in the window: problems are listed while the folder is read, a project open in
another window is refused at once, links out of the folder follow the Preferences."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gui.main_window import MainWindow
from gui.preferences import OUTSIDE_LINKS

from .conftest import ANALYSIS_TIMEOUT_MS


def test_the_problems_panel_fills_while_the_folder_is_analysed(window: MainWindow, qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (seeds_dir / "empty.txt").write_bytes(b"")
    (seeds_dir / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    order: list[str] = []
    window.problems.model().rowsInserted.connect(lambda *_: order.append("problem"))
    window.analysis_ready.connect(lambda _: order.append("ready"))
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    assert order and order[0] == "problem" and order.index("ready") > 0
    texts = [window.problems.item(i).text() for i in range(window.problems.count())]
    names = sorted(t.split(":")[1].strip().strip("\u2066\u2069") for t in texts)
    assert names == ["empty.txt", "photo.txt"]  # each listed once


def test_a_project_open_in_another_window_is_refused_at_once(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(seeds_dir)
    other = MainWindow()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.analysis_stopped, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        other.open_folder(seeds_dir)
    assert blocker.args == ["failed"]
    box = other.findChild(QMessageBox, "project-error")
    assert box is not None and "open in another Muqabala window" in box.text()
    other.close()


def test_a_link_out_of_the_folder_is_read_only_when_preferences_allow_it(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("سر\n\nكلمة المرور 12345 لا تنشر.\n", encoding="utf-8")
    os.symlink(outside, seeds_dir / "secret.txt")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_folder(seeds_dir)
    assert all(Path(d.path).name != "secret.txt" for d in blocker.args[0].documents)
    assert any("secret.txt" in window.problems.item(i).text() for i in range(window.problems.count()))
    OUTSIDE_LINKS.set(True)
    (seeds_dir / "muqabala.sqlite").unlink()
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_folder(seeds_dir)
    assert any(Path(d.path).name == "secret.txt" for d in blocker.args[0].documents)
