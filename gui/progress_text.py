"""What the analysis says it is doing (core.progress), said in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core import progress
from gui.bidi import isolate
from gui.tr_noop import QT_TRANSLATE_NOOP

TEXTS = {
    progress.LISTING: QT_TRANSLATE_NOOP("ProgressText", "Listing the folder's files …"),
    progress.OPENING: QT_TRANSLATE_NOOP("ProgressText", "Reading {item} …"),
    progress.ANALYSING: QT_TRANSLATE_NOOP("ProgressText", "Analysed {item}"),
    progress.COMPARING: QT_TRANSLATE_NOOP("ProgressText", "Comparing the articles of each story …"),
    progress.WRITING: QT_TRANSLATE_NOOP("ProgressText", "Writing the project file …"),
    progress.DONE: QT_TRANSLATE_NOOP("ProgressText", "Done"),
}


def progress_text(message: str) -> str:
    """A progress message of core, in the interface language; the file it names kept in one piece
    (an isolate) in a line of the other direction. A message core does not define is shown as is."""
    step, item = progress.heard(message)
    if step not in TEXTS:
        return isolate(message)
    return QCoreApplication.translate("ProgressText", TEXTS[step]).format(item=isolate(item))
