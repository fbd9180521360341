"""The release workflow cannot run here; what can be checked here is checked: the Linux job is
scripts/build-deb.sh itself (so a release builds the .deb exactly as a developer does), every
platform runs the frozen smoke test before making its installer, and every file a job names exists.
(actionlint checks the workflow's syntax and expressions in scripts/test.sh where it installs.)"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _jobs() -> dict[str, str]:
    """Job name → its text (the workflow's jobs are the two-space-indented keys under `jobs:`)."""
    text = WORKFLOW.read_text(encoding="utf-8").split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([a-z][\w-]*):\n", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _runs(job: str) -> list[str]:
    """The shell lines of a job's `run:` steps, in order."""
    lines: list[str] = []
    block = False
    for line in job.splitlines():
        stripped = line.strip()
        if stripped.startswith("run: |"):
            block = True
            continue
        if stripped.startswith("run: "):
            lines.append(stripped.removeprefix("run: "))
            block = False
        elif block and line.startswith(" " * 10):
            lines.append(stripped)
        else:
            block = False
    return lines


def test_one_job_per_installer_and_a_publish_job() -> None:
    assert set(_jobs()) == {"linux", "windows", "macos", "publish"}


def test_the_linux_job_is_scripts_build_deb() -> None:
    runs = _runs(_jobs()["linux"])
    assert runs[0] == "bash scripts/build-deb.sh"
    assert not any("pyinstaller" in r or "dpkg-deb" in r for r in runs)  # nothing of its own


def test_every_platform_smoke_tests_the_frozen_bundle_before_making_its_installer() -> None:
    makers = {"linux": "build-deb.sh", "windows": "muqabala.iss", "macos": "build-dmg.sh"}
    for name, maker in makers.items():
        runs = _runs(_jobs()[name])
        smoke = next(i for i, r in enumerate(runs) if "scripts/smoke_frozen.py" in r)
        build = next(i for i, r in enumerate(runs) if "build.spec" in r or "build-deb.sh" in r)
        made = max(i for i, r in enumerate(runs) if maker in r)
        assert build <= smoke, name
        assert name == "linux" or smoke < made, name  # the .deb is packed by the same script as the bundle


def test_every_file_the_workflow_names_exists() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"(?:scripts|packaging)[/\\][\w./\\-]+\.(?:sh|py|iss)", text))
    assert named >= {"scripts/build-deb.sh", "scripts/smoke_frozen.py", "packaging\\windows\\muqabala.iss"}
    for path in named:
        assert (ROOT / path.replace("\\", "/")).is_file(), path
