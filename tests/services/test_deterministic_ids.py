"""The services create links, matrículas, checklist items and periods under their deterministic ids
(domain/ids.py), and re-creating a deleted one revives its tombstone under the same id."""

from __future__ import annotations

import sqlite3
from datetime import date

from desktop_app.domain.ids import (
    academic_period_id,
    enrollment_document_id,
    enrollment_id,
    student_guardian_id,
)
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import (
    AcademicPeriodDraft,
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore


def test_created_rows_take_their_parents_id_and_come_back_from_a_tombstone(store: LocalStore,
                                                                           context: TenantContext) -> None:
    years = SchoolYearService(store, context)
    year = years.create_year(SchoolYearDraft("2026", date(2026, 1, 20), date(2026, 11, 30), status="active"))
    period = years.create_period(year.id, AcademicPeriodDraft(1, "Periodo 1", date(2026, 1, 20), date(2026, 4, 1)))
    assert period.id == academic_period_id(year.id, 1)
    years.delete_period(period.id)
    again = years.create_period(year.id, AcademicPeriodDraft(1, "Primero", date(2026, 1, 20), date(2026, 4, 1)))
    assert again.id == period.id and again.name == "Primero"

    student = StudentService(store, context).create(StudentDraft("TI", "1023456789", "Ana Ruiz", date(2015, 3, 2)))
    enrolled = EnrollmentService(store, context).enroll(student.id, EnrollmentDraft(year.id, "5"))
    assert enrolled.id == enrollment_id(student.id, year.id)
    EnrollmentService(store, context).mark_document(enrolled.id, "photos", "received")
    guardians = GuardianService(store, context)
    mother = guardians.create(GuardianDraft("CC", "52111222", "Marta Ruiz"))
    guardians.link(student.id, mother.id, GuardianLinkDraft("madre", is_primary=True))

    connection = sqlite3.connect(store.path)
    try:
        items = connection.execute("SELECT id FROM enrollment_documents").fetchall()
        links = connection.execute("SELECT id FROM student_guardians").fetchall()
        periods = connection.execute("SELECT id, deleted_at FROM academic_periods").fetchall()
    finally:
        connection.close()
    assert items == [(enrollment_document_id(enrolled.id, "photos"),)]
    assert links == [(student_guardian_id(student.id, mother.id),)]
    assert periods == [(period.id, None)]
