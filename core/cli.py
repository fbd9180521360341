"""The headless commands: `analyze` (and `search`, see core.store)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from core.cli_outputs import outputs_problem, write_outputs
from core.cli_progress import TerminalProgress
from core.ingest.folder import FolderError, printable
from core.ingest.formats import ARTICLE_SUFFIXES
from core.model import Analysis, Problem
from core.pipeline import analyze_folder
from core.project_cli import add_search_parser, analyze_into_project, run_search
from core.report.json_export import summary
from core.store import ProjectFileError

if TYPE_CHECKING:
    from concurrent.futures import Executor


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="muqabala", description="Collate news articles, headless.")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser("analyze", help="analyse a folder of articles")
    analyze.add_argument("folder", help=f"folder of articles ({', '.join(ARTICLE_SUFFIXES)})")
    analyze.add_argument("--json", metavar="OUT", help="write the analysis export as JSON")
    analyze.add_argument("--html", metavar="REPORT.html", help="write the report: self-contained right-to-left HTML")
    analyze.add_argument("--csv", metavar="FACTS.csv", help="write the facts, one row per fact and source (UTF-8, BOM)")
    analyze.add_argument("--quiet", action="store_true", help="print nothing but errors")
    analyze.add_argument("--no-recurse", action="store_true", help="read only the folder, not its subfolders")
    analyze.add_argument("--db", metavar="FILE", help="keep the analysis in this project file (re-runs what changed)")
    analyze.add_argument(
        "--jobs", type=int, metavar="N", help="worker processes (default: every core; 1 analyses in this process)"
    )
    analyze.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="run the analysis on a Dask cluster (address such as tcp://host:8786; needs requirements-dask.txt)",
    )
    analyze.add_argument(
        "--follow-links",
        action="store_true",
        help="read links that lead out of the folder (by default they are listed as problems, not read)",
    )
    add_search_parser(sub)
    return parser


def print_summary(analysis: Analysis) -> None:
    """One screen: counts, the conflicts with their labels, the problems."""
    s = summary(analysis)
    print(f"Articles   {s['articles']}")
    print(f"Sentences  {s['sentences']}")
    print(f"Mentions   {s['mentions']}")
    print(f"Alignments {s['alignments']}")
    print(f"Facts      {s['facts']} ({s['shared']} shared, {s['conflicts']} conflicts)")
    for fact in analysis.facts:
        if fact.status == "conflict":
            print(f"  conflict  {fact.label}")
    print(f"Time       {analysis.timings.get('total', 0.0) * 1000:.0f} ms")


_WORDS = {"error": "skipped", "warning": "warning", "info": "note"}


def problem_line(problem: Problem) -> str:
    """One problem as printed on stderr: file names and messages come from the folder, so escape
    codes, newlines and bytes that are not UTF-8 are shown escaped, never sent to the terminal."""
    return printable(f"muqabala: {_WORDS[problem.severity]} {problem.path}: {problem.message}")


class ProblemPrinter:
    """Prints each problem on stderr the moment it is found (a long run is never silent), and at
    the end those that were not found live (an unchanged project's come from its file)."""

    def __init__(self, progress: TerminalProgress | None = None) -> None:
        self.printed: list[Problem] = []
        self.progress = progress

    def __call__(self, problem: Problem) -> None:
        if self.progress is not None:
            self.progress.clear()
        print(problem_line(problem), file=sys.stderr, flush=True)
        self.printed.append(problem)

    def finish(self, analysis: Analysis) -> None:
        """The problems not yet printed, then one line counting them all."""
        unprinted = list(self.printed)
        for problem in analysis.problems:
            if problem in unprinted:
                unprinted.remove(problem)
            else:
                print(problem_line(problem), file=sys.stderr)
        if analysis.problems:
            counts = {s: sum(p.severity == s for p in analysis.problems) for s in _WORDS}
            print(
                f"muqabala: {len(analysis.documents)} article(s) read; problems: {counts['error']} error(s), "
                f"{counts['warning']} warning(s), {counts['info']} note(s)",
                file=sys.stderr,
            )


def run_analyze(args: argparse.Namespace) -> int:
    """Analyse a folder; exit 0 when at least one article was read."""
    if args.jobs is not None and args.jobs < 1:
        print("muqabala: --jobs must be at least 1", file=sys.stderr)
        return 2
    problem = outputs_problem(args.json, args.html, args.csv, folder=args.folder, db=args.db)
    if problem is not None:  # said before the analysis, not after minutes of it
        print(f"muqabala: cannot write {problem}", file=sys.stderr)
        return 2
    progress = TerminalProgress(sys.stderr) if sys.stderr.isatty() and not args.quiet else None
    printer = ProblemPrinter(progress)
    with ExitStack() as stack:
        if progress is not None:
            stack.callback(progress.clear)
        try:
            executor = stack.enter_context(_dask_executor(args.dask))
            recurse = not args.no_recurse
            project = (
                stack.enter_context(
                    analyze_into_project(
                        args.folder,
                        args.db,
                        args.quiet,
                        recurse,
                        args.jobs,
                        executor,
                        outside_links=args.follow_links,
                        on_problem=printer,
                        progress=progress,
                    )
                )
                if args.db
                else None
            )
            analysis = (
                project.analysis
                if project is not None
                else analyze_folder(
                    args.folder,
                    progress,
                    recurse=recurse,
                    jobs=args.jobs,
                    executor=executor,
                    outside_links=args.follow_links,
                    on_problem=printer,
                    search_texts=False,  # no project file to index them
                )
            )
        except (FolderError, ProjectFileError, DaskUnavailable) as exc:
            print(f"muqabala: {printable(str(exc))}", file=sys.stderr)
            return 2
        if progress is not None:
            progress.clear()
        printer.finish(analysis)
        if not analysis.documents:
            print(f"muqabala: {printable(args.folder)}: no readable articles found", file=sys.stderr)
            return 2
        # with --db, written while the project is open: its verdicts and notes are in the outputs
        if not write_outputs(args, analysis, project):
            return 1
    if not args.quiet:
        print_summary(analysis)
    return 0


class DaskUnavailable(Exception):
    """--dask was asked for but Dask is not installed or its scheduler cannot be reached."""


@contextmanager
def _dask_executor(address: str | None) -> Iterator[Executor | None]:
    """The executor of a Dask cluster at ADDRESS (None: none asked for), closed afterwards."""
    if address is None:
        yield None
        return
    try:
        from distributed import Client  # optional: requirements-dask.txt
    except ImportError as exc:
        raise DaskUnavailable("--dask needs Dask: pip install -r requirements-dask.txt") from exc
    try:
        client = Client(address, timeout=10)  # type: ignore[no-untyped-call,unused-ignore]
    except OSError as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client.get_executor()  # type: ignore[no-untyped-call,unused-ignore]


def main(argv: list[str]) -> int:
    """Entry point for `python main.py analyze …`."""
    args = _parser().parse_args(argv)
    if args.command == "analyze":
        try:
            return run_analyze(args)
        except KeyboardInterrupt:  # Ctrl-C: the project file's save is one transaction, outputs are written whole
            print("\nmuqabala: interrupted; the files it was writing are as they were", file=sys.stderr)
            return 130
    if args.command == "search":
        return run_search(args)
    return 2
