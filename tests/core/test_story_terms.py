"""The candidate search of story grouping (core.match.story_terms) gives the same floats however its
sums are taken: the stories of a folder never depend on how the arithmetic was arranged."""

import numpy as np

from core.match import story_terms
from core.match.story_terms import ListedTerms, figures, similar_pairs, term_matrix

BUSES = {"حافل": 2.0, "#11:حافل": 2.0, "مدين": 1.0, "وصل": 1.0}
BUSES_AGAIN = {"حافل": 1.0, "#11:حافل": 1.0, "مدين": 2.0, "ركاب": 1.0}
FAIR = {"معرض": 2.0, "كتاب": 2.0, "#450:دار": 1.0, "مدين": 1.0}
FAIR_AGAIN = {"معرض": 1.0, "كتاب": 1.0, "#450:دار": 2.0, "وزير": 1.0}
FOLDER = [BUSES, FAIR, BUSES_AGAIN, FAIR_AGAIN, {"طقس": 1.0, "حار": 1.0}]


def _pairs(matrix):
    a, b, s, _df = similar_pairs(matrix, background=50, threshold=0.0, max_posting=60)
    return list(zip(a.tolist(), b.tolist(), s.tolist(), strict=True))


def test_pairs_summed_per_possible_key_equal_pairs_summed_after_sorting_bit_for_bit(monkeypatch):
    dense = _pairs(term_matrix(FOLDER))
    monkeypatch.setattr(story_terms, "DENSE_KEYS", 0)  # every block sorts its keys
    assert dense == _pairs(term_matrix(FOLDER))
    assert {(0, 2), (1, 3)} <= {(a, b) for a, b, _ in dense}  # the buses twice, the fair twice


def _stored_and_counted(vocabulary):
    """FOLDER with the bus articles as a project file keeps them (numbered in VOCABULARY), the others counted."""
    number = {t: i for i, t in enumerate(vocabulary)}

    def listed(counts):
        return ListedTerms(np.array([number[t] for t in counts]), np.array(list(counts.values())))

    return [listed(BUSES), FAIR, listed(BUSES_AGAIN), FAIR_AGAIN, FOLDER[4]]


def test_terms_as_a_project_file_keeps_them_give_the_same_pairs_as_counted_terms():
    vocabulary = ["مدين", "حافل", "#11:حافل", "وصل", "ركاب"]  # numbered otherwise than first met
    mixed = _stored_and_counted(vocabulary)
    assert _pairs(term_matrix(mixed, vocabulary)) == _pairs(term_matrix(FOLDER))


def test_articles_without_terms_give_no_pairs():
    assert _pairs(term_matrix([{}, {}, {"طقس": 1.0}])) == []


def test_terms_whose_numbers_differ_only_beyond_sixteen_bits_give_the_same_pairs():
    filler = [f"غير{i}" for i in range(65_536 + 4_465)]
    vocabulary = [*filler[:4_465], "مدين", *filler[4_466:], "حافل", "#11:حافل", "وصل", "ركاب"]
    assert vocabulary.index("حافل") == 65_536 + vocabulary.index("مدين")
    mixed = _stored_and_counted(vocabulary)
    assert _pairs(term_matrix(mixed, vocabulary)) == _pairs(term_matrix(FOLDER))


def test_an_articles_figures_are_its_number_values_once_each_without_the_common_ones():
    projects = {"#2015:عام": 1.0, "#41:مشروع": 2.0, "#41:مليون": 1.0, "وزير": 1.0}  # values numbered 0 (2015), 1 (41)
    budget = {"#2015:عام": 1.0, "#134:مليون": 1.0}  # 2 (134)
    folder = [projects, budget, {"#2015:عام": 1.0}, {}]
    assert figures(term_matrix(folder), common_share=0.5, common_min=1) == [{1}, {2}, set(), set()]
