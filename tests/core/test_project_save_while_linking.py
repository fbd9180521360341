"""A new project writes its articles while their stories are being grouped and linked, in the same
transaction as the rest of the save: given up midway, the file keeps nothing of it."""

import sqlite3

import pytest

from core.pipeline import Cancelled, analyze_folder
from core.progress import WRITING, said
from core.project import PROJECT_FILE, Project
from core.report.json_export import to_dict


def test_the_articles_handed_over_are_analysed_and_their_stories_not_yet_linked(folder):
    seen = []

    def analysed(articles):  # type: ignore[no-untyped-def]
        seen.append((len(articles.mentions), len(articles.facts)))
        yield

    analysis = analyze_folder(folder, analysed=analysed)
    assert seen == [(len(analysis.mentions), 0)]
    assert analysis.facts


def test_a_new_project_stores_what_the_analysis_gives(folder):
    with Project.open(folder) as project:
        stored = to_dict(project.analysis)
    with Project.open(folder) as again:
        assert not again.changes.created
        assert to_dict(again.analysis) == stored == to_dict(analyze_folder(folder))


def test_a_cancel_after_the_articles_were_written_leaves_no_analysis_in_the_file(folder):
    writing = 0  # «writing the project file» is said before the first table, then after each

    def progress(_done: int, _total: int, message: str) -> None:
        nonlocal writing
        writing += message == said(WRITING)

    with pytest.raises(Cancelled):
        Project.open(folder, progress=progress, cancelled=lambda: writing >= 2)  # a table written
    with sqlite3.connect(folder / PROJECT_FILE) as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    with Project.open(folder) as project:
        assert project.changes.created and to_dict(project.analysis) == to_dict(analyze_folder(folder))
