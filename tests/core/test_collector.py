"""The cycle collector is paused while a folder is analysed, and left as it was found."""

import gc

import pytest

from core.pipeline import Cancelled, analyze_folder
from tests.core.test_pipeline import SEEDS


@pytest.fixture
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_no_collection_runs_while_a_folder_is_analysed(collector_on):
    seen: list[bool] = []
    analyze_folder(SEEDS, progress=lambda *_: seen.append(gc.isenabled()), jobs=1)
    assert seen and not any(seen)


def test_the_collector_runs_again_after_the_analysis(collector_on):
    analyze_folder(SEEDS, jobs=1)
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_cancel(collector_on):
    with pytest.raises(Cancelled):
        analyze_folder(SEEDS, cancelled=lambda: True, jobs=1)
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(collector_on):
    gc.disable()
    analyze_folder(SEEDS, jobs=1)
    assert not gc.isenabled()
