"""The facts as a spreadsheet: one row per fact and source that reports it.

UTF-8 with a byte-order mark, because spreadsheet programs (Excel above all) read a BOM-less CSV
in the machine's legacy code page and turn Arabic into mojibake. Offsets are Python str indices
into the article text as read, like everywhere else, so a row can be traced back to its characters.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from core.model import Analysis
from core.report.data import ReportData
from core.store.notes import Note
from core.whole_file import written_whole

COLUMNS = (
    "fact",
    "status",
    "review",
    "label",
    "kind",
    "counted",
    "article",
    "file",
    "headline",
    "values",
    "mentions",
    "offsets",
    "sentence",
    "notes",
)


def fact_rows(analysis: Analysis, notes: Iterable[Note] = ()) -> list[dict[str, str]]:
    """The rows (conflicts first, then shared, then single-source facts)."""
    data = ReportData(analysis, notes)
    rows: list[dict[str, str]] = []
    for fact in data.facts():
        fact_notes = " | ".join(n.text for n in data.notes_on(fact))
        for doc_id, mentions in data.by_source(fact).items():
            doc = data.docs[doc_id]
            rows.append(
                {
                    "fact": fact.id,
                    "status": fact.status,
                    "review": fact.review,
                    "label": fact.label,
                    "kind": fact.kind,
                    "counted": fact.counted,
                    "article": doc_id,
                    "file": Path(doc.path).name,
                    "headline": doc.title,
                    "values": data.values(mentions),
                    "mentions": " | ".join(m.text for m in mentions),
                    "offsets": " ".join(f"{m.start}-{m.end}" for m in mentions),
                    "sentence": " | ".join(q.text for q in data.quotes(fact, doc_id)),
                    "notes": fact_notes,
                }
            )
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Cell starts a spreadsheet reads as a formula (OWASP, "CSV Injection")."""


def neutral(cell: str) -> str:
    """CELL as text a spreadsheet never runs: a cell starting like a formula gets a leading «'»
    (OWASP's convention; the quote is not shown by Excel or LibreOffice). Article text, headlines,
    file names and notes come from outside and may start with «=HYPERLINK(…)»."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def render_csv(analysis: Analysis, notes: Iterable[Note] = ()) -> str:
    """The CSV text (without the BOM; `write_csv` adds it), every cell `neutral`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: neutral(v) for k, v in row.items()} for row in fact_rows(analysis, notes))
    return buffer.getvalue()


def write_csv(analysis: Analysis, path: str | Path, notes: Iterable[Note] = ()) -> None:
    """Write the CSV as UTF-8 with BOM (`utf-8-sig`), whole or not at all (`core.whole_file`)."""
    text = render_csv(analysis, notes)
    with written_whole(path) as part:
        part.write_text(text, encoding="utf-8-sig", newline="")
