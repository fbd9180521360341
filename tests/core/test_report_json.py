"""The JSON export is written item by item, byte for byte what the whole document would give."""

import json
from dataclasses import replace
from pathlib import Path

from core.pipeline import analyze_folder
from core.report.json_export import to_dict, write_json

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_streamed_export_is_the_json_of_the_whole_export(tmp_path):
    analysis = analyze_folder(SEEDS)
    write_json(analysis, tmp_path / "out.json")
    expected = json.dumps(to_dict(analysis), ensure_ascii=False, indent=1)
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == expected


def test_empty_lists_are_written_as_in_the_whole_export(tmp_path):
    analysis = analyze_folder(SEEDS)
    analysis.alignments, analysis.problems = [], []
    write_json(analysis, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["alignments"] == []
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == json.dumps(
        to_dict(analysis), ensure_ascii=False, indent=1
    )


def test_odd_values_are_written_as_json_writes_them(tmp_path):
    analysis = analyze_folder(SEEDS)
    analysis.folder = 'مجلد\n\t"x"\u2028\x00'
    first, *rest = analysis.alignments
    analysis.alignments = [replace(first, score=float("nan")), replace(first, score=-float("inf")), *rest]
    write_json(analysis, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == json.dumps(
        to_dict(analysis), ensure_ascii=False, indent=1
    )
