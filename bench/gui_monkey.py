"""A random walk through the real window: every error a researcher's clicks could raise, collected.

    QT_QPA_PLATFORM=offscreen python bench/gui_monkey.py [--seeds 0-7] [--steps 500] [--articles 80] [--samples DIR]

Per seed: a folder of ARTICLES corpus articles (the first 2 × ARTICLES of SAMPLES, else a window of
../shared/corpus, research-only: written to a temporary folder, never into the repo) opened in a
MainWindow with settings of its own, then STEPS actions drawn at random: a menu action (those that
ask for a file or close the window left out), a click, double click or Return on a row of any
list or table shown, a click on a column header (sorting), a key (F8, arrows, Tab, Escape,
Ctrl+Z…), a click anywhere in a widget shown, or a change of the folder (an article added, removed
or extended) followed by F5. A dialog that opens is given a value and accepted, or turned down: a
publication time, a preference changed. What counts as an error: an exception reaching the event
loop (`sys.excepthook`), a Qt warning or critical message (but the offscreen platform's own
limits), a critical message box, a status bar saying an analysis failed. At the first one the
seed stops and prints its last actions. With 1,000 articles or more (`gui.analysis_process.CHILD_FROM`)
an update runs in a process of its own and the project is reopened in the window: walk both.
Found on 30 November 2026: a facts table sorted by a column broke the next story's display
(18fc0d3); a publication time asked before an update went to another article (3e15a17); printing
with no printer printed nothing (baa687e); on 1,050 articles, a story shown again after an update
trusted the copy groups of the analysis before (e58f180).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QMessageLogContext, QPoint, QSettings, Qt, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QWidget,
)

LEFT_OUT = (
    "quit",
    "exit",
    "close",
    "open",
    "export",
    "save",
    "report",
    "print",
    "pdf",
    "recent",
    "choose",
    "full screen",
)
"""Menu actions not drawn: they ask for a file or end the window."""
TIMES = ("2015-07-25T09:50", "", "2015-07-22", "2015-07-26T23:59+03:00")
KEYS = (
    Qt.Key.Key_F8,
    Qt.Key.Key_Down,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Z,
    Qt.Key.Key_Home,
)
MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier)
SENTENCE = "\nوقال المتحدث إن {} شخصا أصيبوا في الحادث.\n"


class Walk:
    """One seed's walk: its window, its folder, what it did and what went wrong."""

    def __init__(self, seed: int, folder: Path, spare: dict[str, str]) -> None:
        from gui.app import application
        from gui.main_window import MainWindow

        self.rng = random.Random(seed)
        self.folder, self.spare = folder, spare
        self.done: list[str] = []
        self.errors: list[str] = []
        self.app = application()
        self.window = MainWindow()
        self.window.resize(1400, 900)
        self.window.show()
        self.left_out = set(map(_address, filter(_left_out, self.window.findChildren(QAction))))
        """Known by the object too (its address: Python's wrappers may be made anew), for a
        preference may turn the interface to Arabic."""
        self.guard = QTimer()
        self.guard.timeout.connect(self.answer_dialogs)
        self.guard.start(50)

    def run(self, steps: int) -> bool:
        self.window.open_folder(self.folder)
        self.settle(60)
        for _ in range(steps):
            try:
                self.step()
            except Exception:  # noqa: BLE001 - the walk's own failure is a finding too
                self.errors.append(f"after {self.done[-1:]}: {traceback.format_exc()}")
            for _ in range(5):
                self.app.processEvents()
            if self.errors:
                return False
        self.settle(20)
        self.window.close()
        self.app.processEvents()
        return not self.errors

    def step(self) -> None:
        r = self.rng.random()
        if r < 0.45:
            self.action()
        elif r < 0.6:
            self.row()
        elif r < 0.75:
            key, modifier = self.rng.choice(KEYS), self.rng.choice(MODIFIERS)
            QTest.keyClick(QApplication.focusWidget() or self.window, key, modifier)
            self.done.append(f"key {key.name} {modifier.name}")
        elif r < 0.85:
            self.change_folder()
        elif r < 0.9:
            self.header()
        else:
            shown = [w for w in self.window.findChildren(QWidget) if w.isVisible()] or [self.window]
            w = self.rng.choice(shown)
            point = QPoint(self.rng.randrange(max(1, w.width())), self.rng.randrange(max(1, w.height())))
            QTest.mouseClick(w, Qt.MouseButton.LeftButton, pos=point)
            self.done.append(f"click in {type(w).__name__} {w.objectName()}")

    def action(self) -> None:
        actions = [
            a
            for a in self.window.findChildren(QAction)
            if a.text() and not a.menu() and _address(a) not in self.left_out and not _left_out(a)
        ]
        chosen = self.rng.choice(actions)
        if chosen.isEnabled():
            self.done.append(chosen.text().replace("&", ""))
            chosen.trigger()

    def row(self) -> None:
        views = [
            v
            for v in self.window.findChildren(QAbstractItemView)
            if v.isVisible() and v.model() is not None and v.model().rowCount() > 0
        ]
        if not views:
            return
        view = self.rng.choice(views)
        index = view.model().index(self.rng.randrange(view.model().rowCount()), 0)
        view.setCurrentIndex(index)
        view.clicked.emit(index)
        if self.rng.random() < 0.3:
            view.doubleClicked.emit(index)
            view.activated.emit(index)
        self.done.append(f"row {index.row()} of {view.objectName() or type(view).__name__}")

    def header(self) -> None:
        headers = [h for h in self.window.findChildren(QHeaderView) if h.isVisible() and h.count() > 0]
        if not headers:
            return
        h = self.rng.choice(headers)
        i = self.rng.randrange(h.count())
        at = h.sectionViewportPosition(i) + max(1, h.sectionSize(i) // 2)
        horizontal = h.orientation() == Qt.Orientation.Horizontal
        QTest.mouseClick(
            h.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(at, h.height() // 2) if horizontal else QPoint(h.width() // 2, at),
        )
        owner = h.parent()
        self.done.append(f"header {i} of {owner.objectName() if owner is not None else ''}")

    def change_folder(self) -> None:
        names = sorted(self.folder.glob("*.txt"))
        kind = self.rng.choice(["add", "remove", "extend"])
        if kind == "add" and self.spare:
            name = self.rng.choice(sorted(self.spare))
            (self.folder / name).write_text(self.spare.pop(name), encoding="utf-8")
        elif kind == "remove" and len(names) > 5:
            self.rng.choice(names).unlink()
        elif names:
            path = self.rng.choice(names)
            text = path.read_text(encoding="utf-8").rstrip("\n") + SENTENCE.format(self.rng.randint(2, 90))
            path.write_text(text, encoding="utf-8")
        time.sleep(0.06)  # past the file times' trust window
        self.done.append(f"folder: {kind}, F5")
        QTest.keyClick(self.window, Qt.Key.Key_F5)
        self.settle(30)
        if "fail" in self.window.statusBar().currentMessage().lower():
            self.errors.append("status bar: " + self.window.statusBar().currentMessage())

    def settle(self, seconds: float) -> None:
        """Let the window work until it is idle (at most SECONDS)."""
        end = time.time() + seconds
        while time.time() < end:
            self.app.processEvents()
            time.sleep(0.005)
            if not self.window.is_busy():
                break
        for _ in range(20):
            self.app.processEvents()

    def answer_dialogs(self) -> None:
        """A dialog open: a value given and accepted, or turned down; a critical message noted."""
        w = QApplication.activeModalWidget()
        if w is None:
            return
        if isinstance(w, QMessageBox):
            if w.icon() == QMessageBox.Icon.Critical:
                self.errors.append(f"message: {w.windowTitle()}: {w.text()[:500]}")
            w.close()
        elif isinstance(w, QInputDialog) and self.rng.random() < 0.6:
            w.setTextValue(self.rng.choice(TIMES))
            self.done.append(f"dialog: {w.textValue()!r}")
            w.accept()
        elif isinstance(w, QDialog) and not isinstance(w, QFileDialog) and self.rng.random() < 0.6:
            boxes = [b for b in w.findChildren(QCheckBox) if b.isEnabled()]
            combos = [c for c in w.findChildren(QComboBox) if c.isEnabled() and c.count() > 1]
            if boxes and self.rng.random() < 0.5:
                box = self.rng.choice(boxes)
                box.toggle()
                self.done.append(f"dialog: {box.text()} toggled")
            elif combos:
                combo = self.rng.choice(combos)
                combo.setCurrentIndex(self.rng.randrange(combo.count()))
                self.done.append(f"dialog: {combo.currentText()}")
            w.accept()
        elif isinstance(w, QDialog):
            w.reject()
        else:
            w.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    scale.add_walk_arguments(parser, "0-7", 80)
    parser.add_argument("--steps", type=int, default=500)
    args = parser.parse_args()
    sources = scale.named_articles(args.samples, 2 * args.articles)
    walks: list[Walk] = []  # kept: a window deleted while its threads end would be a finding of its own
    sys.excepthook = _collect_exceptions(walks)
    qInstallMessageHandler(_collect_messages(walks))
    for seed in scale.seed_range(args.seeds):
        base = Path(tempfile.mkdtemp(prefix=f"muqabala-monkey-{seed}-"))
        (base / "settings").mkdir()
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "settings"))
        folder = base / "folder"
        folder.mkdir()
        rng = random.Random(seed)
        spare = dict(sources)
        for name in rng.sample(sorted(spare), args.articles):
            (folder / name).write_text(spare.pop(name), encoding="utf-8")
        walk = Walk(seed, folder, spare)
        walks.append(walk)
        ok = walk.run(args.steps)
        tally = Counter(d.split(" ")[0] for d in walk.done).most_common(12)
        print(seed, "steps", len(walk.done), "errors", len(walk.errors), tally, flush=True)
        if not ok:
            print("last:", walk.done[-6:])
            for error in walk.errors[:3]:
                print(error[:3000])
            print(f"kept: {base}")
            return 1
        shutil.rmtree(base, ignore_errors=True)
    return 0


def _address(action: QAction) -> int:
    return int(shiboken6.getCppPointer(action)[0])


def _left_out(action: QAction) -> bool:
    return any(x in action.text().replace("&", "").lower() for x in LEFT_OUT)


def _collect_exceptions(walks: list[Walk]) -> Any:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if walks:
            walks[-1].errors.append("".join(traceback.format_exception(kind, value, tb)))

    return hook


def _collect_messages(walks: list[Walk]) -> Any:
    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        serious = kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        platform = "propagateSizeHints" in message or "This plugin does not support" in message
        if serious and not platform and walks:
            walks[-1].errors.append(f"Qt {kind.name}: {message}")

    return handler


if __name__ == "__main__":
    sys.exit(main())
