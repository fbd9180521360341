"""An analysis's facts as rows: an update writes only the facts that changed (issue 14).

A fact's id (f1, f2, …) is its place in the folder's display order (`core.match.fact_order.number_facts`):
one fact more near the top renumbers every fact below it. Adding 10 articles at the end of 1,000
rewrote all 3,457 facts and their 4,436 fact_mentions, though only 38 facts were new or changed but
for their ids (and 34 went). So a fact's row is named by its first mention instead ("d5.m3": a
mention belongs to one fact at most), as the rows name it (core.store.keys: the name stays while
its article stays, wherever the article moves in the folder); `position` orders the rows by those
first mentions, and the tables' reader gives the ids again (`core.store.records`). The snapshot
keeps the facts as the analysis holds them, ids included.

An update compares each fact with the one its load read under the same row name (every field but
the id, the articles named by their keys) and rewrites only those that differ, deletes those gone
and adds the new ones.
"""

from __future__ import annotations

import functools
import json
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import orjson
import sqlite_utils

from core.model import STATUSES, Fact, Mention
from core.store.keys import NO_KEYS, Keys
from core.store.records import reasons_json
from core.store.renamed_links import RenamedLinks

_CONTENT = operator.attrgetter("status", "mentions", "label", "explanation", "counted", "kind", "reasons")
"""What a fact's rows hold but its id."""
_FACT_COLUMNS = ("id", "position", "status", "label", "explanation", "counted", "kind", "reasons")


def row_names(facts: list[Fact], keys: Keys) -> list[str]:
    """The names of the rows of FACTS: their first mentions, as KEYS name them in the rows
    (core.store.keys); C-level maps, without a call per fact where no article has a key of its own."""
    firsts = map(operator.itemgetter(0), map(operator.attrgetter("mentions"), facts))
    return list(map(keys.row, firsts) if keys else firsts)


def write_facts(
    db: sqlite_utils.Database,
    facts: list[Fact],
    mentions: list[Mention],
    keys: Keys,
    stored: list[Fact] | None = None,
    before: Keys = NO_KEYS,
    renamed: RenamedLinks | None = None,
) -> int:
    """Write FACTS (call inside the save's transaction, foreign keys checked after), the mentions and
    articles they name renamed by KEYS (core.store.keys). MENTIONS: the analysis's, in order (a
    row's position is its first mention's place among them). STORED: the facts as the update's load
    read them from this file, their articles' keys BEFORE, or None (every row written afresh).
    Returns the rowid of fact_mentions above which the rows are those written."""
    names = row_names(facts, keys)
    if len(set(names)) != len(names):  # two facts share a first mention (no analysis makes them): ids then
        names = [f.id for f in facts]
    changed = _changed(db, facts, names, stored, keys, before, renamed) if stored else None
    if changed is None:
        db.execute("DELETE FROM fact_mentions")
        db.execute("DELETE FROM facts")
        written: Iterable[int] = range(len(facts))
    else:
        gone, written = changed
        text = json.dumps(gone)
        db.execute("DELETE FROM fact_mentions WHERE fact IN (SELECT value FROM json_each(?))", [text])
        db.execute("DELETE FROM facts WHERE id IN (SELECT value FROM json_each(?))", [text])
    (above,) = db.execute("SELECT coalesce(max(rowid), 0) FROM fact_mentions").fetchone()
    place = {m.id: i for i, m in enumerate(mentions)}
    _insert(db, [(names[i], place.get(facts[i].mentions[0], -1), facts[i]) for i in written], keys)
    return int(above)


def _changed(
    db: sqlite_utils.Database,
    facts: list[Fact],
    names: list[str],
    stored: list[Fact],
    keys: Keys,
    before: Keys,
    renamed: RenamedLinks | None,
) -> tuple[list[str], list[int]] | None:
    """(the names of the stored rows to delete, the places in FACTS of those to write); None when
    every row is to be written afresh: the file's rows are not STORED's (another save wrote them, or
    an older version named them by their ids), or most stored rows are to go."""
    old = dict(zip(row_names(stored, before), stored, strict=True))
    names_read = set(old)
    if len(old) != len(stored) or 2 * len(names_read.difference(names)) >= len(stored):  # most go
        return None
    same = _same_in_rows(keys, before, renamed)
    written = []
    for i, (name, fact) in enumerate(zip(names, facts, strict=True)):
        was = old.pop(name, None)
        if was is None:
            written.append(i)
        elif not _copied(was, fact) and not same(was, fact):
            written.append(i)
            old[name] = was  # its row goes, the new one takes its name
    if 2 * len(old) >= len(stored):  # a row deleted costs what one written costs: all, then nothing
        return None
    (text,) = db.execute("SELECT json_group_array(id) FROM facts").fetchone()
    in_file: list[str] = orjson.loads(text)
    if len(in_file) != len(names_read) or not names_read.issuperset(in_file):
        return None
    return list(old), written


