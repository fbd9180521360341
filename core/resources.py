"""Finding bundled data files the same way from a checkout and from a PyInstaller bundle.

Lexicons are plain UTF-8 text that a user may edit: one group per line, `name: word word …`,
`#` starts a comment. Words are normalised when loaded, so the files may be written with hamza,
tashkeel or ta marbuta as a human would.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


def app_root() -> Path:
    """The folder holding `resources/` and `seeds/`: the bundle's data folder when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a file under `resources/`."""
    return app_root().joinpath("resources", *parts)


def seeds_folder() -> Path:
    """The sample articles the app opens when started without arguments."""
    return app_root() / "seeds"


def read_groups(name: str) -> dict[str, list[str]]:
    """Parse `resources/lexicon/NAME.txt` into {group: [raw words]} (raw, not normalised)."""
    groups: dict[str, list[str]] = {}
    path = resource("lexicon", f"{name}.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        head, _, rest = line.partition(":")
        groups.setdefault(head.strip(), []).extend(rest.split())
    return groups


@lru_cache(maxsize=None)
def lemmas() -> dict[str, str]:
    """Irregular (broken) plurals and variants → their lemma, all normalised (`lemmas.txt`)."""
    from core.text.arabic import normalize

    table: dict[str, str] = {}
    for lemma, forms in read_groups("lemmas").items():
        key = normalize(lemma)
        for form in [lemma, *forms]:
            table[normalize(form)] = key
    return table
