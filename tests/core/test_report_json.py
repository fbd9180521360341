"""The JSON export is written a few thousand records at a time, byte for byte what the whole export
would give, and reads back as the analysis's plain data."""

import json
from dataclasses import replace
from pathlib import Path

from core.pipeline import analyze_folder
from core.report.json_export import export_bytes, to_dict, write_json

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_streamed_export_is_the_whole_export(tmp_path):
    analysis = analyze_folder(SEEDS)
    write_json(analysis, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == export_bytes(analysis)


def test_the_export_reads_back_as_the_plain_data_of_the_analysis(tmp_path):
    analysis = analyze_folder(SEEDS)
    write_json(analysis, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == to_dict(analysis)


def test_a_section_longer_than_one_chunk_is_written_whole(tmp_path, monkeypatch):
    import core.report.json_export as json_export

    monkeypatch.setattr(json_export, "_CHUNK", 3)  # the seeds' sections span many chunks
    analysis = analyze_folder(SEEDS)
    write_json(analysis, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == export_bytes(analysis)


def test_empty_lists_are_written_as_in_the_whole_export(tmp_path):
    analysis = analyze_folder(SEEDS)
    analysis.alignments, analysis.problems = [], []
    write_json(analysis, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["alignments"] == []
    assert (tmp_path / "out.json").read_bytes() == export_bytes(analysis)


def test_arabic_is_written_as_it_reads(tmp_path):
    analysis = analyze_folder(SEEDS)
    write_json(analysis, tmp_path / "out.json")
    written = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert analysis.documents[0].title.split()[0] in written  # «التحالف», not «\\u0627\\u0644…»
    assert "\\u06" not in written


def test_odd_strings_are_escaped_and_read_back(tmp_path):
    analysis = analyze_folder(SEEDS)
    analysis.folder = 'مجلد\n\t"x"\u2028\x00'
    write_json(analysis, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_bytes())["folder"] == analysis.folder


def test_values_json_has_no_word_for_are_written_null(tmp_path):
    analysis = analyze_folder(SEEDS)
    first, *rest = analysis.alignments
    analysis.alignments = [replace(first, score=float("nan")), replace(first, score=-float("inf")), *rest]
    write_json(analysis, tmp_path / "out.json")
    scores = [a["score"] for a in json.loads((tmp_path / "out.json").read_bytes())["alignments"][:3]]
    assert scores == [None, None, rest[0].score]


def test_an_integer_beyond_64_bits_is_written_exactly(tmp_path):
    analysis = analyze_folder(SEEDS)
    first, *rest = analysis.mentions
    analysis.mentions = [replace(first, value=10**21), *rest]  # «ألف مليار مليار»
    write_json(analysis, tmp_path / "out.json")
    numbers = json.loads((tmp_path / "out.json").read_bytes())["numbers"]
    assert numbers[0]["value"] == 10**21
    assert numbers[1:] == to_dict(analysis)["numbers"][1:]


def test_a_clock_time_given_with_its_minutes_is_exported_as_hh_mm(tmp_path):
    (tmp_path / "a.txt").write_text("الحريق\n\nواندلع الحريق في الساعة 8:05 مساء أمس.", "utf-8")
    (tmp_path / "b.txt").write_text("الطائرات\n\nوبدأت الغارات في الساعة 0424 بتوقيت جرينتش.", "utf-8")
    numbers = to_dict(analyze_folder(tmp_path))["numbers"]
    assert sorted(n["value"] for n in numbers if n["kind"] == "time") == ["04:24", "20:05"]


def test_a_whole_hour_given_alone_is_exported_as_a_number_of_hours(tmp_path):
    (tmp_path / "a.txt").write_text("القافلة\n\nوانطلقت القافلة في الساعة 7 من صباح الجمعة.", "utf-8")
    (time,) = [n for n in to_dict(analyze_folder(tmp_path))["numbers"] if n["kind"] == "time"]
    assert time["value"] == 7
