"""What a long task says it is doing, as data: a step and, for some steps, the file it is at.

The message core passes to a `Progress` callable is `said(step, item)`; `heard` takes it apart. The
words a person reads are the interface's to choose, in its language (gui/progress_text.py); the
steps below are the whole vocabulary.
"""

from __future__ import annotations

LISTING = "listing files"
"""The folder's files are being listed (before any is read)."""
OPENING = "opening"
"""A file is being read (item: its path)."""
ANALYSING = "reading"
"""An article's analysis came back (item: its file name)."""
COMPARING = "comparing articles"
"""The articles of each story are being aligned and their numbers grouped into facts."""
WRITING = "writing the project file"
"""The analysis is being written to the project file (beside the comparing, then after it)."""
DONE = "done"

WITH_ITEM = (OPENING, ANALYSING)
ALONE = (LISTING, COMPARING, WRITING, DONE)


def said(step: str, item: str = "") -> str:
    """The message of STEP, at ITEM for the steps that name one."""
    return f"{step} {item}" if step in WITH_ITEM else step


def heard(message: str) -> tuple[str, str]:
    """(step, item) of a message `said` made; ("", MESSAGE) for any other."""
    if message in ALONE:
        return message, ""
    step, _, item = message.partition(" ")
    return (step, item) if step in WITH_ITEM and item else ("", message)
