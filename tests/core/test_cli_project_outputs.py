"""`analyze FOLDER --db FILE` with outputs: they carry the researcher's verdicts and notes kept in the project."""

import html
import json

import pytest

from core.cli import main
from core.project import Project

A = "وقال التحالف إن 11 حافلة غادرت القلمون باتجاه دير الزور.\nوأضاف أن الطائرات قصفت الطريق.\n"
B = "غادرت 17 حافلة القلمون باتجاه دير الزور.\nوقالت مصادر إن الحافلات تحمل عائلات المقاتلين.\n"
C = "وأكد مسؤول أن 11 حافلة غادرت القلمون باتجاه دير الزور صباح اليوم.\n"


@pytest.fixture
def project_file(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder, tmp_path / "convoy.sqlite"


def _dismiss_the_conflict(folder, db):
    with Project.open(folder, project_file=db) as project:
        conflict = next(f for f in project.reviewed().analysis.facts if f.status == "conflict")
        project.add_verdict("dismiss", conflict.id)
        project.add_note(conflict.id, "اسأل المراسل عن عدد الحافلات")
    return conflict.id


def test_the_json_export_of_a_project_carries_its_verdicts(project_file, tmp_path):
    folder, db = project_file
    dismissed = _dismiss_the_conflict(folder, db)
    assert main(["analyze", str(folder), "--db", str(db), "--json", str(tmp_path / "out.json"), "--quiet"]) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [(v["kind"], v["applies_to"]) for v in data["verdicts"]] == [("dismiss", dismissed)]


def test_the_report_of_a_project_carries_its_notes(project_file, tmp_path):
    folder, db = project_file
    _dismiss_the_conflict(folder, db)
    assert main(["analyze", str(folder), "--db", str(db), "--html", str(tmp_path / "r.html"), "--quiet"]) == 0
    assert "اسأل المراسل عن عدد الحافلات" in html.unescape((tmp_path / "r.html").read_text(encoding="utf-8"))


def test_the_project_is_closed_once_the_outputs_are_written(project_file, tmp_path):
    folder, db = project_file
    assert main(["analyze", str(folder), "--db", str(db), "--csv", str(tmp_path / "f.csv"), "--quiet"]) == 0
    with Project.open(folder, project_file=db) as project:  # not refused as open elsewhere
        assert not project.changes.reanalysed
