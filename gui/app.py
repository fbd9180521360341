"""Starting the desktop app: `python main.py [FOLDER | PROJECT.sqlite] [--screenshot OUT.png]`.

With no folder the sample articles (seeds/) open. A folder's analysis and notes are kept in its
project file (`muqabala.sqlite` inside it, see core.project); a saved project file opens directly.
`--screenshot` waits for the analysis, renders the window to a PNG (works with
QT_QPA_PLATFORM=offscreen) and exits: the README picture and a smoke test of the whole app.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core import workers
from core.resources import resource, seeds_folder
from gui import settings as app_settings
from gui.article_pane import FLASH_MS
from gui.fonts import bundled_family
from gui.warm_up import warm_up

SCREENSHOT_SIZE = (1600, 1000)
GIL_SWITCH_INTERVAL_S = 0.001
WORKER_NICENESS = 19
"""How far below the window its analysis workers run. With both cores busy with workers at 10, even a
process that shares no lock with them waited 100 ms at times to be scheduled on this kind of machine
(a 1 ms sleep loop beside two busy loops: 101-102 ms at nice 10, 26 ms at most at nice 19). The
niceness costs nothing when the window is idle: the workers then have the cores to themselves."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="muqabala", description="Collate news articles side by side.")
    parser.add_argument(
        "folder", nargs="?", help="folder of articles or a saved .sqlite project (default: the bundled seeds)"
    )
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the analysed window to a PNG and exit")
    parser.add_argument(
        "--select-first-conflict",
        action="store_true",
        help="with --screenshot: select the first conflict before rendering",
    )
    parser.add_argument("--aligned", action="store_true", help="start in the Aligned (synopsis) view")
    parser.add_argument("--search", metavar="QUERY", help="with --screenshot: find QUERY in every article first")
    parser.add_argument("--lang", choices=("ar", "en"), help="interface language for this run (default: Preferences)")
    return parser.parse_args(argv)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with names for QSettings and the bundled font loaded."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    # The analysis thread runs pure Python: with the default 5 ms GIL switch interval the GUI
    # thread waits up to several intervals per slot (measured 60-70 ms stalls); 1 ms keeps every
    # stall of the GUI well under one frame at a cost of a few per cent of analysis speed.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    workers.lower_worker_priority(WORKER_NICENESS)  # the window's threads get a core first
    app.setOrganizationName(app_settings.ORGANIZATION)
    app.setApplicationName(app_settings.APPLICATION)
    icon = resource("icons", "muqabala.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    bundled_family()
    warm_up()
    return app


def run(argv: list[str]) -> int:
    """Open the window on a folder; returns the process exit code."""
    args = parse_args(argv)
    app = application([sys.argv[0], *argv])
    from gui.extras import apply_startup_preferences
    from gui.main_window import MainWindow

    apply_startup_preferences(args.lang)

    folder = Path(args.folder) if args.folder else seeds_folder()
    try:
        there = folder.exists()
    except OSError as exc:  # a path too long for the file system
        print(f"cannot read {folder}: {exc.strerror}", file=sys.stderr)
        return 2
    if not there:
        print(f"no such folder or project file: {folder}", file=sys.stderr)
        return 2
    window = MainWindow()
    status = {"code": 0}
    if args.screenshot:
        window.resize(*SCREENSHOT_SIZE)
        out = Path(args.screenshot)

        def shoot(_analysis: object = None) -> None:
            if args.select_first_conflict:
                window.reader.step_conflict(1)
            if args.search:
                window.search_bar.field.setText(args.search)
                window.finder.run()
            # let the flash fade and the synopsis rows settle before rendering
            QTimer.singleShot(FLASH_MS + 300, lambda: _save(window, out, status, app))

        def stopped(reason: str) -> None:
            print(f"analysis {reason}", file=sys.stderr)
            status["code"] = 1
            # quit once the worker thread has ended: a QThread destroyed while running aborts the process
            window.analysis_thread_ended.connect(app.quit)
            QTimer.singleShot(10_000, app.quit)

        window.analysis_ready.connect(shoot)
        window.analysis_stopped.connect(stopped)
    if args.aligned:
        window.aligned_action.trigger()
    window.show()
    QTimer.singleShot(0, lambda: window.open_folder(folder))
    code = app.exec()
    return status["code"] or code


def _save(window: object, out: Path, status: dict[str, int], app: QApplication) -> None:
    from gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    print(f"screenshot {'saved' if ok else 'FAILED'}: {out}")
    status["code"] = 0 if ok else 1
    window.close()
    app.quit()
