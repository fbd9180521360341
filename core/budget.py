"""The per-file time budget: what the analysis of one article may cost before it is refused.

The analysis of an article (sentences, numbers, their frames, its profiles: core.pipeline) checks a
`Clock` between stages and between sentences; past the budget it raises `OverBudget`, whose message
names the budget, and the article is listed as not analysed while the rest of the folder goes on.
The budgets of reading a file (its size, its text, its lines, a .docx's parts) are
core.ingest.budgets.
"""

from __future__ import annotations

import time

FILE_BUDGET_S = 30.0
FILE_BUDGET_S_PER_MILLION_CHARS = 15.0
"""The per-file time budget: CPU seconds the analysis of one article (sentences, numbers, their
frames, its profiles) may take before the article is refused — `FILE_BUDGET_S`, and
`FILE_BUDGET_S_PER_MILLION_CHARS` more per million characters of its text. Every stage is linear
in the text (sentences are capped, see core.text.segment): about 4 s per million characters here
(bench/scaling.py), so a text within the text budget (core.ingest.budgets) stays well under it; the
budget is the guarantee that an input no one foresaw costs its own analysis, not the folder's. CPU
time of the analysing thread, not wall time: a busy machine does not refuse what an idle one accepts."""


class OverBudget(Exception):
    """One article's analysis ran past `FILE_BUDGET_S`; the message names the budget."""


class Clock:
    """The per-file budget of a text of CHARS characters, checked between stages and between
    sentences. SECONDS None: the budget `FILE_BUDGET_S` sets (read when the clock starts); `math.inf`: none."""

    def __init__(self, seconds: float | None, chars: int) -> None:
        self.seconds = FILE_BUDGET_S + FILE_BUDGET_S_PER_MILLION_CHARS * chars / 1e6 if seconds is None else seconds
        self.deadline = time.thread_time() + self.seconds
        self.wall_deadline = time.perf_counter() + self.seconds

    def check(self) -> None:
        # a thread's CPU time never runs ahead of the wall clock, so the CPU clock (a system call, 10×
        # the cost of the wall clock's read) is asked only once the budget has passed in wall time
        if time.perf_counter() >= self.wall_deadline and time.thread_time() >= self.deadline:
            raise OverBudget(
                f"was not analysed: its analysis ran past the per-file time budget ({self.seconds:.0f} s of "
                "computing for its length); its text is shown without numbers"
            )
