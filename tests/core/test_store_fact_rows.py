"""An update writes only the facts that changed (core.store.fact_rows): a fact's row is named by its
first mention, and the tables, read alone, still give the facts the ids and order of a fresh analysis."""

import json
import sqlite3

from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict
from core.store import Store

FAIR = "افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر من 30 دولة.\n"
BUSES = "وصلت 11 حافلة إلى المدينة مساء أمس وعلى متنها 300 راكب.\n"


def _fact_names(path):
    db = sqlite3.connect(path)
    try:
        return {name for (name,) in db.execute("SELECT id FROM facts")}
    finally:
        db.close()


def _spaced_reasons(path):
    """Every fact's reasons written again with spaces after their commas: the same reasons, other
    bytes, so a row written again shows. {row name: its reasons as now stored}."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT id, reasons FROM facts").fetchall()
        spaced = {name: json.dumps(json.loads(text), ensure_ascii=False) for name, text in rows}
        db.executemany("UPDATE facts SET reasons = ? WHERE id = ?", [(text, name) for name, text in spaced.items()])
        db.commit()
        return spaced
    finally:
        db.close()


def _reasons(path):
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT id, reasons FROM facts").fetchall())
    finally:
        db.close()


def _from_tables_alone(folder):
    with Store.open(folder / "muqabala.sqlite") as store:
        store.db.execute("DELETE FROM snapshot")  # not committed: the tables are read
        return store.load(folder)


def test_an_article_added_at_the_folder_end_leaves_the_rows_of_the_facts_it_did_not_change(folder):
    Project.open(folder).close()
    spaced = _spaced_reasons(folder / "muqabala.sqlite")
    (folder / "zzz_fair.txt").write_text(FAIR, encoding="utf-8")  # a story of its own
    Project.open(folder).close()
    after = _reasons(folder / "muqabala.sqlite")
    assert after.keys() > spaced.keys()
    assert all(after[name] == text for name, text in spaced.items())


def test_a_fact_s_row_is_named_by_its_first_mention(folder):
    with Project.open(folder) as project:
        first_mentions = {f.mentions[0] for f in project.analysis.facts}
    assert _fact_names(folder / "muqabala.sqlite") == first_mentions


def test_facts_read_from_their_tables_take_the_ids_and_order_of_a_fresh_analysis(folder):
    Project.open(folder).close()
    (folder / "zzz_buses.txt").write_text(BUSES, encoding="utf-8")
    Project.open(folder).close()
    assert to_dict(_from_tables_alone(folder))["facts"] == to_dict(analyze_folder(folder))["facts"]


def test_an_article_added_first_renames_the_facts_and_the_tables_still_give_the_fresh_analysis(folder):
    Project.open(folder).close()
    (folder / "000_fair.txt").write_text(FAIR, encoding="utf-8")  # every later mention's id moves
    Project.open(folder).close()
    assert to_dict(_from_tables_alone(folder)) == to_dict(analyze_folder(folder))


def test_an_article_removed_takes_its_facts_rows_with_it(folder):
    (folder / "zzz_buses.txt").write_text(BUSES, encoding="utf-8")
    Project.open(folder).close()
    (folder / "zzz_buses.txt").unlink()
    Project.open(folder).close()
    assert to_dict(_from_tables_alone(folder)) == to_dict(analyze_folder(folder))


def test_fact_rows_changed_between_an_update_s_load_and_its_save_are_all_written_again(folder):
    Project.open(folder).close()
    with Project.open(folder) as project:
        documents = project.analysis.documents
        loaded = project.store.load(folder, reorder=False, renamed={d.id: d.id for d in documents})
        other = sqlite3.connect(project.path)
        other.execute("DELETE FROM fact_mentions WHERE fact = (SELECT min(id) FROM facts)")
        other.execute("DELETE FROM facts WHERE id = (SELECT min(id) FROM facts)")
        other.commit()
        other.close()
        project.store.save(loaded, folder, {d.id: d.id for d in documents})
    assert to_dict(_from_tables_alone(folder)) == to_dict(analyze_folder(folder))
