"""The processes that run the maps: their priority and their cycle collection (core.workers)."""

import gc
import os

import pytest

from core import workers


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities here")
def test_workers_run_below_the_process_that_started_them_when_asked():
    workers.lower_worker_priority(5)
    try:
        pool = workers.process_pool(1)
        try:
            assert pool.submit(os.nice, 0).result() == os.nice(0) + 5
        finally:
            pool.shutdown()
    finally:
        workers.lower_worker_priority(0)


def test_workers_collect_cycles_seldom_and_still_collect_them():
    pool = workers.process_pool(1)
    try:
        assert pool.submit(gc.get_threshold).result()[0] == workers.WORKER_YOUNG_COLLECTION
        assert pool.submit(gc.isenabled).result()
    finally:
        pool.shutdown()
