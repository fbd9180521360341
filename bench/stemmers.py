"""Which stemmer folds the word families that matching needs, and how fast? (issue 3, item 4)

    python bench/stemmers.py

Prints, per stemmer, how many families it folds to one key, how many different families it
merges, and words per second. Optional stemmers (tashaphyne, PyStemmer) are skipped when absent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.text.arabic import normalize, stem  # noqa: E402

FAMILIES = [
    ["مقاتل", "مقاتلين", "مقاتلاً", "المقاتلين", "لمقاتلي", "مقاتلون"],
    ["حافلة", "الحافلات", "بالحافلات", "حافلات", "حافلتين"],
    ["عنصر", "عناصر", "عناصرها", "العناصر", "عنصراً"],
    ["جثث", "جثامين", "جثة", "جثمان"],
    ["سيارة", "سيارات", "بسيارات", "السيارات"],
    ["آلية", "آليات", "الآليات"],
    ["طائرة", "الطائرات", "طائراته", "طائرتين"],
    ["جريح", "جرحى", "الجرحى"],
    ["قتيل", "قتلى", "القتلى"],
    ["عام", "عامين", "أعوام", "الأعوام"],
    ["مدني", "مدنيين", "المدنيين", "للمدنيين"],
    ["اتفاق", "الاتفاق", "باتفاق", "اتفاقية"],
]


def ours(word: str) -> str:
    return stem(word)


def candidates() -> dict[str, object]:
    found: dict[str, object] = {"muqabala (light stem + lemma lexicon)": ours}
    try:
        from tashaphyne.stemming import ArabicLightStemmer

        light = ArabicLightStemmer()
        found["tashaphyne light_stem"] = lambda w: light.light_stem(normalize(w))
    except ImportError:
        pass
    try:
        import Stemmer

        snowball = Stemmer.Stemmer("arabic")
        found["snowball (PyStemmer)"] = snowball.stemWord
    except ImportError:
        pass
    return found


def measure(fn) -> tuple[int, int, float]:
    keys = [{fn(w) for w in fam} for fam in FAMILIES]
    folded = sum(len(k) == 1 for k in keys)
    merged = sum(1 for i in range(len(keys)) for j in range(i + 1, len(keys)) if keys[i] & keys[j])
    words = [w + suffix for fam in FAMILIES for w in fam for suffix in ("", "ها", "هم", "ات")] * 50
    t0 = time.perf_counter()
    for w in words:
        fn(w + "x" * 0)
    rate = len(words) / (time.perf_counter() - t0)
    return folded, merged, rate


if __name__ == "__main__":
    print("(our stem() is cached per word, as in the pipeline)")
    print(f"{'stemmer':42s} {'families folded':>16s} {'wrong merges':>13s} {'words/s':>10s}")
    for name, fn in candidates().items():
        folded, merged, rate = measure(fn)
        print(f"{name:42s} {folded:>9d}/{len(FAMILIES):<6d} {merged:>13d} {rate:>10.0f}")
