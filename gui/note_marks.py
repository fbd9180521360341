"""What the user's notes are on, marked in the text: the sentence of a sentence note, the numbers
of a fact note (a dashed underline, the "note" overlay of each pane), kept in step with the notes,
the story shown and the verdicts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from gui.notes_dock import NotesDock
    from gui.reader import Reader
    from gui.story_view import StoryView


class NoteMarks(QObject):
    """Re-marks every pane when the notes or the shown story change."""

    def __init__(
        self, reader: Reader, notes_dock: NotesDock, stories: StoryView, analysis_ready: SignalInstance
    ) -> None:
        super().__init__(reader)
        self.reader, self.notes_dock = reader, notes_dock
        self._timer = QTimer(self)  # after the write that changed them, in a turn of its own
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.mark)
        notes_dock.model.modelReset.connect(self._timer.start)
        stories.story_shown.connect(lambda _id: self._timer.start())
        analysis_ready.connect(lambda _a: self._timer.start())
        reader.reviewed.connect(self._timer.start)

    def spans(self) -> dict[str, list[tuple[int, int]]]:
        """{document id: spans to mark} for the panes shown now."""
        index = self.reader.index
        out: dict[str, list[tuple[int, int]]] = {}
        if index is None:
            return out
        for note in self.notes_dock.model.notes:
            if note.sentence_id is not None and note.sentence_id in index.sentence:
                s = index.sentence[note.sentence_id]
                out.setdefault(s.doc, []).append((s.start, s.end))
            elif note.fact_id is not None:
                for m in index.mentions_of(note.fact_id):
                    out.setdefault(m.doc, []).append((m.start, m.end))
        return out

    def mark(self) -> None:
        spans = self.spans()
        for doc_id, pane in self.reader.panes.items():
            pane.set_overlay("note", spans.get(doc_id, []))
