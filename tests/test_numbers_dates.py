"""Dates in all month systems, ordinals in dates, years and clock times."""

from tests.numbers_support import only, values


def test_a_levantine_month_with_a_day():
    m = only("منذ البداية في 29 آب الماضي")
    assert (m.value, m.kind, m.text) == ("--08-29", "date", "29 آب")


def test_a_day_month_and_year():
    assert only("انطلقت القافلة في 28 آب 2017").value == "2017-08-28"


def test_an_egyptian_gulf_month():
    assert only("وصل في 12 أغسطس").value == "--08-12"


def test_a_maghrebi_month():
    assert only("يوم 14 أوت").value == "--08-14"
    assert only("في 3 شتنبر").value == "--09-03"


def test_an_ordinal_day_before_a_month():
    m = only("وقعت الغارة في الخامس من سبتمبر/ أيلول الجاري")
    assert (m.value, m.kind) == ("--09-05", "date")


def test_an_english_date():
    assert only("on August 28, 2017 as IS members").value == "2017-08-28"


def test_the_end_of_a_month_is_a_vague_month():
    m = only("بعد اتفاق عقده الطرفان نهاية أغسطس/آب الماضي")
    assert (m.value, m.qualifier) == ("--08", "vague")


def test_a_month_and_a_year():
    assert only("أعلن التنظيم في أبريل (نيسان) عام 2013").value == "2013-04"


def test_a_month_named_alone_before_a_relative_word_is_a_date():
    assert values("زار الوزير دمشق في آب الماضي") == ["--08"]


def test_a_month_named_alone_after_a_word_of_time_is_a_date():
    assert values("وانضم اللاعب إلى النادي في يونيو قادما من الدوري الإسباني") == ["--06"]


def test_a_month_name_glued_to_bi_is_a_date():
    assert values("ارتفعت الودائع مقارنة بحزيران (يونيو) من العام الماضي") == ["--06"]


def test_a_month_name_without_a_word_of_time_is_not_a_date():
    assert values("وقال يوليو إن الفريق جاهز") == []


def test_a_month_name_that_is_also_a_word_needs_more_than_a_preposition():
    assert values("تدور المسرحية حول أسرة مكونة من أبٍ مع أبنائه") == []


def test_a_hijri_month_alone_is_not_a_date():
    assert values("وقال رمضان إن الاجتماع في رجب") == []


def test_month_names_with_an_ordinal_word_are_not_ordinals():
    assert values("منذ يناير (كانون الثاني) الماضي") == ["--01"]


def test_a_months_other_name_after_a_space_is_the_same_month():
    m = only("اعترض خفر السواحل قاربا في 15 يوليو تموز في طريقه")
    assert (m.value, m.text) == ("--07-15", "15 يوليو تموز")


def test_a_year_after_the_word_year():
    m = only("منذ العام 2014")
    assert (m.value, m.kind) == ("2014", "date")


def test_a_year_after_since():
    assert only("يلعب في صفوف المنتخب منذ 2007").value == "2007"


def test_a_hijri_year():
    assert only("خلال موسم حج عام 1436هـ").value == "AH1436"


def test_a_hijri_month_with_a_day():
    assert only("يوم 5 من ذي القعدة").value == "AH--11-05"


def test_a_clock_time_after_the_word_hour():
    m = only("وانطلقت القافلة في الساعة 7 بتوقيت دمشق")
    assert (m.value, m.kind, m.text) == (7, "time", "الساعة 7")


def test_a_morning_clock_time_takes_in_its_part_of_the_day():
    m = only("في الساعة 7 من صباح الجمعة")
    assert (m.value, m.text) == (7, "الساعة 7 من صباح")


def test_an_evening_clock_time_is_past_noon():
    m = only("وأوضح أن الحريق اندلع عند الساعة 7:58 مساء وباشرته الفرق")
    assert (round(m.value, 2), m.text) == (19.97, "الساعة 7:58 مساء")


def test_a_clock_time_in_words_with_a_part_of_the_day():
    m = only("أمسية في السابعة والنصف من مساء اليوم")
    assert (m.value, m.kind) == (19.5, "time")


def test_one_at_noon_is_thirteen():
    assert only("تبدأ الجلسة الساعة الواحدة ظهرا").value == 13


def test_two_at_night_stays_before_dawn():
    assert only("وقع الانفجار الساعة الثانية ليلا").value == 2


def test_ten_at_night_is_twenty_two():
    assert only("وقع الانفجار الساعة العاشرة ليلا").value == 22


