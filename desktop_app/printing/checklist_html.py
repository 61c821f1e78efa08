"""The enrollment checklist page as HTML for QTextDocument (tables and the CSS subset Qt supports).

The page is the school's official form, handed to Colombian families and filed with the matrícula: it is
written in Spanish whatever language the screens use. Every value is escaped (names may contain "<" or "&").
"""

from __future__ import annotations

import html
import re

from desktop_app.domain.nit import format_nit
from desktop_app.printing.labels import enrollment_status_label, format_date, item_state_label
from desktop_app.services.checklist_print import ChecklistPrintData

LOGO_URL = "checklist://logo"  # the QTextDocument resource the renderer registers the school's logo under
CHECKED = "☑"
UNCHECKED = "☐"


def _e(value: object) -> str:
    return html.escape(str(value or ""))


def _document_line(data: ChecklistPrintData) -> str:
    kind = data.student_document_label or data.student_document_type
    if data.student_document_label and data.student_document_type:
        # "Número único de identificación personal (NUIP)" already names its code: print it once
        label = data.student_document_label.removesuffix(f" ({data.student_document_type})")
        kind = f"{data.student_document_type} ({label})"
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
    # the screen's words when the code is known, so paper and screen say the same
    if data.enrollment_status:
        return enrollment_status_label(data.enrollment_status, translated=False)
    return data.enrollment_status_label


def _field(label: str, value: str, colspan: int = 1) -> str:
    span = f' colspan="{colspan}"' if colspan > 1 else ""
    shown = _e(value) or "&nbsp;"
    return f'<td{span}><span class="label">{_e(label)}</span><br><span class="value">{shown}</span></td>'


def _section(title: str) -> str:
    return f'<p class="section">{_e(title)}</p>'


def _printed_nit(nit: str) -> str:
    """The stored "900123456-7" printed the way Colombian documents write it, "900.123.456-7"."""
    return format_nit(nit) if re.fullmatch(r"\d+-\d", nit) else nit


def _header(data: ChecklistPrintData, has_logo: bool) -> str:
    logo_cell = f'<td width="70" valign="middle"><img src="{LOGO_URL}" width="62"></td>' if has_logo else ""
    lines = [f'<span class="school">{_e(data.school_name)}</span>']
    ids = []
    if data.school_nit:
        ids.append(f"NIT {_e(_printed_nit(data.school_nit))}")
    resolution = data.school_resolution.strip()
    if resolution:
        # schools often type "Resolución 0045 de 2015" themselves: do not print the word twice
        if not resolution.lower().startswith("res"):
            resolution = f"Resolución de aprobación {resolution}"
        ids.append(_e(resolution))
    if data.school_dane_code:
        ids.append(f"Código DANE {_e(data.school_dane_code)}")
    if ids:
        lines.append(f'<span class="muted">{" · ".join(ids)}</span>')
    contact = [_e(data.school_address)] if data.school_address else []
    if data.school_phone:
        contact.append(f"Tel. {_e(data.school_phone)}")
    if contact:
        lines.append(f'<span class="muted">{" · ".join(contact)}</span>')
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'{logo_cell}<td valign="middle">{"<br>".join(lines)}</td>'
        "</tr></table>"
        '<hr style="height: 1px; background-color: #1f3a5f;">'
        '<p align="center" class="title">Lista de chequeo de documentos de matrícula'
        f" – Año lectivo {_e(data.school_year_name)}</p>"
    )


def _student(data: ChecklistPrintData) -> str:
    guardian = data.guardian_name
    if data.guardian_relationship and guardian:
        guardian = f"{guardian} ({data.guardian_relationship})"
    return (
        _section("Datos del estudiante") + '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
        f"<tr>{_field('Nombre completo', data.student_name, 3)}{_field('Documento', _document_line(data), 2)}</tr>"
        "<tr>"
        f"{_field('Grado', data.grade_label)}"
        f"{_field('Grupo', data.group_code)}"
        f"{_field('Jornada', data.shift_label)}"
        f"{_field('Año lectivo', data.school_year_name)}"
        f"{_field('Fecha de nacimiento', format_date(data.student_birth_date))}"
        "</tr>"
        f"<tr>{_field('Acudiente', guardian, 3)}{_field('Documento del acudiente', data.guardian_document)}"
        f"{_field('Estado de la matrícula', _status_text(data))}</tr>"
        "</table>"
    )


