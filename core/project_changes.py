"""`Changes`: what opening a project found and did (shown in the status bar and by `analyze`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """What opening a project found and did; paths are relative to the folder."""

    created: bool = False
    """No analysis was stored: everything was analysed."""
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reanalysed: tuple[str, ...] = ()
    """Articles that went through `analyze_document` (added + changed, or all when created)."""
    relinked: bool = False
    """Alignments and facts were recomputed."""
    relinked_stories: tuple[str, ...] = ()
    """The stories whose alignments and facts were computed (every one when created); the others
    kept those stored, renumbered where articles were."""
    orphaned_notes: tuple[int, ...] = ()
    """Notes whose fact or sentence could not be found in the new analysis (kept, listed)."""
    folder_missing: bool = False
    """The folder is gone: the stored analysis is shown as it was saved."""

    @property
    def nothing_changed(self) -> bool:
        return not (self.created or self.added or self.changed or self.removed or self.folder_missing)

    def describe(self) -> str:
        """One line for the status bar or the terminal."""
        if self.created:
            return f"analysed {len(self.reanalysed)} article(s)"
        if self.folder_missing:
            return "the folder of articles is missing: showing the analysis as saved"
        parts = [
            f"{len(paths)} article(s) {what}: {', '.join(paths)}"
            for what, paths in (("added", self.added), ("changed", self.changed), ("removed", self.removed))
            if paths
        ]
        if self.orphaned_notes:
            parts.append(f"{len(self.orphaned_notes)} note(s) lost their place (kept as orphaned)")
        return "; ".join(parts) if parts else "no article changed"
