"""Every captured table: replaying the outbox from the start rebuilds the table exactly (server columns).

This is what the sync engine relies on: an insert carries the full row, a patch the changed columns, a delete
of a link the removed row as base; JSON and booleans keep their JSON types.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import JSON, Boolean

from desktop_app.services.demo import load_demo_school
from desktop_app.services.dto import (
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    StudentDraft,
)
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.guardians import GuardianService
from desktop_app.services.school import SchoolService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.schema import CAPTURED_TABLES, server_columns
from desktop_app.storage.local.session import KEY_COLUMNS
from tests.support.images import png


def _json_expression(column) -> str:
    if isinstance(column.type, JSON):
        return f"json({column.name})"
    if isinstance(column.type, Boolean):
        return f"CASE WHEN {column.name} IS NULL THEN NULL WHEN {column.name} THEN json('true') ELSE json('false') END"
    return column.name


def test_replaying_the_outbox_rebuilds_every_captured_table(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with LocalStore.open(path) as store:
        demo = load_demo_school(store, students=60, seed=3)
        context = demo.context
        students, guardians = StudentService(store, context), GuardianService(store, context)
        enrollments = EnrollmentService(store, context)
        kid = students.create(StudentDraft("TI", "1099999999", "Nuevo Estudiante", date(2015, 2, 2)))
        dad = guardians.create(GuardianDraft("CC", "79999999", "Papá Nuevo", phone="3001234567"))
        mom = guardians.create(GuardianDraft("CC", "59999999", "Mamá Nueva"))
        guardians.link(kid.id, dad.id, GuardianLinkDraft("padre", can_pickup=True))
        guardians.link(kid.id, mom.id, GuardianLinkDraft("madre", is_primary=True, priority=1))
        guardians.unlink(kid.id, dad.id)
        enrollment = enrollments.enroll(kid.id, EnrollmentDraft(demo.current_year_id, "5", "A", "morning"))
        enrollments.mark_document(enrollment.id, "photos", "received")
        enrollments.mark_document(enrollment.id, "photos", "validated")
        enrollments.change_status(enrollment.id, "withdrawn", "Traslado")
        students.deactivate(kid.id)
        SchoolService(store, context).update_settings(name="Nombre Nuevo", logo=png())
        years = SchoolYearService(store, context)
        period = years.periods(demo.current_year_id)[-1]
        years.delete_period(period.id)

    connection = sqlite3.connect(path)
    try:
        replayed: dict[str, dict[str, dict]] = {table: {} for table in CAPTURED_TABLES}
        for table, row_id, op, data, base in connection.execute(
            "SELECT table_name, row_id, op, data, base FROM sync_outbox ORDER BY mutation_id"
        ):
            rows = replayed[table]
            data = json.loads(data)
            if op == "insert":
                rows[row_id] = data
            elif op == "delete" and data == {}:
                assert json.loads(base) == rows.pop(row_id)  # a hard delete carries the removed row
            else:
                before = json.loads(base)
                assert {k: rows[row_id][k] for k in before} == before
                rows[row_id].update(data)
        for table in CAPTURED_TABLES:
            columns = server_columns(table)
            key = KEY_COLUMNS.get(table, "id")
            expression = "json_object(" + ", ".join(f"'{c.name}', {_json_expression(c)}" for c in columns) + ")"
            actual = {row_id: json.loads(doc) for row_id, doc in connection.execute(
                f"SELECT {key}, {expression} FROM {table}")}
            assert actual == replayed[table], table
    finally:
        connection.close()
