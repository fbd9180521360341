"""A new project writes its articles while their stories are being linked, in the same transaction
as the rest of the save: given up midway, the file keeps nothing of it."""

import sqlite3

import pytest

from core.pipeline import Cancelled, analyze_folder
from core.progress import WRITING, said
from core.project import PROJECT_FILE, Project
from core.report.json_export import to_dict


def test_the_articles_handed_over_are_analysed_and_their_stories_not_yet_linked(folder):
    seen = []
    analysis = analyze_folder(folder, analysed=lambda a: seen.append((len(a.mentions), len(a.facts))))
    assert seen == [(len(analysis.mentions), 0)]
    assert analysis.facts


def test_a_new_project_stores_what_the_analysis_gives(folder):
    with Project.open(folder) as project:
        stored = to_dict(project.analysis)
    with Project.open(folder) as again:
        assert not again.changes.created
        assert to_dict(again.analysis) == stored == to_dict(analyze_folder(folder))


def test_a_cancel_after_the_articles_were_written_leaves_no_analysis_in_the_file(folder):
    writing = False

    def progress(_done: int, _total: int, message: str) -> None:
        nonlocal writing
        writing = writing or message == said(WRITING)

    with pytest.raises(Cancelled) as given_up:
        Project.open(folder, progress=progress, cancelled=lambda: writing)
    assert any(entry.name == "save_articles" for entry in given_up.traceback)  # between two tables
    with sqlite3.connect(folder / PROJECT_FILE) as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    with Project.open(folder) as project:
        assert project.changes.created and to_dict(project.analysis) == to_dict(analyze_folder(folder))
