"""The researcher's verdicts: they change what is shown, outlive re-analysis and edits, and are never lost."""

import json

import pytest

from core.match.timeline import timeline, trend
from core.match.verdicts import open_conflict, shown_status
from core.project import Project
from core.report.html_report import render_html
from core.report.json_export import to_dict

A = (
    "قافلة تنظيم الدولة تعبر البادية.\n"
    "وقال التحالف إن 11 حافلة غادرت القلمون باتجاه دير الزور.\n"
    "وأضاف أن الطائرات قصفت الطريق أمام القافلة.\n"
)
B = "غادرت 17 حافلة القلمون باتجاه دير الزور.\nوقالت مصادر إن الحافلات تحمل عائلات المقاتلين.\n"
C = "وأكد مسؤول أن 11 حافلة غادرت القلمون باتجاه دير الزور صباح اليوم.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "c.txt").write_text(C, encoding="utf-8")
    return tmp_path


def _conflict(project):
    return next(f for f in project.reviewed().analysis.facts if f.status == "conflict")


def _mention(project, text, doc_name):
    shown = project.reviewed().analysis
    doc = next(d for d in shown.documents if d.path.endswith(doc_name))
    return next(m for m in shown.mentions if m.doc == doc.id and m.text.startswith(text))


def test_a_dismissed_conflict_is_no_longer_an_open_conflict_and_the_report_says_so(folder):
    with Project.open(folder) as project:
        conflict = _conflict(project)
        project.add_verdict("dismiss", conflict.id)
        fact = next(f for f in project.reviewed().analysis.facts if f.id == conflict.id)
        assert fact.review == "dismissed" and not open_conflict(fact) and shown_status(fact) == "single"
        html = render_html(project.reviewed().analysis, lang="en", embed_font=False)
        assert "dismissed: not a contradiction" in html and "Conflicts (0)" in html


def test_a_confirmed_conflict_stays_a_conflict_marked_reviewed(folder):
    with Project.open(folder) as project:
        conflict = _conflict(project)
        project.add_verdict("confirm", conflict.id)
        fact = next(f for f in project.reviewed().analysis.facts if f.id == conflict.id)
        assert fact.review == "confirmed" and open_conflict(fact)
        assert [r.code for r in fact.reasons][-1] == "verdict_confirmed"


def test_splitting_the_odd_number_out_leaves_the_others_shared(folder):
    with Project.open(folder) as project:
        seventeen = _mention(project, "17", "b.txt")
        project.add_verdict("split", seventeen.id)
        facts = project.reviewed().analysis.facts
        alone = next(f for f in facts if f.mentions == (seventeen.id,))
        rest = next(f for f in facts if len(f.mentions) > 1 and f.kind == alone.kind)
        assert alone.status == "single" and rest.status == "shared" and "17" not in rest.label


def test_merging_a_split_back_makes_the_conflict_again(folder):
    with Project.open(folder) as project:
        seventeen = _mention(project, "17", "b.txt")
        project.add_verdict("split", seventeen.id)
        facts = project.reviewed().analysis.facts
        alone = next(f for f in facts if f.mentions == (seventeen.id,))
        rest = next(f for f in facts if len(f.mentions) > 1)
        project.add_verdict("merge", rest.id, alone.id)
        merged = next(f for f in project.reviewed().analysis.facts if seventeen.id in f.mentions)
        assert merged.id == rest.id and merged.status == "conflict" and len(merged.mentions) == 3


def test_not_a_quantity_removes_the_number_from_its_fact_and_from_the_marks(folder):
    with Project.open(folder) as project:
        seventeen = _mention(project, "17", "b.txt")
        project.add_verdict("not_quantity", seventeen.id)
        shown = project.reviewed().analysis
        assert seventeen.id not in {m.id for m in shown.mentions}
        assert all(seventeen.id not in f.mentions for f in shown.facts)


def test_withdrawing_a_verdict_and_restoring_it_is_the_same_verdict(folder):
    with Project.open(folder) as project:
        verdict = project.add_verdict("dismiss", _conflict(project).id)
        row = project.delete_verdict(verdict.id)
        assert project.verdicts() == [] and _conflict(project).review == ""
        assert project.restore_verdict(row) == verdict


def test_verdicts_come_back_on_reopening(folder):
    with Project.open(folder) as project:
        project.add_verdict("dismiss", _conflict(project).id)
    with Project.open(folder) as project:
        assert [f.review for f in project.reviewed().analysis.facts if f.status == "conflict"] == ["dismissed"]


