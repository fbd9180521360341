"""Roles: which number a word of what befell people governs («مقتل وإصابة 60», «لقي تسعة أشخاص
مصرعهم وأصيب 50», «(9) حالات وفاة و(39) حالة يتلقون العلاج»), read by core.match.roles and frame."""

from tests.articles import analyse, mention, one_fact


def test_killed_and_injured_joined_by_and_count_both(tmp_path):
    analysis = analyse(tmp_path, "مقتل وإصابة قرابة الـ 60 شخصاً في هجوم انتحاري على سوق شعبي.")
    assert mention(analysis, 60).frame.role == "casualties"


def test_a_toll_given_as_killed_or_injured_counts_both(tmp_path):
    analysis = analyse(tmp_path, "سقط 20 شخصاً بين قتيل وجريح في الانفجار.")
    assert mention(analysis, 20).frame.role == "casualties"


def test_killed_then_injured_in_two_clauses_keep_their_own_roles(tmp_path):
    analysis = analyse(tmp_path, "لقي 15 شخصاً مصرعهم وأصيب 38 آخرون في الانفجار.")
    assert (mention(analysis, 15).frame.role, mention(analysis, 38).frame.role) == ("died", "injured")


def test_two_nouns_of_a_toll_after_a_count_count_both(tmp_path):
    analysis = analyse(tmp_path, "7 حالات وفاة وإصابة في تصادم على طريق بيشة.")
    assert mention(analysis, 7).frame.role == "casualties"


def test_two_nouns_of_a_toll_between_two_counts_keep_their_own_roles(tmp_path):
    analysis = analyse(tmp_path, "سجل الحادث 7 حالات وفاة وإصابة 20 آخرين.")
    assert (mention(analysis, 7).frame.role, mention(analysis, 20).frame.role) == ("died", "injured")


def test_kills_and_wounds_joined_by_and_count_both(tmp_path):
    analysis = analyse(tmp_path, "مسلح يقتل ويصيب «9» أشخاص داخل سينما ثم ينتحر.")
    assert mention(analysis, 9).frame.role == "casualties"


def test_a_death_with_a_clitic_is_still_a_death(tmp_path):
    analysis = analyse(tmp_path, "تسبب الحادث بوفاة أربعة أشخاص وإصابة ثلاثة آخرين.")
    assert (mention(analysis, 4).frame.role, mention(analysis, 3).frame.role) == ("died", "injured")


def test_a_role_word_joined_by_and_governs_the_number_after_it(tmp_path):
    analysis = analyse(tmp_path, "ليرتفع عدد حالات الإصابة بالفيروس إلى 1051 والوفيات إلى 464 منذ ظهور المرض.")
    assert (mention(analysis, 1051).frame.role, mention(analysis, 464).frame.role) == ("injured", "died")


def test_killed_in_words_then_injured_keep_their_own_roles(tmp_path):
    analysis = analyse(tmp_path, "لقي تسعة أشخاص مصرعهم وأصيب 50 آخرين في حادث مروري.")
    assert (mention(analysis, 9).frame.role, mention(analysis, 50).frame.role) == ("died", "injured")


def test_a_verb_before_a_partitive_governs_the_part_not_the_total(tmp_path):
    analysis = analyse(tmp_path, "ارتفع العدد الإجمالي للمصابين إلى 1054 حالة توفي منها 465 شخصا.")
    assert (mention(analysis, 1054).frame.role, mention(analysis, 465).frame.role) == ("injured", "died")


def test_remained_is_not_met_death(tmp_path):
    analysis = analyse(tmp_path, "وشفيت 581 حالة، فيما بقيت 8 حالات تحت العلاج.")
    assert mention(analysis, 8).frame.role != "died"


def test_a_toll_word_after_a_count_is_not_shared_with_the_next_count(tmp_path):
    analysis = analyse(tmp_path, "وتوزعت الحالات بين (9) حالات وفاة و(39) حالة يتلقون العلاج بمستشفيات المحافظة.")
    assert (mention(analysis, 9).frame.role, mention(analysis, 39).frame.role) == ("died", "")


def test_bodies_carried_home_are_the_dead(tmp_path):
    analysis = analyse(tmp_path, "وهناك تواصل مع المسؤولين لنقل الجثث التسعة من ثلاجة الموتى إلى مسقط.")
    assert mention(analysis, 9).frame.role == "died"


