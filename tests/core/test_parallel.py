"""The pipeline's maps give the serial result on any executor: a process pool, a Dask cluster."""

import gzip
import json
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from core import parallel
from core.parallel import RENEW_FROM, SERIAL_BELOW, EarlyPool
from core.pipeline import Cancelled, analyze_folder
from core.report.json_export import to_dict

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet.jsonl.gz"


def export(folder: Path, **how: object) -> str:
    return json.dumps(to_dict(analyze_folder(folder, **how)), ensure_ascii=False)  # type: ignore[arg-type]


def corpus_folder(folder: Path, n: int) -> Path:
    """N consecutive corpus articles as .txt files (research-only licence: written to a temporary folder)."""
    folder.mkdir()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if (row.get("content") or "").strip():
                text = f"{(row.get('title') or '').strip()}\n\n{row['content'].strip()}\n"
                (folder / f"{row['id']}.txt").write_text(text, encoding="utf-8")
                n -= 1
                if n == 0:
                    break
    return folder


def test_a_process_pool_gives_the_serial_result():
    with ProcessPoolExecutor(2) as pool:
        assert export(SEEDS, executor=pool) == export(SEEDS, jobs=1)


def test_the_result_does_not_depend_on_the_process_s_string_hashing(tmp_path):
    """Workers are other processes, with string hashes of their own: a set's order must never
    decide a score (sums over sets are exactly rounded, an article's terms counted in order)."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seeds-{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [
            sys.executable,
            str(ROOT / "main.py"),
            "analyze",
            str(SEEDS),
            "--jobs",
            "1",
            "--quiet",
            "--json",
            str(out),
        ]
        subprocess.run(cmd, env=env, check=True, cwd=tmp_path)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


class WatchedPool(ProcessPoolExecutor):
    """A real pool that notes in EVENTS when work is handed to it."""

    def __init__(self, events: list[str]) -> None:
        super().__init__(2)
        self.events = events

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.events.append("work handed to the pool")
        return super().submit(fn, *args, **kwargs)


def test_the_first_articles_are_analysed_while_the_others_are_still_being_read():
    events: list[str] = []
    with WatchedPool(events) as pool:
        analyze_folder(SEEDS, progress=lambda _d, _t, message: events.append(message), executor=pool)
    last_opened = max(i for i, e in enumerate(events) if e.startswith("opening"))
    assert events.index("work handed to the pool") < last_opened


def test_cancel_stops_an_analysis_running_on_a_pool():
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with ProcessPoolExecutor(2) as pool, pytest.raises(Cancelled):
        analyze_folder(SEEDS, cancelled=cancelled, executor=pool)


def test_progress_reaches_the_end_on_a_pool():
    seen: list[tuple[int, int, str]] = []
    with ProcessPoolExecutor(2) as pool:
        analyze_folder(SEEDS, progress=lambda d, t, m: seen.append((d, t, m)), executor=pool)
    assert seen[-1][0] == seen[-1][1] and any(m.startswith("reading") for _, _, m in seen)


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_a_dask_cluster_gives_the_serial_result(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = corpus_folder(tmp_path / "corpus", 200)
    serial = [export(SEEDS, jobs=1), export(folder, jobs=1)]
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
    ):
        executor = client.get_executor()
        assert [export(SEEDS, executor=executor), export(folder, executor=executor)] == serial


def test_a_small_folder_never_starts_a_pool_and_a_large_one_starts_it_while_its_files_are_read():
    with EarlyPool(jobs=2) as early:
        early.start_for(SERIAL_BELOW - 1)  # the seeds, a hand-gathered folder: analysed in this process
        assert early.pool is None and early.executor_for(SERIAL_BELOW - 1) is None
        early.start_for(SERIAL_BELOW)  # called as the listing is known, before any file is read
        assert early.pool is not None and early.executor_for(SERIAL_BELOW) is early.pool
    assert early.pool is None  # shut down on leaving


def test_one_job_never_starts_a_pool():
    with EarlyPool(jobs=1) as early:
        early.start_for(10 * SERIAL_BELOW)
        assert early.pool is None and early.executor_for(10 * SERIAL_BELOW) is None


class NamingPool(ProcessPoolExecutor):
    """A real pool that notes in EVENTS the name of each function handed to it."""

    def __init__(self, events: list[str]) -> None:
        super().__init__(2)
        self.events = events

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.events.append(fn.__name__)
        return super().submit(fn, *args, **kwargs)


def test_own_work_is_taken_in_steps_once_the_stories_are_handed_to_the_pool():
    events: list[str] = []

    def analysed(_analysis):  # type: ignore[no-untyped-def]
        for k in range(3):
            events.append(f"step {k}")
            yield

    with NamingPool(events) as pool:
        analyze_folder(SEEDS, executor=pool, analysed=analysed)
    assert events.index("link_stories") < events.index("step 0")
    assert [e for e in events if e.startswith("step")] == ["step 0", "step 1", "step 2"]


class StoryPool(ProcessPoolExecutor):
    """A real pool that notes in STORIES the id of each story it is handed to link."""

    def __init__(self, stories: list[str]) -> None:
        super().__init__(2)
        self.stories = stories

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        if fn.__name__ == "link_stories":
            self.stories.extend(work.story for work in args[0])
        return super().submit(fn, *args, **kwargs)


def seeds_and_an_unrelated_article(folder: Path) -> Path:
    folder.mkdir()
    for path in SEEDS.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "weather.txt").write_text(
        "توقعات الطقس\n\nتوقع المركز الوطني للأرصاد هطول أمطار رعدية على 4 مناطق،"
        " مع رياح تصل سرعتها إلى 60 كيلومترا في الساعة.\n",
        encoding="utf-8",
    )
    return folder


def test_a_story_of_one_article_is_linked_here_and_not_sent_to_the_pool(tmp_path):
    folder = seeds_and_an_unrelated_article(tmp_path / "folder")
    handed: list[str] = []
    with StoryPool(handed) as pool:
        analysis = analyze_folder(folder, executor=pool)
    alone = [s.id for s in analysis.stories if len(s.documents) == 1]
    together = [s.id for s in analysis.stories if len(s.documents) > 1]
    assert alone and together
    assert handed == together


def test_stories_of_one_article_linked_here_give_the_serial_result(tmp_path):
    folder = seeds_and_an_unrelated_article(tmp_path / "folder")
    with ProcessPoolExecutor(2) as pool:
        assert export(folder, executor=pool) == export(folder, jobs=1)


def test_a_map_hands_out_each_result_once_in_order_as_soon_as_those_before_it_are_back():
    with ProcessPoolExecutor(2) as pool:
        run = parallel.MapRun(abs, pool)
        for x in (-1, -2, -3):
            run.add(x)
        assert list(run.results()) == [1, 2, 3]
        assert list(run.ready()) == []  # each let go of once handed out


def test_a_map_in_this_process_gives_its_results_in_order():
    run = parallel.MapRun(abs, None)
    for x in (-1, -2, -3):
        run.add(x)
    assert list(run.ready()) == []  # nothing runs before the results are asked for
    assert list(run.results()) == [1, 2, 3]


def test_a_large_folder_s_stories_are_linked_on_new_workers_a_smaller_one_s_on_the_same():
    with EarlyPool(jobs=2) as early:
        assert early.renewed(RENEW_FROM) is None  # never started: the folder is analysed in this process
        early.start_for(SERIAL_BELOW)
        pool = early.pool
        assert pool is not None
        before = pool.submit(os.getpid).result()
        assert early.renewed(RENEW_FROM - 1) is pool
        renewed = early.renewed(RENEW_FROM)
        assert renewed is not None and renewed is not pool and renewed.submit(os.getpid).result() != before
