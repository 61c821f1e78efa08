"""ImportService on a real SQLite store: the 500-row fixtures with 25 planted errors, the duplicate rules,
one transaction for the whole commit, cancel = rollback, and the list of batches."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.import_values import SheetData, auto_mapping
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import SchoolYearDraft, StudentDraft, StudentQuery
from desktop_app.services.importer import ImportRefused, ImportService, Policy, Status
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.spreadsheet import read_sheet
from tests.importing.roster import make_roster, write_csv, write_xls, write_xlsx
from tests.services.conftest import outbox

EXPECTED_COLUMN = {"fecha": "Fecha de nacimiento", "año2": "Fecha de nacimiento", "grado": "Grado",
                   "tipo": "Tipo de documento", "cientifica": None, "repetido": None}


def counts(store: LocalStore) -> tuple[int, int, int]:
    connection = sqlite3.connect(store.path)
    try:
        return tuple(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[return-value]
                     for table in ("students", "enrollments", "sync_outbox"))
    finally:
        connection.close()


@pytest.fixture
def year_id(store: LocalStore, context: TenantContext) -> str:
    return SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 20), date(2026, 11, 30), status="active")).id


def sheet_of(rows: list[list[object]], headers: tuple[str, ...] = ("Tipo", "Número", "Nombre completo",
                                                                   "Fecha de nacimiento")) -> SheetData:
    return SheetData(("Hoja1",), "Hoja1", 1, headers, tuple((i + 2, tuple(r)) for i, r in enumerate(rows)), "ab" * 32)


@pytest.mark.parametrize("kind", ["xlsx", "csv", "xls"])
def test_the_500_row_file_shows_exactly_its_25_errors_writes_nothing_then_commits_475_in_one_transaction(
        tmp_path: Path, store: LocalStore, context: TenantContext, year_id: str, kind: str) -> None:
    roster = make_roster(500, 25)
    path = {"xlsx": write_xlsx, "csv": write_csv, "xls": write_xls}[kind](tmp_path / f"r.{kind}", roster)
    sheet = read_sheet(path)
    mapping = auto_mapping(sheet.headers)
    service = ImportService(store, context)
    before = counts(store)

    preview = service.preview(sheet, mapping, school_year_id=year_id)

    errors = [row for row in preview.rows if row.status == Status.error]
    assert {row.row_number for row in errors} == set(roster.planted)
    assert len(preview.errors) == 25
    for row in errors:
        [message] = row.messages
        assert message.startswith(f"Fila {row.row_number}")
        column = EXPECTED_COLUMN[roster.planted[row.row_number]]
        if column:
            assert f"columna «{column}»" in message
    assert preview.counts == {"Nuevo": 475, "Actualiza": 0, "Sin cambios": 0, "Posible duplicado": 0,
                              "Error": 25}
    by_row = {row.row_number: row for row in errors}
    fecha = next(n for n, k in roster.planted.items() if k == "fecha")
    assert by_row[fecha].messages == [
        f"Fila {fecha}, columna «Fecha de nacimiento»: «31/02/2015» no es una fecha válida (dd/mm/aaaa)."]
    cientifica = next(n for n, k in roster.planted.items() if k == "cientifica")
    assert by_row[cientifica].messages == [
        f"Fila {cientifica}: «1,02346E+09» está en notación científica; dé a la columna formato Texto en Excel y "
        "vuelva a exportar."]
    repetido = next(n for n, k in roster.planted.items() if k == "repetido")
    assert by_row[repetido].messages == [f"Fila {repetido}: el documento TI 1020000000 ya aparece en la fila 2."]
    assert counts(store) == before

    batch = service.commit(sheet, mapping, file_name=path.name, school_year_id=year_id)

    assert batch.counts == {"created": 475, "updated": 0, "enrollments": 475, "guardians": 0, "links": 0}
    students, enrollments, _ = counts(store)
    assert (students, enrollments) == (before[0] + 475, before[1] + 475)
    entries = [e for e in outbox(store) if e["table_name"] in ("students", "enrollments")]
    assert len(entries) == 950 and len({e["tx_id"] for e in entries}) == 1
    connection = sqlite3.connect(store.path)
    try:
        name, extra = connection.execute(
            "SELECT full_name, extra_data FROM students WHERE document_number = '1020000000'").fetchone()
    finally:
        connection.close()
    assert name == "María María Pérez Pérez"  # surname-first column stored name-first
    extra = json.loads(extra)
    assert extra["import"]["batch"] == batch.id and extra["import"]["file_sha256"] == sheet.sha256
    assert extra["import"]["by"] == context.user_id
    assert extra["simat"] == {"apellido1": "Pérez", "apellido2": "Pérez", "nombre1": "María",
                              "nombre2": "María", "name_split_confirmed": True}
    assert [b.id for b in service.batches()] == [batch.id]

    service.undo(batch.id)  # the matrículas become tombstones, the students inactive: nothing is erased

    connection = sqlite3.connect(store.path)
    try:
        live = connection.execute("SELECT count(*) FROM enrollments WHERE deleted_at IS NULL").fetchone()[0]
        active = connection.execute("SELECT count(*) FROM students WHERE is_active").fetchone()[0]
    finally:
        connection.close()
    assert (live, active) == (before[1], before[0]) and counts(store)[:2] == (students, enrollments)


def test_an_existing_student_is_updated_by_policy_with_old_and_new_values(
        store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    current = students.create(StudentDraft("TI", "1023456789", "Ana Ruiz", None, gender="F"))
    sheet = sheet_of([["TI", "1023456789", "Ana María Ruiz", "04/03/2012"]])
    mapping = auto_mapping(sheet.headers)
    service = ImportService(store, context)

    fill = service.preview(sheet, mapping)
    assert fill.rows[0].status == Status.update
    assert fill.rows[0].changes == {"birth_date": (None, date(2012, 3, 4))}  # the name was not empty
    replace = service.preview(sheet, mapping, policy=Policy.overwrite)
    assert replace.rows[0].changes == {"full_name": ("Ana Ruiz", "Ana María Ruiz"),
                                       "birth_date": (None, date(2012, 3, 4))}
    assert service.preview(sheet, mapping, policy=Policy.skip).rows[0].status == Status.unchanged

    batch = service.commit(sheet, mapping, file_name="a.csv", policy=Policy.overwrite)
    assert batch.counts == {"created": 0, "updated": 1, "enrollments": 0, "guardians": 0, "links": 0}
    row = students.get(current.id)
    assert (row.full_name, row.birth_date, row.gender) == ("Ana María Ruiz", date(2012, 3, 4), "F")
    assert row.extra_data["import"]["batch"] == batch.id
    assert service.preview(sheet, mapping, policy=Policy.overwrite).rows[0].status == Status.unchanged


def test_possible_duplicates_are_imported_only_when_marked_as_another_person(
        store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    students.create(StudentDraft("RC", "1023456789", "Luis Mora", date(2015, 1, 2)))
    students.create(StudentDraft("TI", "1099999999", "Sofía Peña Díaz", date(2012, 5, 6)))
    sheet = sheet_of([
        ["TI", "1023456789", "Luis Mora", "02/01/2015"],      # RC → TI with the same number
        ["NUIP", "1077777777", "SOFIA PENA DIAZ", "06/05/2012"],  # similar name, same birth date
        ["TI", "1088888888", "Camila Ríos", "01/01/2013"],
    ])
    mapping = auto_mapping(sheet.headers)
    service = ImportService(store, context)
    preview = service.preview(sheet, mapping)
    assert [row.status for row in preview.rows] == [Status.possible_duplicate, Status.possible_duplicate,
                                                   Status.new]
    assert preview.rows[0].matches == ["Luis Mora (RC 1023456789)"]
    assert preview.rows[1].matches == ["Sofía Peña Díaz (TI 1099999999)"]
    assert "Es otra persona" in preview.rows[1].messages[0]

    batch = service.commit(sheet, mapping, file_name="a.csv", other_person_rows={3})
    assert batch.counts["created"] == 2  # row 3 (the similar name) ticked; row 2 (RC↔TI) left out
    assert counts(store)[0] == 4


def test_a_missing_column_or_year_refuses_before_reading_rows(store: LocalStore, context: TenantContext) -> None:
    service = ImportService(store, context)
    sheet = sheet_of([["TI", "1023456789", "Ana"]], headers=("Tipo", "Nombre", "Grado"))
    with pytest.raises(ImportRefused) as refused:
        service.preview(sheet, {"document_type": 0, "full_name": 1})
    assert refused.value.messages == ["Falta asignar la columna del número de documento."]
    with pytest.raises(ImportRefused, match="elija el año lectivo"):
        service.preview(sheet, {"document_type": 0, "document_number": 1, "full_name": 1, "grade_level": 2})


class CancelAfter:
    def __init__(self) -> None:
        self.reports: list[int] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append(done)

    def is_cancelled(self) -> bool:
        return len(self.reports) >= 1


def test_cancelling_the_commit_rolls_everything_back(tmp_path: Path, store: LocalStore,
                                                     context: TenantContext) -> None:
    sheet = read_sheet(write_csv(tmp_path / "r.csv", make_roster(600, 0)))
    service = ImportService(store, context)
    before = counts(store)
    mapping = {k: v for k, v in auto_mapping(sheet.headers).items() if k not in ("grade_level", "group_code",
                                                                                 "shift")}
    with pytest.raises(ImportRefused, match="cancelada"):
        service.commit(sheet, mapping, file_name="r.csv", progress=CancelAfter())
    assert counts(store) == before
    assert service.batches() == []


def test_the_mapping_chosen_for_a_header_set_is_remembered(store: LocalStore, context: TenantContext) -> None:
    service = ImportService(store, context)
    headers = ("Doc", "Clase", "Alumno", "Nacido")
    sheet = SheetData(("H",), "H", 1, headers, ((2, ("1023456789", "TI", "Ana Ruiz", "04/03/2012")),), "cd" * 32)
    automatic = service.suggested_mapping(headers)
    assert "document_type" not in automatic  # "Clase" is no synonym: the secretary maps it by hand
    chosen = {"document_number": 0, "document_type": 1, "full_name": 2, "birth_date": 3}
    service.commit(sheet, chosen, file_name="a.xlsx")
    assert service.suggested_mapping(("doc", "CLASE", "alumno", "nacido")) == chosen


def test_undo_deactivates_created_students_and_restores_updated_fields(
        store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    old = students.create(StudentDraft("TI", "1023456789", "Ana Ruiz", date(2012, 1, 1), gender="F"))
    sheet = sheet_of([["TI", "1023456789", "Ana María Ruiz", "04/03/2012"],
                      ["TI", "1088888888", "Camila Ríos", "01/01/2013"]])
    service = ImportService(store, context)
    active_before = len(students.list_ids(StudentQuery()))
    batch = service.commit(sheet, auto_mapping(sheet.headers), file_name="a.csv", policy=Policy.overwrite)
    assert len(students.list_ids(StudentQuery())) == active_before + 1
    assert students.get(old.id).birth_date == date(2012, 3, 4)

    undone = service.undo(batch.id)

    assert undone.undone and service.batches()[0].undone
    assert len(students.list_ids(StudentQuery())) == active_before
    restored = students.get(old.id)
    assert (restored.full_name, restored.birth_date, restored.gender) == ("Ana Ruiz", date(2012, 1, 1), "F")
    assert "import" not in restored.extra_data
    with pytest.raises(ImportRefused, match="ya fue deshecha"):
        service.undo(batch.id)
    # importing the file again offers to reactivate the student the undo deactivated
    again = service.preview(sheet, auto_mapping(sheet.headers), policy=Policy.overwrite)
    assert again.rows[1].status == Status.update and again.rows[1].changes == {"is_active": (False, True)}
    service.commit(sheet, auto_mapping(sheet.headers), file_name="a.csv", policy=Policy.overwrite)
    assert len(students.list_ids(StudentQuery())) == active_before + 1


def test_undo_is_refused_listing_the_rows_changed_afterwards(store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    sheet = sheet_of([["TI", "1088888888", "Camila Ríos", "01/01/2013"],
                      ["TI", "1077777777", "Juan Díaz", "02/02/2013"]])
    service = ImportService(store, context)
    batch = service.commit(sheet, auto_mapping(sheet.headers), file_name="a.csv")
    [juan] = [students.get(i) for i in students.list_ids(StudentQuery(text="Juan"))]
    students.update(juan.id, StudentDraft("TI", "1077777777", "Juan Díaz Peña", date(2013, 2, 2)))
    before = counts(store)

    with pytest.raises(ImportRefused) as refused:
        service.undo(batch.id)

    assert refused.value.messages == ["No se puede deshacer: estos estudiantes cambiaron después de importarlos: "
                                      "Juan Díaz Peña (TI 1077777777)."]
    assert counts(store) == before and not service.batches()[0].undone


def test_acudientes_are_reused_by_document_and_shared_by_siblings(store: LocalStore, context: TenantContext) -> None:
    from desktop_app.services.dto import GuardianDraft
    from desktop_app.services.guardians import GuardianService

    registered = GuardianService(store, context).create(GuardianDraft("CC", "52111222", "Marta Ríos"))
    headers = ("Tipo", "Número", "Nombre completo", "Documento acudiente", "Nombre acudiente", "Teléfono",
               "Parentesco")
    sheet = sheet_of([
        ["TI", "1088888888", "Camila Ríos", "52111222", "Marta Ríos", "3001234567", "Madre"],
        ["TI", "1088888889", "Pedro Ríos", "52111222", "Marta Ríos", "", "mamá"],
        ["TI", "1088888890", "Lina Gil", "79000111", "Jorge Gil", "3109876543", "Papá"],
        ["TI", "1088888891", "Tomás Gil", "79000111", "Jorge Gil", "12", "Vecino"],
    ], headers=headers)
    mapping = auto_mapping(headers)
    assert {"guardian_document_number": 3, "guardian_name": 4, "guardian_phone": 5,
            "guardian_relationship": 6}.items() <= mapping.items()
    service = ImportService(store, context)
    preview = service.preview(sheet, mapping)
    assert preview.errors == [
        "Fila 5, columna «Teléfono del acudiente»: «12» no es un teléfono válido (7 a 10 dígitos).",
        "Fila 5, columna «Parentesco»: «Vecino» no es un parentesco conocido (madre, padre, abuela, tío, "
        "acudiente…).",
    ]
    batch = service.commit(sheet, mapping, file_name="a.csv")
    assert batch.counts["created"] == 3 and batch.counts["guardians"] == 1 and batch.counts["links"] == 3
    connection = sqlite3.connect(store.path)
    try:
        links = connection.execute(
            "SELECT s.full_name, g.full_name, l.relationship, l.is_primary FROM student_guardians l "
            "JOIN students s ON s.id = l.student_id JOIN guardians g ON g.id = l.guardian_id "
            "ORDER BY s.full_name").fetchall()
        marta = connection.execute("SELECT count(*) FROM guardians WHERE document_number = '52111222'").fetchone()
    finally:
        connection.close()
    assert links == [("Camila Ríos", "Marta Ríos", "madre", 1), ("Lina Gil", "Jorge Gil", "padre", 1),
                     ("Pedro Ríos", "Marta Ríos", "madre", 1)]
    assert marta == (1,) and registered.id


def test_an_existing_student_with_a_new_acudiente_is_an_update_that_only_adds_the_link(
        store: LocalStore, context: TenantContext) -> None:
    students = StudentService(store, context)
    current = students.create(StudentDraft("TI", "1023456789", "Ana Ruiz", date(2012, 3, 4)))
    headers = ("Tipo", "Número", "Nombre completo", "Fecha de nacimiento", "Documento acudiente",
               "Nombre acudiente")
    sheet = sheet_of([["TI", "1023456789", "Ana Ruiz", "04/03/2012", "52111222", "Marta Ruiz"]], headers=headers)
    service = ImportService(store, context)
    [row] = service.preview(sheet, auto_mapping(headers)).rows
    assert row.status == Status.update and row.changes == {"acudiente": (None, "Marta Ruiz")}
    batch = service.commit(sheet, auto_mapping(headers), file_name="a.csv")
    assert batch.counts["links"] == 1 and batch.counts["guardians"] == 1
    assert students.get(current.id).full_name == "Ana Ruiz"
    assert service.preview(sheet, auto_mapping(headers)).rows[0].status == Status.unchanged


def test_matriculas_go_only_to_an_open_year(store: LocalStore, context: TenantContext) -> None:
    closed = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2024", date(2024, 1, 20), date(2024, 11, 30), status="closed"))
    sheet = sheet_of([["TI", "1088888888", "Camila Ríos", "5"]], headers=("Tipo", "Número", "Nombre", "Grado"))
    with pytest.raises(ImportRefused) as refused:
        ImportService(store, context).preview(sheet, auto_mapping(sheet.headers), school_year_id=closed.id)
    assert refused.value.messages == ["El año lectivo 2024 está cerrado: elija otro para las matrículas."]
