"""Update the interface translations: extract tr() strings into the .ts sources, compile the .qm.

    .venv/bin/python scripts/translations.py            # lupdate (keeps existing translations) + lrelease
    .venv/bin/python scripts/translations.py --release  # only compile .ts → .qm

Uses the lupdate / lrelease that PySide6-Essentials ships (PySide6/lupdate, PySide6/lrelease).
The .ts files (resources/translations/muqabala_ar.ts, muqabala_en.ts) are the sources a translator
edits with Qt Linguist; the compiled .qm beside them are committed too, so a checkout or a bundle
runs without this step. Run it after adding or changing a user-visible string, then translate the
new entries (marked type="unfinished") in muqabala_ar.ts and run it again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "en")
TOOLS = Path(PySide6.__file__).parent


def tool(name: str) -> str:
    path = TOOLS / name
    return str(path if path.exists() else path.with_suffix(".exe"))


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").glob("*.py"))
    for language in LANGUAGES:
        ts = OUT / f"muqabala_{language}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-source-language",
                "en",
                "-target-language",
                language,
                "-no-obsolete",
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for language in LANGUAGES:
        ts = OUT / f"muqabala_{language}.ts"
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    if "--release" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
