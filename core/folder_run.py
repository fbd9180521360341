"""How a folder is read and analysed: the options `Project.open` passes through an update to
`core.pipeline.analyze_folder`, in one object instead of the same five keywords at every level."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from core.ingest.folder import ProblemSink

if TYPE_CHECKING:
    from concurrent.futures import Executor


@dataclass(frozen=True)
class FolderRun:
    """`analyze_folder`'s options: subfolders, worker processes or an executor, links out of the
    folder, where problems are told as they are found."""

    recurse: bool = True
    jobs: int | None = None
    executor: Executor | None = None
    outside_links: bool = False
    on_problem: ProblemSink | None = None

    def keywords(self) -> dict[str, Any]:
        """The options as `analyze_folder`'s keyword arguments."""
        return {f.name: getattr(self, f.name) for f in fields(self)}
