"""Reopening a project: nothing recomputed when nothing changed, only changed articles re-read otherwise,
and the result is always the same as analysing the folder afresh."""

import shutil
from pathlib import Path

import pytest

from core.pipeline import Cancelled, analyze_folder
from core.project import PROJECT_FILE, Project
from core.report.json_export import to_dict


def _articles(folder):
    return sorted(p.name for p in folder.glob("*.txt"))


def _open(folder):
    with Project.open(folder) as project:
        return project.changes, to_dict(project.analysis)


def test_opening_a_folder_the_first_time_analyses_it_into_muqabala_sqlite_inside_it(folder):
    changes, _ = _open(folder)
    assert changes.created and changes.reanalysed == tuple(_articles(folder))
    assert (folder / PROJECT_FILE).is_file()


def test_reopening_an_unchanged_folder_loads_the_stored_analysis_without_recomputing(folder):
    _, first = _open(folder)
    changes, again = _open(folder)
    assert changes.nothing_changed and changes.reanalysed == () and not changes.relinked
    assert changes.describe() == "no article changed"
    assert again == first


def test_reopening_a_folder_with_a_duplicate_and_a_refused_file_reads_no_article(folder):
    first = sorted(folder.glob("*.txt"))[0]
    shutil.copy(first, folder / "copy-of-first.txt")  # shown once: the copy is not stored
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 3)  # refused or read: either way on disk
    _open(folder)
    _open(folder)  # the slow path may run once for a folder saved before the listing was kept
    with Project.open(folder) as project:
        assert project.changes.nothing_changed
        assert "read" not in project.analysis.timings  # nothing decoded: the fast path


def test_an_edited_article_is_the_only_one_re_read_and_the_result_equals_a_fresh_analysis(folder):
    _open(folder)
    edited = folder / _articles(folder)[1]
    edited.write_text(edited.read_text(encoding="utf-8").replace("11", "12", 1), encoding="utf-8")
    changes, result = _open(folder)
    assert changes.changed == (edited.name,) and changes.reanalysed == (edited.name,)
    assert changes.added == changes.removed == ()
    assert result == to_dict(analyze_folder(folder))


def test_an_added_article_is_analysed_alone_even_when_it_renumbers_the_others(folder, seeds_dir):
    _open(folder)
    first = seeds_dir / _articles(seeds_dir)[0]
    (folder / "000_new.txt").write_text(first.read_text(encoding="utf-8").replace("11", "13"), encoding="utf-8")
    changes, result = _open(folder)
    assert changes.added == ("000_new.txt",) and changes.reanalysed == ("000_new.txt",)
    assert result == to_dict(analyze_folder(folder))


def test_an_article_on_another_event_keeps_the_stored_story_and_equals_a_fresh_analysis(folder):
    _open(folder)
    other = "افتتاح معرض للكتاب\n\nافتتح وزير الثقافة معرض الكتاب السنوي بمشاركة 450 دار نشر من 30 دولة.\n"
    (folder / "000_book_fair.txt").write_text(other, encoding="utf-8")  # renumbers every seed article
    changes, result = _open(folder)
    assert changes.reanalysed == ("000_book_fair.txt",)
    assert len(result["stories"]) >= 2
    assert result == to_dict(analyze_folder(folder))


def test_a_removed_article_is_reported_and_nothing_is_re_read(folder):
    _open(folder)
    gone = _articles(folder)[0]
    (folder / gone).unlink()
    changes, result = _open(folder)
    assert changes.removed == (gone,) and changes.reanalysed == ()
    assert changes.describe() == f"1 article(s) removed: {gone}"
    assert result == to_dict(analyze_folder(folder))


def test_a_project_file_opens_directly_and_finds_its_folder(folder):
    _, first = _open(folder)
    with Project.open(folder / PROJECT_FILE) as project:
        assert project.folder == folder.resolve() and project.changes.nothing_changed
        assert to_dict(project.analysis) == first


def test_a_project_saved_elsewhere_still_opens_when_its_folder_is_gone(folder, tmp_path):
    with Project.open(folder) as project:
        project.add_note(project.analysis.facts[0], "اسأل الوزارة")
        project.save_as(tmp_path / "convoy-copy.sqlite")
        saved = to_dict(project.analysis)
    shutil.rmtree(folder)
    with Project.open(tmp_path / "convoy-copy.sqlite") as project:
        assert project.changes.folder_missing
        assert to_dict(project.analysis)["facts"] == saved["facts"]
        assert [n.text for n in project.notes()] == ["اسأل الوزارة"]


def test_a_new_unreadable_file_is_reported_without_re_reading_any_article(folder):
    _open(folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    with Project.open(folder) as project:
        assert project.changes.reanalysed == ()
        assert [p.path for p in project.analysis.problems] == ["broken.txt"]


def test_a_cancelled_first_analysis_leaves_a_project_that_analyses_fully_next_time(folder):
    with pytest.raises(Cancelled):
        Project.open(folder, cancelled=lambda: True)
    changes, result = _open(folder)
    assert changes.created and result == to_dict(analyze_folder(folder))


def test_save_as_continues_in_the_copy_and_leaves_the_original(folder, tmp_path):
    with Project.open(folder) as project:
        project.save_as(tmp_path / "copy.sqlite")
        project.add_note(project.analysis.sentences[0], "في النسخة فقط")
        assert project.path == tmp_path / "copy.sqlite"
    with Project.open(folder) as original:
        assert original.notes() == []


def test_without_recursion_articles_in_subfolders_are_left_out_until_asked_for(folder):
    (folder / "older").mkdir()
    (folder / "older" / "005.txt").write_text("خبر قديم\nغادرت 11 حافلة القلمون.", encoding="utf-8")
    with Project.open(folder, recurse=False) as project:
        assert len(project.analysis.documents) == 4
    with Project.open(folder) as project:
        assert len(project.analysis.documents) == 5
        assert project.changes.added == (str(Path("older") / "005.txt"),)
