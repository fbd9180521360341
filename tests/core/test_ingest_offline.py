"""No network, ever: reading every format — pages full of remote images, iframes and scripts
included — and analysing them runs with sockets blocked, and not one connection is attempted."""

import codecs
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.pipeline import analyze_folder
from tests.fixtures.ingest.make import HOSTILE_PAGE, bad_folder, pdf_with_text, saved_page, word_document

ROOT = Path(__file__).resolve().parents[2]


def every_format(seeds_dir: Path, target: Path) -> Path:
    """The seeds in every format Muqabala reads, beside the bad-input folder."""
    bad_folder(target, seeds_dir)
    texts = [s.read_text(encoding="utf-8") for s in sorted(seeds_dir.glob("*.txt"))]
    (target / "formats").mkdir()
    (target / "formats" / "a.html").write_bytes(saved_page(texts[0]))
    (target / "formats" / "b.docx").write_bytes(word_document(texts[1]))
    (target / "formats" / "c.txt").write_bytes(codecs.BOM_UTF16_LE + texts[2].encode("utf-16-le"))
    (target / "formats" / "d.pdf").write_bytes(pdf_with_text(["The convoy had 11 buses."]))
    (target / "formats" / "e.htm").write_bytes(HOSTILE_PAGE.encode("utf-8"))
    return target


@pytest.fixture()
def no_network(monkeypatch):
    """Every way to open a connection raises, and is remembered (a reader might swallow the error)."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:80])
        raise OSError("network access is blocked in this test")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_whole_ingest_and_analysis_run_with_sockets_blocked(no_network, seeds_dir, tmp_path):
    analysis = analyze_folder(every_format(seeds_dir, tmp_path / "folder"))
    assert no_network == []
    opened = {Path(d.path).relative_to(tmp_path / "folder").as_posix() for d in analysis.documents}
    accounted = opened | {p.path for p in analysis.problems}
    assert {f"formats/{name}" for name in ("a.html", "b.docx", "c.txt", "d.pdf", "e.htm")} <= accounted
    assert {"formats/d.pdf", "bad/hostile.html"} <= opened
    assert not any("blocked" in p.message for p in analysis.problems)


def test_a_fresh_interpreter_imports_and_reads_everything_with_sockets_blocked(seeds_dir, tmp_path):
    """Libraries are imported after the block too, so nothing done at import time reaches out."""
    folder = every_format(seeds_dir, tmp_path / "folder")
    script = textwrap.dedent(f"""
        import socket, sys
        attempts = []
        def refuse(*args, **kwargs):
            attempts.append(args)
            raise OSError("blocked")
        class NoSocket(socket.socket):
            def __init__(self, *args, **kwargs):
                refuse(*args)
        socket.socket, socket.create_connection, socket.getaddrinfo = NoSocket, refuse, refuse
        sys.path.insert(0, {str(ROOT)!r})
        from core.pipeline import analyze_folder
        analysis = analyze_folder({str(folder)!r})
        print(len(analysis.documents), len(attempts))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    documents, attempts = map(int, run.stdout.split())
    assert attempts == 0 and documents >= 10
