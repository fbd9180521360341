"""Work handed to `gui.background` runs beside the GUI thread and comes back on it."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from gui.background import Background


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    background = Background()
    ran_on: list[threading.Thread] = []
    got: list[tuple[int, threading.Thread]] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return sum(range(1000))

    background.run(work, lambda total: got.append((total, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(499500, threading.main_thread())]
    assert ran_on != [threading.main_thread()]
    assert not background.busy()


def test_results_come_back_in_the_order_asked(qtbot: QtBot) -> None:
    background = Background()
    got: list[str] = []
    for story in ("s1", "s2", "s3"):
        background.run(lambda story=story: story, got.append)
    qtbot.waitUntil(lambda: len(got) == 3)
    assert got == ["s1", "s2", "s3"]


def test_an_error_in_the_work_is_raised_on_the_gui_thread(qtbot: QtBot) -> None:
    background = Background()

    def work() -> int:
        raise ValueError("a story with no articles")

    with qtbot.captureExceptions() as errors:
        background.run(work, lambda _result: None)
        qtbot.waitUntil(lambda: not background.busy())
    assert [str(e[1]) for e in errors] == ["a story with no articles"]


@pytest.mark.parametrize("count", [0, 3])
def test_shutting_down_waits_for_running_work(qtbot: QtBot, count: int) -> None:
    background = Background()
    done = threading.Event()
    for _ in range(count):
        background.run(lambda: done.set(), lambda _r: None)
    background.shut_down()
    assert done.is_set() == (count > 0)
