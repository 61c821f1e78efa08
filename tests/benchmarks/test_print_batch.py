"""Benchmark: one PDF with the checklists of a whole group of 40 students (median and p95 of 5 runs).

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_print_batch.py -s
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.printing.checklist import render_batch_pdf, render_checklist_pdf
from desktop_app.services.checklist_print import ChecklistPrintData, PrintedChecklistItem
from tests.printing.support import page_texts

RUNS = 5
GROUP_SIZE = 40

_FIRST = ["María José", "Juan David", "Valentina", "Santiago", "Isabella", "Samuel", "Luciana", "Matías"]
_LAST = ["Rodríguez Peñaloza", "Gómez Castañeda", "Martínez Ríos", "Hernández Suárez", "Mosquera Palacios"]
_ITEMS = (
    ("registro_civil", "Registro civil de nacimiento (con NUIP)"),
    ("student_identity_card", "Fotocopia de la tarjeta de identidad del estudiante"),
    ("guardian_identity_document", "Fotocopia del documento de identidad del acudiente"),
    ("health_affiliation", "Certificado de afiliación a EPS o SISBÉN"),
    ("previous_grades_certificates", "Certificados de estudio de los grados anteriores"),
    ("previous_school_clearance", "Paz y salvo de la institución anterior"),
    ("simat_withdrawal", "Constancia de retiro del SIMAT de la institución anterior"),
    ("photos", "Dos fotos 3×4 fondo blanco"),
    ("data_processing_consent", "Autorización de tratamiento de datos personales (Ley 1581 de 2012)"),
)
_STATES = ("missing", "received", "validated", "rejected")


def _group() -> list[ChecklistPrintData]:
    result = []
    for n in range(GROUP_SIZE):
        items = tuple(
            PrintedChecklistItem(code, label, "", _STATES[(n + i) % 4], "Ilegible" if (n + i) % 4 == 3 else None)
            for i, (code, label) in enumerate(_ITEMS)
        )
        result.append(
            ChecklistPrintData(
                school_name="Institución Educativa Técnica San José de Guadalupe",
                school_nit="900123456-7",
                school_resolution="Resolución 004512 de 2015",
                student_name=f"{_FIRST[n % len(_FIRST)]} {_LAST[n % len(_LAST)]} {n}",
                student_document_type="TI",
                student_document_number=f"10234567{n:02d}",
                student_birth_date=date(2014, 1 + n % 12, 1 + n % 28),
                grade_label="Sexto",
                group_code="601",
                shift_label="Mañana",
                school_year_name="2027",
                items=items,
                guardian_name="Luz Marina Peñaloza Castañeda",
                guardian_document="CC 52345678",
                secretary_name="Ana Lucía Gómez",
            )
        )
    return result


def _report(label: str, timings: list[float]) -> None:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"\n{label}: median {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"runs {[round(t * 1000) for t in timings]}")


@pytest.mark.benchmark
def test_batch_pdf_of_40_checklists(qapp, tmp_path: Path) -> None:
    group = _group()
    render_checklist_pdf(group[0], tmp_path / "warmup.pdf")  # fonts load once per process

    batch_times = []
    for run in range(RUNS):
        started = time.perf_counter()
        path = render_batch_pdf(group, tmp_path / f"grupo-{run}.pdf")
        batch_times.append(time.perf_counter() - started)
    single_times = []
    for run in range(RUNS):
        started = time.perf_counter()
        render_checklist_pdf(group[run], tmp_path / f"uno-{run}.pdf")
        single_times.append(time.perf_counter() - started)

    pages = page_texts(path)
    assert len(pages) == GROUP_SIZE
    _report(f"batch PDF, {GROUP_SIZE} checklists ({path.stat().st_size // 1024} KiB)", batch_times)
    _report("one checklist PDF", single_times)
    per_page = statistics.median(batch_times) / GROUP_SIZE
    print(f"per checklist inside the batch: {per_page * 1000:.1f} ms; "
          f"batch / single ratio: {statistics.median(batch_times) / statistics.median(single_times):.1f}x")


@pytest.mark.benchmark
def test_group_batch_from_the_local_store(qapp, tmp_path: Path) -> None:
    """What the secretary waits for: read 40 enrollments with their checklists from SQLite, then the PDF."""
    from desktop_app.app import build_services, local_session
    from desktop_app.services.checklist_print import ChecklistPrintService
    from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
    from desktop_app.storage.local.store import LocalStore

    store = LocalStore.open(tmp_path / "bench.sqlite3")
    try:
        services = build_services(store, local_session(store))
        year = services.school_years.create_year(
            SchoolYearDraft(name="2027", starts_on=date(2027, 1, 20), ends_on=date(2027, 11, 30), status="active")
        )
        for n in range(GROUP_SIZE):
            student = services.students.create(StudentDraft(
                document_type="TI", document_number=f"10234567{n:02d}",
                full_name=f"{_FIRST[n % len(_FIRST)]} {_LAST[n % len(_LAST)]} {n}", birth_date=date(2015, 3, 7),
            ))
            enrollment = services.enrollments.enroll(
                student.id, EnrollmentDraft(school_year_id=year.id, grade_level="6", group_code="601", shift="morning")
            )
            services.enrollments.mark_document(enrollment.id, "photos", "received")
        service = ChecklistPrintService(
            services.enrollments, services.students, services.guardians, services.school, services.context
        )
        gather_times, total_times = [], []
        for run in range(RUNS):
            started = time.perf_counter()
            checklists = service.for_group(year.id, "6", "601")
            gathered = time.perf_counter()
            path = render_batch_pdf(checklists, tmp_path / f"grupo-{run}.pdf")
            total_times.append(time.perf_counter() - started)
            gather_times.append(gathered - started)
        assert len(page_texts(path)) == GROUP_SIZE
        _report(f"gather {GROUP_SIZE} checklists from SQLite", gather_times)
        _report(f"gather + batch PDF of {GROUP_SIZE} (what the user waits for)", total_times)
    finally:
        store.close()
