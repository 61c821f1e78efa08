"""`SIMAT_LAYOUT`: the columns of a SIMAT enrollment file, where each value comes from and how it is written.

The column names are those seen in SIMAT files parsed by independent public code (issue 12). Not verified:
the upload template's column order and header row, and field lengths; names vary between versions (one tool
says ZONA for ZON_ALU), so a column lists its known aliases and a school's own template wins (filled by
header name). Sources:

- `year`, `month`: the report's year (ANO_INF) and month (MES_INF);
- `settings.<key>`: `school_settings.simat_settings`;
- `student.<column>`, `enrollment.<column>`: the row's own columns;
- `simat.<key>`: `students.extra_data.simat`; `enrollment_simat.<key>`: `enrollments.extra_data.simat`;
- `code.<kind>`: a SIMAT code computed from our own value (document type, grade, jornada, sex, NUEVO, sede).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from desktop_app.domain.documents import document_type
from desktop_app.domain.grades import grade_by_code
from desktop_app.domain.shifts import SHIFTS


@dataclass(frozen=True)
class SimatColumn:
    """One column: its header, where its value comes from, how it is written (`text`, `upper`, `date`, `code`)."""

    name: str
    source: str
    format: str = "code"
    aliases: tuple[str, ...] = ()


def _c(name: str, source: str | None = None, fmt: str = "code", *aliases: str) -> SimatColumn:
    return SimatColumn(name, source or f"simat.{name.lower()}", fmt, aliases)


SIMAT_LAYOUT: tuple[SimatColumn, ...] = (
    _c("ANO_INF", "year"),
    _c("MES_INF", "month"),
    _c("MUN_CODIGO", "settings.mun_codigo"),
    _c("CODIGO_DANE", "settings.codigo_dane"),
    _c("DANE_ANTERIOR", "enrollment_simat.dane_anterior"),
    _c("CONS_SEDE", "code.sede"),
    _c("TIPO_DOCUMENTO", "code.document_type"),
    _c("NRO_DOCUMENTO", "student.document_number", "text"),
    _c("EXP_DEPTO"),
    _c("EXP_MUN"),
    _c("APELLIDO1", None, "upper"),
    _c("APELLIDO2", None, "upper"),
    _c("NOMBRE1", None, "upper"),
    _c("NOMBRE2", None, "upper"),
    _c("DIRECCION_RESIDENCIA", None, "upper"),
    _c("TEL", None, "text"),
    _c("RES_DEPTO"),
    _c("RES_MUN"),
    _c("ESTRATO"),
    _c("SISBEN"),
    _c("FECHA_NACIMIENTO", "student.birth_date", "date"),
    _c("NAC_DEPTO"),
    _c("NAC_MUN"),
    _c("GENERO", "code.gender"),
    _c("POB_VICT_CONF"),
    _c("DPTO_EXP", "simat.exp_depto"),
    _c("MUN_EXP", "simat.exp_mun"),
    _c("PROVIENE_SECTOR_PRIV", "enrollment_simat.proviene_sector_priv"),
    _c("PROVIENE_OTR_MUN", "enrollment_simat.proviene_otr_mun"),
    _c("TIPO_DISCAPACIDAD"),
    _c("CAP_EXC"),
    _c("ETNIA"),
    _c("RES"),
    _c("INS_FAMILIAR"),
    _c("TIPO_JORNADA", "code.shift", "code", "JORNADA"),
    _c("CARACTER", "settings.caracter"),
    _c("ESPECIALIDAD", "settings.especialidad"),
    _c("GRADO", "code.grade", "code", "COD_GRADO"),
    _c("GRUPO", "enrollment.group_code", "upper"),
    _c("METODOLOGIA", "settings.metodologia"),
    _c("MATRICULA_CONTRATADA", "enrollment_simat.matricula_contratada"),
    _c("REPITENTE", "enrollment_simat.repitente"),
    _c("NUEVO", "code.new_student"),
    _c("SIT_ACAD_ANO_ANT", "enrollment_simat.sit_acad_ano_ant"),
    _c("CON_ALUM_ANO_ANT", "enrollment_simat.con_alum_ano_ant"),
    _c("FUE_RECU", "enrollment_simat.fue_recu"),
    _c("ZON_ALU", None, "code", "ZONA"),
    _c("CAB_FAMILIA"),
    _c("BEN_MAD_FLIA"),
    _c("BEN_VET_FP"),
    _c("BEN_HER_NAC"),
    _c("CODIGO_INTERNADO"),
    _c("CODIGO_VALORACION_1"),
    _c("CODIGO_VALORACION_2"),
    _c("NUM_CONVENIO", "enrollment_simat.num_convenio"),
    _c("PER_ID"),
    _c("PAIS_ORIGEN"),
)

HEADERS: tuple[str, ...] = tuple(column.name for column in SIMAT_LAYOUT)
COLUMNS: dict[str, SimatColumn] = {column.name: column for column in SIMAT_LAYOUT}
# Any known spelling of a header → the layout's name (a template or listing may use an alias).
HEADER_NAMES: dict[str, str] = {
    alias: column.name for column in SIMAT_LAYOUT for alias in (column.name, *column.aliases)}


@dataclass(frozen=True)
class SimatInput:
    """Everything one exported row is made of: the matrícula, its student, the school's settings, the period."""

    year: int
    month: int
    student: Mapping[str, Any]
    enrollment: Mapping[str, Any]
    settings: Mapping[str, Any] = field(default_factory=dict)

    @cached_property
    def simat(self) -> Mapping[str, Any]:
        extra = self.student.get("extra_data") or {}
        value = extra.get("simat") or {}
        return value if isinstance(value, Mapping) else {}

    @cached_property
    def enrollment_simat(self) -> Mapping[str, Any]:
        extra = self.enrollment.get("extra_data") or {}
        value = extra.get("simat") or {}
        return value if isinstance(value, Mapping) else {}


