"""Deterministic ids (issue 9 decision 2) end to end: two PCs that link the same acudiente to the same student,
or enroll the same student in the same year, while offline make ONE row on the server (no alias, nothing to
review); an unlink then a new link revives the tombstone (same id, deleted_at NULL here and on the server)."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.ids import enrollment_id, student_guardian_id
from desktop_app.services.dto import EnrollmentDraft, GuardianDraft, GuardianLinkDraft, StudentDraft
from tests.sync.server.support import YEAR_A


def _server(pc, sql: str, params: tuple = ()) -> list[tuple]:
    import psycopg

    with psycopg.connect(pc.owner_url, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def test_the_same_link_and_matricula_made_offline_on_two_pcs_is_one_row_and_a_relink_revives_it(make_pc):
    a, b = make_pc("a"), make_pc("b")
    student = a.students.create(StudentDraft("TI", "1023456789", "Ana Ruiz", date(2015, 3, 2)))
    mother = a.guardians.create(GuardianDraft("CC", "52111222", "Marta Ruiz"))
    a.sync()
    b.sync()
    assert b.rows("SELECT id FROM students") == [(student.id,)]

    # Offline on both PCs: the same link and the same matrícula.
    for pc in (a, b):
        pc.guardians.link(student.id, mother.id, GuardianLinkDraft("madre", is_primary=True))
        pc.enrollments.enroll(student.id, EnrollmentDraft(YEAR_A, "5", group_code="A"))
    a.sync()
    b.sync()
    a.sync()

    link, matricula = student_guardian_id(student.id, mother.id), enrollment_id(student.id, YEAR_A)
    assert _server(a, "SELECT id::text, deleted_at FROM student_guardians") == [(link, None)]
    assert _server(a, "SELECT id::text FROM enrollments") == [(matricula,)]
    assert _server(a, "SELECT count(*) FROM id_aliases") == [(0,)]
    assert _server(a, "SELECT count(*) FROM review_items") == [(0,)]
    for pc in (a, b):
        assert pc.rows("SELECT id FROM student_guardians") == [(link,)]
        assert pc.rows("SELECT id FROM enrollments") == [(matricula,)]
        assert pc.rows("SELECT count(*) FROM sync_outbox") == [(0,)]  # everything applied, nothing rejected

    # Undo (unlink: a tombstone), then redo: the same row comes back, here and on the server.
    a.guardians.unlink(student.id, mother.id)
    a.sync()
    assert _server(a, "SELECT id::text, deleted_at IS NOT NULL FROM student_guardians") == [(link, True)]
    a.guardians.link(student.id, mother.id, GuardianLinkDraft("madre", is_primary=True))
    assert a.rows("SELECT id, deleted_at FROM student_guardians") == [(link, None)]
    a.sync()
    b.sync()
    assert _server(a, "SELECT id::text, deleted_at FROM student_guardians") == [(link, None)]
    assert b.rows("SELECT id, deleted_at FROM student_guardians") == [(link, None)]
    assert _server(a, "SELECT count(*) FROM id_aliases") == [(0,)]
