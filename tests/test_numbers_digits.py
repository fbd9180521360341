"""Digits of every script, separators, and digits glued to words."""

from core.mentions.numbers import find_numbers
from tests.numbers_support import only, values


def test_western_digits_are_read_with_their_counted_noun():
    m = only("وتضم القافلة 17 حافلة")
    assert (m.value, m.kind, m.text) == (17, "count", "17 حافلة")


def test_arabic_indic_digits_are_read():
    assert only("وبلغ عدد المرحلين ٦٣٧ شخصاً").value == 637


def test_persian_digits_are_read():
    assert only("قتل ۱۲ شخصا").value == 12


def test_arabic_decimal_separator():
    assert only("نما الاقتصاد ٣٫٥ في المئة").value == 3.5


def test_thousands_separators_in_both_scripts():
    assert values("بلغ عدد اللاجئين ١٠٠٬٠٠٠ لاجئ و1,250,000 نازح") == [100000, 1250000]


def test_digits_glued_to_the_word_before():
    m = only("راقب القافلة ودمر40 آلية")
    assert m.value == 40 and m.text == "40 آلية"


def test_digits_glued_to_the_word_after():
    m = only("أفرج عن 10من المعتقلين")
    assert m.value == 10


def test_values_are_ints_when_whole_and_floats_otherwise():
    assert isinstance(only("3.0 ملايين").value, int)
    assert only("1.5 مليار دولار").value == 1_500_000_000


def test_a_decimal_in_billions_is_a_whole_amount():
    m = only("وارتفعت الودائع إلى 33.3 مليار ريال")
    assert (m.value, type(m.value)) == (33_300_000_000, int)


def test_offsets_point_into_the_original_string_even_with_tashkeel():
    text = "قُتِلَ خَمْسَةُ جُنُودٍ فِي الهُجُومِ"
    m = only(text)
    assert text[m.start : m.end] == m.text and m.value == 5


def test_a_spaced_digit_date_with_hijri_era():
    m = only("يوم الأحد الموافق ١٠ /١٠ /١٤٣٦هـ")
    assert (m.value, m.kind) == ("AH1436-10-10", "date")


def test_a_clock_time_in_digits():
    m = only("في تمام الساعة ٥:٣٠ من عصر اليوم")
    assert (m.value, m.kind) == (17.5, "time")


def test_every_mention_carries_its_surface_text():
    text = "سقط 3 قتلى و7 جرحى"
    assert all(text[m.start : m.end] == m.text for m in find_numbers(text))


def test_the_gulf_decimal_sign_ra():
    m = only("تقدر بـ 6ر2 مليار رينجيت")
    assert (m.value, m.kind) == (2_600_000_000, "money")


def test_dots_between_groups_of_three_are_thousands_separators():
    m = only("وبلغت قيمته (9.777.000) ريال")
    assert (m.value, m.kind) == (9_777_000, "money")


def test_a_version_number_is_not_a_quantity():
    assert values("بهذا النظام الذي يحمل الإصدار 2.2.1 من") == []


def test_a_decimal_comma_before_a_percent_sign():
    m = only("بنسبة إنجاز فاقت 82,3 % وبكلفة")
    assert (m.value, m.kind) == (82.3, "percent")


def test_odd_strings_neither_crash_nor_give_spans_outside_the_text():
    odd = [
        "",
        "-",
        "٫",
        "1/0",
        "4:.8",
        "21 فاصلة ٤",
        "9.1ر1",
        "٢٬٫6",
        "0.087,0 %",
        "مليون مليون",
        "ألف و",
        "7۱*۱إضآخرونآةهـ",
        "99999999999999999999",
        "الساعة",
        "نهاية",
        "ونصف",
    ]
    for text in odd:
        for m in find_numbers(text):
            assert text[m.start : m.end] == m.text and 0 <= m.start < m.end <= len(text)


def test_a_scale_word_is_not_the_noun_a_number_counts():
    assert values("ألف ألف") == [1000, 1000]


def test_a_bracketed_number_with_a_scale_and_a_currency_after_the_bracket():
    m = only("بتكلفة (1500) مليون ريال")
    assert (m.text, m.value, m.kind) == ("(1500) مليون ريال", 1_500_000_000, "money")


def test_an_amount_with_three_zeros_after_a_dot_is_thousands():
    m = only("وتم تغريمها بمبلغ (945.000) ريال")
    assert (m.value, m.kind) == (945_000, "money")
