"""The researcher's verdicts and publication times on an open Project (a mixin of `core.project.Project`).

Targets are ids as the researcher sees them, in `reviewed()` (where a split-off fact has an id of
its own); the store keeps text anchors, never ids, so verdicts outlive every re-analysis.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.match import verdicts as _verdicts
from core.match.verdicts import Reviewed, Verdict, VerdictKind
from core.model import Analysis
from core.store import Store
from core.store.records import relative_path


class VerdictsMixin:
    """Verdicts, publication times and the reviewed analysis of a project."""

    store: Store
    folder: Path
    analysis: Analysis
    _reviewed: Reviewed | None
    _verdicts: list[Verdict] | None = None
    """The verdicts as stored, read once and then kept in step with every write."""

    def verdicts(self) -> list[Verdict]:
        """Every verdict, in the order given."""
        if self._verdicts is None:
            self._verdicts = self.store.verdicts()
        return list(self._verdicts)

    # verdicts -------------------------------------------------------------------------------
    def reviewed(self) -> Reviewed:
        """The analysis with the researcher's verdicts and publication times applied (cached)."""
        if self._reviewed is None or self._reviewed.analysis.folder != self.analysis.folder:
            self._reviewed = _verdicts.apply_verdicts(self.analysis, self.verdicts(), self.store.published())
        return self._reviewed

    def add_verdict(self, kind: VerdictKind, target: str, other: str = "", within: Analysis | None = None) -> Verdict:
        """Rule on a fact (confirm, dismiss; merge with fact OTHER) or a mention (split, not_quantity),
        by their ids in `reviewed()` (or in WITHIN: the reviewed story a window shows, which saves
        reviewing the whole folder); committed on return."""
        shown = within if within is not None else self.reviewed().analysis
        facts = {f.id: f for f in shown.facts}
        if kind in ("split", "not_quantity"):
            m = next((m for m in shown.mentions if m.id == target), None)
            doc = next((d for d in shown.documents if m is not None and d.id == m.doc), None)
            if m is None or doc is None:
                raise KeyError(f"no number {target!r} in this project")
            verdict = self.store.add_verdict(kind, (_verdicts.mention_anchor(doc, m, shown.folder),), label=m.text)
        else:
            if target not in facts or (kind == "merge" and other not in facts):
                raise KeyError(f"no fact {target!r} / {other!r} in this project")
            second = _verdicts.fact_anchor(shown, facts[other]) if kind == "merge" else ()
            first = _verdicts.fact_anchor(shown, facts[target])
            verdict = self.store.add_verdict(kind, first, second, facts[target].label)
        self._reviewed = None
        self._verdicts = [*self.verdicts(), verdict]
        return verdict

    def delete_verdict(self, verdict_id: int) -> dict[str, Any]:
        """Withdraw a verdict; the returned row given to `restore_verdict` puts it back (undo)."""
        row = self.store.delete_verdict(verdict_id)
        self._reviewed = None
        self._verdicts = [v for v in self.verdicts() if v.id != verdict_id]
        return row

    def restore_verdict(self, row: dict[str, Any]) -> Verdict:
        verdict = self.store.restore_verdict(row)
        self._reviewed = None
        self._verdicts = sorted([*self.verdicts(), verdict], key=lambda v: v.id)
        return verdict

    def set_published(self, doc_id: str, published: str) -> None:
        """Set the publication time of an article (ISO-8601; "" to clear), kept in the project."""
        doc = next(d for d in self.analysis.documents if d.id == doc_id)
        self.store.set_published(relative_path(doc.path, self.folder), published)
        self._reviewed = None
