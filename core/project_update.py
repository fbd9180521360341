"""Bringing a project file up to date with its folder (`Project.open` calls `bring_up_to_date`).

Nothing changed (the folder's manifest, core.manifest, is the one saved) → the stored analysis is
loaded, no article is read. Otherwise only added or changed articles go through
`core.pipeline.analyze_document`; stories are grouped again, from the term counts stored for the
unchanged articles (exactly as a fresh analysis groups them), and only the stories whose articles
changed are linked (core.reuse); the others keep their stored alignments and facts. The unchanged
articles' rows stay in the project file as they are, not written again (core.store.kept_rows).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from core import pipeline
from core.collector import collector_paused
from core.fingerprint import analyzer_fingerprint
from core.folder_run import FolderRun
from core.ingest.folder import FolderError, Walked, read_folder
from core.ingest.names import shown_name, storable
from core.ingest.walk import walk_entries
from core.manifest import Manifest, manifest_of
from core.match.story_terms import Terms
from core.model import Analysis, Document, Problem
from core.parallel import pool_for
from core.progress import WRITING, said
from core.project_changes import Changes
from core.reuse import kept_articles, reuse_unchanged, stored_links, unchanged_documents
from core.store import Store
from core.store.records import relative_path
from core.store.renamed_links import RenamedLinks

UNCHANGED_SHARE = 30
"""An unchanged article costs an update at most a thirtieth of analysing it (its stored rows read and
renumbered, its stored terms grouped again; it is profiled only when a story of it is linked again):
an update starts a process pool only when its work, counted in articles analysed, reaches
`core.parallel.SERIAL_BELOW`."""
ANALYZER = analyzer_fingerprint()
"""What computed a stored analysis (core code and lexicons): a project analysed by anything else
is analysed afresh instead of showing results an older Muqabala or older lexicons computed."""


Preread = tuple[list[Document], list[Problem]]
"""Documents and the problems met reading them, as `core.pipeline.read_documents` returns them."""


class NeedsAnalysis(Exception):
    """`bring_up_to_date(elsewhere_from=N)` of a folder whose stored analysis cannot be shown as it is
    (none stored, another analyser's, or articles changed) while the file holds N articles or more;
    ARTICLES: how many it holds."""

    def __init__(self, articles: int) -> None:
        super().__init__(f"the analysis must be brought up to date ({articles} articles stored)")
        self.articles = articles


@dataclass(frozen=True)
class _Opening:
    """What a first analysis and an update both work with: the project file, its folder, the
    caller's progress, cancel and options, and the meta a save writes beside the analysis (whether
    the file sits in its folder; the folder's manifest: 0.18 s at 10,000 articles, made once)."""

    store: Store
    folder: Path
    progress: pipeline.Progress | None
    cancelled: pipeline.IsCancelled | None
    options: FolderRun
    in_folder: str
    disk_meta: dict[str, str]

    def between_steps(self, done: int, total: int) -> Callable[[], None]:
        """What a save calls between its steps: give up if cancelled, else say «writing the project file»."""

        def step() -> None:
            if self.cancelled is not None and self.cancelled():
                raise pipeline.Cancelled()
            if self.progress is not None:
                self.progress(done, total, said(WRITING))

        return step

    def save(self, analysis: Analysis, kept: dict[str, str], renamed: RenamedLinks | None = None) -> list[int]:
        """`Store.save` of an update, with the meta this opening found; the notes orphaned. The folder
        as text: `relative_path`'s key as the update gave it."""
        return self.store.save(analysis, str(self.folder), kept, renamed, in_folder=self.in_folder, **self.disk_meta)


def _known_from(preread: Preread, folder: Path) -> Callable[[Path], Document | None]:
    """The documents of a preview that came without a problem (a problem is met again, and told, by
    reading its file again), by the path the folder walk gives."""
    documents, problems = preread
    troubled = {p.path for p in problems}
    by_path = {d.path: d for d in documents if shown_name(Path(d.path), folder) not in troubled}
    return lambda path: by_path.get(storable(str(path)))


def bring_up_to_date(
    store: Store,
    folder: Path,
    progress: pipeline.Progress | None,
    cancelled: pipeline.IsCancelled | None,
    options: FolderRun,
    preread: Preread | None = None,
    elsewhere_from: int | None = None,
) -> tuple[Analysis, Changes]:
    """Load, update or create the analysis of FOLDER in STORE; see the module docstring. PREREAD: the
    folder's articles as a preview read them just before (`core.project.read_articles`): a first
    analysis takes those read without a problem instead of decoding them again. ELSEWHERE_FROM: raise
    NeedsAnalysis instead of analysing anything when the file holds this many articles or more (0:
    whenever there is anything to analyse); the file keeps its analysis."""
    in_folder = "1" if store.path.resolve().parent == folder else "0"
    if not folder.is_dir() and store.has_analysis:
        return store.load(folder), Changes(folder_missing=True)
    t0 = time.perf_counter()
    fresh = not store.has_analysis or store.meta("analyzer") != ANALYZER
    known = None if fresh else Manifest.from_meta(store.meta("on_disk"), store.meta("on_disk_stat"))
    # listed before reading: a change made meanwhile shows next time; a Path and a stat per file,
    # no cycle: the collections they set off were a twentieth of adding 10 articles to 1,000
    if fresh:
        with collector_paused():
            on_disk = manifest_of(folder, options.recurse, options.outside_links)
        opening = _Opening(store, folder, progress, cancelled, options, in_folder, _disk_meta(on_disk))
        _analyse_elsewhere(len(store.hashes()) if store.has_analysis else 0, elsewhere_from)
        analysis, orphans = _analyse_afresh(opening, preread)
        return analysis, Changes(
            created=True,
            reanalysed=tuple(relative_path(d.path, folder) for d in analysis.documents),
            relinked=True,
            relinked_stories=tuple(s.id for s in analysis.stories),
            orphaned_notes=tuple(orphans),
        )
    # one pause from the walk to the end: the walk, kept for the reading, let no collection run
    # between its listing and the update (one then walked its entries and moved them up a generation)
    with collector_paused():
        walked = _walked(folder, options)
        on_disk = manifest_of(folder, options.recurse, options.outside_links, known, walked)
        opening = _Opening(store, folder, progress, cancelled, options, in_folder, _disk_meta(on_disk))
        return _reopen(opening, on_disk, known, walked, elsewhere_from, t0)


def _disk_meta(on_disk: Manifest | None) -> dict[str, str]:
    return on_disk.meta() if on_disk is not None else {}


def _reopen(
    opening: _Opening,
    on_disk: Manifest | None,
    known: Manifest | None,
    walked: Walked | None,
    elsewhere_from: int | None,
    t0: float,
) -> tuple[Analysis, Changes]:
    """`bring_up_to_date` of a project this analyser saved: its stored analysis as it is when the
    folder's articles are those saved (ON_DISK, their manifest now, equals the stored hashes or KNOWN,
    the manifest of the last save), else `_update`."""
    store = opening.store
    stored = store.hashes()
    if on_disk is not None and on_disk.hashes in (stored, known.hashes if known is not None else None):
        # fast path: the article files are those of the last save, byte for byte (duplicates and
        # files refused then included): no decoding, nothing recomputed
        if on_disk.hashed:
            store.set_meta(**opening.disk_meta)  # the files just hashed are known by their stat next time
        analysis = store.load(opening.folder, reorder=False)  # saved by this analyser (`fresh` is False)
        analysis.timings["total"] = time.perf_counter() - t0
        return analysis, Changes()
    _analyse_elsewhere(len(stored), elsewhere_from)
    return _update(opening, on_disk, walked, stored, t0)


def _walked(folder: Path, options: FolderRun) -> Walked | None:
    """FOLDER's walk, for its manifest and, in an update, its reading; None when it cannot be walked
    (the manifest is then None, and the reading walks it again to say why)."""
    try:
        return walk_entries(folder, options.recurse, options.outside_links)
    except (OSError, FolderError):
        return None


def _analyse_elsewhere(articles: int, elsewhere_from: int | None) -> None:
    """Raise NeedsAnalysis when a project file of ARTICLES is to be analysed elsewhere."""
    if elsewhere_from is not None and articles >= elsewhere_from:
        raise NeedsAnalysis(articles)


def _analyse_afresh(opening: _Opening, preread: Preread | None) -> tuple[Analysis, list[int]]:
    """A first analysis (or one by a new analyser) and its save; the ids of the notes orphaned. The
    articles' rows are written in steps while their stories are linked (after the analysis they were
    a tenth of opening 10,000 articles, on one core); a cancel is heard between two steps, and a
    cancel or an error rolls the whole save back."""
    store, folder, options = opening.store, opening.folder, opening.options
    with store.saving(folder, analyzer=ANALYZER, in_folder=opening.in_folder, **opening.disk_meta) as save:

        def analysed(articles: Analysis) -> Iterator[None]:
            total = len(articles.documents) + 1
            between_steps = opening.between_steps(total - 1, total)
            between_steps()
            for _ in save.article_steps(articles):
                yield
                between_steps()

        analysis = pipeline.analyze_folder(
            folder,
            opening.progress,
            opening.cancelled,
            known=_known_from(preread, folder) if preread is not None else None,
            analysed=analysed,
            **options.keywords(),
        )
        total = len(analysis.documents) + 1
        opening.between_steps(total, total)()
        return analysis, save.links(analysis)


def _update(
    opening: _Opening, on_disk: Manifest | None, walked: Walked | None, stored: dict[str, str], t0: float
) -> tuple[Analysis, Changes]:
    """`bring_up_to_date` of a project whose articles changed: the stored analysis reused for
    the unchanged ones; WALKED: the folder's walk its manifest was made from (`_walked`)."""
    store, folder, options = opening.store, opening.folder, opening.options
    progress, cancelled = opening.progress, opening.cancelled
    # `relative_path`'s key: a Path compared with another Path of the same folder (a window opens it
    # again, a new Path each time) took a Python-level __eq__ at each of ~9,000 calls
    where = str(folder)
    head = store.load_head(folder)
    documents, problems = read_folder(
        folder,
        recurse=options.recurse,
        outside_links=options.outside_links,
        on_problem=options.on_problem,
        known=unchanged_documents(head, where, on_disk),
        text_keys=(keys := store.text_keys()),
        walked=walked,
    )
    kept = kept_articles(head.documents, documents, where)
    # the unchanged articles' sentences and mentions loaded under their new ids, not copied renamed;
    # link orders the conflicts in time afresh
    old = store.load(folder, reorder=False, head=head, renamed={was: new for new, was in kept.items()})
    read = time.perf_counter() - t0
    current = {relative_path(d.path, where): d.sha256 for d in documents}
    if current == stored:
        analysis = old
        if analysis.problems != problems:  # e.g. a new unreadable file: nothing to recompute
            analysis.problems = problems
            opening.save(analysis, {d.id: d.id for d in analysis.documents})
        elif opening.disk_meta:
            store.set_meta(**opening.disk_meta)  # the next reopen takes the fast path
        analysis.timings["read"] = read
        analysis.timings["total"] = time.perf_counter() - t0
        return analysis, Changes()
    analysis, reanalysed = reuse_unchanged(old, documents, kept, where, progress, cancelled)
    analysis.text_keys = keys
    analysis.problems = [*problems, *analysis.problems]  # those of reading, then of analysing
    analysis.timings["read"] = read
    t1 = time.perf_counter()
    stored_terms, vocabulary = _stored_terms(store, analysis, set(reanalysed), where)
    renamed = RenamedLinks()  # what the kept stories' links were stored as, for the save
    work = len(reanalysed) + len(documents) // UNCHANGED_SHARE
    with pool_for(work, options.jobs) if options.executor is None else nullcontext(options.executor) as runner:
        linked = pipeline.link(
            analysis,
            executor=runner,
            cancelled=cancelled,
            reuse=stored_links(old, analysis, where, renamed),
            terms_of={**stored_terms, **analysis.doc_terms},
            vocabulary=vocabulary,
        )
    del old
    analysis.timings["link"] = time.perf_counter() - t1
    opening.between_steps(len(documents), len(documents) + 1)()
    orphans = opening.save(analysis, kept, renamed)
    analysis.timings["total"] = time.perf_counter() - t0
    changes = Changes(
        added=tuple(p for p in current if p not in stored),
        changed=tuple(p for p in current if p in stored and stored[p] != current[p]),
        removed=tuple(p for p in stored if p not in current),
        reanalysed=tuple(reanalysed),
        relinked=True,
        relinked_stories=tuple(linked),
        orphaned_notes=tuple(orphans),
    )
    return analysis, changes


def _stored_terms(
    store: Store, analysis: Analysis, reanalysed: set[str], folder: str
) -> tuple[dict[str, Terms], list[str]]:
    """({document id: the terms stored for it} of the articles taken unchanged from the store, the
    vocabulary their ListedTerms number their terms in)."""
    kept = [d for d in analysis.documents if relative_path(d.path, folder) not in reanalysed]
    terms, vocabulary = store.listed_terms(d.sha256 for d in kept)
    return {d.id: terms[d.sha256] for d in kept if d.sha256 in terms}, vocabulary
