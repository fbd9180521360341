"""A first analysis takes the articles a preview has just read instead of decoding them again."""

from dataclasses import replace
from pathlib import Path

from core.project import Project, read_articles


def test_a_first_analysis_uses_the_previews_documents(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "001.txt").write_text("غرق عبارة\nقتل 12 شخصاً في غرق العبارة.", encoding="utf-8")
    (folder / "002.txt").write_text("العبارة\nلقي 12 شخصاً حتفهم في غرق العبارة.", encoding="utf-8")
    docs, problems = read_articles(folder)
    marked = [replace(d, title="كما قرأتها المعاينة") for d in docs]  # what only the preview gave
    with Project.open(folder, project_file=tmp_path / "p.sqlite", jobs=1, preread=(marked, problems)) as project:
        assert {d.title for d in project.analysis.documents} == {"كما قرأتها المعاينة"}


def test_a_previewed_file_with_a_problem_is_read_again_and_its_problem_told(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "001.txt").write_text("غرق عبارة\nقتل 12 شخصاً في غرق العبارة.", encoding="utf-8")
    (folder / "002.txt").write_bytes(b"")
    docs, problems = read_articles(folder)
    with Project.open(folder, project_file=tmp_path / "p.sqlite", jobs=1, preread=(docs, problems)) as project:
        assert [p.path for p in project.analysis.problems] == ["002.txt"]
