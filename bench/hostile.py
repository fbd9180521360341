"""A folder of real-world debris beside the four seeds: every entry is reported with its message and
its time, the run stays under a minute and a gigabyte, and the seeds' facts are what they are alone.

    python bench/hostile.py [--keep DIR]

Builds (in a temporary folder, or DIR) the folder of bench/hostile_folder.py: the seeds, the bad
inputs of tests/fixtures/ingest/make.py and the hostile entries of issue 13 (at least 60 entries).

The analysis runs in a child process (`Project.open`, as the GUI and `analyze --db` do) so that its
peak RSS is its own. Per entry the bench prints the time of reading the file (from the progress
events of that run) and, for the articles read, the time of analysing its text alone
(`core.pipeline.document_parts`, measured after the run, outside the timed part), and the first
problem reported for it. Then the folder is reopened unchanged (the project file is kept beside
it: the folder holds a junk muqabala.sqlite) — which must be fast: no refused file is read again —
and the seeds' facts are compared with those of the seeds analysed alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.hostile_folder import build, remove_tree  # noqa: E402
from core.ingest.folder import printable  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from core.project import Project
from tests.fixtures.ingest.facts import facts_of
folder, seeds, db = Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
events = []
t0 = time.perf_counter()
def progress(done, total, message):
    events.append(("progress", time.perf_counter() - t0, message))
def problem(p):
    events.append(("problem", time.perf_counter() - t0, [p.path, p.message, p.severity]))
with Project.open(folder, project_file=db, progress=progress, on_problem=problem) as project:
    wall = time.perf_counter() - t0
    analysis = project.analysis
    docs = [[d.path, len(d.text)] for d in analysis.documents]
    facts = facts_of(analysis)
    problems = [[p.path, p.message, p.severity] for p in analysis.problems]
usage, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
rss, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime + workers.ru_utime + workers.ru_stime
worker_rss = workers.ru_maxrss / 1024
t1 = time.perf_counter()
with Project.open(folder, project_file=db) as again:
    reopen = time.perf_counter() - t1
    unchanged = again.changes.nothing_changed
    reopen_problems = [[p.path, p.message, p.severity] for p in again.analysis.problems]
with Project.open(seeds) as alone:
    seeds_facts = facts_of(alone.analysis)
    seed_names = {Path(d.path).stem for d in alone.analysis.documents}
from core.pipeline import document_parts
by_article = {}
for doc in analysis.documents:  # each article's analysis alone, outside the timed run
    t = time.perf_counter()
    document_parts(doc)
    by_article[str(Path(doc.path).relative_to(folder))] = time.perf_counter() - t
print(json.dumps({"wall": wall, "rss": rss, "cpu": cpu, "worker_rss": worker_rss, "events": events,
                  "alone": by_article, "timings": analysis.timings,
                  "docs": docs, "problems": problems,
                  "reopen": reopen, "unchanged": unchanged, "same_problems": reopen_problems == problems,
                  "facts": facts, "seeds_facts": seeds_facts, "seed_names": sorted(seed_names)}, ensure_ascii=False))
"""


def _read_times(events: list[list[object]], wall: float) -> dict[str, float]:
    """{entry: seconds} from each "opening X" progress event (before a file is read) to the next event."""
    spent: dict[str, float] = {}
    for (kind, at, what), nxt in zip(events, [*events[1:], ["end", wall, ""]], strict=True):
        if kind == "progress" and isinstance(what, str) and what.startswith("opening "):
            name = what.split(" ", 1)[1]
            spent[name] = spent.get(name, 0.0) + float(nxt[1]) - float(at)  # type: ignore[arg-type]
    return spent


def _table(kinds: dict[str, str], r: dict[str, Any], folder: Path) -> list[str]:
    """Print one line per entry (read time, analysis time, first message); return the entries not reported."""
    read = _read_times(r["events"], r["wall"])
    alone: dict[str, float] = r["alone"]
    by_name: dict[str, list[str]] = {}
    for path, message, severity in r["problems"]:
        by_name.setdefault(path, []).append(f"{severity}: {message}")
    articles = {str(Path(p).relative_to(folder)) for p, _ in r["docs"]}
    print(f"\n{'entry':<50} {'read':>6} {'analyse':>7}  message")
    missing = []
    for entry, kind in sorted(kinds.items()):
        messages = by_name.get(entry, [])
        if not messages:
            messages = ["read and analysed" if entry in articles else "NOT REPORTED"]
            if entry not in articles:
                missing.append(entry)
        analysed = f"{alone[entry]:>6.2f}s" if entry in alone else f"{'-':>7}"
        first = printable(messages[0])[:140]
        print(f"{printable(entry)[:50]:<50} {read.get(entry, 0.0):>5.2f}s {analysed}  {first}  [{kind}]")
        for more in messages[1:]:
            print(f"{'':<50} {'':>6} {'':>7}  {printable(more)[:140]}")
    others = sorted(set(by_name) - set(kinds))
    if others:
        print("\nalso reported:")
        for entry in others:
            print(f"  {printable(entry)}: {printable(by_name[entry][0])[:140]}")
    slow_read = sorted(read.items(), key=lambda kv: -kv[1])[:4]
    slow_analysis = sorted(alone.items(), key=lambda kv: -kv[1])[:4]
    print(f"\nentries: {len(kinds)}; articles read: {len(r['docs'])}; problems: {len(r['problems'])}")
    print(f"not reported: {missing or 'none'}")
    print("slowest to read: " + ", ".join(f"{printable(n)[:40]} {s:.2f}s" for n, s in slow_read))
    print("slowest to analyse (alone): " + ", ".join(f"{printable(n)[:40]} {s:.2f}s" for n, s in slow_analysis))
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in r["timings"].items())
    print(f"stages of the first analysis: {stages}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="build the folder here and keep it")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="muqabala-hostile-"))
    folder, seeds = work / "folder", work / "seeds"
    remove_tree(work)
    seeds.mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy2(seed, seeds / seed.name)
    t = time.perf_counter()
    kinds = build(folder, ROOT / "seeds")
    print(f"built {len(kinds)} hostile entries beside the 4 seeds in {time.perf_counter() - t:.1f} s: {folder}")
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(folder), str(seeds), str(work / "hostile.sqlite")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if run.returncode:
        print(run.stderr)
        return 1
    r = json.loads(run.stdout)
    missing = _table(kinds, r, folder)
    seed_stems = set(r["seed_names"])
    in_folder = sorted(
        f for f in (tuple(x) if isinstance(x, list) else x for x in r["facts"]) if all(m[0] in seed_stems for m in f[2])
    )
    same = json.dumps(in_folder, ensure_ascii=False) == json.dumps(sorted(r["seeds_facts"]), ensure_ascii=False)
    print(
        f"analysis (Project.open, first time): {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores); peak RSS {r['rss']:.0f} MB "
        f"(analysis worker processes: largest {r['worker_rss']:.0f} MB)"
    )
    print(
        f"reopen unchanged: {r['reopen']:.2f} s; nothing changed: {r['unchanged']}; "
        f"same problems listed: {r['same_problems']}"
    )
    print(f"seeds' facts the same as alone: {same} ({len(r['seeds_facts'])} facts)")
    small = r["rss"] + r["worker_rss"] < 1024
    ok = r["wall"] < 60 and small and same and not missing and r["unchanged"] and len(kinds) >= 60
    print("OK" if ok else "FAILED")
    if not args.keep:
        remove_tree(work)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
