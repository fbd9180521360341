"""The project side of the headless CLI: `analyze FOLDER --db FILE` and `search PROJECT QUERY`.

Kept apart from core/cli.py so that file only wires the arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from core.cli_progress import TerminalProgress
from core.ingest.folder import ProblemSink, printable
from core.project import Project, project_file_for
from core.store import ProjectFileError, Store

if TYPE_CHECKING:
    from concurrent.futures import Executor

SNIPPET = 100
"""Characters of a matching sentence shown per hit."""


@contextmanager
def analyze_into_project(
    folder: str,
    db: str,
    quiet: bool = False,
    recurse: bool = True,
    jobs: int | None = None,
    executor: Executor | None = None,
    outside_links: bool = False,
    on_problem: ProblemSink | None = None,
    progress: TerminalProgress | None = None,
) -> Iterator[Project]:
    """Analyse FOLDER into the project file DB (only what changed since the last run); says what
    changed, and gives the project open, for the outputs to take its verdicts and notes from it:
    opening the file again checked its integrity (a third of a second at 10,000 articles, twice with
    the reports), and closing it first waited for the copy of its log meanwhile.

    Raises ProjectFileError (refused file, or open elsewhere), core.ingest.folder.FolderError.
    """
    with Project.open(
        folder,
        project_file=db,
        recurse=recurse,
        jobs=jobs,
        executor=executor,
        outside_links=outside_links,
        on_problem=on_problem,
        progress=progress,
    ) as project:
        if progress is not None:
            progress.clear()
        if not quiet:
            print(f"Project    {printable(str(project.path))} ({printable(project.changes.describe())})")
            for note in project.notes(orphaned=True):
                print(f"  orphaned note {note.id}: {note.text} (was on «{note.anchor_text[:60]}»)")
        yield project


def add_search_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    search = sub.add_parser("search", help="search the sentences of a saved project")
    search.add_argument("project", help="project file (.sqlite) or a folder opened before")
    search.add_argument("query", nargs="+", help="words to find (every word must occur; clitics and hamza fold)")
    search.add_argument("--limit", type=int, default=50, help="at most this many hits (default 50)")


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET else flat[: SNIPPET - 1] + "…"


def run_search(args: argparse.Namespace) -> int:
    """Print one line per matching sentence: document, sentence id, snippet. Exit 1 when nothing matched."""
    path = project_file_for(args.project)
    if not _is_file(Path(path)):
        print(f"muqabala: {path}: no project file (run `analyze FOLDER --db FILE` first)", file=sys.stderr)
        return 2
    try:
        store = Store.open(path, create=False, exclusive=False)
    except ProjectFileError as exc:
        print(f"muqabala: {exc}", file=sys.stderr)
        return 2
    with store:
        hits = store.search(" ".join(args.query), limit=args.limit)
    for hit in hits:
        print(f"{hit.path}\t{hit.sentence}\t{_snippet(hit.text)}")
    print(f"{len(hits)} hit(s)", file=sys.stderr)
    return 0 if hits else 1


def _is_file(path: Path) -> bool:
    """PATH is a file (False for a name too long for the file system, or a loop of links)."""
    try:
        return path.is_file()
    except OSError:
        return False
