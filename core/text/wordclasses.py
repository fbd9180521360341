"""Word classes read from `resources/lexicon/`: synonyms, counted-noun classes, event predicates,
stop words. Every word is normalised and stemmed on loading, so lookups use `core.text.arabic.stem`.
Multi-word entries (written with `_`) are read word by word only where a module needs them
(furniture cue phrases); in word classes they are skipped.
"""

from __future__ import annotations

from functools import lru_cache

from core import resources
from core.text.arabic import normalize, stem


def _stem_phrase(raw: str) -> tuple[str, ...]:
    return tuple(stem(part) for part in raw.split("_") if normalize(part))


@lru_cache(maxsize=None)
def classes(name: str) -> dict[str, str]:
    """{stem: class} for the single words of lexicon NAME."""
    table: dict[str, str] = {}
    for group, words in resources.read_groups(name).items():
        for raw in words:
            phrase = _stem_phrase(raw)
            if len(phrase) == 1:
                table.setdefault(phrase[0], group)
                table.setdefault(normalize(raw), group)
    return table


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    """Normalised forms and stems of function words."""
    out: set[str] = set()
    for words in resources.read_groups("stopwords").values():
        for raw in words:
            out.add(normalize(raw))
            out.add(stem(raw))
    return frozenset(out)
