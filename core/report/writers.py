"""Writing the reports for `analyze FOLDER --html REPORT.html --csv FACTS.csv`.

Notes and verdicts live in a project file, so they are in the reports only when one is given
(`--db FILE`); a plain analysis of a folder has none.
"""

from __future__ import annotations

from pathlib import Path

from core.match.verdicts import Reviewed, apply_verdicts
from core.model import Analysis
from core.report.csv_report import write_csv
from core.report.html_report import write_html
from core.store import Note, Store


def stored_notes(db: str | Path | None) -> list[Note]:
    """The notes kept in project file DB (none when DB is None or holds no project yet)."""
    if db is None or not Path(db).is_file():
        return []
    with Store.open(db, create=False, exclusive=False) as store:
        return store.notes()


def stored_review(analysis: Analysis, db: str | Path | None) -> Reviewed:
    """ANALYSIS with the verdicts and publication times of project file DB applied (none without DB)."""
    if db is None or not Path(db).is_file():
        return apply_verdicts(analysis, [])
    with Store.open(db, create=False) as store:
        return apply_verdicts(analysis, store.verdicts(), store.published())


def write_reports(
    analysis: Analysis, *, html: str | None = None, csv: str | None = None, db: str | None = None, lang: str = "ar"
) -> None:
    """Write the HTML report and/or the CSV of facts, with the notes and verdicts of project file DB."""
    notes = stored_notes(db)
    reviewed = stored_review(analysis, db)
    orphans = [v for v in reviewed.verdicts if v.id in reviewed.orphaned]
    if html:
        write_html(reviewed.analysis, html, notes, lang=lang, orphaned_verdicts=orphans)
    if csv:
        write_csv(reviewed.analysis, csv, notes)
