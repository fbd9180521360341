"""Digits that are not quantities: model names, codes, phone numbers, URLs, identifiers."""

from core.mentions.numbers import find_numbers
from tests.numbers_support import values


def test_aircraft_model_names_are_not_quantities():
    assert values('طائرتين من طراز "سو-34"، و"سو-35"') == [2]


def test_latin_model_codes_are_not_quantities():
    assert values("مقاتلات F-16 و F16 وصواريخ إس-400") == []


def test_a_capitalised_latin_name_before_digits_is_a_code():
    assert values("حصلت على شهادة ISO 9001") == []


def test_phone_numbers_are_not_quantities():
    assert values("للاستفسار الاتصال على 0501234567 أو +966112345678") == []


def test_digits_in_a_url_are_not_quantities():
    assert values("التفاصيل على www.example.com/news/2017/123") == []


def test_a_resolution_number_is_an_identifier():
    assert values("القرار رقم 2254") == []


def test_a_name_glued_to_a_number_in_quotes_is_a_name():
    assert values("بيان «جنيف1» الصادر") == []


def test_a_dash_before_a_number_in_running_text_is_not_a_minus():
    assert values("دونا ويلس -43 عاما") == [43]


def test_the_number_of_a_list_item_is_not_a_quantity():
    assert values("1 - على شركة أرامكو السعودية خفض السعر") == []


def test_a_numbered_decision_in_brackets_is_an_identifier():
    assert values("بقرار مجلس الوزراء رقم (200)") == []


def test_a_rating_mark_is_not_a_quantity():
    assert values("التقييم: (*2)") == []


def test_kaf_before_a_word_is_not_a_clitic_of_hundred():
    assert values("ضخوا كميات قياسية من الخام") == []


def test_a_phone_number_with_its_area_code():
    assert values("للاستفسار 5598309-012") == []


def test_a_minute_mark_is_a_rank_not_a_count():
    assert [m.kind for m in find_numbers("سجل الهدف في الدقيقة 37")] == ["ordinal"]


def test_a_number_after_the_arabic_name_of_a_latin_letter_is_a_model_name():
    assert values("شنت ثلاث مقاتلات من طراز إف- 16 غارات بمادة سي4") == [3]


def test_a_number_glued_by_a_slash_to_a_name_numbers_a_list_item():
    assert values("والقبض على شخصين هما: 1/مهدي صالح (30 عاماً) 2/عباس أحمد") == [2, 30]


def test_a_number_word_after_abu_is_a_family_name():
    assert values("ودعا أبو اثنين المنشآت إلى الإسراع في رفع ملف الأجور") == []


def test_a_father_of_ten_children_still_counts_them():
    assert values("وقتل في الغارة أبو عشرة أطفال") == [10]


def test_a_battalion_numbered_after_al_is_a_rank():
    assert [m.kind for m in find_numbers("كان قائد إحدى وحدات كتيبة الـ21 التابعة للقوات الخاصة")] == ["ordinal"]


def test_a_list_of_wanted_men_after_al_is_still_a_count():
    assert [m.kind for m in find_numbers("المطلوب الأمني على قائمة الـ23")] == ["count"]
