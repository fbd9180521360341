"""`Project.open(elsewhere_from=0)`: the window's first question of a stored project. A folder
that needs no analysis is loaded; one that does is refused with how many articles the file holds,
and nothing is analysed or written in its place."""

from pathlib import Path

import pytest

from core.project import NeedsAnalysis, Project
from core.report.json_export import to_dict


def test_an_unchanged_folder_is_loaded(folder: Path) -> None:
    with Project.open(folder) as first:
        stored = to_dict(first.analysis)
    with Project.open(folder, elsewhere_from=0) as again:
        assert again.changes.nothing_changed
        assert to_dict(again.analysis) == stored


def test_a_folder_never_analysed_needs_an_analysis_and_gets_no_project(folder: Path) -> None:
    with pytest.raises(NeedsAnalysis) as needed:
        Project.open(folder, elsewhere_from=0)
    assert needed.value.articles == 0
    with Project.open(folder) as project:
        assert project.changes.created  # nothing was stored by the question


def test_an_edited_article_needs_an_analysis_and_the_stored_one_is_kept(folder: Path) -> None:
    with Project.open(folder) as first:
        stored, count = to_dict(first.analysis), len(first.analysis.documents)
    article = sorted(folder.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nوأصيب 17 شخصا في الحادث.\n", encoding="utf-8")
    with pytest.raises(NeedsAnalysis) as needed:
        Project.open(folder, elsewhere_from=0)
    assert needed.value.articles == count
    with Project.open(folder) as updated:  # the stored analysis was still the old one
        assert updated.changes.changed == (article.name,)
        assert to_dict(updated.analysis) != stored


def test_a_smaller_project_is_brought_up_to_date_in_the_same_open(folder: Path) -> None:
    with Project.open(folder) as first:
        count = len(first.analysis.documents)
    article = sorted(folder.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nوأصيب 17 شخصا في الحادث.\n", encoding="utf-8")
    with Project.open(folder, elsewhere_from=count + 1) as updated:
        assert updated.changes.changed == (article.name,)
