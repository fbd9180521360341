"""Facts: numbers in different articles that speak of the same thing, and whether they agree."""

from tests.articles import analyse, facts_with

A = "غارة على حلب\nقالت مصادر طبية إن الغارة الجوية على حي الشعار في حلب أسفرت عن مقتل {} مدنيا وإصابة {} آخرين."
B = (
    "مقتل مدنيين في حلب\n"
    "أعلن الدفاع المدني أن الغارة الجوية على حي الشعار في مدينة حلب أدت إلى مقتل {} مدنيا وإصابة {} بجروح."
)


def test_different_tolls_for_the_same_strike_are_a_conflict(tmp_path):
    analysis = analyse(tmp_path, A.format(12, 30), B.format(15, 30))
    (fact,) = facts_with(analysis, 12, 15)
    assert fact.status == "conflict"


def test_the_same_toll_in_two_articles_is_shared(tmp_path):
    analysis = analyse(tmp_path, A.format(12, 30), B.format(12, 30))
    (fact,) = facts_with(analysis, 12)
    assert fact.status == "shared"


def test_killed_and_wounded_are_never_one_fact(tmp_path):
    analysis = analyse(tmp_path, A.format(12, 30), B.format(15, 40))
    assert facts_with(analysis, 12, 40) == [] and facts_with(analysis, 30, 15) == []


def test_about_200_and_at_most_200_agree(tmp_path):
    analysis = analyse(
        tmp_path,
        "خروج المسلحين\nوغادر نحو 200 مسلح البلدة في حافلات باتجاه إدلب بموجب اتفاق التسوية.",
        "اتفاق التسوية\nوذكرت مصادر محلية أن عدد المسلحين الذين غادروا البلدة باتجاه إدلب لا يتجاوز 200 مسلح.",
    )
    (fact,) = facts_with(analysis, 200)
    assert fact.status == "shared"


def test_a_number_no_other_article_reports_is_single(tmp_path):
    analysis = analyse(tmp_path, A.format(12, 30), "خبر آخر\nافتتح الوزير 3 مدارس جديدة في الرياض.")
    (fact,) = facts_with(analysis, 3)
    assert fact.status == "single"


def test_a_fact_label_lists_the_values_and_its_reasons_say_why_as_data(tmp_path):
    analysis = analyse(tmp_path, A.format(12, 30), B.format(15, 30))
    (fact,) = facts_with(analysis, 12, 15)
    assert "12" in fact.label and "15" in fact.label
    codes = {r.code: dict(r.params) for r in fact.reasons}
    assert codes["frame_match"]["role"] == "died" and "values_differ" in codes
    assert fact.explanation == ""


def test_tolls_claimed_by_different_agents_are_different_facts(tmp_path):
    analysis = analyse(
        tmp_path,
        "غارات التحالف\nأعلن التحالف الدولي أنه قتل 85 مسلحا في غارات على القافلة قرب دير الزور.",
        "غارة روسية\nوزعمت وزارة الدفاع الروسية أن القوات الروسية قتلت 40 مسلحا في غارة قرب دير الزور.",
    )
    assert facts_with(analysis, 85, 40) == []


def test_relative_durations_are_not_compared_across_articles(tmp_path):
    analysis = analyse(
        tmp_path,
        "القافلة\nوانطلقت القافلة قبل نحو أسبوعين من الحدود اللبنانية باتجاه دير الزور.",
        "القافلة\nبعد أكثر من ثلاثة أسابيع تعود القافلة التي انطلقت من الحدود اللبنانية باتجاه دير الزور.",
    )
    assert all(f.status == "single" for f in analysis.facts)


def test_dates_years_apart_are_different_events(tmp_path):
    analysis = analyse(
        tmp_path,
        "التفجير\nووقع التفجير في مسجد قوات الطوارئ بعد سلسلة تفجيرات بدأت منذ تفجيرات مايو 2003 في الرياض.",
        "التفجير\nووقع التفجير في مسجد قوات الطوارئ يوم الخميس 6 أغسطس 2015 في أبها.",
    )
    assert all(f.status == "single" for f in analysis.facts if f.kind == "date")


def test_a_total_does_not_conflict_with_one_of_its_parts(tmp_path):
    analysis = analyse(
        tmp_path,
        "هجوم على المسجد\n"
        "وأسفر الهجوم على مسجد قوات الطوارئ في أبها عن مقتل 15 شخصا منهم 12 من رجال الأمن وثلاثة عمال.",
        "هجوم المسجد\nوأسفر الهجوم الانتحاري على مسجد قوات الطوارئ في أبها عن مقتل 12 من رجال الأمن.",
    )
    assert facts_with(analysis, 15, 12) == []
    (fact,) = facts_with(analysis, 12)
    assert fact.status == "shared"


