"""The terms a sentence is compared on, looked up per word (`core.match.sentence_terms`)."""

import pytest

from core.match import sentence_terms
from core.match.sentence_terms import terms_of_normalized
from core.text.arabic import normalize

CASES = [
    # clitics, Arabic-Indic digits, diacritics: stems and classes, no digits, no stopwords
    ("وقال المتحدث إن ١٥ شخصاً قُتِلوا في الهجوم", {"!attacked", "!killed", "=spokesman", "شخص"}),
    ("وبالمدينة قتـــل 15 شخصا", {"!killed", "=city", "شخص"}),  # tatweel
    ("قتل قتل قتل", {"!killed"}),
    ("في من على", set()),
]


@pytest.mark.parametrize(("text", "terms"), CASES)
def test_a_sentence_gives_the_terms_of_its_words_whether_they_were_met_before_or_not(text, terms):
    sentence_terms._TERMS.clear()
    assert terms_of_normalized(normalize(text)) == terms  # every word new
    assert terms_of_normalized(normalize(text)) == terms  # every word known
