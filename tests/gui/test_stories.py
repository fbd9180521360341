"""Stories in the window: a story list when a folder holds several events, one story's articles at
a time, and a checklist of the articles shown side by side when a story has many."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.pipeline import analyze_folder
from gui.facts_model import FACT_ID_ROLE
from gui.main_window import MainWindow
from gui.stories_dock import LABEL_COLUMN, STORY_ID_ROLE
from gui.story_parts import prepared_story

from .conftest import open_and_wait

FOOTBALL = """فوز الهلال على النصر في ديربي العاصمة بثلاثة أهداف

فاز نادي الهلال على ضيفه نادي النصر بثلاثة أهداف مقابل هدف واحد في مباراة الديربي التي أقيمت مساء الجمعة
على ملعب الملك فهد الدولي في الرياض بحضور {crowd} ألف متفرج.
وسجل أهداف الهلال المهاجم سالم الدوسري في الدقيقة 12 والدقيقة 58، وأضاف البديل الهدف الثالث في الدقيقة {goal}.
وبهذا الفوز رفع الهلال رصيده إلى 31 نقطة في صدارة دوري المحترفين، بينما تجمد رصيد النصر عند 24 نقطة.
"""

WEATHER = """الأرصاد: درجات الحرارة تلامس 49 في المنطقة الشرقية

توقعت الهيئة العامة للأرصاد وحماية البيئة أن تصل درجات الحرارة العظمى في الدمام والأحساء إلى 49 درجة مئوية يوم الأحد.
ودعت الهيئة قائدي المركبات إلى الحذر من رياح نشطة مثيرة للأتربة والغبار تحد من مدى الرؤية الأفقية على الطرق السريعة.
"""

SCHOOLS = """افتتاح 120 مدرسة جديدة في القصيم مع بداية العام الدراسي

أعلنت إدارة التعليم في منطقة القصيم افتتاح 120 مدرسة جديدة مع بداية العام الدراسي، تستوعب نحو 18 ألف طالب وطالبة.
وأوضح مدير التعليم أن الوزارة رصدت لهذه المباني أكثر من 900 مليون ريال ضمن خطة لإنهاء المباني المستأجرة.
"""


@pytest.fixture
def stories_dir(tmp_path: Path, seeds_dir: Path) -> Path:
    """The four seed articles (one story) and three short articles about three other events."""
    folder = tmp_path / "week"
    folder.mkdir()
    for src in sorted(seeds_dir.glob("*.txt")):
        shutil.copy2(src, folder / src.name)
    (folder / "101_football.txt").write_text(FOOTBALL.format(crowd=45, goal=77), encoding="utf-8")
    (folder / "102_weather.txt").write_text(WEATHER, encoding="utf-8")
    (folder / "103_schools.txt").write_text(SCHOOLS, encoding="utf-8")
    return folder


@pytest.fixture
def big_story_dir(tmp_path: Path) -> Path:
    """Eight outlets reprint the same match report, each with its own crowd and goal minute."""
    folder = tmp_path / "derby"
    folder.mkdir()
    for k in range(8):
        (folder / f"{k + 1:03d}_outlet{k + 1}.txt").write_text(
            FOOTBALL.format(crowd=40 + k, goal=70 + k), encoding="utf-8"
        )
    return folder


def test_the_story_list_appears_when_the_folder_holds_several_stories(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, stories_dir: Path
) -> None:
    open_and_wait(window, qtbot, stories_dir)
    dock = window.stories.dock
    assert dock.isVisible()
    assert dock.proxy.rowCount() == len(window.analysis.stories) >= 2


def test_sorting_the_story_list_by_articles_keeps_the_current_story(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, stories_dir: Path
) -> None:
    open_and_wait(window, qtbot, stories_dir)
    dock = window.stories.dock
    last = dock.proxy.index(dock.proxy.rowCount() - 1, LABEL_COLUMN).data(STORY_ID_ROLE)
    dock.select_story(last)
    dock.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    counts = [dock.proxy.index(r, 1).data() for r in range(dock.proxy.rowCount())]
    assert counts == sorted(counts) and counts[-1] > counts[0]
    assert dock.table.currentIndex().data(STORY_ID_ROLE) == last
    dock.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    shown = [dock.proxy.index(r, 0).data(STORY_ID_ROLE) for r in range(dock.proxy.rowCount())]
    assert shown == [s.id for s in window.analysis.stories]


def test_the_seeds_show_no_story_list(seeds_window: MainWindow) -> None:
    assert len(seeds_window.analysis.stories) == 1
    assert not seeds_window.stories.dock.isVisible()
    assert len(seeds_window.reader.panes) == 4


def test_the_biggest_story_opens_first_with_only_its_articles(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, stories_dir: Path
) -> None:
    open_and_wait(window, qtbot, stories_dir)
    biggest = window.analysis.stories[0]
    assert len(biggest.documents) == 4  # the seeds
    assert set(window.reader.panes) == set(biggest.documents)
    assert window.facts.model.columnCount() == 2 + 4


def test_choosing_a_story_with_the_keyboard_shows_only_its_articles(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, stories_dir: Path
) -> None:
    open_and_wait(window, qtbot, stories_dir)
    dock = window.stories.dock
    window.stories.focus_action.trigger()
    assert dock.table.hasFocus()
    qtbot.keyClick(dock.table, Qt.Key.Key_Down)
    chosen = dock.table.currentIndex().data(STORY_ID_ROLE)
    with qtbot.waitSignal(window.stories.story_shown, timeout=10_000) as blocker:
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    assert blocker.args[0] == chosen
    story = next(s for s in window.analysis.stories if s.id == chosen)
    assert set(window.reader.panes) == set(story.documents)
    assert [d.id for d in window.reader.index.documents] == list(story.documents)
    shown_docs = {
        window.facts.model.headerData(c, Qt.Orientation.Horizontal).split(" · ")[0]
        for c in range(2, window.facts.model.columnCount())
    }
    assert shown_docs == set(story.documents)


def test_facts_sorted_by_their_label_stay_sorted_when_another_story_is_chosen(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, stories_dir: Path
) -> None:
    """Choosing a story empties the facts table before filling it: a sort the researcher chose
    holds over the empty table too, then over the new story's facts."""
    open_and_wait(window, qtbot, stories_dir)
    window.facts.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by label
    dock = window.stories.dock
    window.stories.focus_action.trigger()
    qtbot.keyClick(dock.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.stories.story_shown, timeout=10_000):
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    labels = [window.facts.model.facts[row].label for row in range(window.facts.model.rowCount())]
    assert labels and labels == sorted(labels)


