"""The widgets side of printing: the print preview (whose print button opens the printer dialog) and the
"save as PDF" file dialog."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
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


def pdf_folder() -> Path:
    """Documentos (the user's documents folder), or the home folder where there is none.

    Never the program's folder: a save dialog given a folder that does not exist opens in the current one.
    """
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


def make_pdf_dialog(parent: QWidget | None, suggested_name: str) -> QFileDialog:
    """The "save as PDF" dialog in the screen's language: Qt's own dialog, every label set from our catalog,
    whenever the system's native dialog would speak another language than the app."""
    dialog = QFileDialog(parent, translate("ChecklistPrinting", "Guardar como PDF"), str(pdf_folder()),
                         translate("ChecklistPrinting", "Documento PDF (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(f"{safe_file_name(suggested_name)}.pdf")
    if QLocale().language() != QLocale.system().language():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # Qt's own Spanish catalog leaves some of these in English ("&Save"): ours are set explicitly.
    for label, text in (
        (QFileDialog.DialogLabel.LookIn, translate("ChecklistPrinting", "Buscar en:")),
        (QFileDialog.DialogLabel.FileName, translate("ChecklistPrinting", "Nombre del archivo:")),
        (QFileDialog.DialogLabel.FileType, translate("ChecklistPrinting", "Tipo de archivo:")),
        (QFileDialog.DialogLabel.Accept, translate("ChecklistPrinting", "Guardar")),
        (QFileDialog.DialogLabel.Reject, translate("ChecklistPrinting", "Cancelar")),
    ):
        dialog.setLabelText(label, text)
    return dialog


def ask_pdf_path(parent: QWidget | None, suggested_name: str) -> str | None:
    dialog = make_pdf_dialog(parent, suggested_name)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()
    return path if path.lower().endswith(".pdf") else f"{path}.pdf"
