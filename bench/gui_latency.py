"""How soon the window is up, and how long the GUI thread is ever blocked while a folder is analysed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_latency.py [FOLDER] [--runs N]

A 5 ms QTimer runs on the GUI thread from the moment the folder is opened until every view shows
the analysis; the longest gap between two ticks is the longest time the GUI could not respond
(includes building the marks and models on the GUI thread once the analysis arrives).
Targets (issue 8): window up < 1.5 s from process start; longest gap < 50 ms.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402


class Probe:
    """A 5 ms timer on the GUI thread that records the time between its ticks, and the CPU time the
    GUI thread and the whole process (every thread) used meanwhile (`stalls`): a gap in which the
    process used no CPU is one in which none of its threads was running (the machine did not
    schedule it); one in which the GUI thread ran is its own work; one in which another thread ran
    is, with Python, mostly that thread holding the interpreter lock."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.stalls: list[tuple[float, float, float, float]] = []
        """(gap ms, GUI-thread CPU ms, process CPU ms, s since `start` when it ended) of each tick."""
        self.ends: dict[float, tuple[float, int, int]] = {}
        """{s since `start`: (`time.monotonic()`, the GUI thread's core then, and at the tick before)} at
        each tick: a gap set against `MachineClock`."""
        self._core = -1
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self._cpu = (0.0, 0.0)
        self.started = 0.0

    def start(self) -> None:
        self.clock.start()
        self._cpu = (time.thread_time(), time.process_time())
        self.started = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        gap = self.clock.nsecsElapsed() / 1e6
        self.clock.restart()
        cpu = (time.thread_time(), time.process_time())
        self.gaps.append(gap)
        at = time.perf_counter() - self.started
        core = thread_cpu()
        self.ends[at] = (time.monotonic(), core, self._core)
        self._core = core
        self.stalls.append((gap, (cpu[0] - self._cpu[0]) * 1000, (cpu[1] - self._cpu[1]) * 1000, at))
        self._cpu = cpu

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps[1:] or [0.0]

    def longest(self, count: int = 5) -> list[tuple[float, float, float, float]]:
        """The COUNT longest gaps after the first tick, as `stalls` gives them."""
        return sorted(self.stalls[1:], reverse=True)[:count]

    def unshared(self, machine: MachineClock) -> list[tuple[float, float]]:
        """Each gap after the first tick less the part of it in which the sentinel of the GUI thread's
        core (before or after the gap) was paused too (gap ms, of which shared ms), longest unshared first."""
        out = []
        for gap, _gui, _cpu, at in self.stalls[1:]:
            end, core, before = self.ends[at]
            shared = machine.shared(end - gap / 1000, end, {core, before})
            out.append((gap - shared, shared))
        return sorted(out, reverse=True)


SENTINEL = """
import os, sys, time
cpu = int(sys.argv[1])
if cpu >= 0:
    os.sched_setaffinity(0, {cpu})
last = time.monotonic()
while True:
    time.sleep(0.002)
    now = time.monotonic()
    if now - last > 0.02:
        print(f"{last!r} {now!r}", flush=True)
    last = now
"""


def _cpus() -> list[int]:
    """The cores this process may run on (-1: one sentinel anywhere, where cores cannot be pinned)."""
    try:
        return sorted(os.sched_getaffinity(0))
    except AttributeError:
        return [-1]


def thread_cpu() -> int:
    """The core the calling thread last ran on (-1 where the system does not say)."""
    try:
        with open("/proc/thread-self/stat", "rb") as stat:
            return int(stat.read().rsplit(b")", 1)[1].split()[36])
    except (OSError, IndexError, ValueError):
        return -1


class MachineClock:
    """A sentinel process per core, pinned to it, not ours in any way but the machine: each sleeps 2 ms
    at a time and tells each time it woke over 20 ms late (`pauses`, on the system-wide monotonic clock
    the Probe's `time.monotonic` reads too). A GUI gap that the sentinel of the GUI thread's core shared
    was that core not running anyone (a virtual machine's host taking it back, `steal` in /proc/stat:
    a guest cannot move a thread off a core it does not know is paused), not our code."""

    def __init__(self) -> None:
        self.processes = {
            cpu: subprocess.Popen([sys.executable, "-c", SENTINEL, str(cpu)], stdout=subprocess.PIPE, text=True)
            for cpu in _cpus()
        }
        self.pauses: dict[int, list[tuple[float, float]]] = {}

    def stop(self) -> None:
        for cpu, process in self.processes.items():
            process.kill()
            out, _ = process.communicate()
            self.pauses[cpu] = [(float(a), float(b)) for a, b in (line.split() for line in out.splitlines() if line)]

    def shared(self, start: float, end: float, cpus: set[int]) -> float:
        """The longest stretch, in ms, of START-END (monotonic s) in which the sentinel of one of CPUS
        (all, when -1 is among them) was paused too."""
        pauses = [p for cpu, ps in self.pauses.items() if cpu in cpus or -1 in cpus or cpu == -1 for p in ps]
        return max([0.0, *(min(end, b) - max(start, a) for a, b in pauses)]) * 1000

    def longest_pause(self) -> float:
        """The longest pause of any sentinel, in ms."""
        return max([0.0, *(b - a for ps in self.pauses.values() for a, b in ps)]) * 1000

    def count(self) -> int:
        return sum(map(len, self.pauses.values()))


def measure(app, window, folder: Path) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    """Open `folder`; return (ms until every view shows the analysis, GUI gaps in ms)."""
    probe = Probe()
    done = {"at": 0.0}

    def ready(_analysis: object) -> None:
        done["at"] = time.perf_counter()
        QTimer.singleShot(100, app.quit)  # keep probing while the views settle

    window.analysis_ready.connect(ready)
    started = time.perf_counter()
    probe.start()
    window.open_folder(folder)
    app.exec()
    gaps = probe.stop()
    window.analysis_ready.disconnect(ready)
    return (done["at"] - started) * 1000, gaps


def shown_window(width: int, height: int):  # type: ignore[no-untyped-def]
    """The application and a shown main window, events processed (the benches' common start)."""
    from gui.app import application
    from gui.main_window import MainWindow

    app = application()
    window = MainWindow()
    window.resize(width, height)
    window.show()
    app.processEvents()
    return app, window


def fresh_copy(folder: Path, prefix: str) -> Path:
    """The folder's articles copied to a new temp folder: a project file left beside them would
    be reopened, not analysed."""
    target = Path(tempfile.mkdtemp(prefix=prefix)) / folder.name
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.sqlite*"))
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from core.resources import seeds_folder

    app, window = shown_window(1400, 900)
    up = time.perf_counter() - T0
    print(f"window up {up * 1000:.0f} ms after process start (target < 1500)")
    folder = Path(args.folder) if args.folder else seeds_folder()
    worst: list[float] = []
    for run in range(args.runs):
        fresh = fresh_copy(folder, "muqabala-latency-")
        total, gaps = measure(app, window, fresh)
        shutil.rmtree(fresh.parent, ignore_errors=True)
        worst.append(max(gaps))
        p95 = statistics.quantiles(gaps, n=20)[-1] if len(gaps) > 20 else max(gaps)
        print(
            f"run {run + 1}: analysis shown after {total:.0f} ms; GUI gaps: max {max(gaps):.1f} ms, "
            f"p95 {p95:.1f} ms, {len(gaps)} ticks"
        )
    print(f"longest GUI-thread gap over {args.runs} runs: {max(worst):.1f} ms (target < 50)")
    window.close()
    return 0 if up < 1.5 and max(worst) < 50 else 1


if __name__ == "__main__":
    sys.exit(main())