def sede_of(row: SimatInput) -> str:
    """The matrícula's CONS_SEDE; a school with a single sede needs none written on each matrícula."""
    own = row.enrollment_simat.get("cons_sede")
    if own not in (None, ""):
        return str(own)
    sedes = row.settings.get("sedes") or []
    return str(sedes[0].get("cons_sede", "")) if len(sedes) == 1 else ""


def _code(kind: str, row: SimatInput) -> Any:
    if kind == "document_type":
        doc = document_type(str(row.student.get("document_type") or ""))
        return doc.simat_code if doc else None
    if kind == "grade":
        try:
            return grade_by_code(str(row.enrollment.get("grade_level"))).simat_code
        except KeyError:
            return None
    if kind == "shift":
        shift = SHIFTS.get(str(row.enrollment.get("shift") or ""))
        return shift.simat_code if shift else None
    if kind == "gender":
        gender = str(row.student.get("gender") or "").upper()
        return gender if gender in ("F", "M") else None
    if kind == "new_student":
        flag = (row.enrollment.get("extra_data") or {}).get("is_new_student")
        return None if flag is None else ("S" if flag else "N")
    if kind == "sede":
        return sede_of(row)
    raise KeyError(kind)


def raw_value(column: SimatColumn, row: SimatInput) -> Any:
    """The value a column takes for a row before formatting (None when we have nothing)."""
    kind, _, key = column.source.partition(".")
    if kind == "year":
        return row.year
    if kind == "month":
        return row.month
    if kind == "code":
        return _code(key, row)
    # an if-chain, not a dict of the five sources: this runs 57 times per row (190,000 calls for 3,300 rows)
    if kind == "simat":
        return row.simat.get(key)
    if kind == "enrollment_simat":
        return row.enrollment_simat.get(key)
    if kind == "student":
        return row.student.get(key)
    if kind == "enrollment":
        return row.enrollment.get(key)
    if kind == "settings":
        return row.settings.get(key)
    raise KeyError(column.source)


def format_value(column: SimatColumn, value: Any) -> str:
    """The text written in the file: dates dd/mm/aaaa, codes and numbers as text (never 1E+10)."""
    if value is None:
        return ""
    if column.format == "date":
        if isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        return str(value)
    if isinstance(value, bool):
        return "S" if value else "N"
    text = " ".join(str(value).split())
    return text.upper() if column.format == "upper" else text


def row_values(row: SimatInput) -> list[str]:
    """The row's cells in layout order."""
    return [format_value(column, raw_value(column, row)) for column in SIMAT_LAYOUT]
