"""Issue 14's figures side by side: this checkout against another (e.g. main) on the same folders.

    python bench/speed.py FOLDER [FOLDER ...] [--base DIR] [--jobs N] [--json --db] [--runs 1]

For each folder prints one line per run: the floor (read + decode + tokenise every article, in
one process), then `main.py analyze FOLDER --quiet` of BASE and of this checkout (with `--jobs N`
when given), each in a fresh process: wall time, CPU time (user + system, children included), the
peak RSS of the whole process tree (main process and workers summed, sampled every 20 ms) and of
the largest single process; the PSS of the tree every `PSS_EVERY_S`. `--json --db` writes both
outputs (to a temporary folder). The machine is shared: the load average is printed with every
line, so that a slow figure can be read for what it is.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent

FLOOR = """
import re, sys, time
sys.path.insert(0, sys.argv[1])
from core.ingest.folder import read_folder
t = time.perf_counter()
docs, _ = read_folder(sys.argv[2])
words = sum(len(re.findall(r"[\\w\\u0600-\\u06ff]+", d.text)) for d in docs)
print(f"{time.perf_counter() - t:.2f}")
"""


PSS_EVERY_S = 1.0
"""How often the PSS is sampled. Reading it walks /proc/PID/smaps: 16 ms for a 680 MB process,
during which that process cannot fault a page in. Sampled with the RSS every 20 ms, it kept
nearly a core of this two-core machine busy and made a 10,000-article run 10-15 s slower than
the same run unwatched. The RSS (statm, 0.02 ms) is still read every 20 ms, and the PSS also
whenever the RSS of the tree has grown by a tenth since it was last read."""


def measure(cmd: list[str], cwd: Path) -> dict[str, float]:
    """Run CMD; wall, CPU and peak RSS (tree sum and largest process), polled."""
    # stderr to a file, not a pipe: a folder with thousands of problems (the whole corpus has many
    # duplicates) filled the pipe nobody read while polling, and the analysis waited on it for ever
    errors = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
    peak_tree = peak_one = peak_pss = 0
    cpu: dict[int, float] = {}
    pss_at, pss_rss = 0.0, 0
    while proc.poll() is None:
        try:
            procs = [proc, *proc.children(recursive=True)]
            rss = []
            for p in procs:
                try:
                    rss.append(p.memory_info().rss)
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            peak_tree = max(peak_tree, sum(rss))
            peak_one = max(peak_one, max(rss, default=0))
            if time.perf_counter() - pss_at >= PSS_EVERY_S or sum(rss) > 1.1 * pss_rss:
                pss = 0
                for p in procs:
                    try:
                        pss += p.memory_full_info().pss
                    except psutil.Error:
                        pass
                peak_pss = max(peak_pss, pss)
                pss_at, pss_rss = time.perf_counter(), sum(rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    errors.seek(0)
    told = errors.read().decode(errors="replace")
    errors.close()
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed: {told[-2000:]}")
    return {
        "wall": wall,
        "cpu": sum(cpu.values()),
        "tree_mb": peak_tree / 2**20,
        "one_mb": peak_one / 2**20,
        "pss_mb": peak_pss / 2**20,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--base", help="another checkout to measure the same way (e.g. a worktree of main)")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--outputs", action="store_true", help="also write --json and --db")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="muqabala-speed-"))
    print(f"{'folder':<28} {'what':<10} {'wall s':>7} {'cpu s':>7} {'tree MB':>8} {'max MB':>7} {'PSS MB':>7}  load")
    for folder in args.folders:
        floor = subprocess.run(
            [sys.executable, "-c", FLOOR, str(ROOT), folder], check=True, capture_output=True, text=True
        ).stdout.strip()
        print(f"{Path(folder).name:<28} {'floor':<10} {floor:>7}  {'':>7} {'':>8} {'':>7}  {os.getloadavg()[0]:.1f}")
        for _ in range(args.runs):
            for name, code in (("base", args.base), ("this", str(ROOT))):
                if code is None:
                    continue
                cmd = [sys.executable, str(Path(code) / "main.py"), "analyze", folder, "--quiet"]
                if args.outputs:
                    (out / f"{name}.sqlite").unlink(missing_ok=True)
                    cmd += ["--json", str(out / f"{name}.json"), "--db", str(out / f"{name}.sqlite")]
                if name == "this" and args.jobs is not None:
                    cmd += ["--jobs", str(args.jobs)]
                r = measure(cmd, Path(code))
                print(
                    f"{Path(folder).name:<28} {name:<10} {r['wall']:>7.2f} {r['cpu']:>7.2f} {r['tree_mb']:>8.0f}"
                    f" {r['one_mb']:>7.0f} {r['pss_mb']:>7.0f}  {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
    shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
