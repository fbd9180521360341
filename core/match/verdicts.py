"""The researcher's verdicts applied to an analysis: what every view, report and export then shows.

A verdict is anchored to the text, not to ids (ids change with every re-analysis): each mention it
names is remembered by its article's relative path, its span, its own text and a little context on
each side. `apply_verdicts` finds the mentions again — the same span with the same text; else the
same text in the same context nearest to where it was (an edited article) — and applies the
verdicts in the order they were given:

- *confirm* / *dismiss* a fact: it is marked reviewed; a dismissed conflict is no longer counted,
  coloured or visited as a conflict (different things, or a revision);
- *split*: a mention leaves its fact and becomes a fact of its own;
- *merge*: two facts become one (the first keeps its id and label head);
- *not a quantity*: a mention leaves its fact and is no longer shown as a number.

A verdict whose mentions cannot be found any more is kept and reported as orphaned. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Literal

from core.match.agreement import agree, show_value
from core.match.timeline import order_in_time
from core.model import Analysis, Document, Fact, Mention, Reason

VerdictKind = Literal["confirm", "dismiss", "split", "merge", "not_quantity"]
KINDS: tuple[VerdictKind, ...] = ("confirm", "dismiss", "split", "merge", "not_quantity")
CONTEXT = 40
"""Characters of context kept on each side of an anchored mention."""
MATCH_CONTEXT = 15
"""Characters of that context that must still surround the text after an edit."""


@dataclass(frozen=True, slots=True)
class MentionAnchor:
    """Where a mention was: article (relative path), span, its text and the text around it."""

    doc: str
    start: int
    end: int
    text: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """One ruling of the researcher. `anchor`: the fact's mentions (or the one mention); `other`:
    the second fact's mentions for a merge."""

    id: int
    kind: VerdictKind
    anchor: tuple[MentionAnchor, ...]
    other: tuple[MentionAnchor, ...] = ()
    label: str = ""
    """The fact's label when the verdict was given (shown for an orphaned verdict)."""
    created_at: str = ""


@dataclass(slots=True)
class Reviewed:
    """An analysis with the verdicts applied, and what became of each verdict."""

    analysis: Analysis
    verdicts: list[Verdict] = field(default_factory=list)
    orphaned: list[int] = field(default_factory=list)
    """Ids of verdicts whose mentions are gone (kept, listed, tried again next time)."""
    target: dict[int, str] = field(default_factory=dict)
    """Verdict id → the id of the fact (or mention) it applies to now."""


def relative(path: str, folder: str) -> str:
    """PATH relative to FOLDER, '/' separated (as the project file stores it)."""
    p = PurePath(path)
    try:
        return p.relative_to(folder).as_posix()
    except ValueError:
        return p.as_posix()


def mention_anchor(doc: Document, mention: Mention, folder: str) -> MentionAnchor:
    """The anchor of MENTION of DOC (relative to FOLDER)."""
    text = doc.text
    return MentionAnchor(
        relative(doc.path, folder),
        mention.start,
        mention.end,
        text[mention.start : mention.end],
        text[max(0, mention.start - CONTEXT) : mention.start],
        text[mention.end : mention.end + CONTEXT],
    )


def fact_anchor(analysis: Analysis, fact: Fact) -> tuple[MentionAnchor, ...]:
    """The anchors of every mention of FACT."""
    docs = {d.id: d for d in analysis.documents}
    mentions = {m.id: m for m in analysis.mentions}
    return tuple(
        mention_anchor(docs[mentions[i].doc], mentions[i], analysis.folder)
        for i in fact.mentions
        if i in mentions and mentions[i].doc in docs
    )


class _Finder:
    """Finds anchored mentions in one analysis (built once per `apply_verdicts`)."""

    def __init__(self, analysis: Analysis) -> None:
        self.docs = {relative(d.path, analysis.folder): d for d in analysis.documents}
        self.at: dict[tuple[str, int, int], Mention] = {(m.doc, m.start, m.end): m for m in analysis.mentions}

    def find(self, anchor: MentionAnchor) -> Mention | None:
        doc = self.docs.get(anchor.doc)
        if doc is None or not anchor.text:
            return None
        text = doc.text
        exact = self.at.get((doc.id, anchor.start, anchor.end))
        if exact is not None and text[anchor.start : anchor.end] == anchor.text:
            return exact
        before, after = anchor.before[-MATCH_CONTEXT:], anchor.after[:MATCH_CONTEXT]
        for needle, shift in ((before + anchor.text + after, len(before)), (before + anchor.text, len(before))):
            found = self._nearest(doc, needle, shift, anchor)
            if found is not None:
                return found
        return self._nearest(doc, anchor.text + after, 0, anchor) if after else None

    def _nearest(self, doc: Document, needle: str, shift: int, anchor: MentionAnchor) -> Mention | None:
        best: tuple[int, Mention] | None = None
        pos = doc.text.find(needle)
        while pos >= 0:
            start = pos + shift
            m = self.at.get((doc.id, start, start + len(anchor.text)))
            if m is not None and (best is None or abs(start - anchor.start) < best[0]):
                best = (abs(start - anchor.start), m)
            pos = doc.text.find(needle, pos + 1)
        return best[1] if best else None


def status_of(mentions: Sequence[Mention]) -> str:
    """'single' (one article), 'shared' (every pair from different articles agrees) or 'conflict'."""
    if len({m.doc for m in mentions}) < 2:
        return "single"
    for i, a in enumerate(mentions):
        for b in mentions[i + 1 :]:
            if a.doc != b.doc and not agree(a, b):
                return "conflict"
    return "shared"


