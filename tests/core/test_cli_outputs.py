"""`analyze` and `search` and their files: one that cannot be written or read is said plainly, never as a traceback."""

from core.cli import main

A = "وقال التحالف إن 11 حافلة غادرت القلمون باتجاه دير الزور.\n"
B = "غادرت 17 حافلة القلمون باتجاه دير الزور.\n"


def _articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    return folder


def test_an_output_in_a_folder_that_does_not_exist_is_refused_before_any_analysis(tmp_path, capsys):
    folder, db = _articles(tmp_path), tmp_path / "convoy.sqlite"
    report = tmp_path / "missing" / "report.html"
    assert main(["analyze", str(folder), "--db", str(db), "--html", str(report), "--quiet"]) == 2
    assert f"cannot write {report}: no folder {report.parent}" in capsys.readouterr().err
    assert not db.exists()  # nothing was analysed, no project file made


def test_an_output_that_is_a_folder_is_refused(tmp_path, capsys):
    assert main(["analyze", str(_articles(tmp_path)), "--json", str(tmp_path), "--quiet"]) == 2
    assert f"cannot write {tmp_path}: it is a folder" in capsys.readouterr().err


def test_an_output_whose_name_is_too_long_for_the_file_system_is_refused(tmp_path, capsys):
    too_long = tmp_path / ("x" * 300 + ".json")
    assert main(["analyze", str(_articles(tmp_path)), "--json", str(too_long), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {too_long}: File name too long" in err and "Traceback" not in err


def test_an_output_whose_name_nears_the_file_systems_limit_is_written(tmp_path):
    long = tmp_path / ("تقرير" * 24 + ".html")  # 245 bytes: the temporary file beside it must be shorter
    assert main(["analyze", str(_articles(tmp_path)), "--html", str(long), "--quiet"]) == 0
    assert long.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_search_in_a_project_file_name_too_long_for_the_file_system_says_there_is_none(tmp_path, capsys):
    too_long = tmp_path / ("q" * 300 + ".sqlite")
    assert main(["search", str(too_long), "حافلة"]) == 2
    err = capsys.readouterr().err
    assert "no project file" in err and "Traceback" not in err


def test_an_output_that_would_replace_an_article_of_the_folder_is_refused(tmp_path, capsys):
    folder = _articles(tmp_path)
    assert main(["analyze", str(folder), "--json", str(folder / "a.txt"), "--quiet"]) == 2
    assert "it is an article of the folder" in capsys.readouterr().err
    assert (folder / "a.txt").read_text(encoding="utf-8") == A


def test_a_report_written_into_the_folder_is_replaced_by_the_next_one(tmp_path):
    folder = _articles(tmp_path)
    report = folder / "report.html"
    assert main(["analyze", str(folder), "--html", str(report), "--quiet"]) == 0
    report.write_text(report.read_text(encoding="utf-8") + "<!-- older -->", encoding="utf-8")
    assert main(["analyze", str(folder), "--html", str(report), "--quiet"]) == 0
    assert "<!-- older -->" not in report.read_text(encoding="utf-8")


def test_an_output_that_is_the_project_file_is_refused(tmp_path, capsys):
    folder, db = _articles(tmp_path), tmp_path / "convoy.sqlite"
    assert main(["analyze", str(folder), "--db", str(db), "--quiet"]) == 0
    saved = db.read_bytes()
    assert main(["analyze", str(folder), "--db", str(db), "--json", str(db), "--quiet"]) == 2
    assert "it is the project file (--db)" in capsys.readouterr().err
    assert db.read_bytes() == saved


def test_two_outputs_into_one_file_are_refused(tmp_path, capsys):
    out = tmp_path / "out.txt"
    assert main(["analyze", str(_articles(tmp_path)), "--json", str(out), "--csv", str(out), "--quiet"]) == 2
    assert "another output is written there too" in capsys.readouterr().err
