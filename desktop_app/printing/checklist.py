"""The printed enrollment document checklist: HTML laid out by QTextDocument, painted page by page.

One `QTextDocument` per student keeps pagination per checklist (a long list or long habeas data text flows onto
a second page of the same student, never into the next student's page) and lets a batch report progress and
stop between students. The same painter code serves QPdfWriter (save as PDF, batches) and QPrinter (print,
preview), so what the preview shows is what the PDF holds. The page itself is built in `checklist_html`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop_app.printing.checklist_html import LOGO_URL, checklist_html
from desktop_app.printing.labels import format_date
from desktop_app.services.checklist_print import ChecklistPrintData

_PDF_RESOLUTION_DPI = 300
_MARGINS_MM = QMarginsF(16, 14, 16, 12)
_FOOTER_PT = 7.5


class PaperSize(StrEnum):
    """Paper sizes a Colombian school office uses; carta (Letter) is the default."""

    LETTER = "letter"
    A4 = "a4"
    OFICIO = "oficio"


def page_size_for(paper: PaperSize | str) -> QPageSize:
    paper = PaperSize(paper)
    if paper is PaperSize.A4:
        return QPageSize(QPageSize.PageSizeId.A4)
    if paper is PaperSize.OFICIO:
        # Colombian "oficio" is 8.5 x 13 in (21.6 x 33 cm), not US Legal (8.5 x 14 in).
        return QPageSize(QSizeF(8.5, 13), QPageSize.Unit.Inch, "Oficio", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageSize(QPageSize.PageSizeId.Letter)


def page_layout_for(paper: PaperSize | str = PaperSize.LETTER) -> QPageLayout:
    return QPageLayout(
        page_size_for(paper), QPageLayout.Orientation.Portrait, _MARGINS_MM, QPageLayout.Unit.Millimeter
    )


class ProgressSink(Protocol):
    """What a batch reports to: the runner's TaskProgress (or anything with the same two methods)."""

    def report(self, done: int, total: int, message: str = "") -> None: ...

    def is_cancelled(self) -> bool: ...


class PrintError(Exception):
    """A print job that could not be done; `message` is the Spanish sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PrintCancelled(PrintError):
    """The user cancelled a batch; the partial PDF has been removed."""


class NothingToPrint(PrintError):
    """A batch with no checklist in it (an empty group)."""


def _logo_image(logo: bytes | str | None) -> QImage | None:
    if not logo:
        return None
    image = QImage()
    if isinstance(logo, bytes | bytearray):
        image.loadFromData(bytes(logo))
    elif os.path.isfile(logo):
        image.load(logo)
    return None if image.isNull() else image


def _base_font(point_size: float) -> QFont:
    font = QFont(["DejaVu Sans", "Segoe UI", "Arial"])
    font.setPointSizeF(point_size)
    # Ligatures would turn "fi" into one glyph, and the PDF text (search, copy, tests) would not match.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def build_checklist_document(
    data: ChecklistPrintData, device: QPagedPaintDevice, page_size: QSizeF, *, compact: bool = False
) -> QTextDocument:
    """Lays the checklist out for `device` (so pt sizes mean real points) on pages of `page_size` device pixels."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(_base_font(9))
    # a long word with no space (a pasted code, a hyphen-less compound name) must wrap, not widen the table
    # past the paper's edge
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    logo = _logo_image(data.school_logo)
    if logo is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), logo)
    document.setHtml(checklist_html(data, has_logo=logo is not None, compact=compact))
    document.setPageSize(page_size)
    return document