def _label(head_of: str, mentions: Sequence[Mention]) -> str:
    head = head_of.rpartition(": ")[0] or head_of
    values: list[str] = []
    for m in mentions:
        v = show_value(m.value, m.qualifier, kind=m.kind)
        if v not in values:
            values.append(v)
    return f"{head}: {' · '.join(values)}" if values else head


def _remade(fact: Fact, ids: list[str], mentions: dict[str, Mention], reason: Reason, review: str) -> Fact:
    members = [mentions[i] for i in ids if i in mentions]
    return replace(
        fact,
        mentions=tuple(ids),
        status=status_of(members),  # type: ignore[arg-type]
        label=_label(fact.label, members),
        reasons=(*fact.reasons, reason),
        review=review,
    )


def apply_verdicts(
    analysis: Analysis, verdicts: Iterable[Verdict], published: dict[str, str] | None = None
) -> Reviewed:
    """ANALYSIS as the researcher ruled (a new Analysis; the input is not changed).

    PUBLISHED: {relative path: ISO time} the researcher set per article (overrides the read one). The
    conflicts' time order and trend (core.match.timeline) are made again where a time she set differs
    from the one read, or a verdict made a fact anew (a merge, a split): they follow what she ruled."""
    verdicts = sorted(verdicts, key=lambda v: v.id)
    documents = analysis.documents
    if published:
        documents = [
            replace(d, published=published[r]) if (r := relative(d.path, analysis.folder)) in published else d
            for d in documents
        ]
    out = replace(analysis, documents=documents, facts=list(analysis.facts), mentions=list(analysis.mentions))
    reviewed = Reviewed(out, list(verdicts))
    retimed = documents is not analysis.documents and any(
        d.published != was.published for d, was in zip(documents, analysis.documents, strict=True)
    )  # no time set: nothing compared (the window reviews every story it shows)
    if not verdicts:
        if retimed:
            order_in_time(out)
        return reviewed
    finder = _Finder(analysis)
    mentions = {m.id: m for m in analysis.mentions}
    facts: dict[str, Fact] = {f.id: f for f in analysis.facts}
    order = [f.id for f in analysis.facts]
    fact_of: dict[str, str] = {}
    for f in analysis.facts:
        for i in f.mentions:
            fact_of.setdefault(i, f.id)
    dropped: set[str] = set()

    def put(fact: Fact) -> None:
        if fact.id not in facts:
            order.append(fact.id)
        facts[fact.id] = fact
        for i in fact.mentions:
            fact_of[i] = fact.id

    def fact_for(anchors: tuple[MentionAnchor, ...]) -> Fact | None:
        votes: dict[str, int] = {}
        for a in anchors:
            m = finder.find(a)
            fid = fact_of.get(m.id) if m is not None else None
            if fid is not None and fid in facts:
                votes[fid] = votes.get(fid, 0) + 1
        return facts[max(votes, key=votes.__getitem__)] if votes else None  # ties: the first anchored

    def take_out(m: Mention) -> Fact | None:
        fid = fact_of.pop(m.id, None)
        if fid is None or fid not in facts:
            return None
        fact = facts[fid]
        rest = [i for i in fact.mentions if i != m.id]
        if not rest:
            del facts[fid]
            return None
        facts[fid] = _remade(fact, rest, mentions, Reason("verdict_split_from", (("mention", m.text),)), "edited")
        return fact

    for v in verdicts:
        params = (("verdict", str(v.id)),)
        if v.kind in ("split", "not_quantity"):
            m = finder.find(v.anchor[0]) if v.anchor else None
            if m is None or m.id in dropped:
                reviewed.orphaned.append(v.id)
                continue
            old = take_out(m)
            if v.kind == "not_quantity":
                dropped.add(m.id)
            else:
                base = old or Fact(f"m{m.id}", "single", (m.id,), m.text, kind=m.kind, counted=m.counted)
                code = Reason("verdict_split", params)
                put(_remade(replace(base, id=f"{base.id}-v{v.id}", reasons=()), [m.id], mentions, code, "edited"))
            reviewed.target[v.id] = m.id
            continue
        fact = fact_for(v.anchor)
        if fact is None:
            reviewed.orphaned.append(v.id)
            continue
        if v.kind == "merge":
            other = fact_for(v.other)
            if other is None:
                reviewed.orphaned.append(v.id)
                continue
            if other.id != fact.id:
                del facts[other.id]
                ids = [*fact.mentions, *(i for i in other.mentions if i not in fact.mentions)]
                put(_remade(fact, ids, mentions, Reason("verdict_merged", (*params, ("with", other.label))), "edited"))
        else:
            review = "confirmed" if v.kind == "confirm" else "dismissed"
            put(replace(fact, review=review, reasons=(*fact.reasons, Reason(f"verdict_{review}", params))))
        reviewed.target[v.id] = fact.id
    out.facts = [facts[i] for i in order if i in facts]
    if dropped:
        out.mentions = [m for m in analysis.mentions if m.id not in dropped]
    if retimed or any(v.kind not in ("confirm", "dismiss") for v in verdicts):
        order_in_time(out)
    return reviewed


def open_conflict(fact: Fact) -> bool:
    """A conflict the researcher has not dismissed: coloured, counted and visited by F8."""
    return fact.status == "conflict" and fact.review != "dismissed"


def shown_status(fact: Fact) -> str:
    """The status a view shows: a dismissed conflict is shown plain ('single')."""
    return "single" if fact.status == "conflict" and fact.review == "dismissed" else fact.status
