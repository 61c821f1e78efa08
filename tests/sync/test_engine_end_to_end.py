"""The production engine against the real server functions: what one PC saves reaches the others."""

from __future__ import annotations

import json
from datetime import date

from desktop_app.services.dto import (
    EnrollmentDraft,
    GuardianDraft,
    GuardianLinkDraft,
    StudentDraft,
    StudentQuery,
)
from tests.sync.server.support import YEAR_A


def test_a_student_saved_on_one_pc_reaches_the_server_and_another_pc(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    kid = one.students.create(StudentDraft("TI", "1012345678", "Luisa Fernanda Gómez", date(2015, 5, 5)))
    mom = one.guardians.create(GuardianDraft("CC", "52123456", "Marta Núñez", phone="3001234567"))
    one.guardians.link(kid.id, mom.id, GuardianLinkDraft("madre", is_primary=True))
    [(queued,)] = one.rows("SELECT count(*) FROM sync_outbox")
    report = one.sync()
    assert report.pushed == queued >= 3 and report.pending == 0 and report.rejected == 0
    assert not report.digest_mismatch
    assert one.rows("SELECT count(*) FROM sync_outbox") == [(0,)]
    assert one.rows("SELECT count(*), min(result), max(result) FROM sync_outbox_archive") == [
        (queued, "applied", "applied")]

    pulled = two.sync()
    assert pulled.pulled >= 3 and not pulled.digest_mismatch
    assert two.students.list_ids(StudentQuery(text="luisa")) == [kid.id]
    assert two.guardians.guardians_of(kid.id)[0].guardian.id == mom.id
    # The school year the rector created on the server arrives too: the secretary can enroll.
    enrollment = two.enrollments.enroll(kid.id, EnrollmentDraft(YEAR_A, "5"))
    assert two.sync().pushed == 1
    one.sync()
    assert [row.id for row in one.enrollments.for_student(kid.id)] == [enrollment.id]


def test_edits_of_different_fields_on_two_pcs_both_survive(make_pc) -> None:
    one, two = make_pc("one"), make_pc("two")
    kid = one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    one.sync()
    two.sync()
    one.students.update(kid.id, StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5),
                                             extra_data={"eps": "Sura"}))
    two.students.update(kid.id, StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5), gender="F"))
    one.sync()
    two.sync()
    one.sync()
    for pc in (one, two):
        row = pc.students.get(kid.id)
        assert row.gender == "F" and row.extra_data.get("eps") == "Sura"
    assert one.rows("SELECT id, server_seq FROM students ORDER BY 1") == two.rows(
        "SELECT id, server_seq FROM students ORDER BY 1")


def test_a_status_move_goes_up_as_an_event_and_the_server_history_comes_back(make_pc) -> None:
    rector = make_pc("rector", user="rector")
    rector.sync()  # the school year comes from the server
    kid = rector.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    enrollment = rector.enrollments.enroll(kid.id, EnrollmentDraft(YEAR_A, "5"))
    rector.enrollments.change_status(enrollment.id, "withdrawn", "Traslado")
    report = rector.sync()
    assert report.rejected == 0, rector.rows("SELECT table_name, reason FROM sync_outbox")
    status, history = rector.rows("SELECT status, status_history FROM enrollments WHERE id = ?", (enrollment.id,))[0]
    assert status == "withdrawn" and [h["to"] for h in json.loads(history)] == ["withdrawn"]
