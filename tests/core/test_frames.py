"""Frames and hard cannot-links: what each number reports decides which numbers may be one fact."""

from core.match import reasons as R
from tests.articles import analyse, fact_of, mention, one_fact


def test_a_total_and_its_part_in_one_sentence_are_never_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "هجوم على نقطة حراسة\nأسفر الهجوم عن مقتل 20 شخصاً بينهم 6 من الحراس.",
        "هجوم على نقطة حراسة\nأسفر الهجوم على نقطة الحراسة عن مقتل 6 أشخاص.",
    )
    whole, part = analysis.mentions[0], analysis.mentions[1]
    assert part.frame.aggregation == "part" and part.frame.part_of == whole.id
    assert not one_fact(analysis, whole, part)


def test_new_bodies_are_an_increment_and_the_raised_count_a_running_total(tmp_path):
    analysis = analyse(tmp_path, "غرق العبارة\nوتواصل انتشال سبع جثث جديدة ليرتفع العدد إلى 40.")
    assert mention(analysis, 7).frame.aggregation == "increment"
    assert mention(analysis, 40).frame.aggregation == "total"


def test_an_increment_never_joins_a_running_total_of_another_article(tmp_path):
    analysis = analyse(
        tmp_path,
        "غرق العبارة\nأعلنت فرق الإنقاذ انتشال 40 جثة جديدة من موقع غرق العبارة.",
        "غرق العبارة\nأعلنت فرق الإنقاذ أن حصيلة الجثث المنتشلة من موقع غرق العبارة بلغت 40 جثة.",
    )
    (a, b) = analysis.mentions
    assert {a.frame.aggregation, b.frame.aggregation} == {"increment", "total"}
    assert not one_fact(analysis, a, b)


def test_rescued_and_missing_are_different_roles(tmp_path):
    analysis = analyse(tmp_path, "غرق قارب\nأنقذ الغواصون ثلاثة بحارة ولا يزال أربعة آخرون في عداد المفقودين.")
    assert mention(analysis, 3).frame.role == "rescued"
    assert mention(analysis, 4).frame.role == "missing"


def test_rescued_in_one_article_never_joins_missing_in_another(tmp_path):
    analysis = analyse(
        tmp_path,
        "غرق قارب صيد\nأنقذ الغواصون ثلاثة بحارة بعد غرق قارب الصيد قرب الميناء.",
        "غرق قارب صيد\nلا يزال ثلاثة بحارة في عداد المفقودين بعد غرق قارب الصيد قرب الميناء.",
    )
    (a, b) = analysis.mentions
    assert not one_fact(analysis, a, b)


def test_a_background_paragraph_about_an_older_accident_never_joins_todays_toll(tmp_path):
    analysis = analyse(
        tmp_path,
        "غرق عبارة في النهر\nلقي 60 شخصاً حتفهم في غرق عبارة في النهر صباح اليوم.",
        "غرق عبارة في النهر\nلقي 45 شخصاً حتفهم في غرق عبارة في النهر صباح اليوم.\n"
        "وفي عام 2009 غرقت عبارة مماثلة ولقي 60 شخصاً حتفهم.",
    )
    today, older = [m for m in analysis.mentions if m.value == 60]
    assert older.frame.scope and not today.frame.scope
    assert not one_fact(analysis, today, older)
    assert fact_of(analysis, today).status == "conflict"


def test_two_numbers_of_one_sentence_are_never_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "حريق في مستودع\nشارك في إطفاء الحريق 13 فرقة إسعافية و6 فرق إطفاء.",
        "حريق في مستودع\nشارك في إطفاء الحريق 13 فرقة إسعافية و6 فرق إطفاء.",
        "حريق في مستودع\nشاركت في إطفاء الحريق 12 فرقة إسعافية و6 فرق إطفاء.",
    )
    for f in analysis.facts:
        sentences = [m.sentence for m in analysis.mentions if m.id in f.mentions]
        assert len(sentences) == len(set(sentences))


