"""The project file: what a new file looks like, migrations, and refusing files that are not ours.

A refused file must come out byte for byte as it went in.
"""

import sqlite3

import pytest

from core.store import SCHEMA_VERSION, CorruptProject, NewerProject, NotAProject, Store
from core.store.schema import APPLICATION_ID, V1


def _pragma(path, name):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def refuse_untouched(path, error, match):
    """Opening PATH raises ERROR (message matching MATCH) and leaves every byte of the file as it was."""
    before = path.read_bytes()
    with pytest.raises(error, match=match) as refused:
        Store.open(path)
    assert path.read_bytes() == before
    return refused.value


def test_a_new_project_file_is_marked_as_ours_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "muqabala.sqlite"
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert _pragma(path, "application_id") == APPLICATION_ID
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _pragma(path, "journal_mode") == "wal"


def test_a_version_1_file_is_migrated_and_its_sentences_become_searchable(tmp_path):
    path = tmp_path / "old.sqlite"
    text = "قالت المصادر إن الحافلات غادرت أمس."
    conn = sqlite3.connect(path)
    conn.executescript(V1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO documents VALUES ('d1', 0, 'a.txt', 'abc', 'خبر', ?, 'utf-8', 'ar', 't', 't')", [text])
    conn.execute("INSERT INTO sentences (id, doc, idx, start, \"end\") VALUES ('d1.s1', 'd1', 0, 0, ?)", [len(text)])
    conn.execute(
        "INSERT INTO notes (text, created_at, updated_at, target, sentence_id) "
        "VALUES ('ملاحظة قديمة', 't', 't', 'sentence', 'd1.s1')"
    )
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert [h.sentence for h in store.search("حافلات")] == ["d1.s1"]
        assert [n.text for n in store.notes()] == ["ملاحظة قديمة"]
    assert _pragma(path, "user_version") == SCHEMA_VERSION


def test_a_text_file_named_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes("ملاحظات شخصية\n".encode() * 50)
    refuse_untouched(path, NotAProject, "not a Muqabala project")


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "browser-history.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE visits (url TEXT)")
    conn.execute("INSERT INTO visits VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    refuse_untouched(path, NotAProject, "another program")
    assert not (tmp_path / "browser-history.sqlite-wal").exists()


def test_a_file_from_a_newer_muqabala_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    refused = refuse_untouched(path, NewerProject, "newer version of Muqabala")
    assert refused.found == SCHEMA_VERSION + 1


def test_a_damaged_project_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "damaged.sqlite"
    with Store.open(path) as store:
        store.db.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    refuse_untouched(path, CorruptProject, "damaged")


def test_an_empty_file_left_by_a_crash_during_creation_opens_as_a_new_project(tmp_path):
    path = tmp_path / "muqabala.sqlite"
    path.touch()
    with Store.open(path) as store:
        assert not store.has_analysis
    assert _pragma(path, "application_id") == APPLICATION_ID
