"""What the window lets go of is freed a slice per turn (gui.release), never all at once."""

from __future__ import annotations

import gc
import sys
import weakref

from pytestqt.qtbot import QtBot

from core.model import Sentence
from gui.release import CHUNK, SlowRelease
from tests.gui.conftest import ANALYSIS_TIMEOUT_MS


class Item:
    """Something a list holds, whose end can be watched."""


def test_held_items_outlive_their_owner_until_released(qtbot: QtBot) -> None:
    release = SlowRelease()
    owner = [Item() for _ in range(10)]
    watch = [weakref.ref(item) for item in owner]
    release.hold(owner)
    del owner
    assert all(w() is not None for w in watch)
    release.release_for(1.0)
    assert all(w() is None for w in watch)
    assert release.holding() == 0


def test_a_slice_lets_go_of_a_chunk_at_least_and_the_rest_later(qtbot: QtBot) -> None:
    release = SlowRelease()
    release.hold([Item() for _ in range(3 * CHUNK)])
    release.release_for(0)
    assert release.holding() == 2 * CHUNK


def test_an_item_used_elsewhere_stays_alive(qtbot: QtBot) -> None:
    release = SlowRelease()
    report = [Item()]  # a report still being written from the old analysis
    release.hold(list(report))
    release.release_for(1.0)
    assert isinstance(report[0], Item)


def test_the_event_loop_empties_what_is_held(qtbot: QtBot) -> None:
    release = SlowRelease()
    release.hold([Item() for _ in range(5 * CHUNK)])
    qtbot.waitUntil(lambda: release.holding() == 0)


def test_a_folder_opened_again_leaves_nothing_of_the_previous_analysis_alive(seeds_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    old: Sentence = seeds_window.analysis.sentences[0]
    with qtbot.waitSignal(seeds_window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        seeds_window.open_folder(seeds_window.folder)
    assert seeds_window.analysis.sentences[0] is not old
    qtbot.waitUntil(lambda: seeds_window.stories.release.holding() == 0)
    assert sys.getrefcount(old) == 2  # this test's name for it, and getrefcount's argument


def test_a_pane_let_go_of_is_freed_without_the_cycle_collector(seeds_window, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    reader = seeds_window.stories.reader
    pane = weakref.ref(next(iter(reader.panes.values())))
    gc.disable()  # only reference counts free anything now
    try:
        reader.set_documents([])
        qtbot.waitUntil(lambda: pane() is None)
    finally:
        gc.enable()