def test_a_total_and_its_part_are_never_one_fact_anywhere_in_an_article(tmp_path):
    analysis = analyse(
        tmp_path,
        "إصابة 17 شخصاً في حريق\nأصيب 17 شخصاً بينهم 5 أطفال في حريق شب في عمارة سكنية.",
        "إصابة 5 أشخاص في حريق\nأصيب 5 أشخاص في حريق شب في عمارة سكنية.",
    )
    title_total = analysis.mentions[0]
    part = next(m for m in analysis.mentions if m.frame.aggregation == "part")
    assert title_total.doc == part.doc
    assert not one_fact(analysis, title_total, part)


def test_an_unknown_role_is_not_a_wildcard(tmp_path):
    analysis = analyse(
        tmp_path,
        "حادث سير\nلقي 12 شخصاً حتفهم في حادث سير على الطريق السريع.",
        "حادث سير\nكان 12 شخصاً في الحافلة عند وقوع حادث السير على الطريق السريع.",
    )
    died, unknown = analysis.mentions
    assert died.frame.role == "died" and unknown.frame.role == ""
    assert not one_fact(analysis, died, unknown)


def test_the_same_toll_worded_differently_is_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "انفجار في السوق\nأسفر الانفجار في السوق المركزي عن مقتل 14 شخصاً.",
        "انفجار في السوق\nارتفع عدد قتلى الانفجار في السوق المركزي إلى 14 قتيلاً.",
    )
    a, b = analysis.mentions
    assert a.frame.role == b.frame.role == "died"
    assert one_fact(analysis, a, b) and fact_of(analysis, a).status == "shared"


def test_a_fact_says_why_as_data(tmp_path):
    analysis = analyse(
        tmp_path,
        "انفجار في السوق\nأسفر الانفجار في السوق المركزي عن مقتل 14 شخصاً.",
        "انفجار في السوق\nأسفر الانفجار في السوق المركزي عن مقتل 16 شخصاً.",
    )
    fact = fact_of(analysis, analysis.mentions[0])
    codes = [r.code for r in fact.reasons]
    assert fact.status == "conflict"
    assert codes[0] == R.FRAME_MATCH and codes[-1] == R.VALUES_DIFFER
    assert dict(fact.reasons[0].params)["role"] == "died"


def test_a_mention_kept_out_by_a_cannot_link_is_named_in_the_reasons(tmp_path):
    analysis = analyse(
        tmp_path,
        "هجوم على نقطة حراسة\nأسفر الهجوم على نقطة الحراسة عن مقتل 20 شخصاً بينهم 6 من الحراس.",
        "هجوم على نقطة حراسة\nأسفر الهجوم على نقطة الحراسة عن مقتل 20 شخصاً.",
    )
    whole = analysis.mentions[0]
    kept = [dict(r.params) for f in analysis.facts for r in f.reasons if r.code == R.KEPT_OUT]
    assert fact_of(analysis, whole).status == "shared"
    assert all(k["rule"] in R.RULES for k in kept)


def test_a_reopened_project_keeps_frames_and_reasons(tmp_path):
    from core.project import Project

    for i, text in enumerate(
        (
            "انفجار في السوق\nأسفر الانفجار في السوق المركزي عن مقتل 14 شخصاً بينهم 3 أطفال.",
            "انفجار في السوق\nأسفر الانفجار في السوق المركزي عن مقتل 16 شخصاً.",
        )
    ):
        (tmp_path / f"{i + 1:03d}.txt").write_text(text, encoding="utf-8")
    with Project.open(tmp_path) as project:
        first = project.analysis
    with Project.open(tmp_path) as project:
        again = project.analysis
        assert project.changes.nothing_changed
    assert [m.frame for m in again.mentions] == [m.frame for m in first.mentions]
    assert [f.reasons for f in again.facts] == [f.reasons for f in first.facts]
    assert any(m.frame.aggregation == "part" for m in again.mentions)


