"""Undo of an import's matrículas and acudiente links (soft delete under `enrollment_delete`), their revival by
deterministic id on a re-import, the «Principal» column, and "changed afterwards" for links and matrículas."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest

from desktop_app.domain import permissions
from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.ids import enrollment_id, student_guardian_id
from desktop_app.domain.import_values import auto_mapping
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import (
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    SchoolYearDraft,
    StudentDraft,
)
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.importer import ImportRefused, ImportService, Status
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.importing.test_importer import sheet_of
from tests.services.conftest import outbox

HEADERS = ("Tipo", "Número", "Nombre completo", "Fecha de nacimiento", "Grado", "Documento acudiente",
           "Nombre acudiente", "Parentesco", "Principal")


def rows(store: LocalStore, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.fixture
def year_id(store: LocalStore, context: TenantContext) -> str:
    return SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 20), date(2026, 11, 30), status="active")).id


def roster() -> Any:
    return sheet_of([
        ["TI", "1088888888", "Camila Ríos", "01/01/2013", "5", "52111222", "Marta Ríos", "Madre", ""],
        ["TI", "1077777777", "Juan Díaz", "02/02/2013", "5", "79000111", "Jorge Díaz", "Padre", "sí"],
    ], headers=HEADERS)


def test_undo_soft_deletes_links_and_matriculas_and_a_reimport_revives_the_same_rows(
        store: LocalStore, context: TenantContext, year_id: str) -> None:
    service = ImportService(store, context)
    sheet = roster()
    mapping = auto_mapping(HEADERS)
    assert mapping["guardian_primary"] == 8
    batch = service.commit(sheet, mapping, file_name="a.csv", school_year_id=year_id)
    assert batch.counts == {"created": 2, "updated": 0, "enrollments": 2, "guardians": 2, "links": 2}
    students = dict(rows(store, "SELECT document_number, id FROM students"))
    guardians = dict(rows(store, "SELECT document_number, id FROM guardians"))
    camila = students["1088888888"]
    link = student_guardian_id(camila, guardians["52111222"])
    assert rows(store, "SELECT id FROM enrollments WHERE student_id = ?", (camila,)) == [
        (enrollment_id(camila, year_id),)]
    assert rows(store, "SELECT id FROM student_guardians WHERE student_id = ?", (camila,)) == [(link,)]
    mark = len(outbox(store))

    service.undo(batch.id)

    assert rows(store, "SELECT count(*) FROM enrollments WHERE deleted_at IS NULL") == [(0,)]
    assert rows(store, "SELECT count(*) FROM student_guardians WHERE deleted_at IS NULL") == [(0,)]
    assert rows(store, "SELECT count(*) FROM enrollments") == [(2,)]  # tombstones: nothing is erased
    assert rows(store, "SELECT count(*) FROM students WHERE is_active") == [(0,)]
    assert rows(store, "SELECT count(*) FROM guardians WHERE is_active") == [(0,)]
    entries = outbox(store)[mark:]
    assert sorted(e["op"] for e in entries if e["table_name"] in ("enrollments", "student_guardians")) == [
        "delete"] * 4
    assert len({e["tx_id"] for e in entries}) == 1  # one action, one transaction

    again = service.preview(sheet, mapping, school_year_id=year_id)
    assert [r.status for r in again.rows] == [Status.update, Status.update]
    assert again.rows[0].changes["is_active"] == (False, True)  # the re-import offers to reactivate
    redo = service.commit(sheet, mapping, file_name="a.csv", school_year_id=year_id)

    assert redo.counts["enrollments"] == 2 and redo.counts["links"] == 2
    assert rows(store, "SELECT id, deleted_at FROM enrollments WHERE student_id = ?", (camila,)) == [
        (enrollment_id(camila, year_id), None)]  # the same row, revived
    assert rows(store, "SELECT id, deleted_at FROM student_guardians WHERE student_id = ?", (camila,)) == [
        (link, None)]
    assert rows(store, "SELECT count(*) FROM students WHERE is_active") == [(2,)]
    assert rows(store, "SELECT count(*) FROM guardians WHERE is_active") == [(2,)]  # the acudientes come back
    revived = [e for e in outbox(store) if e["table_name"] == "enrollments"][-2:]
    assert {e["op"] for e in revived} == {"patch"} and all(e["data"]["deleted_at"] is None for e in revived)
    service.undo(redo.id)  # and the second batch undoes like the first
    assert rows(store, "SELECT count(*) FROM guardians WHERE is_active") == [(0,)]
    assert rows(store, "SELECT count(*) FROM enrollments WHERE deleted_at IS NULL") == [(0,)]


def test_principal_makes_the_link_primary_and_undo_gives_the_old_primary_back(
        store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    guardians = GuardianService(store, context)
    juan = students.create(StudentDraft("TI", "1077777777", "Juan Díaz", date(2013, 2, 2)))
    mother = guardians.create(GuardianDraft("CC", "52999888", "Luz Peña"))
    guardians.link(juan.id, mother.id, GuardianLinkDraft("madre", is_primary=True))
    headers = HEADERS[:4] + HEADERS[5:]
    yes = sheet_of([["TI", "1077777777", "Juan Díaz", "02/02/2013", "79000111", "Jorge Díaz", "Padre", "Sí"]],
                   headers=headers)
    service = ImportService(store, context)

    batch = service.commit(yes, auto_mapping(headers), file_name="a.csv")

    primary = rows(store, "SELECT g.full_name FROM student_guardians l JOIN guardians g ON g.id = l.guardian_id "
                          "WHERE l.is_primary AND l.deleted_at IS NULL")
    assert primary == [("Jorge Díaz",)]  # one primary per student
    service.undo(batch.id)
    primary = rows(store, "SELECT g.full_name FROM student_guardians l JOIN guardians g ON g.id = l.guardian_id "
                          "WHERE l.is_primary AND l.deleted_at IS NULL")
    assert primary == [("Luz Peña",)]

    no = sheet_of([["TI", "1077777777", "Juan Díaz", "02/02/2013", "79000111", "Jorge Díaz", "Padre", ""]],
                  headers=headers)
    service.commit(no, auto_mapping(headers), file_name="b.csv")
    assert rows(store, "SELECT g.full_name, l.is_primary FROM student_guardians l JOIN guardians g "
                       "ON g.id = l.guardian_id WHERE l.deleted_at IS NULL ORDER BY l.priority") == [
        ("Luz Peña", 1), ("Jorge Díaz", 0)]


def test_principal_on_an_acudiente_already_linked_makes_it_the_primary_and_undo_gives_it_back(
        store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    guardians = GuardianService(store, context)
    juan = students.create(StudentDraft("TI", "1077777777", "Juan Díaz", date(2013, 2, 2)))
    mother = guardians.create(GuardianDraft("CC", "52999888", "Luz Peña"))
    father = guardians.create(GuardianDraft("CC", "79000111", "Jorge Díaz"))
    guardians.link(juan.id, mother.id, GuardianLinkDraft("madre", is_primary=True))
    guardians.link(juan.id, father.id, GuardianLinkDraft("padre"))
    headers = HEADERS[:4] + HEADERS[5:]
    sheet = sheet_of([["TI", "1077777777", "Juan Díaz", "02/02/2013", "79000111", "Jorge Díaz", "Padre", "x"]],
                     headers=headers)
    service = ImportService(store, context)
    [row] = service.preview(sheet, auto_mapping(headers)).rows
    assert row.status == Status.update and row.changes == {"acudiente_principal": ("Luz Peña", "Jorge Díaz")}

    batch = service.commit(sheet, auto_mapping(headers), file_name="a.csv")

    def primary() -> list[tuple[Any, ...]]:
        return rows(store, "SELECT g.full_name FROM student_guardians l JOIN guardians g ON g.id = l.guardian_id "
                           "WHERE l.is_primary AND l.deleted_at IS NULL")

    assert batch.counts["links"] == 0 and primary() == [("Jorge Díaz",)]
    assert service.preview(sheet, auto_mapping(headers)).rows[0].status == Status.unchanged
    service.undo(batch.id)
    assert primary() == [("Luz Peña",)]
    assert rows(store, "SELECT count(*) FROM student_guardians WHERE deleted_at IS NULL") == [(2,)]


def test_undo_is_refused_when_a_matricula_or_a_link_changed_afterwards(
        store: LocalStore, context: TenantContext, year_id: str) -> None:
    service = ImportService(store, context)
    batch = service.commit(roster(), auto_mapping(HEADERS), file_name="a.csv", school_year_id=year_id)
    students = dict(rows(store, "SELECT document_number, id FROM students"))
    camila, juan = students["1088888888"], students["1077777777"]
    EnrollmentService(store, context).update(enrollment_id(camila, year_id),
                                             EnrollmentDraft(year_id, "5", group_code="B"))
    jorge = dict(rows(store, "SELECT document_number, id FROM guardians"))["79000111"]
    GuardianService(store, context).unlink(juan, jorge)
    before = len(outbox(store))

    with pytest.raises(ImportRefused) as refused:
        service.undo(batch.id)

    assert refused.value.messages == [
        "No se puede deshacer: las matrículas de estos estudiantes cambiaron después de importarlas: "
        "Camila Ríos (TI 1088888888).",
        "No se puede deshacer: los vínculos con acudientes de estos estudiantes cambiaron después de importarlos: "
        "Juan Díaz (TI 1077777777).",
    ]
    assert len(outbox(store)) == before and not service.batches()[0].undone


def test_undoing_matriculas_needs_enrollment_delete(store: LocalStore, context: TenantContext, year_id: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    service = ImportService(store, context)
    batch = service.commit(roster(), auto_mapping(HEADERS), file_name="a.csv", school_year_id=year_id)
    # Roles that may do everything else an undo needs, but not enrollment_delete.
    for role in permissions.known_roles(context.roles):
        monkeypatch.setitem(permissions.PERMISSIONS, role,
                            permissions.PERMISSIONS[role] - {permissions.Action.enrollment_delete})

    with pytest.raises(NotAllowed):
        service.undo(batch.id)

    monkeypatch.undo()
    assert not service.batches()[0].undone
    assert service.undo(batch.id).undone


def test_the_importaciones_list_says_what_deshacer_annuls_and_the_button_undoes_it(
        qtbot, store: LocalStore, context: TenantContext, year_id: str,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.importing.test_dialog_flow import _dialog

    ImportService(store, context).commit(roster(), auto_mapping(HEADERS), file_name="a.csv", school_year_id=year_id)
    dialog = _dialog(qtbot, store, context)
    assert dialog.batches.item(0).text().endswith(": 2 nuevos, 0 actualizados, 2 matrículas, 2 vínculos con "
                                                  "acudientes")
    dialog.batches.setCurrentRow(0)
    for role in permissions.known_roles(context.roles):
        monkeypatch.setitem(permissions.PERMISSIONS, role,
                            permissions.PERMISSIONS[role] - {permissions.Action.enrollment_delete})
    dialog.undo_button.click()
    assert dialog.message.text() == "Su rol no le permite anular matrículas o vínculos de acudientes."
    monkeypatch.undo()
    dialog.undo_button.click()
    assert dialog.message.text() == "Importación de a.csv deshecha."
    assert rows(store, "SELECT count(*) FROM enrollments WHERE deleted_at IS NULL") == [(0,)]
    assert dialog.batches.item(0).text().endswith(" (deshecha)")


def test_undone_matriculas_leave_the_lists_and_the_group_counts(store: LocalStore, context: TenantContext,
                                                                 year_id: str) -> None:
    from desktop_app.services.dto import EnrollmentQuery, StudentQuery

    service = ImportService(store, context)
    batch = service.commit(roster(), auto_mapping(HEADERS), file_name="a.csv", school_year_id=year_id)
    enrollments, students = EnrollmentService(store, context), StudentService(store, context)
    assert len(enrollments.list_ids(EnrollmentQuery(school_year_id=year_id))) == 2
    assert len(students.list_ids(StudentQuery(grade="5", active_only=False))) == 2

    service.undo(batch.id)

    assert enrollments.list_ids(EnrollmentQuery(school_year_id=year_id)) == []
    assert enrollments.rows([enrollment_id(s, year_id) for (s,) in rows(store, "SELECT id FROM students")]) == []
    assert students.list_ids(StudentQuery(grade="5", active_only=False)) == []
    everyone = students.list_ids(StudentQuery(active_only=False))
    assert [row.enrollment_id for row in students.rows(everyone)] == [None, None]
