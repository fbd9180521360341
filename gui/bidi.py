"""Mixed Arabic and Latin on one line without the Unicode bidi algorithm reordering it.

A line such as «d3 · تركيا تقصف — 2015-07-24T1626_alyaum.txt» is laid out by the bidi algorithm as
one run: neutral characters (·, —, digits, «_», «-») take the direction of their neighbours, and
the file name's date ends up on the wrong side of its name. Each piece that comes from outside
(a title, a file name, a query) is wrapped in a first-strong isolate (FSI … PDI), so it is laid
out on its own and the line keeps the order in which it was written.
"""

from __future__ import annotations

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"


def isolate(text: str) -> str:
    """TEXT laid out in its own direction (from its first strong letter), as one block in the line."""
    return f"{FSI}{text}{PDI}"


def isolate_ltr(text: str) -> str:
    """TEXT laid out left to right as one block (file names, paths, dates)."""
    return f"{LRI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    """TEXT without the isolate marks (to compare or copy what the user reads)."""
    return text.replace(FSI, "").replace(LRI, "").replace(PDI, "")
