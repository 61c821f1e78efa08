"""Validation before a SIMAT export: one problem per row × field, in Spanish, naming the field.

Errors block the row (it is left out by *Exportar solo filas sin errores*); warnings (unusual age for the
grade, a value missing from a list not yet verified) never do. Rows are numbered as in the exported sheet:
the header is row 1, so the first matrícula is row 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.documents import document_type, normalize_document_number, validate_document
from desktop_app.domain.grades import age_warning, grade_by_code, simat_age_date
from desktop_app.domain.simat_catalogs import SimatCatalogs
from desktop_app.domain.simat_layout import COLUMNS as _COLUMNS
from desktop_app.domain.simat_layout import SimatInput, raw_value, sede_of
from desktop_app.domain.simat_names import propose_split

FIRST_ROW = 2

# Columns checked against a shipped value list: (column, catalog, what the message calls it).
_LISTED = (("ESTRATO", "estrato", "estrato"), ("SISBEN", "sisben", "SISBÉN"), ("ETNIA", "etnia", "etnia"),
           ("TIPO_DISCAPACIDAD", "discapacidad", "discapacidad"),
           ("SIT_ACAD_ANO_ANT", "sit_acad_ano_ant", "situación académica del año anterior"),
           ("CON_ALUM_ANO_ANT", "con_alum_ano_ant", "condición del año anterior"),
           ("FUE_RECU", "fue_recu", "fuente de recursos"))
# Place pairs: (prefix in extra_data.simat, department column, municipality column, what the message says).
_PLACES = (("nac", "NAC_DEPTO", "NAC_MUN", "de nacimiento"), ("res", "RES_DEPTO", "RES_MUN", "de residencia"),
           ("exp", "EXP_DEPTO", "EXP_MUN", "de expedición del documento"))


@dataclass(frozen=True)
class SimatProblem:
    """One problem of one row and field; `blocking` False for a warning."""

    row: int
    student_id: str
    enrollment_id: str
    label: str
    field: str
    text: str
    blocking: bool = True

    @property
    def line(self) -> str:
        return f"Fila {self.row} · {self.label}: {self.text}"


def row_label(row: SimatInput) -> str:
    """How a row is named in messages: APELLIDO1 APELLIDO2 NOMBRE1 NOMBRE2, upper case."""
    simat = row.simat
    if simat.get("name_split_confirmed"):
        parts = [simat.get(key) or "" for key in ("apellido1", "apellido2", "nombre1", "nombre2")]
    else:
        split = propose_split(str(row.student.get("full_name") or ""))
        parts = [split.apellido1, split.apellido2, split.nombre1, split.nombre2]
    return " ".join(" ".join(str(part) for part in parts if part).split()).upper()


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _row_problems(row: SimatInput, catalogs: SimatCatalogs) -> list[tuple[str, str, bool]]:
    """(field, text, blocking) for one row, at most one per field."""
    found: dict[str, tuple[str, bool]] = {}

    def add(field: str, text: str, blocking: bool = True) -> None:
        found.setdefault(field, (text, blocking))

    simat = row.simat
    if not simat.get("name_split_confirmed"):
        add("APELLIDO1", "falta el primer apellido (división del nombre sin confirmar).")
    else:
        if not _text(simat.get("apellido1")):
            add("APELLIDO1", "falta el primer apellido.")
        if not _text(simat.get("nombre1")):
            add("NOMBRE1", "falta el primer nombre.")

    code = _text(row.student.get("document_type")).upper()
    doc = document_type(code)
    if doc is None:
        add("TIPO_DOCUMENTO", f"el tipo de documento «{code}» no existe.")
    elif doc.simat_code is None:
        add("TIPO_DOCUMENTO", f"el {doc.label} no tiene código en el SIMAT.")
    if doc is not None:
        number = normalize_document_number(code, row.student.get("document_number"))
        errors = validate_document(code, number, field="NRO_DOCUMENTO")
        if errors:
            kind = "dígitos" if doc.numeric else "caracteres"
            add("NRO_DOCUMENTO", {
                "document_number_length": f"número de {doc.code} con {len(number)} {kind}.",
                "document_number_required": f"falta el número de {doc.code}.",
                "document_number_all_zeros": f"número de {doc.code} solo con ceros.",
            }.get(errors[0].code, f"número de {doc.code} con caracteres no permitidos."))

    birth = row.student.get("birth_date")
    if birth is None:
        add("FECHA_NACIMIENTO", "falta la fecha de nacimiento.")
    gender = _text(row.student.get("gender")).upper()
    if gender not in ("F", "M"):
        add("GENERO", f"el sexo {gender} no tiene código en el SIMAT." if gender else "falta el sexo (GENERO).")

    sede = sede_of(row)
    known_sedes = {str(s.get("cons_sede")) for s in row.settings.get("sedes") or []}
    if not sede:
        add("CONS_SEDE", "sin sede (CONS_SEDE).")
    elif known_sedes and sede not in known_sedes:
        add("CONS_SEDE", f"la sede {sede} no está en la configuración SIMAT del colegio.")

    grade_code = _text(row.enrollment.get("grade_level"))
    try:
        grade = grade_by_code(grade_code)
    except KeyError:
        add("GRADO", f"el grado «{grade_code}» no tiene código en el SIMAT.")
    else:
        warning = age_warning(grade.code, birth, simat_age_date(row.year))
        if warning is not None:
            add("GRADO", f"atención: {warning.params['age']} años al 30/06/{row.year} es una edad poco usual "
                         f"para {grade.label}.", blocking=False)
    if raw_value(_COLUMNS["TIPO_JORNADA"], row) is None:
        add("TIPO_JORNADA", "sin jornada (TIPO_JORNADA).")

    divipola = catalogs.divipola
    for prefix, dep_column, mun_column, where in _PLACES:
        dep, mun = _text(simat.get(f"{prefix}_depto")), _text(simat.get(f"{prefix}_mun"))
        if dep and dep not in divipola.departments:
            add(dep_column, f"departamento {where} {dep} no existe en DIVIPOLA.")
        full = dep + mun if len(mun) == 3 else mun
        if mun and full not in divipola.municipalities:
            add(mun_column, f"municipio {where} {full} no existe en DIVIPOLA.")
        elif mun and dep in divipola.departments and full[:2] != dep:
            add(mun_column, f"municipio {where} {full} no es del departamento {dep}.")

    for column, name, what in _LISTED:
        value = _text(raw_value(_COLUMNS[column], row))
        catalog = catalogs.lists[name]
        if value and value not in catalog:
            suffix = "" if catalog.verified else " (lista aún sin verificar)"
            add(column, f"{what} «{value}» no está en la lista del SIMAT{suffix}.", blocking=catalog.verified)
    return [(field, text, blocking) for field, (text, blocking) in found.items()]


def validate_rows(rows: Sequence[SimatInput], catalogs: SimatCatalogs) -> list[SimatProblem]:
    """Every problem of the rows, in row order; the second row with an already used document is an error."""
    problems: list[SimatProblem] = []
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        number = FIRST_ROW + index
        label = row_label(row)
        student_id, enrollment_id = str(row.student.get("id", "")), str(row.enrollment.get("id", ""))
        found = _row_problems(row, catalogs)
        code = _text(row.student.get("document_type")).upper()
        document = normalize_document_number(code, row.student.get("document_number"))
        if document in seen and not any(field == "NRO_DOCUMENTO" for field, _, _ in found):
            found.append(("NRO_DOCUMENTO", f"el documento {code} {document} ya está en la fila {seen[document]}.",
                          True))
        seen.setdefault(document, number)
        problems.extend(SimatProblem(number, student_id, enrollment_id, label, field, text, blocking)
                        for field, text, blocking in found)
    return problems


def blocked_rows(problems: Sequence[SimatProblem]) -> set[int]:
    """Rows with at least one error (warnings do not count)."""
    return {problem.row for problem in problems if problem.blocking}
