"""Reports and exports are written whole or not at all: a run stopped half-way keeps the earlier file."""

import json

import pytest

from core.model import Analysis
from core.report.json_export import write_json
from core.whole_file import written_whole


def test_a_write_stopped_half_way_leaves_the_earlier_file_as_it_was(tmp_path):
    out = tmp_path / "facts.csv"
    out.write_text("الحقيقة,المصدر\n17 حافلة,عكاظ\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), written_whole(out) as part:
        part.write_text("الحقيقة,المص", encoding="utf-8")
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "الحقيقة,المصدر\n17 حافلة,عكاظ\n"


def test_a_write_stopped_half_way_leaves_no_temporary_file_behind(tmp_path):
    with pytest.raises(OSError), written_whole(tmp_path / "report.html") as part:
        part.write_text("<html>", encoding="utf-8")
        raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_a_finished_write_replaces_the_file(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("{}", encoding="utf-8")
    write_json(Analysis(folder=str(tmp_path)), out)
    assert json.loads(out.read_text(encoding="utf-8"))["documents"] == []
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
