"""The bound alignment puts in front of rapidfuzz's token-set ratio: never below the ratio, so
skipping a pair on it changes no alignment."""

import random

from rapidfuzz import fuzz

from core.match.fuzzy_bound import WordsOf, ratio_bound, short_of, words_of
from core.text.arabic import normalize

SENTENCES = [
    "قتل 15 شخصاً وأصيب 20 آخرون في انفجار سيارة مفخخة وسط المدينة",
    "وقتل ١٥ شخصاً في الانفجار الذي وقع وسط المدينة صباح اليوم",  # Arabic-Indic digits
    "قُتِلَ خمسة عشر شخصاً في انفجار سيارة مفخخة",  # diacritics
    "وأعلنت الوزارة ارتفاع عدد الضحايا إلى 15 قتيلاً",
    "قتـــل 15 شخصاً وأصيب 20 آخرون",  # tatweel
    "وبالمدينة قتل 15 شخصاً وأصيب 20 آخرون في انفجار سيارة مفخخة وسط المدينة",  # clitics
    "انفجار سيارة مفخخة",
    "،،،",
    "",
    "   ",
]


def test_the_bound_is_never_below_the_ratio_and_equals_it_for_a_text_and_its_part():
    texts = [normalize(s) for s in SENTENCES]
    for a in texts:
        for b in texts:
            wa, wb = words_of(a), words_of(b)
            assert wa is not None and wb is not None
            assert ratio_bound(wa, wb) >= fuzz.token_set_ratio(a, b), (a, b)
    part, whole = normalize(SENTENCES[6]), normalize(SENTENCES[0])
    assert ratio_bound(words_of(part), words_of(whole)) == fuzz.token_set_ratio(part, whole) == 100
    assert ratio_bound(words_of(""), words_of(whole)) == fuzz.token_set_ratio("", whole) == 0


def test_the_bound_holds_on_shuffled_words_of_news_sentences():
    rng = random.Random(7)
    vocabulary = " ".join(normalize(s) for s in SENTENCES).split()
    for _ in range(2000):
        a = " ".join(rng.choices(vocabulary, k=rng.randint(1, 12)))
        b = " ".join(rng.choices(vocabulary, k=rng.randint(1, 12)))
        assert ratio_bound(words_of(a), words_of(b)) >= fuzz.token_set_ratio(a, b), (a, b)


def test_no_bound_for_a_text_whose_spaces_rapidfuzz_reads_otherwise():
    # in a text of one-byte characters rapidfuzz does not split at a no-break space; str.split does
    assert words_of("15\xa0km") is None
    assert not short_of(None, words_of("15 km"), 0.0, 0.25)


def test_a_pair_is_short_only_when_even_the_bound_leaves_its_score_below_the_threshold():
    a, b = normalize(SENTENCES[0]), normalize(SENTENCES[3])
    ratio = fuzz.token_set_ratio(a, b)
    wa, wb = words_of(a), words_of(b)
    for overlap in (0.0, 0.1, 0.2, 0.3):
        if short_of(wa, wb, overlap, 0.25):
            assert 0.8 * overlap + 0.2 * (ratio / 100.0) < 0.25
    assert not short_of(wa, wb, 0.3, 0.25)


def test_words_are_made_once_per_text_when_first_asked_for():
    words = WordsOf(["قتل 15 شخصا", "قتل قتل"])
    assert words[1] == (frozenset({"قتل"}), 3)
    assert 0 not in words
