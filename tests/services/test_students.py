"""StudentService on a real SQLite file: create, update, deactivate, duplicates, search, sort, filters."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import (
    EnrollmentDraft,
    SchoolYearDraft,
    StudentDraft,
    StudentQuery,
)
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox


def draft(name: str = "María José Pérez Gómez", number: str = "1012345678", doc_type: str = "TI",
          birth: date | None = date(2012, 3, 4), **extra) -> StudentDraft:
    return StudentDraft(doc_type, number, name, birth, **extra)


def test_create_saves_the_student_and_its_outbox_entry(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    row = service.create(draft(name="  María José   Pérez Gómez ", number="1.012.345.678", gender="f"))

    assert row.full_name == "María José Pérez Gómez"
    assert row.document_number == "1012345678"
    assert row.gender == "F"
    assert service.get(row.id) == row
    [entry] = outbox(store, "students")
    assert entry["op"] == "insert" and entry["row_id"] == row.id and entry["state"] == "pending"
    assert entry["data"]["full_name"] == "María José Pérez Gómez"
    assert entry["data"]["school_id"] == context.school_id
    assert entry["data"]["is_active"] is True
    assert "search_text" not in entry["data"] and "sort_name" not in entry["data"]


def test_update_records_only_the_changed_columns_with_their_previous_values(
    store: LocalStore, context: TenantContext
) -> None:
    service = StudentService(store, context)
    row = service.create(draft())
    updated = service.update(row.id, draft(name="María José Pérez Gómez", birth=date(2012, 3, 5)))

    assert updated.birth_date == date(2012, 3, 5)
    patch = outbox(store, "students")[-1]
    assert patch["op"] == "patch"
    assert set(patch["data"]) == {"birth_date"}  # updated_at is the server's (issue 9)
    assert patch["data"]["birth_date"] == "2012-03-05"
    assert patch["base"]["birth_date"] == "2012-03-04"


def test_saving_the_same_values_writes_no_outbox_entry(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    row = service.create(draft())
    before = len(outbox(store))
    service.update(row.id, draft())
    assert len(outbox(store)) == before


def test_deactivate_is_a_soft_delete_emitted_as_delete(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    row = service.create(draft())
    service.deactivate(row.id)

    assert service.get(row.id).is_active is False
    assert service.list_ids(StudentQuery()) == []
    assert service.list_ids(StudentQuery(active_only=False)) == [row.id]
    entry = outbox(store, "students")[-1]
    assert entry["op"] == "patch"  # is_active is an ordinary field (issue 9)
    assert entry["data"] == {"is_active": False} and entry["base"] == {"is_active": True}
    assert service.reactivate(row.id).is_active is True
    assert outbox(store, "students")[-1]["op"] == "patch"


def test_same_document_in_the_same_school_is_refused(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    first = service.create(draft())
    with pytest.raises(Conflict) as caught:
        service.create(draft(name="Otro Niño Distinto", number="1012-345-678", birth=None))
    error = caught.value
    assert error.code == "document_duplicate" and error.field == "document_number"
    assert error.message == "Ya existe una persona con este documento en el colegio: María José Pérez Gómez."
    assert error.params["student_id"] == first.id
    # Even a deactivated student keeps the document: reactivate instead of registering twice.
    service.deactivate(first.id)
    with pytest.raises(Conflict):
        service.create(draft(name="Otro Niño Distinto", birth=None))


def test_same_document_number_with_another_type_is_a_different_document(
    store: LocalStore, context: TenantContext
) -> None:
    service = StudentService(store, context)
    service.create(draft(doc_type="TI", number="1012345678"))
    other = service.create(draft(name="Pedro Ruiz Díaz", doc_type="NUIP", number="1012345678"))
    assert other.document_type == "NUIP"


def test_changing_a_student_to_another_students_document_is_refused(
    store: LocalStore, context: TenantContext
) -> None:
    service = StudentService(store, context)
    service.create(draft())
    second = service.create(draft(name="Pedro Ruiz Díaz", number="1098765432"))
    with pytest.raises(Conflict) as caught:
        service.update(second.id, draft(name="Pedro Ruiz Díaz", number="1012345678"))
    assert caught.value.code == "document_duplicate"
    assert service.get(second.id).document_number == "1098765432"


def test_similar_name_with_same_birth_date_is_a_warning_the_user_can_override(
    store: LocalStore, context: TenantContext
) -> None:
    service = StudentService(store, context)
    first = service.create(draft())
    twin = draft(name="maria jose perez  GOMEZ", number="1122334455")

    [warning] = service.warnings(twin)
    assert warning.code == "similar_student" and warning.field == "full_name"
    assert [row.id for row in service.similar(twin)] == [first.id]
    with pytest.raises(Conflict) as caught:
        service.create(twin)
    assert caught.value.code == "similar_student"
    assert caught.value.message.startswith("Ya existe un estudiante con nombre parecido")
    saved = service.create(twin, allow_similar=True)
    assert saved.full_name == "maria jose perez GOMEZ"
    # A different birth date is not similar.
    assert service.similar(draft(name="María José Pérez Gómez", birth=date(2013, 1, 1))) == []


@pytest.mark.parametrize(
    ("bad", "field", "code"),
    [
        (draft(name="   "), "full_name", "full_name_required"),
        (draft(name="x" * 256), "full_name", "too_long"),
        (draft(number="12AB"), "document_number", "document_number_digits_only"),
        (draft(number=""), "document_number", "document_number_required"),
        (draft(doc_type="XX"), "document_type", "document_type_unknown"),
        (draft(birth=date(2999, 1, 1)), "birth_date", "birth_date_in_future"),
        (draft(gender="Z"), "gender", "invalid_value"),
    ],
)
def test_bad_input_is_refused_with_the_field_and_a_spanish_message(
    store: LocalStore, context: TenantContext, bad: StudentDraft, field: str, code: str
) -> None:
    service = StudentService(store, context)
    with pytest.raises(ValidationFailed) as caught:
        service.create(bad)
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]
    assert caught.value.errors[0].message and "sin descripción" not in caught.value.errors[0].message
    assert outbox(store, "students") == []


def test_several_wrong_fields_are_reported_together(store: LocalStore, context: TenantContext) -> None:
    with pytest.raises(ValidationFailed) as caught:
        StudentService(store, context).create(StudentDraft("TI", "", ""))
    assert {e.field for e in caught.value.errors} == {"full_name", "document_number"}


def test_search_ignores_case_and_accents_and_matches_documents(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    perez = service.create(draft(name="Sofía Pérez Núñez", number="1000000001"))
    service.create(draft(name="Juan Gómez Ruiz", number="1000000002"))
    alvarez = service.create(draft(name="Ángela Álvarez Peña", number="1000000003"))

    assert service.list_ids(StudentQuery(text="perez")) == [perez.id]
    assert service.list_ids(StudentQuery(text="PÉREZ")) == [perez.id]
    assert service.list_ids(StudentQuery(text="nunez sof")) == [perez.id]
    assert service.list_ids(StudentQuery(text="pena")) == [alvarez.id]
    assert service.list_ids(StudentQuery(text="1000000003")) == [alvarez.id]
    assert service.list_ids(StudentQuery(text="%")) == []
    assert service.list_ids(StudentQuery(text="perez gomez")) == []


def test_list_is_sorted_in_sql_by_whitelisted_columns_and_rows_keep_that_order(
    store: LocalStore, context: TenantContext
) -> None:
    service = StudentService(store, context)
    zapata = service.create(draft(name="Zapata Ríos Luis", number="1000000001", birth=date(2010, 1, 1)))
    alvarez = service.create(draft(name="Álvarez Cano Ana", number="1000000002", birth=date(2012, 1, 1)))
    beltran = service.create(draft(name="beltrán Mora Eva", number="1000000003", birth=date(2011, 1, 1)))

    by_name = service.list_ids(StudentQuery())
    assert by_name == [alvarez.id, beltran.id, zapata.id]  # Á sorts with the A's, lower case with upper
    assert service.list_ids(StudentQuery(descending=True)) == list(reversed(by_name))
    assert service.list_ids(StudentQuery(sort="birth_date")) == [zapata.id, beltran.id, alvarez.id]
    assert [r.full_name for r in service.rows([zapata.id, alvarez.id])] == ["Zapata Ríos Luis", "Álvarez Cano Ana"]
    with pytest.raises(ValidationFailed) as caught:
        service.list_ids(StudentQuery(sort="full_name; DROP TABLE students"))
    assert caught.value.field == "sort"


def test_filters_by_grade_and_enrollment_status_in_a_year(store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 20), date(2026, 11, 30), status="active"))
    enrollments = EnrollmentService(store, context)
    fifth = students.create(draft(name="Ana Ruiz Mora", number="1000000001"))
    sixth = students.create(draft(name="Luis Ruiz Mora", number="1000000002"))
    students.create(draft(name="Sin Matrícula Aún", number="1000000003"))
    enrollments.enroll(fifth.id, EnrollmentDraft(year.id, "5", "A", "morning"))
    enrollments.enroll(sixth.id, EnrollmentDraft(year.id, "6", "B", "morning"))

    assert students.list_ids(StudentQuery(grade="5", school_year_id=year.id)) == [fifth.id]
    assert students.list_ids(StudentQuery(school_year_id=year.id)) == [fifth.id, sixth.id]
    assert students.list_ids(StudentQuery(enrollment_status="pending_documents")) == [fifth.id, sixth.id]
    assert students.list_ids(StudentQuery(enrollment_status="active")) == []
    # Without a year, grade and status filters mean the active year.
    next_year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26)))
    enrollments.enroll(sixth.id, EnrollmentDraft(next_year.id, "5", "A", "morning"))
    assert students.list_ids(StudentQuery(grade="5")) == [fifth.id]
    assert students.list_ids(StudentQuery(grade="5", school_year_id=next_year.id)) == [sixth.id]
    [row] = students.rows([sixth.id], school_year_id=year.id)
    assert (row.grade_level, row.group_code, row.enrollment_status) == ("6", "B", "pending_documents")


def test_every_call_checks_the_users_role(store: LocalStore, context: TenantContext) -> None:
    owner = StudentService(store, context)
    row = owner.create(draft())
    teacher = StudentService(store, TenantContext(context.school_id, context.user_id, frozenset({"teacher"})))
    assert teacher.list_ids(StudentQuery()) == [row.id]
    for attempt in (lambda: teacher.create(draft(number="1099999999")),
                    lambda: teacher.update(row.id, draft(name="Cambio")),
                    lambda: teacher.deactivate(row.id)):
        with pytest.raises(NotAllowed) as caught:
            attempt()
        assert caught.value.code == "not_allowed" and caught.value.message.startswith("Su rol no le permite")
    nobody = StudentService(store, TenantContext(context.school_id, context.user_id, frozenset({"janitor"})))
    with pytest.raises(NotAllowed):
        nobody.list_ids(StudentQuery())


def test_another_schools_students_are_invisible(store: LocalStore, context: TenantContext) -> None:
    row = StudentService(store, context).create(draft())
    with store.write() as session:
        other_school = session.insert("schools", {"name": "Otro colegio"})
    stranger = StudentService(store, TenantContext(other_school["id"], context.user_id, context.roles))
    assert stranger.list_ids(StudentQuery(active_only=False)) == []
    assert stranger.rows([row.id]) == []
    with pytest.raises(NotFound):
        stranger.get(row.id)
    with pytest.raises(NotFound):
        stranger.update(row.id, draft(name="Robado"))
    # The same document is free in another school.
    assert stranger.create(draft()).document_number == row.document_number