def _one_sheet_if_possible(
    data: ChecklistPrintData, device: QPagedPaintDevice, body: QSizeF, too_long_for_full: set[tuple[str, ...]]
) -> QTextDocument:
    """The full layout if it fits on one sheet, else the compact one (one sheet to sign is worth more than
    the descriptions). In a batch, the students of a group mostly need the same documents: once a list of
    documents did not fit in full, the next students with that list go straight to compact, which halves
    the layout work of a group batch. Compact is never longer than full, so that shortcut is always safe."""
    shape = tuple(item.code for item in data.items)
    if shape not in too_long_for_full:
        document = build_checklist_document(data, device, body)
        if document.pageCount() <= 1:
            return document
        too_long_for_full.add(shape)
    return build_checklist_document(data, device, body, compact=True)


def _footer_text(
    data: ChecklistPrintData, page: int, pages: int, metrics: QFontMetricsF, width: float
) -> str:
    printed = format_date(data.printed_on)
    # the name is shortened with "…" when it would not fit: the page number must always be readable
    name_width = max(0.0, width - metrics.horizontalAdvance(" · Impreso el 00/00/0000 · Página 00 de 00"))
    student = metrics.elidedText(data.student_name, Qt.TextElideMode.ElideRight, name_width)
    return f"{student} · Impreso el {printed} · Página {page} de {pages}"


def paint_checklists(
    device: QPagedPaintDevice, checklists: Sequence[ChecklistPrintData], progress: ProgressSink | None = None
) -> bool:
    """Paints each checklist from a new page; returns False if `progress` asked to stop (pages so far stay)."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(
            "No se pudo abrir el documento para imprimir (¿el archivo está abierto en otro programa?)."
        )
    try:
        width = float(device.width())
        height = float(device.height())
        footer_font = _base_font(_FOOTER_PT)
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2.0
        body = QSizeF(width, height - footer_height)
        total = len(checklists)
        first_page = True
        too_long_for_full: set[tuple[str, ...]] = set()
        for index, data in enumerate(checklists):
            if progress is not None:
                if progress.is_cancelled():
                    return False
                progress.report(index, total, data.student_name)
            document = _one_sheet_if_possible(data, device, body, too_long_for_full)
            pages = max(1, document.pageCount())
            for page in range(pages):
                if not first_page:
                    device.newPage()
                first_page = False
                painter.save()
                painter.translate(0, -page * body.height())
                document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(Qt.GlobalColor.darkGray)
                painter.drawText(
                    QRectF(0, height - footer_height * 0.6, width, footer_height * 0.6),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    _footer_text(data, page + 1, pages, QFontMetricsF(footer_font, device), width),
                )
        if progress is not None:
            progress.report(total, total, "")
        return True
    finally:
        painter.end()


def _pdf_writer(path: str | os.PathLike[str], paper: PaperSize | str, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(_PDF_RESOLUTION_DPI)
    writer.setPageLayout(page_layout_for(paper))
    writer.setTitle(title)
    writer.setCreator("Secretaría Escolar")
    return writer


def render_checklist_pdf(
    data: ChecklistPrintData, path: str | os.PathLike[str], paper: PaperSize | str = PaperSize.LETTER
) -> Path:
    """Writes one student's checklist to a PDF file at `path`."""
    writer = _pdf_writer(path, paper, f"Lista de chequeo de matrícula – {data.student_name}")
    paint_checklists(writer, [data])
    del writer  # the PDF is finished and flushed when the writer goes away
    return Path(path)


def render_batch_pdf(
    checklists: Sequence[ChecklistPrintData],
    path: str | os.PathLike[str],
    progress: ProgressSink | None = None,
    paper: PaperSize | str = PaperSize.LETTER,
) -> Path:
    """Writes many checklists into one PDF, each from a new page; raises PrintCancelled (and removes the file)."""
    if not checklists:
        raise NothingToPrint("No hay matrículas para imprimir en este grupo.")
    writer = _pdf_writer(path, paper, "Listas de chequeo de matrícula")
    finished = paint_checklists(writer, checklists, progress)
    del writer
    if not finished:
        Path(path).unlink(missing_ok=True)
        raise PrintCancelled("Impresión cancelada.")
    return Path(path)
