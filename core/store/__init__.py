"""The project file (SQLite): schema and migrations, safe opening, the analysis, notes, search.

    from core.store import Store
    with Store.open("muqabala.sqlite") as store:
        store.save(analysis, folder)          # one transaction; notes re-attached
        store.search("حافلات")                # -> [Hit]

Most callers want `core.project.Project`, which also decides where the file lives and re-analyses
only the articles that changed.
"""

from core.store.errors import CorruptProject, DiskFull, NewerProject, NotAProject, ProjectFileError
from core.store.lock import ProjectInUse
from core.store.notes import Note
from core.store.schema import SCHEMA_VERSION
from core.store.search import Hit
from core.store.store import Store

__all__ = [
    "SCHEMA_VERSION",
    "CorruptProject",
    "DiskFull",
    "Hit",
    "NewerProject",
    "NotAProject",
    "Note",
    "ProjectFileError",
    "ProjectInUse",
    "Store",
]
