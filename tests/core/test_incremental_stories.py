"""An update relinks only the stories its added, edited or removed articles touch (issue 14): a story
made of the same articles, byte for byte, keeps its stored alignments and facts (renumbered where
articles were), and the whole result equals a fresh analysis of the folder."""

import pytest

from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict

FAIR = {
    "fair_1.txt": "افتتاح معرض الكتاب\n\nافتتح وزير الثقافة معرض الكتاب السنوي بمشاركة 450 دار نشر من 30 دولة.\n",
    "fair_2.txt": "معرض الكتاب يفتح أبوابه\n\nافتتح وزير الثقافة أمس معرض الكتاب بمشاركة 450 دار نشر من 32 دولة.\n",
}
FAIR_3 = "زوار معرض الكتاب\n\nاستقبل معرض الكتاب السنوي في يومه الأول زوارا من 30 دولة، وتشارك فيه 450 دار نشر.\n"


@pytest.fixture
def folder(folder):
    """The seeds (one story: a convoy of buses) and two articles on a book fair (another story)."""
    for name, text in FAIR.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _opened(folder):
    with Project.open(folder) as project:
        return project.changes, project.analysis


def _story_of(analysis, name):
    (doc,) = [d.id for d in analysis.documents if d.path.endswith(name)]
    (story,) = [s.id for s in analysis.stories if doc in s.documents]
    return story


def _facts_of(analysis, name):
    """The facts of the story of article NAME, as the export gives them."""
    story = _story_of(analysis, name)
    exported = to_dict(analysis)
    docs = set(next(s for s in exported["stories"] if s["id"] == story)["documents"])
    return [f for f in exported["facts"] if f["mentions"][0].split(".")[0] in docs]


def _unnumbered(facts):
    return [{k: v for k, v in f.items() if k != "id"} for f in facts]


def test_the_folder_holds_two_stories_each_with_facts(folder):
    changes, analysis = _opened(folder)
    assert len(analysis.stories) == 2
    assert changes.relinked_stories == tuple(s.id for s in analysis.stories)
    assert _facts_of(analysis, "fair_1.txt") and _facts_of(analysis, "001_01e968b15b1d37f1.txt")


def test_an_article_added_to_one_story_relinks_that_story_only_and_equals_a_fresh_analysis(folder):
    _opened(folder)
    (folder / "fair_3.txt").write_text(FAIR_3, encoding="utf-8")
    changes, analysis = _opened(folder)
    assert changes.reanalysed == ("fair_3.txt",)
    assert changes.relinked_stories == (_story_of(analysis, "fair_3.txt"),)
    fresh = analyze_folder(folder)
    seeds = "001_01e968b15b1d37f1.txt"
    assert _facts_of(analysis, seeds) == _facts_of(fresh, seeds)  # the untouched story's, as a fresh run gives them
    assert to_dict(analysis) == to_dict(fresh)


def test_an_article_added_before_all_others_renumbers_the_untouched_story_as_a_fresh_analysis_does(folder):
    _opened(folder)
    (folder / "000_fair.txt").write_text(FAIR_3, encoding="utf-8")  # d1: every other article moves
    changes, analysis = _opened(folder)
    assert changes.relinked_stories == (_story_of(analysis, "000_fair.txt"),)
    assert to_dict(analysis) == to_dict(analyze_folder(folder))


def test_an_edited_article_relinks_its_own_story_only(folder):
    _opened(folder)
    edited = folder / "fair_2.txt"
    edited.write_text(FAIR["fair_2.txt"].replace("32", "31"), encoding="utf-8")
    changes, analysis = _opened(folder)
    assert changes.changed == ("fair_2.txt",)
    assert changes.relinked_stories == (_story_of(analysis, "fair_2.txt"),)
    assert to_dict(analysis) == to_dict(analyze_folder(folder))


def test_an_edited_seed_article_leaves_the_other_story_as_it_was(folder):
    _, before = _opened(folder)
    edited = folder / "002_6fffc93303b99d28.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("11", "12", 1), encoding="utf-8")
    changes, analysis = _opened(folder)
    assert changes.relinked_stories == (_story_of(analysis, edited.name),)
    assert _unnumbered(_facts_of(analysis, "fair_1.txt")) == _unnumbered(_facts_of(before, "fair_1.txt"))
    assert to_dict(analysis) == to_dict(analyze_folder(folder))


def test_a_removed_article_relinks_what_is_left_of_its_story_only(folder):
    _opened(folder)
    (folder / "fair_1.txt").unlink()
    changes, analysis = _opened(folder)
    assert changes.removed == ("fair_1.txt",) and changes.reanalysed == ()
    assert changes.relinked_stories == (_story_of(analysis, "fair_2.txt"),)
    assert {f["status"] for f in _facts_of(analysis, "fair_2.txt")} == {"single"}  # one article left
    assert to_dict(analysis) == to_dict(analyze_folder(folder))


def test_a_removed_seed_article_keeps_the_other_story_as_a_fresh_analysis_gives_it(folder):
    _opened(folder)
    (folder / "001_01e968b15b1d37f1.txt").unlink()  # every later article moves down
    changes, analysis = _opened(folder)
    assert changes.relinked_stories == (_story_of(analysis, "002_6fffc93303b99d28.txt"),)
    fresh = analyze_folder(folder)
    assert _facts_of(analysis, "fair_1.txt") == _facts_of(fresh, "fair_1.txt")
    assert to_dict(analysis) == to_dict(fresh)


def test_the_updated_project_reopens_as_a_fresh_analysis(folder):
    _opened(folder)
    (folder / "000_fair.txt").write_text(FAIR_3, encoding="utf-8")
    (folder / "fair_1.txt").unlink()
    _opened(folder)
    changes, reopened = _opened(folder)
    assert changes.nothing_changed
    assert to_dict(reopened) == to_dict(analyze_folder(folder))


OTHER_NEWS = {
    "005_weather.txt": "طقس حار\n\nتوقعت هيئة الأرصاد طقسا حارا ورياحا نشطة على المناطق الساحلية.\n",
    "006_football.txt": "فوز الفريق\n\nفاز الفريق الأول بالمباراة النهائية للدوري بعد شوطين متكافئين.\n",
    "007_health.txt": "حملة تطعيم\n\nأطلقت وزارة الصحة حملة تطعيم للأطفال في المدارس الابتدائية.\n",
    "008_roads.txt": "طريق جديد\n\nبدأت البلدية أعمال رصف الطريق الدائري الجنوبي وإنارته.\n",
}


def test_a_story_whose_article_ids_change_their_text_order_keeps_its_links_renamed(folder):
    """Linking orders ids by their place in the folder, not as text ("d10" before "d9"): a story
    whose articles d9 and d10 become d8 and d9 keeps its stored links renamed, as a fresh analysis
    links it."""
    for name, text in OTHER_NEWS.items():
        (folder / name).write_text(text, encoding="utf-8")
    _, before = _opened(folder)
    assert [d.id for d in before.documents if "fair" in d.path] == ["d9", "d10"]
    (folder / "005_weather.txt").unlink()
    changes, analysis = _opened(folder)
    assert _story_of(analysis, "fair_1.txt") not in changes.relinked_stories
    fresh = analyze_folder(folder)
    assert _facts_of(analysis, "fair_1.txt") == _facts_of(fresh, "fair_1.txt")
    assert to_dict(analysis) == to_dict(fresh)
