"""The printed PIAR as a PDF: the school's header (logo, NIT), the student and every adjustment, read back
with pypdf; and the print service needs piar_view."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import NotAllowed, ValidationFailed
from desktop_app.domain.piar import PiarAdjustment, PiarDraft
from desktop_app.printing.piar import render_piar_pdf
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import StudentDraft
from desktop_app.services.piar_print import PiarPrintData, PiarPrintService
from desktop_app.services.school import SchoolService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.printing.support import image_count, page_texts
from tests.printing.test_checklist_pdf import _png_logo

PIAR = PiarDraft(
    ajustes=(PiarAdjustment("Matemáticas", "Tiempo adicional en evaluaciones escritas", "Calculadora", "Oral"),
             PiarAdjustment("Lenguaje", "Textos con letra grande y alto contraste", "Lupa", "Por proyectos")),
    responsable_nombre="Marta Rojas", responsable_cargo="Docente de aula", fecha_elaboracion="10/02/2026",
    revisiones=("15/05/2026",), proxima_revision="20/08/2026", acudiente="Luz Dary Ortiz",
    acuerdo="Acompañar las tareas en casa", observaciones="Usa gafas.")


def _data(**changes: object) -> PiarPrintData:
    values: dict[str, object] = {
        "school_name": "Institución Educativa San José", "school_nit": "900123456-7", "school_dane_code": "105001000001",
        "school_logo": _png_logo(), "student_name": "Sara Milena Ortiz", "student_document": "TI 1012345678",
        "student_birth_date": date(2013, 4, 5), "grade_label": "Quinto", "piar": PIAR,
        "printed_on": date(2026, 11, 28),
    }
    return PiarPrintData(**{**values, **changes})  # type: ignore[arg-type]


def test_the_pdf_shows_header_student_and_every_adjustment(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = render_piar_pdf(_data(), tmp_path / "piar.pdf")
    text = " ".join(page_texts(path))
    for expected in ("Institución Educativa San José", "NIT 900.123.456-7", "Código DANE 105001000001",
                     "Plan Individual de Ajustes Razonables (PIAR)", "Sara Milena Ortiz", "TI 1012345678",
                     "Tiempo adicional en evaluaciones escritas", "Textos con letra grande y alto contraste",
                     "Marta Rojas", "10/02/2026", "15/05/2026", "20/08/2026", "Luz Dary Ortiz",
                     "Acompañar las tareas en casa", "Firma del acudiente", "Página 1 de 1"):
        assert expected in text, expected
    assert image_count(path) == 1  # the logo


def test_a_long_piar_flows_onto_numbered_pages(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    many = tuple(PiarAdjustment(f"Área {n}", "Ajuste " + "largo " * 40) for n in range(40))
    texts = page_texts(render_piar_pdf(_data(piar=dataclasses.replace(PIAR, ajustes=many)), tmp_path / "l.pdf"))
    assert len(texts) > 1 and f"Página {len(texts)} de {len(texts)}" in texts[-1]
    assert "Área 39" in " ".join(texts)


def test_the_service_prints_the_stored_piar_or_the_typed_one_and_needs_piar_view(
        store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    draft = StudentDraft("TI", "1012345678", "Sara Milena Ortiz", date(2013, 4, 5), piar_data={"has_disability": True})
    student_id = students.save(None, draft, piar=PIAR).id
    service = PiarPrintService(students, SchoolService(store, context))
    assert service.for_student(student_id).piar == PIAR
    typed = dataclasses.replace(PIAR, observaciones="Cambio sin guardar")
    assert service.for_student(student_id, typed).piar.observaciones == "Cambio sin guardar"
    with pytest.raises(ValidationFailed):
        service.for_student(student_id, dataclasses.replace(PIAR, fecha_elaboracion="31/02/2026"))
    teacher = dataclasses.replace(context, roles=frozenset({"teacher"}))
    with pytest.raises(NotAllowed):
        PiarPrintService(StudentService(store, teacher), SchoolService(store, teacher)).for_student(student_id)
