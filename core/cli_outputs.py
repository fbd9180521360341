"""`analyze`'s output files (--json, --html, --csv): checked before the analysis, so that a
mistake is said at once and not after minutes of work, and written after it, each whole."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core.ingest.folder import printable, read_file
from core.ingest.formats import reader_for
from core.match.verdicts import apply_verdicts
from core.model import Analysis
from core.report.json_export import write_json
from core.report.writers import write_reports
from core.whole_file import why_unwritable

if TYPE_CHECKING:
    from core.project import Project


def write_outputs(args: argparse.Namespace, analysis: Analysis, project: Project | None) -> bool:
    """Write the outputs asked for (with PROJECT's verdicts and notes); False when one could not be
    written, said on stderr. Each is written whole: one that fails leaves what was there, and the
    others are written all the same."""
    reviewed = project.reviewed() if project is not None else None
    notes = project.notes() if project is not None and (args.html or args.csv) else []
    # the facts as ruled, once for both reports (the JSON of no project file has no review sections)
    ruled = reviewed if reviewed is not None or not (args.html and args.csv) else apply_verdicts(analysis, [])
    writes: list[tuple[str, Callable[[], None]]] = []
    if args.json:
        writes.append((args.json, lambda: write_json(analysis, args.json, reviewed)))
    if args.html:
        writes.append((args.html, lambda: write_reports(analysis, html=args.html, reviewed=ruled, notes=notes)))
    if args.csv:
        writes.append((args.csv, lambda: write_reports(analysis, csv=args.csv, reviewed=ruled, notes=notes)))
    written = True
    for target, write in writes:
        try:
            write()
        except OSError as exc:
            print(f"muqabala: cannot write {printable(target)}: {exc.strerror or exc}", file=sys.stderr)
            written = False
    return written


def outputs_problem(*paths: str | None, folder: str, db: str | None = None) -> str | None:
    """«PATH: why» of the first of PATHS (the outputs asked for; None: not asked) that cannot be
    written; None when each may be. Told before any article of FOLDER is read, not after the
    analysis: nothing asked for may replace the project file DB, an article of FOLDER, or another
    output."""
    given: set[tuple[str, ...]] = set()
    for path in filter(None, paths):
        why = output_problem(path, folder, db)
        if why is None and _same_file(path) in given:
            why = "another output is written there too"
        if why is not None:
            return f"{printable(path)}: {why}"
        given.add(_same_file(path))
    return None


def output_problem(path: str, folder: str, db: str | None = None) -> str | None:
    """Why PATH cannot be an output file, as far as can be told before writing it (None: it may be)."""
    why = why_unwritable(path)
    if why is not None:
        return why
    target = Path(path)
    if db and _same_file(path) == _same_file(db):
        return "it is the project file (--db)"
    if target.is_file() and _an_article_of(target, Path(folder)):
        return "it is an article of the folder: give the output another name"
    return None


def _same_file(path: str) -> tuple[str, ...]:
    """What two spellings of one file share: the path resolved (links, «..»)."""
    return Path(path).resolve().parts


def _an_article_of(target: Path, folder: Path) -> bool:
    """TARGET, a file that is there, is read as an article of FOLDER: a report Muqabala wrote there
    before is not (core.ingest.formats.NotAnArticle), and is replaced as a report is."""
    if reader_for(target.suffix) is None or not target.resolve().is_relative_to(folder.resolve()):
        return False
    document, _problems = read_file(target, "d1", folder)
    return document is not None
