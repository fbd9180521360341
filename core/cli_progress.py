"""What `analyze` shows on a terminal while it runs: one line on stderr, rewritten in place, with the
step and how far it has come. A folder of 30,000 articles takes a minute; the command said nothing
until its end. Only on a terminal (a log or a pipe gets no carriage returns) and never with --quiet;
a problem printed meanwhile takes the line, and the progress is written again below it."""

from __future__ import annotations

import time
from typing import TextIO

from core.progress import ANALYSING, DONE, OPENING, heard

EVERY_S = 0.2
"""At most one update of the line in this long."""
_COUNTED = {OPENING: "files read", ANALYSING: "articles analysed"}


class TerminalProgress:
    """A `core.pipeline.Progress` that keeps one line of STREAM up to date."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._shown = ""
        self._at = 0.0

    def __call__(self, done: int, total: int, message: str) -> None:
        step, _item = heard(message)
        if step == DONE:
            self.clear()
            return
        now = time.monotonic()
        if now - self._at < EVERY_S:  # the save's steps come between the comparing's: no flicker
            return
        self._at = now
        if step in _COUNTED:  # TOTAL counts the articles and one step after them
            of = max(total - 1, done, 1)
            line = f"muqabala: {done:,} of {of:,} {_COUNTED[step]} ({100 * done // of} %)"
        else:
            line = f"muqabala: {step or message}…"
        if line != self._shown:
            self._write(line)

    def clear(self) -> None:
        """Take the line away (before a problem is printed, and at the end)."""
        if self._shown:
            self.stream.write("\r" + " " * len(self._shown) + "\r")
            self.stream.flush()
            self._shown = ""

    def _write(self, line: str) -> None:
        pad = " " * max(0, len(self._shown) - len(line))
        self.stream.write("\r" + line + pad)
        self.stream.flush()
        self._shown = line