def test_the_days_between_two_events_are_compared_across_articles(tmp_path):
    analysis = analyse(
        tmp_path,
        "غارات تركية\nوبعد أربعة أيام على هجوم انتحاري دام في سروج شن سلاح الجو التركي أولى غاراته على داعش.",
        "غارات على داعش\nشن سلاح الجو التركي أولى غاراته على داعش بعد أربعة أيام على هجوم انتحاري في سروج.",
    )
    (fact,) = facts_with(analysis, 4)
    assert fact.status == "shared"


def test_the_minutes_after_a_film_began_are_compared_across_articles(tmp_path):
    analysis = analyse(
        tmp_path,
        "إطلاق نار في سينما\nوقال شهود إن المسلح وقف وسط الظلام بعد عشرين دقيقة من بدء الفيلم وبدأ بإطلاق النار.",
        "مسلح يقتل شخصين\nوقال شهود ان المسلح وقف وسط الظلام بعد 20 دقيقة من بدء الفيلم وبدأ باطلاق النار.",
    )
    (fact,) = facts_with(analysis, 20)
    assert fact.status == "shared"


def test_a_war_running_for_years_is_compared_across_articles(tmp_path):
    analysis = analyse(
        tmp_path,
        "هجوم انتحاري\nويسلط الهجوم الضوء على الخسائر الكبيرة في صفوف القوات في الحرب المستمرة منذ 13 عاما.",
        "تفجير في سوق\nويسلط الهجوم الضوء على الخسائر الكبيرة في صفوف القوات في الحرب المستمرة منذ 13 عاما تقريبا.",
    )
    (fact,) = facts_with(analysis, 13)
    assert fact.status == "shared"


def test_a_war_running_for_different_years_is_no_conflict(tmp_path):
    analysis = analyse(
        tmp_path,
        "هجوم انتحاري\nويسلط الهجوم الضوء على الخسائر الكبيرة في صفوف القوات في الحرب المستمرة منذ 13 عاما.",
        "تفجير في سوق\nويسلط الهجوم الضوء على الخسائر الكبيرة في صفوف القوات في الحرب المستمرة منذ 14 عاما.",
    )
    assert facts_with(analysis, 13, 14) == []


def test_a_period_before_despite_is_still_counted_back_from_the_article(tmp_path):
    analysis = analyse(
        tmp_path,
        "المفاوضات\nوبدأت المفاوضات بين الطرفين قبل ستة أشهر على الرغم من الخلاف على الحدود.",
        "تعثر المفاوضات\nقالت مصادر إن المفاوضات بين الطرفين بدأت قبل ستة أشهر على الرغم من الخلاف على الحدود.",
    )
    assert all(f.status == "single" for f in analysis.facts)


def test_the_days_before_one_event_and_after_another_are_not_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "تفجير سروج\nووقع التفجير في اجتماع لحزب الشعب في ديار بكر قبل يومين على الانتخابات التشريعية.",
        "تفجير جديد\nووقع التفجير في اجتماع لحزب الشعب في ديار بكر بعد يومين على هجوم انتحاري في سروج.",
    )
    assert all(f.status == "single" for f in analysis.facts)


def test_different_days_after_one_attack_are_no_conflict(tmp_path):
    analysis = analyse(
        tmp_path,
        "غارات تركية\nوتأتي الغارات التركية على مواقع داعش بعد أربعة أيام على هجوم انتحاري في سروج.",
        "اشتباكات\nوتأتي الاشتباكات على الحدود مع مواقع داعش بعد ثلاثة أيام على هجوم انتحاري في سروج.",
    )
    assert facts_with(analysis, 4, 3) == []


def test_a_day_told_with_and_without_its_verb_is_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "ضبط قارب\nوقالت وزارة الداخلية إن خفر السواحل اعترض قاربا في 15 يوليو في طريقه إلى البلاد محملا بالمتفجرات.",
        "اعتقال مهربين\nوفي تفصيل عملية الاعتقال التي جرت في 15 يوليو قالت الداخلية إن خفر السواحل اعترض قاربا.",
    )
    (fact,) = [f for f in analysis.facts if f.kind == "date"]
    assert fact.status == "shared"


