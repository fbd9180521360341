"""Each article's parts (`core.pipeline.document_parts`) put into the Analysis as soon as they are
back from the map over articles, in the folder's order, and let go of there.

Held until the last article was back, they were the peak of the process that analyses a folder:
10,000 articles' parts weighed 220 MB at once, their term counts (TermCounts, 1.3 million dict
entries) most of it, and the memory they freed stayed with the process (a peak RSS of 494 MB).
Taken a chunk at a time while the folder is still being read, only the chunks back out of order
wait."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from core.match.story_terms import TermNumbering
from core.model import Analysis, Document, Problem, Sentence

if TYPE_CHECKING:
    from core.pipeline import DocumentParts


class PartsTaken:
    """Puts the parts of the articles handed over (`sent`) into ANALYSIS, in the order they were sent
    (`take`): sentences, mentions, search texts and term counts (numbered as they come,
    `TermNumbering`); `refused` keeps why an article was not analysed."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.numbering = TermNumbering()
        self.refused: dict[str, str] = {}
        self._waiting: deque[str] = deque()  # the ids of the articles sent, not taken yet

    def sent(self, doc: Document) -> None:
        """DOC was handed to the map: its parts come back after those of the articles sent before."""
        self._waiting.append(doc.id)

    def take(self, chunk: list[DocumentParts]) -> None:
        """The parts of the next articles sent, in order, each let go of as soon as it is taken: all
        freed at once after the loop, 1.3 million term entries at 10,000 articles held the
        interpreter lock for one long cascade, a stall for a window analysing on a thread."""
        analysis = self.analysis
        chunk.reverse()
        while chunk:
            sentences, mentions, counts, search, why = chunk.pop()
            doc = self._waiting.popleft()
            analysis.sentences.extend(sentences)
            analysis.mentions.extend(mentions)
            analysis.doc_terms[doc] = self.numbering.listed(counts)
            if search:  # none asked for (`document_parts`)
                analysis.search_texts.update(zip((s.id for s in sentences), search, strict=True))
            if why:
                self.refused[doc] = why


UNANALYSED = "could not be analysed (an internal error): its text is shown without numbers"


def unanalysed_problems(
    documents: list[Document], sentences: list[Sentence], folder: str, why: dict[str, str] | None = None
) -> list[Problem]:
    """A problem for every document that came back without sentences from `document_parts`: an
    error naming the budget it ran past (WHY: {document id: message}), else a warning."""
    analysed = {s.doc for s in sentences}
    why = why or {}
    out = []
    for doc in documents:
        if doc.id not in analysed:
            path = Path(doc.path)
            shown = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else doc.path
            reason = why.get(doc.id)
            out.append(Problem(shown, reason, "error") if reason else Problem(shown, UNANALYSED, "warning"))
    return out
