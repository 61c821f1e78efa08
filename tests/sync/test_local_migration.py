"""local_0003: a store written by the previous release, with pending entries, upgrades without loss."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from tests.sync.old_store import write_old_store


def outbox(path: Path, table: str = "sync_outbox") -> list[dict]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY mutation_id")]
    finally:
        connection.close()


def test_pending_entries_of_a_version_2_store_survive_and_get_their_school_and_user(tmp_path: Path) -> None:
    path = tmp_path / "v2.sqlite3"
    ids = write_old_store(path, "local_0002", students=5)
    before = outbox(path)
    assert len(before) == 2 + 5 + 2 + 3
    with LocalStore.open(path) as store:
        after = outbox(path)
        assert [{k: e[k] for k in before[0]} for e in after] == before  # every entry, byte for byte
        assert {(e["school_id"], e["user_id"]) for e in after} == {(ids["school_id"], ids["user_id"])}
        # The old hard delete of the link stays what it was (op delete, the removed row as base).
        assert after[-1]["op"] == "delete" and json.loads(after[-1]["base"])["id"] == ids["link_id"]
        context = LocalSetup(store).context()
        StudentService(store, context).deactivate(ids["students"][2])
        new = outbox(path)[-1]
        assert (new["op"], json.loads(new["data"])) == ("patch", {"is_active": False})
        assert new["mutation_id"] == before[-1]["mutation_id"] + 1
        assert (new["school_id"], new["user_id"]) == (ids["school_id"], ids["user_id"])


def test_status_moves_are_captured_as_events_after_their_enrollment(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "s.sqlite3") as store:
        context = LocalSetup(store).bootstrap(school_name="Colegio", roles=frozenset({"rector"}))
        year = SchoolYearService(store, context).create_year(
            SchoolYearDraft("2027", date(2027, 1, 15), date(2027, 11, 30)))
        kid = StudentService(store, context).create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
        enrollments = EnrollmentService(store, context)
        enrollment = enrollments.enroll(kid.id, EnrollmentDraft(year.id, "5"))
        enrollments.change_status(enrollment.id, "withdrawn", "Traslado")
        entries = outbox(store.path)
    mine = [e for e in entries if e["row_id"] == enrollment.id or e["table_name"] == "enrollment_status_events"]
    assert [(e["table_name"], e["op"]) for e in mine][:1] == [("enrollments", "insert")]
    event = json.loads(mine[-1]["data"])
    assert mine[-1]["table_name"] == "enrollment_status_events" and mine[-1]["row_id"] == event["id"]
    assert (event["enrollment_id"], event["status"], event["reason"]) == (enrollment.id, "withdrawn", "Traslado")
    assert "status" not in json.loads(mine[0]["data"]) and "updated_at" not in json.loads(mine[0]["data"])
