"""What the engine does with the server's answers: merges, refusals, lost replies, old versions, big
transactions, refused tokens (real server functions, real SQLite files)."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from desktop_app.services.dto import EnrollmentDraft, StudentDraft
from desktop_app.sync.engine import CycleReport, SyncEngine, UpdateRequired
from desktop_app.sync.transport import PsycopgTransport, TokenRejected, TransportError
from tests.support.tenant_security import desktop_conninfo, mint_token
from tests.sync.harness import Faults, FaultyTransport
from tests.sync.server.support import YEAR_A


def test_the_same_student_typed_on_two_offline_pcs_becomes_one_and_children_follow(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    one.sync()
    two.sync()
    draft = StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5))
    a = one.students.create(draft)
    b = two.students.create(draft)
    enrollment = two.enrollments.enroll(b.id, EnrollmentDraft(YEAR_A, "5"))
    one.sync()
    report = two.sync()
    assert report.merged >= 1 and report.rejected == 0
    archived = dict(two.rows("SELECT row_id, result FROM sync_outbox_archive WHERE table_name = 'students'"))
    assert archived == {b.id: "merged"}
    one.sync()
    for pc in (one, two):
        assert pc.rows("SELECT id FROM students") == [(a.id,)]
        assert pc.rows("SELECT id, student_id FROM enrollments") == [(enrollment.id, a.id)]
        assert pc.rows("PRAGMA foreign_key_check") == []


def test_a_refused_change_stays_visible_with_its_spanish_reason_and_the_queue_moves_on(make_pc) -> None:
    teacher = make_pc("teacher", user="teacher")
    # A teacher may not create students: the local check is bypassed as an old or altered app would.
    with teacher.store.write() as session:
        forbidden = session.insert("students", {"school_id": teacher.school, "document_type": "TI",
                                                "document_number": "1012345678", "full_name": "Luisa Gómez"})
    report = teacher.sync()
    assert report.rejected == 1 and report.pending == 0
    [(row_id, state, reason)] = teacher.rows("SELECT row_id, state, reason FROM sync_outbox")
    assert (row_id, state) == (forbidden["id"], "rejected") and reason and reason[0].isupper()
    assert teacher.sync().pushed == 0  # never sent again


def test_a_reply_lost_after_the_server_committed_changes_nothing_when_sent_again(make_pc, sync_db) -> None:
    import random

    lossy = FaultyTransport(PsycopgTransport(desktop_conninfo(sync_db)), random.Random(0),
                            Faults(drop_request=0, drop_reply=1.0, duplicate=0, crash=0))
    pc = make_pc("one", transport=lossy)
    with pytest.raises(TransportError):
        pc.sync()  # pulls fail too: every reply is lost
    kid = pc.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    with pytest.raises(TransportError, match="reply lost"):
        pc.sync()
    assert pc.rows("SELECT count(*) FROM sync_outbox WHERE state = 'pending'") == [(1,)]
    lossy.faults.enabled = False
    report = pc.sync()
    assert report.pending == 0 and pc.rows("SELECT result FROM sync_outbox_archive") == [("applied",)]
    with pc.store.read() as session:
        assert session.get("students", kid.id, school_id=pc.school)["server_seq"] is not None
    import psycopg
    with psycopg.connect(sync_db) as conn:
        assert conn.execute("SELECT count(*) FROM students WHERE document_number = '1012345678'").fetchone() == (1,)


def test_a_too_old_app_stops_pushing_and_keeps_its_outbox(make_pc) -> None:
    pc = make_pc("old", protocol=0)
    pc.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    with pytest.raises(UpdateRequired):
        pc.sync()
    assert pc.engine.update_required
    assert pc.rows("SELECT count(*) FROM sync_outbox WHERE state = 'pending'") == [(1,)]
    report = pc.sync()  # still pulls what others saved, never pushes
    assert report.pushed == 0 and report.pending == 1


def test_a_big_transaction_goes_up_in_ordered_chunks(make_pc) -> None:
    pc = make_pc("import", chunk=5)
    with pc.store.write() as session:
        session.insert_many("students", [
            {"school_id": pc.school, "document_type": "TI", "document_number": str(1_020_000_000 + i),
             "full_name": f"Estudiante {i}"} for i in range(12)])
    report = pc.sync()
    assert report.pushed == 12 and report.pending == 0 and report.rejected == 0
    assert pc.rows("SELECT count(*) FROM students WHERE server_seq IS NOT NULL") == [(12,)]


def test_a_refused_token_is_refreshed_once_and_the_call_repeated(make_pc, sync_db) -> None:
    pc = make_pc("one")
    calls: list[bool] = []

    def token(refresh: bool) -> str:
        calls.append(refresh)
        return mint_token(pc.user_id) if refresh else mint_token(pc.user_id, lifetime=-60)

    engine = SyncEngine(pc.path, PsycopgTransport(desktop_conninfo(sync_db)), token, school_id=pc.school,
                        user_id=pc.user_id)
    try:
        engine.sync_once()
    finally:
        engine.close()
    assert True in calls and calls[0] is False
    with pytest.raises(TokenRejected):
        PsycopgTransport(desktop_conninfo(sync_db)).pull(mint_token(pc.user_id, lifetime=-60),
                                                          str(uuid.uuid4()), pc.school, 0, 10)


def test_status_history_survives_a_pull_while_the_move_is_still_pending(make_pc) -> None:
    rector, other = make_pc("rector", user="rector"), make_pc("other", user="rector")
    rector.sync()
    kid = rector.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    enrollment = rector.enrollments.enroll(kid.id, EnrollmentDraft(YEAR_A, "5"))
    rector.sync()
    other.sync()
    other.enrollments.update(enrollment.id, EnrollmentDraft(YEAR_A, "5", "B"))
    other.sync()
    rector.enrollments.change_status(enrollment.id, "withdrawn", "Traslado")
    report = CycleReport()
    rector.engine.pull_all(report)  # the other PC's edit arrives before the move is pushed: rebased on top
    assert report.pulled >= 1
    status, history, group = rector.rows("SELECT status, status_history, group_code FROM enrollments")[0]
    assert (status, group) == ("withdrawn", "B") and json.loads(history)[-1]["to"] == "withdrawn"
    rector.sync()
    other.sync()
    for pc in (rector, other):
        status, history = pc.rows("SELECT status, status_history FROM enrollments")[0]
        assert status == "withdrawn" and [h["to"] for h in json.loads(history)] == ["withdrawn"]


def test_a_different_person_with_a_taken_document_is_held_and_this_pc_keeps_its_row(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    first = one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    other = two.students.create(StudentDraft("TI", "1012345678", "Pedro Ramírez", date(2014, 1, 9)))
    one.sync()
    report = two.sync()
    assert report.held == 1 and report.rejected == 0 and report.pending == 0
    # The PC that typed it keeps its row (not on the server: no server_seq) beside the server's.
    assert sorted(two.rows("SELECT id, server_seq IS NOT NULL FROM students")) == sorted(
        [(first.id, 1), (other.id, 0)])
    items = [json.loads(r[0]) for r in two.rows(
        "SELECT row FROM sync_remote_rows WHERE table_name = 'review_items'")]
    assert [i["kind"] for i in items] == ["duplicate_suspect"]
    one.sync()
    assert one.rows("SELECT id FROM students") == [(first.id,)]


def test_a_restored_backup_takes_a_new_client_id_and_its_new_saves_reach_the_server(make_pc, tmp_path) -> None:
    one = make_pc("one")
    one.students.create(StudentDraft("TI", "1012345670", "Antes Del Respaldo", None))
    one.sync()
    backup = tmp_path / "backup.sqlite3"
    one.store.backup_to(backup)
    for i in range(3):  # the original keeps working and syncing after the backup
        one.students.create(StudentDraft("TI", str(1_012_345_671 + i), f"Después {i}", None))
    one.sync()
    old_client = one.engine.identity.client_id
    one.close()

    restored_path = tmp_path / "restored.sqlite3"
    backup.rename(restored_path)
    restored = make_pc("restored")  # opens tmp_path / "restored.sqlite3": the copy
    new = restored.students.create(StudentDraft("TI", "1012345699", "Guardado En La Copia", None))
    report = restored.sync()
    with restored.store.read() as session:  # without a new id the server would skip it as already seen
        assert session.get("students", new.id, school_id=restored.school)["server_seq"] is not None
    assert restored.engine.identity.client_id != old_client and report.pending == 0
    assert restored.rows("SELECT count(*) FROM students") == [(5,)]  # everything the original synced came back


def test_a_poisoned_change_is_refused_and_the_changes_after_it_still_go_up(make_pc) -> None:
    pc = make_pc("one")
    pc.sync()
    with pc.store.write() as session:  # what a damaged file or a buggy old version could hold
        session.insert("students", {"school_id": pc.school, "document_type": "TI", "document_number": "1012345678",
                                    "full_name": "Luisa Gómez"})
    import sqlite3

    connection = sqlite3.connect(pc.path)
    with connection:
        connection.execute("UPDATE sync_outbox SET data = json_set(data, '$.birth_date', '2015-02-31')")
    connection.close()
    good = pc.students.create(StudentDraft("TI", "1012345679", "Andrés Gómez", date(2015, 5, 5)))
    report = pc.sync()
    assert report.rejected == 1 and report.pending == 0
    [(state, reason)] = pc.rows("SELECT state, reason FROM sync_outbox")
    assert state == "rejected" and reason, reason
    assert "22008" in reason  # the server's own error (a date that does not exist), not a business rule
    with pc.store.read() as session:
        assert session.get("students", good.id, school_id=pc.school)["server_seq"] is not None


def test_a_server_restored_from_an_older_backup_gets_the_lost_changes_again_from_the_archive(make_pc, sync_db) -> None:
    import psycopg

    pc = make_pc("one")
    pc.sync()
    for i in range(3):
        pc.students.create(StudentDraft("TI", str(1_040_000_000 + i), f"Antes {i}", None))
    pc.sync()
    client = pc.engine.identity.client_id
    with psycopg.connect(sync_db, autocommit=True) as conn:  # the server forgets this PC's last two changes
        last = conn.execute("SELECT last_mutation_id FROM sync.clients WHERE client_id = %s", (client,)).fetchone()[0]
        conn.execute("UPDATE sync.clients SET last_mutation_id = %s WHERE client_id = %s", (last - 2, client))
        conn.execute("DELETE FROM sync.mutation_results WHERE client_id = %s AND mutation_id > %s", (client, last - 2))
    pc.students.create(StudentDraft("TI", "1040000099", "Después", None))
    report = pc.sync()
    assert report.pending == 0 and report.rejected == 0
    with psycopg.connect(sync_db) as conn:
        recorded = [r[0] for r in conn.execute(
            "SELECT mutation_id FROM sync.mutation_results WHERE client_id = %s ORDER BY 1", (client,))]
    archived = [r[0] for r in pc.rows("SELECT mutation_id FROM sync_outbox_archive ORDER BY 1")]
    assert set(archived) <= set(recorded) and last - 1 in recorded and last in recorded


def test_pages_applied_in_slices_arrive_whole(make_pc, monkeypatch) -> None:
    from desktop_app.sync import engine as engine_module

    monkeypatch.setattr(engine_module, "APPLY_SLICE", 3)
    monkeypatch.setattr(engine_module, "SLICE_PAUSE_S", 0)
    one, two = make_pc("one"), make_pc("two", page=7)
    _ = [one.students.create(StudentDraft("TI", str(1_050_000_000 + i), f"Uno {i}", None)) for i in range(10)]
    one.sync()
    report = two.sync()
    assert report.pulled >= 10 and not report.digest_mismatch
    assert sorted(two.rows("SELECT id, server_seq FROM students")) == sorted(one.rows("SELECT id, server_seq FROM students"))
    [(cursor,)] = two.rows("SELECT cursor FROM sync_state")
    assert cursor == max(seq for _id, seq in one.rows("SELECT id, server_seq FROM students"))