def _copied(was: Fact, fact: Fact) -> bool:
    """Whether FACT is the stored fact WAS but for its id: it holds the very tuple of mentions WAS
    holds, so it is one of a story taken whole and not renumbered (copied by the numbering,
    core.match.fact_order), whose articles kept their places and so their keys; and its fields are
    equal. Equal fields alone are not enough: an article renumbered by an earlier update and then
    edited keeps its id but its rows take another key, and a fact whose mentions kept their ids (a
    sentence added at the end) names other rows (issue 14)."""
    return was.mentions is fact.mentions and _CONTENT(was) == _CONTENT(fact)


def _same_in_rows(keys: Keys, before: Keys, renamed: RenamedLinks | None) -> Callable[[Fact, Fact], bool]:
    """Whether a stored fact (its articles keyed by BEFORE) and a new one (by KEYS) have the same rows:
    a fact of an article renumbered is stored renamed (core.reuse), its rows unchanged; one RENAMED
    from the very fact is known without a comparison. Where no article has a key other than its id,
    the rows are the fields."""
    if not keys and not before:
        return lambda was, fact: bool(_CONTENT(was) == _CONTENT(fact))
    reasons: dict[tuple[int, int], bool] = {}  # facts of one article share their reasons: compared once
    stored_as = renamed.stored_fact if renamed is not None else lambda _fact: None

    def same(was: Fact, fact: Fact) -> bool:
        if stored_as(fact) is was:
            return True
        if (was.status, was.label, was.counted, was.kind) != (fact.status, fact.label, fact.counted, fact.kind):
            return False
        if list(map(before.row, was.mentions)) != list(map(keys.row, fact.mentions)):
            return False
        if before.text(was.explanation) != keys.text(fact.explanation):
            return False
        pair = (id(was.reasons), id(fact.reasons))
        if pair not in reasons:
            reasons[pair] = before.reasons(was.reasons) == keys.reasons(fact.reasons)
        return reasons[pair]

    return same


def _insert(db: sqlite_utils.Database, rows: list[tuple[str, int, Fact]], keys: Keys) -> None:
    """Insert the facts of ROWS ((row name, position, fact)), their statuses checked here once, not
    by the table's CHECK row by row: SQLite makes the list of its `IN` afresh for each row inserted,
    and that was half the cost of writing the facts (issue 14: 3,457 facts, 12.5 → 5.6 ms). An
    unknown status is refused as the CHECK refuses it (IntegrityError: the save is rolled back)."""
    unknown = {fact.status for _name, _position, fact in rows}.difference(STATUSES)
    if unknown:
        raise sqlite3.IntegrityError(f"CHECK constraint failed: facts.status {sorted(unknown)}")
    # facts of one article share their reasons
    reasons = functools.lru_cache(maxsize=None)(lambda r: reasons_json(keys.reasons(r)))
    facts = (
        (name, position, f.status, f.label, keys.text(f.explanation), f.counted, f.kind, reasons(f.reasons))
        for name, position, f in rows
    )
    db.execute("PRAGMA ignore_check_constraints = ON")
    try:
        _insert_rows(db, "facts", _FACT_COLUMNS, facts)
    finally:
        db.execute("PRAGMA ignore_check_constraints = OFF")
    members = ((name, keys.row(m), i) for name, _position, f in rows for i, m in enumerate(f.mentions))
    _insert_rows(db, "fact_mentions", ("fact", "mention", "position"), members)


def _insert_rows(
    db: sqlite_utils.Database, table: str, columns: tuple[str, ...], rows: Iterator[tuple[Any, ...]]
) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    db.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})', rows)
