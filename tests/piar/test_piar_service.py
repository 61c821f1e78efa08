"""`StudentService` and the PIAR: read with piar_view, saved with piar_edit in the student's one transaction;
the other keys of piar_data and the rest of the student stay as they were."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date

import pytest

from desktop_app.domain.errors import Conflict, NotAllowed, ValidationFailed
from desktop_app.domain.piar import WITHHELD, PiarAdjustment, PiarDraft
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import StudentDraft
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox

PIAR = PiarDraft(ajustes=(PiarAdjustment("Lenguaje", "Textos con letra grande", "Lupa", "Oral"),),
                 responsable_nombre="Marta Rojas", responsable_cargo="Docente de aula",
                 fecha_elaboracion="10/02/2026", revisiones=("15/05/2026",), acudiente="Luz Dary Ortiz")


def _stored(store: LocalStore, student_id: str) -> dict:
    connection = sqlite3.connect(store.path)
    try:
        row = connection.execute("SELECT full_name, extra_data, piar_data FROM students WHERE id = ?",
                                 (student_id,)).fetchone()
    finally:
        connection.close()
    return {"full_name": row[0], "extra_data": json.loads(row[1]), "piar_data": json.loads(row[2])}


def _student(service: StudentService, piar_data: dict | None = None) -> tuple[str, StudentDraft]:
    draft = StudentDraft("TI", "1012345678", "Sara Milena Ortiz", date(2013, 4, 5), extra_data={"barrio": "Centro"},
                         piar_data=piar_data or {"has_disability": True, "anexo_1": {"salud": "asma"}})
    return service.create(draft).id, dataclasses.replace(draft, extra_data={}, piar_data={})


def test_a_save_with_the_piar_is_one_write_keeping_every_other_key(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    student_id, draft = _student(service)
    before = len(outbox(store))

    service.save(student_id, draft, piar=PIAR)

    written = outbox(store)[before:]
    assert len(written) == 1 and set(written[0]["data"]) == {"piar_data"}  # nothing else of the student moved
    stored = _stored(store, student_id)
    assert stored["piar_data"]["has_disability"] is True and stored["piar_data"]["anexo_1"] == {"salud": "asma"}
    assert stored["extra_data"] == {"barrio": "Centro"}
    assert service.piar(student_id).draft == PIAR


def test_a_refused_piar_writes_nothing(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    student_id, draft = _student(service)
    before = len(outbox(store))
    with pytest.raises(ValidationFailed) as refused:
        service.save(student_id, dataclasses.replace(draft, full_name="Sara M. Ortiz"),
                     piar=dataclasses.replace(PIAR, fecha_elaboracion="2026-13-01"))
    assert refused.value.errors[0].field == "fecha_elaboracion"
    assert len(outbox(store)) == before and _stored(store, student_id)["full_name"] == "Sara Milena Ortiz"


def test_without_a_disability_the_piar_is_refused(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    student_id, draft = _student(service, {"has_disability": False})
    with pytest.raises(ValidationFailed) as refused:
        service.save(student_id, draft, piar=PIAR)
    assert refused.value.code == "piar_needs_disability"
    # the disability set in the same save (Salud y SIMAT) is enough
    service.save(student_id, dataclasses.replace(draft, piar_data={"has_disability": True}), piar=PIAR)
    assert service.piar(student_id).has_disability


@pytest.mark.parametrize("roles", [{"teacher"}, {"admin"}])
def test_roles_without_piar_view_neither_read_nor_write_it(store: LocalStore, context: TenantContext, roles: set) -> None:
    student_id, draft = _student(StudentService(store, context))
    other = StudentService(store, dataclasses.replace(context, roles=frozenset(roles)))
    with pytest.raises(NotAllowed):
        other.piar(student_id)
    with pytest.raises(NotAllowed):
        other.save(student_id, draft, piar=PIAR)


def test_a_piar_this_pc_was_not_sent_is_never_overwritten(store: LocalStore, context: TenantContext) -> None:
    service = StudentService(store, context)
    student_id, draft = _student(service, dict(WITHHELD))
    assert service.piar(student_id).withheld
    before = len(outbox(store))
    with pytest.raises(Conflict) as refused:
        service.save(student_id, dataclasses.replace(draft, piar_data={"has_disability": True}), piar=PIAR)
    assert refused.value.code == "piar_withheld" and len(outbox(store)) == before
    # the disability alone (Salud y SIMAT) is still saved, next to the marker: the server merges per key
    service.save(student_id, dataclasses.replace(draft, piar_data={"has_disability": True}))
    assert _stored(store, student_id)["piar_data"] == {**WITHHELD, "has_disability": True}
