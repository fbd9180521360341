"""What the folder held when its analysis was saved: every article entry's content hash, size and
times, so that a reopen knows an unchanged folder by stat-ing its files, without reading them.

A file whose size, modification and status-change times are those recorded is taken to hold the
bytes recorded (as make, rsync and git do); its bytes are read and hashed only when one of them
moved, or when the record was made too close to the file's last change to be trusted (a file
written twice within one tick of the file system's clock keeps its time: `RACY_NS`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from core.ingest.digest import sha256_hex
from core.ingest.folder import FolderError, storable
from core.ingest.walk import Walked, article_entries, article_stats
from core.store.records import relative_path

RACY_NS = 2_000_000_000
"""A file changed less than this before it was recorded is hashed again on the next reopen
(FAT keeps times to 2 s; a second write within the same tick would not show)."""

Stat = tuple[int, int, int]
"""(size, st_mtime_ns, st_ctime_ns) of a file."""


@dataclass(frozen=True, slots=True)
class Manifest:
    """{relative path: sha256 of the bytes} of the folder's articles, as core.ingest.folder hashes
    them, and {relative path: "refused: size"} for the article entries it refuses unread (too large,
    not a regular file); with each article's `Stat` and when they were taken (`time.time_ns()`)."""

    hashes: dict[str, str]
    stats: dict[str, Stat]
    taken_at: int
    hashed: int = field(default=0, compare=False)
    """How many files were read to make it (0: every article was known by its stat)."""

    def meta(self) -> dict[str, str]:
        """As kept in the project file's meta table (`on_disk`: read by older versions too)."""
        key_order = orjson.OPT_SORT_KEYS
        return {
            "on_disk": orjson.dumps(self.hashes, option=key_order).decode(),
            "on_disk_stat": orjson.dumps({"at": self.taken_at, "files": self.stats}, option=key_order).decode(),
        }

    @classmethod
    def from_meta(cls, on_disk: str, on_disk_stat: str) -> Manifest | None:
        """The manifest kept by `meta` (None when absent or unreadable; stats may be missing). A
        stat that is not three integers is kept as it is: it equals no file's (`trusted`), so the
        file is read again. Both ways by orjson, at every reopen: with `json`, reading and writing
        the record of 10,000 articles took 54 ms, 17 ms now (a reopen of them: 0.65 s)."""
        try:
            hashes = orjson.loads(on_disk) if on_disk else None
            stat = orjson.loads(on_disk_stat) if on_disk_stat else {}
            if not isinstance(hashes, dict) or not isinstance(stat, dict):
                return None
            files = stat.get("files", {})
            stats: dict[str, Stat] = dict(zip(files, map(tuple, files.values()), strict=True))
            return cls({k: str(v) for k, v in hashes.items()}, stats, int(stat.get("at", 0)))
        except (ValueError, TypeError, IndexError, AttributeError):
            return None

    def trusted(self, rel: str, stat: Stat) -> str | None:
        """The recorded hash of REL when STAT shows it untouched since it was recorded, else None."""
        if self.stats.get(rel) != stat or max(stat[1], stat[2]) >= self.taken_at - RACY_NS:
            return None
        return self.hashes.get(rel)


def manifest_of(
    folder: Path,
    recurse: bool = True,
    outside_links: bool = False,
    known: Manifest | None = None,
    walked: Walked | None = None,
) -> Manifest | None:
    """The folder's manifest now; files that KNOWN shows untouched are not read. None when a file
    cannot be read (the full read then reports it). Refused entries are never opened (a refused
    4 GB file is not read on every reopen). WALKED: the folder's `walk_entries`, when already made."""
    taken_at = time.time_ns()
    where = str(folder)  # `relative_path`'s key as the update gives it (a str: no Path.__eq__ per file)
    hashes: dict[str, str] = {}
    stats: dict[str, Stat] = {}
    hashed = 0
    try:
        articles, refused = article_stats(folder, recurse, outside_links, walked)
        for path, info in articles:
            rel = relative_path(storable(path), where)
            stat = (info.st_size, info.st_mtime_ns, info.st_ctime_ns)
            recorded = known.trusted(rel, stat) if known is not None else None
            if recorded is None:
                with open(path, "rb") as file:
                    recorded = sha256_hex(file.read())
                hashed += 1
            hashes[rel] = recorded
            stats[rel] = stat
        for path in refused:
            try:
                size = os.lstat(path).st_size
            except OSError:
                size = -1
            hashes[relative_path(storable(path), where)] = f"refused: {size}"
    except (OSError, FolderError):
        return None
    return Manifest(hashes, stats, taken_at, hashed)


def article_paths(folder: Path, recurse: bool = True, outside_links: bool = False) -> tuple[set[str], list[str]] | None:
    """The relative paths of the folder's article entries now, as a manifest names them (refused
    ones included), and the folders that hold them; from names alone (`article_entries`): a window
    compares them with the last save's (`Manifest.hashes`) whenever the folder changes, to say that
    articles came or went. None when the folder cannot be listed."""
    try:
        paths = [path for path, _entry in article_entries(folder, recurse, outside_links)]
    except (OSError, FolderError):
        return None
    folders = dict.fromkeys(os.path.dirname(path) or str(folder) for path in paths)
    return {relative_path(storable(path), folder) for path in paths}, list(folders)


@dataclass(frozen=True, slots=True)
class Drift:
    """How the folder's article entries differ from those of the last save, by relative path
    (sorted), and the folders that hold them now (to be watched for the next change)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    folders: list[str]


def saved_paths(on_disk: str) -> frozenset[str] | None:
    """The relative paths of the article entries ON_DISK records (the `Manifest.meta` the project
    file keeps of its last save); None when it cannot be read."""
    saved = Manifest.from_meta(on_disk, "")
    return frozenset(saved.hashes) if saved is not None else None


def drift_since_save(
    saved: AbstractSet[str], folder: Path, recurse: bool = True, outside_links: bool = False
) -> Drift | None:
    """`Drift` of FOLDER now from SAVED (`saved_paths` of the last save), by names alone: an article
    edited in place is not seen here (opening the project sees it). None when the folder cannot be
    listed."""
    listed = article_paths(folder, recurse, outside_links)
    if listed is None:
        return None
    now, folders = listed
    return Drift(tuple(sorted(now.difference(saved))), tuple(sorted(saved - now)), folders)
