"""What an update takes from the stored analysis instead of reading or computing it again."""

import hashlib
from dataclasses import replace

from core.ingest.folder import read_folder, same_text_key
from core.manifest import manifest_of
from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict
from core.reuse import unchanged_documents


def test_an_article_whose_bytes_are_stored_is_given_back_without_reading_it(folder):
    stored = analyze_folder(folder)
    known = unchanged_documents(stored, folder, manifest_of(folder))
    first = sorted(folder.glob("*.txt"))[0]
    doc = known(first)
    assert doc is not None and doc.sha256 == stored.documents[0].sha256 and doc.path == str(first)


def test_a_known_article_after_one_added_before_it_keeps_everything_but_its_id(folder):
    stored = analyze_folder(folder)
    (folder / "000_new.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    documents, _problems = read_folder(folder, known=unchanged_documents(stored, folder, manifest_of(folder)))
    assert documents[1:] == [replace(d, id=f"d{n + 2}") for n, d in enumerate(stored.documents)]


def test_an_edited_article_is_read_again(folder):
    stored = analyze_folder(folder)
    edited = sorted(folder.glob("*.txt"))[1]
    edited.write_text(edited.read_text(encoding="utf-8").replace("11", "12", 1), encoding="utf-8")
    assert unchanged_documents(stored, folder, manifest_of(folder))(edited) is None


def test_an_article_that_came_with_a_problem_is_read_again_so_that_the_problem_is_told_again(folder):
    (folder / "old.txt").write_bytes("تقرير قديم: نقلت 11 حافلة المسافرين.\n".encode("utf-16-le"))
    stored = analyze_folder(folder)
    assert any(p.path == "old.txt" for p in stored.problems)  # UTF-16 without a byte-order mark: said
    assert unchanged_documents(stored, folder, manifest_of(folder))(folder / "old.txt") is None


def test_adding_an_article_beside_one_that_came_with_a_problem_equals_a_fresh_analysis(folder):
    (folder / "old.txt").write_bytes("تقرير قديم: نقلت 11 حافلة المسافرين.\n".encode("utf-16-le"))
    with Project.open(folder):
        pass
    (folder / "000_new.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    with Project.open(folder) as project:
        assert project.changes.reanalysed == ("000_new.txt",)
        assert to_dict(project.analysis) == to_dict(analyze_folder(folder))


def test_a_saved_project_keeps_the_terms_grouping_counted_in_each_article_by_its_content(folder):
    with Project.open(folder) as project:
        hashes = [d.sha256 for d in project.analysis.documents]
        kept = project.store.terms(hashes)
    assert sorted(kept) == sorted(hashes)
    assert all(counts for counts in kept.values())  # every seed article gives terms


def test_the_terms_of_a_removed_article_leave_the_project_file(folder):
    with Project.open(folder):
        pass
    gone = sorted(folder.glob("*.txt"))[0]
    gone_hash = hashlib.sha256(gone.read_bytes()).hexdigest()
    gone.unlink()
    with Project.open(folder) as project:
        assert project.store.terms([gone_hash]) == {}


def test_an_update_groups_the_unchanged_articles_by_the_terms_stored_for_them(folder):
    with Project.open(folder) as project:
        together = len(project.analysis.stories)
        project.store.db.execute("UPDATE doc_terms SET terms = '{}'")  # as if no article gave a term
        project.store.db.conn.commit()
    (folder / "000_new.txt").write_text("افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n", encoding="utf-8")
    with Project.open(folder) as project:
        assert len(project.analysis.stories) > together + 1  # the seed articles no longer share a term


def test_a_saved_project_keeps_each_article_s_same_text_key_by_its_content(folder):
    with Project.open(folder) as project:
        keys = project.store.text_keys()
        assert keys == {d.sha256: same_text_key(d.text) for d in project.analysis.documents}


def test_a_new_copy_of_a_stored_article_is_found_as_a_fresh_analysis_finds_it(folder):
    with Project.open(folder):
        pass
    first = sorted(folder.glob("*.txt"))[0]
    spaced = first.read_text(encoding="utf-8").replace(" ", "  ")  # other bytes, the same text
    (folder / "000_copy.txt").write_text(spaced, encoding="utf-8")  # before it: the stored one is the copy now
    with Project.open(folder) as project:
        fresh = analyze_folder(folder)
        assert (
            [p for p in project.analysis.problems if "same text" in p.message]
            == [p for p in fresh.problems if "same text" in p.message]
            != []
        )
        assert to_dict(project.analysis) == to_dict(fresh)


def test_the_stored_terms_of_all_articles_share_one_text_per_term(folder):
    with Project.open(folder) as project:
        kept = project.store.terms(d.sha256 for d in project.analysis.documents)
    texts: dict[str, str] = {}
    apart = [t for counts in kept.values() for t in counts if texts.setdefault(t, t) is not t]
    assert apart == []  # a term in several articles is the same str object in each
    assert len(texts) < sum(len(counts) for counts in kept.values())  # the seed articles do share terms
