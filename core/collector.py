"""Python's cycle collector paused while many objects are made at once (a stored analysis loaded,
an update renumbering it): it walked the growing lists again and again (a quarter of loading
10,000 articles) and they hold no cycle to collect."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Within the block the cycle collector does not run; as it was after (reference counting still frees)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
