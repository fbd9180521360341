"""Writing the reports for `analyze FOLDER --html REPORT.html --csv FACTS.csv`.

Notes and verdicts live in a project file, so they are in the reports only when one is given
(`--db FILE`: the command passes them from the open project); a plain analysis of a folder has none.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.match.verdicts import Reviewed, apply_verdicts
from core.model import Analysis
from core.report.csv_report import write_csv
from core.report.html_report import write_html
from core.store import Note


def write_reports(
    analysis: Analysis,
    *,
    html: str | None = None,
    csv: str | None = None,
    reviewed: Reviewed | None = None,
    notes: Sequence[Note] = (),
    lang: str = "ar",
) -> None:
    """Write the HTML report and/or the CSV of facts, with the verdicts (REVIEWED: ANALYSIS with
    them applied, as `core.project.Project.reviewed` gives it) and NOTES of a project file."""
    if reviewed is None:
        reviewed = apply_verdicts(analysis, [])
    notes = list(notes)
    orphans = [v for v in reviewed.verdicts if v.id in reviewed.orphaned]
    if html:
        write_html(reviewed.analysis, html, notes, lang=lang, orphaned_verdicts=orphans)
    if csv:
        write_csv(reviewed.analysis, csv, notes)
