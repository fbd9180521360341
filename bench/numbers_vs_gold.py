"""Dev check of the number reader against the seeds' answer key (../shared/eval/seeds-gold.json).

    .venv/bin/python bench/numbers_vs_gold.py [--gold PATH] [--whole]

Runs `find_numbers` on every sentence of each seed article the way the pipeline does (sentence
spans from core.text.segment, furniture sentences skipped; `--whole` reads each article as one string)
and compares with the key's mentions: recall of required mentions, precision (a found mention
counts when it overlaps any key mention), value accuracy. Prints the misses and the false hits.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.mentions.numbers import find_numbers  # noqa: E402
from core.text.furniture import furniture_flags  # noqa: E402
from core.text.segment import sentence_spans  # noqa: E402


def same_value(app: object, gold: object) -> bool:
    """As ../shared/eval/score.py: dates by trailing ISO digits, numbers as numbers."""
    if isinstance(gold, str):
        g, a = re.sub(r"[^0-9]", "", gold), re.sub(r"[^0-9]", "", str(app))
        return bool(g) and a.endswith(g) if len(g) >= 4 else a == g
    try:
        return abs(float(app) - float(gold)) < 1e-9  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def mentions_of(text: str, whole: bool) -> list[tuple[int, int, object, str, str, str]]:
    if whole:
        return [(m.start, m.end, m.value, m.kind, m.qualifier, m.counted) for m in find_numbers(text)]
    out = []
    spans = sentence_spans(text)
    for (s, e), furniture in zip(spans, furniture_flags(text, spans), strict=True):
        if not furniture:
            out += [(s + m.start, s + m.end, m.value, m.kind, m.qualifier, m.counted) for m in find_numbers(text[s:e])]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "eval" / "seeds-gold.json"))
    ap.add_argument("--seeds", default=str(ROOT / "seeds"))
    ap.add_argument("--whole", action="store_true", help="read each article as one string")
    args = ap.parse_args()
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    required = found_required = found = matched = right_value = 0
    t0 = time.perf_counter()
    chars = 0
    for gid, name in gold["documents"].items():
        text = Path(args.seeds, name).read_text(encoding="utf-8-sig")
        chars += len(text)
        app = mentions_of(text, args.whole)
        keys = [m for m in gold["mentions"] if m["doc"] == gid]
        hit_ids = set()
        for s, e, value, kind, qual, counted in app:
            found += 1
            hits = [g for g in keys if s < g["end"] and g["start"] < e]
            if not hits:
                print(f"  FALSE {gid} {text[s:e]!r} value={value!r} {kind} {qual} counted={counted!r}")
                continue
            best = max(hits, key=lambda g: min(e, g["end"]) - max(s, g["start"]))
            hit_ids.add(best["id"])
            matched += 1
            if same_value(value, best["value"]):
                right_value += 1
            else:
                print(f"  VALUE {gid} {text[s:e]!r} value={value!r} expected {best['value']!r}")
            if kind != best["kind"] or qual != best["qualifier"]:
                print(
                    f"  (kind/qualifier) {gid} {text[s:e]!r} {kind}/{qual} expected {best['kind']}/{best['qualifier']}"
                )
        for g in keys:
            if g["required"]:
                required += 1
                if g["id"] in hit_ids:
                    found_required += 1
                else:
                    print(f"  MISS  {gid} {g['anchor']!r} value={g['value']!r}")
            elif g["id"] not in hit_ids:
                print(f"  (optional miss) {gid} {g['anchor']!r}")
    took = time.perf_counter() - t0
    print(f"number_recall {found_required / required:.3f} ({found_required}/{required})")
    print(f"number_precision {matched / found:.3f} ({matched}/{found})")
    print(f"number_value_accuracy {right_value / max(matched, 1):.3f} ({right_value}/{matched})")
    print(f"{chars} chars in {took * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
