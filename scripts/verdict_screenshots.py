"""Render the screenshots of the verdicts work: the story map, the Why panel and the timeline.

    QT_QPA_PLATFORM=offscreen python scripts/verdict_screenshots.py FOLDER OUT_DIR [--lang en]

FOLDER is copied to a temporary folder first (opening writes a project file into it). The fact
shown is the conflict with the most timed values; the first other conflict is dismissed, so the
map and the matrix show a verdict too.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("out")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QTimer

    from core.match.over_time import timeline
    from gui.app import application
    from gui.extras import apply_startup_preferences
    from gui.main_window import MainWindow

    app = application([sys.argv[0]])
    apply_startup_preferences(args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / Path(args.folder).name
        shutil.copytree(args.folder, folder, ignore=shutil.ignore_patterns("*.sqlite*", "*.json"))
        window = MainWindow()
        window.resize(1500, 950)
        window.show()
        loop = QEventLoop()
        window.analysis_ready.connect(lambda _a: QTimer.singleShot(500, loop.quit))
        window.open_folder(folder)
        loop.exec()
        while window.reader.busy():
            app.processEvents()
        reader = window.reader
        index = reader.facts_index
        assert index is not None
        conflicts = index.conflicts()
        best = max(conflicts or index.analysis.facts, key=lambda f: len(timeline(index.analysis, f)))
        others = [f for f in conflicts if f.id != best.id]
        if others:
            reader.select_fact(others[0].id)
            window.verdicts.from_keyboard("dismiss")
        reader.select_fact(best.id)
        window.verdicts.panel.raise_()
        QTimer.singleShot(1200, app.quit)
        app.exec()
        window.grab().save(str(out / "verdicts-window.png"))
        window.pane_scroll.grab().save(str(out / "story-map.png"))
        window.verdicts.panel.grab().save(str(out / "timeline.png"))
        if others:  # the dismissed conflict: its reasons end with the verdict
            reader.select_fact(others[0].id)
            QTimer.singleShot(300, app.quit)
            app.exec()
            window.verdicts.panel.grab().save(str(out / "why-panel.png"))
        print(f"fact {best.id}: {best.label} — {len(window.verdicts.panel.chart.points)} timed points")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
