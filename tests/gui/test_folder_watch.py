"""Articles dropped into the open folder are noticed and the project is brought up to date on F5,
analysing only them. Every test works on a copy of the seeds (fixture `seeds_dir`); tests wait on
signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from gui.main_window import MainWindow

from .conftest import ANALYSIS_TIMEOUT_MS, open_and_wait

NEW_ARTICLE = (
    "وصول قافلة مساعدات جديدة\n\n"
    "وصلت صباح اليوم قافلة من 14 شاحنة محملة بالمساعدات الغذائية إلى المدينة، وفق ما أعلنه الهلال الأحمر.\n"
)


def test_an_article_dropped_into_the_open_folder_is_told_with_the_update_offered(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    open_and_wait(window, qtbot, seeds_dir)
    with qtbot.waitSignal(window.folder_watch.looked, timeout=ANALYSIS_TIMEOUT_MS) as looked:
        (seeds_dir / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert looked.args[0].added == ("005_new.txt",)
    bar = window.projects.changes_bar
    assert bar.isVisible()
    assert "005_new.txt" in bar.label.text()
    assert bar.action_button.isVisible()
    assert bar.action_button.defaultAction() is window.folder_watch.action


def test_f5_brings_the_project_up_to_date_analysing_only_the_new_article(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    open_and_wait(window, qtbot, seeds_dir)
    (seeds_dir / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert window.folder_watch.action.shortcut() == QKeySequence("F5")
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.folder_watch.action.trigger()
    changes = window.projects.project.changes
    assert changes.added == ("005_new.txt",)
    assert changes.reanalysed == ("005_new.txt",)
    assert len(window.analysis.documents) == 5
    assert "005_new.txt" in window.projects.changes_bar.label.text()


def test_files_that_are_no_articles_coming_and_going_say_nothing(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    open_and_wait(window, qtbot, seeds_dir)
    with qtbot.waitSignal(window.folder_watch.looked, timeout=ANALYSIS_TIMEOUT_MS) as looked:
        (seeds_dir / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # no article, like the project file beside them
    assert (looked.args[0].added, looked.args[0].removed) == ((), ())
    assert not window.projects.changes_bar.isVisible()


BOOK_FAIR = (
    "افتتاح معرض الكتاب الدولي بمشاركة 450 دار نشر\n\n"
    "افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي بمشاركة 450 دار نشر من 30 دولة.\n"
    "ويستمر المعرض عشرة أيام، ويتوقع المنظمون أن يزوره أكثر من مليون زائر.\n",
    "450 دار نشر من 30 دولة في معرض الكتاب الدولي\n\n"
    "انطلقت فعاليات معرض الكتاب الدولي بحضور وزير الثقافة، وتشارك فيه 450 دار نشر تمثل 30 دولة.\n"
    "وقال مدير المعرض إن عدد الزوار المتوقع يتجاوز مليون زائر خلال أيام المعرض العشرة.\n",
)


def test_after_f5_the_story_being_read_is_shown_again_not_the_biggest(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    for k, text in enumerate(BOOK_FAIR):
        (seeds_dir / f"10{k}_fair.txt").write_text(text, encoding="utf-8")
    open_and_wait(window, qtbot, seeds_dir)
    fair = [s.id for s in window.analysis.stories if len(s.documents) == 2]
    assert len(window.analysis.stories) == 2 and fair  # the convoy's four articles, the fair's two
    with qtbot.waitSignal(window.stories.story_shown, timeout=ANALYSIS_TIMEOUT_MS):
        window.stories.show_story(fair[0])
    (seeds_dir / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")  # the convoy's story is still the biggest
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.folder_watch.action.trigger()
    shown = sorted(Path(d.path).name for d in window.stories.story.documents)
    assert shown == ["100_fair.txt", "101_fair.txt"]


def test_with_the_preference_on_an_article_dropped_in_is_analysed_without_asking(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, seeds_dir: Path
) -> None:
    from gui.preferences import AUTO_UPDATE

    AUTO_UPDATE.set(True)
    open_and_wait(window, qtbot, seeds_dir)
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        (seeds_dir / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    changes = window.projects.project.changes
    assert changes.added == ("005_new.txt",) and changes.reanalysed == ("005_new.txt",)
    assert "005_new.txt" in window.projects.changes_bar.label.text()  # what changed, said after the update
