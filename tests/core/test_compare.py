"""Values are compared with their qualifiers."""

from core.match.agreement import agree, show_value
from core.match.keys import significant
from core.model import Mention


def m(value, qualifier="exact", kind="count") -> Mention:
    return Mention("x", "d1", "d1.s1", 0, 1, value, kind, qualifier, "", "")


def test_about_and_at_most_the_same_number_agree():
    assert agree(m(200, "about"), m(200, "at_most"))


def test_different_exact_counts_conflict():
    assert not agree(m(11), m(17))


def test_about_covers_a_tenth_either_side():
    assert agree(m(200, "about"), m(215))
    assert not agree(m(200, "about"), m(300))


def test_more_than_agrees_with_a_larger_number_only():
    assert agree(m(300, "more_than"), m(350))
    assert not agree(m(300, "more_than"), m(250))


def test_at_most_excludes_larger_numbers():
    assert not agree(m(200, "at_most"), m(375))


def test_a_date_agrees_with_a_less_precise_form_of_itself():
    assert agree(m("--08", kind="date"), m("--08-29", kind="date"))
    assert agree(m("2017-08-29", kind="date"), m("--08-29", kind="date"))
    assert not agree(m("--08-28", kind="date"), m("--08-29", kind="date"))


def test_values_are_shown_with_their_qualifier_as_the_formatter_shows_them():
    assert show_value(200, "about") == "نحو 200"
    assert show_value(200, "at_most") == "≤ 200"
    assert show_value("--08-29", "exact") == "29/08"
    assert show_value(3.5, "exact") == "3.5"
    assert show_value(200, "about", "en") == "about 200"


def test_more_than_a_round_figure_agrees_with_that_figure():
    assert agree(m(200, "more_than"), m(200))


def test_two_lower_bounds_agree():
    assert agree(m(60, "more_than"), m(70, "more_than"))


def test_about_five_agrees_with_five_point_three():
    assert agree(m(5, "about"), m(5.3))


def test_a_month_and_a_year_are_not_comparable_dates():
    from core.match.agreement import dates_comparable

    assert not dates_comparable("--06", "2015")
    assert not dates_comparable("--06", "2015-06")
    assert dates_comparable("2015-06", "2014-06")


def test_two_exact_figures_agree_only_when_equal_ints_and_floats_alike():
    assert agree(m(12), m(12)) and agree(m(12), m(12.0)) and agree(m(0), m(-0.0))
    assert not agree(m(12), m(15)) and not agree(m(143.8), m(143.9))
    assert not agree(m(float("nan")), m(float("nan")))  # as the intervals said: no point meets it
    assert agree(m(float("inf")), m(float("inf")))


def test_the_significant_digits_kept_are_those_written_afresh():
    for value in [1812.4, 1.81, 2000000000.0, 0.25, -664.5, 0.0, -0.0, 143800000.0, 1e-7]:
        assert significant(value) == f"{abs(value):.12g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")
        assert significant(value) == significant(value)  # the second time from the memo
