"""Where an update of a project spends its CPU, stage by stage (issue 14: adding 10 articles to 1,000).

    python bench/update_stages.py [--n 1000] [--add 10] [--at-end] [--samples DIR] [--runs 3]

Writes N + ADD articles (the first of SAMPLES, else consecutive corpus articles: ../shared/corpus,
research-only, written to a temporary folder), opens the project of all but ADD of them (held back
spread through the folder, or the last ones with --at-end), waits out the project file's trust
window for file times (core.manifest.RACY_NS), puts the ADD back and times `Project.open` in this
process (`jobs=1`): its CPU and, beside it, the CPU of each stage (each stage's function wrapped
where the update calls it). Stages nest (`save_links` holds `write_snapshot`), so they need not add
up; what they leave out is the rest of the update's own code. The cycle collector runs as in the
app (bench/incremental.py `collector_as_in_the_app`): its collections, printed apart, are those
the update itself sets off.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

STAGES = [
    ("core.project_update", "manifest_of", "list and stat the folder"),
    ("core.store.records", "load_head", "load the stored documents"),
    ("core.store.records", "load_analysis", "load the rest of the stored analysis (kept articles renamed)"),
    ("core.project_update", "read_folder", "read the new and changed files"),
    ("core.pipeline", "document_parts", "analyse the new and changed articles"),
    ("core.project_update", "reuse_unchanged", "take the unchanged articles"),
    ("core.project_update", "_stored_terms", "their stored term counts"),
    ("core.project_update", "stored_links", "the stored links grouped by story"),
    ("core.reuse", "renamed_links", "  the kept stories' links renamed"),
    ("core.pipeline", "group_by_terms", "group the whole folder into stories"),
    ("core.pipeline", "link_stories", "link the stories that changed"),
    ("core.pipeline", "number_facts", "number every fact"),
    ("core.pipeline", "order_in_time", "order the conflicts in time"),
    ("core.store.save", "keep_rows", "rename the unchanged rows in the file"),
    ("core.store.save", "save_terms", "write the term counts"),
    ("core.store.save", "save_links", "write the alignments that changed, every fact, and the snapshot"),
    ("core.store.save", "write_alignments", "  of which the alignments"),
    ("core.store.save", "write_facts", "  of which the facts"),
    ("core.store.save", "write_snapshot", "  of which the snapshot"),
    ("core.store.store", "check_foreign_keys", "check the foreign keys"),
]
spent: dict[str, float] = defaultdict(float)


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            out = fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
        return _timed_steps(name, out) if isinstance(out, Iterator) else out

    return timed


def _timed_steps(name: str, steps: Iterator[Any]) -> Iterator[Any]:
    while True:
        start = time.process_time()
        try:
            step = next(steps)
        except StopIteration:
            spent[name] += time.process_time() - start
            return
        spent[name] += time.process_time() - start
        yield step


def _collections() -> None:
    started: list[float] = []

    def watch(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            started[:] = [time.process_time()]
        elif started:
            spent["gc"] += time.process_time() - started[0]

    gc.callbacks.append(watch)


def add_update_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that say which update is measured (this script's and `update_instructions.py`'s)."""
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--add", type=int, default=10)
    parser.add_argument("--at-end", action="store_true")
    parser.add_argument("--samples", help="folder of .txt articles to take the N + ADD from (else the corpus)")


def write_articles(args: argparse.Namespace, folder: Path) -> list[str]:
    """The N + ADD articles in FOLDER (the first of SAMPLES, else consecutive corpus articles); their names."""
    folder.mkdir(parents=True, exist_ok=True)
    if args.samples:
        for p in sorted(Path(args.samples).glob("*.txt"))[: args.n + args.add]:
            shutil.copy(p, folder / p.name)
    else:  # research-only articles, written to a temporary folder
        import scale

        scale.write_folder(scale.sample(scale.load_corpus(), args.n + args.add, "window", 1), folder)
    return sorted(p.name for p in folder.iterdir())


def held_back(names: list[str], add: int, at_end: bool) -> list[str]:
    """The ADD of NAMES the project gains: the last ones, or spread through the folder."""
    return names[-add:] if at_end else names[:: max(1, len(names) // add)][:add]


def project_gaining(full: Path, names: list[str], held: list[str], project: Path) -> None:
    """PROJECT: a saved project of FULL's NAMES but HELD, its files' times trusted, then HELD put back."""
    from core.manifest import RACY_NS
    from core.project import Project

    project.mkdir()
    for name in names:
        if name not in held:
            shutil.copy(full / name, project / name)
    time.sleep(RACY_NS / 1e9 + 0.1)  # the files' times trusted, as in a folder kept for a while
    Project.open(project, jobs=1).close()
    for name in held:
        shutil.copy(full / name, project / name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_update_arguments(parser)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for module, attr, _what in STAGES:
        mod = importlib.import_module(module)
        setattr(mod, attr, _timed(attr, getattr(mod, attr)))
    from incremental import collector_as_in_the_app

    from core.project import Project

    base = Path(tempfile.mkdtemp(prefix="muqabala-stages-"))
    full = base / "full"
    names = write_articles(args, full)
    held = held_back(names, args.add, args.at_end)
    _collections()
    totals = []
    for run in range(args.runs):
        project = base / f"project{run}"
        project_gaining(full, names, held, project)
        spent.clear()
        start = time.process_time()
        with collector_as_in_the_app(), Project.open(project, jobs=1) as opened:
            relinked = len(opened.changes.relinked_stories)
        totals.append(time.process_time() - start)
        print(f"run {run + 1}: update {totals[-1]:.3f} s CPU, {relinked} stories linked again")
        for _module, attr, what in STAGES:
            print(f"  {spent.get(attr, 0.0):7.3f}  {what} ({attr})")
        print(f"  {spent.get('gc', 0.0):7.3f}  cycle collections")
    print(f"median update: {sorted(totals)[len(totals) // 2]:.3f} s CPU ({len(names)} articles, {args.add} added)")
    shutil.rmtree(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
