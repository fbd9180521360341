"""A recurring series (the daily market close, a weekly bulletin) reads alike every time: in a large
folder its instances are cut apart by publication day where times are known and by their figures
where not; a small folder, gathered by hand about one event, is never cut."""

from core.match.stories import split_series
from core.pipeline import analyze_folder

# Articles 0-2: Monday's close (figures 9381, 43, 0.46); 3-4: Tuesday's (9372, 8.6, 0.09).
MONDAY = {"9381", "43", "0.46", "125"}
TUESDAY = {"9372", "8.6", "0.09", "112"}


def test_a_series_is_split_by_publication_day_when_its_days_share_no_figure():
    figures = [MONDAY, MONDAY, MONDAY, TUESDAY, TUESDAY]
    days = ["2015-07-20", "2015-07-20", "2015-07-21", "2015-07-21", "2015-07-21"]
    assert split_series([0, 1, 2, 3, 4], figures, days, {}) == [[0, 1, 2], [3, 4]]


def test_a_print_edition_of_yesterday_s_close_stays_with_yesterday():
    figures = [MONDAY, MONDAY, TUESDAY, MONDAY]
    days = ["2015-07-20", "2015-07-20", "2015-07-21", "2015-07-21"]
    assert split_series([0, 1, 2, 3], figures, days, {}) == [[0, 1, 3], [2]]


def test_an_event_followed_over_two_days_stays_whole_when_its_figures_recur():
    figures = [{"14", "9", "3", "1500"}, {"14", "9", "2"}, {"16", "9", "3", "1500"}]
    days = ["2015-07-20", "2015-07-20", "2015-07-21"]
    assert split_series([0, 1, 2], figures, days, {}) == [[0, 1, 2]]


def test_one_figure_two_days_happen_to_share_among_many_does_not_join_them():
    monday = MONDAY | {"5000000000", "111", "19", "85500", "143700000"}
    tuesday = TUESDAY | {"5000000000", "157", "92200", "158500000", "3.62"}
    days = ["2015-07-20", "2015-07-21"]
    assert split_series([0, 1], [monday, tuesday], days, {}) == [[0], [1]]


def test_two_reports_of_one_day_with_different_figures_are_two_sides_of_one_event():
    figures = [MONDAY, TUESDAY]
    days = ["2015-07-20", "2015-07-20"]
    assert split_series([0, 1], figures, days, {}) == [[0, 1]]


def test_without_times_the_distinct_figures_alone_split_the_series():
    figures = [MONDAY, MONDAY, TUESDAY]
    assert split_series([0, 1, 2], figures, ["", "", ""], {}) == [[0, 1], [2]]


def test_an_article_with_too_few_figures_goes_with_the_instance_it_resembles_most():
    figures = [MONDAY, TUESDAY, {"43"}]
    days = ["2015-07-20", "2015-07-21", "2015-07-21"]
    score = {(0, 2): 0.2, (1, 2): 0.6}
    assert split_series([0, 1, 2], figures, days, score) == [[0], [1, 2]]


MARKET = (
    "مؤشر سوق الأسهم يغلق عند {} نقطة\n\n"
    "أغلق المؤشر العام لسوق الأسهم جلسة اليوم متغيرا بمقدار {} نقطة ليستقر عند مستوى {} نقطة، "
    "وبلغت قيمة التداولات {} مليار ريال."
)


def test_a_small_folder_is_never_split_even_when_its_articles_give_different_figures(tmp_path):
    days = (
        ("2015-07-20T1600_a.txt", (9381, 43, 5.2)),
        ("2015-07-20T1700_b.txt", (9381, 43, 5.2)),
        ("2015-07-21T1600_c.txt", (9372, 9, 4.7)),
    )
    for k, (name, figures) in enumerate(days):
        (tmp_path / name).write_text(
            MARKET.format(figures[0], figures[1], figures[0], figures[2]) + " (تقرير)" * k, encoding="utf-8"
        )
    assert [len(s.documents) for s in analyze_folder(tmp_path).stories] == [3]


def test_two_one_line_headlines_of_one_event_in_a_small_folder_are_one_story(tmp_path):
    (tmp_path / "a.txt").write_text("مقتل ثلاثة عمال في حريق مستودع بالمنطقة الصناعية\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("حريق مستودع يودي بحياة 3 عمال\n", encoding="utf-8")
    assert len(analyze_folder(tmp_path).stories) == 1
