"""The printed enrollment document checklist: HTML laid out by QTextDocument, painted page by page.

One `QTextDocument` per student keeps pagination per checklist (a long list or long habeas data text flows onto
a second page of the same student, never into the next student's page) and lets a batch report progress and
stop between students. The same painter code serves QPdfWriter (save as PDF, batches) and QPrinter (print,
preview), so what the preview shows is what the PDF holds.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
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

from desktop_app.printing.labels import enrollment_status_label, format_date, item_state_label
from desktop_app.services.checklist_print import ChecklistPrintData

_CONTEXT = "ChecklistPrint"
_PDF_RESOLUTION_DPI = 300
_MARGINS_MM = QMarginsF(16, 14, 16, 12)
_FOOTER_PT = 7.5
_LOGO_URL = QUrl("checklist://logo")
_CHECKED = "☑"
_UNCHECKED = "☐"


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


class PrintCancelled(Exception):
    """The user cancelled a batch; the partial PDF has been removed."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _e(value: object) -> str:
    return html.escape(str(value or ""))


def _logo_image(logo: bytes | str | None) -> QImage | None:
    if not logo:
        return None
    image = QImage()
    if isinstance(logo, bytes | bytearray):
        image.loadFromData(bytes(logo))
    elif os.path.isfile(logo):
        image.load(logo)
    return None if image.isNull() else image


def _document_line(data: ChecklistPrintData) -> str:
    kind = data.student_document_label or data.student_document_type
    if data.student_document_label and data.student_document_type:
        kind = f"{data.student_document_type} ({data.student_document_label})"
    return f"{kind} {data.student_document_number}".strip()


_STYLE = """
body { font-size: 9pt; color: #000; }
.title { font-size: 11.5pt; font-weight: bold; margin-top: 4px; margin-bottom: 2px; }
.section { font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; color: #1f3a5f; }
.school { font-size: 12.5pt; font-weight: bold; }
.muted { color: #444; font-size: 8.5pt; }
.label { color: #444; font-size: 7.5pt; }
.hint { color: #555; font-size: 7pt; }
.value { font-size: 9.5pt; font-weight: bold; }
.box { font-size: 12pt; }
.habeas { font-size: 7pt; text-align: justify; margin-top: 0; margin-bottom: 2px; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #7a7a7a; padding: 3px 5px; }
table.grid th { background-color: #e8edf3; font-size: 8pt; text-align: left; }
"""


def _status_text(data: ChecklistPrintData) -> str:
    # the screen's words (translatable) when the code is known, so paper and screen say the same
    if data.enrollment_status:
        return enrollment_status_label(data.enrollment_status)
    return data.enrollment_status_label


