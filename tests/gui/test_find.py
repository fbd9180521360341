"""Find in all articles: every article of the story is searched, not only the panes on screen; the
hits are listed per article in the results panel, and choosing one in an article that is not shown
opens it. With "Whole folder" the other stories are searched too."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.text.search import snippet
from gui import find
from gui.bidi import strip_isolates
from gui.main_window import MainWindow
from gui.search_results import HIT_ROLE

from .conftest import ANALYSIS_TIMEOUT_MS, open_and_wait
from .test_stories import FOOTBALL

REFEREE = "\nوأدار المباراة الحكم الدولي خالد الطريس وسط أجواء حماسية.\n"


@pytest.fixture
def derby_dir(tmp_path: Path) -> Path:
    """Eight reports of one match; the last two name the referee and leave out the standings, so
    they report fewer facts and are not among the five shown side by side."""
    folder = tmp_path / "derby"
    folder.mkdir()
    for k in range(8):
        text = FOOTBALL.format(crowd=40 + k, goal=70 + k)
        if k >= 6:
            text = text.rstrip().rsplit("\n", 1)[0] + REFEREE
        (folder / f"{k + 1:03d}_outlet{k + 1}.txt").write_text(text, encoding="utf-8")
    return folder


def _find(window: MainWindow, qtbot, query: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.reader.searched, timeout=5000):
        window.search_bar.field.setText(query)


def _referee_docs(window: MainWindow) -> set[str]:
    return {d.id for d in window.analysis.documents if "الطريس" in d.text}


def test_search_finds_a_word_in_articles_that_are_not_side_by_side(window: MainWindow, qtbot, derby_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(window, qtbot, derby_dir)
    hidden = _referee_docs(window) - set(window.reader.panes)
    assert hidden, "the two articles naming the referee are not among the five shown"
    _find(window, qtbot, "الطريس")
    assert {h.doc for h in window.reader.hits} == _referee_docs(window)
    dock = window.finder.dock
    assert dock.isVisible()
    assert dock.tree.topLevelItemCount() == 2
    assert "2 hits in 2 of 8 articles" in strip_isolates(dock.summary.text())
    assert window.search_bar.count.text() == "0/2 in 2"


def test_choosing_a_hit_in_an_article_not_shown_opens_it_at_the_hit(window: MainWindow, qtbot, derby_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(window, qtbot, derby_dir)
    _find(window, qtbot, "الطريس")
    hit = next(h for h in window.reader.hits if h.doc not in window.reader.panes)
    top = next(
        window.finder.dock.tree.topLevelItem(i)
        for i in range(2)
        if tuple(window.finder.dock.tree.topLevelItem(i).child(0).data(0, HIT_ROLE)) == (hit.doc, hit.start, hit.end)
    )
    with qtbot.waitSignal(window.stories.story_shown, timeout=ANALYSIS_TIMEOUT_MS):
        window.finder.dock.tree.itemActivated.emit(top.child(0), 0)
    pane = window.reader.panes[hit.doc]
    assert pane.overlay("search_current") == [(hit.start, hit.end)]
    assert pane.is_span_visible(hit.start, hit.end)
    assert hit.doc in window.stories.shown()


def test_enter_in_the_find_bar_walks_into_articles_not_shown(window: MainWindow, qtbot, derby_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(window, qtbot, derby_dir)
    _find(window, qtbot, "الطريس")
    hits = window.reader.hits
    at = next(i for i, h in enumerate(hits) if h.doc not in window.reader.panes)
    for _ in range(at):  # hits in articles on screen first
        window.search_bar.field.next_requested.emit()
    with qtbot.waitSignal(window.stories.story_shown, timeout=ANALYSIS_TIMEOUT_MS):
        window.search_bar.field.next_requested.emit()
    hit = hits[at]
    assert window.reader.panes[hit.doc].overlay("search_current") == [(hit.start, hit.end)]
    assert window.search_bar.count.text() == f"{at + 1}/2 in 2"


def test_whole_folder_searches_the_other_stories_and_opens_one(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, derby_dir: Path, seeds_dir: Path
) -> None:
    for src in seeds_dir.glob("*.txt"):
        (derby_dir / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    open_and_wait(window, qtbot, derby_dir)
    assert len(window.analysis.stories) >= 2
    dock = window.finder.dock
    assert dock.whole_folder.isVisibleTo(dock)
    derby = window.stories.story_id
    assert all("الحافلات" not in d.text for d in window.stories.story.documents)  # the match is shown first
    _find(window, qtbot, "الحافلات")
    assert window.reader.hits == []
    assert "no hits in the 8 articles searched" in strip_isolates(dock.summary.text())
    with qtbot.waitSignal(window.reader.searched, timeout=5000):
        dock.whole_folder.setChecked(True)
    assert {h.doc for h in window.reader.hits} == {d.id for d in window.analysis.documents if "الحافلات" in d.text}
    hit = window.reader.hits[0]
    with qtbot.waitSignal(window.stories.story_shown, timeout=ANALYSIS_TIMEOUT_MS):
        window.finder.open_hit(hit)
    assert window.stories.story_id != derby
    assert window.reader.panes[hit.doc].overlay("search_current") == [(hit.start, hit.end)]


def test_a_snippet_keeps_the_hit_and_cuts_at_words() -> None:
    text = "قال المتحدث إن الحافلات السبع عشرة وصلت إلى المعبر صباح اليوم بعد تأخير طويل"
    start = text.index("الحافلات")
    part = snippet(text, start, start + len("الحافلات"), width=12)
    assert part.text[part.hit_start : part.hit_end] == "الحافلات"
    assert part.text.startswith("… ") and part.text.endswith(" …")
    assert all(w in text for w in part.text.strip("… ").split())


def test_a_folder_too_large_to_fold_at_once_is_prepared_off_the_window_s_thread_then_searched(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, derby_dir: Path, seeds_dir: Path, monkeypatch
) -> None:
    for src in seeds_dir.glob("*.txt"):
        (derby_dir / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    open_and_wait(window, qtbot, derby_dir)
    monkeypatch.setattr(find, "KEYS_HERE_UP_TO", 0)  # as if the folder held thousands of articles
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.finder.dock.whole_folder.setChecked(True)
    _find(window, qtbot, "الحافلات")
    assert any("Preparing to search 12 articles" in strip_isolates(m) for m in said)
    assert {h.doc for h in window.reader.hits} == {d.id for d in window.analysis.documents if "الحافلات" in d.text}
