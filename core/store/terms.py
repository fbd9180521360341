"""What a project keeps per article content (by sha256) beside its analysis, so that an update
does not compute it again for the unchanged articles: the terms story grouping counts in it
(core.match.stories.TermCounts) and its text's `core.ingest.folder.same_text_key` (how copies are
found). Both depend only on the file's bytes and the analyser, which an update checks first."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from core.ingest.folder import same_text_key
from core.model import Analysis


def save_terms(db: sqlite_utils.Database, analysis: Analysis, hashes: dict[str, str], *, keep: bool) -> None:
    """Store the term counts ANALYSIS made (`Analysis.doc_terms`) by content hash; drop those of
    articles no longer in the folder (all of them unless KEEP: another analyser counted them)."""
    if keep:
        db.execute("DELETE FROM doc_terms WHERE sha256 NOT IN (SELECT sha256 FROM documents)")
    else:
        db.execute("DELETE FROM doc_terms")
    texts = {d.id: d.text for d in analysis.documents if d.id in analysis.doc_terms}
    keys = analysis.text_keys  # as reading found them; folded here only for an analysis read otherwise
    db.conn.executemany(
        "INSERT OR REPLACE INTO doc_terms (sha256, terms, same_text) VALUES (?, ?, ?)",
        (
            (hashes[doc], json.dumps(terms, ensure_ascii=False), keys.get(hashes[doc]) or same_text_key(texts[doc]))
            for doc, terms in analysis.doc_terms.items()
        ),
    )


def stored_terms(db: sqlite_utils.Database, hashes: Iterable[str]) -> dict[str, dict[str, float]]:
    """{sha256: term counts} stored for those of HASHES that have them."""
    wanted = set(hashes)
    rows = [(h, t) for h, t in db.execute("SELECT sha256, terms FROM doc_terms") if h in wanted]
    # one parse: its memo gives each term one text for every article (as `shared_terms` would,
    # without a second pass over 130,000 entries at 1,000 articles)
    counts: list[dict[str, float]] = json.loads("[" + ",".join(t for _, t in rows) + "]")
    return dict(zip((h for h, _ in rows), counts, strict=True))


def stored_text_keys(db: sqlite_utils.Database) -> dict[str, str]:
    """{sha256: `same_text_key` of its text} of the stored articles that have one."""
    return dict(db.execute("SELECT sha256, same_text FROM doc_terms WHERE same_text != ''").fetchall())
