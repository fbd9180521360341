"""Adding articles to a project vs analysing the folder afresh; reopening it unchanged (issue 14).

    python bench/incremental.py [--n 1000] [--add 10 | --remove K | --edit K] [--code DIR] [--samples DIR] [--jobs N]

Writes N + ADD consecutive corpus articles (../shared/corpus, research-only: written to a temporary
folder, never into the repo), holds back ADD of them spread through the folder (so that the others
are renumbered), opens the project, puts the ADD articles back and opens it again. `--remove K`
instead opens the project of all N articles and then deletes K of them spread through the folder;
`--edit K` changes one figure in each of K articles spread through the folder (and appends a
sentence that gives a figure), the fresh analysis being of the folder as edited. `--at-end` takes
the folder's last K articles instead, so that no other article is renumbered. Prints the
fresh analysis of the full folder, the update, its ratio (and its ratio to opening the full folder
as a new project, analysed and saved, as the window does: an update saves too), two reopenings of the unchanged folder
(the second is the fast path), and whether the updated analysis equals the fresh one. `--code`
runs another checkout's core (e.g. a worktree of main) in the same way, to compare. `--jobs 1`
runs everything in this process, so that the CPU times printed beside the wall times (`*_cpu_s`)
are the whole work: on a shared machine their ratio is the figure that load does not move.
`reopened_same_as_fresh`: the analysis read back from the project file after the update (saved in
place, core.store.kept_rows) equals the fresh one too. `floor_cpu_s` / `floor_cpu_ratio`: what any
update that equals a fresh analysis does, timed apart in the same run (`floor_parts`): the
reopening (listing, loading), grouping the whole folder, analysing the changed articles and
linking their stories; the update's CPU beyond it is what it could still save. Every timed call
runs with the cycle collector as the app runs it (`collector_as_in_the_app`).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--add", type=int, default=10)
    parser.add_argument("--remove", type=int, default=0, help="delete K articles instead of adding")
    parser.add_argument("--edit", type=int, default=0, help="edit K articles instead of adding")
    parser.add_argument("--at-end", action="store_true", help="change the last K articles (none renumbered)")
    parser.add_argument("--code", default=str(ROOT), help="checkout whose core is measured")
    parser.add_argument("--samples", help="folder of .txt articles to take the N + ADD from (else the corpus)")
    parser.add_argument("--jobs", type=int, help="worker processes (default: every core; 1: in-process)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, args.code)
    from core.pipeline import analyze_folder
    from core.project import Project
    from core.report.json_export import to_dict

    add = 0 if args.remove or args.edit else args.add
    change = f"remove {args.remove}" if args.remove else f"edit {args.edit}" if args.edit else f"add {add}"
    change += " at the end" if args.at_end else ""
    base = Path(tempfile.mkdtemp(prefix="muqabala-incr-"))
    full = base / "full"
    if args.samples:
        full.mkdir()
        for p in sorted(Path(args.samples).glob("*.txt"))[: args.n + add]:
            shutil.copy(p, full / p.name)
    else:
        import scale

        scale.write_folder(scale.sample(scale.load_corpus(), args.n + add, "window", 1), full)
    names = sorted(p.name for p in full.iterdir())
    k = add or args.remove or args.edit
    touched = names[-k:] if args.at_end else names[:: max(1, len(names) // k)][:k]
    held = touched if add else []
    project = base / "project"
    project.mkdir()
    for name in names:
        if name not in held:
            shutil.copy(full / name, project / name)
    if args.remove:
        for name in touched:
            (full / name).unlink()
    if args.edit:
        for name in touched:
            (full / name).write_text(edited((full / name).read_text(encoding="utf-8")), encoding="utf-8")

    t, c = time.perf_counter(), time.process_time()
    with collector_as_in_the_app():
        fresh = analyze_folder(full, jobs=args.jobs)
    t_fresh, c_fresh = time.perf_counter() - t, time.process_time() - c
    t_project, c_project = fresh_project(args.code, full, args.jobs)
    Project.open(project, jobs=args.jobs).close()
    for name in touched:
        if (full / name).exists():
            shutil.copy(full / name, project / name)
        else:
            (project / name).unlink()
    t, c = time.perf_counter(), time.process_time()
    with collector_as_in_the_app(), Project.open(project, jobs=args.jobs) as p:
        t_update, c_update = time.perf_counter() - t, time.process_time() - c
        updated = to_dict(p.analysis)
        changes = p.changes
    reopen = []
    reopen_cpu = []
    for _ in range(2):
        t, c = time.perf_counter(), time.process_time()
        with collector_as_in_the_app(), Project.open(project, jobs=args.jobs) as p:
            reopen.append(time.perf_counter() - t)
            reopen_cpu.append(time.process_time() - c)
            reopened = to_dict(p.analysis)  # what the update saved, read back
            changed = [project / name for name in touched if (project / name).exists()]
            floor = floor_parts(p, changed)
    floor["reopen"] = reopen_cpu[-1]
    floor_cpu = sum(floor.values())
    expected = to_dict(fresh)
    for d in (updated, reopened, expected):
        d["folder"] = ""
        d["documents"] = [{k: v for k, v in doc.items() if k != "path"} for doc in d["documents"]]
        d["alignments"].sort(key=lambda al: (-al["score"], al["a"], al["b"]))
    print(
        json.dumps(
            {
                "code": args.code,
                "articles": len(names) - args.remove,
                "change": change,
                "fresh_s": round(t_fresh, 3),
                "update_s": round(t_update, 3),
                "update_ratio": round(t_update / t_fresh, 3),
                "fresh_cpu_s": round(c_fresh, 3),
                "update_cpu_s": round(c_update, 3),
                "update_cpu_ratio": round(c_update / c_fresh, 3) if args.jobs == 1 else None,
                "fresh_project_s": round(t_project, 3),
                "fresh_project_cpu_s": round(c_project, 3),
                "update_cpu_ratio_to_project": round(c_update / c_project, 3) if args.jobs == 1 else None,
                "reanalysed": len(changes.reanalysed),
                "relinked_stories": len(changes.relinked_stories),
                "reopen_s": [round(x, 3) for x in reopen],
                "reopen_cpu_s": [round(x, 3) for x in reopen_cpu],
                "floor_cpu_s": {k: round(v, 3) for k, v in floor.items()},
                "floor_cpu_ratio": round(floor_cpu / c_fresh, 3) if args.jobs == 1 else None,
                "load": round(os.getloadavg()[0], 1),
                "same_as_fresh": updated == expected,
                "reopened_same_as_fresh": reopened == expected,
                "differs": [k for k in expected if expected[k] != updated.get(k)],
            }
        )
    )
    shutil.rmtree(base)
    return 0


FRESH_PROJECT = """
import gc, json, sys, time
gc.disable()  # as in the app (collector_as_in_the_app)
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from core.project import Project
t, c = time.perf_counter(), time.process_time()
Project.open(Path(sys.argv[2]), jobs=int(sys.argv[3]) if sys.argv[3] else None).close()
print(json.dumps([time.perf_counter() - t, time.process_time() - c]))
"""


@contextmanager
def collector_as_in_the_app() -> Iterator[None]:
    """Python's cycle collector as the window (gui.gc_policy) and the headless commands
    (core.collector.collector_off_until_exit) run an analysis or an update: paused from start to
    end, and what was made frozen afterwards (outside the timing), never walked. A bare call
    re-enables it on return, and a collection of every object the update made (10 ms at 1,000
    articles, 85 ms at 10,000) then fell inside the timing though neither the window nor a
    command ever pays it."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def fresh_project(code: str, folder: Path, jobs: int | None) -> tuple[float, float]:
    """Wall and CPU seconds (this process's, so the whole work with `--jobs 1`) of opening FOLDER as
    a new project, analysed and saved as the window does, in a new process: its caches as cold as
    those of the fresh analysis. The project file made is removed."""
    out = subprocess.run(
        [sys.executable, "-c", FRESH_PROJECT, code, str(folder), str(jobs or "")],
        check=True,
        capture_output=True,
        text=True,
    )
    for made in folder.glob("*.sqlite*"):
        made.unlink()
    wall, cpu = json.loads(out.stdout.strip().splitlines()[-1])
    return wall, cpu