def test_a_verb_after_its_subject_then_wounded_keep_their_own_roles(tmp_path):
    analysis = analyse(tmp_path, "وقالت الشرطة إن اثنين من ركاب الطائرة وامرأة قتلوا وجرح خمسة أشخاص آخرين.")
    assert mention(analysis, 5).frame.role == "injured"


def test_killed_and_wounded_after_their_count_count_both(tmp_path):
    analysis = analyse(tmp_path, "وقالت الشرطة إن 20 شخصا قتلوا وأصيبوا في الهجوم.")
    assert mention(analysis, 20).frame.role == "casualties"


def test_qualifying_rounds_are_not_killings(tmp_path):
    analysis = analyse(tmp_path, "حيث تقام التصفيات بين المنتخبات العشرة بنظام دوري من مرحلتين.")
    assert mention(analysis, 10).frame.role == ""


def test_casualties_never_join_the_injured_of_another_article(tmp_path):
    analysis = analyse(
        tmp_path,
        "مقتل وإصابة قرابة 60 شخصاً في هجوم انتحاري على سوق.",
        "قتل 15 شخصاً وأصيب 38 آخرون في هجوم انتحاري على سوق.",
    )
    assert not one_fact(analysis, mention(analysis, 60), mention(analysis, 38))


def test_a_role_of_two_words_is_read_from_its_first_word(tmp_path):
    analysis = analyse(tmp_path, "إفراج عن معتقلين\nأطلق سراح 12 معتقلا من السجن المركزي صباح اليوم.")
    assert mention(analysis, 12).frame.role == "released"


def test_a_role_word_in_a_clause_after_a_clock_time_does_not_govern_it(tmp_path):
    analysis = analyse(
        tmp_path,
        "حريق\nبعد أن بُلّغت غرفة العمليات الساعة 8:05 بما يفيد باندلاع حريق، ووجود محتجزين داخل المبنى.",
    )
    (time,) = [m for m in analysis.mentions if m.kind == "time"]
    assert time.frame.role == ""


def test_a_toll_that_rose_is_still_a_toll_of_the_dead(tmp_path):
    analysis = analyse(tmp_path, "وارتفع العدد إلى 40 قتيلا في الانفجار الذي استهدف السوق.")
    assert mention(analysis, 40).frame.role == "died"


def test_a_futures_contract_is_neither_delivered_nor_evacuated(tmp_path):
    analysis = analyse(tmp_path, "ونزلت عقود الذهب الأمريكية الآجلة تسليم أغسطس 0.8 بالمئة إلى 1084 دولاراً للأوقية.")
    assert mention(analysis, 0.8).frame.role == ""


def test_handing_over_people_is_still_a_release(tmp_path):
    analysis = analyse(tmp_path, "وتم تسليم 5 مطلوبين إلى السلطات الأمنية.")
    assert mention(analysis, 5).frame.role == "released"


def test_for_the_sake_of_is_no_rescue(tmp_path):
    analysis = analyse(tmp_path, "بدلا من خمسة فرق من أجل خوض المزيد من المباريات.")
    assert mention(analysis, 5).frame.role != "rescued"


def test_words_that_share_a_stem_with_a_role_word_give_no_role(tmp_path):
    analysis = analyse(
        tmp_path,
        "مركز الملك سلمان للإغاثة يسير 7 شاحنات عبر منفذ الوديعة. وباشرت الفرق مباشرة تقديم 300 وجبة. "
        "وبلغت الصادرات 40 مليون ريال لتحسين جودة الحياة لـ 5 آلاف أسرة.",
    )
    assert {mention(analysis, v).frame.role for v in (7, 40_000_000, 5000)} == {""}


def test_deportees_and_lives_taken_keep_their_roles(tmp_path):
    analysis = analyse(tmp_path, "وبلغ عدد المرحلين 637 شخصا. وأودت الحادثة بحياة 5 أشخاص.")
    assert (mention(analysis, 637).frame.role, mention(analysis, 5).frame.role) == ("aboard", "died")


def test_sleep_and_wishes_give_no_role(tmp_path):
    analysis = analyse(tmp_path, "أود أن أشكر 5 أطباء ساعدوني على النوم 8 ساعات.")
    assert (mention(analysis, 5).frame.role, mention(analysis, 8).frame.role) == ("", "")
