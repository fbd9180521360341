"""Random changes of a folder between openings: every update must be the fresh analysis (issue 14).

    python bench/update_fuzz.py [--seeds 0-9] [--steps 12] [--articles 100] [--samples DIR] [--pool]

Per seed: a folder of ARTICLES corpus articles (the first 2 × ARTICLES of SAMPLES, else a window of
../shared/corpus, research-only: written to a temporary folder, never into the repo), opened once;
then STEPS times, one to six changes drawn at random (an article added, removed, edited: a figure
changed, a sentence added first or last, a line dropped; renamed so that it moves; copied under
another name; made a copy of another; unreadable bytes, an empty file, an article in a subfolder,
such a file mended), an update that a cancel may stop at a random point, and the update again. It
checks that the project as updated, as reopened from its snapshot, and as read from its tables
alone (the time order as saved) equals `analyze_folder` of the folder, and that the file passes
`foreign_key_check`, `integrity_check` and the full-text index's own check. Prints a line per
step; at the first difference it stops, says what differs and keeps the folder (its path printed,
with the project file as it was before that step's update beside it, `before/`).

`--pool`: the updates run on a two-process pool given as the executor. Found, on 30 November
2026: an article renumbered then extended broke its update (1666200), and a renumbered conflict's
time order read back from the tables named the wrong article (bc62b49).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402

from core.manifest import RACY_NS  # noqa: E402
from core.pipeline import Cancelled, analyze_folder  # noqa: E402
from core.project import Project  # noqa: E402
from core.report.json_export import to_dict  # noqa: E402
from core.store import Store  # noqa: E402

SENTENCE = "\nوقال المتحدث إن {} شخصا أصيبوا في الحادث.\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    scale.add_walk_arguments(parser, "0-9", 100)
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--pool", action="store_true", help="update on a two-process pool")
    args = parser.parse_args()
    sources = scale.named_articles(args.samples, 2 * args.articles)
    pool = ProcessPoolExecutor(2) if args.pool else None
    try:
        for seed in scale.seed_range(args.seeds):
            if not _run(seed, args.steps, args.articles, sources, pool):
                return 1
    finally:
        if pool is not None:
            pool.shutdown()
    return 0


def _run(seed: int, steps: int, articles: int, sources: list[tuple[str, str]], pool: Executor | None) -> bool:
    rng = random.Random(seed)
    base = Path(tempfile.mkdtemp(prefix=f"muqabala-fuzz-{seed}-"))
    folder = base / "folder"
    folder.mkdir()
    spare = dict(sources)
    for name in rng.sample(sorted(spare), articles):
        (folder / name).write_text(spare.pop(name), encoding="utf-8")
    jobs: dict[str, Any] = {"executor": pool} if pool is not None else {"jobs": 1}
    Project.open(folder, **jobs).close()
    for step in range(steps):
        done = [_change(folder, rng, spare) for _ in range(rng.randint(1, 6))]
        time.sleep(RACY_NS / 1e9 + 0.05)  # past the file times' trust window: changes are seen by their times
        shutil.rmtree(base / "before", ignore_errors=True)
        shutil.copytree(folder, base / "before", ignore=shutil.ignore_patterns("*.txt", "sub"))
        done.append(_cancelled_update(folder, rng, jobs))
        with Project.open(folder, **jobs) as project:
            updated, relinked = _compared(project.analysis), len(project.changes.relinked_stories)
        with Project.open(folder, **jobs) as project:
            reopened = _compared(project.analysis)
        tables, checks = _from_tables(folder, base)
        fresh = _compared(analyze_folder(folder, jobs=1))
        wrong = [
            f"{way}: {', '.join(k for k in fresh if got.get(k) != fresh[k])}"
            for way, got in (("updated", updated), ("reopened", reopened), ("tables", tables))
            if got != fresh
        ] + checks
        print(seed, step, done, "relinked", relinked, "; ".join(wrong) or "ok", flush=True)
        if wrong:
            print(f"kept: {base}")
            return False
    shutil.rmtree(base)
    return True


def _change(folder: Path, rng: random.Random, spare: dict[str, str]) -> str:
    """One change of FOLDER drawn at random; what it was."""
    names = sorted(p.name for p in folder.glob("*.txt") if not p.name.startswith(("junk", "empty")))
    kind = rng.choice(
        ["add", "add", "remove", "edit", "edit", "rename", "copy", "same", "junk", "empty", "sub", "mend"]
    )
    if kind in ("add", "sub") and spare:
        name = rng.choice(sorted(spare))
        where = folder / "sub" if kind == "sub" else folder
        where.mkdir(exist_ok=True)
        (where / name).write_text(spare.pop(name), encoding="utf-8")
    elif kind == "remove" and len(names) > 20:
        (folder / rng.choice(names)).unlink()
    elif kind == "rename" and names:
        name = rng.choice(names)
        (folder / name).rename(folder / (("0" if rng.random() < 0.5 else "z") + name))
    elif kind == "copy" and names:
        name = rng.choice(names)
        shutil.copy(folder / name, folder / f"c{name}")
    elif kind == "same" and len(names) > 2:
        a, b = rng.sample(names, 2)
        (folder / b).write_bytes((folder / a).read_bytes())
    elif kind == "junk":
        (folder / f"junk{rng.randint(0, 99):02d}.txt").write_bytes(bytes(rng.randrange(256) for _ in range(300)))
    elif kind == "empty":
        (folder / f"empty{rng.randint(0, 99):02d}.txt").write_text("", encoding="utf-8")
    elif kind == "mend":
        broken = sorted(folder.glob("junk*.txt")) + sorted(folder.glob("empty*.txt"))
        if broken and spare:
            rng.choice(broken).write_text(spare.pop(rng.choice(sorted(spare))), encoding="utf-8")
    elif names:
        kind = _edited(folder / rng.choice(names), rng)
    return kind


def _edited(path: Path, rng: random.Random) -> str:
    """PATH edited one way drawn at random; which."""
    text = path.read_text(encoding="utf-8")
    how = rng.choice(["figure", "first", "last", "drop"])
    lines = text.split("\n")
    if how == "figure":
        digits = [i for i, ch in enumerate(text) if ch.isascii() and ch.isdigit()]
        if digits:
            i = rng.choice(digits)
            text = text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]
    elif how == "first":
        lines.insert(min(2, len(lines)), SENTENCE.format(rng.randint(2, 90)).strip())
        text = "\n".join(lines)
    elif how == "last":
        text = text.rstrip("\n") + SENTENCE.format(rng.randint(2, 90))
    elif len(lines) > 4:
        del lines[rng.randrange(2, len(lines))]
        text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return f"edit {how}"


def _cancelled_update(folder: Path, rng: random.Random, jobs: dict[str, Any]) -> str:
    """An update cancelled after a random number of its cancel checks (or left to finish)."""
    limit, asked = rng.randint(0, 150), [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > limit

    try:
        Project.open(folder, cancelled=cancelled, **jobs).close()
    except Cancelled:
        return f"cancelled at {limit}"
    return "finished"


def _from_tables(folder: Path, base: Path) -> tuple[dict[str, Any], list[str]]:
    """The analysis read from a copy of the project file's tables alone, and what its checks said."""
    copy = base / "tables.sqlite"
    for suffix in ("", "-wal"):
        if (folder / f"muqabala.sqlite{suffix}").exists():
            shutil.copy(folder / f"muqabala.sqlite{suffix}", f"{copy}{suffix}")
    try:
        with Store.open(copy) as store:
            db = store.db
            db.execute("DELETE FROM snapshot")
            analysis = _compared(store.load(folder, reorder=False))
            checks: list[tuple[str, Callable[[], Any]]] = [
                ("foreign keys", lambda: db.execute("PRAGMA foreign_key_check").fetchall() == []),
                ("integrity", lambda: db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]),
                ("search index", lambda: _index_sound(store)),
            ]
            return analysis, [name for name, check in checks if not check()]
    finally:
        for made in base.glob("tables.sqlite*"):
            made.unlink()


def _index_sound(store: Store) -> bool:
    try:
        store.db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
    except Exception:  # noqa: BLE001 - any refusal is the finding
        return False
    return True


def _compared(analysis: Any) -> dict[str, Any]:
    """ANALYSIS exported, with what may differ between two equal analyses left out (the folder
    given, the order of alignments of one score)."""
    data = to_dict(analysis)
    data["folder"] = ""
    data["alignments"].sort(key=lambda al: (-al["score"], al["a"], al["b"]))
    return data


if __name__ == "__main__":
    sys.exit(main())
