"""The frozen app: build.spec produces a one-folder bundle that works away from the checkout.

Slow (it runs PyInstaller, ~15-60 s), but CI runs it: a bundle that cannot find its resources,
misses a Qt plugin or a library, or differs from `python main.py analyze` is a release blocker.
The bundle is built once into a temporary folder; the checkout's build/ and dist/ are untouched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parent.parent
EXE_NAME = "muqabala.exe" if sys.platform == "win32" else "muqabala"
EXPORT_KEYS = ("sentences", "numbers", "alignments", "facts")


def _headless_env() -> dict[str, str]:
    """Offscreen Qt; no PYTHON* variables, so nothing from the checkout leaks into the frozen app."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/muqabala built from build.spec into a temporary folder; returns the bundle folder."""
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = work / "dist" / "muqabala"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle built in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MiB: {folder}")
    return folder


def _data_folder(bundle: Path) -> Path:
    """Where PyInstaller 6 puts data files (sys._MEIPASS) in a one-folder bundle."""
    return bundle / "_internal"


def _run_frozen(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / EXE_NAME), *args], cwd=cwd, env=_headless_env(), capture_output=True, text=True, timeout=300
    )


def _summary_lines(stdout: str) -> list[str]:
    """The printed summary without the timing line, which differs from run to run."""
    return [line for line in stdout.splitlines() if line.strip() and not line.startswith("Time")]


def _comparable(export: dict[str, Any]) -> dict[str, Any]:
    """The export minus what may differ between two runs: absolute paths, and an alignment's
    explanation (its words are picked from a set, so they follow the hash seed)."""
    alignments = [{key: value for key, value in pair.items() if key != "why"} for pair in export["alignments"]]
    return {
        "titles": [doc["title"] for doc in export["documents"]],
        "files": [Path(doc["path"]).name for doc in export["documents"]],
        **{key: export[key] for key in EXPORT_KEYS},
        "alignments": alignments,
    }


def test_bundle_carries_the_seeds_and_resources(bundle: Path) -> None:
    data = _data_folder(bundle)
    for folder in ("seeds", "resources"):
        shipped = sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*") if p.is_file())
        bundled = sorted(str(p.relative_to(data)) for p in (data / folder).rglob("*") if p.is_file())
        assert bundled == shipped


def test_bundle_leaves_out_unused_qt(bundle: Path) -> None:
    names = [p.name for p in bundle.rglob("*")]
    for unused in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6Sql", "Qt6OpenGL", "QtNetwork", "QtQml"):
        assert not [name for name in names if unused in name], unused
    qt_translations = {p.name for p in (_data_folder(bundle) / "PySide6").rglob("*.qm")}
    assert qt_translations <= {"qtbase_ar.qm", "qtbase_en.qm"}


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("readelf"), reason="ELF/readelf check")
def test_every_qt_library_a_bundled_file_links_to_is_bundled(bundle: Path) -> None:
    bundled = {p.name for p in bundle.rglob("*")}
    missing: set[str] = set()
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        for needed in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic):
            if needed.startswith(("libQt6", "libpyside6", "libshiboken6")) and needed not in bundled:
                missing.add(f"{path.relative_to(bundle)} needs {needed}")
    assert sorted(missing) == []


