"""What the window lets go of, freed a slice per event-loop turn.

When a folder is opened again, the analysis shown until then goes: 300,000 sentences, mentions,
alignments and facts for 10,000 articles, and the story buckets that point at them. Whichever
reference goes last frees them all at once, and freeing is work too: dropping the old analysis
held the GUI thread 243 ms. `SlowRelease.hold` keeps a copy of each list it is given (a
millisecond: a list of pointers), so that the owners that drop theirs free only containers; the
items themselves go a few thousand at a time, within the window's shared budget (`gui.turns`).
An item still used elsewhere (a report being written from the old analysis) stays alive: only
this copy's reference goes.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from core.model import Analysis
from gui import turns

SLICE_S = 0.004
"""Freeing per event-loop turn."""
CHUNK = 500
"""Items let go between two looks at the clock."""


class SlowRelease(QObject):
    """Holds copies of lists the window has let go of, and empties them a slice per turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: deque[list[Any]] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def hold(self, *lists: Iterable[Any]) -> None:
        """Keep the items of LISTS until they are freed a slice at a time."""
        for items in lists:
            copy = list(items)
            if copy:
                self._held.append(copy)
        if self._held:
            self._timer.start()

    def hold_analysis(self, *analyses: Analysis | None, keep: Analysis | None = None) -> None:
        """Keep the items of each of ANALYSES (once each, None and KEEP left out) until they are
        freed a slice at a time."""
        held: list[Analysis] = []
        for a in analyses:
            if a is not None and a is not keep and not any(a is h for h in held):
                held.append(a)
                self.hold(a.sentences, a.mentions, a.alignments, a.facts, a.documents)

    def holding(self) -> int:
        """Items not let go of yet."""
        return sum(map(len, self._held))

    def _step(self) -> None:
        if not turns.may_run():
            return
        with turns.slice():
            self.release_for(SLICE_S)
        if not self._held:
            self._timer.stop()

    def release_for(self, seconds: float) -> None:
        """Let go of held items for about SECONDS (at least `CHUNK` of them), oldest list first,
        last items first."""
        deadline = time.perf_counter() + seconds
        while self._held:
            items = self._held[0]
            del items[-CHUNK:]
            if not items:
                self._held.popleft()
            if time.perf_counter() >= deadline:
                break
