"""A save's log is copied into the project file on a thread of its own, not at the commit."""

import shutil
import sqlite3

from core.store import Store
from core.store.checkpoint import checkpoint_beside


def test_the_store_never_copies_its_log_at_a_commit(tmp_path):
    with Store.open(tmp_path / "p.sqlite") as store:
        assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)


def test_after_the_checkpoint_the_file_alone_holds_what_was_committed(tmp_path):
    conn = sqlite3.connect(tmp_path / "p.sqlite")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("غادرت 11 حافلة",)] * 100)
    conn.commit()
    checkpoint_beside(tmp_path / "p.sqlite").join()
    shutil.copy(tmp_path / "p.sqlite", tmp_path / "copy.sqlite")  # the file without its -wal
    conn.close()
    with sqlite3.connect(tmp_path / "copy.sqlite") as copy:
        assert copy.execute("SELECT count(*) FROM t").fetchone() == (100,)
