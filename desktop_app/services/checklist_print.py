"""Assembles what a printed enrollment checklist shows into plain snapshots (no Qt, no storage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

DEFAULT_HABEAS_DATA_TEXT = (
    "En cumplimiento de la Ley 1581 de 2012 y del Decreto 1377 de 2013 (compilado en el Decreto 1074 de 2015), "
    "como padre, madre o acudiente y representante legal del estudiante autorizo de manera previa, expresa e "
    "informada a la institución educativa para recolectar, almacenar, usar y actualizar los datos personales "
    "del estudiante y de su familia con la finalidad de adelantar el proceso de matrícula, el registro en el "
    "SIMAT, la gestión académica y administrativa y la comunicación con la familia. Los datos de niños, niñas "
    "y adolescentes se tratarán respetando el interés superior del menor y sus derechos prevalentes; la "
    "respuesta a preguntas sobre datos sensibles es facultativa. Como titular puedo conocer, actualizar, "
    "rectificar y suprimir los datos y revocar esta autorización dirigiéndome a la secretaría de la institución."
)


@dataclass(frozen=True)
class PrintedChecklistItem:
    """One required document as printed: its label, its state code and the reason if rejected."""

    code: str
    label: str
    description: str = ""
    state: str = "missing"  # the domain's ItemState value: missing, received, validated, rejected
    reason: str | None = None


@dataclass(frozen=True)
class ChecklistPrintData:
    """Everything one printed checklist page shows, as plain values ready for any renderer."""

    school_name: str
    student_name: str
    student_document_type: str
    student_document_number: str
    grade_label: str
    school_year_name: str
    items: tuple[PrintedChecklistItem, ...]
    school_nit: str = ""
    school_resolution: str = ""
    school_address: str = ""
    school_logo: bytes | str | None = None  # image bytes or a file path, from branding_settings
    student_document_label: str = ""
    student_birth_date: date | None = None
    grade_code: str = ""
    group_code: str = ""
    shift_label: str = ""
    enrollment_status: str = ""
    enrollment_status_label: str = ""
    guardian_name: str = ""
    guardian_document: str = ""
    guardian_relationship: str = ""
    secretary_name: str = ""
    observations: str = ""
    habeas_data_text: str = DEFAULT_HABEAS_DATA_TEXT
    printed_on: date = field(default_factory=date.today)
    enrollment_id: str = ""
