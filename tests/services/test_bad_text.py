"""Services refuse bad text and wrong types with the typed validation error, and save nothing (issue 10)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import (
    AcademicPeriodDraft,
    EnrollmentDraft,
    GuardianDraft,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox


@pytest.mark.parametrize(("draft", "field"), [
    (StudentDraft("TI", "1012345678", "\x00"), "full_name"),
    (StudentDraft("TI", "1012345678", "Sofía\u202eZepeP"), "full_name"),
    (StudentDraft("TI", "10123\u200b45678", "Sofía Pérez"), "document_number"),
    (StudentDraft("TI", "1012345678", "Sofía Pérez", birth_date=datetime(2016, 5, 1, 8, 30)), "birth_date"),
    (StudentDraft("TI", "1012345678", "Sofía Pérez", extra_data={"eps": "Sura\x00"}), "extra_data"),
    (StudentDraft("TI", 1012345678, "Sofía Pérez"), "document_number"),  # type: ignore[arg-type]
])
def test_a_bad_student_is_refused_naming_the_field_and_nothing_is_saved(store: LocalStore, context: TenantContext,
                                                                        draft: StudentDraft, field: str) -> None:
    with pytest.raises(ValidationFailed) as failed:
        StudentService(store, context).create(draft)
    assert field in {e.field for e in failed.value.errors}
    assert outbox(store, "students") == []


def test_a_guardian_with_control_characters_is_refused(store: LocalStore, context: TenantContext) -> None:
    with pytest.raises(ValidationFailed, match="«Dirección»"):
        GuardianService(store, context).create(GuardianDraft("CC", "1023456789", "Luis Gómez", address="Cra 5\x1b"))
    assert outbox(store, "guardians") == []


@pytest.mark.parametrize("starts_on", [None, datetime(2026, 1, 19, 7, 0)])
def test_school_years_refuse_a_missing_or_timed_date(store: LocalStore, context: TenantContext, starts_on) -> None:
    years = SchoolYearService(store, context)
    with pytest.raises(ValidationFailed) as failed:
        years.create_year(SchoolYearDraft("2026", starts_on, date(2026, 11, 27)))
    assert [e.field for e in failed.value.errors] == ["starts_on"]
    year = years.create_year(SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27)))
    with pytest.raises(ValidationFailed):
        years.create_period(year.id, AcademicPeriodDraft(1, "Primer periodo", date(2026, 1, 19), None))  # type: ignore[arg-type]


def test_enrollments_refuse_bad_text_in_drafts_and_reasons(store: LocalStore, context: TenantContext) -> None:
    year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27), status="active"))
    student = StudentService(store, context).create(StudentDraft("TI", "1012345678", "Sofía Pérez", date(2016, 5, 1)))
    enrollments = EnrollmentService(store, context)
    with pytest.raises(ValidationFailed):
        enrollments.enroll(student.id, EnrollmentDraft(year.id, "5", group_code="A\x00"))
    enrollment = enrollments.enroll(student.id, EnrollmentDraft(year.id, "5"))
    with pytest.raises(ValidationFailed, match="«Motivo»"):
        enrollments.change_status(enrollment.id, "withdrawn", "Traslado\x00")
    assert enrollments.get(enrollment.id).status == "pending_documents"
