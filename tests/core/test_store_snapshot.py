"""A reopen reads the analysis from its snapshot (core.store.snapshot): the same objects as its tables."""

from core.project import Project
from core.store import snapshot


def _from_snapshot_and_from_tables(store, folder):
    from_snapshot = store.load(folder)
    store.db.execute("DELETE FROM snapshot")
    from_tables = store.load(folder)
    return from_snapshot, from_tables


def _parts(analysis):
    return analysis.sentences, analysis.mentions, analysis.alignments, analysis.facts


def test_a_saved_project_reads_from_its_snapshot_what_its_tables_hold(folder):
    with Project.open(folder) as project:
        from_snapshot, from_tables = _from_snapshot_and_from_tables(project.store, folder)
    assert from_tables.facts and _parts(from_snapshot) == _parts(from_tables)


def test_after_an_update_in_place_the_snapshot_still_holds_what_the_tables_hold(folder):
    Project.open(folder).close()
    (folder / "000_first.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    with Project.open(folder) as project:
        from_snapshot, from_tables = _from_snapshot_and_from_tables(project.store, folder)
    assert _parts(from_snapshot) == _parts(from_tables)


def test_a_snapshot_of_another_format_is_ignored_and_the_tables_are_read(folder):
    with Project.open(folder) as project:
        saved = _parts(project.store.load(folder))
        project.store.db.execute("UPDATE snapshot SET format = 'an older one', rows = '[[], [], [], []]'")
        assert _parts(project.store.load(folder)) == saved


def test_a_damaged_snapshot_is_ignored_and_the_tables_are_read(folder):
    with Project.open(folder) as project:
        saved = _parts(project.store.load(folder))
        project.store.db.execute("UPDATE snapshot SET rows = '[[[\"d1.s1\"]]'")
        assert _parts(project.store.load(folder)) == saved


def test_a_snapshot_in_many_small_texts_reads_back_what_the_tables_hold(folder, monkeypatch):
    monkeypatch.setattr(snapshot, "CHUNK_ROWS", 7)  # the seeds' 90 sentences in 13 texts, and so on
    with Project.open(folder) as project:
        texts = project.store.db.execute("SELECT count(*) FROM snapshot WHERE name LIKE 'sentences/%'").fetchone()[0]
        from_snapshot, from_tables = _from_snapshot_and_from_tables(project.store, folder)
    assert texts > 1
    assert _parts(from_snapshot) == _parts(from_tables)


def test_reasons_kept_in_many_small_texts_read_back_what_the_tables_hold(folder, monkeypatch):
    monkeypatch.setattr(snapshot, "REASON_ROWS", 2)  # a text of distinct reasons holds the lock while parsed
    with Project.open(folder) as project:
        texts = project.store.db.execute("SELECT count(*) FROM snapshot WHERE name LIKE 'reasons/%'").fetchone()[0]
        from_snapshot, from_tables = _from_snapshot_and_from_tables(project.store, folder)
    assert texts > 1
    assert [f.reasons for f in from_snapshot.facts] == [f.reasons for f in from_tables.facts]


def test_a_snapshot_missing_one_of_its_texts_is_ignored_and_the_tables_are_read(folder, monkeypatch):
    monkeypatch.setattr(snapshot, "CHUNK_ROWS", 7)
    with Project.open(folder) as project:
        saved = _parts(project.store.load(folder))
        project.store.db.execute("DELETE FROM snapshot WHERE name = 'mentions/000001'")
        assert snapshot.read_snapshot(project.store.db) is None
        assert _parts(project.store.load(folder)) == saved


def test_a_number_beyond_64_bits_reads_back_from_the_snapshot_as_the_integer_it_was(tmp_path):
    (tmp_path / "a.txt").write_text(
        "كلفة المشروع\n\nبلغت الكلفة 100000000000.5 مليار دولار وفق تقديرات الوزارة.\n", encoding="utf-8"
    )
    with Project.open(tmp_path) as project:
        analysed = project.analysis.mentions[0].value
        assert snapshot.read_snapshot(project.store.db) is not None
        loaded = project.store.load(tmp_path).mentions[0].value
    assert analysed >= 2**64 and isinstance(analysed, int)
    assert loaded == analysed and isinstance(loaded, int)


def test_a_damaged_text_kept_as_bytes_is_ignored_and_the_tables_are_read(folder):
    with Project.open(folder) as project:
        saved = _parts(project.store.load(folder))
        project.store.db.execute("UPDATE snapshot SET rows = CAST('[[[\"d1.s1\"]]' AS BLOB) WHERE name != 'analysis'")
        assert snapshot.read_snapshot(project.store.db) is None
        assert _parts(project.store.load(folder)) == saved
