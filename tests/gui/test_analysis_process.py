"""A large folder's first analysis runs in a process of its own (gui.analysis_process), so that the
window's interpreter lock stays with its GUI thread; the window then gets the same analysis, progress
and problems as from an analysis in its own process. `process_from=1` sends even the seeds there.
Tests wait on signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from core.pipeline import analyze_folder
from core.report.json_export import to_dict
from gui.worker import PREVIEW, AnalysisRunner, AnalysisTask, OpenOptions

from .conftest import ANALYSIS_TIMEOUT_MS


def _comparable(analysis) -> dict:  # type: ignore[no-untyped-def]
    out = to_dict(analysis)
    out["documents"] = [{k: v for k, v in d.items() if k != "path"} for d in out["documents"]]
    return {k: out[k] for k in ("documents", "sentences", "mentions", "alignments", "facts", "stories")}


class Relay(QObject):
    """The task's signals, received on the test's (GUI) thread as the window receives them."""

    opened = Signal(object)
    finished = Signal(object)
    progress = Signal(int, int, str)
    problem_found = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    documents_ready = Signal(object)

    def __init__(self, task: AnalysisTask) -> None:
        super().__init__()
        for name in ("opened", "finished", "progress", "problem_found", "failed", "cancelled", "documents_ready"):
            getattr(task, name).connect(getattr(self, name))


def _started(task: AnalysisTask) -> AnalysisRunner:
    runner = AnalysisRunner(task)
    runner.start()
    return runner


def _ended(qtbot, runner: AnalysisRunner) -> None:  # type: ignore[no-untyped-def]
    """Wait, processing events, for the worker thread to end (`QThread.wait` would hold the
    interpreter lock the thread needs to return)."""
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=ANALYSIS_TIMEOUT_MS)


def _opened(qtbot, task: AnalysisTask):  # type: ignore[no-untyped-def]
    """Run TASK to its end; the project it opened and the analysis it finished with."""
    relay = Relay(task)
    opened: list[object] = []
    relay.opened.connect(opened.append)
    with qtbot.waitSignal(relay.finished, timeout=ANALYSIS_TIMEOUT_MS) as finished:
        runner = _started(task)
    _ended(qtbot, runner)
    return opened[0], finished.args[0]


def test_a_first_analysis_in_a_child_process_gives_the_analysis_of_the_folder(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    project, analysis = _opened(qtbot, AnalysisTask(str(seeds_dir), OpenOptions(process_from=1)))
    try:
        assert _comparable(analysis) == _comparable(analyze_folder(seeds_dir, jobs=1))
        assert project.changes.created  # what the child did, not the reopening that followed
        assert len(project.changes.reanalysed) == 4
        assert (seeds_dir / "muqabala.sqlite").is_file()
    finally:
        project.close()


def test_the_child_reports_progress_and_problems_to_the_window(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (seeds_dir / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    task = AnalysisTask(str(seeds_dir), OpenOptions(process_from=1))
    relay = Relay(task)
    steps: list[str] = []
    problems: list[object] = []
    relay.progress.connect(lambda _done, _total, message: steps.append(message))
    relay.problem_found.connect(problems.append)
    relay.opened.connect(lambda project: project.close())
    with qtbot.waitSignal(relay.finished, timeout=ANALYSIS_TIMEOUT_MS):
        runner = _started(task)
    _ended(qtbot, runner)
    assert any("broken.pdf" in p.path for p in problems)  # type: ignore[attr-defined]
    assert len(steps) >= 2


def test_the_window_reads_only_the_articles_it_shows_while_the_child_reads_the_folder(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    task = AnalysisTask(str(seeds_dir), OpenOptions(process_from=1))
    relay = Relay(task)
    shown: list[object] = []
    relay.documents_ready.connect(shown.append)
    relay.opened.connect(lambda project: project.close())
    with qtbot.waitSignal(relay.finished, timeout=ANALYSIS_TIMEOUT_MS) as finished:
        runner = _started(task)
    _ended(qtbot, runner)
    (docs, problems), analysis = shown[0], finished.args[0]  # type: ignore[misc]
    assert [(d.id, d.path) for d in docs] == [(d.id, d.path) for d in analysis.documents[: len(docs)]]
    assert 0 < len(docs) <= PREVIEW
    assert problems == []  # the child reports them, as it meets them


def test_a_cancel_before_the_child_starts_gives_no_analysis(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    task = AnalysisTask(str(seeds_dir), OpenOptions(process_from=1))
    task.documents_ready.connect(lambda _read: task.cancel(), Qt.ConnectionType.DirectConnection)
    assert _finished_after_cancel(qtbot, task) == []


def test_a_cancel_while_the_child_analyses_stops_it_and_saves_nothing(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    task = AnalysisTask(str(seeds_dir), OpenOptions(process_from=1))
    task.progress.connect(lambda *_said: task.cancel(), Qt.ConnectionType.DirectConnection)  # the child's first word
    assert _finished_after_cancel(qtbot, task) == []
    assert not _has_analysis(seeds_dir / "muqabala.sqlite")


def _finished_after_cancel(qtbot, task: AnalysisTask) -> list[object]:  # type: ignore[no-untyped-def]
    """Run TASK until it says it was cancelled; what it finished with meanwhile (nothing, if honoured)."""
    relay = Relay(task)
    finished: list[object] = []
    relay.finished.connect(finished.append)
    with qtbot.waitSignal(relay.cancelled, timeout=ANALYSIS_TIMEOUT_MS):
        runner = _started(task)
    _ended(qtbot, runner)
    return finished


def _has_analysis(file: Path) -> bool:
    from core.store import Store

    if not file.exists():
        return False
    with Store.open(file) as store:
        return store.has_analysis


def test_a_failure_in_the_child_reaches_the_window_with_its_message(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = seeds_dir / "notes.txt.bak"
    blocker.write_text("a file where the project's folder should be", encoding="utf-8")
    task = AnalysisTask(str(seeds_dir), OpenOptions(project_file=blocker / "project.sqlite", process_from=1))
    relay = Relay(task)
    with qtbot.waitSignal(relay.failed, timeout=ANALYSIS_TIMEOUT_MS) as failed:
        runner = _started(task)
    _ended(qtbot, runner)
    assert "notes.txt.bak" in failed.args[0]


def test_an_update_of_a_large_project_is_brought_up_to_date_and_says_what_changed(qtbot, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first = AnalysisTask(str(seeds_dir), OpenOptions(process_from=10**9))  # a first analysis here
    _opened_and_closed(qtbot, first)
    article = sorted(seeds_dir.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nوقال المتحدث إن 17 شخصا أصيبوا.\n", encoding="utf-8")
    project, analysis = _opened(qtbot, AnalysisTask(str(seeds_dir), OpenOptions(process_from=1)))
    try:
        assert project.changes.changed == (article.name,)  # what the child did, not the reopening
        assert _comparable(analysis) == _comparable(analyze_folder(seeds_dir, jobs=1))
    finally:
        project.close()


def _opened_and_closed(qtbot, task: AnalysisTask) -> None:  # type: ignore[no-untyped-def]
    project, _analysis = _opened(qtbot, task)
    project.close()
