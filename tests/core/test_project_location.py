"""Where a project file lives: in the folder when it can be written, else in the user data directory.

Tests run as root on the team's machines, where permission bits do not stop writes; so the check
is a real attempt to create a file. The read-only case runs in a child process on a genuinely
unwritable folder: mode 0555 for an ordinary user; for root, a read-only bind mount of the folder
in a private mount namespace (`unshare --mount`; skipped where that is not permitted).
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from core.project import PROJECT_FILE, fallback_project_file, folder_is_writable, project_file_for

ROOT = Path(__file__).resolve().parents[2]


def test_a_writable_folder_keeps_its_project_inside(tmp_path):
    assert folder_is_writable(tmp_path)
    assert project_file_for(tmp_path) == tmp_path / PROJECT_FILE
    assert list(tmp_path.iterdir()) == []  # the probe leaves nothing behind


def test_a_path_that_cannot_hold_files_is_not_writable(tmp_path):
    a_file = tmp_path / "article.txt"
    a_file.write_text("خبر", encoding="utf-8")
    assert not folder_is_writable(a_file)
    assert not folder_is_writable(tmp_path / "missing")


def test_the_fallback_is_in_the_user_data_dir_and_differs_per_folder(tmp_path):
    first, second = fallback_project_file(tmp_path / "a"), fallback_project_file(tmp_path / "b")
    assert first != second and first == fallback_project_file(tmp_path / "a")
    assert first.is_relative_to(os.environ["XDG_DATA_HOME"]) and first.suffix == ".sqlite"


def _can_mount_read_only(folder):
    probe = subprocess.run(
        [
            "unshare",
            "--mount",
            "sh",
            "-c",
            'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && ! touch "$0/.probe"',
            str(folder),
        ],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from core.project import Project
with Project.open(sys.argv[2]) as project:
    print(json.dumps({"path": str(project.path), "articles": len(project.analysis.documents)}))
with Project.open(sys.argv[2]) as project:
    print(json.dumps({"path": str(project.path), "unchanged": project.changes.nothing_changed}))
"""


def test_a_read_only_folder_gets_its_project_in_the_user_data_dir(seeds_dir):
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        base.chmod(0o755)
        folder, data = base / "convoy", base / "data"
        folder.mkdir()
        data.mkdir(mode=0o777)
        data.chmod(0o777)
        for article in seeds_dir.glob("*.txt"):
            (folder / article.name).write_bytes(article.read_bytes())
        folder.chmod(0o555)
        command = [sys.executable, "-c", CHILD, str(ROOT), str(folder)]
        if os.geteuid() == 0:
            if not _can_mount_read_only(folder):
                pytest.skip("root, and no private read-only mount possible here: nothing would be read-only")
            command = [
                "unshare",
                "--mount",
                "sh",
                "-c",
                'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"',
                str(folder),
                *command,
            ]
        env = {**os.environ, "XDG_DATA_HOME": str(data)}
        run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
        assert run.returncode == 0, run.stderr
        first, second = (json.loads(line) for line in run.stdout.splitlines())
        assert Path(first["path"]).is_relative_to(data) and first["articles"] == 4
        assert second == {"path": first["path"], "unchanged": True}
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in seeds_dir.glob("*.txt"))
        folder.chmod(0o755)
