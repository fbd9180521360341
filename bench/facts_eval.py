"""The seeds and the development clusters scored side by side, in one table, with the issue's targets.

    .venv/bin/python bench/facts_eval.py [--dev DIR] [--no-targets]

Analyses a fresh copy of `seeds/` (scored with ../shared/eval/seeds-gold.json) and of every folder
of ../shared/eval/dev/ that holds a gold.json (scored with its own key), each with
`main.py analyze` in a fresh process as a user would run it, and prints
../shared/eval/score.py's figures, one column per folder. Below the table, each figure that misses
its target on a folder is listed (targets: seeds 1.00 on number and fact figures with no trap;
dev conflict precision and recall ≥ 0.80, shared recall ≥ 0.70, shared precision ≥ 0.90, at most
one trap, number recall ≥ 0.95; alignment recall and precision no lower than when issue 17 was
filed, `ALIGN_FLOORS`). Exits 1 when any target is missed. Nothing is written beside the
articles: each folder is copied to a temporary folder first.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.score_rows import ALIGNMENT_ROWS, NUMBER_AND_FACT_ROWS  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
ROWS = [*NUMBER_AND_FACT_ROWS, *ALIGNMENT_ROWS]
SEED_TARGETS = {
    "number_recall": 1.0,
    "number_precision": 1.0,
    "number_value_accuracy": 1.0,
    "conflict_recall": 1.0,
    "conflict_precision": 1.0,
    "shared_recall": 1.0,
    "shared_precision": 1.0,
}
ALIGN_FLOORS = {
    "seeds": (47 / 75, 0.8103448275862069),
    "bahrain-expl": (0.5029585798816568, 0.8238341968911918),
    "riyadh-khali": (0.44324324324324327, 0.828125),
    "sama-june-bu": (0.3728813559322034, 0.20714285714285716),
    "turkey-isis-": (0.2328767123287671, 0.7668393782383419),
}
"""(align_recall, align_precision) of each folder at commit ed47dc9, when issue 17 was filed (exact)."""
DEV_TARGETS = {
    "conflict_precision": 0.80,
    "conflict_recall": 0.80,
    "shared_recall": 0.70,
    "shared_precision": 0.90,
    "number_recall": 0.95,
}
MAX_TRAPS = {"seeds": 0, "dev": 1}


def _score_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_folder(score: Any, folder: Path, gold_path: Path) -> dict[str, float]:
    """score.py's figures for a fresh analysis of FOLDER's articles against GOLD_PATH."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / folder.name
        work.mkdir()
        for f in folder.iterdir():
            if f.is_file() and f.suffix.lower() in {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}:
                shutil.copy(f, work)
        out = Path(tmp) / "export.json"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "analyze", str(work), "--json", str(out)],
            check=True,
            capture_output=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        data = json.loads(out.read_text(encoding="utf-8"))
    by_file = {name: gid for gid, name in gold["documents"].items()}
    doc_map = {d["id"]: by_file[Path(d["path"]).name] for d in data["documents"] if Path(d["path"]).name in by_file}
    return {k: float(v) for k, v in score.score(data, doc_map, gold).items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", default=str(EVAL / "dev"))
    ap.add_argument("--no-targets", action="store_true", help="print the table only")
    args = ap.parse_args()
    score = _score_module(EVAL / "score.py")
    columns: dict[str, tuple[str, dict[str, float]]] = {
        "seeds": ("seeds", score_folder(score, ROOT / "seeds", EVAL / "seeds-gold.json"))
    }
    for folder in sorted(Path(args.dev).iterdir()):
        if (folder / "gold.json").exists():
            columns[folder.name[:12]] = ("dev", score_folder(score, folder, folder / "gold.json"))
    dev = [rows for kind, rows in columns.values() if kind == "dev"]
    print(f"{'':22s}" + "".join(f"{name:>13s}" for name in columns) + f"{'dev mean':>10s}")
    for row in ROWS:
        values = [rows[row] for _, rows in columns.values()]
        mean = sum(r[row] for r in dev) / len(dev) if dev else float("nan")
        print(f"{row:22s}" + "".join(f"{v:13.3f}" for v in values) + f"{mean:10.3f}")
    if args.no_targets:
        return
    misses = []
    for name, (kind, rows) in columns.items():
        for row, floor in (SEED_TARGETS if kind == "seeds" else DEV_TARGETS).items():
            if rows[row] < floor:
                misses.append(f"{name} {row}={rows[row]:.2f} (target ≥ {floor:.2f})")
        for row, floor in zip(("align_recall", "align_precision"), ALIGN_FLOORS.get(name, (0.0, 0.0)), strict=True):
            if rows[row] < floor - 1e-9:
                misses.append(f"{name} {row}={rows[row]:.3f} (no lower than {floor:.3f})")
        if rows["trap_violations"] > MAX_TRAPS[kind]:
            misses.append(f"{name} trap_violations={rows['trap_violations']:.0f} (target ≤ {MAX_TRAPS[kind]})")
    print("\n".join(["targets missed:", *misses]) if misses else "every target met")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
