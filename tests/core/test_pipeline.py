"""The pipeline on the seed articles and on bad folders, headless."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.pipeline import Cancelled, analyze_folder
from core.report.json_export import to_dict

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def test_every_span_points_into_the_original_text():
    analysis = analyze_folder(SEEDS)
    texts = {d.id: d.text for d in analysis.documents}
    for m in analysis.mentions:
        assert texts[m.doc][m.start : m.end] == m.text
    for s in analysis.sentences:
        assert texts[s.doc][s.start : s.end].strip() == texts[s.doc][s.start : s.end]


def test_furniture_never_yields_mentions():
    analysis = analyze_folder(SEEDS)
    furniture = {s.id for s in analysis.sentences if s.furniture}
    assert furniture and not any(m.sentence in furniture for m in analysis.mentions)


def test_progress_is_reported_and_cancel_stops_the_analysis():
    seen: list[tuple[int, int, str]] = []
    analyze_folder(SEEDS, progress=lambda d, t, msg: seen.append((d, t, msg)))
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 4
    with pytest.raises(Cancelled):
        analyze_folder(SEEDS, cancelled=lambda: True)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_analyze_writes_the_export_contract_and_a_summary(tmp_path):
    out = tmp_path / "out.json"
    result = run_cli("analyze", str(SEEDS), "--json", str(out))
    assert result.returncode == 0, result.stderr
    assert "Articles   4" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"documents", "sentences", "numbers", "alignments", "facts"} <= data.keys()
    assert {"id", "doc", "start", "end", "value", "kind", "qualifier", "counted"} <= data["numbers"][0].keys()


def test_analyze_fails_clearly_on_a_missing_folder(tmp_path):
    result = run_cli("analyze", str(tmp_path / "missing"))
    assert result.returncode != 0 and "no such folder" in result.stderr


def test_analyze_fails_clearly_on_a_folder_without_articles(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    result = run_cli("analyze", str(tmp_path))
    assert result.returncode != 0 and "no readable articles" in result.stderr


def test_each_stage_reports_its_time():
    analysis = analyze_folder(SEEDS)
    assert {"read", "documents", "stories", "align", "facts", "total"} <= analysis.timings.keys()


def test_the_seed_articles_are_one_story():
    analysis = analyze_folder(SEEDS)
    assert [sorted(s.documents) for s in analysis.stories] == [["d1", "d2", "d3", "d4"]]


def test_search_texts_are_made_only_when_asked_and_change_nothing_else():
    indexed, plain = analyze_folder(SEEDS), analyze_folder(SEEDS, search_texts=False)
    assert len(indexed.search_texts) == len(indexed.sentences) and plain.search_texts == {}
    assert json.dumps(to_dict(plain), ensure_ascii=False) == json.dumps(to_dict(indexed), ensure_ascii=False)
