"""Stories: the articles of a folder that report the same event, compared only with each other."""

from pathlib import Path

import numpy as np

from core.match.stories import LINK, _average_linkage, story_analysis
from core.pipeline import analyze_folder
from core.report.json_export import to_dict
from tests.articles import analyse

STRIKE_A = (
    "غارة على حي الشعار في حلب\n"
    "قالت مصادر طبية إن الغارة الجوية على حي الشعار في حلب أسفرت عن مقتل 12 مدنيا وإصابة 30 آخرين.\n"
    "وأضافت المصادر أن فرق الدفاع المدني انتشلت الضحايا من تحت الأنقاض."
)
STRIKE_B = (
    "مقتل مدنيين بغارة على حلب\n"
    "أعلن الدفاع المدني أن الغارة الجوية على حي الشعار في مدينة حلب أدت إلى مقتل 15 مدنيا وإصابة 30 بجروح.\n"
    "وانتشلت فرق الإنقاذ جثث الضحايا من تحت أنقاض المباني المدمرة."
)
FOOTBALL = (
    "الهلال يفوز على النصر في ديربي الرياض\n"
    "فاز فريق الهلال على ضيفه النصر بهدفين مقابل هدف في المباراة التي جمعتهما على ملعب الملك فهد الدولي،"
    " وحضرها 12 مدنيا من كبار المشجعين وأكثر من 30 ألف متفرج."
)
SCHOOL = (
    "وزارة التعليم تحدد موعد بدء العام الدراسي\n"
    "أعلنت وزارة التعليم أن العام الدراسي الجديد يبدأ في موعده المحدد، وأن المدارس جاهزة لاستقبال الطلاب."
)


def story_docs(analysis) -> list[set[str]]:
    return [set(s.documents) for s in analysis.stories]


def test_two_reports_of_one_strike_are_one_story_and_other_news_stands_apart(tmp_path):
    analysis = analyse(tmp_path, STRIKE_A, FOOTBALL, STRIKE_B, SCHOOL)
    assert sorted(map(sorted, story_docs(analysis))) == [["d1", "d3"], ["d2"], ["d4"]]


def test_every_article_is_in_exactly_one_story(tmp_path):
    analysis = analyse(tmp_path, STRIKE_A, FOOTBALL, STRIKE_B, SCHOOL)
    docs = [d for s in analysis.stories for d in s.documents]
    assert sorted(docs) == sorted(d.id for d in analysis.documents)


def test_the_story_label_is_a_headline_of_its_articles(tmp_path):
    analysis = analyse(tmp_path, STRIKE_A, FOOTBALL, STRIKE_B)
    (strike,) = [s for s in analysis.stories if len(s.documents) == 2]
    assert strike.label in {"غارة على حي الشعار في حلب", "مقتل مدنيين بغارة على حلب"}


def test_facts_never_join_articles_of_different_stories(tmp_path):
    analysis = analyse(tmp_path, STRIKE_A, FOOTBALL, STRIKE_B)
    story_of = {d: s.id for s in analysis.stories for d in s.documents}
    doc_of = {m.id: m.doc for m in analysis.mentions}
    for fact in analysis.facts:
        assert len({story_of[doc_of[m]] for m in fact.mentions}) == 1


def test_sentences_are_aligned_only_within_a_story(tmp_path):
    analysis = analyse(tmp_path, STRIKE_A, FOOTBALL, STRIKE_B)
    story_of = {d: s.id for s in analysis.stories for d in s.documents}
    assert analysis.alignments
    for al in analysis.alignments:
        assert story_of[al.a.split(".")[0]] == story_of[al.b.split(".")[0]]


def test_the_export_lists_the_stories(tmp_path):
    data = to_dict(analyse(tmp_path, STRIKE_A, FOOTBALL, STRIKE_B))
    assert {"id", "label", "documents"} <= data["stories"][0].keys()
    assert data["summary"]["stories"] == 2


