"""Migration 0004: the permission table agrees with the app's map, has_action() follows it, `aud` is strict."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import jwt
import psycopg
import pytest

from desktop_app.domain.enrollment_status import TRANSITIONS, EnrollmentStatus
from desktop_app.domain.permissions import PERMISSIONS, Action, Role, can
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import DESKTOP_ROLE, set_jwt_secret
from tests.support.migrations import migrate
from tests.support.tenant_security import (
    TEST_JWT_SECRET,
    desktop_conninfo,
    enable_desktop_login,
    gotrue_claims,
    load_migration,
    mint_token,
)

SCHOOL, OTHER_SCHOOL = str(uuid.uuid4()), str(uuid.uuid4())
USERS = {role.value: str(uuid.uuid4()) for role in Role}
INACTIVE_MEMBER, INACTIVE_USER, OUTSIDER = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
YEAR, NEXT_YEAR, STUDENT, ENROLLMENT, DOCUMENT = (str(uuid.uuid4()) for _ in range(5))
IN_STATUS = {status.value: str(uuid.uuid4()) for status in EnrollmentStatus}  # an enrollment in each state
# Grants added after 0004 (these tests run at 0004); the permission table at head must equal the app's map.
LATER_GRANTS = {(role, action) for role, actions in
                load_migration("0006_piar_and_delete_actions").NEW_ROLE_ACTIONS.items() for action in actions}


@pytest.fixture(scope="module")
def owner_url(pg_cluster) -> Iterator[str]:
    name = f"hard_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name)
    # At 0004, the last revision with direct writes for PC logins (0005, Sync, takes them away and leaves
    # these limits as defence in depth; tests/sync/server checks direct writes fail at head).
    migrate(url, "0004")
    with psycopg.connect(url, autocommit=True) as conn:
        for school in (SCHOOL, OTHER_SCHOOL):
            conn.execute("INSERT INTO schools (id, name) VALUES (%s, 'Colegio')", (school,))
        for role, user in USERS.items():
            conn.execute("INSERT INTO users (id, email, full_name) VALUES (%s, %s, 'U')", (user, f"{role}@x.co"))
            conn.execute("INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, %s)",
                         (SCHOOL, user, json.dumps([role])))
        conn.execute("INSERT INTO users (id, email, full_name) VALUES (%s, 'im@x.co', 'U'), "
                     "(%s, 'iu@x.co', 'U')", (INACTIVE_MEMBER, INACTIVE_USER))
        conn.execute("UPDATE users SET is_active = false WHERE id = %s", (INACTIVE_USER,))
        conn.execute("INSERT INTO school_memberships (school_id, user_id, roles, is_active) VALUES "
                     "(%s, %s, '[\"rector\"]', false), (%s, %s, '[\"rector\"]', true)",
                     (SCHOOL, INACTIVE_MEMBER, SCHOOL, INACTIVE_USER))
        conn.execute("INSERT INTO users (id, email, full_name) VALUES (%s, 'out@x.co', 'U')", (OUTSIDER,))
        conn.execute("INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, '[\"rector\"]')",
                     (OTHER_SCHOOL, OUTSIDER))
        conn.execute("INSERT INTO school_years (id, school_id, name, starts_on, ends_on) "
                     "VALUES (%s, %s, '2026', '2026-01-20', '2026-11-30'), (%s, %s, '2027', '2027-01-20', "
                     "'2027-11-30')", (YEAR, SCHOOL, NEXT_YEAR, SCHOOL))
        conn.execute("INSERT INTO students (id, school_id, document_type, document_number, full_name) "
                     "VALUES (%s, %s, 'TI', '1000000001', 'Ana')", (STUDENT, SCHOOL))
        conn.execute("INSERT INTO enrollments (id, school_id, student_id, school_year_id, grade_level, status) "
                     "VALUES (%s, %s, %s, %s, '11', 'active')", (ENROLLMENT, SCHOOL, STUDENT, YEAR))
        for n, (status, enrollment) in enumerate(IN_STATUS.items()):
            student = str(uuid.uuid4())
            conn.execute("INSERT INTO students (id, school_id, document_type, document_number, full_name) "
                         "VALUES (%s, %s, 'TI', %s, 'Otro')", (student, SCHOOL, f"200000000{n}"))
            conn.execute("INSERT INTO enrollments (id, school_id, student_id, school_year_id, grade_level, status) "
                         "VALUES (%s, %s, %s, %s, '5', %s)", (enrollment, SCHOOL, student, YEAR, status))
        conn.execute("INSERT INTO enrollment_documents (id, school_id, enrollment_id, document_type, r2_object_key, "
                     "file_name) VALUES (%s, %s, %s, 'foto', 'k', 'f.jpg')", (DOCUMENT, SCHOOL, ENROLLMENT))
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(scope="module")
def desktop(owner_url) -> Iterator[psycopg.Connection]:
    with psycopg.connect(desktop_conninfo(owner_url), autocommit=True) as conn:
        yield conn


def _as(desktop: psycopg.Connection, token: str, sql: str, params: tuple = ()) -> list[tuple]:
    with desktop.transaction(force_rollback=True):
        desktop.execute("SELECT set_config('app.access_token', %s, true)", (token,))
        return desktop.execute(sql, params).fetchall()


def _app_map() -> set[tuple[str, str]]:
    return {(role.value, action.value) for role, actions in PERMISSIONS.items() for action in actions}


def test_the_permission_table_is_the_apps_map(owner_url, pg_url):
    with psycopg.connect(owner_url) as conn:
        at_0004 = set(conn.execute("SELECT role, action FROM app_private.role_actions").fetchall())
    with psycopg.connect(pg_url) as conn:
        at_head = set(conn.execute("SELECT role, action FROM app_private.role_actions").fetchall())
    assert at_head == _app_map()
    assert at_0004 == _app_map() - LATER_GRANTS
    assert len(at_0004) > 40 and at_head >= LATER_GRANTS  # not vacuous


def test_the_desktop_role_cannot_read_or_change_the_permission_table(desktop):
    for statement in ("SELECT * FROM app_private.role_actions",
                      "INSERT INTO app_private.role_actions VALUES ('teacher', 'student_create')"):
        with pytest.raises(psycopg.Error) as refused:
            _as(desktop, mint_token(USERS["rector"]), statement)
        assert refused.value.sqlstate == "42501"


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_has_action_follows_the_map_for_every_role_and_action(desktop, role):
    token = mint_token(USERS[role])
    for action in Action:
        granted = _as(desktop, token, "SELECT app_auth.has_action(%s, %s)", (SCHOOL, action.value))
        assert granted == [((role, action.value) in _app_map() - LATER_GRANTS,)], (role, action)
        # Never in a school where the user has no membership.
        assert _as(desktop, token, "SELECT app_auth.has_action(%s, %s)", (OTHER_SCHOOL, action.value)) == [
            (False,)]


@pytest.mark.parametrize("user", [INACTIVE_MEMBER, INACTIVE_USER, str(uuid.uuid4())],
                         ids=["inactive membership", "inactive user", "no such user"])
def test_has_action_is_false_without_an_active_membership(desktop, user):
    assert _as(desktop, mint_token(user), "SELECT app_auth.has_action(%s, 'student_view')", (SCHOOL,)) == [
        (False,)]


def test_has_action_is_false_without_a_token_and_for_an_unknown_action(desktop):
    assert _as(desktop, "", "SELECT app_auth.has_action(%s, 'student_view')", (SCHOOL,)) == [(False,)]
    token = mint_token(USERS["rector"])
    assert _as(desktop, token, "SELECT app_auth.has_action(%s, 'drop_everything')", (SCHOOL,)) == [(False,)]
    assert _as(desktop, token, "SELECT app_auth.has_action(NULL, 'student_view')") == [(False,)]


def _token_without_audience(user: str, **claims) -> str:
    payload = gotrue_claims(user)
    del payload["aud"]
    payload.update(claims)
    return jwt.encode(payload, TEST_JWT_SECRET, algorithm="HS256")


@pytest.mark.parametrize("audience", ["missing", None, 1, True, {"aud": "authenticated"}, [], ["anon"],
                                      "Authenticated", "authenticated ", ["authenticated "]],
                         ids=repr)
@pytest.mark.parametrize("query", ["SELECT app_auth.uid()",
                                   "SELECT app_auth.has_action('{school}', 'student_view')"])
def test_a_token_whose_audience_is_not_authenticated_is_refused(desktop, audience, query):
    user = USERS["rector"]
    token = _token_without_audience(user) if audience == "missing" else _token_without_audience(user, aud=audience)
    for _ in range(2):  # and a refused token is not remembered: the second time is refused too
        with pytest.raises(psycopg.Error) as rejected:
            _as(desktop, token, query.format(school=SCHOOL))
        assert rejected.value.sqlstate == "28000"
        assert "audience" in str(rejected.value)


@pytest.mark.parametrize("audience", ["authenticated", ["authenticated"], ["x", "authenticated"]], ids=repr)
def test_the_authenticated_audience_is_accepted(desktop, audience):
    token = mint_token(USERS["rector"], aud=audience)
    assert _as(desktop, token, "SELECT app_auth.has_action(%s, 'student_view')", (SCHOOL,)) == [(True,)]


# ---------------------------------------------------------------------------------------------- role limits

def _refused(desktop, role: str, sql: str, params: tuple = ()) -> str:
    with pytest.raises(psycopg.Error) as refused:
        _as(desktop, mint_token(USERS[role]), sql, params)
    return refused.value.sqlstate or ""


def _rows(desktop, role: str, sql: str, params: tuple = ()) -> list[tuple]:
    return _as(desktop, mint_token(USERS[role]), sql + " RETURNING id", params)


def test_the_migrations_frozen_state_machine_is_the_apps():
    frozen = load_migration("0004_security_hardening")
    assert set(frozen.ENROLLMENT_TRANSITIONS) == {(t.source, t.target, t.action) for t in TRANSITIONS}
    assert set(frozen.ENROLLMENT_STATUSES) == {s.value for s in EnrollmentStatus}


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_every_status_move_is_allowed_exactly_to_the_roles_the_map_names(desktop, role):
    token = mint_token(USERS[role])
    for source, enrollment in IN_STATUS.items():
        for target in EnrollmentStatus:
            sql = ("UPDATE enrollments SET status = %s WHERE id = %s RETURNING id", (target.value, enrollment))
            move = next((t for t in TRANSITIONS if (t.source, t.target) == (source, target)), None)
            allowed = move is not None and can([role], move.action) and can([role], Action.enrollment_create)
            if allowed:
                assert _as(desktop, token, *sql) == [(uuid.UUID(enrollment),)], (role, source, target)
            elif target != source:
                try:
                    assert _as(desktop, token, *sql) == [], (role, source, target)  # no row it may write
                except psycopg.Error as refused:
                    assert refused.sqlstate == "42501", (role, source, target)


GRADUATE = "UPDATE enrollments SET status = 'graduated' WHERE id = %s"


def test_only_the_roles_the_map_allows_graduate_a_student(desktop):
    assert not can(["secretary"], Action.enrollment_graduate) and can(["coordinator"], Action.enrollment_graduate)
    assert _refused(desktop, "secretary", GRADUATE, (ENROLLMENT,)) == "42501"
    assert _rows(desktop, "coordinator", GRADUATE, (ENROLLMENT,)) == [(uuid.UUID(ENROLLMENT),)]
    # A withdrawal is desk work: the secretary may.
    assert len(_rows(desktop, "secretary", "UPDATE enrollments SET status = 'withdrawn' WHERE id = %s",
                     (ENROLLMENT,))) == 1


@pytest.mark.parametrize("status", ["pending_documents", "bogus", ""])
def test_an_enrollment_moves_only_along_the_state_machine(desktop, status):
    # active -> pending_documents is no move of the app's; "bogus" is no state at all.
    assert _refused(desktop, "rector", "UPDATE enrollments SET status = %s WHERE id = %s",
                    (status, ENROLLMENT)) == "42501"


def test_a_new_enrollment_starts_in_pending_documents(desktop):
    sql = ("INSERT INTO enrollments (school_id, student_id, school_year_id, grade_level, status) "
           "VALUES (%s, %s, %s, '11', %s)")
    assert _refused(desktop, "rector", sql, (SCHOOL, STUDENT, NEXT_YEAR, "graduated")) == "42501"
    assert len(_rows(desktop, "secretary", sql, (SCHOOL, STUDENT, NEXT_YEAR, "pending_documents"))) == 1


def test_enrollment_status_is_checked_for_the_owner_too(owner_url):
    with psycopg.connect(owner_url) as owner, pytest.raises(psycopg.errors.CheckViolation):
        owner.execute("UPDATE enrollments SET status = 'bogus' WHERE id = %s", (ENROLLMENT,))


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_no_role_hard_deletes_a_student(desktop, role):
    assert _refused(desktop, role, "DELETE FROM students WHERE id = %s", (STUDENT,)) == "42501"


def test_an_admin_neither_registers_a_student_nor_validates_a_document(desktop):
    assert not can(["admin"], Action.student_create) and not can(["admin"], Action.document_validate)
    assert _refused(desktop, "admin", "INSERT INTO students (school_id, document_type, document_number, "
                    "full_name) VALUES (%s, 'TI', '1000000002', 'Luis')", (SCHOOL,)) == "42501"
    assert _rows(desktop, "admin", "UPDATE enrollment_documents SET status = 'validated', validated_by = %s, "
                 "validated_at = now() WHERE id = %s", (USERS["admin"], DOCUMENT)) == []
    assert len(_rows(desktop, "secretary", "UPDATE enrollment_documents SET status = 'validated', "
                     "validated_by = %s, validated_at = now() WHERE id = %s", (USERS["secretary"], DOCUMENT))) == 1


def test_the_database_follows_its_permission_table(owner_url):
    """Take document_validate from secretaries in the table alone: the same secretary may receive, not validate."""
    with psycopg.connect(owner_url) as owner, psycopg.connect(desktop_conninfo(owner_url)) as desktop:
        owner.execute("DELETE FROM app_private.role_actions WHERE role = 'secretary' AND action = 'document_validate'")
        try:
            owner.commit()
            validate = ("UPDATE enrollment_documents SET status = 'validated' WHERE id = %s", (DOCUMENT,))
            assert _refused(desktop, "secretary", *validate) == "42501"
            assert _refused(desktop, "secretary", "UPDATE enrollment_documents SET validated_by = %s WHERE id = %s",
                            (USERS["secretary"], DOCUMENT)) == "42501"
            assert len(_rows(desktop, "secretary", "UPDATE enrollment_documents SET status = 'received' "
                             "WHERE id = %s", (DOCUMENT,))) == 1
            assert len(_rows(desktop, "coordinator", *validate)) == 1
        finally:
            owner.execute("INSERT INTO app_private.role_actions VALUES ('secretary', 'document_validate')")
            owner.commit()


def test_deactivating_a_student_needs_its_own_action(owner_url):
    with psycopg.connect(owner_url) as owner, psycopg.connect(desktop_conninfo(owner_url)) as desktop:
        owner.execute("DELETE FROM app_private.role_actions WHERE role = 'secretary' AND action = 'student_deactivate'")
        try:
            owner.commit()
            assert _refused(desktop, "secretary", "UPDATE students SET is_active = false WHERE id = %s",
                            (STUDENT,)) == "42501"
            assert len(_rows(desktop, "secretary", "UPDATE students SET full_name = 'Ana María' WHERE id = %s",
                             (STUDENT,))) == 1
        finally:
            owner.execute("INSERT INTO app_private.role_actions VALUES ('secretary', 'student_deactivate')")
            owner.commit()


# ---------------------------------------------------------------------------------------------- user pointers

POINTERS = {
    "students.user_id": "UPDATE students SET user_id = %s WHERE id = %s",
    "enrollment_documents.validated_by": "UPDATE enrollment_documents SET validated_by = %s WHERE id = %s",
}


@pytest.mark.parametrize("pointer", list(POINTERS))
@pytest.mark.parametrize("who", ["rector", "owner"])
def test_a_pointer_to_a_user_stays_inside_the_school(owner_url, desktop, pointer, who):
    row = STUDENT if pointer.startswith("students") else DOCUMENT
    for stranger in (OUTSIDER, str(uuid.uuid4()) if who == "owner" else OUTSIDER):
        if who == "owner":
            with psycopg.connect(owner_url) as owner, pytest.raises(psycopg.errors.ForeignKeyViolation):
                owner.execute(POINTERS[pointer], (stranger, row))
        else:
            assert _refused(desktop, who, POINTERS[pointer], (stranger, row)) == "23503"
    # A member of the school (active or not) is fine.
    for member in (USERS["teacher"], INACTIVE_MEMBER):
        assert len(_rows(desktop, "rector", POINTERS[pointer], (member, row))) == 1


def test_the_shared_desktop_role_can_no_longer_log_in(owner_url):
    with psycopg.connect(owner_url) as conn:
        conn.execute(f"ALTER ROLE {DESKTOP_ROLE} SET default_transaction_read_only = on")  # as the attack left it
        conn.execute(f"ALTER ROLE {DESKTOP_ROLE} LOGIN")
        conn.commit()
        migration = load_migration("0004_security_hardening")
        conn.execute(migration.SHARED_LOGIN_OFF_SQL)
        assert conn.execute("SELECT rolcanlogin, rolconfig FROM pg_roles WHERE rolname = %s",
                            (DESKTOP_ROLE,)).fetchone() == (False, None)
        conn.commit()