def _documents(data: ChecklistPrintData, compact: bool) -> str:
    rows = []
    for number, item in enumerate(data.items, start=1):
        box = CHECKED if item.state in ("received", "validated") else UNCHECKED
        description = ""
        if item.description and not compact:
            description = f'<br><span class="hint">{_e(item.description)}</span>'
        rows.append(
            "<tr>"
            f'<td align="center" width="5%">{number}</td>'
            f"<td>{_e(item.label)}{description}</td>"
            f'<td width="15%">{_e(item_state_label(item.state, translated=False))}</td>'
            f'<td align="center" width="11%"><span class="box">{box}</span></td>'
            f'<td width="21%">{_e(item.reason) or "&nbsp;"}</td>'
            "</tr>"
        )
    if not rows:
        rows.append('<tr><td colspan="5">Este grado no tiene documentos requeridos.</td></tr>')
    return (
        _section("Documentos requeridos")
        + '<table class="grid" width="100%" cellspacing="0" cellpadding="3">'
        "<thead><tr><th>N.º</th><th>Documento</th><th>Estado</th><th>Entregado</th><th>Observación</th></tr></thead>"
        f"{''.join(rows)}</table>"
    )


def _observations(data: ChecklistPrintData) -> str:
    rows = [f"<tr><td>{_e(data.observations)}</td></tr>"] if data.observations else []
    # blank rows tall enough to write on by hand
    blank = '<tr><td style="font-size: 13pt; border: 1px solid #7a7a7a;">&nbsp;</td></tr>'
    rows += [blank] * (2 if data.observations else 3)
    return (
        _section("Observaciones") + '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
        f"{''.join(rows)}</table>"
    )


def _habeas_data(data: ChecklistPrintData) -> str:
    spacing = "&nbsp;" * 3
    if data.consent_purposes:  # a versioned text: one box pair per purpose, and which text this is
        rows = "".join(
            f"<tr><td>{_e(label)}</td><td>{UNCHECKED} Autorizo {spacing} {UNCHECKED} No autorizo</td></tr>"
            for label in data.consent_purposes
        )
        return (
            _section("Autorización para el tratamiento de datos personales (Ley 1581 de 2012)")
            + f'<p class="habeas" align="justify">{_e(data.habeas_data_text)}</p>'
            f'<table class="muted" cellspacing="0" cellpadding="1">{rows}</table>'
            f'<p class="muted">{_e(data.consent_version)} {spacing} Fecha: ____/____/________</p>'
        )
    return (
        _section("Autorización para el tratamiento de datos personales (Ley 1581 de 2012)")
        + f'<p class="habeas" align="justify">{_e(data.habeas_data_text)}</p>'
        f'<p class="muted">{UNCHECKED} Autorizo {spacing} {UNCHECKED} No autorizo {spacing} '
        "Fecha: ____/____/________</p>"
    )


def _signatures(data: ChecklistPrintData) -> str:
    line = "_" * 38
    return (
        '<table width="100%" cellspacing="0" cellpadding="2" style="margin-top: 30px;"><tr>'
        f'<td width="50%" valign="top">{line}<br><b>Firma del acudiente</b><br>'
        f'<span class="muted">Nombre: {_e(data.guardian_name) or "_" * 28}</span><br>'
        f'<span class="muted">Documento: {_e(data.guardian_document) or "_" * 24}</span></td>'
        f'<td width="50%" valign="top">{line}<br><b>Firma de la secretaría</b><br>'
        f'<span class="muted">Nombre: {_e(data.secretary_name) or "_" * 28}</span><br>'
        '<span class="muted">Fecha de entrega: ____/____/________</span></td>'
        "</tr></table>"
    )


def checklist_html(data: ChecklistPrintData, *, has_logo: bool, compact: bool = False) -> str:
    """The whole page; `compact` leaves out the requirement descriptions, which is what it takes for a long
    checklist to stay on the one sheet the family signs."""
    parts = (
        _header(data, has_logo),
        _student(data),
        _documents(data, compact),
        _observations(data),
        _habeas_data(data),
        _signatures(data),
    )
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>"
