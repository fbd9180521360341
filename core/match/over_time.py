"""How a figure changed over time: a fact's values ordered by when each article was published.

`Document.published` (ISO-8601, read by core.ingest.published from the file name, page meta or
document properties, or set by the researcher: core.match.verdicts) is the time; `core.match.timeline`
orders a conflict's mentions the same way for its reasons. The outlet is the file name without a
leading time, up to its first separator. Points without a time, or whose value is not a number
(dates), are left out: a step chart of them would say nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from core.ingest.published import from_file_name, sort_key
from core.mentions.numbers.display import show_value
from core.model import Analysis, Document, Fact

_NAME_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T_ ](\d{2}):?(\d{2}))?")


@dataclass(frozen=True, slots=True)
class Point:
    """One reported value at one time, with where it was said."""

    time: str
    value: float
    text: str
    doc: str
    mention: str
    sentence: str
    outlet: str
    kind: str = ""
    """The mention's kind: a view shows the value as the mention's («20:05» for a clock time)."""

    def shown(self, lang: str = "ar") -> str:
        """The value as a view shows it: «20:05», «2.78 تريليون» (`core.mentions.numbers.display`)."""
        return show_value(self.value, "exact", self.kind, lang=lang)


def published(doc: Document) -> str:
    """When DOC was published: its own time, else one in its file name (an analysis stored before
    times were read)."""
    return doc.published or from_file_name(PurePath(doc.path).name)


def outlet(doc: Document) -> str:
    """A short name of the source: the file name without a leading time, up to its first separator."""
    stem = PurePath(doc.path).stem
    rest = _NAME_TIME.sub("", stem).lstrip("_- ")
    return re.split(r"[_\-\s.]+", rest)[0] if rest else stem


def timeline(analysis: Analysis, fact: Fact) -> list[Point]:
    """The fact's numeric values with a known time, in time order (ties: article order)."""
    docs = {d.id: d for d in analysis.documents}
    order = {d.id: i for i, d in enumerate(analysis.documents)}
    mentions = {m.id: m for m in analysis.mentions}
    points = []
    seen: set[tuple[str, float]] = set()
    for mid in fact.mentions:
        m = mentions.get(mid)
        doc = docs.get(m.doc) if m is not None else None
        if m is None or doc is None or isinstance(m.value, str) or not published(doc):
            continue
        if (m.doc, float(m.value)) in seen:  # a headline repeating the body's figure is one report
            continue
        seen.add((m.doc, float(m.value)))
        points.append(Point(published(doc), float(m.value), m.text, m.doc, m.id, m.sentence, outlet(doc), m.kind))

    def key(p: Point) -> tuple[datetime, int, str]:
        return (sort_key(p.time) or datetime.max, order.get(p.doc, 0), p.mention)

    return sorted(points, key=key)
