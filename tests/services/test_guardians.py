"""GuardianService on a real SQLite file: records shared by siblings, one primary, dense priorities."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import GuardianDraft, GuardianLinkDraft, StudentDraft
from desktop_app.services.guardians import GuardianService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox


@pytest.fixture
def guardians(store: LocalStore, context: TenantContext) -> GuardianService:
    return GuardianService(store, context)


@pytest.fixture
def kids(store: LocalStore, context: TenantContext) -> list[str]:
    service = StudentService(store, context)
    return [service.create(StudentDraft("TI", f"10000000{n:02d}", f"Hijo{n} Pérez Núñez", date(2012, 1, n + 1))).id
            for n in range(3)]


def mother(number: str = "52.123.456", name: str = "Ana María Núñez") -> GuardianDraft:
    return GuardianDraft("CC", number, name, phone="310 555 1234", email="ana@correo.com")


def state(guardians: GuardianService, student_id: str) -> list[tuple[str, int, bool]]:
    return [(row.guardian.full_name, row.priority, row.is_primary) for row in guardians.guardians_of(student_id)]


def test_create_normalizes_and_find_by_document_reuses_the_record(guardians: GuardianService) -> None:
    created = guardians.create(mother())
    assert created.document_number == "52123456" and created.full_name == "Ana María Núñez"
    assert guardians.find_by_document("cc", "52 123 456") == created
    assert guardians.find_by_document("CC", "99999999") is None
    with pytest.raises(Conflict) as caught:
        guardians.create(mother(name="Otra Persona"))
    assert caught.value.code == "document_duplicate" and caught.value.params["guardian_id"] == created.id
    assert "Ana María Núñez" in caught.value.message


def test_siblings_share_one_guardian_record(guardians: GuardianService, kids: list[str]) -> None:
    mom = guardians.create(mother())
    for kid in kids:
        found = guardians.find_by_document("CC", "52123456")
        assert found is not None
        guardians.link(kid, found.id, GuardianLinkDraft("madre", can_pickup=True))
    assert {row.id for row in guardians.students_of(mom.id)} == set(kids)
    assert len(guardians.students_of(mom.id)) == 3
    assert guardians.list_ids("nunez") == [mom.id]
    guardians.update(mom.id, mother(name="Ana María Núñez de Pérez"))
    assert all(guardians.guardians_of(kid)[0].guardian.full_name == "Ana María Núñez de Pérez" for kid in kids)


def test_first_link_is_primary_and_a_new_primary_replaces_the_old(
    guardians: GuardianService, kids: list[str], store: LocalStore
) -> None:
    kid = kids[0]
    mom = guardians.create(mother())
    dad = guardians.create(GuardianDraft("CC", "80123456", "Pedro Pérez"))
    grandma = guardians.create(GuardianDraft("CC", "41123456", "Rosa Núñez"))
    first = guardians.link(kid, mom.id, GuardianLinkDraft("madre"))
    assert first.is_primary and first.priority == 1
    guardians.link(kid, dad.id, GuardianLinkDraft("padre"))
    assert state(guardians, kid) == [("Ana María Núñez", 1, True), ("Pedro Pérez", 2, False)]
    guardians.link(kid, grandma.id, GuardianLinkDraft("abuela", is_primary=True, priority=1))
    assert state(guardians, kid) == [("Rosa Núñez", 1, True), ("Ana María Núñez", 2, False),
                                     ("Pedro Pérez", 3, False)]
    # Switching the primary: exactly one primary, recorded as patches of only the changed flags.
    guardians.update_link(kid, dad.id, GuardianLinkDraft("padre", is_primary=True, is_emergency_contact=True))
    assert [r.is_primary for r in guardians.guardians_of(kid)] == [False, False, True]
    link_patches = [e for e in outbox(store, "student_guardians") if e["op"] == "patch"]
    assert all(set(e["data"]) <= {"priority", "is_primary", "is_emergency_contact", "relationship", "can_pickup"}
               for e in link_patches)


def test_the_primary_cannot_be_simply_unset(guardians: GuardianService, kids: list[str]) -> None:
    mom = guardians.create(mother())
    guardians.link(kids[0], mom.id, GuardianLinkDraft("madre"))
    with pytest.raises(Conflict) as caught:
        guardians.update_link(kids[0], mom.id, GuardianLinkDraft("madre", is_primary=False))
    assert caught.value.code == "primary_guardian_required"
    assert caught.value.message == "El estudiante debe tener un acudiente principal."


def test_priorities_stay_unique_and_dense_through_reorder_and_unlink(
    guardians: GuardianService, kids: list[str]
) -> None:
    kid = kids[0]
    people = [guardians.create(GuardianDraft("CC", f"7012345{n}", f"Persona {n}")) for n in range(4)]
    for person in people:
        guardians.link(kid, person.id, GuardianLinkDraft("acudiente"))
    order = [people[2].id, people[0].id, people[3].id, people[1].id]
    rows = guardians.reorder(kid, order)
    assert [r.guardian.id for r in rows] == order and [r.priority for r in rows] == [1, 2, 3, 4]
    assert [r.is_primary for r in rows] == [False, True, False, False]  # the primary stays who it was
    guardians.unlink(kid, people[0].id)  # the primary leaves: the first in order takes over
    assert state(guardians, kid) == [("Persona 2", 1, True), ("Persona 3", 2, False), ("Persona 1", 3, False)]
    guardians.update_link(kid, people[1].id, GuardianLinkDraft("acudiente", priority=1))
    assert [p for _, p, _ in state(guardians, kid)] == [1, 2, 3]
    assert state(guardians, kid)[0][0] == "Persona 1"
    with pytest.raises(Conflict) as caught:
        guardians.reorder(kid, [people[1].id, people[2].id])
    assert caught.value.code == "guardian_order_mismatch"


def test_pickup_and_emergency_flags_are_kept(guardians: GuardianService, kids: list[str]) -> None:
    mom = guardians.create(mother())
    row = guardians.link(kids[0], mom.id, GuardianLinkDraft("madre", can_pickup=True, is_emergency_contact=True))
    assert row.can_pickup and row.is_emergency_contact and row.relationship == "madre"
    row = guardians.update_link(kids[0], mom.id, GuardianLinkDraft("madre", is_primary=True, can_pickup=False))
    assert not row.can_pickup and not row.is_emergency_contact


def test_link_errors(guardians: GuardianService, kids: list[str]) -> None:
    mom = guardians.create(mother())
    guardians.link(kids[0], mom.id, GuardianLinkDraft("madre"))
    with pytest.raises(Conflict) as caught:
        guardians.link(kids[0], mom.id, GuardianLinkDraft("madre"))
    assert caught.value.code == "guardian_already_linked"
    with pytest.raises(ValidationFailed) as bad:
        guardians.link(kids[1], mom.id, GuardianLinkDraft("vecina"))
    assert bad.value.code == "relationship_unknown" and "vecina" in bad.value.message
    with pytest.raises(NotFound) as missing:
        guardians.unlink(kids[1], mom.id)
    assert missing.value.code == "guardian_not_linked"
    with pytest.raises(NotFound):
        guardians.link("no-such-student", mom.id, GuardianLinkDraft("madre"))


@pytest.mark.parametrize(
    ("draft", "field", "code"),
    [
        (GuardianDraft("TI", "1012345678", "Menor"), "document_type", "document_type_not_for_guardian"),
        (GuardianDraft("CC", "52123456", " "), "full_name", "full_name_required"),
        (GuardianDraft("CC", "52A", "Ana"), "document_number", "document_number_digits_only"),
        (GuardianDraft("CC", "52123456", "Ana", email="ana@"), "email", "invalid_email"),
        (GuardianDraft("CC", "52123456", "Ana", phone="12"), "phone", "invalid_phone"),
    ],
)
def test_bad_guardian_input_is_refused(guardians: GuardianService, draft: GuardianDraft, field: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        guardians.create(draft)
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]
    assert "sin descripción" not in caught.value.errors[0].message


def test_teachers_cannot_edit_guardians(store: LocalStore, context: TenantContext) -> None:
    teacher = GuardianService(store, TenantContext(context.school_id, context.user_id, frozenset({"teacher"})))
    with pytest.raises(NotAllowed):
        teacher.create(mother())
    assert teacher.list_ids() == []


def test_deactivating_a_guardian_is_a_soft_delete(guardians: GuardianService, kids: list[str], store: LocalStore) -> None:
    mom = guardians.create(mother())
    guardians.link(kids[0], mom.id, GuardianLinkDraft("madre"))
    assert guardians.deactivate(mom.id).is_active is False
    assert guardians.list_ids("nunez") == [] and guardians.list_ids("nunez", active_only=False) == [mom.id]
    assert guardians.guardians_of(kids[0])[0].guardian.is_active is False
    entry = outbox(store, "guardians")[-1]
    # is_active is an ordinary field (issue 9): deactivation syncs as a plain patch.
    assert entry["op"] == "patch" and entry["data"] == {"is_active": False}
    assert guardians.reactivate(mom.id).is_active is True
