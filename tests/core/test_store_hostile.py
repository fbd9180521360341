"""The project file under hostile conditions: numbers SQLite cannot hold, a second writer, a full disk."""

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from core.project import Project
from core.report.json_export import to_dict
from core.store import DiskFull, ProjectFileError, ProjectInUse, Store

ROOT = Path(__file__).resolve().parents[2]
HUGE = "كلفة المشروع\n\nبلغت الكلفة 10000000000.5 مليار دولار وفق تقديرات الوزارة.\n"


def test_a_number_beyond_64_bits_is_saved_and_comes_back_the_same(tmp_path):
    (tmp_path / "a.txt").write_text(HUGE, encoding="utf-8")
    with Project.open(tmp_path) as project:
        value = project.analysis.mentions[0].value
        assert value >= 2**63
    with Project.open(tmp_path) as again:
        assert again.changes.nothing_changed and again.analysis.mentions[0].value == value


def test_a_second_opening_of_an_open_project_is_refused_at_once_and_says_why(folder):
    with Project.open(folder):
        with pytest.raises(ProjectInUse, match="open in another Muqabala window or command"):
            Project.open(folder)
    with Project.open(folder) as project:  # closed: free again
        assert project.changes.nothing_changed


def test_a_second_command_on_an_open_project_is_refused_before_any_work(folder, tmp_path):
    db = tmp_path / "p.sqlite"
    with Store.open(db):
        run = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "analyze", str(folder), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "open in another Muqabala window or command" in run.stderr
    assert "Articles" not in run.stdout  # refused before analysing


def test_the_lock_of_a_killed_process_is_released_by_the_system(tmp_path):
    db = tmp_path / "p.sqlite"
    holder = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r}); from core.store import Store; "
        f"s = Store.open({str(db)!r}); print('HELD', flush=True); sys.stdin.read()"
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout.readline().strip() == "HELD"
        with pytest.raises(ProjectInUse):
            Store.open(db)
        child.kill()  # as kill -9: no clean-up runs in the child
        child.wait()
    with Store.open(db):
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="no fork on Windows")
def test_a_closed_project_is_free_though_a_process_forked_while_it_was_open_lives_on(tmp_path):
    """A pool given as the executor may fork its workers while the project is open: they inherit the
    lock's descriptor, and closing the project must free it all the same."""
    db = tmp_path / "p.sqlite"
    fork = multiprocessing.get_context("fork")
    done = fork.Event()
    with Store.open(db):
        worker = fork.Process(target=done.wait)
        worker.start()
    try:
        with Store.open(db):
            pass
    finally:
        done.set()
        worker.join()


def test_a_full_disk_while_saving_says_so_and_leaves_the_last_save_intact(folder):
    with Project.open(folder) as project:
        before = to_dict(project.analysis)
        store = project.store
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own way to make the disk "full"
        with pytest.raises(DiskFull) as full:
            for i in range(50):  # notes until the file cannot grow
                project.add_note(project.analysis.sentences[0], "ملاحظة طويلة " * 400 + str(i))
        message = str(full.value)
        assert "disk is full" in message and "not damaged" in message and "damaged (" not in message
    with Project.open(folder) as again:
        assert to_dict(again.analysis) == before


def test_a_project_file_name_too_long_for_the_file_system_is_refused_with_a_message(tmp_path):
    with pytest.raises(ProjectFileError, match="cannot be opened \\(File name too long\\)"):
        Store.open(tmp_path / ("y" * 300 + ".sqlite"))