def test_the_text_filter_keeps_the_stories_that_mention_it(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, stories_dir: Path
) -> None:
    open_and_wait(window, qtbot, stories_dir)
    dock = window.stories.dock
    dock.filter_edit.setText("القصيم")
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 1)
    story_id = dock.proxy.index(0, LABEL_COLUMN).data(STORY_ID_ROLE)
    story = next(s for s in window.analysis.stories if s.id == story_id)
    doc = next(d for d in window.analysis.documents if d.id == story.documents[0])
    assert doc.path.endswith("103_schools.txt")


def test_a_big_story_shows_five_articles_side_by_side_and_all_in_the_matrix(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, big_story_dir: Path
) -> None:
    open_and_wait(window, qtbot, big_story_dir)
    assert len(window.analysis.stories) == 1
    assert len(window.reader.panes) == 5
    assert window.facts.model.columnCount() == 2 + 8
    assert window.stories.pick_action.isEnabled()


def test_the_article_picker_limits_the_panes_shown(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, big_story_dir: Path
) -> None:
    open_and_wait(window, qtbot, big_story_dir)
    picker = window.stories.pick_articles()
    assert picker is not None and picker.list.count() == 8
    wanted = [picker.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in (6, 7)]
    picker.check(wanted)
    with qtbot.waitSignal(window.stories.story_shown, timeout=10_000):
        picker.accept()
    assert set(window.reader.panes) == set(wanted)
    assert window.reader.pane_order() == wanted
    assert window.facts.model.columnCount() == 2 + 8


def test_sorting_the_matrix_by_a_source_keeps_each_row_and_the_selection(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, big_story_dir: Path
) -> None:
    open_and_wait(window, qtbot, big_story_dir)
    dock = window.facts
    fact_id = dock.proxy.index(dock.proxy.rowCount() - 1, 1).data(FACT_ID_ROLE)
    dock.select_fact(fact_id)
    dock.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert dock.selected_fact() == fact_id
    model = dock.model
    for row, fact in enumerate(model.facts):
        assert model.row_of(fact.id) == row
        assert model.index(row, 1).data() == fact.label
    values = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_a_note_on_another_storys_sentence_opens_that_story_and_its_sentence(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, stories_dir: Path
) -> None:
    open_and_wait(window, qtbot, stories_dir)
    weather = next(d for d in window.analysis.documents if d.path.endswith("102_weather.txt"))
    sentence = next(s for s in window.analysis.sentences if s.doc == weather.id and s.index == 1)
    assert weather.id not in window.reader.panes
    window.projects.add_note(sentence.id, "درجة الحرارة تحتاج إلى تحقق")
    note_id = window.projects.project.notes()[0].id
    with qtbot.waitSignal(window.reader.sentence_selected, timeout=10_000) as blocker:
        window.projects.notes_dock.note_activated.emit(note_id)
    assert blocker.args == [sentence.id]
    assert weather.id in window.reader.panes
    assert window.stories.story_id == window.stories.story_of(sentence.id)


def test_a_story_prepared_with_picks_and_copies_of_an_older_analysis_leaves_out_the_articles_gone(
    big_story_dir: Path,
) -> None:
    """The articles picked side by side and the copy groups are remembered by story id, and the
    story of that id may hold other articles once the folder was brought up to date: a random
    walk through the window showed a story with a group naming an article gone (KeyError)."""
    story = analyze_folder(big_story_dir)  # one story of eight articles, d1 … d8
    gone = [[f"d{i}"] for i in range(1, 10)]  # d9: an article of the story before the update
    prepared = prepared_story(story, ["d2", "d9"], gone)
    assert [d.id for d in prepared.view_index.documents] == ["d2"]
    assert sorted(d for group in prepared.copies for d in group) == sorted(d.id for d in story.documents)


def test_a_story_cut_from_the_per_article_buckets_equals_core_story_analysis(stories_dir: Path) -> None:
    from core.match.stories import story_analysis
    from core.pipeline import analyze_folder
    from gui.story_parts import StoryParts

    analysis = analyze_folder(stories_dir)
    parts = StoryParts(analysis)
    while not parts.step():
        pass
    assert len(analysis.stories) >= 2
    for story in analysis.stories:
        assert parts.cut(story.id) == story_analysis(analysis, story.id)


def test_a_story_cut_before_its_buckets_are_sorted_is_the_same_story(stories_dir: Path) -> None:
    from core.match.stories import story_analysis
    from core.pipeline import analyze_folder
    from gui.story_parts import StoryParts

    analysis = analyze_folder(stories_dir)
    story = analysis.stories[-1]
    assert StoryParts(analysis).cut(story.id) == story_analysis(analysis, story.id)