def test_frozen_analyze_of_the_bundled_seeds_prints_the_summary(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "frozen.json"
    result = _run_frozen(bundle, "analyze", str(_data_folder(bundle) / "seeds"), "--json", str(out), cwd=tmp_path)
    print(result.stdout)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^Articles\s+4$", result.stdout, re.MULTILINE), result.stdout
    assert re.search(r"^Facts\s+\d+ \(\d+ shared, [1-9]\d* conflicts\)$", result.stdout, re.MULTILINE), result.stdout
    export = json.loads(out.read_text(encoding="utf-8"))
    assert len(export["documents"]) == 4
    assert export["numbers"] and export["facts"]


def test_the_release_smoke_test_passes_on_the_bundle(bundle: Path) -> None:
    """scripts/smoke_frozen.py is what the release workflow runs on each platform's bundle."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "smoke_frozen.py"), str(bundle)],
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "frozen smoke test: passed" in result.stdout


def test_frozen_analyze_matches_the_checkout(bundle: Path, tmp_path: Path) -> None:
    frozen_json, source_json = tmp_path / "frozen.json", tmp_path / "source.json"
    frozen = _run_frozen(
        bundle, "analyze", str(_data_folder(bundle) / "seeds"), "--json", str(frozen_json), cwd=tmp_path
    )
    source = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", str(ROOT / "seeds"), "--json", str(source_json)],
        cwd=tmp_path,
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert frozen.returncode == 0 and source.returncode == 0, frozen.stderr + source.stderr
    assert _summary_lines(frozen.stdout) == _summary_lines(source.stdout)
    frozen_export = json.loads(frozen_json.read_text(encoding="utf-8"))
    source_export = json.loads(source_json.read_text(encoding="utf-8"))
    assert _comparable(frozen_export) == _comparable(source_export)


def test_frozen_app_reads_web_pages_word_pdf_and_legacy_encodings_like_the_checkout(
    bundle: Path, tmp_path: Path
) -> None:
    from tests.fixtures.ingest.make import legacy_bytes, pdf_with_text, saved_page, word_document

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    folder = tmp_path / "formats"
    folder.mkdir()
    (folder / "1.html").write_bytes(saved_page(texts[0], charset="windows-1256"))
    (folder / "2.docx").write_bytes(word_document(texts[1]))
    (folder / "3.txt").write_bytes(legacy_bytes(texts[2], "cp1256")[0])
    (folder / "4.pdf").write_bytes(pdf_with_text([line for line in texts[3].splitlines() if line.strip()][:12]))
    frozen_json, source_json = tmp_path / "frozen.json", tmp_path / "source.json"
    frozen = _run_frozen(bundle, "analyze", str(folder), "--json", str(frozen_json), cwd=tmp_path)
    source = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", str(folder), "--json", str(source_json)],
        cwd=tmp_path,
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert frozen.returncode == 0 and source.returncode == 0, frozen.stderr + source.stderr
    assert frozen.stderr == source.stderr  # the same problems reported, if any
    assert re.search(r"^Articles\s+4$", frozen.stdout, re.MULTILINE), frozen.stdout
    frozen_export = json.loads(frozen_json.read_text(encoding="utf-8"))
    assert _comparable(frozen_export) == _comparable(json.loads(source_json.read_text(encoding="utf-8")))


def test_frozen_window_opens_the_seeds_and_takes_a_screenshot(bundle: Path, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = _run_frozen(bundle, "--screenshot", str(shot), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a drawn window, not an empty canvas


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="the .deb is built with dpkg-deb (Debian/Ubuntu)")
def test_deb_installs_the_bundle_under_opt_with_a_command_menu_entry_and_dependencies(
    bundle: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "MUQ_BUNDLE": str(bundle), "MUQ_DEB_DIR": str(tmp_path), "MUQ_DEB_COMPRESSION": "none"}
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-deb.sh"), "--no-build"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    (deb,) = tmp_path.glob("muqabala_*.deb")
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    control = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./usr/bin/muqabala -> /opt/muqabala/muqabala" in contents
    for path in (
        "./opt/muqabala/muqabala",
        "./opt/muqabala/_internal/seeds/",
        "./usr/share/applications/muqabala.desktop",
        "./usr/share/icons/hicolor/scalable/apps/muqabala.svg",
        "./usr/share/icons/hicolor/256x256/apps/muqabala.png",
    ):
        assert re.search(rf"\s{re.escape(path)}($|\s)", contents, re.MULTILINE), path
    depends = re.search(r"^Depends: (.+)$", control, re.MULTILINE)
    assert depends is not None
    declared = {item.split()[0] for item in depends.group(1).split(", ")}
    assert {
        "libgl1",
        "libegl1",
        "libfontconfig1",
        "libxkbcommon0",
        "libglib2.0-0",
        "libdbus-1-3",
        "libxcb-cursor0",
    } <= declared