WIRE = (
    "الأمم المتحدة تحذر من مجاعة في جنوب السودان\n"
    "حذر برنامج الأغذية العالمي التابع للأمم المتحدة يوم الثلاثاء من أن نحو 4.8 مليون شخص في جنوب السودان"
    " يواجهون نقصا حادا في الغذاء، وأن ولاية الوحدة قد تشهد مجاعة خلال الأشهر المقبلة إذا استمر القتال.\n"
    "وقالت المتحدثة باسم البرنامج إن قوافل الإغاثة لم تتمكن من الوصول إلى بلدة ليير منذ ثلاثة أشهر."
)
WIRE_EDITED = (
    "برنامج الأغذية: 4.8 مليون في جنوب السودان يواجهون نقص الغذاء\n"
    "حذر برنامج الأغذية العالمي التابع للأمم المتحدة الثلاثاء من أن حوالي 4.8 مليون شخص في جنوب"
    " السودان يواجهون نقصا حادا في الغذاء، مضيفا أن ولاية الوحدة قد تشهد مجاعة في الأشهر المقبلة.\n"
    "وأوضحت متحدثة باسم البرنامج أن قوافل المساعدات عجزت عن الوصول إلى بلدة ليير منذ ثلاثة أشهر."
)


def test_a_wire_copy_reprinted_with_small_edits_joins_its_original(tmp_path):
    analysis = analyse(tmp_path, STRIKE_A, WIRE, FOOTBALL, SCHOOL, WIRE_EDITED)
    assert {"d2", "d5"} in story_docs(analysis)


def test_a_folder_about_one_event_is_one_story(tmp_path):
    analysis = analyse(tmp_path, WIRE, WIRE_EDITED)
    assert story_docs(analysis) == [{"d1", "d2"}]


def test_one_story_can_be_viewed_as_an_analysis_of_its_own(tmp_path):
    analysis = analyse(tmp_path, STRIKE_A, FOOTBALL, STRIKE_B)
    (strike,) = [s for s in analysis.stories if len(s.documents) == 2]
    part = story_analysis(analysis, strike.id)
    assert [d.id for d in part.documents] == ["d1", "d3"]
    assert part.facts and all(m.split(".")[0] in {"d1", "d3"} for f in part.facts for m in f.mentions)
    assert part.alignments == analysis.alignments


ARRIVAL = (
    "وصول عائلات مسلحي القلمون إلى البوكمال\n\n"
    "أفاد ناشطون بأن عائلات عناصر تنظيم داعش الذين غادروا جرود القلمون وصلت إلى مدينة البوكمال "
    "على الحدود العراقية، بعد أيام من الانتظار في البادية السورية.\n"
    "وقال الناشطون إن الوافدين نقلوا إلى منازل في أطراف المدينة، فيما بقي عدد من المرضى في مستشفى ميداني.\n"
)


def test_in_a_small_folder_an_article_from_another_angle_joins_the_event(tmp_path):
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    for src in seeds.glob("*.txt"):
        (tmp_path / src.name).write_bytes(src.read_bytes())
    (tmp_path / "005_arrival.txt").write_text(ARRIVAL, encoding="utf-8")
    assert len(analyze_folder(tmp_path).stories) == 1


def _linked(pairs: dict[tuple[int, int], float], n: int) -> list[list[int]]:
    a, b = (np.array(ends) for ends in zip(*pairs, strict=True))
    return sorted(sorted(g) for g in _average_linkage(n, a, b, np.array(list(pairs.values())), LINK, 0.24))


def test_the_weak_resemblance_of_a_chains_two_ends_counts_in_the_mean_that_joins_them():
    chain = {(0, 1): 0.9, (1, 2): 0.9, (2, 3): 0.9, (3, 4): 0.9}  # the last joins four: 0.9 < 0.24 × 4
    assert _linked(chain, 5) == [[0, 1, 2, 3], [4]]
    assert _linked({**chain, (0, 4): 0.1}, 5) == [[0, 1, 2, 3, 4]]  # 0.9 + 0.1 ≥ 0.96
