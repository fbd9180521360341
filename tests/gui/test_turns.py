"""Sliced work shares one budget per frame (gui.turns)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from gui import turns


@pytest.fixture(autouse=True)
def no_slices_yet() -> Iterator[float]:
    turns.forget()
    yield time.perf_counter()
    turns.forget()


def test_a_slice_may_run_when_nothing_ran_lately(no_slices_yet: float) -> None:
    assert turns.may_run(now=no_slices_yet)


def test_a_short_slice_leaves_room_for_another(no_slices_yet: float) -> None:
    t = no_slices_yet
    turns.record(t - 0.002, t)
    assert turns.may_run(now=t)


def test_once_the_frame_s_budget_is_spent_the_next_slice_waits(no_slices_yet: float) -> None:
    t = no_slices_yet
    turns.record(t - turns.BUDGET_S - 0.001, t)
    assert not turns.may_run(now=t)


def test_slices_of_several_jobs_add_up(no_slices_yet: float) -> None:
    t = no_slices_yet
    half = turns.BUDGET_S / 2 + 0.001
    turns.record(t - 2 * half, t - half)
    turns.record(t - half, t)
    assert not turns.may_run(now=t)


def test_a_slice_may_run_again_once_the_window_has_passed(no_slices_yet: float) -> None:
    t = no_slices_yet
    turns.record(t - turns.BUDGET_S, t)
    assert turns.may_run(now=t + turns.WINDOW_S)


def test_a_long_slice_is_followed_by_a_pause_as_long_as_itself(no_slices_yet: float) -> None:
    t = no_slices_yet
    # longer than LONG_S by a margin: t - LONG_S is rounded, and with the clock past a few hundred
    # seconds, (t) - (t - LONG_S) came out just under LONG_S
    long = 1.5 * turns.LONG_S  # within the budget
    turns.record(t - long, t)
    assert not turns.may_run(now=t + long / 2)
    assert turns.may_run(now=t + long * 1.01)


def test_a_timed_slice_counts_against_the_budget() -> None:
    with turns.slice():
        end = time.perf_counter() + turns.BUDGET_S
        while time.perf_counter() < end:
            pass
    assert not turns.may_run(now=end)
