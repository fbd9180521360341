"""One story at a time: the window shows the chosen story's articles, its facts and its synopsis.

`core.match.stories.story_analysis` cuts the folder's Analysis down to one story with the same ids, so
the panes, the synopsis and the facts dock show it unchanged. A big story shows only the articles
picked for it side by side (`gui.article_picker`): the panes and the synopsis get an index
restricted to them, the facts dock the whole story (one column per article). Cutting and indexing
a story (30-60 ms for the biggest of 1,000 articles) runs beside the GUI thread (`gui.background`);
the panes are then built by the reader one per event-loop turn, so switching stories never holds
the GUI thread for long.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from core.ids import doc_of
from core.model import Analysis, Document
from core.text.search import forget_keys
from gui import gc_policy, turns
from gui.article_picker import MAX_SIDE_BY_SIDE, ArticlePicker, copies_of, default_shown
from gui.background import Background
from gui.bidi import isolate
from gui.i18n import Retranslating
from gui.index import AnalysisIndex
from gui.release import SlowRelease
from gui.stories_dock import StoriesDock
from gui.stories_model import StoryRow, story_rows_steps
from gui.story_parts import PreparedStory, StoryParts, prepared_story, run_for, story_copies

if TYPE_CHECKING:
    from gui.documents_dock import DocumentsDock
    from gui.project_actions import ProjectActions
    from gui.reader import Reader
    from gui.shell import WindowShell

FOCUS_SHORTCUT = "Ctrl+L"
PICK_SHORTCUT = "Ctrl+Shift+A"
DOCK_WIDTH = 360
Done = Callable[[AnalysisIndex], None]  # told when a story shows in every view
Listed = Callable[[], None] | None  # called once a story is prepared, before the views are filled


class StoryView(Retranslating):
    """Owns the stories dock, the current story and the articles shown of each story."""

    story_shown = Signal(str)
    """A story's panes, synopsis and facts are all built (its id)."""

    def __init__(self, shell: WindowShell, reader: Reader, documents: DocumentsDock, projects: ProjectActions) -> None:
        super().__init__(shell.widget)
        self.shell, self.reader, self.documents, self.projects = shell, reader, documents, projects
        self.analysis: Analysis | None = None
        self.story_id: str | None = None
        self.story: Analysis | None = None
        """The current story as an Analysis of its own (every article, every fact)."""
        self.picked: dict[str, list[str]] = {}
        """Story id → the articles the user chose to show side by side."""
        self.copies: dict[str, list[list[str]]] = {}
        """Story id → its articles grouped by near-identical text (computed once per story)."""
        self.dock = StoriesDock(shell.widget)
        shell.add_dock(self.dock, self._leading_side(), listed=False)  # listed below, after a separator
        shell.widget.installEventFilter(self)
        self.dock.hide()
        self.dock.story_chosen.connect(self.show_story)
        self.focus_action = QAction(shell.widget)
        self.focus_action.setShortcut(QKeySequence(FOCUS_SHORTCUT))
        self.focus_action.triggered.connect(self._focus_list)
        self.pick_action = QAction(shell.widget)
        self.pick_action.setObjectName("pick-articles")
        self.pick_action.setShortcut(QKeySequence(PICK_SHORTCUT))
        self.pick_action.setEnabled(False)
        self.pick_action.triggered.connect(self.pick_articles)
        self.dock.pick_button.setDefaultAction(self.pick_action)
        for action in (self.focus_action, self.pick_action):
            shell.add_action(action)
        view_menu = shell.menu("view")
        view_menu.addSeparator()
        view_menu.addAction(self.dock.toggleViewAction())
        view_menu.addAction(self.focus_action)
        view_menu.addAction(self.pick_action)
        documents.document_activated.connect(self._document_activated)
        documents.list.setUniformItemSizes(True)  # 1,000 articles: one size, not 1,000 layouts
        shell.analysis_stopped.connect(lambda _reason: gc_policy.resume())
        # after the notes' own handler: a note on another story's fact or sentence opens that story
        projects.notes_dock.note_activated.connect(self._note_activated)
        self.picker: ArticlePicker | None = None
        self._sized = False
        self.parts: StoryParts | None = None
        self._rows: list[StoryRow] = []
        self._rows_work: Iterator[None] = iter(())
        self._first: Callable[[AnalysisIndex], None] | None = None
        self.resume: Callable[[Analysis], str | None] | None = None
        """Set before an analysis arrives, once: the story to show first (F5 stays on the reader's)."""
        self.background = Background(self)
        self.release = SlowRelease(self)
        self._ticket: object = None
        """Changes with every story asked for: a story prepared after another was asked for is dropped."""
        self._parts_timer = QTimer(self)
        self._parts_timer.setInterval(0)
        self._parts_timer.timeout.connect(self._sort_parts)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.focus_action.setText(self.tr("Go to the stories list"))
        self.pick_action.setText(self.tr("Articles side by side…"))
        self.pick_action.setToolTip(self.tr("Choose which articles of this story are shown side by side"))

    # --- the folder ----------------------------------------------------------------------
    @staticmethod
    def _leading_side() -> Qt.DockWidgetArea:
        """Where reading starts: the right in a right-to-left interface (Qt does not mirror dock
        areas itself), so the list of stories comes before the articles."""
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Qt.DockWidgetArea.RightDockWidgetArea if rtl else Qt.DockWidgetArea.LeftDockWidgetArea

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Move the stories list to the other side when the interface language flips direction."""
        if event.type() == QEvent.Type.LayoutDirectionChange and watched is self.shell.widget:
            side = self._leading_side()
            if self.shell.dock_area(self.dock) != side:
                visible = self.dock.isVisible()
                self.shell.add_dock(self.dock, side, listed=False)  # docking it again moves it
                self.dock.setVisible(visible)
        return False

    def preview(self, documents: list[Document]) -> list[Document]:
        """The articles to show while the analysis runs (stories are not known yet)."""
        self._let_go(None)
        self.analysis = None
        self.dock.set_analysis(None)
        gc_policy.pause()
        return documents[:MAX_SIDE_BY_SIDE]

    def show_analysis(self, analysis: Analysis, done: Callable[[AnalysisIndex], None]) -> None:
        """A new analysis: list its stories (the dock only when there are two or more) and
        show the biggest; `done(index of the story)` once every view shows it.

        First its items are sorted into per-article buckets, a slice per event-loop turn (ten
        turns for 10,000 articles), so that no story cut ever scans the whole folder."""
        self._let_go(analysis)
        self.analysis = analysis
        self.picked = {}
        self.copies = {}
        self.parts = StoryParts(analysis)
        self._rows = []
        self._rows_work = story_rows_steps(analysis, self._rows)
        self._first = done
        self._parts_timer.start()

    def _let_go(self, new: Analysis | None) -> None:
        """The analysis shown until now, and its buckets, are freed a slice per turn (`gui.release`)."""
        parts = self.parts
        if parts is not None and parts.analysis is not new:
            self.release.hold(parts.buckets.values())
            self.parts = None
        self.release.hold_analysis(self.analysis, parts.analysis if parts else None, keep=new)
        if new is not self.analysis:
            forget_keys()  # the find's keys of the texts shown until now

    def _sort_parts(self) -> None:
        if self.parts is None or not turns.may_run():
            return
        with turns.slice():
            ready = self.parts.step() and run_for(self._rows_work)
        if not ready:
            return  # the buckets, then the list's rows: a few ms per event-loop turn
        self._parts_timer.stop()
        gc_policy.settle()  # the analysis and its buckets, out of the collector's sight
        analysis = self.parts.analysis
        if analysis is not self.analysis or self._first is None:
            return
        done, self._first = self._first, None
        resume, self.resume = self.resume, None
        first = (resume(analysis) if resume else None) or (analysis.stories[0].id if analysis.stories else None)
        listed = partial(self._list_stories, analysis, first)
        QTimer.singleShot(0, lambda: self._show(first, done, listed) if analysis is self.analysis else None)

    def _list_stories(self, analysis: Analysis, first: str | None) -> None:
        """The stories list filled and shown once the first story is prepared: painted while
        `gui.background` prepared it, both took the interpreter lock in turn (a 72 ms gap)."""
        if analysis is not self.analysis:
            return
        several = len(analysis.stories) > 1
        self.dock.set_rows(self._rows if several else [])
        self.dock.setVisible(several)
        if several and not self._sized:  # once per window: later the user's width is kept
            self._sized = True
            self.shell.resize_dock(self.dock, DOCK_WIDTH)
        if several and first is not None:
            self.dock.select_story(first)

    def current(self) -> bool:
        """An analysis is shown and it is the window's (not one being replaced)."""
        return self.analysis is not None and self.analysis is self.shell.analysis and self._first is None

    # --- one story -----------------------------------------------------------------------
    def show_story(self, story_id: str) -> None:
        """Show a story (from the list, Enter or a click): its articles, synopsis and facts."""
        if not self.current() or (story_id == self.story_id and not self.reader.busy()):
            return
        self._show(story_id, self._story_done)

    def set_shown(self, doc_ids: list[str], then: Callable[[], None] | None = None) -> None:
        """Show these articles of the current story side by side (the others stay in the matrix);
        call THEN once the panes are built."""
        if self.story is None or self.story_id is None or not doc_ids:
            return
        order = [d.id for d in self.story.documents]
        self.picked[self.story_id] = [d for d in order if d in set(doc_ids)]
        added = [d for d in self.picked[self.story_id] if d not in self.reader.panes]

        def done(index: AnalysisIndex) -> None:
            self._story_done(index)
            if added:  # a pane added beyond the window's edge would go unseen: bring it into view
                self.shell.show_document(added[0], focus=False)
            if then is not None:
                then()

        self._show(self.story_id, done)

    def shown(self) -> list[str]:
        """Ids of the articles of the current story shown side by side."""
        if self.story is None:
            return []
        return self.picked.get(self.story_id or "") or default_shown(self.story, self.copy_groups())

    def copy_groups(self) -> list[list[str]]:
        """The current story's articles grouped by near-identical text."""
        if self.story is None:
            return []
        key = self.story_id or ""
        self.copies[key] = story_copies(self.story, self.copies.get(key))
        return self.copies[key]

    def _note_copies(self) -> None:
        """Tell, in the header of each pane, how many articles of the story carry the same text."""
        groups = self.copy_groups()
        shown = set(self.reader.panes)
        for doc_id, pane in self.reader.panes.items():
            others = copies_of(doc_id, groups)
            hidden = sum(1 for d in others if d not in shown)
            note = (
                self.tr("Same text in {n} articles of this story ({hidden} not side by side)").format(
                    n=len(others) + 1, hidden=hidden
                )
                if others
                else ""
            )
            pane.set_note(note)

    def _show(self, story_id: str | None, done: Done, listed: Listed = None) -> None:
        """Prepare the story on `gui.background`, then fill the views; LISTED: called first then."""
        analysis = self.analysis
        assert analysis is not None
        several = len(analysis.stories) > 1 and story_id is not None
        parts = self.parts if several and story_id else None
        key = story_id or ""
        picked, copies = self.picked.get(key), self.copies.get(key)
        self.story_id, self.story = story_id, None  # the story is known again once prepared
        if story_id is not None:
            self.dock.select_story(story_id)
        ticket = self._ticket = object()

        def prepare() -> PreparedStory:  # on the background thread: reads, never changes, the window's state
            return prepared_story(parts.cut(key) if parts is not None else analysis, picked, copies)

        self.background.run(prepare, lambda prepared: self._fill_story(ticket, key, prepared, done, listed))

    def _fill_story(self, ticket: object, key: str, prepared: PreparedStory, done: Done, listed: Listed) -> None:
        if listed is not None:
            listed()
        if ticket is not self._ticket:  # another story was chosen meanwhile
            return
        self.story = prepared.story
        self.copies[key] = prepared.copies
        self.pick_action.setEnabled(len(prepared.story.documents) > MAX_SIDE_BY_SIDE)

        def finished() -> None:
            self._note_copies()
            done(prepared.story_index)

        self.reader.set_analysis(prepared.view_index, done=finished, facts_index=prepared.story_index)

    def _story_done(self, index: AnalysisIndex) -> None:
        if self.story is not index.analysis:
            return
        self.documents.set_documents(index.documents, index)
        self.shell.restore_splitter()  # the first article, on the right, in view
        label = next((s.label for s in index.analysis.stories if s.id == self.story_id), "")
        self.shell.show_status(
            self.tr("{label} — {n} articles ({shown} side by side) · {c} conflicts").format(
                label=isolate(label), n=len(index.documents), shown=len(self.reader.panes), c=len(index.conflicts())
            )
        )
        self.story_shown.emit(self.story_id or "")

    # --- actions -------------------------------------------------------------------------
    def _focus_list(self) -> None:
        if self.dock.model.rowCount():
            self.dock.focus_list()

    def pick_articles(self) -> ArticlePicker | None:
        """The checklist of the current story's articles (non-blocking dialog)."""
        if self.story is None:
            return None
        if self.picker is not None:
            self.picker.close()
        self.picker = ArticlePicker(self.story, self.shown(), self.shell.widget)
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker = self.picker
        picker.accepted.connect(lambda: self.set_shown(picker.chosen()))
        picker.destroyed.connect(lambda: setattr(self, "picker", None))
        picker.open()
        return picker

    def _document_activated(self, doc_id: str) -> None:
        """An article of the story chosen in the Articles dock but not on screen: add its pane."""
        if self.story is None or doc_id in self.reader.panes:
            return
        if doc_id in {d.id for d in self.story.documents}:
            self.set_shown([*self.shown(), doc_id], then=lambda: self.shell.show_document(doc_id))

    def open_document(self, doc_id: str) -> None:
        """Show the article DOC_ID side by side, switching to its story first if needed (a search
        hit in another story); `story_shown` follows once its pane is built."""
        if not self.current() or doc_id in self.reader.panes:
            return
        story_id = self.story_of(doc_id)

        def add(index: AnalysisIndex) -> None:
            self._story_done(index)
            if doc_id not in self.reader.panes:
                self.set_shown([*self.shown(), doc_id])

        if story_id is not None and story_id != self.story_id:
            self._show(story_id, add)
        else:
            self.set_shown([*self.shown(), doc_id])

    def story_of(self, target_id: str) -> str | None:
        """The story holding a fact, sentence, mention or document id (None if none)."""
        if self.analysis is None:
            return None
        fact = next((f for f in self.analysis.facts if f.id == target_id), None)
        target = fact.mentions[0] if fact is not None and fact.mentions else target_id
        doc_id = doc_of(target)
        return next((s.id for s in self.analysis.stories if doc_id in s.documents), None)

    def _note_activated(self, note_id: int) -> None:
        """A note on what is not on screen: open its story (and article), then jump to it again."""
        project = self.projects.project
        note = next((n for n in project.notes() if n.id == note_id), None) if project is not None else None
        target = (note.fact_id or note.sentence_id) if note is not None else None
        if not target or not self.current():
            return
        story_id = self.story_of(target)
        doc_id = doc_of(target) if note is not None and note.sentence_id else None
        again = partial(self.projects.jump_to_note, note_id)

        def story_shown(index: AnalysisIndex) -> None:
            self._story_done(index)
            if doc_id is not None and doc_id not in self.reader.panes:
                self.set_shown([*self.shown(), doc_id], then=again)  # an article not side by side yet
            else:
                again()

        if story_id is not None and story_id != self.story_id:
            self._show(story_id, story_shown)
        elif doc_id is not None and doc_id not in self.reader.panes:
            self.set_shown([*self.shown(), doc_id], then=again)


def install_stories(
    shell: WindowShell, reader: Reader, documents: DocumentsDock, projects: ProjectActions
) -> StoryView:
    """The stories dock and its actions, through the window's shell; the reader shows the story."""
    return StoryView(shell, reader, documents, projects)
