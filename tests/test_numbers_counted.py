"""What a number counts, its unit, its qualifier, and duals of countable nouns."""

from core.mentions.numbers import find_numbers
from core.text.arabic import stem
from tests.numbers_support import only, values


def test_the_counted_noun_is_lemmatised():
    assert only("تراقب 11 حافلة").counted == stem("حافلات") == stem("حافلة")


def test_a_counted_noun_in_the_accusative_with_tanween():
    assert only("أن 85 عنصراً من داعش لقوا حتفهم").counted == stem("عنصر")


def test_the_first_of_two_coordinated_nouns_is_counted():
    assert only("و١٥٠ امرأة وطفل").counted == stem("امرأة")


def test_a_noun_before_the_article_and_the_number():
    m = only("مرت قوات الأسد بالقرب من الحافلات الـ 11 التابعة لداعش")
    assert (m.text, m.value, m.counted) == ("الحافلات الـ 11", 11, stem("حافلة"))


def test_a_noun_before_the_number_and_min():
    m = only("تسلمت جثث 5 من عناصرها")
    assert (m.text, m.value, m.counted) == ("جثث 5 من عناصرها", 5, stem("جثة"))


def test_a_verb_after_the_number_is_not_counted():
    assert only("قتل 85 حاولوا الالتحاق بها").counted == ""


def test_about_before_the_number():
    m = only("تنقل نحو 200 مقاتل")
    assert (m.qualifier, m.text) == ("about", "نحو 200 مقاتل")


def test_more_than_without_hamza():
    assert only("بعد اكثر من اسبوعين").qualifier == "more_than"


def test_at_most():
    m = only("لا يتجاوز 200 عنصر")
    assert (m.value, m.qualifier) == (200, "at_most")


def test_at_least_after_the_counted_noun():
    m = only("قتل 20 شخصا على الأقل")
    assert (m.qualifier, m.text) == ("at_least", "20 شخصا على الأقل")


def test_less_than():
    assert only("أقل من 50 جنديا").qualifier == "less_than"


def test_a_dual_of_a_countable_noun_is_two():
    m = only("طائرتين روسيتين من طراز سو-34")
    assert (m.value, m.kind, m.counted) == (2, "count", stem("طائرة"))


def test_a_dual_of_boats_is_two():
    m = only("وتم رصد قاربين خارج المياه الإقليمية")
    assert (m.value, m.counted) == (2, stem("قارب"))


def test_a_dual_after_a_dual_noun_is_its_adjective():
    assert values("قصفت الطائرات مقرين عامين ونقطة تموين للتنظيم") == [2]


def test_a_dual_after_a_preposition_is_another_count():
    assert values("ملف قضية تحرش شابين بفتاتين في أحد المجمعات") == [2, 2]


def test_a_dual_in_construct_before_its_noun_is_two():
    assert [(m.text, m.value) for m in find_numbers("أقروا بتورطهم في عمليتي تهريب سابقتين")] == [("عمليتي", 2)]
    assert [m.value for m in find_numbers("تسجيل خمس إصابات وحالتي وفاة في الحادث")] == [5, 2]


def test_a_feminine_noun_with_my_is_no_dual():
    assert find_numbers("قال إن عائلتي بالداخل، وإن سيارتي على الطريق، ومدينتي الساحرة تنتظر") == []


def test_a_dual_in_construct_that_names_its_two_is_no_count():
    assert find_numbers("اشتباكات بين محافظتي أبين (الجنوبية) والبيضاء، بحضور وزارتي الخارجية والنقل") == []


def test_a_tens_word_after_and_in_is_a_number_not_a_rank():
    assert [(m.value, m.kind) for m in find_numbers("وكلاهما من البحرين وفي الثلاثين من العمر")] == [(30, "count")]


def test_a_nominative_dual_of_a_sound_noun():
    assert only("بينهم قياديان كبيران").value == 2


def test_a_sound_plural_in_ين_is_not_a_dual():
    assert values("غادر مقاتلين من التنظيم") == []


def test_a_word_ending_in_ين_is_not_a_dual():
    assert values("حسين والأمين في فلسطين") == []


def test_a_dual_time_unit_is_a_duration():
    m = only("اتفاق مبرم قبل عامين")
    assert (m.value, m.kind) == (2, "duration")


def test_within_about_before_the_number():
    m = only("لا يزال الرقم في حدود 500 ألف زائر")
    assert (m.qualifier, m.value) == ("about", 500_000)


def test_about_before_a_dual():
    m = only("قبل نحو أسبوعين")
    assert (m.value, m.kind, m.qualifier) == (2, "duration", "about")


def test_a_duration():
    m = only("على مدى ثلاث سنوات")
    assert (m.value, m.kind) == (3, "duration")


def test_distances_in_miles_and_kilometres():
    assert [(m.value, m.kind) for m in find_numbers("على بعد 130 ميلاً (209 كلم) جنوب الرقة")] == [
        (130, "distance"),
        (209, "distance"),
    ]


def test_percent_sign_and_words():
    assert [only(t).kind for t in ("ارتفع 5%", "ارتفع 5 بالمئة", "ارتفع 5 في المئة")] == ["percent"] * 3


def test_a_percent_in_words():
    assert only("أمر مؤكد مئة بالمئة").value == 100


def test_money_with_a_scale():
    m = only("بقيمة 130 مليون ريال")
    assert (m.value, m.kind) == (130_000_000, "money")


