"""`StudentService.save`: the student form's one action — student, guardian links and the similar check — is one
transaction (one outbox `tx_id`), and a refusal anywhere in it leaves nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import Conflict, NotFound, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import (
    GuardianDraft,
    GuardianLinkDraft,
    StudentDraft,
    StudentGuardianDraft,
    StudentQuery,
)
from desktop_app.services.guardians import GuardianService
from desktop_app.services.students import SimilarStudentsFound, StudentService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox


def _student(number: str = "1012345678", name: str = "Sara Milena Ortiz", **extra: object) -> StudentDraft:
    return StudentDraft("TI", number, name, date(2013, 4, 5), **extra)  # type: ignore[arg-type]


def _guardians(store: LocalStore, context: TenantContext) -> list[str]:
    service = GuardianService(store, context)
    return [
        service.create(GuardianDraft("CC", number, name, phone="3001234567")).id
        for number, name in (("52111222", "Luz Dary Ortiz"), ("79333444", "Jorge Ortiz Rey"), ("41555666", "Rosa Rey"))
    ]


def _link(guardian_id: str, relationship: str = "madre", *, primary: bool = False) -> StudentGuardianDraft:
    return StudentGuardianDraft(guardian_id, GuardianLinkDraft(relationship, is_primary=primary, can_pickup=True))


def _mutations_since(store: LocalStore, before: int) -> list[dict]:
    return [entry for entry in outbox(store) if entry["mutation_id"] > before]


def _last_mutation(store: LocalStore) -> int:
    entries = outbox(store)
    return entries[-1]["mutation_id"] if entries else 0


def test_a_new_student_with_two_guardians_is_one_transaction(store: LocalStore, context: TenantContext) -> None:
    mother, father, _ = _guardians(store, context)
    before = _last_mutation(store)

    row = StudentService(store, context).save(
        None, _student(), guardians=[_link(mother), _link(father, "padre", primary=True)]
    )

    written = _mutations_since(store, before)
    assert {entry["table_name"] for entry in written} == {"students", "student_guardians"}
    assert len([e for e in written if e["table_name"] == "student_guardians" and e["op"] == "insert"]) == 2
    assert len({entry["tx_id"] for entry in written}) == 1
    links = GuardianService(store, context).guardians_of(row.id)
    assert [(link.guardian_id, link.priority, link.is_primary) for link in links] == [
        (mother, 1, False), (father, 2, True)
    ]


def test_a_failure_in_the_middle_leaves_nothing(store: LocalStore, context: TenantContext) -> None:
    mother, _, _ = _guardians(store, context)
    service = StudentService(store, context)
    before = _last_mutation(store)

    # the second link names a guardian that does not exist: found only after the student and the first link
    with pytest.raises(NotFound):
        service.save(None, _student(), guardians=[_link(mother), _link("00000000-0000-0000-0000-000000000000")])
    with pytest.raises(ValidationFailed) as refused:
        service.save(None, _student(), guardians=[_link(mother), _link(mother + "x", "vecino")])

    assert refused.value.field == "relationship"
    assert _mutations_since(store, before) == []
    assert service.list_ids(StudentQuery(active_only=False)) == []


def test_editing_the_guardian_list_is_one_transaction_with_only_real_changes(
    store: LocalStore, context: TenantContext
) -> None:
    mother, father, grandmother = _guardians(store, context)
    service = StudentService(store, context)
    row = service.save(None, _student(), guardians=[_link(mother, primary=True), _link(father, "padre")])
    before = _last_mutation(store)

    # drop the mother, add the grandmother first (primary), keep the father with a changed flag
    service.save(row.id, _student(), guardians=[
        _link(grandmother, "abuela", primary=True),
        StudentGuardianDraft(father, GuardianLinkDraft("padre", can_pickup=False, is_emergency_contact=True)),
    ])

    written = _mutations_since(store, before)
    assert len({entry["tx_id"] for entry in written}) == 1
    assert all(entry["table_name"] == "student_guardians" for entry in written)  # the student did not change
    links = GuardianService(store, context).guardians_of(row.id)
    assert [(link.guardian_id, link.priority, link.is_primary, link.can_pickup, link.is_emergency_contact)
            for link in links] == [(grandmother, 1, True, True, False), (father, 2, False, False, True)]

    before = _last_mutation(store)
    service.save(row.id, _student(), guardians=[
        _link(grandmother, "abuela", primary=True),
        StudentGuardianDraft(father, GuardianLinkDraft("padre", can_pickup=False, is_emergency_contact=True)),
    ])
    assert _mutations_since(store, before) == []  # saving what is stored writes nothing


def test_a_similar_student_is_refused_with_the_list_and_nothing_written(
    store: LocalStore, context: TenantContext
) -> None:
    mother, _, _ = _guardians(store, context)
    service = StudentService(store, context)
    first = service.save(None, _student())
    before = _last_mutation(store)

    with pytest.raises(SimilarStudentsFound) as found:
        service.save(None, _student("1098765432", "SARA milena Ortíz"), guardians=[_link(mother)])

    assert [student.id for student in found.value.students] == [first.id]
    assert found.value.code == "similar_student" and found.value.field == "full_name"
    assert _mutations_since(store, before) == []
    second = service.save(None, _student("1098765432", "SARA milena Ortíz"), guardians=[_link(mother)],
                          allow_similar=True)
    assert len({entry["tx_id"] for entry in _mutations_since(store, before)}) == 1
    assert [link.guardian_id for link in GuardianService(store, context).guardians_of(second.id)] == [mother]


def test_a_save_keeps_every_column_and_json_key_the_form_does_not_show(
    store: LocalStore, context: TenantContext
) -> None:
    service = StudentService(store, context)
    row = service.save(None, _student())
    # written by another screen, another PC or the server: the form knows none of it
    with store.write() as session:
        session.patch("students", row.id, {
            "extra_data": {"eps": "Sura", "rh": "O+"}, "piar_data": {"has_disability": True},
        }, school_id=context.school_id)

    service.save(row.id, _student(name="Sara Milena Ortiz Rey"))
    service.save(row.id, _student(name="Sara Milena Ortiz Rey", extra_data={"rh": "A+", "sisben": "B2"}))

    with store.read() as session:
        stored = session.get("students", row.id, school_id=context.school_id)
    assert stored is not None
    assert stored["full_name"] == "Sara Milena Ortiz Rey"
    assert stored["extra_data"] == {"eps": "Sura", "rh": "A+", "sisben": "B2"}
    assert stored["piar_data"] == {"has_disability": True}
    assert stored["is_active"] is True


def test_a_new_guardian_is_registered_by_the_same_save_or_not_at_all(
    store: LocalStore, context: TenantContext
) -> None:
    service, guardians = StudentService(store, context), GuardianService(store, context)
    new_mother = GuardianDraft("CC", "52.999.888", "Gloria Inés Patiño", phone="3015556677")
    before = _last_mutation(store)

    # refused at the second guardian: neither the student nor the new guardian stays
    with pytest.raises(NotFound):
        service.save(None, _student(), guardians=[
            StudentGuardianDraft(None, GuardianLinkDraft("madre"), new_guardian=new_mother),
            _link("00000000-0000-0000-0000-000000000000", "padre"),
        ])
    assert _mutations_since(store, before) == [] and guardians.list_ids(active_only=False) == []

    row = service.save(None, _student(), guardians=[
        StudentGuardianDraft(None, GuardianLinkDraft("madre"), new_guardian=new_mother),
    ])
    written = _mutations_since(store, before)
    assert sorted(entry["table_name"] for entry in written) == ["guardians", "student_guardians", "students"]
    assert len({entry["tx_id"] for entry in written}) == 1
    [link] = guardians.guardians_of(row.id)
    assert (link.full_name, link.guardian.document_number, link.is_primary) == ("Gloria Inés Patiño", "52999888", True)


def test_a_new_guardian_whose_document_is_taken_by_then_is_refused_under_guardians(
    store: LocalStore, context: TenantContext
) -> None:
    GuardianService(store, context).create(GuardianDraft("CC", "52999888", "Gloria Patiño"))
    with pytest.raises(Conflict) as refused:
        StudentService(store, context).save(None, _student(), guardians=[
            StudentGuardianDraft(None, GuardianLinkDraft("madre"), new_guardian=GuardianDraft("CC", "52999888", "G"))
        ])
    assert [(e.field, e.code) for e in refused.value.errors] == [("guardians", "document_duplicate")]
    assert StudentService(store, context).list_ids(StudentQuery(active_only=False)) == []
