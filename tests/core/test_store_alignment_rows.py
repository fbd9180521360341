"""An update writes only the alignments that changed (core.store.alignment_rows); the tables, read
alone, still give them in the order of a fresh analysis."""

import sqlite3

import pytest

from core.model import Alignment
from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict
from core.store import Store, alignment_rows
from core.store.keys import NO_KEYS

FAIR = "افتتح {who} معرض الكتاب بمشاركة 450 دار نشر من 30 دولة.\n"
MORE = "وتستمر فعاليات المعرض عشرة أيام متتالية ويزوره 200 ألف شخص.\n"
OPENERS = ("الوزير", "وزير الثقافة", "رئيس الوزراء", "محافظ المدينة", "وزير التعليم")


@pytest.fixture
def fair_first(folder):
    """The seeds after a story of five articles, bigger than theirs: it comes first."""
    for i, who in enumerate(OPENERS):
        (folder / f"000_fair{i}.txt").write_text(FAIR.format(who=who) + (MORE if i == 0 else ""), encoding="utf-8")
    return folder


def _alignment_rows(path):
    """{an alignment's row: its rowid}."""
    db = sqlite3.connect(path)
    try:
        return {tuple(row): rowid for rowid, *row in db.execute("SELECT rowid, a, b, score, why FROM alignments")}
    finally:
        db.close()


def _from_tables_alone(folder):
    with Store.open(folder / "muqabala.sqlite") as store:
        store.db.execute("DELETE FROM snapshot")  # not committed: the tables are read, in their order
        return store.load(folder)


def _fair_story_aligned_further(folder):
    """The first story linked again with more alignments than before, the seeds' story left as it was."""
    (folder / "000_fair1.txt").write_text(FAIR.format(who=OPENERS[1]) + MORE, encoding="utf-8")


def test_an_article_added_at_the_folder_end_leaves_the_rows_of_the_alignments_it_did_not_change(folder):
    Project.open(folder).close()
    before = _alignment_rows(folder / "muqabala.sqlite")
    (folder / "zzz_fair.txt").write_text(FAIR.format(who=OPENERS[0]), encoding="utf-8")  # a story of its own
    Project.open(folder).close()
    after = _alignment_rows(folder / "muqabala.sqlite")
    unchanged = before.keys() & after.keys()  # not those that name facts: fact ids are numbered anew
    assert unchanged and all(after[row] == before[row] for row in unchanged)


def test_alignments_written_before_the_kept_rows_are_read_back_in_the_order_of_a_fresh_analysis(fair_first):
    Project.open(fair_first).close()
    before = _alignment_rows(fair_first / "muqabala.sqlite")
    _fair_story_aligned_further(fair_first)
    Project.open(fair_first).close()
    after = _alignment_rows(fair_first / "muqabala.sqlite")
    assert any(after[row] == before[row] for row in before.keys() & after.keys())
    assert to_dict(_from_tables_alone(fair_first)) == to_dict(analyze_folder(fair_first))


def test_when_new_alignments_find_no_room_between_the_kept_rows_every_row_is_written_again(fair_first, monkeypatch):
    monkeypatch.setattr(alignment_rows, "SPACING", 1)  # rows numbered 1, 2, 3…: no room before the seeds'
    Project.open(fair_first).close()
    _fair_story_aligned_further(fair_first)
    Project.open(fair_first).close()
    assert to_dict(_from_tables_alone(fair_first)) == to_dict(analyze_folder(fair_first))


def test_an_article_added_first_renames_the_alignments_and_the_tables_still_give_the_fresh_analysis(folder):
    Project.open(folder).close()
    (folder / "000_first.txt").write_text(FAIR.format(who=OPENERS[0]), encoding="utf-8")
    Project.open(folder).close()
    assert to_dict(_from_tables_alone(folder)) == to_dict(analyze_folder(folder))


def _rowids(db):
    return {(a, b): rowid for rowid, a, b in db.execute("SELECT rowid, a, b FROM alignments")}


def test_a_story_moved_ahead_rewrites_its_own_rows_not_those_of_the_stories_it_passed(tmp_path):
    """A story that gains an article moves ahead of the stories of its old size, and its alignments
    found unchanged sit at its old place: the rows kept are the most that stay in order."""
    passed = [Alignment(f"d{i}.s1", f"d{i + 1}.s1", 0.5) for i in range(1, 9)]
    moved = [Alignment("d20.s1", "d21.s1", 0.7), Alignment("d20.s2", "d21.s2", 0.6)]
    with Store.open(tmp_path / "p.sqlite") as store:
        store.db.execute("PRAGMA foreign_keys = OFF")  # rows alone: no sentences for them to name
        alignment_rows.write_alignments(store.db, passed + moved, NO_KEYS)
        before = _rowids(store.db)
        written = alignment_rows.write_alignments(store.db, moved + passed, NO_KEYS, stored=passed + moved)
        after = _rowids(store.db)
    assert written is not None and len(written) == len(moved)
    assert all(after[(al.a, al.b)] == before[(al.a, al.b)] for al in passed)
    assert sorted(after, key=after.__getitem__) == [(al.a, al.b) for al in moved + passed]
