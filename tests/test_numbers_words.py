"""Number words: clitics, missing hamza, compounds, Egyptian and Levantine forms, vague amounts."""

from core.mentions.numbers import find_numbers
from tests.numbers_support import only, values


def test_a_number_word_without_hamza():
    assert only("تحرير اربعة جثامين").value == 4


def test_a_number_word_with_the_preposition_b():
    m = only("غادروا بعشر حافلات")
    assert (m.value, m.counted != "") == (10, True)


def test_the_span_starts_after_a_one_letter_clitic():
    m = only("غادروا بعشر حافلات")
    assert m.text == "عشر حافلات"


def test_a_number_word_with_the_conjunction_w():
    assert only("وثلاثة مدنيين").value == 3


def test_units_and_tens_join_with_wa():
    assert only("قتل خمسة وعشرون شخصا").value == 25


def test_hundreds_written_as_one_word_in_both_spellings():
    assert values("ثلاثمئة عنصر") == [300]
    assert values("ثلاثمائة عنصر") == [300]


def test_hundreds_written_as_two_words():
    assert only("ثلاث مئة مقاتل").value == 300


def test_a_hundred_thousand():
    assert only("نزح مئة ألف شخص").value == 100_000


def test_the_dual_of_thousand():
    assert only("اعتقل ألفين من المتظاهرين").value == 2000


def test_a_long_compound_with_scales():
    assert only("ميزانية بلغت مليونا وثلاثمئة ألف ريال").value == 1_300_000


def test_two_numbers_that_do_not_compose_stay_apart():
    assert values("سقط ثلاثة قتلى وأربعة جرحى") == [3, 4]


def test_egyptian_forms():
    assert only("تلتمية وخمسين").value == 350
    assert only("اتناشر").value == 12


def test_a_word_that_only_looks_like_a_number_alone_is_not_read():
    assert values("علاقات متين بين البلدين") == [2]  # «البلدين» is a dual; «متين» = solid


def test_tens_of_is_vague_with_the_order_of_magnitude():
    m = only("قتل التحالف العشرات من جهاديي التنظيم")
    assert (m.value, m.qualifier) == (10, "vague")


def test_hundreds_and_thousands_of_are_vague():
    assert [(m.value, m.qualifier) for m in find_numbers("ترحيل المئات من عناصر التنظيم ونزوح الآلاف")] == [
        (100, "vague"),
        (1000, "vague"),
    ]


def test_tens_of_thousands():
    assert only("عشرات الآلاف من اللاجئين").value == 10_000


def test_digits_with_a_scale_word():
    assert only("100 ألف").value == 100_000
    assert only("3 ملايين").value == 3_000_000


def test_half_a_million():
    assert only("نصف مليون نازح").value == 500_000


def test_monday_is_not_two():
    assert values("أعلن الاثنين عن خطة جديدة") == []


def test_an_ordinal_alone_is_an_ordinal():
    m = only("المؤتمر الخامس للحزب")
    assert (m.value, m.kind) == (5, "ordinal")


def test_a_compound_ordinal():
    assert only("القرن الحادي والعشرين").value == 21


def test_one_after_a_countable_noun_is_a_count():
    m = only("قتل شخص واحد في الهجوم")
    assert (m.value, m.text) == (1, "شخص واحد")


def test_one_after_an_ordinary_word_is_not_a_quantity():
    assert values("كل واحد منهم يشكل جزءا") == []


def test_the_definite_one_is_the_same_not_a_count():
    assert values("فالعائلة الواحدة تتقاسم السكن") == []


def test_dead_is_not_two_hundred():
    assert values("عثر عليه ميتا في منزله") == []


def test_tens_of_definite_is_vague_only_with_min_for_its_noun():
    assert only("أصيب المئات نتيجة الحريق").counted == ""


def test_thousands_in_digits_and_words_then_hundreds():
    assert only("انتخب 28 ألفا و 116 مرشحا").value == 28116


def test_english_number_words_with_a_hyphen_and_a_qualifier():
    m = only("at least twenty-five people were killed")
    assert (m.value, m.qualifier) == (25, "at_least")


def test_english_several_hundred_is_vague():
    m = only("several hundred jihadists and their families")
    assert (m.value, m.qualifier) == (100, "vague")


def test_a_few_thousand_is_vague():
    m = only("وصل بضعة آلاف من اللاجئين")
    assert (m.value, m.qualifier, m.text) == (1000, "vague", "بضعة آلاف من اللاجئين")


def test_english_scale_after_digits_with_a_currency():
    m = only("a loan of 1.5 million dollars")
    assert (m.value, m.kind) == (1_500_000, "money")


def test_one_of_is_not_a_quantity():
    assert values("واحدة من أشهر حقائب اليد") == []


def test_a_capitalised_english_qualifier_before_digits_is_no_code():
    m = only("Around 300 militants left")
    assert (m.value, m.qualifier) == (300, "about")


def test_dollars_and_an_english_scale():
    m = only("costing $1.5 billion")
    assert (m.value, m.kind) == (1_500_000_000, "money")


def test_one_in_the_accusative_inside_a_compound():
    assert only("تزن ستمائة وواحداً وثمانين جراماً").value == 681


def test_a_half_of_the_unit_named_again_with_the_article():
    m = only("بلغ وزنها ثلاثمائة وتسعين جراماً ونصف الجرام")
    assert (m.value, m.text) == (390.5, "ثلاثمائة وتسعين جراماً ونصف الجرام")


def test_grams_in_the_accusative_are_the_unit():
    assert only("عثر على كمية تزن 744 جراما").kind == only("عثر على كمية تزن 744 غراما").kind == "other"
