"""`analyze` on a terminal: one line on stderr says how far it has come; Ctrl-C ends it cleanly."""

import io
import signal
import subprocess
import sys
from pathlib import Path

from core.cli import ProblemPrinter
from core.cli_progress import TerminalProgress
from core.model import Problem
from core.progress import ANALYSING, COMPARING, DONE, said

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (
    "غادرت 17 حافلة القلمون باتجاه دير الزور صباح اليوم.\n"
    "وقالت مصادر إن الحافلات تحمل 300 من عائلات المقاتلين، بينهم 40 طفلا.\n"
)


def _visible(stream: io.StringIO) -> str:
    """What a terminal shows on the last line: the text after the last carriage return."""
    return stream.getvalue().split("\r")[-1].strip()


def test_the_line_counts_the_articles_analysed():
    stream = io.StringIO()
    TerminalProgress(stream)(164, 997, said(ANALYSING, "2015-07-25_okaz.txt"))
    assert _visible(stream) == "muqabala: 164 of 996 articles analysed (16 %)"


def test_the_line_names_a_step_without_a_count():
    stream = io.StringIO()
    TerminalProgress(stream)(996, 997, said(COMPARING))
    assert _visible(stream) == "muqabala: comparing articles…"


def test_the_line_is_taken_away_when_the_analysis_is_done():
    stream = io.StringIO()
    progress = TerminalProgress(stream)
    progress(164, 997, said(ANALYSING, "a.txt"))
    progress(997, 997, said(DONE))
    assert _visible(stream) == ""


def test_a_problem_found_meanwhile_is_printed_on_a_line_of_its_own(capsys):
    progress = TerminalProgress(sys.stderr)
    progress(3, 11, said(ANALYSING, "a.txt"))
    ProblemPrinter(progress)(Problem("b.txt", "is empty", "warning"))
    last_line = capsys.readouterr().err.split("\r")[-1]
    assert last_line == "muqabala: warning b.txt: is empty\n"


def test_a_pipe_gets_no_progress_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "analyze", str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert "\r" not in run.stderr and "of 1 articles" not in run.stderr


def test_ctrl_c_ends_the_run_with_a_message_and_no_traceback(tmp_path):
    (tmp_path / "000.txt").write_bytes(b"\x00\x01\x02" * 100)  # read first: its problem is printed at once
    for i in range(400):
        (tmp_path / f"{i + 1:03d}.txt").write_text(f"خبر {i}\n" + ARTICLE * 20, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "analyze", str(tmp_path), "--db", str(tmp_path / "p.sqlite")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as run:
        assert run.stderr is not None
        assert "000.txt" in run.stderr.readline()  # the run has begun reading
        run.send_signal(signal.SIGINT)
        err = run.stderr.read()
    assert run.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
