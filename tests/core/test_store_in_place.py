"""An update saves in place (core.store.kept_rows): the project file ends as a fresh save would write it."""

import dataclasses
import re
import sqlite3
from contextlib import closing

import pytest
import sqlite_utils

from core.model import Alignment, Fact
from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict
from core.store import Store
from core.store.terms import stored_terms

ROWS = {
    "documents": "id, position, path, sha256, title, text, encoding, language, published",
    "sentences": 'id, doc, idx, start, "end", furniture, search_text',
    "mentions": "*",
    "alignments": "*",
    "facts": "*",
    "fact_mentions": "*",
    "problems": "*",
    "doc_terms": "sha256, terms, same_text",
    "snapshot": "*",
}


@pytest.fixture
def folder(folder):
    """The seeds and one more article (the conftest's `folder`)."""
    target = folder
    (target / "zzz_later.txt").write_text("وصلت 11 حافلة إلى المدينة مساء أمس وعلى متنها 300 راكب.\n", encoding="utf-8")
    return target


KEYED = ("sentences", "mentions", "alignments", "facts", "fact_mentions")
"""The tables whose rows name articles by their keys (core.store.keys), besides documents' ids."""


def _rows(path):
    """Every row of the analysis, the articles named as the analysis names them, not by the keys of
    their rows (an update keeps a kept article's key); an article's stored terms as (term, count)
    pairs, not by the numbers the project's vocabulary gives them (those depend on the order terms
    were first saved)."""
    db = sqlite3.connect(path)
    try:
        ids = {key: f"d{position + 1}" for key, position in db.execute("SELECT id, position FROM documents")}

        def named(cell):
            return re.sub(r"\bd\d+\b", lambda m: ids.get(m.group(), m.group()), cell) if isinstance(cell, str) else cell

        def as_analysed(table, row):
            if table == "documents":
                return (ids[row[0]], *row[1:])
            return tuple(map(named, row)) if table in KEYED else row

        rows = {
            table: sorted((as_analysed(table, row) for row in db.execute(f"SELECT {columns} FROM {table}")), key=repr)
            for table, columns in ROWS.items()
        }
        terms = stored_terms(sqlite_utils.Database(db), [h for h, *_ in rows["doc_terms"]])
        rows["doc_terms"] = [(h, list(terms[h].items()), key) for h, _json, key in rows["doc_terms"]]
        return rows
    finally:
        db.close()


def _index_is_sound(path):
    db = sqlite3.connect(path)
    try:
        # raises when not; rank 1: the index is also checked against the sentences it was made from
        db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
        return True
    finally:
        db.close()


