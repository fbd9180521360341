"""The terms story grouping counts in each article, kept as numbers in the project's vocabulary
(core.store.terms): given back exactly as counted, and an update groups from them as a fresh
analysis groups from the texts."""

import json

import pytest

from core.match.story_terms import as_counts
from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict
from core.store.terms import stored_vocabulary

FAIR = "افتتاح معرض الكتاب\n\nافتتح وزير الثقافة معرض الكتاب السنوي بمشاركة 450 دار نشر من 30 دولة.\n"


@pytest.fixture
def counted(folder):
    """{sha256: the terms a fresh analysis of the seeds counted in that article}."""
    analysis = analyze_folder(folder)
    return {d.sha256: as_counts(analysis.doc_terms[d.id], analysis.term_vocabulary) for d in analysis.documents}


def test_each_article_s_terms_come_back_as_counted_in_their_order(folder, counted):
    with Project.open(folder) as project:
        stored = project.store.terms(counted)
    assert {h: list(terms.items()) for h, terms in stored.items()} == {
        h: list(terms.items()) for h, terms in counted.items()
    }


def test_the_terms_are_kept_as_numbers_not_as_json(folder, counted):
    with Project.open(folder) as project:
        rows = project.store.db.execute("SELECT terms, length(term_ids), length(term_counts) FROM doc_terms")
        assert [(js, ids // 4, n // 8) for js, ids, n in rows] == [("", len(t), len(t)) for t in counted.values()]


def test_an_added_article_numbers_only_its_new_terms_after_those_already_kept(folder):
    with Project.open(folder) as project:
        before = stored_vocabulary(project.store.db)
    (folder / "000_fair.txt").write_text(FAIR, encoding="utf-8")
    with Project.open(folder) as project:
        after = stored_vocabulary(project.store.db)
    assert after[: len(before)] == before and len(after) > len(before)


def test_a_caller_that_changes_the_vocabulary_it_read_does_not_change_what_the_next_one_reads(folder):
    with Project.open(folder) as project:
        first = stored_vocabulary(project.store.db)
        kept = list(first)
        first.append("مصطلح")
        assert stored_vocabulary(project.store.db) == kept


def test_terms_kept_as_json_by_an_earlier_version_are_still_read(folder):
    with Project.open(folder) as project:
        terms = project.store.terms(d.sha256 for d in project.analysis.documents)
        first = project.analysis.documents[0].sha256
        project.store.db.execute(
            "UPDATE doc_terms SET terms = ?, term_ids = x'', term_counts = x'' WHERE sha256 = ?",
            [json.dumps(terms[first], ensure_ascii=False), first],
        )
        project.store.db.conn.commit()
    (folder / "000_fair.txt").write_text(FAIR, encoding="utf-8")
    with Project.open(folder) as project:
        assert to_dict(project.analysis) == to_dict(analyze_folder(folder))
