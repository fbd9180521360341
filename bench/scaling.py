"""How one long article scales: segmenting and analysing 100 KB, 1 MB and 10 MB of real prose (issue 13).

    python bench/scaling.py [--sizes 100000 1000000 10000000] [--one-line]

The article is built at run time by concatenating articles of ../shared/corpus/saudinewsnet.jsonl.gz
(research-only licence: read from the shared folder, never written into the repo) up to each size
in characters. `--one-line` joins them without line breaks or full stops (the worst shape for the
sentence splitter and the facts stage: one sentence of the whole size). Each size runs in this
one process, so the sizes are measured under the same load. Prints per size the time of
`sentence_spans`, of `analyze_document` (sentences, furniture, numbers) and of `link` on the one
article beside a copy of its first 2 KB (so that facts are built across two articles), and the
growth exponent log(t2/t1)/log(n2/n1) between consecutive sizes: 1 is linear, 2 quadratic (of the
wall time and of the CPU time of analyse + link, the steadier one on a shared machine). Analysis
runs without the per-file time budget (core.pipeline.FILE_BUDGET_S), so every size is measured whole.
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.hostile_folder import prose  # noqa: E402  (SIZE characters of real articles)
from core.model import Analysis, Document  # noqa: E402
from core.pipeline import analyze_document, link  # noqa: E402
from core.text.segment import sentence_spans  # noqa: E402


def measure(text: str) -> dict[str, float]:
    doc = Document("d1", "/tmp/long.txt", "long", text)
    other = Document("d2", "/tmp/short.txt", "short", text[:2000])
    t0 = time.perf_counter()
    sentence_spans(text)
    t1 = time.perf_counter()
    c1 = time.process_time()
    analysis = Analysis(folder="/tmp", documents=[doc, other])
    for d in (doc, other):
        sentences, mentions = analyze_document(d, budget=math.inf)  # measured whole, not refused
        analysis.sentences.extend(sentences)
        analysis.mentions.extend(mentions)
    t2 = time.perf_counter()
    link(analysis)
    t3 = time.perf_counter()
    return {
        "cpu": time.process_time() - c1,
        "segment": t1 - t0,
        "analyze": t2 - t1,
        "link": t3 - t2,
        "total": t3 - t1,
        "sentences": len(analysis.sentences),
        "mentions": len(analysis.mentions),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    parser.add_argument("--one-line", action="store_true", help="no line breaks and no full stops")
    args = parser.parse_args()
    shape = "one line, no full stop" if args.one_line else "real prose, as written"
    print(f"one article of {shape}; times in seconds")
    print(
        f"{'chars':>10} {'sentences':>9} {'mentions':>8} {'segment':>8} {'analyze':>8} {'link':>8} {'total':>8} "
        f"{'CPU':>8} {'RSS MB':>7}"
    )
    rows: list[tuple[int, dict[str, float]]] = []
    for size in args.sizes:
        text = prose(size, args.one_line)
        r = measure(text)
        rows.append((len(text), r))
        print(
            f"{len(text):>10} {int(r['sentences']):>9} {int(r['mentions']):>8} {r['segment']:>8.3f} "
            f"{r['analyze']:>8.3f} {r['link']:>8.3f} {r['total']:>8.3f} {r['cpu']:>8.3f} "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:>7.0f}",
            flush=True,
        )
    for (n1, r1), (n2, r2) in zip(rows, rows[1:], strict=False):
        exps = {
            k: math.log(max(r2[k], 1e-4) / max(r1[k], 1e-4)) / math.log(n2 / n1) for k in ("segment", "total", "cpu")
        }
        print(
            f"growth {n1} → {n2} chars: exponent segment {exps['segment']:.2f}, analysis {exps['total']:.2f} "
            f"(wall), {exps['cpu']:.2f} (CPU)"
        )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
