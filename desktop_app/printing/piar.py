"""The printed PIAR (Decreto 1421/2017): the school's header, the student, the adjustments by area, who is
responsible, the dates, the agreement with the family and the signatures — the same stack as the checklist
(HTML laid out by QTextDocument, painted page by page on a QPdfWriter).

Like the checklist, the page is an official form filed with the student's record: written in Spanish whatever
language the screens use. Every value is escaped.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFontMetricsF, QPainter, QTextDocument, QTextOption

from desktop_app.printing.checklist import (
    _FOOTER_PT,
    PaperSize,
    PrintError,
    _base_font,
    _logo_image,
    _pdf_writer,
)
from desktop_app.printing.checklist_html import _STYLE, LOGO_URL, _e, _printed_nit
from desktop_app.printing.labels import format_date
from desktop_app.services.piar_print import PiarPrintData


def _header(data: PiarPrintData, has_logo: bool) -> str:
    logo_cell = f'<td width="70" valign="middle"><img src="{LOGO_URL}" width="62"></td>' if has_logo else ""
    ids = [f"NIT {_e(_printed_nit(data.school_nit))}"] if data.school_nit else []
    if data.school_resolution:
        ids.append(_e(data.school_resolution))
    if data.school_dane_code:
        ids.append(f"Código DANE {_e(data.school_dane_code)}")
    contact = [_e(part) for part in (data.school_address, data.school_phone and f"Tel. {data.school_phone}") if part]
    lines = [f'<span class="school">{_e(data.school_name)}</span>']
    lines += [f'<span class="muted">{" · ".join(group)}</span>' for group in (ids, contact) if group]
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'{logo_cell}<td valign="middle">{"<br>".join(lines)}</td></tr></table>'
        '<hr style="height: 1px; background-color: #1f3a5f;">'
        '<p align="center" class="title">Plan Individual de Ajustes Razonables (PIAR)</p>'
        '<p align="center" class="muted">Decreto 1421 de 2017 · Información confidencial (Ley 1581 de 2012)</p>'
    )


def _field(label: str, value: str, colspan: int = 1) -> str:
    span = f' colspan="{colspan}"' if colspan > 1 else ""
    return f'<td{span}><span class="label">{_e(label)}</span><br><span class="value">{_e(value) or "&nbsp;"}</span></td>'


def _section(title: str) -> str:
    return f'<p class="section">{_e(title)}</p>'


def _student(data: PiarPrintData) -> str:
    piar = data.piar
    return (
        _section("Datos del estudiante") + '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
        f"<tr>{_field('Nombre completo', data.student_name, 2)}{_field('Documento', data.student_document)}</tr>"
        f"<tr>{_field('Fecha de nacimiento', format_date(data.student_birth_date))}"
        f"{_field('Grado', data.grade_label)}{_field('Fecha de elaboración', piar.fecha_elaboracion)}</tr>"
        f"<tr>{_field('Responsable', piar.responsable_nombre)}{_field('Cargo', piar.responsable_cargo)}"
        f"{_field('Próxima revisión', piar.proxima_revision)}</tr>"
        f"<tr>{_field('Revisiones', ', '.join(piar.revisiones), 3)}</tr>"
        "</table>"
    )


def _adjustments(data: PiarPrintData) -> str:
    rows = [
        f"<tr><td>{_e(row.area)}</td><td>{_e(row.ajuste)}</td><td>{_e(row.apoyos) or '&nbsp;'}</td>"
        f"<td>{_e(row.evaluacion) or '&nbsp;'}</td></tr>"
        for row in data.piar.ajustes if not row.is_blank()
    ] or ['<tr><td colspan="4">Sin ajustes registrados.</td></tr>']
    return (
        _section("Ajustes razonables por área") + '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
        '<thead><tr><th width="18%">Área o asignatura</th><th width="38%">Ajuste razonable</th>'
        '<th width="22%">Apoyos</th><th width="22%">Evaluación</th></tr></thead>'
        f"{''.join(rows)}</table>"
    )


def _agreement(data: PiarPrintData) -> str:
    piar = data.piar
    return (
        _section("Acuerdo con la familia") + '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
        f"<tr>{_field('Acudiente', piar.acudiente)}</tr><tr>{_field('Compromisos', piar.acuerdo)}</tr>"
        f"<tr>{_field('Observaciones', piar.observaciones)}</tr></table>"
    )


def _signatures(data: PiarPrintData) -> str:
    line = "_" * 34
    return (
        '<table width="100%" cellspacing="0" cellpadding="2" style="margin-top: 30px;"><tr>'
        f'<td width="50%" valign="top">{line}<br><b>Firma del responsable</b><br>'
        f'<span class="muted">{_e(data.piar.responsable_nombre) or "Nombre: " + "_" * 26}</span></td>'
        f'<td width="50%" valign="top">{line}<br><b>Firma del acudiente</b><br>'
        f'<span class="muted">{_e(data.piar.acudiente) or "Nombre: " + "_" * 26}</span></td>'
        "</tr></table>"
    )


def piar_html(data: PiarPrintData, *, has_logo: bool) -> str:
    parts = (_header(data, has_logo), _student(data), _adjustments(data), _agreement(data), _signatures(data))
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>"


def render_piar_pdf(data: PiarPrintData, path: str | os.PathLike[str], paper: PaperSize | str = PaperSize.LETTER) -> Path:
    """Writes the student's PIAR to a PDF file at `path` (as many pages as it takes, numbered)."""
    writer = _pdf_writer(path, paper, f"PIAR – {data.student_name}")
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintError("No se pudo abrir el documento para imprimir (¿el archivo está abierto en otro programa?).")
    try:
        width, height = float(writer.width()), float(writer.height())
        footer_font = _base_font(_FOOTER_PT)
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2.0
        body = QSizeF(width, height - footer_height)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDocumentMargin(0)
        document.setDefaultFont(_base_font(9))
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        logo = _logo_image(data.school_logo)
        if logo is not None:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(LOGO_URL), logo)
        document.setHtml(piar_html(data, has_logo=logo is not None))
        document.setPageSize(body)
        pages = max(1, document.pageCount())
        metrics = QFontMetricsF(footer_font, writer)
        name = metrics.elidedText(data.student_name, Qt.TextElideMode.ElideRight, width / 2)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QRectF(0, height - footer_height * 0.6, width, footer_height * 0.6),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"PIAR · {name} · Impreso el {format_date(data.printed_on)} · Página {page + 1} de {pages}")
    finally:
        painter.end()
    del writer  # the PDF is finished and flushed when the writer goes away
    return Path(path)
