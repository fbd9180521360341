"""Story grouping alone (`core.match.stories.group_by_terms`), this checkout beside another: the
part of every update that is the whole folder's, however few articles changed (issue 14).

    python bench/grouping.py FOLDER [FOLDER ...] [--base ../main] [--runs 5]

Analyses each FOLDER once with this checkout (two workers) and keeps what grouping is given (the
documents, their listed terms and the vocabulary) in a temporary file; then, in a fresh process
per checkout, groups them RUNS times with the cycle collector paused (as an analysis and an update
run it) and prints the least CPU and a digest of the stories, which must be equal. To count
instructions rather than seconds (a shared machine), keep the inputs, then run a child under
cachegrind once with 0 runs (loading only) and once with N, and divide the difference by N (ASLR
off and PYTHONHASHSEED=0 keep the counts within a percent):

    python bench/grouping.py --capture FOLDER INPUTS
    PYTHONHASHSEED=0 setarch -R valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        python bench/grouping.py --child INPUTS N --root CHECKOUT
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _capture(folder: str, out: Path) -> None:
    """Analyse FOLDER and write the arguments of its grouping to OUT."""
    sys.path.insert(0, str(ROOT))
    from core import pipeline

    class Captured(Exception):
        pass

    def capture(docs: Any, terms: Any, threshold: float | None = None, vocabulary: Any = ()) -> None:
        out.write_bytes(pickle.dumps((list(docs), list(terms), list(vocabulary)), protocol=5))
        raise Captured

    pipeline.group_by_terms = capture  # type: ignore[assignment]
    try:
        pipeline.analyze_folder(folder, jobs=2)
    except Captured:
        return
    raise SystemExit(f"{folder}: no grouping")


def _child(inputs: str, runs: int, root: str) -> None:
    """Group the documents of INPUTS RUNS times with the code of ROOT; print the least CPU and the stories' digest."""
    sys.path.insert(0, root)
    from core.match.stories import group_by_terms

    docs, terms, vocabulary = pickle.loads(Path(inputs).read_bytes())
    gc.disable()
    best, stories = float("inf"), []
    for _ in range(runs):
        start = time.process_time()
        stories = group_by_terms(docs, terms, vocabulary=vocabulary)
        best = min(best, time.process_time() - start)
    digest = hashlib.md5(repr([(s.id, s.label, s.documents) for s in stories]).encode()).hexdigest()[:12]
    print(f"{best * 1000:8.1f} ms  {len(stories)} stories, digest {digest}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--base", help="another checkout to time beside this one")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("INPUTS", "RUNS"), help=argparse.SUPPRESS)
    parser.add_argument("--root", default=str(ROOT), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]), args.root)
        return 0
    checkouts = [("this", ROOT)] + ([("base", Path(args.base).resolve())] if args.base else [])
    with tempfile.TemporaryDirectory(prefix="muqabala-grouping-") as tmp:
        for folder in args.folders:
            inputs = Path(tmp) / "inputs.pickle"
            subprocess.run([sys.executable, __file__, "--capture", folder, str(inputs)], check=True)
            print(f"{folder}: group_by_terms, least CPU of {args.runs}")
            for name, root in checkouts:
                print(f"  {name:5s}", end="", flush=True)
                child = [sys.executable, __file__, "--child", str(inputs), str(args.runs), "--root", str(root)]
                subprocess.run(child, check=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--capture"]:
        _capture(sys.argv[2], Path(sys.argv[3]))
    else:
        sys.exit(main())