def test_money_in_words():
    assert only("بقيمة خمسة ملايين يورو").value == 5_000_000


def test_tens_of_with_a_definite_noun():
    assert only("تودي بحياة عشرات الأبرياء").counted == stem("الأبرياء")


def test_one_after_a_time_unit_is_a_duration():
    assert only("لمدة يوم واحد").kind == "duration"


def test_a_plural_that_looks_like_a_dual_is_not_two():
    assert values("الحكومات في البلدان الرأسمالية") == []


def test_a_conjunction_after_the_number_is_not_its_noun():
    assert only("مقتل 18 وإصابة 30 آخرين".split(" 30")[0]).counted == ""


def test_a_plural_time_unit_before_the_article_and_number_is_a_duration():
    m = only("خلال الساعات الـ24 الماضية")
    assert (m.value, m.kind) == (24, "duration")


def test_thousand_and_digits():
    assert only("ألف و500 شخص").value == 1500


def test_a_decimal_comma_before_a_scale_word():
    assert only("1,5 مليون دولار").value == 1_500_000


def test_an_accusative_nisba_noun_meets_its_singular():
    assert only("قتل 15 مدنيا").counted == stem("مدني") == stem("مدنيين")


def test_an_imperfect_verb_after_the_number_is_not_counted():
    assert only("أكثر من مليون يتجهون للعمل").counted == ""


def test_a_noun_before_the_article_and_a_number_that_ends_the_text():
    assert only("مرت قوات الأسد بالقرب من الحافلات الـ 11").counted == stem("حافلة")


def test_and_a_half_after_a_time_unit():
    assert only("واستغرق ذلك أربع ساعات ونصف").value == 4.5


def test_a_year_and_a_half_without_a_number():
    m = only("ومدته سنة ونصف")
    assert (m.value, m.kind) == (1.5, "duration")


def test_a_bare_toll_counts_the_noun_after_adad():
    m = only("ارتفع عدد القتلى في الهجوم إلى 45")
    assert (m.text, m.counted) == ("45", stem("قتيل"))


def test_a_percent_sign_typed_before_the_number():
    m = only("ارتفع بنسبة %20 خلال العام")
    assert (m.value, m.kind) == (20, "percent")


def test_a_dollar_sign_before_the_number():
    m = only("بقيمة $5 مليون")
    assert (m.value, m.kind) == (5_000_000, "money")


def test_others_count_the_noun_counted_before():
    found = find_numbers("قُتل 12 شخصاً وأصيب 30 آخرون في الانفجار")
    assert [(m.value, m.counted) for m in found] == [(12, stem("شخص")), (30, stem("شخص"))]


def test_and_more_than_before_the_next_number_qualifies_that_number():
    found = find_numbers("ارتفعت الحصيلة إلى سبعة وأربعين قتيلاً وأكثر من مئة جريح")
    assert [(m.value, m.qualifier) for m in found] == [(47, "exact"), (100, "more_than")]


def test_a_qualifier_before_the_article_and_the_number():
    assert only("قرابة الـ300 شخص").qualifier == "about"


def test_the_first_number_of_a_range_counts_what_the_second_counts():
    found = find_numbers("قتل بين 10 و15 شخصا")
    assert [(m.value, m.counted) for m in found] == [(10, stem("شخص")), (15, stem("شخص"))]


def test_the_first_amount_of_a_range_is_at_the_scale_of_the_second():
    assert values("يبلغ حجم الاستثمار ما بين 3 إلى 4 مليارات ريال") == [3_000_000_000, 4_000_000_000]


def test_a_number_in_words_before_a_range_word_is_at_the_scale_of_the_next():
    assert values("نأمل تلبية مطالب ما بين أربعة إلى خمسة ملايين مسلم") == [4_000_000, 5_000_000]


def test_every_amount_of_a_list_is_at_the_scale_of_the_last():
    found = values("تراجعت أسواق قطر والكويت ومصر بنحو 11.9 و4.9 و3.1 مليار دولار على التوالي")
    assert found == [11_900_000_000, 4_900_000_000, 3_100_000_000]


def test_a_range_up_to_nothing_is_read_as_written():
    assert values("تراوحت التقديرات بين 5 و0 مليون ريال") == [5, 0]


def test_a_larger_number_before_a_range_word_keeps_its_own_scale():
    assert values("وصل سعر طائرة بوينج طراز 737 إلى 80 مليون دولار")[0] == 737


def test_a_bare_amount_far_below_the_next_keeps_its_own_scale():
    assert values("غرامات تراوحت بين 500 و10 آلاف ريال") == [500, 10_000]


def test_two_numbers_of_two_clauses_are_not_a_range():
    assert [m.counted for m in find_numbers("قتل 5 وأصيب 10 أشخاص")][0] == ""


def test_kilograms_written_in_two_words():
    m = only("زنة 45 كيلو جرامًا")
    assert (m.kind, m.counted) == ("other", "كغ")


def test_a_definite_cardinal_after_an_unknown_plural_counts_it():
    m = only("وعثر في الحقائب الأربع على مواد متفجرة")
    assert (m.kind, m.value, m.text) == ("count", 4, "الحقائب الأربع")


def test_square_metres_written_as_m2_are_an_area():
    m = only("على مساحة تقدر بنحو 3000م2")
    assert (m.value, m.kind) == (3000, "other")


def test_square_metres_with_three_zeros_after_a_dot_are_thousands():
    assert only("خصص للمشروع مساحة 100.000 متر مربع لوقوف الطائرات").value == 100_000
