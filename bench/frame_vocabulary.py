"""Which words govern counted numbers in real news, and what share the role inventory covers.

    .venv/bin/python bench/frame_vocabulary.py [--corpus PATH] [--articles N] [--top K]

Reads N articles spread evenly over the corpus (default ../shared/corpus/saudinewsnet.jsonl.gz,
research-only: read in place, never copied), finds their count mentions the way the pipeline does,
and for each takes the governing word: the nearest content word before the number in its clause
(function words, numbers, qualifiers and the counted noun itself skipped), else the counted noun.
Prints the K commonest governing stems with their role in `resources/lexicon/roles.txt` or their
cue group in `frame_cues.txt` in brackets (or «-»), the share of governed mentions whose governing
word the inventory covers, and the share of count mentions that `core.match.frame.read_frames`
gives a role.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.match.clause import cue_groups  # noqa: E402
from core.match.frame import read_frames  # noqa: E402
from core.model import Document  # noqa: E402
from core.pipeline import analyze_document  # noqa: E402
from core.text import wordclasses as lexicon  # noqa: E402
from core.text.arabic import normalize, stem  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet.jsonl.gz"
_WORD = re.compile(r"[\u0621-\u064a]+|[0-9٠-٩]+|[،,؛;:.]")
QUALIFIERS = frozenset(stem(w) for w in "نحو حوالي حوالى قرابة أكثر أقل اكثر اقل من إلى الى عدد بعدد لعدد".split())
"""Words that qualify a number or introduce it, not what happened to what it counts."""
WINDOW = 3


def governing_word(text: str, start: int) -> str:
    """The nearest content word before offset START within WINDOW words, not crossing a comma."""
    words = _WORD.findall(text[max(0, start - 120) : start])
    seen = 0
    for w in reversed(words):
        if w in "،,؛;:.":
            return ""
        if w[0].isdigit():
            return ""
        s = stem(w)
        seen += 1
        if len(s) < 2:  # a clitic standing alone («و 13», «بـ 5»)
            continue
        if s not in lexicon.stopwords() and normalize(w) not in lexicon.stopwords() and s not in QUALIFIERS:
            return s
        if seen >= WINDOW:
            return ""
    return ""


def articles(path: Path, n: int) -> list[Document]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    docs = []
    for i, line in enumerate(lines[::step][:n]):
        a = json.loads(line)
        text = f"{a.get('title', '')}\n\n{a.get('content', '')}"
        docs.append(Document(f"d{i + 1}", f"{i}.txt", a.get("title", ""), text))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    roles = dict(lexicon.classes("roles"))
    for group, cues in cue_groups().items():
        for cue in cues:
            if len(cue) == 1:
                roles.setdefault(cue[0], f"({group})")
    governing: Counter[str] = Counter()
    counts = with_role = 0
    for doc in articles(Path(args.corpus), args.articles):
        sentences, mentions = analyze_document(doc)
        framed = read_frames({doc.id: doc.text}, sentences, mentions)
        for m in framed:
            if m.kind != "count":
                continue
            counts += 1
            with_role += bool(m.frame.role)
            word = governing_word(doc.text, m.start) or (stem(m.counted) if m.counted in roles else "")
            if word:
                governing[word] += 1
    governed = sum(governing.values())
    covered = sum(n for w, n in governing.items() if w in roles)
    top = governing.most_common(args.top)
    top_total = sum(n for _, n in top)
    top_covered = sum(n for w, n in top if w in roles)
    print(f"{args.articles} articles, {counts} count mentions, {governed} with a governing content word")
    print(f"{'stem':14s} {'mentions':>8s}  role")
    for w, n in top:
        print(f"{w:14s} {n:8d}  {roles.get(w, '-')}")
    print(f"inventory covers {covered / max(1, governed):.1%} of governed mentions (all governing words)")
    print(
        f"inventory covers {top_covered / max(1, top_total):.1%} of the mentions governed by the top {args.top} words"
    )
    print(f"read_frames gives a role to {with_role / max(1, counts):.1%} of count mentions")


if __name__ == "__main__":
    main()