def test_two_figures_that_two_articles_both_give_are_two_things(tmp_path):
    text = (
        "غارات على المدينة\nشن الطيران ست غارات استهدفت معسكراً غرب المدينة.\n"
        "كما شن الطيران أربع غارات استهدفت مواقع في جبهة جنوب المدينة."
    )
    analysis = analyse(tmp_path, text, text.replace("غرب", "شمال غرب"))
    six = [m for m in analysis.mentions if m.value == 6]
    four = [m for m in analysis.mentions if m.value == 4]
    assert not one_fact(analysis, six[0], four[0])
    assert fact_of(analysis, six[0]).status == "shared"


def test_an_injury_kind_written_as_the_counted_word_refines_the_role(tmp_path):
    analysis = analyse(tmp_path, "وأسفر الحريق عن إصابة (15) شخصاً بحالات اختناق، وإصابة (2) بحروق بسيطة.")
    assert mention(analysis, 2).frame.role == "injured.burns"


def test_a_sentence_about_earlier_this_month_is_background(tmp_path):
    analysis = analyse(
        tmp_path,
        "قتل 15 شخصاً أمس في تفجير سوق.\nوفي مطلع الشهر الحالي، قتل 33 شخصاً في هجوم قرب المطار.",
        "قتل 15 شخصاً في تفجير سوق شعبي.",
    )
    assert mention(analysis, 33).frame.scope == "background"


def test_a_count_of_the_injured_is_part_of_them(tmp_path):
    analysis = analyse(tmp_path, "وخرج اثنان من الجرحى من المستشفى مساء أمس.")
    assert mention(analysis, 2).frame.aggregation == "part"


def test_part_of_the_injured_never_disagrees_with_how_many_were_injured(tmp_path):
    analysis = analyse(
        tmp_path,
        "إطلاق نار في سينما\nوقالت السلطات إن سبعة أشخاص أصيبوا في الهجوم داخل السينما.",
        "إطلاق نار في سينما\nوقالت السلطات إن اثنين من الجرحى أصيبوا في الهجوم داخل السينما.",
    )
    assert not one_fact(analysis, mention(analysis, 7), mention(analysis, 2))


def test_the_toll_of_an_attack_in_a_past_year_is_of_that_attack(tmp_path):
    analysis = analyse(
        tmp_path,
        "قتل شخصان في سينما يوم 23 يوليو 2015. ويحاكم مسلح اطلق النار في 2012 داخل سينما"
        " مما أدى الى مقتل 12 شخصا وجرح 70 آخرين.",
    )
    assert (mention(analysis, 12).frame.scope, mention(analysis, 70).frame.scope) == ("year:2012", "year:2012")


def test_a_toll_since_a_past_year_is_todays(tmp_path):
    analysis = analyse(tmp_path, "أعلنت الوزارة يوم 23 يوليو 2015 ارتفاع عدد الوفيات منذ عام 2012 إلى 464 حالة.")
    assert mention(analysis, 464).frame.scope == ""


def test_part_of_a_planes_passengers_is_a_part(tmp_path):
    analysis = analyse(tmp_path, "وقالت الشرطة إن اثنين من ركاب الطائرة قتلا في الحادث.")
    assert mention(analysis, 2).frame.aggregation == "part"


def test_in_addition_to_after_a_count_does_not_make_it_an_increment(tmp_path):
    analysis = analyse(tmp_path, "وقالت إن رجلين داخل الطائرة التي كانت تقل خمسة أشخاص لقيا مصرعهما إضافة إلى امرأة.")
    assert mention(analysis, 5).frame.aggregation != "increment"