def test_a_verdict_follows_its_number_when_the_article_is_edited_before_it(folder):
    with Project.open(folder) as project:
        project.add_verdict("split", _mention(project, "17", "b.txt").id)
    (folder / "b.txt").write_text("عاجل: تحديث من المراسل.\n" + B, encoding="utf-8")
    with Project.open(folder) as project:
        assert project.changes.changed == ("b.txt",)
        reviewed = project.reviewed()
        seventeen = _mention(project, "17", "b.txt")
        assert reviewed.orphaned == [] and (seventeen.id,) in [f.mentions for f in reviewed.analysis.facts]


def test_a_verdict_whose_number_vanished_is_kept_and_listed_as_orphaned(folder):
    with Project.open(folder) as project:
        verdict = project.add_verdict("split", _mention(project, "17", "b.txt").id)
    (folder / "b.txt").write_text(B.replace("غادرت 17 حافلة", "غادرت حافلات"), encoding="utf-8")
    with Project.open(folder) as project:
        assert project.reviewed().orphaned == [verdict.id] and project.verdicts() == [verdict]


def test_the_json_export_carries_the_analysis_and_the_verdicts(folder):
    with Project.open(folder) as project:
        conflict = _conflict(project)
        project.add_verdict("dismiss", conflict.id)
        data = json.loads(json.dumps(to_dict(project.analysis, project.reviewed()), ensure_ascii=False))
    assert next(f for f in data["facts"] if f["id"] == conflict.id)["review"] == ""
    assert next(f for f in data["reviewed_facts"] if f["id"] == conflict.id)["review"] == "dismissed"
    assert [(v["kind"], v["applies_to"], v["orphaned"]) for v in data["verdicts"]] == [("dismiss", conflict.id, False)]
    assert data["reviewed_summary"]["conflicts"] == data["summary"]["conflicts"] - 1


def test_a_publication_time_set_by_the_researcher_is_kept_in_the_project(folder):
    with Project.open(folder) as project:
        doc = project.analysis.documents[0]
        project.set_published(doc.id, "2015-07-25T09:50")
    with Project.open(folder) as project:
        assert project.reviewed().analysis.documents[0].published == "2015-07-25T09:50"


TOLL = (
    "ارتفاع حصيلة ضحايا انهيار مبنى سكني في الحي الصناعي\n\n"
    "أعلن الدفاع المدني ارتفاع حصيلة ضحايا انهيار المبنى السكني في الحي الصناعي إلى {} قتيلا، "
    "فيما تواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض."
)


def test_a_publication_time_set_by_the_researcher_reorders_a_conflict_in_time(tmp_path):
    """20 dead at 09:50, 25 at 13:05: a toll updated over time. Told that the 25 came out at 08:00,
    the figure fell instead, and the conflict no longer says it rose."""
    for name, value in (("2015-07-25T0950_a.txt", 20), ("2015-07-25T1305_b.txt", 25)):
        (tmp_path / name).write_text(TOLL.format(value), encoding="utf-8")
    with Project.open(tmp_path) as project:
        project.set_published("d2", "2015-07-25T08:00")
        conflict = next(f for f in project.reviewed().analysis.facts if f.status == "conflict")
    assert (timeline(conflict), trend(conflict)) == (["d2.m1", "d1.m1"], "")


def test_a_figure_split_out_of_a_conflict_leaves_its_time_order(tmp_path):
    for name, value in (("2015-07-25T0950_a.txt", 20), ("2015-07-25T1305_b.txt", 25), ("2015-07-25T1500_c.txt", 31)):
        (tmp_path / name).write_text(TOLL.format(value), encoding="utf-8")
    with Project.open(tmp_path) as project:
        project.add_verdict("split", "d3.m1")
        conflict = next(f for f in project.reviewed().analysis.facts if f.status == "conflict")
    assert timeline(conflict) == ["d1.m1", "d2.m1"]
    assert dict(next(r.params for r in conflict.reasons if r.code == "updated_over_time"))["last"] == "25"


def test_a_verdict_and_a_note_follow_their_fact_when_an_article_added_before_renumbers_its_story(folder):
    with Project.open(folder) as project:
        conflict = _conflict(project)
        project.add_verdict("dismiss", conflict.id)
        project.add_note(conflict.id, "اسأل المراسل عن العدد")
    (folder / "000_weather.txt").write_text("توقعت هيئة الأرصاد طقسا حارا على المناطق الساحلية.\n", encoding="utf-8")
    with Project.open(folder) as project:
        assert project.changes.added == ("000_weather.txt",)
        (buses,) = [s.id for s in project.analysis.stories if "d2" in s.documents]
        assert buses not in project.changes.relinked_stories  # kept from the project file, renumbered
        conflict = next(f for f in project.reviewed().analysis.facts if f.status == "conflict")
        assert conflict.review == "dismissed" and conflict.mentions[0].startswith("d2.")  # a.txt is d2 now
        (note,) = project.notes()
        assert note.fact_id == conflict.id and not note.orphaned