def floor_parts(project: Any, changed: list[Path]) -> dict[str, float]:
    """CPU seconds of what any update equal to a fresh analysis does, measured on the updated
    PROJECT: grouping the whole folder again from the stored term counts (one article more changes
    every term weight), analysing the CHANGED articles (split into sentences, numbers and terms;
    reading the folder is in the reopening) and linking the stories that hold one. With the
    reopening of the unchanged folder (listing it, loading the stored analysis the window shows),
    this is the floor of an update: what it costs beyond is what it could still save (writing the
    file, mostly). A removal has no changed article: its floor is the reopening and the grouping."""
    from core.ingest.folder import read_folder
    from core.match.stories import group_by_terms, story_analysis
    from core.pipeline import document_parts
    from core.story_link import StoryWork, link_story

    documents = project.analysis.documents
    c = time.process_time()
    terms, vocabulary = project.store.listed_terms(d.sha256 for d in documents)
    group_by_terms(documents, [terms[d.sha256] for d in documents], vocabulary=vocabulary)
    grouping = time.process_time() - c
    wanted = {str(p) for p in changed}
    stored = {d.path: d for d in documents if d.path not in wanted}  # read as an update reads them
    read, _problems = read_folder(project.folder, known=lambda path: stored.get(str(path)))
    c = time.process_time()
    for doc in read:
        if doc.path in wanted:
            document_parts(doc)
    analysed = time.process_time() - c
    analysis = project.analysis
    touched = {d.id for d in documents if d.path in wanted}
    works = []
    for story in analysis.stories:
        if touched.intersection(story.documents):
            part = story_analysis(analysis, story.id)  # its articles' sentences and mentions, as linking takes them
            works.append(StoryWork(story.id, {d.id: d.text for d in part.documents}, part.sentences, part.mentions))
    c = time.process_time()
    for work in works:
        link_story(work)
    return {"group": grouping, "changed_articles": analysed, "link_their_stories": time.process_time() - c}


def edited(text: str) -> str:
    """TEXT with its first figure changed and a sentence giving a figure appended: an edit that
    changes what the article reports."""
    for i, ch in enumerate(text):
        if ch.isdigit() and ch.isascii():
            text = text[:i] + str((int(ch) + 1) % 10) + text[i + 1 :]
            break
    return text.rstrip("\n") + "\nوقال المتحدث إن 17 شخصا أصيبوا في الحادث.\n"


if __name__ == "__main__":
    sys.exit(main())
