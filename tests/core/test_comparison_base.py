"""A comparison base: a change against the month before and one against the same month a year before are
two quantities, never one fact."""

from core.model import Analysis, Mention
from tests.articles import analyse


def amount(analysis: Analysis, doc: int, billions: int) -> Mention:
    (found,) = [
        m for m in analysis.mentions if m.doc == analysis.documents[doc].id and m.value == billions * 1_000_000_000
    ]
    return found


def test_a_change_against_the_month_before_has_a_prior_base(tmp_path):
    analysis = analyse(tmp_path, "ودائع البنوك\nتراجعت الودائع 27 مليار ريال مقارنة بالشهر السابق.")
    assert amount(analysis, 0, 27).frame.base == "prior"


def test_a_change_against_the_same_month_last_year_has_a_year_base(tmp_path):
    analysis = analyse(tmp_path, "ودائع البنوك\nتراجعت الودائع 227 مليار ريال مقارنة بالشهر نفسه من العام الماضي.")
    assert amount(analysis, 0, 227).frame.base == "year"


def test_a_monthly_drop_and_a_yearly_drop_are_never_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "ودائع البنوك تتراجع\nتراجعت الودائع لدى البنوك 27 مليار ريال مقارنة بالشهر السابق.",
        "ودائع البنوك تتراجع\nتراجعت الودائع لدى البنوك 227 مليار ريال على أساس سنوي.",
    )
    a, b = amount(analysis, 0, 27), amount(analysis, 1, 227)
    assert not [f for f in analysis.facts if a.id in f.mentions and b.id in f.mentions]


def test_a_reopened_project_keeps_the_comparison_base(tmp_path):
    from core.project import Project

    (tmp_path / "001.txt").write_text(
        "ودائع البنوك\nتراجعت الودائع 27 مليار ريال مقارنة بالشهر السابق.", encoding="utf-8"
    )
    with Project.open(tmp_path):
        pass
    with Project.open(tmp_path) as project:
        assert project.changes.nothing_changed
        assert [m.frame.base for m in project.analysis.mentions if m.kind == "money"] == ["prior"]
