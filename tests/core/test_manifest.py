"""A reopen knows an unchanged folder by the size and times of its files, and reads a file again only
when one of them moved (or when it changed too close to the last record to trust them)."""

import json
import os
import time
from dataclasses import replace
from pathlib import Path

from core.manifest import RACY_NS, Manifest, drift_since_save, manifest_of, saved_paths

ARTICLE = "افتتح وزير الثقافة معرض الكتاب السنوي بمشاركة 450 دار نشر من 30 دولة.\n"


def _folder_written_long_ago(tmp_path, names=("a.txt", "b.txt", "c.txt")):
    old = time.time() - 3600
    for name in names:
        path = tmp_path / name
        path.write_text(ARTICLE + name, encoding="utf-8")
        os.utime(path, (old, old))
    return tmp_path


def _recorded_later(manifest):
    """The record of a reopen made a while after the files were last touched (the usual case; a test
    cannot move a file's status-change time back, and a record made within RACY_NS of it is not trusted)."""
    return replace(manifest, taken_at=manifest.taken_at + 2 * RACY_NS)


def test_an_untouched_folder_is_known_without_reading_any_file(tmp_path):
    folder = _folder_written_long_ago(tmp_path)
    first = manifest_of(folder)
    again = manifest_of(folder, known=_recorded_later(first))
    assert first.hashed == 3 and again.hashed == 0
    assert again.hashes == first.hashes


def test_an_edited_file_is_read_again_even_when_its_size_and_modification_time_are_kept(tmp_path):
    folder = _folder_written_long_ago(tmp_path)
    first = manifest_of(folder)
    edited = folder / "b.txt"
    before = edited.stat()
    edited.write_text(ARTICLE.replace("450", "460") + "b.txt", encoding="utf-8")  # same size
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))  # the status-change time still moves
    again = manifest_of(folder, known=_recorded_later(first))
    assert again.hashed == 1 and again.hashes["b.txt"] != first.hashes["b.txt"]


def test_files_changed_just_before_the_record_are_hashed_again(tmp_path):
    folder = _folder_written_long_ago(tmp_path)  # os.utime moves the status-change time to now
    first = manifest_of(folder)
    assert manifest_of(folder, known=first).hashed == 3  # a write within RACY_NS would not show in the times
    assert manifest_of(folder, known=_recorded_later(first)).hashed == 0


def test_the_manifest_survives_the_project_files_meta_table(tmp_path):
    first = manifest_of(_folder_written_long_ago(tmp_path))
    kept = first.meta()
    assert Manifest.from_meta(kept["on_disk"], kept["on_disk_stat"]) == first
    assert Manifest.from_meta(kept["on_disk"], "").stats == {}  # saved by an older version: hashes only
    assert Manifest.from_meta("not json", "") is None


def test_articles_in_subfolders_are_known_by_their_path_within_the_folder_however_it_is_given(tmp_path, monkeypatch):
    folder = _folder_written_long_ago(tmp_path, names=("a.txt",))
    (folder / "أخبار").mkdir()
    (folder / "أخبار" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(folder)
    given_as_dot = manifest_of(Path("."))
    assert given_as_dot.hashes == manifest_of(folder).hashes
    assert sorted(given_as_dot.hashes) == ["a.txt", "أخبار/b.txt"]


def test_a_recorded_stat_that_is_not_three_integers_has_its_file_read_again(tmp_path):
    folder = _folder_written_long_ago(tmp_path)
    kept = _recorded_later(manifest_of(folder)).meta()
    stat = json.loads(kept["on_disk_stat"])
    stat["files"]["b.txt"][0] = str(stat["files"]["b.txt"][0])  # a size written as text
    known = Manifest.from_meta(kept["on_disk"], json.dumps(stat))
    assert known is not None
    assert manifest_of(folder, known=known).hashed == 1


def test_articles_that_came_into_the_folder_or_left_it_since_the_save_are_named(tmp_path):
    folder = _folder_written_long_ago(tmp_path)
    saved = saved_paths(manifest_of(folder).meta()["on_disk"])
    (folder / "d.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.txt").unlink()
    (folder / "muqabala.sqlite").write_bytes(b"SQLite format 3\x00")  # the project file is no article
    assert saved is not None
    drift = drift_since_save(saved, folder)
    assert drift is not None
    assert (drift.added, drift.removed) == (("d.txt",), ("a.txt",))


def test_an_untouched_folder_has_not_drifted_from_its_save(tmp_path):
    folder = _folder_written_long_ago(tmp_path)
    saved = saved_paths(manifest_of(folder).meta()["on_disk"])
    assert saved is not None
    drift = drift_since_save(saved, folder)
    assert drift is not None
    assert (drift.added, drift.removed) == ((), ())
    assert drift.folders == [str(folder)]