def checklist_html(data: ChecklistPrintData, *, has_logo: bool, compact: bool = False) -> str:
    """The checklist as the QTextDocument HTML subset (tables, inline CSS), escaped throughout.

    `compact` leaves out the requirement descriptions: what it takes for a long checklist to stay on one
    sheet, which the family signs.
    """
    t = _tr
    logo_cell = (
        f'<td width="70" valign="middle"><img src="{_LOGO_URL.toString()}" width="62"></td>'
        if has_logo
        else ""
    )
    school_lines = [f'<span class="school">{_e(data.school_name)}</span>']
    ids = []
    if data.school_nit:
        ids.append(f"{t('NIT')} {_e(data.school_nit)}")
    if data.school_resolution:
        resolution = data.school_resolution.strip()
        # schools often type "Resolución 0045 de 2015" themselves: do not print the word twice
        if not resolution.lower().startswith("res"):
            resolution = f"{t('Resolución de aprobación')} {resolution}"
        ids.append(_e(resolution))
    if ids:
        school_lines.append(f'<span class="muted">{" · ".join(ids)}</span>')
    if data.school_address:
        school_lines.append(f'<span class="muted">{_e(data.school_address)}</span>')

    header = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"{logo_cell}"
        f'<td valign="middle">{"<br>".join(school_lines)}</td>'
        "</tr></table>"
        '<hr style="height: 1px; background-color: #1f3a5f;">'
        f'<p align="center" class="title">{_e(t("Lista de chequeo de documentos de matrícula"))}'
        f" – {_e(t('Año lectivo'))} {_e(data.school_year_name)}</p>"
    )

    def field(label: str, value: str, colspan: int = 1) -> str:
        span = f' colspan="{colspan}"' if colspan > 1 else ""
        return f'<td{span}><span class="label">{_e(label)}</span><br><span class="value">{_e(value) or "&nbsp;"}</span></td>'

    guardian = data.guardian_name
    if data.guardian_relationship and guardian:
        guardian = f"{guardian} ({data.guardian_relationship})"
    student = (
        f'<p class="section">{_e(t("Datos del estudiante"))}</p>'
        '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
        f"<tr>{field(t('Nombre completo'), data.student_name, 3)}{field(t('Documento'), _document_line(data), 2)}</tr>"
        "<tr>"
        f"{field(t('Grado'), data.grade_label)}"
        f"{field(t('Grupo'), data.group_code)}"
        f"{field(t('Jornada'), data.shift_label)}"
        f"{field(t('Año lectivo'), data.school_year_name)}"
        f"{field(t('Fecha de nacimiento'), format_date(data.student_birth_date))}"
        "</tr>"
        f"<tr>{field(t('Acudiente'), guardian, 3)}{field(t('Documento del acudiente'), data.guardian_document)}"
        f"{field(t('Estado de la matrícula'), _status_text(data))}</tr>"
        "</table>"
    )

    rows = []
    for number, item in enumerate(data.items, start=1):
        done = item.state in ("received", "validated")
        note = item.reason or ""
        description = (
            f'<br><span class="hint">{_e(item.description)}</span>'
            if item.description and not compact
            else ""
        )
        rows.append(
            "<tr>"
            f'<td align="center" width="5%">{number}</td>'
            f"<td>{_e(item.label)}{description}</td>"
            f'<td width="15%">{_e(item_state_label(item.state))}</td>'
            f'<td align="center" width="11%"><span class="box">{_CHECKED if done else _UNCHECKED}</span></td>'
            f'<td width="21%">{_e(note) or "&nbsp;"}</td>'
            "</tr>"
        )
    if not rows:
        rows.append(f'<tr><td colspan="5">{_e(t("Este grado no tiene documentos requeridos."))}</td></tr>')
    documents = (
        f'<p class="section">{_e(t("Documentos requeridos"))}</p>'
        '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
        f"<thead><tr><th>{_e(t('N.º'))}</th><th>{_e(t('Documento'))}</th><th>{_e(t('Estado'))}</th>"
        f"<th>{_e(t('Entregado'))}</th><th>{_e(t('Observación'))}</th></tr></thead>"
        f"{''.join(rows)}</table>"
    )

    observation_rows = []
    if data.observations:
        observation_rows.append(f"<tr><td>{_e(data.observations)}</td></tr>")
    # blank rows tall enough to write on by hand
    observation_rows += ['<tr><td style="font-size: 13pt; border: 1px solid #7a7a7a;">&nbsp;</td></tr>'] * (
        2 if data.observations else 3
    )
    observations = (
        f'<p class="section">{_e(t("Observaciones"))}</p>'
        '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
        f"{''.join(observation_rows)}</table>"
    )

    habeas = (
        f'<p class="section">{_e(t("Autorización para el tratamiento de datos personales (Ley 1581 de 2012)"))}</p>'
        f'<p class="habeas" align="justify">{_e(data.habeas_data_text)}</p>'
        f'<p class="muted">{_UNCHECKED} {_e(t("Autorizo"))} &nbsp;&nbsp;&nbsp; {_UNCHECKED} {_e(t("No autorizo"))}'
        f" &nbsp;&nbsp;&nbsp; {_e(t('Fecha'))}: ____/____/________</p>"
    )

    line = "_" * 38
    signatures = (
        '<table width="100%" cellspacing="0" cellpadding="2" style="margin-top: 30px;"><tr>'
        f'<td width="50%" valign="top">{line}<br><b>{_e(t("Firma del acudiente"))}</b><br>'
        f'<span class="muted">{_e(t("Nombre"))}: {_e(data.guardian_name) or "_" * 28}</span><br>'
        f'<span class="muted">{_e(t("Documento"))}: {_e(data.guardian_document) or "_" * 24}</span></td>'
        f'<td width="50%" valign="top">{line}<br><b>{_e(t("Firma de la secretaría"))}</b><br>'
        f'<span class="muted">{_e(t("Nombre"))}: {_e(data.secretary_name) or "_" * 28}</span><br>'
        f'<span class="muted">{_e(t("Fecha de entrega"))}: ____/____/________</span></td>'
        "</tr></table>"
    )
    return f"<html><head><style>{_STYLE}</style></head><body>{header}{student}{documents}{observations}{habeas}{signatures}</body></html>"


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
        document.addResource(QTextDocument.ResourceType.ImageResource, _LOGO_URL, logo)
    document.setHtml(checklist_html(data, has_logo=logo is not None, compact=compact))
    document.setPageSize(page_size)
    return document


def _footer_text(
    data: ChecklistPrintData, page: int, pages: int, metrics: QFontMetricsF, width: float
) -> str:
    printed = format_date(data.printed_on)
    # the name is shortened with "…" when it would not fit: the page number must always be readable
    name_width = max(
        0.0, width - metrics.horizontalAdvance(_tr(" · Impreso el 00/00/0000 · Página 00 de 00"))
    )
    student = metrics.elidedText(data.student_name, Qt.TextElideMode.ElideRight, name_width)
    return _tr("{student} · Impreso el {date} · Página {page} de {pages}").format(
        student=student, date=printed, page=page, pages=pages
    )


def paint_checklists(
    device: QPagedPaintDevice, checklists: Sequence[ChecklistPrintData], progress: ProgressSink | None = None
) -> bool:
    """Paints each checklist from a new page; returns False if `progress` asked to stop (pages so far stay)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_tr("No se pudo abrir el documento para imprimir."))
    try:
        width = float(device.width())
        height = float(device.height())
        footer_font = _base_font(_FOOTER_PT)
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2.0
        body = QSizeF(width, height - footer_height)
        total = len(checklists)
        first_page = True
        for index, data in enumerate(checklists):
            if progress is not None:
                if progress.is_cancelled():
                    return False
                progress.report(index, total, data.student_name)
            document = build_checklist_document(data, device, body)
            if document.pageCount() > 1:  # one sheet to sign is worth more than the descriptions
                document = build_checklist_document(data, device, body, compact=True)
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
    writer = _pdf_writer(
        path, paper, _tr("Lista de chequeo de matrícula – {name}").format(name=data.student_name)
    )
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
        raise ValueError(_tr("No hay matrículas para imprimir."))
    writer = _pdf_writer(path, paper, _tr("Listas de chequeo de matrícula"))
    finished = paint_checklists(writer, checklists, progress)
    del writer
    if not finished:
        Path(path).unlink(missing_ok=True)
        raise PrintCancelled(_tr("Impresión cancelada."))
    return Path(path)
