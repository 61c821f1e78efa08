"""EnrollmentService on a real SQLite file: one per year, the status machine with history, the checklist."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.checklist import ItemState
from desktop_app.domain.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import EnrollmentDraft, EnrollmentQuery, SchoolYearDraft, StudentDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.school import SchoolService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox

MOMENT = datetime(2026, 2, 3, 15, 30, tzinfo=UTC)


@pytest.fixture
def year(store: LocalStore, context: TenantContext) -> str:
    return SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27), status="active")).id


@pytest.fixture
def student(store: LocalStore, context: TenantContext) -> str:
    return StudentService(store, context).create(
        StudentDraft("TI", "1012345678", "Sofía Pérez Núñez", date(2016, 5, 1))).id


@pytest.fixture
def enrollments(store: LocalStore, context: TenantContext) -> EnrollmentService:
    return EnrollmentService(store, context, clock=lambda: MOMENT)


def as_role(store: LocalStore, context: TenantContext, *roles: str) -> EnrollmentService:
    return EnrollmentService(store, TenantContext(context.school_id, context.user_id, frozenset(roles)),
                             clock=lambda: MOMENT)


def complete_checklist(enrollments: EnrollmentService, enrollment_id: str) -> None:
    for item in enrollments.checklist(enrollment_id):
        enrollments.mark_document(enrollment_id, item.requirement.code, "received")


def test_enroll_in_a_year_with_grade_group_and_shift(enrollments: EnrollmentService, year: str, student: str) -> None:
    row = enrollments.enroll(student, EnrollmentDraft(year, "4", "b", "morning", is_new_student=False))
    assert (row.grade_level, row.group_code, row.shift, row.status) == ("4", "B", "morning", "pending_documents")
    assert row.student_name == "Sofía Pérez Núñez" and row.school_year_name == "2026"
    assert row.status_history == ()
    assert enrollments.for_student(student) == [row]
    assert enrollments.list_ids(EnrollmentQuery(school_year_id=year, grade="4")) == [row.id]
    assert enrollments.list_ids(EnrollmentQuery(text="perez")) == [row.id]
    assert enrollments.list_ids(EnrollmentQuery(status="active")) == []


def test_one_enrollment_per_student_and_year(enrollments: EnrollmentService, year: str, student: str) -> None:
    enrollments.enroll(student, EnrollmentDraft(year, "4"))
    with pytest.raises(Conflict) as caught:
        enrollments.enroll(student, EnrollmentDraft(year, "5"))
    assert caught.value.code == "enrollment_exists_for_year" and caught.value.field == "school_year_id"
    assert caught.value.message == "El estudiante ya tiene matrícula en el año lectivo 2026."


@pytest.mark.parametrize(
    ("draft_args", "field", "code"),
    [(("9°",), "grade_level", "grade_unknown"), (("4", "A", "madrugada"), "shift", "shift_unknown"),
     (("4", "ABCDEFGHIJK"), "group_code", "too_long")],
)
def test_bad_enrollment_input_is_refused(
    enrollments: EnrollmentService, year: str, student: str, draft_args: tuple, field: str, code: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        enrollments.enroll(student, EnrollmentDraft(year, *draft_args))
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]


def test_enrolling_an_inactive_student_or_in_a_closed_year_is_refused(
    store: LocalStore, context: TenantContext, enrollments: EnrollmentService, year: str, student: str
) -> None:
    closed = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2024", date(2024, 1, 22), date(2024, 11, 29), status="closed"))
    with pytest.raises(Conflict) as caught:
        enrollments.enroll(student, EnrollmentDraft(closed.id, "4"))
    assert caught.value.code == "school_year_closed"
    StudentService(store, context).deactivate(student)
    with pytest.raises(Conflict) as inactive:
        enrollments.enroll(student, EnrollmentDraft(year, "4"))
    assert inactive.value.code == "student_inactive"
    with pytest.raises(NotFound):
        enrollments.enroll("nobody", EnrollmentDraft(year, "4"))


def test_status_moves_append_who_when_and_why(
    store: LocalStore, context: TenantContext, enrollments: EnrollmentService, year: str, student: str
) -> None:
    enrollment = enrollments.enroll(student, EnrollmentDraft(year, "4")).id
    with pytest.raises(Conflict) as incomplete:
        enrollments.change_status(enrollment, "in_review")
    assert incomplete.value.code == "checklist_incomplete"
    complete_checklist(enrollments, enrollment)
    assert enrollments.ready_for_review(enrollment)
    enrollments.change_status(enrollment, "in_review")
    row = enrollments.change_status(enrollment, "active")
    assert row.status == "active"
    assert [(h["from"], h["to"]) for h in row.status_history] == [
        ("pending_documents", "in_review"), ("in_review", "active")]
    assert row.status_history[0]["by"] == context.user_id
    assert row.status_history[0]["at"] == MOMENT.isoformat()
    with pytest.raises(ValidationFailed) as no_reason:
        enrollments.change_status(enrollment, "withdrawn")
    assert no_reason.value.code == "reason_required"
    row = enrollments.change_status(enrollment, "withdrawn", "Traslado a Medellín")
    assert row.status_history[-1]["reason"] == "Traslado a Medellín"
    with pytest.raises(Conflict) as illegal:
        enrollments.change_status(enrollment, "graduated")
    assert illegal.value.code == "illegal_status_transition"
    assert "Retirado" in illegal.value.message or "retir" in illegal.value.message.lower()
    # Status is server-owned (issue 9): each move goes up as one status event, never as the status column.
    assert all("status" not in e["data"] and "status_history" not in e["data"] for e in outbox(store, "enrollments"))
    events = outbox(store, "enrollment_status_events")
    assert [e["data"]["status"] for e in events] == ["in_review", "active", "withdrawn"]
    last = events[-1]
    assert last["op"] == "insert" and last["row_id"] == last["data"]["id"] and len(set(e["row_id"] for e in events)) == 3
    assert last["data"]["reason"] == "Traslado a Medellín" and last["data"]["enrollment_id"] == enrollment


def test_only_management_may_reopen(
    store: LocalStore, context: TenantContext, enrollments: EnrollmentService, year: str, student: str
) -> None:
    enrollment = enrollments.enroll(student, EnrollmentDraft(year, "4")).id
    enrollments.change_status(enrollment, "withdrawn", "Se fue del país")
    secretary = as_role(store, context, "secretary")
    assert "pending_documents" not in secretary.allowed_targets(enrollment)
    with pytest.raises(NotAllowed):
        secretary.change_status(enrollment, "pending_documents", "Regresó")
    row = as_role(store, context, "coordinator").change_status(enrollment, "pending_documents", "Regresó")
    assert row.status == "pending_documents"
    teacher = as_role(store, context, "teacher")
    with pytest.raises(NotAllowed):
        teacher.change_status(enrollment, "withdrawn", "x")


def test_checklist_depends_on_grade_age_and_new_or_returning(
    enrollments: EnrollmentService, year: str, student: str
) -> None:
    enrollment = enrollments.enroll(student, EnrollmentDraft(year, "4", is_new_student=True)).id
    codes = [item.requirement.code for item in enrollments.checklist(enrollment)]
    assert "registro_civil" in codes and "student_identity_card" in codes and "vaccination_card" in codes
    assert "student_citizenship_card" not in codes
    assert all(item.state == ItemState.missing for item in enrollments.checklist(enrollment))
    enrollments.update(enrollment, EnrollmentDraft(year, "4", is_new_student=False))
    returning = [item.requirement.code for item in enrollments.checklist(enrollment)]
    assert "registro_civil" not in returning and "previous_school_clearance" not in returning


def test_marking_documents_stores_state_reason_and_validator(
    store: LocalStore, context: TenantContext, enrollments: EnrollmentService, year: str, student: str
) -> None:
    enrollment = enrollments.enroll(student, EnrollmentDraft(year, "4")).id
    enrollments.mark_document(enrollment, "photos", "received")
    validated = enrollments.mark_document(enrollment, "photos", "validated")
    assert validated.state == ItemState.validated and validated.updated_by == context.user_id
    with pytest.raises(ValidationFailed) as no_reason:
        enrollments.mark_document(enrollment, "health_affiliation", "rejected")
    assert no_reason.value.code == "rejection_reason_required"
    enrollments.mark_document(enrollment, "health_affiliation", "rejected", "Certificado vencido")
    items = {item.requirement.code: item for item in enrollments.checklist(enrollment)}
    assert items["photos"].state == ItemState.validated
    assert (items["health_affiliation"].state, items["health_affiliation"].reason) == (
        ItemState.rejected, "Certificado vencido")
    assert items["health_affiliation"].updated_at == MOMENT
    assert not enrollments.ready_for_review(enrollment)
    with pytest.raises(NotFound) as unknown:
        enrollments.mark_document(enrollment, "no_such_document", "received")
    assert unknown.value.code == "requirement_unknown"
    rows = outbox(store, "enrollment_documents")
    assert rows[0]["op"] == "insert" and rows[0]["data"]["r2_object_key"] == "" and rows[0]["data"]["file_name"] == ""
    photos = next(e for e in rows if e["op"] == "patch")
    assert photos["data"]["status"] == "validated" and photos["data"]["validated_by"] == context.user_id


def test_rejecting_a_document_under_review_sends_it_back(
    enrollments: EnrollmentService, year: str, student: str
) -> None:
    enrollment = enrollments.enroll(student, EnrollmentDraft(year, "4")).id
    complete_checklist(enrollments, enrollment)
    enrollments.change_status(enrollment, "in_review")
    enrollments.mark_document(enrollment, "photos", "rejected", "Fondo azul, no blanco")
    row = enrollments.get(enrollment)
    assert row.status == "pending_documents"
    assert row.status_history[-1]["reason"].endswith("Fondo azul, no blanco")


def test_teachers_cannot_validate_documents(
    store: LocalStore, context: TenantContext, enrollments: EnrollmentService, year: str, student: str
) -> None:
    enrollment = enrollments.enroll(student, EnrollmentDraft(year, "4")).id
    with pytest.raises(NotAllowed):
        as_role(store, context, "teacher").mark_document(enrollment, "photos", "validated")
    assert as_role(store, context, "teacher").checklist(enrollment)[0].state == ItemState.missing


def test_school_checklist_rules_change_the_list(
    store: LocalStore, context: TenantContext, enrollments: EnrollmentService, year: str, student: str
) -> None:
    enrollment = enrollments.enroll(student, EnrollmentDraft(year, "4")).id
    SchoolService(store, context).set_checklist_rules({
        "disabled": ["photos"],
        "custom": [{"code": "uniform_receipt", "label": "Recibo del uniforme"}],
    })
    codes = [item.requirement.code for item in enrollments.checklist(enrollment)]
    assert "photos" not in codes and "uniform_receipt" in codes


def test_groups_of_a_year_in_grade_order(
    store: LocalStore, context: TenantContext, enrollments: EnrollmentService, year: str
) -> None:
    students = StudentService(store, context)
    plan = [("transicion", "A"), ("10", "A"), ("2", "B"), ("2", "A"), ("2", "A")]
    for n, (grade, group) in enumerate(plan):
        kid = students.create(StudentDraft("TI", f"10000000{n:02d}", f"Niño {n}", None)).id
        enrollments.enroll(kid, EnrollmentDraft(year, grade, group, "morning"))
    groups = enrollments.groups(year)
    assert [(g.grade_level, g.group_code, g.enrollment_count) for g in groups] == [
        ("transicion", "A", 1), ("2", "A", 2), ("2", "B", 1), ("10", "A", 1)]


def test_an_unusual_age_for_the_grade_is_a_warning_not_an_error(
    enrollments: EnrollmentService, year: str, student: str
) -> None:
    # Born in May 2016: 9 years old when 2026 starts; 11° is for 16-year-olds.
    [warning] = enrollments.warnings(student, EnrollmentDraft(year, "11"))
    assert warning.code == "age_unusual_for_grade" and warning.field == "birth_date"
    assert warning.message.startswith("Atención: 9 años")
    assert enrollments.warnings(student, EnrollmentDraft(year, "4")) == []
    assert enrollments.enroll(student, EnrollmentDraft(year, "11")).grade_level == "11"
