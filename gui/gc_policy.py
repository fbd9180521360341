"""Python's cyclic garbage collector and the GUI thread.

A full (generation 2) collection walks every tracked object: with a 1,000-article analysis in
memory that is 60-100 ms, taken by whichever thread allocates at the time — often the analysis
worker, which then holds the GIL and freezes the window. The analysis creates almost no cyclic
garbage (317 objects for 1,000 articles), so automatic collection is paused while it runs (a
fresh analysis or a reopened project: loading a stored 1,000-article analysis triggered 45-70 ms
collections in the worker, each a GUI stall), and
when it arrives its objects are moved out of the collector's sight (`gc.freeze`): later
collections only walk what the GUI creates afterwards, which takes a millisecond or two.

A story's indexes and facts table are as long-lived while it is shown, and as acyclic: they are
frozen too when the facts matrix starts building from them (`keep_out_of_sight`). A full
collection walking a freshly built 10,000-fact index cost 78 ms. The price: cyclic garbage among
frozen objects is never collected (objects freed by their reference count still are), a few
kilobytes per story shown.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """An analysis starts: no automatic collection until it ends."""
    gc.disable()


def settle() -> None:
    """An analysis arrived and is sorted by article: freeze what exists (the analysis and its
    buckets included) and collect again."""
    gc.freeze()
    gc.enable()


def resume() -> None:
    """An analysis ended without a result: collect as usual."""
    gc.enable()


def keep_out_of_sight() -> None:
    """What exists now is long-lived (a story about to be shown): later collections skip it.
    Leaves automatic collection as it is (paused while an analysis runs)."""
    gc.freeze()
