"""How the analysis scales with the number of articles (issue 6).

    python bench/scale.py [--sizes 100 1000 10000] [--mode window|random] [--seed 1] [--keep DIR]
                          [--baseline OTHER_CHECKOUT]

Samples N articles from ../shared/corpus/saudinewsnet.jsonl.gz (research-only licence: read from
the shared folder, written to a temporary folder, never into the repo) as .txt files (title on the
first line, then the text), named `2015-07-25T0950_ID_OUTLET.txt` after the article's time as
saved folders often are (the corpus's crawl time stands for the publication time).
`--mode window` (default) takes N consecutive articles by crawl date from a random start, like a
researcher's folder of a week of coverage, where many articles report the same events; `random`
draws N from the whole corpus. Each size is analysed in a fresh Python process (in-process
`analyze_folder`, imports done before the clock starts) so that its peak RSS is its own.
Prints, per size: wall time, time per stage (`Analysis.timings`), peak RSS, articles/s, stories,
and the growth exponent log(t2/t1)/log(n2/n1) between consecutive sizes; then the seeds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet.jsonl.gz"

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from core.pipeline import analyze_folder
t = time.perf_counter()
a = analyze_folder(sys.argv[2])
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "rss": rss, "timings": a.timings, "docs": len(a.documents),
                  "sentences": len(a.sentences), "mentions": len(a.mentions),
                  "alignments": len(a.alignments), "facts": len(a.facts),
                  "stories": len(getattr(a, "stories", []) or [])}))
"""


def load_corpus() -> list[dict[str, Any]]:
    """Every article of the corpus with its title, text, outlet and crawl date."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rows = [r for r in rows if (r.get("content") or "").strip()]
    rows.sort(key=lambda r: (r.get("date_extracted") or "", r["id"]))
    return rows


def sample(rows: list[dict[str, Any]], n: int, mode: str, seed: int) -> list[dict[str, Any]]:
    """N articles: consecutive by date from a random start (window) or drawn at random."""
    rng = random.Random(seed)
    if mode == "random" or n >= len(rows):
        return rng.sample(rows, min(n, len(rows)))
    start = rng.randrange(0, len(rows) - n)
    return rows[start : start + n]


def file_name(article: dict[str, Any]) -> str:
    """`2015-07-25T0950_ID_OUTLET.txt`: the time first, as in ../shared/eval/dev (no time → no prefix)."""
    stamp = (article.get("date_extracted") or "").strip()
    prefix = f"{stamp[:10]}T{stamp[11:13]}{stamp[14:16]}_" if len(stamp) >= 16 else ""
    return f"{prefix}{article['id']}_{article['source']}.txt"


def article_text(article: dict[str, Any]) -> str:
    """Title, blank line, text: an article as a researcher would save it."""
    return f"{(article.get('title') or '').strip()}\n\n{article['content'].strip()}\n"


def write_folder(articles: list[dict[str, Any]], folder: Path) -> None:
    """One .txt per article (`file_name`, `article_text`)."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in articles:
        (folder / file_name(r)).write_text(article_text(r), encoding="utf-8")


def named_articles(samples: str | None, n: int) -> list[tuple[str, str]]:
    """(file name, text) of N articles: the first of the folder SAMPLES, else a window of the corpus."""
    if samples:
        return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(samples).glob("*.txt"))[:n]]
    return [(file_name(r), article_text(r)) for r in sample(load_corpus(), n, "window", 1)]


def add_walk_arguments(parser: argparse.ArgumentParser, seeds: str, articles: int) -> None:
    """The options of a random walk over corpus articles (bench/update_fuzz.py, bench/gui_monkey.py):
    which seeds, how many articles, drawn from which folder."""
    parser.add_argument("--seeds", default=seeds, help=f"a seed or a range of them (e.g. {seeds})")
    parser.add_argument("--articles", type=int, default=articles)
    parser.add_argument("--samples", help="folder of .txt articles to draw from (else the corpus)")


def seed_range(seeds: str) -> range:
    """The seeds «3» or «0-9» name, the last included."""
    first, _, last = seeds.partition("-")
    return range(int(first), int(last or first) + 1)


def run(folder: Path, code: Path = ROOT) -> dict[str, Any]:
    """Analyse FOLDER in a fresh interpreter with the checkout CODE; its wall time, stage timings and peak RSS."""
    out = subprocess.run(  # run in CODE: the pool's fork server imports the pipeline from the working folder first
        [sys.executable, "-c", CHILD, str(code), str(folder)], check=True, capture_output=True, text=True, cwd=code
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--mode", choices=("window", "random"), default="window")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="write the samples under DIR (outside the repo) and keep them")
    parser.add_argument(
        "--baseline",
        metavar="CHECKOUT",
        help="another checkout (e.g. `git worktree add /tmp/old COMMIT`): each sample is also analysed with "
        "its code, one after the other, and the ratio of wall times printed",
    )
    args = parser.parse_args()
    rows = load_corpus()
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="muqabala-scale-"))
    if base.resolve().is_relative_to(ROOT):
        parser.error("the sample must not be written inside the repository (licence)")
    results = []
    for n in args.sizes:
        folder = base / f"n{n}"
        if not folder.exists():
            write_folder(sample(rows, n, args.mode, args.seed), folder)
        r = run(folder)
        if args.baseline:
            r["baseline"] = run(folder, Path(args.baseline))["wall"]
        results.append((n, r))
    seeds = run(ROOT / "seeds")
    stages = sorted({k for _, r in results for k in r["timings"] if k != "total"})
    head = (
        f"{'N':>6} {'wall s':>7} "
        + " ".join(f"{s[:9]:>9}" for s in stages)
        + f" {'RSS MB':>7} {'art/s':>7} {'stories':>7} {'exp':>5}"
    )
    print(f"mode={args.mode} seed={args.seed} samples in {base}")
    print(head)
    prev = None
    for n, r in results:
        exp = f"{math.log(r['wall'] / prev[1]) / math.log(n / prev[0]):.2f}" if prev else "-"
        print(
            f"{n:>6} {r['wall']:>7.2f} "
            + " ".join(f"{r['timings'].get(s, 0):>9.2f}" for s in stages)
            + f" {r['rss']:>7.0f} {n / r['wall']:>7.0f} {r['stories']:>7} {exp:>5}"
        )
        prev = (n, r["wall"])
    print(
        f"{'seeds':>6} {seeds['wall']:>7.3f} "
        + " ".join(f"{seeds['timings'].get(s, 0):>9.3f}" for s in stages)
        + f" {seeds['rss']:>7.0f} {seeds['docs'] / seeds['wall']:>7.0f} {seeds['stories']:>7}"
    )
    for n, r in results:
        print(
            f"  N={n}: {r['sentences']} sentences, {r['mentions']} mentions, "
            f"{r['alignments']} alignments, {r['facts']} facts"
        )
    for n, r in results:
        if "baseline" in r:
            print(
                f"  N={n}: baseline {args.baseline} {r['baseline']:.2f} s, this checkout {r['wall']:.2f} s, "
                f"ratio {r['wall'] / r['baseline']:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
