"""The project file's schema: ordered migrations, the version kept in `PRAGMA user_version`.

`MIGRATIONS[n]` brings a file from version n to n + 1; a new file runs them all. Migrations only
ever add: a file written by version n opens in every later version. A file whose version is
above `SCHEMA_VERSION` is refused (see core.store.connection), never downgraded.

A column may come to hold other values without a migration when every reader takes both: `facts.id`
names a fact's row by its first mention ("d5.m3", core.store.fact_rows; "f1", "f2"… in older files)
and `facts.position` orders those rows; the tables' reader gives the facts their ids (f1, f2, … in
display order) either way.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from core.text.arabic import stems

APPLICATION_ID = 0x4D555142
"""`PRAGMA application_id` of every Muqabala project ("MUQB"): tells our files from other SQLite files."""

V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,          -- order of the articles (the folder's path order)
    path TEXT NOT NULL UNIQUE,          -- relative to the project's folder, '/' separated
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,                 -- exactly as decoded: every offset points into it
    encoding TEXT NOT NULL,
    language TEXT NOT NULL,
    added_at TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TABLE sentences (
    num INTEGER PRIMARY KEY,            -- stable rowid (full-text index rows point at it)
    id TEXT NOT NULL UNIQUE,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    furniture INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sentences_doc ON sentences(doc);
CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value,                              -- no affinity: int, float or ISO date string kept as given
    kind TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    counted TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE TABLE alignments (
    a TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (a, b)
);
CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('shared', 'conflict', 'single')),
    label TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    counted TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT ''
);
CREATE TABLE fact_mentions (
    fact TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    mention TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (fact, mention)
);
CREATE TABLE problems (
    path TEXT NOT NULL,
    message TEXT NOT NULL,
    severity TEXT NOT NULL
);
-- Notes have no foreign keys on purpose: facts and sentences are replaced on every re-analysis and
-- a note must never be deleted with them. The anchor columns re-attach it (core.store.notes).
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    target TEXT NOT NULL CHECK (target IN ('fact', 'sentence')),
    fact_id TEXT,                       -- current attachment; NULL while orphaned
    sentence_id TEXT,
    doc_path TEXT NOT NULL DEFAULT '',  -- anchor: document of the sentence
    start INTEGER,
    "end" INTEGER,
    fact_label TEXT NOT NULL DEFAULT '',
    mention_spans TEXT NOT NULL DEFAULT '[]',  -- anchor: JSON [[doc_path, start, end], ...]
    anchor_text TEXT NOT NULL DEFAULT '',      -- the sentence or the fact label when written
    orphaned INTEGER NOT NULL DEFAULT 0
);
"""


def search_text(text: str) -> str:
    """What the full-text index holds for a sentence: its stems, so clitics, hamza and ta marbuta fold."""
    return " ".join(stems(text))


def _v1_tables(db: sqlite_utils.Database) -> None:
    db.executescript(V1)


def _v2_search(db: sqlite_utils.Database) -> None:
    """Full-text search over stemmed sentence text; fills the index for sentences already stored."""
    db.execute("ALTER TABLE sentences ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    rows = db.execute(
        'SELECT s.num, substr(d.text, s.start + 1, s."end" - s.start) FROM sentences s JOIN documents d ON d.id = s.doc'
    ).fetchall()
    for num, text in rows:
        db.execute("UPDATE sentences SET search_text = ? WHERE num = ?", [search_text(text), num])
    db.table("sentences").enable_fts(["search_text"], fts_version="FTS5", create_triggers=True)


def _families(db: sqlite_utils.Database) -> None:
    """Each mention names the fact family that found it (core.mentions.registry); all so far are numbers."""
    db.execute("ALTER TABLE mentions ADD COLUMN family TEXT NOT NULL DEFAULT 'number'")


def _published(db: sqlite_utils.Database) -> None:
    """When each article was published (ISO-8601, '' when unknown): core.ingest.published fills it."""
    db.execute("ALTER TABLE documents ADD COLUMN published TEXT NOT NULL DEFAULT ''")


