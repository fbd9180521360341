"""The window keeps each folder's analysis in its project file and reopens it without recomputing.

Every test works on a copy of the seeds (fixture `seeds_dir`), so the project file
(muqabala.sqlite) is written there and never into the repository. Tests wait on signals.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.main_window import MainWindow

from .conftest import ANALYSIS_TIMEOUT_MS

ROOT = Path(__file__).resolve().parents[2]


def _open(window: MainWindow, qtbot, path: Path) -> float:  # type: ignore[no-untyped-def]
    """Open PATH and wait until every view shows it; returns the seconds it took."""
    started = time.perf_counter()
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_folder(path)
    return time.perf_counter() - started


def test_opening_a_folder_writes_its_project_file(window: MainWindow, qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _open(window, qtbot, seeds_dir)
    project = window.projects.project
    assert project is not None
    assert project.path == seeds_dir / "muqabala.sqlite"
    assert project.path.is_file()
    assert project.changes.created
    assert len(project.changes.reanalysed) == 4


def test_reopening_an_unchanged_folder_loads_the_stored_analysis(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    _open(window, qtbot, seeds_dir)
    facts = [f.label for f in window.analysis.facts]
    _open(window, qtbot, seeds_dir)
    project = window.projects.project
    assert project is not None
    assert project.changes.nothing_changed
    assert project.changes.reanalysed == ()
    assert "no article changed" in window.statusBar().currentMessage()
    assert [f.label for f in window.analysis.facts] == facts
    assert not window.projects.changes_bar.isVisible()  # nothing to tell beyond the status bar


def test_an_edited_article_is_reanalysed_alone_and_the_user_is_told(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    _open(window, qtbot, seeds_dir)
    edited = sorted(seeds_dir.glob("*.txt"))[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nوقال مسؤول إن 12 حافلة وصلت.\n", encoding="utf-8")
    _open(window, qtbot, seeds_dir)
    changes = window.projects.project.changes
    assert changes.changed == (edited.name,)
    assert changes.reanalysed == (edited.name,)
    bar = window.projects.changes_bar
    assert bar.isVisible()
    assert edited.name in bar.label.text()
    assert "articles changed (1): 002_" in window.statusBar().currentMessage()


def test_a_junk_sqlite_file_is_refused_with_a_message_and_left_untouched(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    junk = tmp_path / "story.sqlite"
    content = "ليست قاعدة بيانات — not a database at all\n".encode() * 200
    junk.write_bytes(content)
    with qtbot.waitSignal(window.analysis_stopped, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_folder(junk)
    assert blocker.args == ["failed"]
    box = window.findChild(QMessageBox, "project-error")
    assert box is not None and box.isVisible()
    assert str(junk) in box.text() and "not changed" in box.text()
    assert junk.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("story")) == ["story.sqlite"]
    assert window.projects.project is None
    assert not window.is_busy()


def test_save_project_as_then_open_the_file_directly(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path, tmp_path: Path
) -> None:
    _open(window, qtbot, seeds_dir)
    copy = tmp_path / "saved" / "convoy.sqlite"
    copy.parent.mkdir()
    assert window.projects.save_project_as(copy)
    assert copy.is_file()
    assert window.projects.project.path == copy
    assert window.recent_menu.actions()[0].text() == str(copy)
    _open(window, qtbot, copy)
    project = window.projects.project
    assert project.path == copy
    assert project.folder == seeds_dir.resolve()
    assert project.changes.nothing_changed
    assert len(window.reader.panes) == 4


def test_dropping_a_project_file_opens_it(window: MainWindow, qtbot, seeds_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open(window, qtbot, seeds_dir)
    copy = tmp_path / "dropped.sqlite"
    assert window.projects.save_project_as(copy)
    window.projects.close_project()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        QApplication.sendEvent(window, drop)
    assert window.projects.project.path == copy
    assert str(copy) in window.folder_label.toolTip()


def test_main_py_opens_a_project_file(window: MainWindow, qtbot, seeds_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open(window, qtbot, seeds_dir)
    project_file = window.projects.project.path
    window.projects.close_project()
    out = tmp_path / "project.png"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(project_file), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert out.is_file() and out.stat().st_size > 10_000


def test_main_py_refuses_a_junk_project_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00junk" * 500)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(junk), "--screenshot", str(tmp_path / "o.png")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert junk.read_bytes() == b"\x00junk" * 500


def test_main_py_says_plainly_that_a_path_too_long_for_the_file_system_cannot_be_read(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(tmp_path / ("f" * 300)), "--screenshot", str(tmp_path / "o.png")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert "File name too long" in done.stderr and "Traceback" not in done.stderr


def test_what_changed_is_said_in_arabic_in_the_arabic_interface(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from core.project import Changes
    from gui.bidi import strip_isolates
    from gui.changes_text import describe_changes
    from gui.i18n import set_language

    set_language("ar")
    try:
        text = describe_changes(Changes(changed=("002.txt",), removed=("004.txt",)))
        assert strip_isolates(text) == "مقالات تغيّرت (1): 002.txt؛ مقالات أزيلت (1): 004.txt"
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        set_language("en")


def test_file_names_in_what_changed_keep_their_own_order_in_the_arabic_interface(qapp):
    from core.project import Changes
    from gui.bidi import isolate_ltr
    from gui.changes_text import describe_changes
    from gui.i18n import set_language

    set_language("ar")
    try:
        text = describe_changes(Changes(added=("005_new.txt",)))
        assert isolate_ltr("005_new.txt") in text  # read «005_new.txt», not «new.txt_005»
    finally:
        set_language("en")
