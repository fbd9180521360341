"""A process writing a project is killed with SIGKILL at random moments: nothing committed is lost.

The full run (100 kills) is `python bench/crash_test.py`; this runs a few trials of the same script.
"""

import subprocess
import sys

import pytest


@pytest.mark.slow
def test_sigkill_at_random_moments_never_damages_the_file_or_loses_a_committed_note(repo_root):
    run = subprocess.run(
        [sys.executable, str(repo_root / "bench" / "crash_test.py"), "--trials", "12", "--seed", "7"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "integrity_check ok: 12/12" in run.stdout and "every committed note kept: 12/12" in run.stdout
