"""A clock time or a year under a role of change times one move of many («وفي الساعة 0659 انخفض
السعر», «انخفاض البطالة في 2015»): two reports' moments are two moves, so they join only when equal
and are never red (core.match.keys `_moment_of_a_move`)."""

from tests.articles import analyse, fact_of, one_fact

GOLD = "أسعار الذهب\n\nوفي الساعة {} بتوقيت جرينتش انخفض السعر الفوري للذهب {} بالمئة إلى {} دولارا للأوقية."
GOLD_AGAIN = "الذهب يتراجع\n\nوفي الساعة {} بتوقيت جرينتش انخفض سعر الذهب في السوق الفورية {} بالمئة."
JOBS = "التقرير الاقتصادي\n\nوكشف التقرير الاقتصادي عن انخفاض معدل البطالة في {}."


def test_two_clock_times_of_a_fall_are_two_moves_not_a_conflict(tmp_path):
    analysis = analyse(tmp_path, GOLD.format("0659", "واحدا", 1085), GOLD.format("1807", "0.7", 1088))
    (early,) = [m for m in analysis.mentions if m.kind == "time" and m.doc == "d1"]
    assert not [f for f in analysis.facts if f.status == "conflict"] and early.frame.role == "fell"


def test_one_clock_time_of_a_fall_in_two_reports_is_shared(tmp_path):
    analysis = analyse(tmp_path, GOLD.format("0659", "واحدا", 1085), GOLD_AGAIN.format("0659", "واحدا"))
    times = [m for m in analysis.mentions if m.kind == "time"]
    assert len(times) == 2 and one_fact(analysis, *times) and fact_of(analysis, times[0]).status == "shared"


def test_two_years_of_a_fall_are_two_moves_not_a_conflict(tmp_path):
    analysis = analyse(tmp_path, JOBS.format("الربع الأول من العام 2015"), JOBS.format("2014"))
    assert not [f for f in analysis.facts if f.status == "conflict"]
