"""A fact's label says, in the articles' words, what its numbers count: never an English kind."""

from tests.articles import analyse, facts_with


def test_a_number_standing_alone_is_labelled_by_what_adad_names_before_it(tmp_path):
    analysis = analyse(
        tmp_path,
        "تفجير\nوارتفع عدد القتلى إلى 20 بحسب مصادر طبية في المدينة.",
        "حصيلة التفجير\nوارتفع عدد القتلى إلى 25 بحسب مصادر طبية في المدينة.",
    )
    (fact,) = facts_with(analysis, 20, 25)
    assert fact.label.startswith("قتلى (")


def test_a_number_that_names_nothing_it_counts_is_labelled_adad(tmp_path):
    analysis = analyse(tmp_path, "المستشفى\nوقال مدير المستشفى إن 12 منهم في حالة خطرة.")
    (fact,) = facts_with(analysis, 12)
    assert fact.label == "عدد: 12"


def test_a_quantity_in_a_unit_is_labelled_by_its_unit(tmp_path):
    analysis = analyse(
        tmp_path,
        "ضبط شحنة\nوضبطت الجمارك 717 طناً من القمح المهرب في الميناء.",
        "شحنة مهربة\nوأعلنت الجمارك ضبط 717 طناً من القمح المهرب في الميناء.",
    )
    facts = facts_with(analysis, 717)
    assert facts and all(f.label.startswith("طن") for f in facts)


def test_a_number_of_an_english_article_is_labelled_in_english(tmp_path):
    analysis = analyse(
        tmp_path,
        "Storm closes schools\nPolice said 3 people died in the storm on Monday.",
        "Schools shut by storm\nOfficials said 5 people died in the storm on Monday.",
    )
    (fact,) = facts_with(analysis, 3, 5)
    assert fact.label == "count: 3 · 5"