def test_two_parts_of_one_article_are_two_things(tmp_path):
    analysis = analyse(
        tmp_path,
        "قرعة التصفيات\nوفي أوروبا تقسم المنتخبات إلى تسع مجموعات تضم كل منها ستة فرق.\n"
        "وفي أفريقيا تقسم المنتخبات إلى خمس مجموعات تضم كل منها أربعة فرق.",
        "قرعة التصفيات\nوفي أوروبا تقسم المنتخبات إلى تسع مجموعات تضم كل منها ستة فرق.",
    )
    assert not one_fact(analysis, mention(analysis, 4), next(m for m in analysis.mentions if m.value == 6))


def test_an_article_listing_several_figures_of_one_kind_tells_of_as_many_things(tmp_path):
    analysis = analyse(
        tmp_path,
        "قرارات المجلس\nوافق المجلس على نزع ملكية 3 عقارات لصالح شارع الملك.\n"
        "كما وافق على نزع ملكية 10 عقارات لصالح طريق الأمير.\nووافق على نزع ملكية 87 عقاراً لصالح الطريق الدائري.",
        "المجلس\nوافق المجلس على نزع ملكية 3 عقارات لصالح شارع الملك وطريق الأمير.",
    )
    three = next(m for m in analysis.mentions if m.value == 3 and m.doc == "d1")
    assert not any(one_fact(analysis, three, mention(analysis, v)) for v in (10, 87))


def test_a_headline_that_disagrees_with_its_body_stays_one_conflict(tmp_path):
    analysis = analyse(
        tmp_path,
        "إصابة 17 شخصاً في حريق عمارة\nأصيب 22 شخصاً في حريق عمارة سكنية بالحي.",
        "الحريق\nأصيب 22 شخصاً في حريق عمارة سكنية بالحي.",
    )
    fact = fact_of(analysis, mention(analysis, 17))
    assert fact.status == "conflict" and len(fact.mentions) == 3


def test_last_years_figure_after_a_comparison_is_background(tmp_path):
    analysis = analyse(
        tmp_path,
        "بلغ عدد العمليات 38.4 مليون عملية، مقارنة بشهر رمضان للعام السابق الذي سجلت فيه 51.2 مليون عملية.",
    )
    this_year, last_year = sorted((m for m in analysis.mentions if m.kind == "count"), key=lambda m: m.start)
    assert (this_year.frame.scope, last_year.frame.scope) == ("", "background")


def test_a_paragraph_opening_with_a_cue_and_no_number_makes_its_numbers_background(tmp_path):
    analysis = analyse(
        tmp_path,
        "غرق عبارة في النهر\nلقي 45 شخصاً حتفهم في غرق عبارة في النهر صباح اليوم.\n"
        "وفي حادث مماثل غرقت عبارة أخرى قرب الجسر. ولقي 60 شخصاً حتفهم يومها.",
    )
    assert (mention(analysis, 45).frame.scope, mention(analysis, 60).frame.scope) == ("", "background")


def test_a_paragraph_whose_first_sentence_ends_on_a_cue_is_not_background_after_it(tmp_path):
    analysis = analyse(
        tmp_path,
        "الاحتياطيات\nوهبط صافي الموجودات الأجنبية 9.4 في المائة عما كان عليه في يونيو من العام الماضي. "
        "وكانت الموجودات قد بلغت ذروتها 737 مليار دولار في أغسطس الماضي.",
    )
    assert mention(analysis, 737000000000).frame.scope == ""


def test_a_decline_that_amounted_to_a_figure_is_a_change_not_a_level(tmp_path):
    analysis = analyse(
        tmp_path,
        "المؤشر\nأغلق مؤشر سوق الأسهم اليوم على انخفاض طفيف بلغ 8.28 نقطة عند مستوى 9372.74 نقطة.",
    )
    change, level = sorted(analysis.mentions, key=lambda m: m.start)
    assert (change.frame.aggregation, level.frame.aggregation) == ("increment", "total")


