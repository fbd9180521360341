"""Lookups over one Analysis that every view needs: what is at this offset, what is aligned with it.

Plain Python (no Qt), built once when an analysis arrives, so clicks and scrolls answer in
microseconds instead of scanning lists.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from core.match.synopsis import alignment_groups
from core.match.verdicts import open_conflict, shown_status
from core.model import Analysis, Document, Fact, Mention, Sentence, status_rank


class AnalysisIndex:
    """Indexes of an `Analysis` by id, by document offset and by alignment."""

    sentence: dict[str, Sentence]
    sentences_by_doc: dict[str, list[Sentence]]
    _sentence_starts: dict[str, list[int]]
    aligned: dict[str, dict[str, float]]
    group_of: dict[str, int]
    group_members: dict[int, list[str]]

    def __init__(self, analysis: Analysis, like: AnalysisIndex | None = None) -> None:
        """LIKE: an index of the same sentences and alignments (the same story before a verdict):
        its sentence and alignment lookups are shared instead of rebuilt."""
        self.analysis = analysis
        self.documents: list[Document] = list(analysis.documents)
        self.document = {d.id: d for d in self.documents}
        self.mention = {m.id: m for m in analysis.mentions}
        self.fact = {f.id: f for f in analysis.facts}
        self.mentions_by_doc: dict[str, list[Mention]] = {d.id: [] for d in self.documents}
        for m in analysis.mentions:
            self.mentions_by_doc.setdefault(m.doc, []).append(m)
        for ms in self.mentions_by_doc.values():
            ms.sort(key=lambda m: m.start)
        self._mention_starts = {d: [m.start for m in lst] for d, lst in self.mentions_by_doc.items()}
        self.fact_of_mention: dict[str, str] = {}
        for f in analysis.facts:
            for mid in f.mentions:
                self.fact_of_mention.setdefault(mid, f.id)
        if (
            like is not None
            and like.analysis.sentences is analysis.sentences
            and like.analysis.alignments is analysis.alignments
        ):
            self.sentence, self.sentences_by_doc = like.sentence, like.sentences_by_doc
            self._sentence_starts, self.aligned = like._sentence_starts, like.aligned
            self.group_of, self.group_members = like.group_of, like.group_members
            return
        self.sentence = {s.id: s for s in analysis.sentences}
        self.sentences_by_doc = {d.id: [] for d in self.documents}
        for s in analysis.sentences:
            self.sentences_by_doc.setdefault(s.doc, []).append(s)
        for lst in self.sentences_by_doc.values():
            lst.sort(key=lambda s: s.start)
        self._sentence_starts = {d: [s.start for s in lst] for d, lst in self.sentences_by_doc.items()}
        self.aligned = {}
        for al in analysis.alignments:
            self.aligned.setdefault(al.a, {})[al.b] = al.score
            self.aligned.setdefault(al.b, {})[al.a] = al.score
        self.group_of = alignment_groups(analysis)
        self.group_members = {}
        for sid, g in self.group_of.items():
            self.group_members.setdefault(g, []).append(sid)

    # --- what is where -------------------------------------------------------------------
    def sentence_at(self, doc: str, offset: int) -> Sentence | None:
        """The sentence of `doc` that contains `offset`, if any."""
        lst = self.sentences_by_doc.get(doc, [])
        i = bisect_right(self._sentence_starts.get(doc, []), offset) - 1
        if 0 <= i < len(lst) and lst[i].start <= offset < max(lst[i].end, lst[i].start + 1):
            return lst[i]
        return None

    def sentence_near(self, doc: str, offset: int) -> Sentence | None:
        """The sentence containing `offset` or else the first one after it (or the last one)."""
        lst = self.sentences_by_doc.get(doc, [])
        if not lst:
            return None
        i = bisect_right(self._sentence_starts[doc], offset) - 1
        if i >= 0 and offset < lst[i].end:
            return lst[i]
        return lst[min(i + 1, len(lst) - 1)]

    def mention_at(self, doc: str, offset: int) -> Mention | None:
        """The mention of `doc` that covers `offset`, if any."""
        lst = self.mentions_by_doc.get(doc, [])
        i = bisect_right(self._mention_starts.get(doc, []), offset) - 1
        while i >= 0 and i < len(lst):
            if lst[i].start <= offset < lst[i].end:
                return lst[i]
            if lst[i].end <= offset:
                return None
            i -= 1
        return None

    def fact_for_mention(self, mention_id: str) -> Fact | None:
        fid = self.fact_of_mention.get(mention_id)
        return self.fact.get(fid) if fid else None

    def status_of_mention(self, mention_id: str) -> str:
        """'conflict', 'shared' or 'single' as shown (a mention in no fact, or in a dismissed
        conflict, counts as single)."""
        fact = self.fact_for_mention(mention_id)
        return shown_status(fact) if fact else "single"

    # --- alignment -----------------------------------------------------------------------
    def counterparts(self, sentence_id: str, doc: str | None = None) -> list[Sentence]:
        """Sentences of other documents (or of `doc`) aligned directly with this one, best first."""
        src = self.sentence.get(sentence_id)
        scored = self.aligned.get(sentence_id, {})
        out = [
            self.sentence[s]
            for s in scored
            if s in self.sentence
            and (doc is None or self.sentence[s].doc == doc)
            and (src is None or self.sentence[s].doc != src.doc)
        ]
        return sorted(out, key=lambda s: (-scored[s.id], s.doc, s.start))

    def group_counterparts(self, sentence_id: str, doc: str) -> list[Sentence]:
        """Sentences of `doc` in the same alignment group as `sentence_id`, in text order."""
        g = self.group_of.get(sentence_id)
        if g is None:
            return []
        out = [self.sentence[s] for s in self.group_members[g] if self.sentence[s].doc == doc]
        return sorted(out, key=lambda s: s.start)

    def sync_target(self, sentence_id: str, doc: str) -> tuple[Sentence, int] | None:
        """Where `doc` should be when another pane shows `sentence_id` at its top.

        The nearest sentence of the source with a counterpart in `doc` (looking ahead first,
        then back) gives the target; returns (target sentence, how many sentences away the
        anchor was, negative when it lies before)."""
        src = self.sentence.get(sentence_id)
        if src is None:
            return None
        lst = self.sentences_by_doc[src.doc]
        i = next((k for k, s in enumerate(lst) if s.id == sentence_id), 0)
        for step in range(len(lst)):
            for k in (i + step, i - step) if step else (i,):
                if 0 <= k < len(lst):
                    direct = self.counterparts(lst[k].id, doc)
                    hits = sorted(direct[:1], key=lambda s: s.start) or self.group_counterparts(lst[k].id, doc)
                    if hits:
                        return hits[0], k - i
        return None

    # --- facts ---------------------------------------------------------------------------
    def fact_order(self, unreviewed_first: bool = False) -> list[Fact]:
        """Facts conflicts first, then shared, then single (as shown: a dismissed conflict is
        plain); within a status by first appearance, or with UNREVIEWED_FIRST those the researcher
        has not ruled on before the others."""
        doc_rank = {d.id: i for i, d in enumerate(self.documents)}

        def first(f: Fact) -> tuple[int, int]:
            spots = [
                (doc_rank.get(self.mention[m].doc, 99), self.mention[m].start) for m in f.mentions if m in self.mention
            ]
            return min(spots) if spots else (99, 0)

        def key(f: Fact) -> tuple[int, bool, tuple[int, int]]:
            return (status_rank(shown_status(f)), unreviewed_first and bool(f.review), first(f))

        return sorted(self.analysis.facts, key=key)

    def conflicts(self) -> list[Fact]:
        """Conflicts not dismissed by the researcher, in reading order: the order F8 visits them."""
        return [f for f in self.fact_order() if open_conflict(f)]

    def mentions_of(self, fact_id: str) -> list[Mention]:
        fact = self.fact.get(fact_id)
        if fact is None:
            return []
        return [self.mention[m] for m in fact.mentions if m in self.mention]


def reviewed_indexes(
    review: Callable[[Analysis], Analysis], view: AnalysisIndex, whole: AnalysisIndex
) -> tuple[AnalysisIndex, AnalysisIndex]:
    """VIEW and WHOLE with the verdicts applied by REVIEW (the same objects when nothing changes)."""
    shown = review(view.analysis)
    view_index = view if shown is view.analysis else AnalysisIndex(shown, like=view)
    if whole is view:
        return view_index, view_index
    story = review(whole.analysis)
    return view_index, whole if story is whole.analysis else AnalysisIndex(story, like=whole)
