"""Reopening a stored project vs analysing the folder again (issue 4: must be ≥ 10× faster).

    python bench/reopen.py [FOLDER] [--runs N]

FOLDER defaults to seeds/; it is copied to a temporary folder first, so nothing of yours is
touched. Prints, all in one run:
  - warm: median of N in-process runs of `analyze_folder` vs `Project.open` on the unchanged project;
  - cold: each measured once in a fresh Python process (imports done, caches empty), as when the
    app starts the next morning;
  - the ratios, and whether the warm one is ≥ 10×;
  - one article edited: which articles went through `document_parts` (counted by wrapping it),
    and what `Project.changes` reports.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import pipeline  # noqa: E402
from core.project import Project  # noqa: E402

COLD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from core.pipeline import analyze_folder
from core.project import Project
t = time.perf_counter()
if sys.argv[2] == "analyse":
    analyze_folder(sys.argv[3])
else:
    Project.open(sys.argv[3]).close()
print(time.perf_counter() - t)
"""


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _cold(what: str, folder: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", COLD, str(ROOT), what, str(folder)], capture_output=True, text=True, check=False
    )
    if out.returncode:
        raise SystemExit(f"{what} failed in a fresh process:\n{out.stderr}")
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "project"
        shutil.copytree(args.folder, folder, ignore=shutil.ignore_patterns("*.sqlite*"))
        n = len(list(folder.rglob("*.txt")))
        print(f"folder: {args.folder} ({n} articles), copied to {folder}")

        cold_analyse = _cold("analyse", folder)
        t = time.perf_counter()
        with Project.open(folder) as project:
            first = time.perf_counter() - t
            facts = len(project.analysis.facts)
        print(f"first open (analyse + write {project.path.name}): {first * 1000:8.1f} ms, {facts} facts")
        cold_reopen = _cold("reopen", folder)

        warm_analyse = _median(lambda: pipeline.analyze_folder(folder), args.runs)
        warm_reopen = _median(lambda: Project.open(folder).close(), args.runs)
        ratio = warm_analyse / warm_reopen
        print(
            f"warm, median of {args.runs}: analyse {warm_analyse * 1000:8.2f} ms | "
            f"reopen {warm_reopen * 1000:8.2f} ms | ratio {ratio:6.1f}x"
        )
        print(
            f"cold, fresh process:  analyse {cold_analyse * 1000:8.2f} ms | reopen {cold_reopen * 1000:8.2f} ms"
            f" | ratio {cold_analyse / cold_reopen:6.1f}x"
        )
        print(f"reopen >= 10x faster than analysing: {'yes' if ratio >= 10 else 'NO'} (warm ratio {ratio:.1f}x)")

        edited = sorted(folder.rglob("*.txt"))[len(list(folder.rglob("*.txt"))) // 2]
        text = edited.read_text(encoding="utf-8")
        edited.write_text(text + "\nتحديث: أضيفت هذه الجملة بعد النشر.\n", encoding="utf-8")
        seen: list[str] = []
        real = pipeline.document_parts  # what an update analyses a new or edited article with

        def counting(doc, budget=None):  # type: ignore[no-untyped-def]
            seen.append(Path(doc.path).name)
            return real(doc, budget)

        pipeline.document_parts = counting
        try:
            t = time.perf_counter()
            with Project.open(folder) as project:
                took = time.perf_counter() - t
                changes = project.changes
        finally:
            pipeline.document_parts = real
        print(f"edited {edited.name}: reopen {took * 1000:.1f} ms; document_parts ran {len(seen)} time(s), for {seen}")
        print(
            f"  changes: {changes.describe()} | reanalysed {list(changes.reanalysed)} | "
            f"alignments and facts recomputed: {changes.relinked}"
        )
    return 0 if ratio >= 10 and seen == [edited.name] else 1


if __name__ == "__main__":
    sys.exit(main())
