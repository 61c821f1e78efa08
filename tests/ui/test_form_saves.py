"""One button, one transaction: what the forms save lands in the outbox under one `tx_id`, a refusal halfway
leaves nothing, and no form wipes a column or JSON key it does not show."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

import pytest

from desktop_app.services.dto import (
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    GuardianRow,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import UiServices
from desktop_app.ui.guardians.form import GuardianDialog
from desktop_app.ui.students.form import STUDENT_FIELDS, StudentDialog
from desktop_app.ui.students.guardian_links import GuardianLinkDialog, LinkEntry
from tests.ui.typing_helpers import type_text


def _outbox(store: LocalStore, after: int = 0) -> list[dict[str, Any]]:
    connection = sqlite3.connect(store.path)
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute(
            "SELECT mutation_id, tx_id, table_name, op FROM sync_outbox WHERE mutation_id > ? ORDER BY mutation_id",
            (after,),
        ).fetchall()
    finally:
        connection.close()
    return [dict(row) for row in rows]


def _last_mutation(store: LocalStore) -> int:
    entries = _outbox(store)
    return int(entries[-1]["mutation_id"]) if entries else 0


def _stored(store: LocalStore, table: str, row_id: str) -> dict[str, Any]:
    connection = sqlite3.connect(store.path)
    connection.row_factory = sqlite3.Row
    try:
        row = connection.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    finally:
        connection.close()
    assert row is not None
    return dict(row)


def _new_student_dialog(qtbot, services: UiServices, guardians: list[GuardianRow]) -> StudentDialog:  # type: ignore[no-untyped-def]
    dialog = StudentDialog(services, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.document_type_combo.setCurrentIndex(dialog.document_type_combo.findData("TI"))
    type_text(dialog.document_number_edit, "1012345678")
    type_text(dialog.full_name_edit, "Valentina Ospina Ruiz")
    type_text(dialog.birth_date_edit, "02/02/2013")
    for number, guardian in enumerate(guardians):
        relationship = ("madre", "padre")[number % 2]
        dialog.links_model.add_or_replace(LinkEntry(guardian, GuardianLinkDraft(relationship, is_primary=number == 0)))
    return dialog


def test_a_student_with_two_guardians_saved_from_the_form_is_one_transaction(
    qtbot, services: UiServices, store: LocalStore  # type: ignore[no-untyped-def]
) -> None:
    guardians = [
        services.guardians.create(GuardianDraft("CC", "52000111", "Marta Ruiz")),
        services.guardians.create(GuardianDraft("CC", "79000222", "Julián Ospina")),
    ]
    dialog = _new_student_dialog(qtbot, services, guardians)
    before = _last_mutation(store)

    with qtbot.waitSignal(dialog.student_saved, timeout=5000) as saved:
        dialog.save()

    written = _outbox(store, before)
    assert sorted((entry["table_name"], entry["op"]) for entry in written) == [
        ("student_guardians", "insert"), ("student_guardians", "insert"), ("students", "insert"),
    ]
    assert len({entry["tx_id"] for entry in written}) == 1
    links = services.guardians.guardians_of(saved.args[0])
    assert [(link.full_name, link.priority, link.is_primary) for link in links] == [
        ("Marta Ruiz", 1, True), ("Julián Ospina", 2, False),
    ]


def test_a_refusal_halfway_through_the_save_leaves_nothing_and_keeps_the_form(
    qtbot, services: UiServices, store: LocalStore  # type: ignore[no-untyped-def]
) -> None:
    real = services.guardians.create(GuardianDraft("CC", "52000111", "Marta Ruiz"))
    # the second guardian is gone by the time the form saves (removed on another PC, say)
    gone = GuardianRow("00000000-0000-4000-8000-000000000000", "CC", "79000222", "Julián Ospina",
                       None, None, None, None, None, True)
    dialog = _new_student_dialog(qtbot, services, [real, gone])
    before = _last_mutation(store)

    dialog.save()

    assert dialog.isVisible() and dialog.general_error.isVisible() and dialog.general_error.text()
    assert _outbox(store, before) == []
    assert dialog.student_id() is None  # nothing was created: saving again creates, never half-updates
    assert dialog.full_name_edit.text() == "Valentina Ospina Ruiz"
    assert dialog.links_model.rowCount() == 2

    dialog.links_model.remove(1)
    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()
    assert len({entry["tx_id"] for entry in _outbox(store, before)}) == 1


def test_the_student_form_keeps_what_it_does_not_show(qtbot, services: UiServices, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    student = services.students.create(StudentDraft("TI", "1012345678", "Valentina Ospina", date(2013, 2, 2)))
    with store.write() as session:  # written elsewhere (another screen, another PC, the server)
        session.patch("students", student.id, {
            "extra_data": {"eps": "Sura", "rh": "O+"}, "piar_data": {"has_disability": True},
        }, school_id=services.context.school_id)
    dialog = StudentDialog(services, student.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name_edit.setText("Valentina Ospina Ruiz")

    with qtbot.waitSignal(dialog.student_saved, timeout=5000):
        dialog.save()

    stored = _stored(store, "students", student.id)
    assert stored["full_name"] == "Valentina Ospina Ruiz"
    assert json.loads(stored["extra_data"]) == {"eps": "Sura", "rh": "O+"}
    assert json.loads(stored["piar_data"]) == {"has_disability": True}
    assert stored["is_active"] == 1


def test_the_student_form_fields_are_declared_once(qtbot, services: UiServices) -> None:  # type: ignore[no-untyped-def]
    dialog = StudentDialog(services, None)
    qtbot.addWidget(dialog)
    names = [field.name for field in STUDENT_FIELDS]
    assert set(names) == set(dialog.form.bindings)  # every form row is a declared field, and back
    draft = StudentDraft("TI", "1012345678", "Valentina Ospina", date(2013, 2, 2), "F")
    dialog.load(draft)
    assert dialog.draft() == draft  # load and draft are inverse for every declared field


def test_the_guardian_form_keeps_what_it_does_not_show(qtbot, services: UiServices, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    guardian = services.guardians.create(GuardianDraft("CC", "52000111", "Marta Ruiz", phone="3001112233",
                                                       address="Cra 5 # 10-20"))
    services.guardians.deactivate(guardian.id)
    before = _stored(store, "guardians", guardian.id)
    dialog = GuardianDialog(services, guardian.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.occupation_edit.setText("Enfermera")

    with qtbot.waitSignal(dialog.guardian_saved, timeout=5000):
        dialog.save()

    after = _stored(store, "guardians", guardian.id)
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {"occupation", "updated_at"}


@pytest.fixture
def enrollment(services: UiServices, store: LocalStore) -> str:
    year = services.school_years.create_year(SchoolYearDraft("2027", date(2027, 1, 25), date(2027, 11, 30), "active"))
    student = services.students.create(StudentDraft("TI", "1012345678", "Valentina Ospina", date(2013, 2, 2)))
    row = services.enrollments.enroll(student.id, EnrollmentDraft(year.id, "6", "601", "morning"))
    with store.write() as session:
        session.patch("enrollments", row.id, {
            "extra_data": {"is_new_student": True, "previous_school": "IE La Paz"},
            "simat_status": {"reported": True},
        }, school_id=services.context.school_id)
    return row.id


def test_enrollment_edits_and_status_changes_keep_what_they_do_not_touch(
    services: UiServices, store: LocalStore, enrollment: str
) -> None:
    row = services.enrollments.get(enrollment)
    services.enrollments.update(enrollment, EnrollmentDraft(row.school_year_id, "6", "602", "morning",
                                                            is_new_student=False))
    services.enrollments.change_status(enrollment, "withdrawn", "Se trasladó de ciudad")

    stored = _stored(store, "enrollments", enrollment)
    assert json.loads(stored["extra_data"]) == {"is_new_student": False, "previous_school": "IE La Paz"}
    assert json.loads(stored["simat_status"]) == {"reported": True}
    assert (stored["group_code"], stored["status"]) == ("602", "withdrawn")


def test_a_school_year_edit_changes_only_what_it_was_given(services: UiServices, store: LocalStore) -> None:
    # the UI only creates years today (SchoolYearDialog); the edit use case must not touch anything else either
    year = services.school_years.create_year(SchoolYearDraft("2027", date(2027, 1, 25), date(2027, 11, 30)))
    before = _stored(store, "school_years", year.id)

    services.school_years.update_year(year.id, SchoolYearDraft("Año 2027", date(2027, 1, 25), date(2027, 11, 30)))

    after = _stored(store, "school_years", year.id)
    assert {key for key in after if after[key] != before[key]} == {"name", "updated_at"}


def test_a_guardian_typed_in_the_link_dialog_is_registered_only_by_the_students_save(
    qtbot, services: UiServices, store: LocalStore  # type: ignore[no-untyped-def]
) -> None:
    dialog = _new_student_dialog(qtbot, services, [])
    link_dialog = GuardianLinkDialog(services, None, dialog)
    qtbot.addWidget(link_dialog)
    link_dialog.show()
    type_text(link_dialog.fields.document_number_edit, "52999888")
    link_dialog.submit()  # the first Aceptar searches: not registered
    type_text(link_dialog.fields.full_name_edit, "Gloria Inés Patiño")
    type_text(link_dialog.fields.phone_edit, "12")
    link_dialog.submit()
    assert link_dialog.fields.form.error_label("phone").isVisible()  # checked now, beside its field
    link_dialog.fields.phone_edit.setText("3015556677")
    link_dialog.submit()
    assert link_dialog.result_entry is not None
    dialog.links_model.add_or_replace(link_dialog.result_entry)
    assert services.guardians.list_ids(active_only=False) == []  # nothing registered yet
    before = _last_mutation(store)

    with qtbot.waitSignal(dialog.student_saved, timeout=5000) as saved:
        dialog.save()

    written = _outbox(store, before)
    assert sorted(entry["table_name"] for entry in written) == ["guardians", "student_guardians", "students"]
    assert len({entry["tx_id"] for entry in written}) == 1
    [link] = services.guardians.guardians_of(saved.args[0])
    assert (link.full_name, link.guardian.phone, link.is_primary) == ("Gloria Inés Patiño", "3015556677", True)


def test_marking_a_document_keeps_what_the_checklist_does_not_show(
    services: UiServices, store: LocalStore, enrollment: str
) -> None:
    code = services.enrollments.checklist(enrollment)[0].requirement.code
    services.enrollments.mark_document(enrollment, code, "received")
    with store.write() as session:  # e.g. the scan's upload (issue: documents) adds its own keys
        [row] = session.find("enrollment_documents", school_id=services.context.school_id,
                             enrollment_id=enrollment, document_type=code)
        session.patch("enrollment_documents", row["id"], {
            "metadata": {**row["metadata"], "pages": 2}, "file_name": "registro.pdf",
        }, school_id=services.context.school_id)

    services.enrollments.mark_document(enrollment, code, "validated")

    with store.read() as session:
        [row] = session.find("enrollment_documents", school_id=services.context.school_id,
                             enrollment_id=enrollment, document_type=code)
    assert row["status"] == "validated" and row["file_name"] == "registro.pdf"
    assert row["metadata"]["pages"] == 2
