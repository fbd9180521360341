"""The level a change started from («إلى 0.7 بالمئة … من 3.9 بالمئة»), read by core.match.levels_before:
one quantity at an earlier moment, never red against the level reached that another article gives
alone, still one fact with the same level told without «من»."""

from core.match import reasons as R
from core.report.reasons_text import reason_text
from tests.articles import analyse, fact_of, facts_with, mention, one_fact

JAPAN = (
    "يتراجع نمو الاقتصاد الياباني إلى 0.7 بالمئة في الربع الثاني من 3.9 بالمئة في الربع الأول مع ضعف إنفاق المستهلكين."
)
BUS = "انقلاب حافلة\n\n"
OIL_FROM_TO = "رفع البنك الدولي توقعاته لأسعار النفط الخام عام 2015 من 53 دولاراً للبرميل إلى 57 دولاراً للبرميل."
OIL_BOTH = (
    "رفع البنك الدولي توقعاته لأسعار النفط الخام إلى 57 دولارا للبرميل، وكانت توقعاته قبل ثلاثة أشهر 53 دولارا للبرميل."
)


def test_a_number_after_from_in_a_sentence_of_change_is_the_level_before(tmp_path):
    analysis = analyse(tmp_path, JAPAN)
    assert (mention(analysis, 3.9).frame.scope, mention(analysis, 0.7).frame.scope) == ("before", "")


def test_the_level_before_joins_the_same_level_told_without_from(tmp_path):
    analysis = analyse(tmp_path, OIL_FROM_TO, OIL_BOTH)
    (a, b) = [m for m in analysis.mentions if m.value == 53]
    assert one_fact(analysis, a, b) and fact_of(analysis, a).status == "shared"


def test_a_fact_of_the_level_before_and_the_level_told_alone_is_not_worded_as_another_event(tmp_path):
    analysis = analyse(tmp_path, OIL_FROM_TO, OIL_BOTH)
    fact = fact_of(analysis, next(m for m in analysis.mentions if m.value == 53))
    (frame_match,) = [r for r in fact.reasons if r.code == R.FRAME_MATCH]
    assert "حدث آخر" not in reason_text(frame_match, "ar")


def test_the_level_reached_counts_what_the_level_before_counts(tmp_path):
    analysis = analyse(tmp_path, "ارتفع عدد المصابين في حادث انقلاب الحافلة من 12 شخصا إلى 15 شخصا.")
    assert mention(analysis, 15).frame.role == "injured"


def test_the_level_before_is_never_red_against_the_count_told_alone(tmp_path):
    analysis = analyse(
        tmp_path,
        BUS + "ارتفع عدد المصابين في حادث انقلاب الحافلة من 12 شخصا إلى 15 شخصا بحسب الدفاع المدني.",
        BUS + "أصيب 15 شخصا في حادث انقلاب الحافلة بحسب الدفاع المدني.",
    )
    assert [f.status for f in facts_with(analysis, 15)] == ["shared"] and not facts_with(analysis, 12, 15)


def test_from_and_to_without_a_word_of_change_is_not_a_level_before(tmp_path):
    analysis = analyse(tmp_path, "نقلت الحافلات الحجاج من 3 مخيمات إلى 5 فنادق في مكة المكرمة.")
    assert mention(analysis, 3).frame.scope == ""


def test_the_level_before_is_worded_as_such(tmp_path):
    reason = R.reason(R.FRAME_MATCH, kind="percent", role="", subject="%", scope="before")
    assert reason_text(reason, "en").endswith(", the level a change started from")


def test_a_level_compared_with_last_year_joins_that_level_told_alone(tmp_path):
    analysis = analyse(
        tmp_path,
        "الأصول الاحتياطية\nوبلغت الأصول الاحتياطية 2.52 تريليون ريال بنهاية يونيو، ومقارنة بـ2.78 تريليون ريال "
        "بنهاية يونيو من العام الماضي.",
        "الأصول الاحتياطية\nوتراجعت الأصول الاحتياطية 9.5 في المائة مقارنة بمستوياتها في يونيو 2014، البالغة 2.78 "
        "تريليون ريال.",
    )
    a, b = (m for m in analysis.mentions if m.value == 2_780_000_000_000)
    assert a.frame.scope == "before" and one_fact(analysis, a, b)


def test_a_change_from_last_year_reaches_a_level_of_now(tmp_path):
    analysis = analyse(
        tmp_path,
        "النفط\nانخفض سعر خام برنت من 115 دولارا للبرميل في يونيو من العام الماضي، إلى نحو 50 دولارا هذا الأسبوع.",
    )
    assert (mention(analysis, 115).frame.scope, mention(analysis, 50).frame.scope) == ("background", "")


def test_a_change_from_last_year_to_a_dated_level_stays_in_the_past(tmp_path):
    analysis = analyse(
        tmp_path,
        "النفط\nهبطت أسعار النفط من 115 دولارا للبرميل منذ يونيو العام الماضي، إلى 46 دولارا فقط في يناير الماضي.",
    )
    assert mention(analysis, 46).frame.scope == "background"