def _changed(folder):
    """One article added first (those before the removed ones move up), two removed (those after
    them move down), one edited."""
    articles = sorted(folder.glob("*.txt"))
    (folder / "000_first.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    articles[1].unlink()
    articles[2].unlink()
    edited = articles[3]
    edited.write_text(edited.read_text(encoding="utf-8").replace("11", "12", 1), encoding="utf-8")


def test_an_update_that_renumbers_articles_leaves_the_rows_a_fresh_save_writes(folder, tmp_path):
    Project.open(folder).close()
    _changed(folder)
    Project.open(folder).close()
    Project.open(folder, project_file=tmp_path / "fresh.sqlite").close()
    assert _rows(folder / "muqabala.sqlite") == _rows(tmp_path / "fresh.sqlite")


def test_an_updated_project_read_from_its_tables_alone_is_the_fresh_analysis(folder):
    Project.open(folder).close()
    _changed(folder)
    Project.open(folder).close()
    with Store.open(folder / "muqabala.sqlite") as store:
        store.db.execute("DELETE FROM snapshot")  # not committed: the tables are read, in their order
        from_tables = store.load(folder)
    assert to_dict(from_tables) == to_dict(analyze_folder(folder))


def test_after_an_update_in_place_the_search_index_matches_the_sentences(folder):
    Project.open(folder).close()
    _changed(folder)
    with Project.open(folder) as project:
        assert [h.sentence for h in project.search("معرض")] == ["d1.s1"]
    assert _index_is_sound(folder / "muqabala.sqlite")


def test_an_updated_project_reopens_with_its_sentences_in_the_folder_order(folder):
    Project.open(folder).close()
    _changed(folder)
    with Project.open(folder) as project:
        updated = (project.analysis.sentences, project.analysis.mentions)
    with Project.open(folder) as project:
        assert (project.analysis.sentences, project.analysis.mentions) == updated


def test_a_second_update_in_place_still_leaves_the_rows_a_fresh_save_writes(folder, tmp_path):
    Project.open(folder).close()
    _changed(folder)
    Project.open(folder).close()
    (folder / "0000_earlier.txt").write_text("أعلنت الوزارة تخصيص 75 مليون ريال للمشروع.\n", encoding="utf-8")
    (folder / "000_first.txt").unlink()
    Project.open(folder).close()
    Project.open(folder, project_file=tmp_path / "fresh.sqlite").close()
    assert _rows(folder / "muqabala.sqlite") == _rows(tmp_path / "fresh.sqlite")


def test_an_article_renumbered_then_extended_is_saved_and_read_back_as_analysed(folder):
    """An article renumbered by an earlier update keeps a key other than its id. Extended later, its
    rows are written again under a key of their own, and its facts whose mentions kept their ids
    (the new sentence comes last) are written again too: their old rows named its old rows."""
    Project.open(folder).close()
    (folder / "000_first.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    Project.open(folder).close()
    extended = sorted(folder.glob("*.txt"))[2]
    text = extended.read_text(encoding="utf-8").rstrip("\n")
    extended.write_text(text + "\nوقال المتحدث إن 17 شخصا أصيبوا في الحادث.\n", encoding="utf-8")
    Project.open(folder).close()
    with Store.open(folder / "muqabala.sqlite") as store:
        store.db.execute("DELETE FROM snapshot")  # not committed: the tables are read
        assert to_dict(store.load(folder)) == to_dict(analyze_folder(folder))


TOLL = (
    "ارتفاع حصيلة ضحايا انهيار مبنى سكني في الحي الصناعي\n\n"
    "أعلن الدفاع المدني ارتفاع حصيلة ضحايا انهيار المبنى السكني في الحي الصناعي إلى {} قتيلا، "
    "فيما تواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض."
)


def test_a_conflict_renumbered_keeps_its_time_order_in_the_rows(tmp_path):
    """A dated conflict's time order names its mentions (core.match.timeline); an article added
    before its story renumbers them, and its rows, kept, are read back under the new ids."""
    for name, value in (("2015-07-25T0950_a.txt", 20), ("2015-07-25T1305_b.txt", 25)):
        (tmp_path / name).write_text(TOLL.format(value), encoding="utf-8")
    Project.open(tmp_path).close()
    (tmp_path / "2015-07-24T0800_0.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    Project.open(tmp_path).close()
    with Store.open(tmp_path / "muqabala.sqlite") as store:
        store.db.execute("DELETE FROM snapshot")  # the tables are read, the time order as saved
        from_tables = to_dict(store.load(tmp_path, reorder=False))
    fresh = to_dict(analyze_folder(tmp_path))
    assert [f["timeline"] for f in from_tables["facts"]] == [f["timeline"] for f in fresh["facts"]]
    assert any(f["timeline"] for f in fresh["facts"])


def test_a_new_unreadable_file_is_recorded_as_a_fresh_save_records_it(folder, tmp_path):
    Project.open(folder).close()
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")  # refused: no article, one problem more
    Project.open(folder).close()
    Project.open(folder, project_file=tmp_path / "fresh.sqlite").close()
    assert _rows(folder / "muqabala.sqlite") == _rows(tmp_path / "fresh.sqlite")


def test_a_save_whose_rows_name_a_missing_sentence_is_refused_and_the_file_keeps_the_last_one(folder):
    with Project.open(folder) as project:
        before = _rows(project.path)
        analysis = project.analysis
        analysis.alignments = [*analysis.alignments, Alignment("d1.s1", "d9.s999", 0.9, "")]
        with pytest.raises(sqlite3.IntegrityError):
            project.store.save(analysis, folder, {d.id: d.id for d in analysis.documents})
        assert _rows(project.path) == before
        assert project.store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_edited_article_keeps_when_it_was_added_and_says_when_it_changed(folder):
    Project.open(folder).close()
    db = sqlite3.connect(folder / "muqabala.sqlite")
    with db:
        db.execute("UPDATE documents SET added_at = ?1, changed_at = ?1", ["2020-01-01T00:00:00+00:00"])
    db.close()
    edited = sorted(folder.glob("*.txt"))[3]
    edited.write_text(edited.read_text(encoding="utf-8").replace("11", "12", 1), encoding="utf-8")
    Project.open(folder).close()
    db = sqlite3.connect(folder / "muqabala.sqlite")
    times = {path: (a, c) for path, a, c in db.execute("SELECT path, added_at, changed_at FROM documents")}
    db.close()
    added, changed = times.pop(edited.name)
    assert added == "2020-01-01T00:00:00+00:00" < changed
    assert set(times.values()) == {("2020-01-01T00:00:00+00:00", "2020-01-01T00:00:00+00:00")}


def test_a_save_of_a_fact_of_unknown_status_is_refused_and_the_file_keeps_the_last_one(folder):
    with Project.open(folder) as project:
        before = _rows(project.path)
        analysis = project.analysis
        analysis.facts = [dataclasses.replace(analysis.facts[0], status="maybe"), *analysis.facts[1:]]
        with pytest.raises(sqlite3.IntegrityError):
            project.store.save(analysis, folder, {d.id: d.id for d in analysis.documents})
        assert _rows(project.path) == before
        with pytest.raises(sqlite3.IntegrityError):  # the table's own CHECK holds again
            project.store.db.execute("INSERT INTO facts (id, position, status, label) VALUES ('f0', 0, 'maybe', '')")


def test_a_save_of_articles_not_named_by_their_places_is_refused_and_the_file_keeps_the_last_one(folder):
    """Rows are read back under the ids their places give (core.store.keys): a save whose articles
    are named otherwise would come back renamed, so it is refused before anything is written."""
    with Project.open(folder) as project:
        before = _rows(project.path)
        analysis = project.analysis
        analysis.documents = [dataclasses.replace(analysis.documents[0], id="d9"), *analysis.documents[1:]]
        with pytest.raises(ValueError, match="d9 is not named by its place"):
            project.store.save(analysis, folder)
    assert _rows(folder / "muqabala.sqlite") == before


def test_an_update_indexes_the_new_sentences_and_unindexes_those_that_left(folder):
    Project.open(folder).close()
    _changed(folder)  # «معرض» only in the added article
    removed = sorted(folder.glob("*.txt"))
    with Project.open(folder) as project:
        assert [h.sentence for h in project.search("معرض")] == ["d1.s1"]
    (folder / "000_first.txt").unlink()
    removed[-1].unlink()
    with Project.open(folder) as project:
        assert project.search("معرض") == []
    assert _index_is_sound(folder / "muqabala.sqlite")


def test_an_article_added_before_the_others_reopens_first_as_the_folder_orders_it(folder):
    Project.open(folder).close()
    (folder / "000_first.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    with Project.open(folder) as project:
        updated = [d.path for d in project.analysis.documents]
    with Project.open(folder) as project:
        reopened = [d.path for d in project.analysis.documents]
    assert reopened == updated and reopened[0].endswith("000_first.txt")


def _saved_with_an_added_article(folder, broken, refused):
    """The folder saved without its last article, then saved with it, BROKEN applied to the analysis:
    the rows before and after, the save refused as REFUSED says."""
    last = sorted(folder.glob("*.txt"))[-1]
    text = last.read_text(encoding="utf-8")
    last.unlink()
    Project.open(folder).close()
    last.write_text(text, encoding="utf-8")
    analysis = analyze_folder(folder)
    broken(analysis)
    with Store.open(folder / "muqabala.sqlite") as store:
        before = _rows(store.path)
        kept = {d.id: d.id for d in analysis.documents[:-1]}
        with pytest.raises(sqlite3.IntegrityError, match=refused):
            store.save(analysis, folder, kept)
        return before, _rows(store.path)


def test_an_added_article_whose_mention_names_a_missing_sentence_is_refused(folder):
    def misplaced(analysis):
        last = analysis.documents[-1].id
        at = next(i for i, m in enumerate(analysis.mentions) if m.doc == last)
        analysis.mentions[at] = dataclasses.replace(analysis.mentions[at], sentence=f"{last}.s999")

    before, after = _saved_with_an_added_article(folder, misplaced, "a row of mentions names no row of sentences")
    assert after == before


def test_an_added_article_whose_sentence_names_a_missing_article_is_refused(folder):
    def misplaced(analysis):
        last = analysis.documents[-1].id
        at = next(i for i, s in enumerate(analysis.sentences) if s.doc == last)
        analysis.sentences[at] = dataclasses.replace(analysis.sentences[at], doc="d999")

    before, after = _saved_with_an_added_article(folder, misplaced, "a row of sentences names no row of documents")
    assert after == before


def _update_saved_with(folder, change):
    """The stored analysis loaded as an update loads it, CHANGE(analysis) applied, saved in place:
    (the rows before, the rows after the refused save)."""
    Project.open(folder).close()
    with Store.open(folder / "muqabala.sqlite") as store:
        before = _rows(store.path)
        ids = {d.id: d.id for d in store.load(folder).documents}
        analysis = store.load(folder, reorder=False, renamed=ids)
        change(analysis)
        with pytest.raises(sqlite3.IntegrityError):
            store.save(analysis, folder, ids)
        return before, _rows(store.path)


def test_an_update_whose_new_alignment_names_a_missing_sentence_is_refused(folder):
    def misaligned(analysis):
        analysis.alignments = [*analysis.alignments, Alignment("d1.s1", "d1.s999", 0.9, "")]

    before, after = _update_saved_with(folder, misaligned)
    assert after == before


def test_an_update_whose_new_fact_names_a_missing_mention_is_refused(folder):
    def misnamed(analysis):
        analysis.facts = [*analysis.facts, Fact("f999", "single", ("d1.m999",), "حافلة")]

    before, after = _update_saved_with(folder, misnamed)
    assert after == before


def _article_rows(path):
    with closing(sqlite3.connect(path)) as db:
        return {
            "sentences": db.execute("SELECT num, id, doc FROM sentences ORDER BY num").fetchall(),
            "mentions": db.execute("SELECT rowid, id, doc, sentence FROM mentions ORDER BY rowid").fetchall(),
        }


def test_an_article_added_before_the_others_leaves_their_rows_as_they_were(folder):
    """The rows keep the names they were saved under (core.store.keys): adding an article first,
    which renumbers every other article, writes its own rows and renames none."""
    Project.open(folder).close()
    before = _article_rows(folder / "muqabala.sqlite")
    (folder / "000_first.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    with Project.open(folder) as project:
        assert project.analysis.documents[1].id == "d2"  # the first article stored is the second now
    after = _article_rows(folder / "muqabala.sqlite")
    assert {part: rows[: len(before[part])] for part, rows in after.items()} == before
    assert all(len(after[part]) > len(before[part]) for part in before)


def _logging_writes(path, tables):
    """Triggers that log each row inserted into or deleted from TABLES, in a table of their own."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE written_log (tbl TEXT)")
        for table in tables:
            for event in ("INSERT", "DELETE"):
                db.execute(
                    f"CREATE TRIGGER log_{event}_{table} AFTER {event} ON {table}"
                    f" BEGIN INSERT INTO written_log VALUES ('{table}'); END"
                )
        db.commit()


def _logged(path):
    with closing(sqlite3.connect(path)) as db:
        return dict(db.execute("SELECT tbl, count(*) FROM written_log GROUP BY tbl").fetchall())


def test_an_article_added_before_a_story_leaves_its_alignment_and_fact_rows_as_they_were(folder):
    """The seeds' story is kept renumbered (core.reuse): its rows, named by their articles' keys,
    are not written again; only the added article's one fact is."""
    Project.open(folder).close()
    _logging_writes(folder / "muqabala.sqlite", ("alignments", "facts", "fact_mentions"))
    (folder / "000_first.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    with Project.open(folder) as project:
        (added,) = [f for f in project.analysis.facts if f.mentions[0].startswith("d1.")]
        assert project.changes.relinked_stories and len(project.analysis.stories) > 1
    assert _logged(folder / "muqabala.sqlite") == {"facts": 1, "fact_mentions": len(added.mentions)}