def test_a_slashed_date():
    assert only("بتاريخ 29/8/2017").value == "2017-08-29"


def test_a_year_after_min_with_no_noun():
    assert only("نما الاقتصاد خلال الربع الأخير من 2015.").value == "2015"


def test_a_year_after_a_ranked_part_of_a_year():
    assert values("وارتفع عدد الشركات التي أعلنت نتائج الربع الثاني 2015 إلى 94 شركة") == [2, "2015", 94]


def test_a_year_after_a_ranked_half_before_a_verb():
    assert values("وخلال النصف الأول 2015 ارتفعت الصادرات") == [1, "2015"]


def test_a_year_joined_to_a_year_by_wa():
    assert values("فاز باللقب في 2013 و2014") == ["2013", "2014"]


def test_a_day_of_the_current_month():
    m = only("توقعت التوصل إلى اتفاق في 18 من الشهر الحالي")
    assert (m.value, m.kind) == ("---18", "date")


def test_the_start_of_a_named_month_is_vague():
    m = only("تتراجع الحرارة مطلع شهر اغسطس المقبل")
    assert (m.value, m.qualifier) == ("--08", "vague")


def test_day_slash_month_is_a_date_not_a_fraction():
    assert only("يوم الأربعاء 28/9").value == "--09-28"


def test_a_gregorian_year_after_a_hijri_one():
    assert values("منذ عام 1428هـ/ 2007") == ["AH1428", "2007"]


def test_a_two_word_hijri_month_with_a_year():
    assert only("بدأت المجلة في شهر ربيع الأول لعام 1423هـ").value == "AH1423-03"


def test_the_twentieth_century_is_a_rank():
    assert only("في القرن العشرين").kind == "ordinal"


def test_digits_with_a_part_of_the_day_are_a_clock_time():
    m = only("تستمر الفعاليات حتى 8.30 مساءً")
    assert (m.value, m.kind) == (20.5, "time")


def test_the_maghrebi_first_of_a_month():
    assert only("انطلق الموسم في فاتح شتنبر 2016").value == "2016-09-01"


def test_the_first_of_a_hijri_month():
    assert only("يبدأ الصيام غرة رمضان").value == "AH--09-01"


def test_an_algerian_month_name_with_a_year():
    assert only("في 14 جويلية 2016").value == "2016-07-14"


def test_hours_and_minutes_as_four_digits_after_the_word_hour():
    m = only("وبحلول الساعة 0340 بتوقيت جرينتش")
    assert (m.kind, round(m.value, 2)) == ("time", 3.67)


def test_a_dotted_date():
    assert only("يوم 28.08.2017").value == "2017-08-28"


def test_a_list_of_years_after_the_plural_of_year():
    assert values("خمسة ألقاب أعوام 1991 2002 و2005")[1:] == ["1991", "2002", "2005"]


def test_a_range_of_years_before_a_spelled_out_era():
    assert values("بين 610 و632 ميلادي") == ["0610", "0632"]


def test_a_year_after_a_name_is_a_year_not_a_rank():
    assert only("تصفيات كأس العالم لكرة القدم 2018 في روسيا").value == "2018"


def test_a_clock_time_with_a_dot_before_its_minutes():
    m = only("وتنطلق الألعاب النارية عند الساعة 9.30 مساء")
    assert (m.value, m.kind) == (21.5, "time")


def test_two_bare_years_between_are_years():
    assert values("أقام في المعتقل بين 2001 و2005 للاشتباه به") == ["2001", "2005"]


def test_a_range_of_thousands_of_people_is_no_year():
    assert values("يتراوح عددهم بين 2000 و3000 شخص") == [2000, 3000]


def test_the_letter_of_the_evening_after_a_clock_time():
    m = only("وتم وصول الفرقة عند الساعة ٩:١٩ م وتبين وجود إصابات")
    assert (round(m.value, 2), m.text) == (21.32, "الساعة ٩:١٩ م")


def test_a_month_and_a_day_past_twelve_after_a_weekday_is_a_date_not_a_fraction():
    assert values("وحددت الكلية يوم الخميس 10/14 موعدا للمراجعة") == ["--10-14"]


def test_the_first_day_of_a_range_takes_the_month_of_the_last():
    assert values("تقام المباريات ذهابا وإيابا بين 5 و13 أكتوبر 2015") == ["2015-10-05", "2015-10-13"]


def test_every_day_of_a_list_takes_the_month_of_the_last():
    assert values("مواعيد للمراجعة أيام 12 و13 و14 شوال الجاري") == ["AH--10-12", "AH--10-13", "AH--10-14"]
