"""How the number reader reads the forms a news reader meets every day (issue 12).

One behaviour per case, each a short sentence written for this file in the style of a news report:
fractions and their combinations with scales, duals of scales, negatives, digits grouped by spaces
and invisible marks, scores and model names, years and dates, ordinals, currencies, percentages,
qualifiers. A case names the one mention expected (value, and where it matters kind, counted noun,
qualifier and span), or the values of every mention, or that there is none.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from core.mentions.numbers import find_numbers
from tests.numbers_support import only


class One(NamedTuple):
    """The sentence has exactly one mention, with these fields (None: not checked)."""

    text: str
    value: Any
    kind: str | None = None
    counted: str | None = None
    qualifier: str | None = None
    span: str | None = None


class All(NamedTuple):
    """The values of every mention of the sentence, in order ([] for none)."""

    text: str
    values: list[Any]


CASES: dict[str, One | All] = {
    # --- fractions in words -----------------------------------------------------------------
    "half_a_million_is_500_thousand": One("رصدت الحكومة نصف مليون ريال لترميم المدارس", 500_000, "money", "ريال"),
    "half_the_million_with_the_article": One("عبر الحدود نصف المليون لاجئ", 500_000, "count"),
    "three_quarters_of_the_million": One("جمعت الحملة ثلاثة أرباع المليون ريال", 750_000, "money"),
    "a_quarter_of_a_billion_with_a_clitic": One(
        "قدرت الخسائر بربع مليار دولار", 250_000_000, "money", span="ربع مليار دولار"
    ),
    "a_billion_and_half_the_billion_is_1_5_billion": One("بلغت قيمة الصفقة مليار ونصف المليار دولار", 1_500_000_000),
    "a_billion_and_a_quarter_of_the_billion": One("بلغت الاستثمارات مليارا وربع المليار ريال", 1_250_000_000),
    "two_million_and_a_half_after_a_dual": One("تجاوز عدد الزوار مليونين ونصف", 2_500_000),
    "a_million_and_a_half_with_a_qualifier": One(
        "قال إن نحو مليون ونصف لاجئ عبروا الحدود", 1_500_000, qualifier="about"
    ),
    "one_and_a_half_million": One("تلقت المنظمة واحد ونصف مليون طلب", 1_500_000),
    "seven_and_a_half_percent": One("ارتفعت الأسعار سبعة ونصف بالمئة خلال العام", 7.5, "percent"),
    "two_and_a_half_percent_with_fi_al_mia": One("تراجع المؤشر اثنين ونصف في المئة", 2.5, "percent"),
    "half_a_percent": One("تراجع النمو نصف في المئة", 0.5, "percent"),
    "an_hour_and_a_half_without_a_number": One("انتظر المسافرون ساعة ونصف قبل الإقلاع", 1.5, "duration"),
    "three_hours_and_a_half": One("استغرقت الرحلة ثلاث ساعات ونصف", 3.5, "duration"),
    "a_quarter_of_an_hour": One("توقف القطار ربع ساعة", 0.25, "duration", "ساعة"),
    "half_of_the_voters_is_a_fraction_of_them": One(
        "قاطع نصف الناخبين الاقتراع", 0.5, "other", "ناخب", span="نصف الناخبين"
    ),
    "a_third_of_the_population": One("يعيش ثلث السكان تحت خط الفقر", 0.333333, "other"),
    "three_quarters_of_the_budget": One("أنفقت الوزارة ثلاثة أرباع الموازنة", 0.75, "other"),
    "a_quarter_of_the_employees": One("يعمل ربع الموظفين عن بعد", 0.25, "other"),
    "two_thirds_in_the_genitive_dual": One("يسيطر المسلحون على ثلثي المدينة", 0.666667, "other"),
    "more_than_half_keeps_its_qualifier": One("أيد أكثر من نصف الأعضاء القرار", 0.5, qualifier="more_than"),
    "a_fraction_alone_at_the_end_of_a_clause": One("تقلص الإنتاج إلى ربع.", 0.25),
    "a_unit_and_a_half_without_a_number": One("يتراوح ارتفاع الموج بين متر ونصف ، وحالة البحر خفيفة", 1.5, "distance"),
    "a_fraction_in_brackets_is_a_name": All("كانت سيارة من نوع (ربع) متوقفة", []),
    "quarterly_is_no_fraction": All("صدرت المراجعة ربع السنوية للعمالة", []),
    "four_quarters_in_a_row_count_quarters": One("سجلت الشركة خسائر أربعة أرباع متتالية", 4, counted="ارباع"),
    "a_quarter_of_a_year_is_no_fraction": All("تراجعت المبيعات في الربع الأول من العام", [1]),
    "the_semi_final_is_no_fraction": All("تأهل الفريق إلى الدور نصف النهائي", []),
    # --- «خمس» and «ثمن» by context ------------------------------------------------------------
    "khams_before_an_indefinite_noun_is_five": One("قتل خمس جنود في الهجوم", 5, "count"),
    "khums_before_a_definite_noun_is_a_fifth": One("يملك خمس السكان معظم الأراضي", 0.2, "other"),
    "khams_before_definite_years_is_five": One("خلال خمس السنوات الماضية", 5),
    "thaman_before_a_noun_is_a_price": All("ارتفع ثمن البرميل إلى 60 دولارا", [60]),
    "thaman_alone_is_a_price": All("دفع المواطنون ثمن الخبز مضاعفا", []),
    "thumn_after_a_qualifier_is_an_eighth": One("يمثل الشباب نحو ثمن الناخبين", 0.125, "other", qualifier="about"),
    # --- duals and plurals of scales ---------------------------------------------------------
    "million_dual_genitive": One("تبرع رجل أعمال بمليوني دولار", 2_000_000, "money"),
    "million_dual_construct_nominative": One("رصدت البلدية مليونا دولار للطرق", 2_000_000, "money"),
    "billion_dual_genitive": One("خصص الصندوق ملياري ريال", 2_000_000_000),
    "billion_dual_and_half_the_billion": One("تكلف المشروع مليارين ونصف المليار دولار", 2_500_000_000),
    "accusative_million_after_a_verb_stays_one": One("بلغت الميزانية مليونا وثلاثمئة ألف ريال", 1_300_000),
    "thousands_after_a_digit_and_hundreds": One("قتل 4 آلاف و300 شخص", 4300, "count", "شخص"),
    "millions_after_a_digit_and_a_half": One("سجلت 3 ملايين ونصف زيارة", 3_500_000),
    "hundred_after_an_arabic_indic_digit": One("أصيب ٣ مئة و٢١ شخصا", 321, "count"),
    "hundred_thousand_after_a_digit": One("بلغت الديون 5 مئة ألف دولار", 500_000, "money"),
    # --- negatives ---------------------------------------------------------------------------
    "salib_makes_a_temperature_negative": One("سجلت الحرارة سالب 5 درجات مئوية", -5, "other", "درجة"),
    "naqis_makes_a_temperature_negative": One("هبطت الحرارة إلى ناقص 3 درجات", -3, span="ناقص 3 درجات"),
    "salib_before_a_number_word": One("سجلت القمة سالب عشر درجات", -10),
    "below_zero_after_a_temperature": One("سجلت المحطة 4 درجات تحت الصفر", -4, span="4 درجات تحت الصفر"),
    "two_degrees_in_a_dual_below_zero": One("انخفضت الحرارة إلى درجتين تحت الصفر", -2, "other", "درجة"),
    "zero_with_the_article_is_no_quantity": All("بدأ الفريق البناء من الصفر", []),
    "a_dash_before_a_temperature_mid_sentence": One("بلغت الحرارة -7 درجات في الجبال", -7),
    "a_dash_before_a_percentage_mid_sentence": One("سجل الاقتصاد نموا سالبا بلغ -2.5% خلال الصيف", -2.5, "percent"),
    "a_dash_opening_the_text": One("-3 درجات كانت أدنى حرارة", -3),
    "a_unicode_minus_sign": One("بلغت الحرارة \u22124 درجات", -4),
    "a_dash_before_an_age_is_punctuation": One("وصلت دونا ويلس -43 عاما- إلى المدينة", 43),
    "a_hyphen_between_two_numbers_is_a_range": All("تراوحت الأعمار بين 18-25 عاما", [18, 25]),
    "a_hyphen_between_two_years_is_a_range": All("انتهى الموسم 2016-2017 بلقب", ["2016", "2017"]),
    # --- grouping by spaces and invisible marks ---------------------------------------------
    "plain_spaces_group_digits": One("بلغ عدد السكان 1 250 000 نسمة", 1_250_000),
    "one_space_group": One("بيع المنزل بمبلغ 12 500 دولار", 12_500, "money"),
    "no_break_spaces_group_digits": One("بلغ عدد السكان 1\u00a0250\u00a0000 نسمة", 1_250_000),
    "narrow_no_break_spaces_group_digits": One("بلغ عدد السكان 1\u202f250\u202f000 نسمة", 1_250_000),
    "thin_spaces_group_digits": One("ضم المعرض 3\u2009400 عارض", 3400),
    "arabic_indic_digits_grouped_by_a_space": One("وصل إلى المخيم ٥٠٠ ٠٠٠ لاجئ", 500_000),
    "a_space_before_a_short_group_is_no_grouping": All("أعوام 1991 2002", ["1991", "2002"]),
    "right_to_left_marks_around_a_number": One("سجلت \u200f250\u200f إصابة جديدة", 250, counted="اصاب"),
    "left_to_right_marks_around_a_percentage": One("ارتفعت النسبة إلى \u200e12.5%\u200e في السوق", 12.5, "percent"),
    "an_arabic_letter_mark_inside_a_number": One("بلغ عدد المسافرين 1\u061c250 مسافرا", 1250),
    "a_mark_between_a_sign_and_a_temperature": One("بلغت الحرارة \u200f-5 درجات", -5),
    "a_decimal_stored_in_display_order_by_a_right_to_left_mark": One(
        "هبطت الإيرادات إلى 92.\u200f5 مليار دولار", 5_920_000_000, "money"
    ),
    "spans_stay_on_the_original_characters": One("سجلت \u200f250\u200f إصابة", 250, span="250\u200f إصابة"),
    "arabic_thousands_separator": One("بلغت الخسائر ١٬٢٥٠٬٠٠٠ ريال", 1_250_000),
    "dots_between_groups_of_three": One("بلغت الخسائر 9.777.000 ريال", 9_777_000),
    "one_dotted_group_in_a_count_of_things_is_thousands": One("ضبطت الهيئة (1.489) جهازاً طبياً", 1489),
    "a_dotted_count_of_thousands_in_brackets": One("أحبطت الجمارك تهريب (320.000) حبة", 320_000),
    "index_points_keep_their_decimals": One("ارتفع المؤشر 3.125 نقطة", 3.125),
    "a_decimal_comma_before_two_digits": One("صعد الإسترليني أمام اليورو إلى 69,68 بنس", 69.68),
    "a_decimal_comma_before_four_digits": One("ارتفع الإسترليني إلى 1,5606 دولار", 1.5606, "money"),
    "a_comma_before_three_digits_still_groups_thousands": One("وصل 1,500 حاج", 1500),
    # --- scores and designators --------------------------------------------------------------
    "a_score_against_zero_in_words": One("تغلب الفريق على ضيفه 3-صفر في الدوري", "3-0", "other"),
    "a_score_after_a_win_is_one_mention": One("فاز الهلال على النصر 3-1", "3-1", "other", "نتيجة"),
    "a_draw_is_a_score": One("انتهت المباراة بالتعادل 2-2", "2-2", "other"),
    "a_score_with_a_clean_sheet": One("تغلب المنتخب على ضيفه 4-0 في التصفيات", "4-0"),
    "a_defeat_keeps_the_order_written": One("خسر الفريق 1-2 أمام منافسه", "1-2"),
    "a_missile_designator_is_no_quantity": All("اشترت القوات صواريخ إس-300", []),
    "a_fighter_designator_is_no_quantity": All("أقلعت طائرات F-16 من القاعدة", []),
    "a_disease_name_is_no_quantity": One("أصيب بفيروس كوفيد-19 أكثر من 200 شخص", 200, qualifier="more_than"),
    # --- years and dates --------------------------------------------------------------------
    "a_year_after_a_prize_name": One("توجت بجائزة أوسكار 2018", "2018", "date"),
    "a_year_after_a_tournament_name": One("تستعد البلاد لاستضافة مونديال 2022", "2022", "date"),
    "a_year_after_a_vision_name": One("ضمن رؤية 2030 الاقتصادية", "2030", "date"),
    "a_count_after_a_verb_of_quantity_stays_a_count": One("بلغ عددهم 2018", 2018, "count"),
    "a_count_with_its_noun_stays_a_count": One("استقبل المستشفى 2018 مريضا", 2018, "count"),
    "a_year_after_aam": One("بدأ العمل عام 2018 بالمشروع", "2018", "date"),
    "a_day_and_a_month_have_a_date_value": One("وصل الوفد في 4 مايو", "--05-04", "date"),
    "a_full_date_with_a_levantine_month": One("وقع الهجوم في 29 آب 2017", "2017-08-29", "date"),
    # --- ordinals ----------------------------------------------------------------------------
    "a_compound_ordinal_of_an_age": One("احتفلت الصحيفة في عامها الرابع والخمسين", 54, "ordinal"),
    "a_simple_ordinal_rank": One("حل الفريق في المركز الثالث", 3, "ordinal"),
    "an_ordinal_teen": One("فاز بالمركز الحادي عشر", 11, "ordinal"),
    "a_feminine_ordinal_teen": One("انطلقت الدورة الحادية عشرة للمهرجان", 11, "ordinal"),
    "a_rank_after_a_definite_noun": One("سجل الهدف في الدقيقة 37", 37, "ordinal"),
    "a_number_after_adad_counts_its_noun": One("بلغ عدد الضحايا 45", 45, "count", span="45"),
    # --- currencies -------------------------------------------------------------------------
    "sterling_is_not_the_egyptian_pound": One("بلغ ثمن التذكرة 100 جنيه إسترليني", 100, "money", "جنيه استرليني"),
    "a_bare_pound_stays_a_pound": One("تبلغ الرسوم 200 جنيه", 200, "money", "جنيه"),
    "the_pound_sign_is_sterling": One("كلف المشروع £5 مليون", 5_000_000, "money", "جنيه استرليني"),
    "a_qatari_riyal_is_not_a_riyal": One("دفع المستثمر 50 مليون ريال قطري", 50_000_000, "money", "ريال قطري"),
    "an_adjective_in_the_plural_names_the_issuer": One("جمع 5 ملايين ريالات قطرية", 5_000_000, counted="ريال قطري"),
    "the_riyal_named_as_it_is_usually_meant": One("بلغت القيمة 20 مليار ريال سعودي", 20_000_000_000, counted="ريال"),
    "the_dollar_named_as_it_is_usually_meant": One("أنفق 300 مليون دولار أمريكي", 300_000_000, counted="دولار"),
    "a_kuwaiti_dinar": One("تبرع بـ 5 ملايين دينار كويتي", 5_000_000, counted="دينار كويتي"),
    "an_adjective_that_names_no_issuer": One("خصص مليار ريال إضافية للمشروع", 1_000_000_000, counted="ريال"),
    "a_feminine_noun_after_a_riyal_names_no_issuer": One(
        "بلغت الأصول 2572 مليار ريال بنهاية يونيو", 2_572_000_000_000, counted="ريال"
    ),
    # --- percentages and qualifiers ---------------------------------------------------------
    "a_percentage_with_a_sign": One("بلغت الصادرات 12.5% من الناتج", 12.5, "percent"),
    "a_percentage_in_words_after_a_digit": One("ارتفعت البطالة 3 في المئة", 3, "percent"),
    "a_percentage_all_in_words": One("تراجع التضخم إلى اثنين في المئة", 2, "percent"),
    "an_arabic_percent_sign_and_decimal": One("بلغ النمو ٣٫٥٪", 3.5, "percent"),
    "tens_of_is_vague": One("أصيب العشرات في الانفجار", 10, qualifier="vague"),
    "at_least_before_the_number": One("قتل ما لا يقل عن 21 شخصا", 21, qualifier="at_least"),
    "at_least_after_the_noun": One("أصيب 21 شخصا على الأقل", 21, qualifier="at_least"),
    "about_before_the_number": One("شارك نحو 200 متظاهر", 200, qualifier="about"),
    "a_qualifier_with_a_glued_preposition": One(
        "قدمت العيادات خدماتها لأكثر من 1300 حالة", 1300, qualifier="more_than"
    ),
    "a_number_in_brackets_keeps_its_qualifier_and_noun": One(
        "قدمت العيادات خدماتها لأكثر من (1300) حالة", 1300, counted="حال", qualifier="more_than"
    ),
    "a_number_in_brackets_spans_both_brackets": One("تم نقل (13) حالة إلى المستشفى", 13, span="(13) حالة"),
    "a_trillion_with_decimals": One("بلغ الدين العام 2.492 تريليون ريال", 2_492_000_000_000, "money"),
    "kilograms_written_in_two_words": One("ضبطت الفرق 474,604 كيلو غرامات من الأغذية", 474_604, "other", "كغ"),
    # --- what is not a quantity --------------------------------------------------------------
    "the_power_of_square_metres": All("شيد مستودع بمساحة 500 م2 قرب الميناء", [500]),
    "a_phone_number": All("اتصل على الرقم 0551234567", []),
    "a_resolution_number": All("طالب بتطبيق القرار رقم 2254", []),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_news_form(case: One | All) -> None:
    if isinstance(case, All):
        assert [m.value for m in find_numbers(case.text)] == case.values
        return
    m = only(case.text)
    assert m.value == case.value
    for field in ("kind", "counted", "qualifier"):
        expected = getattr(case, field)
        if expected is not None:
            assert getattr(m, field) == expected, field
    if case.span is not None:
        assert m.text == case.span
        assert case.text[m.start : m.end] == case.span


def test_numbers_in_brackets_after_a_definite_noun_name_things_and_count_nothing() -> None:
    *_, course = find_numbers("احتفل المركز بتخريج الدورتين (35) و(10) من المستفيدين")
    assert (course.value, course.counted) == (10, "")