def test_a_clock_time_without_its_part_of_the_day_agrees_with_the_evening_one(tmp_path):
    analysis = analyse(
        tmp_path,
        "حريق الخالدية\nوقال المتحدث إن غرفة العمليات تلقت بلاغا الساعة 8:05 يفيد باندلاع حريق في مبنى سكني.",
        "حريق في مبنى\nوقال المتحدث إن غرفة العمليات تلقت بلاغا الساعة 8:05 مساء يفيد باندلاع حريق في مبنى.",
    )
    (fact,) = [f for f in analysis.facts if f.kind == "time"]
    assert fact.status == "shared" and "twelve_hour_clock" in {r.code for r in fact.reasons}


def test_six_in_the_morning_and_six_in_the_evening_are_not_one_time(tmp_path):
    analysis = analyse(
        tmp_path,
        "صيانة الجسر\nوتبدأ أعمال الصيانة على الجسر من الساعة 6 صباحا حتى الظهر في الفترة الأولى.",
        "أعمال الصيانة\nوتبدأ أعمال الصيانة على الجسر من الساعة 6 مساء حتى منتصف الليل في الفترة الثانية.",
    )
    assert all(f.status == "single" for f in analysis.facts if f.kind == "time")


def test_nine_in_the_morning_by_its_letter_against_nine_in_the_evening_is_a_conflict(tmp_path):
    analysis = analyse(
        tmp_path,
        "وصول الفرق\nوقال المتحدث إن أول فرقة وصلت إلى موقع الحادث عند الساعة 9:19 ص وباشرت الإسعاف.",
        "فرق الإسعاف\nوقال المتحدث إن أول فرقة وصلت إلى موقع الحادث عند الساعة 9:19 م وباشرت الإسعاف.",
    )
    (fact,) = [f for f in analysis.facts if f.kind == "time"]
    assert fact.status == "conflict"


def test_the_ages_of_two_people_are_never_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "إطلاق نار في سينما\nوقال قائد الشرطة إن شخصين قتلا قبل أن يقتل المسلح (58 عاما) نفسه بمسدس.",
        "إطلاق نار في سينما\nوتجري مداولات حول إعدام جيمس هولمز (27 عامًا) الذي قتل بمسدس في سينما.",
    )
    assert facts_with(analysis, 58, 27) == []


def test_two_ages_given_for_one_man_disagree(tmp_path):
    analysis = analyse(
        tmp_path,
        "إطلاق نار في سينما\nوقال قائد الشرطة إن المسلح (58 عاما) أطلق النار ثم قتل نفسه.",
        "إطلاق نار في سينما\nوقال قائد الشرطة إن المسلح (59 عاما) أطلق النار ثم قتل نفسه.",
    )
    (fact,) = facts_with(analysis, 58, 59)
    assert fact.status == "conflict"


def test_an_area_given_in_two_articles_is_shared(tmp_path):
    analysis = analyse(
        tmp_path,
        "متنزه جديد\nويضم المتنزه نحو 20 مظلة وساحات خضراء ويقع على مساحة 4000م2.",
        "افتتاح متنزه\nويضم المتنزه نحو 20 مظلة وساحات خضراء ومرافق ويقع على مساحة 4000 م2.",
    )
    (fact,) = facts_with(analysis, 4000)
    assert fact.status == "shared"


def test_two_weights_without_a_role_never_disagree(tmp_path):
    analysis = analyse(
        tmp_path,
        "هاتف جديد\nويأتي الهاتف بسماكة تقدر بـ 5.6 ملم ووزن يبلغ 265 جراما ومزود بشاشة كبيرة.",
        "هاتف منافس\nويأتي الهاتف بسماكة تقدر بـ 9.4 ملم ووزن يبلغ 172.9 جرام ومزود بشاشة كبيرة.",
    )
    assert facts_with(analysis, 265, 172.9) == []


def test_two_weights_seized_disagree(tmp_path):
    analysis = analyse(
        tmp_path,
        "ضبط مخدرات\nوقالت السلطات إن الشرطة ضبطت 320 كيلوجراما من الهيروين في شاحنة.",
        "ضبط مخدرات\nوقالت السلطات إن الشرطة ضبطت 333 كيلوجراما من الهيروين في شاحنة.",
    )
    (fact,) = facts_with(analysis, 320, 333)
    assert fact.status == "conflict"


def test_the_others_are_never_red_against_all_of_them(tmp_path):
    analysis = analyse(
        tmp_path,
        "قضية فساد\nقضت المحكمة بسجن المتهم الرئيسي عشر سنوات، والحكم على خمسة متهمين آخرين بالسجن لمدد أخرى.",
        "قضية فساد\nقضت المحكمة بسجن ستة متهمين في قضية الفساد لمدد بين ثلاث وعشر سنوات.",
    )
    assert not [f for f in analysis.facts if f.status == "conflict"]
