"""The undo of an import on a connected PC: pulling the batch's own rows back from the server is not a change
(the undo still works, and its tombstones and deactivations reach the server), while a change made on another
PC and pulled here refuses the undo, naming the student."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from desktop_app.domain.ids import enrollment_id
from desktop_app.domain.import_values import SheetData, auto_mapping
from desktop_app.services.dto import EnrollmentDraft
from desktop_app.services.importer import ImportRefused, ImportService
from tests.sync.server.support import YEAR_A

HEADERS = ("Tipo", "Número", "Nombre completo", "Grado", "Documento acudiente", "Nombre acudiente", "Parentesco")


def _sheet(*rows: tuple[str, ...]) -> SheetData:
    return SheetData(("Hoja1",), "Hoja1", 1, HEADERS, tuple((i + 2, r) for i, r in enumerate(rows)), "ef" * 32)


def _server(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql).fetchall()


def test_undo_after_a_sync_reaches_the_server_and_a_pulled_change_refuses_it(make_pc, sync_db: str) -> None:
    a, b = make_pc("a"), make_pc("b")
    a.sync()
    imports = ImportService(a.store, a.context)
    first = imports.commit(_sheet(("TI", "1088888888", "Camila Ríos", "5", "52111222", "Marta Ríos", "Madre")),
                           auto_mapping(HEADERS), file_name="uno.csv", school_year_id=YEAR_A)
    a.sync()
    b.sync()
    [(camila,)] = b.rows("SELECT id FROM students")
    b.enrollments.update(enrollment_id(camila, YEAR_A), EnrollmentDraft(YEAR_A, "5", group_code="B"))
    b.sync()
    a.sync()  # B's change comes down

    with pytest.raises(ImportRefused) as refused:
        imports.undo(first.id)
    assert refused.value.messages == [
        "No se puede deshacer: las matrículas de estos estudiantes cambiaron después de importarlas: "
        "Camila Ríos (TI 1088888888)."]

    second = imports.commit(_sheet(("TI", "1077777777", "Juan Díaz", "6", "79000111", "Jorge Díaz", "Padre")),
                            auto_mapping(HEADERS), file_name="dos.csv", school_year_id=YEAR_A)
    a.sync()  # pushed, and its own rows pulled back with the server's stamps
    imports.undo(second.id)
    a.sync()

    assert _server(sync_db, "SELECT s.full_name, s.is_active, e.deleted_at IS NOT NULL, l.deleted_at IS NOT NULL, "
                            "g.is_active FROM students s JOIN enrollments e ON e.student_id = s.id "
                            "JOIN student_guardians l ON l.student_id = s.id "
                            "JOIN guardians g ON g.id = l.guardian_id ORDER BY s.full_name") == [
        ("Camila Ríos", True, False, False, True), ("Juan Díaz", False, True, True, False)]
    assert a.rows("SELECT count(*) FROM sync_outbox") == [(0,)]  # nothing rejected

    # Importing the file again revives the same rows on the server (same ids, no alias).
    imports.commit(_sheet(("TI", "1077777777", "Juan Díaz", "6", "79000111", "Jorge Díaz", "Padre")),
                   auto_mapping(HEADERS), file_name="dos.csv", school_year_id=YEAR_A)
    a.sync()
    assert _server(sync_db, "SELECT s.is_active, e.id::text, e.deleted_at, l.deleted_at, g.is_active "
                            "FROM students s JOIN enrollments e ON e.student_id = s.id "
                            "JOIN student_guardians l ON l.student_id = s.id JOIN guardians g ON g.id = l.guardian_id "
                            "WHERE s.full_name = 'Juan Díaz'") == [
        (True, a.rows("SELECT e.id FROM enrollments e JOIN students s ON s.id = e.student_id "
                      "WHERE s.full_name = 'Juan Díaz'")[0][0], None, None, True)]
    assert _server(sync_db, "SELECT count(*) FROM id_aliases") == [(0,)]
    assert a.rows("SELECT count(*) FROM sync_outbox") == [(0,)]
