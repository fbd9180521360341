"""An update writes only the facts that changed (core.store.fact_rows): a fact's row is named by its
first mention, and the tables, read alone, still give the facts the ids and order of a fresh analysis."""

import json
import sqlite3
from contextlib import closing

from core.model import Fact
from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict
from core.store import Store

FAIR = "افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر من 30 دولة.\n"
BUSES = "وصلت 11 حافلة إلى المدينة مساء أمس وعلى متنها 300 راكب.\n"


def _read(path, sql):
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchall()


def _spaced_reasons(path):
    """Every fact's reasons written again with spaces after their commas: the same reasons, other
    bytes, so a row written again shows. {row name: its reasons as now stored}."""
    spaced = {name: json.dumps(json.loads(text), ensure_ascii=False) for name, text in _reasons(path).items()}
    with closing(sqlite3.connect(path)) as db:
        db.executemany("UPDATE facts SET reasons = ? WHERE id = ?", [(text, name) for name, text in spaced.items()])
        db.commit()
    return spaced


def _reasons(path):
    return dict(_read(path, "SELECT id, reasons FROM facts"))


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
    assert {name for (name,) in _read(folder / "muqabala.sqlite", "SELECT id FROM facts")} == first_mentions


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
        ids = {d.id: d.id for d in project.analysis.documents}
        loaded = project.store.load(folder, reorder=False, renamed=ids)
        with closing(sqlite3.connect(project.path)) as other:  # another program, between the load and the save
            other.executescript(
                "DELETE FROM fact_mentions WHERE fact = (SELECT min(id) FROM facts);"
                " DELETE FROM facts WHERE id = (SELECT min(id) FROM facts);"
            )
        project.store.save(loaded, folder, ids)
    assert to_dict(_from_tables_alone(folder)) == to_dict(analyze_folder(folder))


def test_facts_that_share_a_first_mention_are_saved_and_read_back(folder):
    with Project.open(folder) as project:
        analysis = project.analysis
        first = analysis.facts[-1]
        analysis.facts = [*analysis.facts, Fact(f"f{len(analysis.facts) + 1}", "single", first.mentions, first.label)]
        project.store.save(analysis, folder)
    assert to_dict(_from_tables_alone(folder))["facts"] == to_dict(analysis)["facts"]
