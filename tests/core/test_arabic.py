"""Normalisation for matching: the display text is never altered, the matching keys fold variation."""

import pytest

from core.text import arabic
from core.text.arabic import fold_chars, light_stem, normalize, stem, stems_of, words


def test_fold_chars_keeps_the_length_so_offsets_stay_valid():
    text = "أُعلن مقتل ٨٥ مقاتلاً في إدلب"
    assert len(fold_chars(text)) == len(text)
    assert "85" in fold_chars(text)


def test_normalize_folds_hamza_alef_ya_ta_marbuta_and_drops_tashkeel():
    assert normalize("أَرْبَعَة") == normalize("اربعه") == "اربعه"
    assert normalize("إلى") == normalize("الي")


def test_persian_and_arabic_indic_digits_fold_to_ascii():
    assert normalize("۱۲۳ و ٤٥٦") == "123 و 456"


def test_plural_and_clitic_forms_share_one_stem():
    assert stem("حافلة") == stem("الحافلات") == stem("بالحافلات") == stem("حافلتين")
    assert stem("مقاتل") == stem("مقاتلين") == stem("مقاتلاً") == stem("لمقاتلي")


def test_broken_plurals_meet_their_singular_through_the_lexicon():
    assert stem("عناصر") == stem("عنصر")
    assert stem("جثامين") == stem("جثث") == stem("جثة")


def test_different_words_keep_different_stems():
    assert stem("جريح") != stem("مقاتل")
    assert stem("سيارة") != stem("حافلة")


def test_a_word_and_a_long_text_normalise_alike():
    word = "إصاباتٌ"
    long_text = " ".join([word] * 10)
    assert normalize(word) == "اصابات"
    assert normalize(long_text) == " ".join(["اصابات"] * 10)
    assert normalize("ـ٣") == "3"


def test_stems_of_many_words_are_their_stems_one_by_one():
    words = ["بالحافلات", "حافلتين", "مقاتلاً", "لمقاتلي", "٣٠", "قتيـــلاً", "عناصر", "بالحافلات", ""]
    assert stems_of(words) == [stem(w) for w in words]
    assert stems_of(iter(words)) == stems_of(words)


def test_light_stems_and_stems_of_clitic_heavy_words_stay_as_they_were():
    # (light stem of the normalised word, stem): pinned when the stemmer was made faster
    expected = {
        "وبالمقاتلين": ("مقاتل", "مقاتل"),
        "فالحافلات": ("حافل", "حافل"),
        "للجرحى": ("جرح", "جريح"),
        "مقاتلاتهم": ("مقاتل", "مقاتل"),
        "والقتلى": ("قتل", "قتيل"),
        "بيتها": ("يته", "يته"),
        "كتابيه": ("تاب", "تاب"),
        "قتلوا": ("قتلو", "قتلو"),
        "ابن": ("ابن", "ابن"),
        "وان": ("وان", "وان"),
        "١٢٣": ("123", "123"),
        "2015": ("2015", "2015"),
        "مقتـــل": ("مقتل", "مقتل"),
        "أُصيبوا": ("اصيبو", "اصيبو"),
        "حافلتين": ("حافل", "حافل"),
        "مستشفياتهم": ("مستشف", "مستشف"),
    }
    assert {w: (light_stem(normalize(w)), stem(w)) for w in expected} == expected


def test_a_plain_word_is_its_own_normal_form_and_any_other_is_folded_as_before():
    assert normalize("الوزير") == "الوزير"  # plain letters: returned as they are
    cases = {
        "أعلنَ": "اعلن",  # hamza seat, tashkeel
        "ثلاثـــة": "ثلاثه",  # tatweel, ta marbuta
        "مستشفى": "مستشفي",  # alef maqsura
        "٢٠١٥": "2015",
        "ISO": "iso",
        "ΑΣ": "ας",  # a final capital sigma lowers in context
        "ﻻ": "ﻻ",  # a presentation form is no plain letter, and is kept
    }
    assert {w: normalize(w) for w in cases} == cases


def test_a_suffix_that_would_leave_fewer_than_three_letters_gives_way_to_a_shorter_one():
    assert light_stem("ذاتها") == "ذات"  # «اتها» would leave «ذ»: «ها» is stripped instead
    assert light_stem("قراراتها") == "قرار"  # room for «اتها»: the longest suffix that fits
    assert light_stem("ابنها") == "ابن"


def test_a_prefix_that_would_leave_fewer_than_three_letters_gives_way_to_a_shorter_one():
    assert light_stem("للبيت") == "بيت"  # «لل» leaves three letters
    assert light_stem("وبالتالي") == "تال"  # «وبال», then «ي»
    assert stem("بنتها") == "نته"  # «ب» before «ها»: each of the two keeps three letters


def test_the_stem_memo_is_emptied_when_full_and_answers_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["بالحافلات", "حافلتين", "مقاتلاً", "لمقاتلي", "عناصر", "أُصيبوا", "٣٠"]
    before = stems_of(words)
    arabic._STEM_MEMO.clear()
    monkeypatch.setattr(arabic, "_STEM_MEMO_WORDS", 3)
    assert stems_of(words) == before
    assert len(arabic._STEM_MEMO) <= 3


def test_words_are_the_runs_of_letters_digits_and_underscores_between_anything_else():
    text = "قال الوزير، إن 30 شخصا (منهم طفلان) قتلوا - well_known «٤٠»"
    assert words(text) == ["قال", "الوزير", "ان", "30", "شخصا", "منهم", "طفلان", "قتلوا", "well_known", "40"]
