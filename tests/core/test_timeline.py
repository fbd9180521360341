"""Conflicts in time order: where publication times are known, values are listed as they were
published, and a toll that only rises is labelled as updated over time (its status stays conflict)."""

from dataclasses import replace

from core.match.timeline import order_in_time, timeline, trend, values_in_time_order
from core.model import Analysis, Document, Fact, Frame, Mention
from core.pipeline import analyze_folder
from core.report.json_export import to_dict

SENTENCE = "ارتفع عدد ضحايا انهيار المبنى إلى {} قتيلا"


def _analysis(*reports, status="conflict", aggregation="plain", kind="count"):
    """One fact over articles given as (published, value), in folder order."""
    docs, mentions = [], []
    for i, (published, value) in enumerate(reports, 1):
        text = SENTENCE.format(value)
        docs.append(Document(f"d{i}", f"/f/{i}.txt", text, text, published=published))
        start = text.index(str(value))
        mentions.append(
            Mention(
                f"d{i}.m1",
                f"d{i}",
                f"d{i}.s1",
                start,
                start + len(str(value)),
                value,
                kind,
                "exact",
                "قتيل",
                str(value),
                Frame(role="died", subject="people", aggregation=aggregation),
            )
        )
    fact = Fact("f1", status, tuple(m.id for m in mentions), "قتلى")
    return Analysis("/f", documents=docs, mentions=mentions, facts=[fact])


def test_a_conflict_lists_its_values_in_publication_order():
    analysis = _analysis(("2015-07-25T18:00", 31), ("2015-07-25T09:50", 20), ("2015-07-25T13:05", 25))
    order_in_time(analysis)
    assert timeline(analysis.facts[0]) == ["d2.m1", "d3.m1", "d1.m1"]
    assert [m.value for m in values_in_time_order(analysis.facts[0], analysis.mentions)] == [20, 25, 31]


def test_a_toll_that_only_rises_is_labelled_updated_over_time_and_stays_a_conflict():
    analysis = _analysis(("2015-07-25T09:50", 20), ("2015-07-25T13:05", 25), ("2015-07-26", 31))
    order_in_time(analysis)
    (fact,) = analysis.facts
    assert fact.status == "conflict" and trend(fact) == "rising"
    assert ("first", "20") in fact.reasons[-1].params and ("last", "31") in fact.reasons[-1].params


def test_a_figure_that_falls_later_is_not_an_update():
    analysis = _analysis(("2015-07-25T09:50", 20), ("2015-07-25T13:05", 31), ("2015-07-25T18:00", 25))
    order_in_time(analysis)
    assert timeline(analysis.facts[0]) and trend(analysis.facts[0]) == ""


def test_an_undated_article_leaves_the_trend_unknown():
    analysis = _analysis(("2015-07-25T09:50", 20), ("2015-07-25T13:05", 25), ("", 31))
    order_in_time(analysis)
    assert timeline(analysis.facts[0]) == ["d1.m1", "d2.m1"] and trend(analysis.facts[0]) == ""


def test_increments_are_not_a_running_total():
    analysis = _analysis(("2015-07-25T09:50", 7), ("2015-07-25T13:05", 9), aggregation="increment")
    order_in_time(analysis)
    assert trend(analysis.facts[0]) == ""


def test_without_publication_times_nothing_is_added():
    analysis = _analysis(("", 20), ("", 25))
    order_in_time(analysis)
    assert analysis.facts[0].reasons == ()


def test_ordering_twice_adds_the_reasons_once():
    analysis = _analysis(("2015-07-25T09:50", 20), ("2015-07-25T13:05", 25))
    order_in_time(analysis)
    order_in_time(analysis)
    assert [r.code for r in analysis.facts[0].reasons] == ["time_order", "updated_over_time"]


def test_a_fact_no_longer_in_conflict_loses_the_time_order_it_carried():
    analysis = _analysis(("2015-07-25T09:50", 20), ("2015-07-25T13:05", 25))
    order_in_time(analysis)
    analysis.facts = [replace(analysis.facts[0], status="shared")]
    order_in_time(analysis)
    assert analysis.facts[0].reasons == ()


TOLL = (
    "ارتفاع حصيلة ضحايا انهيار مبنى سكني في الحي الصناعي\n\n"
    "أعلن الدفاع المدني ارتفاع حصيلة ضحايا انهيار المبنى السكني في الحي الصناعي إلى {} قتيلا، "
    "فيما تواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض."
)


def test_the_export_gives_the_time_order_and_the_trend(tmp_path):
    for name, value in (("2015-07-25T1305_b.txt", 25), ("2015-07-25T0950_a.txt", 20)):
        (tmp_path / name).write_text(TOLL.format(value), encoding="utf-8")
    data = to_dict(analyze_folder(tmp_path))
    conflicts = [f for f in data["facts"] if f["status"] == "conflict"]
    assert conflicts and all(f["trend"] == "rising" for f in conflicts)
    by_id = {m["id"]: m for m in data["numbers"]}
    assert [by_id[m]["value"] for m in conflicts[0]["timeline"]] == [20, 25]
