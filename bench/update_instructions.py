"""Instructions of an update of a project, whole and stage by stage (issue 14: adding 10 articles to 1,000).

    python bench/update_instructions.py [--at-end] [--samples DIR] [--n 1000] [--add 10] [--jobs 2]
                                        [--stage MODULE:FUNCTION ...]

CPU seconds move by a fifth from run to run on a shared machine; instructions counted by valgrind
(callgrind) move by about a percent, so they tell two versions of the code apart where
`update_stages.py` cannot. Each figure is a run of its own under valgrind: the project of N articles
is made (the first N + ADD of SAMPLES, else of the corpus written to a temporary folder; ADD held
back spread through the folder or, with --at-end, the last ones), the ADD put back, and
`Project.open` counted, or only the stage named (its function called through `functools.reduce`,
the one function whose calls valgrind is told to count). The stages are `update_stages.STAGES`;
JOBS runs go side by side (about a minute and a half each).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from update_stages import STAGES, add_update_arguments, held_back, project_gaining, write_articles  # noqa: E402

UPDATE = "core.project:Project.open"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_update_arguments(parser)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--stage", action="append", help="MODULE:FUNCTION (default: the update and every stage)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _count(args.child, args)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt install valgrind", file=sys.stderr)
        return 1
    stages = args.stage or [UPDATE, *(f"{module}:{attr}" for module, attr, _what in STAGES)]
    said = {f"{module}:{attr}": what for module, attr, what in STAGES} | {UPDATE: "the update"}
    with tempfile.TemporaryDirectory(prefix="muqabala-instructions-") as articles:
        write_articles(args, Path(articles))  # once, for every child: they take the whole folder
        args.samples = articles
        with ThreadPoolExecutor(args.jobs) as pool:
            counts = list(pool.map(lambda stage: _valgrind(stage, args), stages))
    whole = dict(zip(stages, counts, strict=True)).get(UPDATE)
    print(f"{'instructions (M)':>17}  {'share':>6}  stage ({args.n + args.add} articles, {args.add} added", end="")
    print(" at the end)" if args.at_end else " spread through the folder)")
    for stage, count in zip(stages, counts, strict=True):
        share = f"{count / whole:6.1%}" if whole else ""
        print(f"{count / 1e6:17.1f}  {share:>6}  {said.get(stage, stage)}")
    return 0


def _valgrind(stage: str, args: argparse.Namespace) -> int:
    """The instructions of STAGE, counted in a child process under valgrind."""
    with tempfile.TemporaryDirectory(prefix="muqabala-instructions-") as out:
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}/callgrind.out",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce",
            sys.executable,
            __file__,
            f"--child={stage}",
            f"--n={args.n}",
            f"--add={args.add}",
            f"--samples={args.samples}",
            *(["--at-end"] if args.at_end else []),
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same hashes, the same dict and set orders
        subprocess.run(command, check=True, capture_output=True, env=env)
        found = re.search(r"^totals: (\d+)", Path(out, "callgrind.out").read_text(), re.MULTILINE)
        return int(found.group(1)) if found else 0


def _count(stage: str, args: argparse.Namespace) -> None:
    """In the child: make the project, put the added articles back, update it with STAGE counted."""
    from incremental import collector_as_in_the_app

    from core.project import Project

    base = Path(tempfile.mkdtemp(prefix="muqabala-instructions-"))
    try:
        names = sorted(p.name for p in Path(args.samples).iterdir())
        project = base / "project"
        project_gaining(Path(args.samples), names, held_back(names, args.add, args.at_end), project)
        module, attr = stage.split(":")
        if stage == UPDATE:
            with collector_as_in_the_app():
                opened = _counted(Project.open)(project, jobs=1)
            opened.close()
            return
        owner = importlib.import_module(module)
        setattr(owner, attr, _counted(getattr(owner, attr)))
        with collector_as_in_the_app(), Project.open(project, jobs=1):
            pass
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _counted(fn: Callable[..., Any]) -> Callable[..., Any]:
    """FN called through `functools.reduce`, whose calls valgrind counts (--toggle-collect)."""

    @functools.wraps(fn)
    def counted(*args: Any, **kwargs: Any) -> Any:
        return functools.reduce(lambda _none, _zero: fn(*args, **kwargs), [0], None)

    return counted


if __name__ == "__main__":
    sys.exit(main())
