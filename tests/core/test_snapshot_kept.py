"""An update keeps the snapshot's texts whose records it did not change (core.store.kept_texts), and
the snapshot it leaves is the one a fresh save writes."""

import json
import sqlite3

import pytest

from core.project import Project
from core.store import snapshot

LATER = "وصلت 11 حافلة إلى المدينة مساء أمس وعلى متنها 300 راكب.\n"
EARLIER = "افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n"


@pytest.fixture(autouse=True)
def small_texts(monkeypatch):
    monkeypatch.setattr(snapshot, "CHUNK_ROWS", 7)  # the seeds' sentences and mentions in many texts


def _snapshot(path):
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT name, rows FROM snapshot").fetchall())
    finally:
        db.close()


def _spaced(path, name):
    """The text NAME written again with spaces after its commas: the same records, other bytes."""
    db = sqlite3.connect(path)
    try:
        (text,) = db.execute("SELECT rows FROM snapshot WHERE name = ?", [name]).fetchone()
        spaced = json.dumps(json.loads(text), ensure_ascii=False)
        db.execute("UPDATE snapshot SET rows = ? WHERE name = ?", [spaced, name])
        db.commit()
        return spaced
    finally:
        db.close()


def test_an_article_added_at_the_folder_end_leaves_the_snapshot_a_fresh_save_writes(folder, tmp_path):
    Project.open(folder).close()
    (folder / "zzz_later.txt").write_text(LATER, encoding="utf-8")
    Project.open(folder).close()
    Project.open(folder, project_file=tmp_path / "fresh.sqlite").close()
    assert _snapshot(folder / "muqabala.sqlite") == _snapshot(tmp_path / "fresh.sqlite")


def test_a_text_whose_records_an_update_did_not_change_is_kept_as_stored(folder):
    Project.open(folder).close()
    spaced = _spaced(folder / "muqabala.sqlite", "mentions/000000")
    (folder / "zzz_later.txt").write_text(LATER, encoding="utf-8")
    Project.open(folder).close()
    assert _snapshot(folder / "muqabala.sqlite")["mentions/000000"] == spaced


def test_the_texts_of_articles_renamed_by_an_update_are_written_again(folder, tmp_path):
    Project.open(folder).close()
    _spaced(folder / "muqabala.sqlite", "mentions/000000")
    (folder / "000_first.txt").write_text(EARLIER, encoding="utf-8")  # every later article's id moves
    Project.open(folder).close()
    Project.open(folder, project_file=tmp_path / "fresh.sqlite").close()
    assert _snapshot(folder / "muqabala.sqlite") == _snapshot(tmp_path / "fresh.sqlite")


def test_texts_lost_between_an_update_s_load_and_its_save_are_written_again(folder, tmp_path):
    Project.open(folder).close()
    with Project.open(folder) as project:
        documents = project.analysis.documents
        loaded = project.store.load(folder, reorder=False, renamed={d.id: d.id for d in documents})
        other = sqlite3.connect(project.path)
        other.execute("DELETE FROM snapshot WHERE name LIKE 'mentions/%'")
        other.commit()
        other.close()
        project.store.save(loaded, folder, {d.id: d.id for d in documents})
    Project.open(folder, project_file=tmp_path / "fresh.sqlite").close()
    assert _snapshot(folder / "muqabala.sqlite") == _snapshot(tmp_path / "fresh.sqlite")


def test_a_reopen_after_an_update_s_load_forgets_what_that_load_read(folder):
    Project.open(folder).close()
    with Project.open(folder) as project:
        store, documents = project.store, project.analysis.documents
        store.load(folder, reorder=False, renamed={d.id: d.id for d in documents})
        assert store.unchanged_texts()  # what an update's save would keep
        store.load(folder, reorder=False, renamed={d.id: d.id for d in documents})
        store.load(folder)
        assert store.unchanged_texts() == {}
