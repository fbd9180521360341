"""The reader's pre-check (`may_hold_number`): a sentence with no digit and no word that can start a
mention is skipped without reading it, and the pre-check never skips one the reader finds something in."""

from core.mentions.numbers.triggers import may_hold_number
from tests.numbers_support import values


def test_a_sentence_without_digits_or_number_words_holds_no_number():
    sentence = "وصل الوزير إلى المدينة صباح اليوم"
    assert not may_hold_number(sentence)
    assert values(sentence) == []


def test_arabic_indic_digits_may_hold_a_number():
    assert may_hold_number("قتل ٣ أشخاص")
    assert values("قتل ٣ أشخاص") == [3]


def test_a_number_word_written_with_hamza_and_ta_marbuta_may_hold_a_number():
    assert may_hold_number("نحو ثلاثة آلاف زائر")
    assert values("نحو ثلاثة آلاف زائر") == [3000]


def test_a_dual_may_hold_a_number():
    assert may_hold_number("أسقطت طائرتين")
    assert values("أسقطت طائرتين") == [2]


def test_an_english_number_word_may_hold_a_number():
    assert may_hold_number("three people died")
    assert not may_hold_number("The minister arrived")


def test_a_number_word_split_by_a_bidi_mark_is_still_read():
    # the pre-check sees the text without its bidi marks, as the reader does
    assert values("قتل ثلا\u200fثة أشخاص") == [3]
