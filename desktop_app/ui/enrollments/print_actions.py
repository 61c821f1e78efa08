"""The widgets side of printing: the print preview (whose print button opens the printer dialog) and the
"save as PDF" file dialog."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.printing.checklist import PaperSize, page_layout_for, paint_checklists
from desktop_app.services.checklist_print import ChecklistPrintData

translate = QCoreApplication.translate


def _printer(paper: PaperSize | str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout_for(paper))
    printer.setDocName(translate("ChecklistPrinting", "Lista de chequeo de matrícula"))
    return printer


class _PreviewDialog(QPrintPreviewDialog):
    """A preview that keeps its printer alive: the dialog does not own it."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self.kept_printer = printer


def make_preview_dialog(
    parent: QWidget | None, checklists: Sequence[ChecklistPrintData], paper: PaperSize | str = PaperSize.LETTER
) -> QPrintPreviewDialog:
    """A preview (with its own print button) that paints exactly what the PDF would hold."""
    printer = _printer(paper)
    dialog = _PreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("ChecklistPrinting", "Vista previa de la lista de chequeo"))
    dialog.paintRequested.connect(lambda device: paint_checklists(device, list(checklists)))
    return dialog


def safe_file_name(text: str) -> str:
    """A file name people recognise ("Lista de chequeo - María Pérez.pdf") without characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|]+', " ", text).strip() or "lista"


def ask_pdf_path(parent: QWidget | None, suggested_name: str) -> str | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / f"{safe_file_name(suggested_name)}.pdf")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ChecklistPrinting", "Guardar como PDF"),
        suggested,
        translate("ChecklistPrinting", "Documento PDF (*.pdf)"),
    )
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else f"{path}.pdf"
