"""The researcher's verdicts in the window: the Review menu, its keys, the pane's and the matrix's
context menus, all pushing undoable commands; the views re-marked after every change.

The reader applies the verdicts to each story it shows (`Reader.review`), so colours, F8, the
counts, the matrix and the "why" panel follow them; the project's file keeps them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox

from core.match.over_time import published
from core.match.verdicts import Verdict, VerdictKind, apply_verdicts, relative
from core.model import Analysis
from core.project import Project
from gui.fact_panel import FactPanel
from gui.i18n import Retranslating
from gui.note_marks import NoteMarks
from gui.plain import literal
from gui.verdict_commands import AddVerdict, SetPublished

if TYPE_CHECKING:
    from gui.facts_dock import FactsDock
    from gui.project_actions import ProjectActions
    from gui.reader import Reader
    from gui.shell import WindowShell
    from gui.story_view import StoryView

KEYS: dict[VerdictKind, str] = {
    "confirm": "Ctrl+K",
    "dismiss": "Ctrl+D",
    "split": "Ctrl+Shift+X",
    "merge": "Ctrl+M",
    "not_quantity": "Ctrl+Shift+N",
}
TIME_KEY = "Ctrl+Shift+T"


class VerdictActions(Retranslating):
    """Owns the Review menu and turns the researcher's choices into verdict commands."""

    def __init__(
        self, shell: WindowShell, reader: Reader, facts: FactsDock, projects: ProjectActions, stories: StoryView
    ) -> None:
        super().__init__(shell.widget)
        self.shell, self.reader, self.facts, self.projects = shell, reader, facts, projects
        self.project: Project | None = None
        self.verdicts: list[Verdict] = []
        self.published: dict[str, str] = {}
        self.dialog: QInputDialog | None = None
        reader.review = self.review
        reader.verdict_requested.connect(self.from_number)
        facts.verdict_requested.connect(self.give)
        projects.adopted.connect(self._adopt)
        self.menu = QMenu(shell.widget)
        self.menu.setObjectName("review-menu")
        shell.add_menu("review", self.menu, before="help")
        self.actions: dict[str, QAction] = {}
        for kind in KEYS:
            action = QAction(shell.widget)
            action.setObjectName(f"review-{kind}")
            action.setShortcut(QKeySequence(KEYS[kind]))
            action.triggered.connect(lambda _=False, k=kind: self.from_keyboard(k))
            shell.add_action(action, "review")
            self.actions[kind] = action
        self.menu.addSeparator()
        self.time_action = QAction(shell.widget)
        self.time_action.setObjectName("review-time")
        self.time_action.setShortcut(QKeySequence(TIME_KEY))
        self.time_action.triggered.connect(self.ask_time)
        shell.add_action(self.time_action, "review")
        self.orphans_action = QAction(shell.widget)
        self.orphans_action.setObjectName("review-orphans")
        self.orphans_action.triggered.connect(self.show_orphans)
        self.menu.addAction(self.orphans_action)
        self.menu.addSeparator()
        self.menu.addAction(projects.undo_action)
        self.menu.addAction(projects.redo_action)
        self.panel = FactPanel(reader, shell.widget)
        shell.add_dock(self.panel, split_from=facts)
        stories.story_shown.connect(self._story_shown)
        self.note_marks = NoteMarks(reader, projects.notes_dock, stories, shell.analysis_ready)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts: dict[VerdictKind, str] = {
            "confirm": self.tr("&Confirm the selected fact"),
            "dismiss": self.tr("&Dismiss the selected conflict"),
            "split": self.tr("&Split the selected number out"),
            "merge": self.tr("&Merge the two selected facts"),
            "not_quantity": self.tr("&Not a quantity"),
        }
        for kind, text in texts.items():
            self.actions[kind].setText(text)
        self.menu.setTitle(self.tr("&Review"))
        self.time_action.setText(self.tr("Set the article's publication &time…"))
        self.orphans_action.setText(self.tr("&Orphaned verdicts…"))

    # --- the project's verdicts ----------------------------------------------------------
    def _adopt(self, project: Project | None) -> None:
        self.project = project
        self._load()
        orphans = self.orphans()
        if orphans:
            bar = self.projects.changes_bar
            before = bar.label.text() + " — " if bar.isVisible() else ""
            bar.show_text(
                before
                + self.tr("{n} verdict(s) lost their place: kept, listed in Review → Orphaned verdicts").format(
                    n=len(orphans)
                )
            )

    def orphans(self) -> list[Verdict]:
        """Verdicts whose numbers are no longer in the articles (kept; tried again at each analysis)."""
        if self.project is None:
            return []
        reviewed = self.project.reviewed()
        return [v for v in reviewed.verdicts if v.id in reviewed.orphaned]

    def show_orphans(self) -> QMessageBox:
        """The orphaned verdicts in a non-blocking message: what each was about."""
        orphans = self.orphans()
        lines = [f"{v.id}. {v.kind}: «{v.label[:120]}» ({v.created_at[:16]})" for v in orphans]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Orphaned verdicts"),
            "\n".join(lines) or self.tr("Every verdict found its numbers in the articles."),
            parent=self.shell.widget,
        )
        box.setObjectName("orphaned-verdicts")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return box

    def _load(self) -> None:
        self.verdicts = self.project.verdicts() if self.project is not None else []
        self.published = self.project.store.published() if self.project is not None else {}

    def review(self, analysis: Analysis) -> Analysis:
        """A story as the researcher ruled (the very object when there is nothing to apply)."""
        if not self.verdicts and not self.published:
            return analysis
        return apply_verdicts(analysis, self.verdicts, self.published).analysis

    def _changed(self, _verdict_id: int | None) -> None:
        self._load()
        self.reader.refresh_verdicts()

    def _story_shown(self, _story_id: str) -> None:
        """The story's line in the status bar, counted with the verdicts (when there are any)."""
        index = self.reader.facts_index
        if index is None or not self.verdicts:
            return
        facts = index.analysis.facts
        self._say(
            self.tr("{n} articles · {c} conflicts · {d} dismissed · {r} of {t} facts reviewed").format(
                n=len(index.documents),
                c=len(index.conflicts()),
                d=sum(f.review == "dismissed" for f in facts),
                r=sum(bool(f.review) for f in facts if f.status != "single"),
                t=sum(f.status != "single" for f in facts),
            )
        )

    # --- giving verdicts -----------------------------------------------------------------
    def give(self, kind: VerdictKind, target: str, other: str = "") -> bool:
        """Push the verdict KIND on fact or mention TARGET (OTHER: the second fact of a merge)."""
        reader = self.reader
        if self.project is None or reader.facts_index is None:
            self._say(self.tr("Verdicts can be given once the analysis is done."))
            return False
        if kind == "merge" and (not other or other == target):
            self._say(self.tr("Select two different facts to merge (click one, then the other)."))
            return False
        command = AddVerdict(
            self.project, self._changed, kind, target, other, reader.facts_index.analysis, self._label(kind)
        )
        self.projects.push(command, self._failed)
        self._say(self.tr("{what} — Undo (Ctrl+Z) takes it back.").format(what=self._label(kind)))
        return True

    def _label(self, kind: str) -> str:
        return {
            "confirm": self.tr("Fact confirmed"),
            "dismiss": self.tr("Conflict dismissed"),
            "split": self.tr("Number split out"),
            "merge": self.tr("Facts merged"),
            "not_quantity": self.tr("Marked as not a quantity"),
        }.get(kind, kind)

    def from_number(self, kind: VerdictKind, mention_id: str) -> bool:
        """A verdict chosen in a pane's context menu on a number."""
        index = self.reader.index
        if index is None:
            return False
        if kind in ("split", "not_quantity"):
            return self.give(kind, mention_id)
        fact = index.fact_for_mention(mention_id)
        if fact is None:
            return False
        if kind == "merge":
            reader = self.reader
            other = reader.current_fact if reader.current_fact != fact.id else reader.previous_fact
            return self.give(kind, other or "", fact.id)
        return self.give(kind, fact.id)

    def from_keyboard(self, kind: VerdictKind) -> bool:
        """A verdict on the selection: the current fact, the number last clicked, two facts."""
        reader = self.reader
        if kind in ("split", "not_quantity"):
            if reader.current_mention is None:
                self._say(self.tr("Click the number first (or press Enter on it)."))
                return False
            return self.give(kind, reader.current_mention)
        if kind == "merge":
            chosen = self.facts.selected_facts()
            if len(chosen) == 2:
                return self.give(kind, chosen[0], chosen[1])
            return self.give(kind, reader.previous_fact or "", reader.current_fact or "")
        if reader.current_fact is None:
            self._say(self.tr("Select a fact first (click a number, or F8)."))
            return False
        return self.give(kind, reader.current_fact)

    # --- publication times ---------------------------------------------------------------
    def _article(self) -> str | None:
        """The article the time is for: the number last clicked, else the pane with the focus, else the first."""
        reader = self.reader
        if reader.current_mention is not None and reader.index is not None:
            return reader.index.mention[reader.current_mention].doc
        for doc_id, pane in reader.panes.items():
            if pane.text.hasFocus():
                return doc_id
        return next(iter(reader.panes), None)

    def ask_time(self) -> QInputDialog | None:
        """Ask for the article's publication time (ISO, e.g. 2015-07-25T09:50) in a non-blocking dialog."""
        doc_id = self._article()
        index = self.reader.index
        if self.project is None or doc_id is None or index is None:
            self._say(self.tr("Times can be set once the analysis is done."))
            return None
        doc = index.document[doc_id]
        dialog = QInputDialog(self.shell.widget)
        dialog.setObjectName("published-dialog")
        dialog.setWindowTitle(self.tr("Publication time"))
        dialog.setLabelText(
            self.tr("When was «{title}» published? (e.g. 2015-07-25T09:50; empty: unknown)").format(
                title=doc.title[:80]
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(published(doc))
        # by its file, not its id: the folder may be brought up to date while the dialog is open
        dialog.textValueSelected.connect(lambda text: self._set_time_of(doc.path, text.strip()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _set_time_of(self, path: str, when: str) -> bool:
        """`set_time` of the article of file PATH, under its id now; said when it left the folder."""
        doc_id = next((d.id for d in self.project.analysis.documents if d.path == path), None) if self.project else None
        if doc_id is None:
            self._say(self.tr("That article is no longer in the folder: no time was set."))
            return False
        return self.set_time(doc_id, when)

    def set_time(self, doc_id: str, when: str) -> bool:
        """Set an article's time (undoable); refuses what is not an ISO date or date-time."""
        if self.project is None or self.reader.index is None:
            return False
        if when and not _iso(when):
            QMessageBox.warning(
                self.shell.widget, self.tr("Not a time"), self.tr("Write the time as 2015-07-25 or 2015-07-25T09:50.")
            )
            return False
        doc = next(d for d in self.project.analysis.documents if d.id == doc_id)
        old = self.published.get(relative(doc.path, str(self.project.folder)), "")
        command = SetPublished(self.project, self._changed, doc_id, old, when, self.tr("Set publication time"))
        self.projects.push(command, self._failed)
        return True

    def _say(self, text: str) -> None:
        self.shell.show_status(text, 10_000)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.shell.widget, self.tr("The verdict could not be saved"), literal(message))


def _iso(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def install_verdicts(
    shell: WindowShell, reader: Reader, facts: FactsDock, projects: ProjectActions, stories: StoryView
) -> VerdictActions:
    """The Review menu, the "why" panel and the notes' marks, through the window's shell."""
    return VerdictActions(shell, reader, facts, projects, stories)
