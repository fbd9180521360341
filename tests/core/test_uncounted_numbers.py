"""Numbers none of which says what it counts are one fact only when they are equal: nothing but
their sentences says that «الأسبوع (133)» and «الأسبوع (134)» are one thing."""

from core.match import reasons as R
from tests.articles import analyse, facts_with

A = (
    "العيادات التخصصية\nواصلت العيادات التخصصية استقبال نحو 1000 حالة طبية خلال الأسبوع ({}) من عملها "
    "على تقديم الخدمات الطبية للمرضى والجرحى."
)
B = (
    "العيادات\nواصلت العيادات التخصصية استقبال قرابة 1000 حالة طبية خلال الأسبوع ({}) من عملها "
    "على تقديم الخدمات الطبية للمرضى والجرحى."
)


def test_different_numbers_that_say_not_what_they_count_are_no_conflict(tmp_path):
    analysis = analyse(tmp_path, A.format(133), B.format(134))
    assert facts_with(analysis, 133, 134) == []
    (fact,) = facts_with(analysis, 133)
    kept_out = [dict(r.params) for r in fact.reasons if r.code == R.KEPT_OUT]
    assert fact.status == "single" and [k["rule"] for k in kept_out] == [R.RULE_UNCOUNTED]


def test_equal_numbers_that_say_not_what_they_count_are_still_shared(tmp_path):
    analysis = analyse(tmp_path, A.format(133), B.format(133))
    (fact,) = facts_with(analysis, 133)
    assert fact.status == "shared"


def test_a_number_standing_alone_still_conflicts_with_one_that_says_what_it_counts(tmp_path):
    analysis = analyse(
        tmp_path,
        "حملة أمنية\nوأعلن رئيس الوزراء أن السلطات اعتقلت 251 في حملة أمنية متزامنة ضد التنظيم.",
        "حملة أمنية واسعة\nوأعلن رئيس الوزراء أن السلطات اعتقلت 297 شخصا في حملة أمنية متزامنة ضد التنظيم.",
    )
    (fact,) = facts_with(analysis, 251, 297)
    assert fact.status == "conflict"
