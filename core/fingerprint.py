"""A fingerprint of everything that decides an analysis: the core code and the lexicons.

A stored project is analysed afresh when its fingerprint differs, so editing a lexicon in
`resources/lexicon/` or upgrading Muqabala never leaves a project showing stale results, and
nobody has to remember to bump a number. In a frozen bundle the sources are not on disk; the
version and the lexicons (which users may edit) still count.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from core import __version__, resources


@lru_cache(maxsize=1)
def analyzer_fingerprint() -> str:
    """The fingerprint of this installation (cached: computed once per run)."""
    return fingerprint_of(resources.app_root())


def fingerprint_of(root: Path) -> str:
    """Short hex digest of the version, the core sources under `root` (when present) and its lexicons."""
    digest = hashlib.sha256(__version__.encode())
    files = sorted((root / "core").rglob("*.py")) + sorted((root / "resources" / "lexicon").rglob("*.txt"))
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
