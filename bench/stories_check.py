"""Are near-duplicate articles from different outlets put in one story? (issue 6)

    python bench/stories_check.py FOLDER [--show 20] [--seed 2]

FOLDER is a sample written by bench/scale.py (files named [TIME_]ID_OUTLET.txt, title on the first line).
Independently of the story algorithm, pairs of articles from *different* outlets are called
  - wire copies when their texts (first 600 normalised characters) have rapidfuzz ratio ≥ 80,
  - same headline when their titles have token_sort_ratio ≥ 80;
the script prints how many of each pair land in one story, the story size histogram, and the
titles and publication times of --show random stories of two or more articles for a human to read
(is each one event?).
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.pipeline import analyze_folder  # noqa: E402
from core.text.arabic import normalize  # noqa: E402


def outlet(path: str) -> str:
    return Path(path).stem.rsplit("_", 1)[-1]


def cross_outlet_pairs(
    texts: list[str], outlets: list[str], scorer: Callable[..., float], cutoff: int
) -> list[tuple[int, int]]:
    """Pairs (i < j) of different outlets scoring ≥ cutoff (vectorised with cdist)."""
    scores = process.cdist(texts, texts, scorer=scorer, score_cutoff=cutoff, dtype=np.uint8, workers=-1)
    i, j = np.nonzero(np.triu(scores, 1))
    return [(a, b) for a, b in zip(i.tolist(), j.tolist(), strict=True) if outlets[a] != outlets[b]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--titles", type=int, default=6, help="titles shown per story")
    args = parser.parse_args()
    analysis = analyze_folder(args.folder)
    docs = analysis.documents
    story_of = {d: s.id for s in analysis.stories for d in s.documents}
    outlets = [outlet(d.path) for d in docs]
    bodies = [normalize(d.text[len(d.title) :].strip())[:600] for d in docs]
    titles = [normalize(d.title) for d in docs]
    for name, texts, scorer in (
        ("wire copies (text ratio ≥ 80)", bodies, fuzz.ratio),
        ("same headline (title token_sort ≥ 80)", titles, fuzz.token_sort_ratio),
    ):
        pairs = cross_outlet_pairs(texts, outlets, scorer, 80)
        together = [p for p in pairs if story_of[docs[p[0]].id] == story_of[docs[p[1]].id]]
        print(
            f"{name}: {len(together)}/{len(pairs)} pairs in one story"
            + (f" ({len(together) / len(pairs):.0%})" if pairs else "")
        )
        for a, b in [p for p in pairs if p not in together][:5]:
            print(f"   apart: [{outlets[a]}] {docs[a].title[:70]}  |  [{outlets[b]}] {docs[b].title[:70]}")
    sizes = collections.Counter(len(s.documents) for s in analysis.stories)
    print(f"{len(docs)} articles, {len(analysis.stories)} stories; sizes {sorted(sizes.items())}")
    multi = [s for s in analysis.stories if len(s.documents) > 1]
    by_id = {d.id: d for d in docs}
    for story in random.Random(args.seed).sample(multi, min(args.show, len(multi))):
        print(f"== {story.id} ({len(story.documents)}) {story.label}")
        for did in story.documents[: args.titles]:
            doc = by_id[did]
            print(f"     {doc.published[:16]:16} [{outlet(doc.path)}] {doc.title[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