def test_two_clock_times_of_one_article_are_two_moments(tmp_path):
    analysis = analyse(
        tmp_path,
        "حادث سير بالطائف\nوعند وصول أول فرقة من الهلال الأحمر عند الساعة ١٠:٣٦ مساء تم إسعاف المصابين"
        " ونقلهم إلى المستشفى.",
        "حادث سير بالطائف\nوتلقت غرفة عمليات الهلال الأحمر بلاغا عند الساعة ٩:١٩ م عن وقوع حادث سير وتم إسعاف"
        " المصابين ونقلهم إلى المستشفى. وعند وصول أول فرقة من الهلال الأحمر عند الساعة ١٠:٣٦م تم إسعاف المصابين.",
    )
    arrival, call, arrival_again = (m for m in analysis.mentions if m.kind == "time")
    assert one_fact(analysis, arrival, arrival_again) and not one_fact(analysis, call, arrival)
    assert fact_of(analysis, arrival).status == "shared"


def test_a_fall_of_so_many_points_is_a_change_not_the_level(tmp_path):
    analysis = analyse(tmp_path, "أغلق مؤشر السوق على انخفاض قدره 221.64 نقطة عند مستوى 9080.02 نقطة.")
    assert (mention(analysis, 221.64).frame.aggregation, mention(analysis, 9080.02).frame.aggregation) == (
        "increment",
        "total",
    )


def test_points_right_after_a_verb_of_change_are_a_change(tmp_path):
    analysis = analyse(tmp_path, "مؤشر سوق الأسهم يتراجع 71 نقطة بتداولات 5 مليارات ريال")
    assert mention(analysis, 71).frame.aggregation == "increment"


def test_a_toll_since_then_is_not_todays(tmp_path):
    analysis = analyse(tmp_path, "مقتل ثلاثة جنود في هجوم. ومنذ ذلك الحين، قتل 11 عنصرا من قوات الأمن على الأقل.")
    assert (mention(analysis, 3).frame.scope, mention(analysis, 11).frame.scope) == ("", "background")


def test_a_unit_told_in_two_words_counts_what_its_one_word_form_counts(tmp_path):
    analysis = analyse(tmp_path, "الأغذية المخالفة\nوالأغذية التي تحمل مخالفات كيميائية 120253 كيلو غراماً.")
    assert mention(analysis, 120253).frame.subject == "kilogram"


def test_grams_are_no_fine(tmp_path):
    analysis = analyse(tmp_path, "الذهب\nوبلغ وزن القطعة 5 غرامات فقط.")
    assert mention(analysis, 5).frame.role == ""


def test_a_bare_number_of_them_counts_what_they_are(tmp_path):
    analysis = analyse(tmp_path, "الإغاثة\nسيّر المركز 6 شاحنات إلى سيئون 5 منها تحمل مستلزمات طبية.")
    assert mention(analysis, 5).frame.subject == "vehicle"


def test_a_number_with_its_own_noun_keeps_it_before_its_parts(tmp_path):
    analysis = analyse(tmp_path, "حادث تصادم\nتصادم على الطريق نتج عنه 7 إصابات منها 3 حالات حرجة.")
    assert mention(analysis, 7).frame.subject == "person"


def test_an_amount_a_rate_or_a_span_is_never_aboard(tmp_path):
    analysis = analyse(
        tmp_path,
        "المخططات\nاشتمل المشروع على تعبيد المخططات - مرحلة أولى - وبلغت قيمته 84.540 مليون ريال.",
        "الفنادق\nوصلت نسبة الإشغال في الفنادق إلى 90%.",
        "التمارين\nانطلقت بتمرين سرعات لمدة 30 دقيقة باستخدام تقنية حديثة.",
    )
    assert {mention(analysis, v).frame.role for v in (84_540_000, 90, 30)} == {""}


def test_a_day_of_setting_out_keeps_its_role(tmp_path):
    analysis = analyse(tmp_path, "القافلة\nوكانت القافلة قد انطلقت في 28 آب من القلمون باتجاه الحدود.")
    (day,) = [m for m in analysis.mentions if m.kind == "date"]
    assert day.frame.role == "aboard"
