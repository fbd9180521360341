"""Kill a process writing a project with SIGKILL at random moments; check nothing committed is lost.

    python bench/crash_test.py [--trials 100] [--seed 1]

Each trial starts a child that opens the project (creating it, or re-analysing an edited article),
then adds notes and verdicts one by one, alternately (each committed; the child prints the note's or
verdict's id only after the commit returned), rewrites the whole analysis every 3rd note and edits
an article and reopens every 7th.
The parent kills it with SIGKILL at a random moment. Every 10th trial starts from a fresh folder (no
project file yet) and is killed 0–0.1 s after the child starts opening it (creation and first
analysis); of the others, half are killed 0–1.2 s after the start, half 0–0.5 s after the child said
it was ready (during notes and big rewrites).

After every kill: `PRAGMA integrity_check` must say ok, `Project.open` must succeed, and every note
and verdict the child reported committed must be in the file. Prints the counts; exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.project import PROJECT_FILE, Project  # noqa: E402

CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from core.project import Project
folder, trial = Path(sys.argv[2]), sys.argv[3]
print("START", flush=True)
project = Project.open(folder)
print("READY", flush=True)
k = 0
while True:
    k += 1
    a = project.analysis
    target = a.facts[k % len(a.facts)] if a.facts and k % 2 else a.sentences[k % len(a.sentences)]
    note = project.add_note(target, f"ملاحظة {trial}-{k}")
    print(f"NOTE {note.id}", flush=True)
    shown = project.reviewed().analysis
    if shown.facts:
        fact = shown.facts[k % len(shown.facts)]
        kind = ("confirm", "dismiss", "split", "not_quantity", "merge")[k % 5]
        if kind in ("split", "not_quantity"):
            verdict = project.add_verdict(kind, fact.mentions[0])
        else:
            other = shown.facts[(k + 1) % len(shown.facts)].id if kind == "merge" else ""
            verdict = project.add_verdict(kind, fact.id, other)
        print(f"VERDICT {verdict.id}", flush=True)
    if k % 3 == 0:
        print("SAVING", flush=True)
        project.store.save(project.analysis, project.folder)
        print("SAVED", flush=True)
    if k % 7 == 0:
        article = sorted(folder.glob("*.txt"))[k % 4]
        text = article.read_text(encoding="utf-8")
        extra = "\\nتحديث: جملة أضيفت بعد النشر.\\n"
        article.write_text(text[: -len(extra)] if text.endswith(extra) else text + extra, encoding="utf-8")
        print("REOPENING", flush=True)
        project.close()
        project = Project.open(folder)
        print("REOPENED", flush=True)
"""


PHASES = {
    "": "starting Python",
    "START": "opening (create / analyse / re-analyse)",
    "READY": "adding a note",
    "NOTE": "adding a verdict",
    "VERDICT": "adding a note",
    "SAVED": "adding a note",
    "REOPENED": "adding a note",
    "SAVING": "rewriting the whole analysis",
    "REOPENING": "editing an article and reopening",
}
"""What the child was doing, from the last line it printed before the kill."""


def _fresh_folder(base: Path) -> Path:
    folder = base / "project"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ROOT / "seeds", folder, ignore=shutil.ignore_patterns("*.sqlite*"))
    return folder


def _trial(folder: Path, trial: int, rng: random.Random) -> tuple[list[int], list[int], str]:
    """Run one child, kill it; returns (note ids and verdict ids it reported committed, last thing it said)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(folder), str(trial)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    seen: list[str] = []
    if trial % 10 == 0:  # a fresh folder: kill while the project is being created and analysed
        seen.append(child.stdout.readline())
        time.sleep(rng.uniform(0.0, 0.1))
    elif trial % 2:
        time.sleep(rng.uniform(0.0, 1.2))
    else:
        while not seen or seen[-1].startswith("START"):
            seen.append(child.stdout.readline())
        time.sleep(rng.uniform(0.0, 0.5))
    os.kill(child.pid, signal.SIGKILL)
    out, err = child.communicate()
    if child.returncode != -signal.SIGKILL:
        raise RuntimeError(f"child ended before the kill ({child.returncode}): {err[-2000:]}")
    lines = "".join([*seen, out]).split("\n")[:-1]  # a last line without newline was cut by the kill
    notes = [int(ln.split()[1]) for ln in lines if ln.startswith("NOTE ")]
    verdicts = [int(ln.split()[1]) for ln in lines if ln.startswith("VERDICT ")]
    return notes, verdicts, PHASES[lines[-1].split()[0] if lines else ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    integrity_ok = opened = notes_intact = verdicts_intact = 0
    committed_total = verdicts_total = lost_verdicts = 0
    phases: dict[str, int] = {}
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        committed: set[int] = set()
        ruled: set[int] = set()
        folder = _fresh_folder(base)
        for trial in range(args.trials):
            if trial % 10 == 0 and trial:
                folder, committed, ruled = _fresh_folder(base), set(), set()
            new, new_verdicts, last = _trial(folder, trial, rng)
            ruled.update(new_verdicts)
            verdicts_total += len(new_verdicts)
            phases[last] = phases.get(last, 0) + 1
            committed.update(new)
            committed_total += len(new)
            path = folder / PROJECT_FILE
            if path.exists():
                conn = sqlite3.connect(path)
                result = conn.execute("PRAGMA integrity_check").fetchall()
                conn.close()
            else:
                result = [("ok",)]  # killed before the file was created: nothing to damage
            integrity_ok += result == [("ok",)]
            if result != [("ok",)]:
                failures.append(f"trial {trial}: integrity_check {result[:3]}")
            try:
                with Project.open(folder) as project:
                    stored = {n.id for n in project.notes()}
                    stored_verdicts = {v.id for v in project.verdicts()}
                opened += 1
            except Exception as exc:  # noqa: BLE001 - a failure to report, not to hide
                failures.append(f"trial {trial}: cannot open: {exc!r}")
                continue
            if committed <= stored:
                notes_intact += 1
            else:
                failures.append(f"trial {trial}: lost notes {sorted(committed - stored)[:10]}")
            lost_verdicts += len(ruled - stored_verdicts)
            if ruled <= stored_verdicts:
                verdicts_intact += 1
            else:
                failures.append(f"trial {trial}: lost verdicts {sorted(ruled - stored_verdicts)[:10]}")
    n = args.trials
    print(f"trials: {n} (SIGKILL at random moments)")
    print("killed while: " + ", ".join(f"{k} {v}" for k, v in sorted(phases.items(), key=lambda kv: -kv[1])))
    print(f"PRAGMA integrity_check ok: {integrity_ok}/{n}")
    print(f"project opens afterwards:  {opened}/{n}")
    print(f"every committed note kept: {notes_intact}/{n} ({committed_total} notes reported committed in all)")
    print(f"every committed verdict kept: {verdicts_intact}/{n} ({verdicts_total} verdicts reported committed in all)")
    print(f"verdicts lost: {lost_verdicts}")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
