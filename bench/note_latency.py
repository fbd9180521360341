"""How long writing, deleting and undoing a note holds the GUI thread (reported, never asserted).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/note_latency.py [--notes 5]

The seeds are copied to a temporary folder and opened; then a note is written on the buses fact,
deleted and the deletion undone, N times. Target (issue 10): each step well under 50 ms.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_latency import fresh_copy, shown_window  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=5)
    args = parser.parse_args()
    from core.resources import seeds_folder

    _app, window = shown_window(1400, 900)
    folder = fresh_copy(seeds_folder(), "muqabala-notes-")
    loop = QEventLoop()  # not app.quit(): Qt 6 closes the windows (and the project) on quit
    window.analysis_ready.connect(lambda _a: loop.quit())
    window.open_folder(folder)
    loop.exec()
    projects = window.projects
    fact = next(f for f in window.analysis.facts if f.status == "conflict")
    write, delete_undo = [], []
    for i in range(args.notes):
        started = time.perf_counter()
        projects.add_note(fact.id, f"ملاحظة رقم {i}")
        write.append((time.perf_counter() - started) * 1000)
        note_id = projects.project.notes()[-1].id
        started = time.perf_counter()
        projects.delete_note(note_id)
        projects.undo_action.trigger()
        delete_undo.append((time.perf_counter() - started) * 1000)
    print(f"write a note: max {max(write):.1f} ms; delete + undo: max {max(delete_undo):.1f} ms (target < 50)")
    window.close()
    shutil.rmtree(folder.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
