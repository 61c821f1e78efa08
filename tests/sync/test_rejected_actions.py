"""Acting on what the server refused or held (Revisión), against the real server: *Descartar mi cambio* takes
the server's row again, *Corregir y reenviar* sends the corrected data as one new change, and a held row is
"En revisión" until someone resolves its case."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop_app.domain.errors import NotFound
from desktop_app.services.dto import StudentDraft
from desktop_app.services.students import StudentService
from desktop_app.services.sync_review import RejectedChangeActions, ReviewDecisions, SyncReviewService
from desktop_app.sync.review import StoreReviewSource, TransportResolver
from tests.support.tenant_security import mint_token

LUISA = StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5))


def _review(pc) -> SyncReviewService:
    return SyncReviewService(StoreReviewSource(pc.path))


def _widened(pc, *roles: str):  # type: ignore[no-untyped-def]
    """What an old or altered app believes it may do (the server knows better)."""
    return dataclasses.replace(pc.context, roles=frozenset({*pc.context.roles, *roles}))


def test_discarding_a_rejected_edit_brings_back_the_servers_row_and_nothing_is_sent(make_pc) -> None:
    secretary, teacher = make_pc("secretary"), make_pc("teacher", user="teacher")
    student = secretary.students.create(LUISA)
    secretary.sync()
    teacher.sync()
    edits = StudentService(teacher.store, _widened(teacher, "secretary"))
    edits.update(student.id, StudentDraft("TI", "1012345678", "Luisa Gómez Editada", date(2015, 5, 5)))
    assert teacher.sync().rejected == 1
    [change] = [e.rejected for e in _review(teacher).summary().entries if e.rejected]
    assert change is not None and change.row_id == student.id and change.data["full_name"] == "Luisa Gómez Editada"
    assert teacher.rows("SELECT full_name FROM students") == [("Luisa Gómez Editada",)]  # as typed, until decided

    actions = RejectedChangeActions(teacher.store, teacher.context)
    actions.discard(change)
    assert _review(teacher).summary().total == 0
    assert teacher.rows("SELECT count(*) FROM sync_outbox") == [(0,)]  # one write, nothing to send
    assert teacher.rows("SELECT result FROM sync_outbox_archive WHERE mutation_id = ?", (change.mutation_id,)) == [
        ("discarded",)]
    report = teacher.sync()
    assert report.pushed == 0 and report.pulled >= 1
    assert teacher.rows("SELECT full_name FROM students") == [("Luisa Gómez",)]  # the server's row again
    assert _review(teacher).summary().total == 0  # the pull's list of refusals does not bring it back
    with pytest.raises(NotFound):  # decided once: a second click (another window) changes nothing
        actions.discard(change)


def test_discarding_a_rejected_new_student_removes_it_from_this_pc(make_pc) -> None:
    teacher = make_pc("teacher", user="teacher")
    created = StudentService(teacher.store, _widened(teacher, "secretary")).create(LUISA)
    assert teacher.sync().rejected == 1
    [entry] = _review(teacher).summary().entries
    assert entry.rejected is not None and entry.rejected.op == "insert"
    RejectedChangeActions(teacher.store, teacher.context).discard(entry.rejected)
    assert teacher.rows("SELECT id FROM students WHERE id = ?", (created.id,)) == []
    assert teacher.rows("SELECT count(*) FROM sync_outbox") == [(0,)]
    assert teacher.sync().pushed == 0


def _poison(pc, student_id: str, **values: object) -> None:
    """A change the server refuses although this app would not let it be typed (an old or damaged app)."""
    with pc.store.write() as session:
        session.patch("students", student_id, values, school_id=pc.school)


def test_a_rejected_edit_corrected_in_the_form_goes_up_as_one_change_and_is_applied(make_pc, sync_db) -> None:
    import psycopg

    pc = make_pc("one")
    student = pc.students.create(LUISA)
    pc.sync()
    _poison(pc, student.id, full_name="Luisa María Gómez", birth_date=date(2099, 1, 1))
    report = pc.sync()
    assert report.rejected == 1, pc.rows("SELECT state, reason FROM sync_outbox")
    [entry] = _review(pc).summary().entries
    assert entry.rejected is not None and entry.reason

    # The form opens with the data typed; the secretary corrects the date only; Save is one write.
    corrected = StudentDraft("TI", "1012345678", "Luisa María Gómez", date(2015, 5, 6))
    pc.students.save(student.id, corrected, resends=entry.rejected.mutation_id)
    [(op, data)] = pc.rows("SELECT op, json_extract(data, '$.full_name') || '|' || json_extract(data, '$.birth_date') "
                           "FROM sync_outbox")
    assert op == "patch" and data == "Luisa María Gómez|2015-05-06"  # the name typed before is not lost
    assert _review(pc).summary().total == 0
    report = pc.sync()
    assert report.rejected == 0 and report.pending == 0
    with psycopg.connect(sync_db) as conn:
        assert conn.execute("SELECT full_name, birth_date FROM students WHERE id = %s", (student.id,)).fetchall() == [
            ("Luisa María Gómez", date(2015, 5, 6))]


def test_a_rejected_new_student_corrected_goes_up_as_an_insert(make_pc, sync_db) -> None:
    import psycopg

    pc = make_pc("one")
    with pc.store.write() as session:
        row = session.insert("students", {"school_id": pc.school, "document_type": "TI", "document_number": "1012345678",
                                          "full_name": "Luisa Gómez", "birth_date": date(2099, 1, 1)})
    assert pc.sync().rejected == 1
    [entry] = _review(pc).summary().entries
    assert entry.rejected is not None
    pc.students.save(row["id"], LUISA, resends=entry.rejected.mutation_id)
    assert pc.rows("SELECT op FROM sync_outbox") == [("insert",)]
    assert pc.sync().rejected == 0
    with psycopg.connect(sync_db) as conn:
        assert conn.execute("SELECT full_name, birth_date FROM students WHERE id = %s", (row["id"],)).fetchall() == [
            ("Luisa Gómez", date(2015, 5, 5))]


def test_a_held_student_is_in_review_on_the_pc_that_typed_it_until_the_case_is_resolved(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    one.students.create(LUISA)
    held = two.students.create(StudentDraft("TI", "1012345678", "Pedro Ramírez", date(2014, 1, 9)))
    one.sync()
    assert _review(two).in_review("students") == frozenset()
    assert two.sync().held == 1
    assert _review(two).in_review("students") == {held.id}
    assert _review(two).in_review("guardians") == frozenset()
    [item] = [e.item for e in _review(two).summary().entries if e.item is not None]
    decisions = ReviewDecisions(TransportResolver(one.transport, lambda _r: mint_token(one.user_id), one.school))
    assert decisions.distinct(item, "TI", "1012345999").ok  # decided on the other PC
    two.sync()
    assert _review(two).in_review("students") == frozenset()


def test_a_secretarys_refused_graduation_discarded_brings_back_the_servers_status_and_history(make_pc, sync_db) -> None:
    import psycopg

    from desktop_app.services.dto import EnrollmentDraft
    from tests.sync.server.support import YEAR_A

    pc = make_pc("one")
    pc.sync()  # the school year comes from the server
    student = pc.students.create(LUISA)
    enrollment = pc.enrollments.enroll(student.id, EnrollmentDraft(YEAR_A, "5"))

    def move(target: str) -> None:  # the service's own status move, without its local role check (an old app)
        with pc.store.write() as session:
            current = session.get("enrollments", enrollment.id, school_id=pc.school)
            pc.enrollments._move(session, current, target, None)  # type: ignore[attr-defined]

    move("in_review")
    move("active")
    assert pc.sync().rejected == 0
    server_history = pc.rows("SELECT status_history FROM enrollments")
    move("graduated")  # a secretary may not graduate anyone
    assert pc.sync().rejected == 1
    assert pc.rows("SELECT status FROM enrollments") == [("graduated",)]  # as typed, until decided
    [entry] = [e for e in _review(pc).summary().entries if e.rejected is not None]
    assert entry.table_name == "enrollment_status_events" and "permiso" in entry.reason
    assert not RejectedChangeActions.can_correct(entry.rejected)  # type: ignore[arg-type]

    RejectedChangeActions(pc.store, pc.context).discard(entry.rejected)  # type: ignore[arg-type]
    pc.sync()
    assert pc.rows("SELECT status FROM enrollments") == [("active",)]
    assert pc.rows("SELECT status_history FROM enrollments") == server_history
    with psycopg.connect(sync_db) as conn:
        assert conn.execute("SELECT status FROM enrollments WHERE id = %s", (enrollment.id,)).fetchall() == [("active",)]
    assert _review(pc).summary().total == 0


def test_a_refused_document_that_belongs_to_another_person_never_merges_the_two_here(make_pc) -> None:
    from desktop_app.services.dto import GuardianDraft

    one, two = make_pc("one"), make_pc("two")
    marta = one.guardians.create(GuardianDraft("CC", "52123456", "Marta Gómez", phone="3001234567"))
    one.sync()
    rosa = two.guardians.create(GuardianDraft("CC", "52999999", "Rosa Díaz"))
    two.sync()
    # PC one has not heard of Rosa yet: it types her document on Marta; the server refuses, then Rosa comes down.
    one.guardians.update(marta.id, GuardianDraft("CC", "52999999", "Marta Gómez", phone="3109876543"))
    report = one.sync()
    assert report.rejected == 1 and not report.digest_mismatch
    assert sorted(one.rows("SELECT id, document_number, full_name FROM guardians")) == sorted([
        (marta.id, "52123456", "Marta Gómez"), (rosa.id, "52999999", "Rosa Díaz")])  # both, as on the server
    [entry] = [e for e in _review(one).summary().entries if e.rejected is not None]
    assert entry.rejected is not None and entry.rejected.row_id == marta.id  # still about Marta, typed data kept
    assert entry.rejected.data["document_number"] == "52999999"
    assert one.rows("SELECT count(*) FROM guardians WHERE server_seq IS NULL") == [(0,)]