def _verdicts(db: sqlite_utils.Database) -> None:
    """The researcher's verdicts (anchored to the text, no foreign keys, like notes) and the
    publication time she set per article, over `documents.published` read from the files (plain
    `execute`: executescript would commit early)."""
    db.execute(
        """CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY,            -- also the order in which verdicts are applied
            kind TEXT NOT NULL CHECK (kind IN ('confirm', 'dismiss', 'split', 'merge', 'not_quantity')),
            anchor TEXT NOT NULL,              -- JSON [[doc_path, start, end, text, before, after], ...]
            other TEXT NOT NULL DEFAULT '[]',  -- merge: the second fact's mentions, same form
            label TEXT NOT NULL DEFAULT '',    -- the fact's label when given (shown for orphans)
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE published_set (
            doc_path TEXT PRIMARY KEY,         -- relative to the project's folder
            published TEXT NOT NULL            -- ISO-8601
        )"""
    )


def _frames_and_reasons(db: sqlite_utils.Database) -> None:
    """Each mention's frame (core.model.Frame) and each fact's structured reasons (JSON
    [[code, {param: value}], ...], codes in core.match.reasons); older rows get empty frames."""
    for column in ("role", "subject", "scope", "part_of"):
        db.execute(f"ALTER TABLE mentions ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE mentions ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'plain'")
    db.execute("ALTER TABLE facts ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]'")


def _comparison_base(db: sqlite_utils.Database) -> None:
    """Each mention's comparison base (core.match.base: "year", "prior" or "" unknown)."""
    db.execute("ALTER TABLE mentions ADD COLUMN base TEXT NOT NULL DEFAULT ''")


def _incremental_updates(db: sqlite_utils.Database) -> None:
    """What adding articles to a project needs (issue 14). `doc_terms`: the terms story grouping
    counted in each article (core.match.stories.TermCounts, a JSON object) by its content hash, so
    that the folder is grouped again without profiling every unchanged article again (older
    projects start empty: their articles are profiled once more on their next update). An index
    of mentions by sentence: renaming a sentence in place (as updates did before core.store.keys) checks the mentions
    that refer to it, which scanned the whole table for each sentence. `snapshot`: the analysis's
    rows as one JSON text, read instead of the tables on a reopen (core.store.snapshot)."""
    db.execute("CREATE TABLE doc_terms (sha256 TEXT PRIMARY KEY, terms TEXT NOT NULL)")
    db.execute("CREATE INDEX mentions_sentence ON mentions(sentence)")
    db.execute("CREATE TABLE snapshot (name TEXT PRIMARY KEY, format TEXT NOT NULL, rows TEXT NOT NULL)")


def _same_text_keys(db: sqlite_utils.Database) -> None:
    """Each stored article's `core.ingest.folder.same_text_key` beside its term counts (by content
    hash): an update finds copies among the articles without folding every unchanged text again
    (reading the folder while adding 10 articles to 1,000: 0.12 → 0.02 s CPU). Older rows start
    empty and are folded as before."""
    db.execute("ALTER TABLE doc_terms ADD COLUMN same_text TEXT NOT NULL DEFAULT ''")


def _listed_terms(db: sqlite_utils.Database) -> None:
    """Each article's terms as numbers in the project's vocabulary (int32 bytes) and its counts as
    float64 bytes, instead of the JSON object (core.store.terms: an update reads them without
    parsing 130,000 JSON entries at 1,000 articles); older rows keep their JSON and are read as
    before. `term_vocabulary`: the terms in the order of their numbers, a JSON list per save that
    brought new ones (one text to parse, not a row per term)."""
    db.execute("CREATE TABLE term_vocabulary (part INTEGER PRIMARY KEY, terms TEXT NOT NULL)")
    db.execute("ALTER TABLE doc_terms ADD COLUMN term_ids BLOB NOT NULL DEFAULT x''")
    db.execute("ALTER TABLE doc_terms ADD COLUMN term_counts BLOB NOT NULL DEFAULT x''")


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1_tables,
    _v2_search,
    _families,
    _published,
    _verdicts,
    _frames_and_reasons,
    _comparison_base,
    _incremental_updates,
    _same_text_keys,
    _listed_terms,
)
SCHEMA_VERSION = len(MIGRATIONS)
