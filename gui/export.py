"""File → Export: the HTML report, the CSV of facts, the JSON export, and Print / Save as PDF.

The files are written by core (core.report: html_report, csv_report, json_export), the same code as
`python main.py analyze FOLDER --html … --csv … --json …`; the user's notes come from the open
project. Printing lays the same HTML out in a QTextDocument (Qt's print support, no browser), so
the fonts are set explicitly: the bundled Arabic font, never the machine's default.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QStandardPaths, Qt
from PySide6.QtGui import QAction, QPageLayout, QPageSize, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from core.ingest.formats import GENERATOR
from core.match.verdicts import Reviewed
from core.model import Analysis
from core.report.csv_report import write_csv
from core.report.html_report import render_html, write_html
from core.report.json_export import write_json
from core.resources import app_root
from core.store import Note
from core.whole_file import why_unwritable, written_whole
from gui import i18n
from gui import settings as app_settings
from gui.bidi import isolate_ltr
from gui.fonts import article_font
from gui.plain import literal

if TYPE_CHECKING:
    from gui.project_actions import ProjectActions
    from gui.shell import WindowShell

PRINT_POINT_SIZE = 10
SOURCES_PER_PAGE = 6
PRINTER_MARGIN_MM = 5
"""QTextDocument.print_ adds its own 2 cm around the text: 25 mm in all."""
"""Columns of sources in one printed table of the matrix (A4 portrait): more are split into tables."""
MARK_COLOURS = {"conflict": "#ffcdd2", "shared": "#c8e6c9"}


class ExportActions(i18n.Retranslating):
    """The Export submenu of the File menu and what its actions do (with the open project's verdicts
    and notes, from PROJECTS)."""

    def __init__(self, shell: WindowShell, projects: ProjectActions) -> None:
        super().__init__(shell.widget)
        self.shell, self.projects = shell, projects
        self.menu = QMenu(shell.widget)
        self.menu.setObjectName("export-menu")
        self.html_action = self._add(self.choose_html)
        self.csv_action = self._add(self.choose_csv)
        self.json_action = self._add(self.choose_json)
        self.menu.addSeparator()
        self.pdf_action = self._add(self.choose_pdf)
        self.print_action = self._add(self.print_report, "Ctrl+P")
        before = shell.menu("recent").menuAction()
        shell.menu("file").insertMenu(before, self.menu)
        shell.menu("file").insertAction(before, self.print_action)
        shell.menu("file").insertSeparator(before)
        shell.analysis_ready.connect(lambda _a: self._enable())
        self._enable()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Export"))
        self.html_action.setText(self.tr("Report (HTML)…"))
        self.csv_action.setText(self.tr("Facts (CSV)…"))
        self.json_action.setText(self.tr("Analysis (JSON)…"))
        self.pdf_action.setText(self.tr("Save Report as PDF…"))
        self.print_action.setText(self.tr("&Print Report…"))

    def _add(self, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(self.shell.widget)  # its text: retranslate_ui
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.shell.add_action(action)
        return action

    def _enable(self) -> None:
        ready = self.analysis() is not None
        for action in (self.html_action, self.csv_action, self.json_action, self.pdf_action, self.print_action):
            action.setEnabled(ready)

    # --- what is exported ----------------------------------------------------------------
    def analysis(self) -> Analysis | None:
        """What is exported: the analysis with the researcher's verdicts applied."""
        analysis = self.shell.analysis
        if analysis is None or not analysis.documents:
            return None
        reviewed = self.reviewed()
        return reviewed.analysis if reviewed is not None else analysis

    def reviewed(self) -> Reviewed | None:
        """The open project's verdicts applied to its analysis (None without a project)."""
        project = self.projects.project
        if project is None or project.analysis is not self.shell.analysis:
            return None
        return project.reviewed()

    def notes(self) -> list[Note]:
        project = self.projects.project
        return project.notes() if project is not None else []

    def report_document(self) -> QTextDocument:
        """The report laid out for printing, in the interface language."""
        analysis = self.analysis()
        assert analysis is not None
        doc = QTextDocument()
        doc.setDefaultFont(article_font(PRINT_POINT_SIZE))
        option = QTextOption()
        option.setTextDirection(self.shell.widget.layoutDirection())
        doc.setDefaultTextOption(option)
        report = render_html(
            analysis,
            self.notes(),
            lang=i18n.current_language(),
            embed_font=False,
            for_qt=True,
            sources_per_table=SOURCES_PER_PAGE,
        )
        # Qt's rich text applies line-height on top of the Naskh font's own tall line spacing
        # and knows no <mark>: the marked values get their colour inline
        report = report.replace("line-height: 170%;", "")
        for status, colour in MARK_COLOURS.items():
            report = report.replace(
                f'<mark class="{status}">', f'<span style="background-color: {colour}; font-weight: bold">'
            )
        doc.setHtml(report.replace("</mark>", "</span>"))
        return doc

    # --- writing files (no dialogs: also what the tests call) ------------------------------
    def export_html(self, path: str | Path) -> None:
        reviewed = self.reviewed()
        orphans = [v for v in reviewed.verdicts if v.id in reviewed.orphaned] if reviewed is not None else []
        write_html(self._ready(), path, self.notes(), lang=i18n.current_language(), orphaned_verdicts=orphans)

    def export_csv(self, path: str | Path) -> None:
        write_csv(self._ready(), path, self.notes())

    def export_json(self, path: str | Path) -> None:
        self._ready()
        assert self.shell.analysis is not None
        write_json(self.shell.analysis, path, self.reviewed())  # the analysis as computed, and the verdicts

    def save_pdf(self, path: str | Path) -> None:
        with written_whole(path) as part:  # a PDF cut short never replaces the one saved before
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(part))
            self._print_to(printer)  # its painter ends within: the file is complete on return

    def _print_to(self, printer: QPrinter) -> None:
        printer.setCreator(GENERATOR)  # a PDF of it put into the folder is known for a report, not read as an article
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(PRINTER_MARGIN_MM, PRINTER_MARGIN_MM, PRINTER_MARGIN_MM, PRINTER_MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        printer.setDocName(self.tr("Muqabala report"))
        self.report_document().print_(printer)

    def _ready(self) -> Analysis:
        analysis = self.analysis()
        if analysis is None:
            raise RuntimeError("no analysis to export yet")
        return analysis

    # --- menu actions ----------------------------------------------------------------------
    def _suggest(self, suffix: str) -> str:
        folder = Path(self.shell.folder or ".")
        last = app_settings.settings().value("export/folder")
        base = suggested_folder(
            folder if folder.is_dir() else folder.parent,
            app_root(),
            Path(str(last)) if last else None,
            Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)),
        )
        return str(base / f"{folder.stem or 'muqabala'}-report{suffix}")

    def _choose(self, title: str, suffix: str, filter_text: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.shell.widget, title, self._suggest(suffix), filter_text)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(suffix)

    def _write(self, writer: object, path: Path | None) -> None:
        if path is None or self.analysis() is None:
            return
        try:
            writer(path)  # type: ignore[operator]
        except OSError as exc:  # said of the file asked for, not of the temporary one beside it (core.whole_file)
            text = literal(f"{path}: {exc.strerror or exc}")
            self._say(QMessageBox.Icon.Critical, self.tr("Cannot export"), text, "export-error")
            return
        app_settings.settings().setValue("export/folder", str(Path(path).parent))
        self.shell.show_status(self.tr("Exported to {path}").format(path=isolate_ltr(str(path))), 10_000)

    def choose_html(self) -> None:
        self._write(self.export_html, self._choose(self.tr("Export the report"), ".html", self.tr("Web page (*.html)")))

    def choose_csv(self) -> None:
        self._write(
            self.export_csv, self._choose(self.tr("Export the facts"), ".csv", self.tr("CSV spreadsheet (*.csv)"))
        )

    def choose_json(self) -> None:
        self._write(self.export_json, self._choose(self.tr("Export the analysis"), ".json", self.tr("JSON (*.json)")))

    def choose_pdf(self) -> None:
        self._write(
            self.save_pdf, self._choose(self.tr("Save the report as PDF"), ".pdf", self.tr("PDF document (*.pdf)"))
        )

    def print_report(self) -> QPrintDialog | None:
        """Ask where to print the report, in a non-blocking dialog; printed once it is accepted. With
        no printer set up (an offline laptop), Qt offers to print to a PDF file, and the file it
        proposes is the one File → Export would (else it proposed a folder, and nothing was printed)."""
        if self.analysis() is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not QPrinterInfo.availablePrinters():
            printer.setOutputFileName(self._suggest(".pdf"))
        dialog = QPrintDialog(printer, self.shell.widget)
        dialog.setObjectName("print-dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per print, not kept by the window
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.finished.connect(
            lambda result: self._print_chosen(printer) if result == QDialog.DialogCode.Accepted else None
        )
        QDialog.open(dialog)  # QPrintDialog.open wants a receiver: the dialog's own, window-modal
        return dialog

    def _print_chosen(self, printer: QPrinter) -> None:
        """Print to PRINTER as the dialog left it; said, not silently skipped, when it names no file
        to print to (a PDF printer given a folder or nothing)."""
        if self.analysis() is None:  # the folder was opened again while the dialog was open
            self._print_failed(self.tr("The articles are being analysed again: print once they are shown."))
            return
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        path = printer.outputFileName()
        if to_file and (not path or Path(path).is_dir()):
            self._print_failed(self.tr("Give the name of the PDF file to print to, or use File → Save Report as PDF."))
            return
        if to_file and why_unwritable(path) is not None:  # Qt's PDF printer says nothing when it cannot write
            self._print_failed(self.tr("The report could not be written to {path}.").format(path=isolate_ltr(path)))
            return
        self._print_to(printer)
        if to_file:
            self.shell.show_status(self.tr("Printed to {path}").format(path=isolate_ltr(path)), 10_000)

    def _print_failed(self, text: str) -> None:
        self._say(QMessageBox.Icon.Warning, self.tr("Nothing was printed"), text, "print-error")

    def _say(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> None:
        """TEXT in a box named NAME, window-modal and not blocking: the window goes on (and its tests)."""
        box = QMessageBox(icon, title, text, parent=self.shell.widget)
        box.setObjectName(name)
        box.open()


def suggested_folder(articles: Path, app: Path, last: Path | None, documents: Path) -> Path:
    """Where File → Export suggests saving: the folder of the last export if it still exists;
    else beside the articles; but never inside the program's own folder (the bundled sample
    articles, a checkout): the user's Documents folder then."""
    if last is not None and last.is_dir():
        return last
    inside_app = articles.resolve().is_relative_to(app.resolve())
    return documents if inside_app or not os.access(articles, os.W_OK) else articles
