"""An article's term counts (`core.match.stories.counted_terms`), counted in C: the same counts in the
same order as one dictionary update per term of each sentence's terms sorted, the headline's first."""

from collections import defaultdict

from core.match.align import profiles
from core.match.sentence_terms import profile_terms
from core.match.stories import TITLE_WEIGHT, counted_terms, document_terms
from core.model import Document
from core.pipeline import analyze_document

TEXT = (
    "مقتل ١٥ شخصاً بانفجار في المدينة\n"  # Arabic-Indic digits
    "وقُتِل 15 شخصاً وأُصيب 30 آخرون في الانفجار الذي وقع صباح اليوم.\n"  # diacritics, clitics
    "وبالمدينة قتـــل 15 شخصا، وأعلن الدفاع المدني انتشال الجثث.\n"  # tatweel
    "وقال المتحدث إن الانفجار وقع في السوق."
)


def _one_update_per_term(term_sets):
    counts = defaultdict(float)
    for k, terms in enumerate(term_sets):
        for t in sorted(terms):
            counts[t] += TITLE_WEIGHT if k == 0 else 1.0
    return dict(counts)


def _article():
    doc = Document("d1", "a.txt", "a", TEXT)
    sentences, mentions = analyze_document(doc)
    return doc, sentences, mentions


def test_counts_and_their_order_are_those_of_one_update_per_sorted_term():
    for term_sets in (
        [{"ب", "ا"}, {"ج", "ا"}, {"ا", "د", "ب"}],
        [{"=city", "!killed", "شخص"}, set(), {"شخص", "#15:human"}, {"!killed"}],
        [{"وحده"}],
        [],
    ):
        got, want = counted_terms(term_sets), _one_update_per_term(term_sets)
        assert list(got.items()) == list(want.items())
        assert all(type(v) is float for v in got.values())


def test_an_article_counts_its_profiles_terms_without_making_its_profiles():
    doc, sentences, mentions = _article()
    made = profiles({doc.id: doc.text}, sentences, mentions)
    assert profile_terms({doc.id: doc.text}, sentences, mentions) == [set(p.terms) for p in made]
    counted = counted_terms(profile_terms({doc.id: doc.text}, sentences, mentions))
    assert list(counted.items()) == list(_one_update_per_term([p.terms for p in made]).items())
    assert list(document_terms(made)["d1"].items()) == list(counted.items())
    assert counted["شخص"] == TITLE_WEIGHT + 2  # the headline's and two more sentences'
