"""What the HTML report and the CSV of facts both show: facts by source, quoted sentences with
their values marked, and notes grouped by what they are on.

Pure Python over a `core.model.Analysis`; every span comes from mention offsets into
`Document.text`, so a quote shows exactly the characters the article has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.match.verdicts import shown_status
from core.mentions.registry import show_mention
from core.model import Analysis, Document, Fact, Mention, Sentence, status_rank
from core.store.notes import Note

_SPACE = re.compile(r"\s+")
QUOTE_CONTEXT = 220
"""Characters kept on each side of the marked values when a sentence is too long to quote whole."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A sentence (or the part of it around the values) split into (text, is_value) pieces."""

    doc: str
    sentence: str
    pieces: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


class ReportData:
    """Lookups over one analysis, built once per report."""

    def __init__(self, analysis: Analysis, notes: Iterable[Note] = (), lang: str = "ar") -> None:
        self.analysis = analysis
        self.lang = lang
        """The language values are shown in (`core.mentions.numbers.display`)."""
        self.notes = list(notes)
        self.docs: dict[str, Document] = {d.id: d for d in analysis.documents}
        self.mentions: dict[str, Mention] = {m.id: m for m in analysis.mentions}
        self.sentences: dict[str, Sentence] = {s.id: s for s in analysis.sentences}
        self.order = {d.id: i for i, d in enumerate(analysis.documents)}

    # --- facts by source -----------------------------------------------------------------
    def facts(self, *statuses: str) -> list[Fact]:
        """Facts with these statuses as shown (a dismissed conflict is not a conflict; all when none
        given): conflicts first, then by id order."""
        chosen = [f for f in self.analysis.facts if not statuses or shown_status(f) in statuses]
        return sorted(chosen, key=lambda f: status_rank(shown_status(f)))

    def reviewed(self) -> list[Fact]:
        """Facts the researcher ruled on (confirmed, dismissed, split or merged), in report order."""
        return [f for f in self.facts() if f.review]

    def by_source(self, fact: Fact) -> dict[str, list[Mention]]:
        """{document id: the fact's mentions in it}, documents in folder order."""
        cells: dict[str, list[Mention]] = {}
        for mention_id in fact.mentions:
            m = self.mentions.get(mention_id)
            if m is not None:
                cells.setdefault(m.doc, []).append(m)
        return dict(sorted(cells.items(), key=lambda kv: self.order.get(kv[0], 0)))

    def values(self, mentions: Sequence[Mention]) -> str:
        """The distinct values as the user reads them («11 · 17», «نحو 200», «4.1 مليار ريال»)."""
        shown: list[str] = []
        for m in mentions:
            v = show_mention(m, self.lang)
            if v not in shown:
                shown.append(v)
        return " · ".join(shown)

    # --- quotes --------------------------------------------------------------------------
    def quotes(self, fact: Fact, doc_id: str) -> list[Quote]:
        """Each sentence of DOC_ID holding the fact's mentions, with those mentions marked."""
        mentions = self.by_source(fact).get(doc_id, [])
        doc = self.docs[doc_id]
        by_sentence: dict[str, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        return [self._quote(doc, sid, ms) for sid, ms in by_sentence.items()]

    def _quote(self, doc: Document, sentence_id: str, mentions: list[Mention]) -> Quote:
        spans = sorted({(m.start, m.end) for m in mentions})
        sentence = self.sentences.get(sentence_id)
        start, end = (sentence.start, sentence.end) if sentence else (spans[0][0], spans[-1][1])
        start = max(start, spans[0][0] - QUOTE_CONTEXT)
        end = min(end, spans[-1][1] + QUOTE_CONTEXT)
        pieces: list[tuple[str, bool]] = [("… ", False)] if sentence and start > sentence.start else []
        pos = start
        for s, e in spans:
            if s < pos:  # overlapping spans: mark the union
                s = pos
            if pos < s:
                pieces.append((doc.text[pos:s], False))
            if s < e:
                pieces.append((doc.text[s:e], True))
            pos = max(pos, e)
        if pos < end:
            pieces.append((doc.text[pos:end], False))
        if sentence and end < sentence.end:
            pieces.append((" …", False))
        return Quote(doc.id, sentence_id, tuple((_SPACE.sub(" ", t), marked) for t, marked in pieces if t))

    # --- notes ---------------------------------------------------------------------------
    def notes_on(self, fact: Fact) -> list[Note]:
        """Notes on the fact, then notes on the sentences its mentions are in."""
        sentence_ids = {self.mentions[i].sentence for i in fact.mentions if i in self.mentions}
        return [n for n in self.notes if n.fact_id == fact.id] + [
            n for n in self.notes if n.sentence_id in sentence_ids
        ]

    def source_name(self, doc_id: str) -> str:
        """A short name for a source: its number and file name."""
        doc = self.docs[doc_id]
        return f"{self.order[doc_id] + 1} · {Path(doc.path).name}"
