"""Notes on a fact or a sentence survive re-analysis; a note whose anchor vanished is kept as orphaned."""

import pytest

from core.project import Project

A = (
    "قافلة تنظيم الدولة تعبر البادية.\n"
    "وقال التحالف إن 11 حافلة غادرت القلمون باتجاه دير الزور.\n"
    "وأضاف أن الطائرات قصفت الطريق أمام القافلة.\n"
)
B = "غادرت 17 حافلة القلمون باتجاه دير الزور.\nوقالت مصادر إن الحافلات تحمل عائلات المقاتلين.\n"
AIRSTRIKE = "وأضاف أن الطائرات قصفت الطريق أمام القافلة."


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    return tmp_path


def _sentence_text(project, sentence_id):
    s = next(s for s in project.analysis.sentences if s.id == sentence_id)
    doc = next(d for d in project.analysis.documents if d.id == s.doc)
    return doc.text[s.start : s.end]


def _note_on_airstrike(folder):
    with Project.open(folder) as project:
        sentence = next(s for s in project.analysis.sentences if _sentence_text(project, s.id) == AIRSTRIKE)
        return project.add_note(sentence, "تحقق من مصدر مستقل").id


def test_a_note_is_stored_with_its_target_and_comes_back_on_reopening(folder):
    with Project.open(folder) as project:
        conflict = next(f for f in project.analysis.facts if f.status == "conflict")
        note = project.add_note(conflict.id, "اتصل بالمراسل")
    with Project.open(folder) as project:
        assert [(n.id, n.text, n.fact_id) for n in project.notes()] == [(note.id, "اتصل بالمراسل", conflict.id)]
        assert [n.text for n in project.notes_for(conflict.id)] == ["اتصل بالمراسل"]


def test_a_sentence_note_follows_its_sentence_when_text_is_inserted_before_it(folder):
    note_id = _note_on_airstrike(folder)
    (folder / "a.txt").write_text("عاجل: تحديث.\n" + A, encoding="utf-8")
    with Project.open(folder) as project:
        (note,) = project.notes()
        assert note.id == note_id and not note.orphaned
        assert _sentence_text(project, note.sentence_id) == AIRSTRIKE


def test_a_fact_note_stays_on_its_fact_when_one_side_changes_its_number(folder):
    with Project.open(folder) as project:
        fact = next(f for f in project.analysis.facts if f.status == "conflict")
        project.add_note(fact, "أي رقم أصح؟")
    (folder / "b.txt").write_text(B.replace("17", "15"), encoding="utf-8")
    with Project.open(folder) as project:
        (note,) = project.notes()
        fact = next(f for f in project.analysis.facts if f.id == note.fact_id)
        assert not note.orphaned and "15" in fact.label and "11" in fact.label


def test_a_note_whose_sentence_was_deleted_is_kept_and_listed_as_orphaned(folder):
    note_id = _note_on_airstrike(folder)
    (folder / "a.txt").write_text(A.replace(AIRSTRIKE, ""), encoding="utf-8")
    with Project.open(folder) as project:
        assert project.changes.orphaned_notes == (note_id,)
        (orphan,) = project.notes(orphaned=True)
        assert orphan.text == "تحقق من مصدر مستقل" and orphan.anchor_text == AIRSTRIKE
        assert orphan.sentence_id is None and project.notes(orphaned=False) == []


def test_an_orphaned_note_re_attaches_when_its_sentence_comes_back(folder):
    _note_on_airstrike(folder)
    (folder / "a.txt").write_text(A.replace(AIRSTRIKE, ""), encoding="utf-8")
    Project.open(folder).close()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    with Project.open(folder) as project:
        (note,) = project.notes()
        assert not note.orphaned and _sentence_text(project, note.sentence_id) == AIRSTRIKE


def test_a_note_on_a_removed_article_is_orphaned_not_deleted(folder):
    _note_on_airstrike(folder)
    (folder / "a.txt").unlink()
    with Project.open(folder) as project:
        assert [n.text for n in project.notes(orphaned=True)] == ["تحقق من مصدر مستقل"]


def test_notes_can_be_edited_and_deleted_by_the_user(folder):
    note_id = _note_on_airstrike(folder)
    with Project.open(folder) as project:
        assert project.edit_note(note_id, "تم التحقق").text == "تم التحقق"
        project.delete_note(note_id)
        assert project.notes() == []


def test_a_note_needs_an_existing_fact_or_sentence(folder):
    with Project.open(folder) as project, pytest.raises(KeyError):
        project.add_note("f999", "?")


def test_a_deleted_note_restored_comes_back_identical(folder):
    with Project.open(folder) as project:
        note = project.add_note(project.analysis.facts[0], "المصدر الثاني يقول 17 حافلة")
        row = project.delete_note(note.id)
        assert project.notes() == []
        assert project.restore_note(row) == note
        assert project.notes() == [note]
