"""Migration 0010: deleting a matrícula or an acudiente link through sync needs `enrollment_delete`, not the
table's update action: a teacher's or an admin's delete is rejected, a secretary's applied, and a secretary
whose role lost `enrollment_delete` may still edit the row but not delete it."""

from __future__ import annotations

import json
import uuid

from tests.sync.server.support import SCHOOL_A, enrollment, guardian, student, uid


def _rows(pc) -> tuple[str, str]:
    sid, gid, eid, link = (str(uuid.uuid4()) for _ in range(4))
    pc.push(pc.m("students", sid, data={"id": sid, **student()}),
            pc.m("guardians", gid, data={"id": gid, **guardian()}),
            pc.m("enrollments", eid, data={"id": eid, **enrollment(sid)}),
            pc.m("student_guardians", link, data={"id": link, "school_id": SCHOOL_A, "student_id": sid,
                                                  "guardian_id": gid, "relationship": "madre"}))
    return eid, link


def _results(reply) -> list[tuple[str, str | None]]:
    return [(r["status"], r.get("reason")) for r in reply["results"]]


def _deleted(api) -> list[tuple[bool, bool]]:
    return api.rows("SELECT (SELECT deleted_at IS NOT NULL FROM enrollments), "
                    "(SELECT deleted_at IS NOT NULL FROM student_guardians)")


def test_a_teacher_or_an_admin_cannot_delete_a_secretary_can(api):
    with api.owner() as conn:
        conn.execute("INSERT INTO users (id, email, full_name) VALUES (%s, 'admin@colegio.edu.co', 'Admin')",
                     (uid("user/admin"),))
        conn.execute("INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, %s)",
                     (SCHOOL_A, uid("user/admin"), json.dumps(["admin"])))
    eid, link = _rows(api.client("secretary"))
    refused = ("rejected", "No tiene permiso para borrar este registro.")

    for user in ("teacher", "admin"):
        pc = api.client(user)
        assert _results(pc.push(pc.m("enrollments", eid, "delete"), pc.m("student_guardians", link, "delete"),
                                isolate=True)) == [refused, refused]
    assert _deleted(api) == [(False, False)]

    pc = api.client("secretary")
    assert pc.push(pc.m("enrollments", eid, "delete"), pc.m("student_guardians", link, "delete"))["results"] == []
    assert _deleted(api) == [(True, True)]


def test_without_enrollment_delete_the_update_action_no_longer_deletes(api):
    eid, link = _rows(api.client("secretary"))
    with api.owner() as conn:
        conn.execute("DELETE FROM app_private.role_actions WHERE role = 'secretary' AND action = 'enrollment_delete'")
    try:
        pc = api.client("secretary")
        reply = pc.push(pc.m("enrollments", eid, "patch", {"group_code": "B"}, {"group_code": "A"}),
                        pc.m("enrollments", eid, "delete"), pc.m("student_guardians", link, "delete"))
    finally:
        with api.owner() as conn:
            conn.execute("INSERT INTO app_private.role_actions (role, action) VALUES ('secretary', 'enrollment_delete')")
    assert [r["status"] for r in reply["results"]] == ["rejected", "rejected"]  # the patch is applied
    assert api.rows("SELECT group_code, deleted_at FROM enrollments") == [("B", None)]
    assert _deleted(api) == [(False, False)]
