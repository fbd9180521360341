"""One written amount at another scale word («مليون» for «مليار»), or rounded, is one quantity told two ways."""

from tests.articles import analyse


def test_the_same_figure_in_millions_and_in_billions_is_a_conflict(tmp_path):
    analysis = analyse(
        tmp_path,
        "صافي الأصول الأجنبية\nسجل صافي الأصول الأجنبية للبنك المركزي في يونيو 664.5 مليون دولار.",
        "صافي الأصول الأجنبية\nسجل صافي الأصول الأجنبية للبنك المركزي في يونيو 664.5 مليار دولار.",
    )
    (fact,) = [f for f in analysis.facts if len(f.mentions) == 2 and f.kind == "money"]
    assert fact.status == "conflict"


def test_an_amount_and_its_rounding_to_fewer_digits_are_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "استثمارات في الخارج\nسجلت استثمارات البنك المركزي في أوراق مالية بالخارج 1812.4 مليار ريال بنهاية يونيو.",
        "استثمارات في الخارج\nسجلت استثمارات البنك المركزي في أوراق مالية بالخارج 1.81 تريليون ريال بنهاية يونيو.",
    )
    (fact,) = [f for f in analysis.facts if len(f.mentions) == 2 and f.kind == "money"]
    assert fact.status == "conflict"


def test_a_round_amount_of_one_digit_is_not_taken_for_a_rounding(tmp_path):
    analysis = analyse(
        tmp_path,
        "استثمارات في الخارج\nسجلت استثمارات البنك المركزي في أوراق مالية بالخارج 2.4 مليار ريال بنهاية يونيو.",
        "استثمارات في الخارج\nسجلت استثمارات البنك المركزي في أوراق مالية بالخارج 2 مليار ريال بنهاية يونيو.",
    )
    assert not [f for f in analysis.facts if len(f.mentions) == 2]
