"""Smoke test of a frozen bundle, the same on Linux, Windows and macOS (release workflow).

    python scripts/smoke_frozen.py [BUNDLE]      (default: dist/muqabala, or dist/Muqabala.app)

Runs the bundled program on a copy of its own sample articles, away from the checkout, with Qt
offscreen: `analyze --json` must write an export with facts, and the window must open, analyse and
save a screenshot. Exit status 0 when both pass. Standard library only: it runs before any
virtual environment exists on a release runner's fresh checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def executable(bundle: Path) -> Path:
    """The program inside a one-folder bundle or a macOS .app."""
    for candidate in (
        bundle / "muqabala.exe",
        bundle / "muqabala",
        bundle / "Contents" / "MacOS" / "muqabala",
    ):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no muqabala program in {bundle}")


def run(program: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def main(argv: list[str]) -> int:
    default = ROOT / "dist" / ("Muqabala.app" if sys.platform == "darwin" else "muqabala")
    bundle = Path(argv[0]) if argv else default
    program = executable(bundle)
    with tempfile.TemporaryDirectory(prefix="muqabala-smoke-") as tmp:
        work = Path(tmp)
        articles = work / "seeds"
        shutil.copytree(ROOT / "seeds", articles, ignore=shutil.ignore_patterns("*.sqlite*"))
        out = work / "out.json"
        analysed = run(program, "analyze", str(articles), "--json", str(out), cwd=work)
        facts = json.loads(out.read_text(encoding="utf-8")).get("facts", []) if out.is_file() else []
        print(f"analyze: exit {analysed.returncode}, {len(facts)} facts")
        shot = work / "shot.png"
        shown = run(program, str(articles), "--screenshot", str(shot), cwd=work)
        print(f"window: exit {shown.returncode}, screenshot {'saved' if shot.is_file() else 'MISSING'}")
        ok = analysed.returncode == 0 and bool(facts) and shown.returncode == 0 and shot.is_file()
        if not ok:
            print(analysed.stderr[-2000:], shown.stderr[-2000:], sep="\n", file=sys.stderr)
    print("frozen smoke test:", "passed" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
