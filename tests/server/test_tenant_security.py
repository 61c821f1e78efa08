"""Tenant isolation enforced by Postgres itself, tried the way an attacker with the desktop password would.

One migrated database for the module, three schools (A and A2 run by one rector, B by someone else) and a
user for every situation; every case runs as the real `secretaria_desktop` login in a transaction that is
rolled back. The expectation of each matrix cell comes from a plain-Python reading of the rules (who is an
active member where, with which roles; which action a write needs, from migration 0004's table and the
app's permission map), applied to the seeded rows.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import jwt
import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from desktop_app.domain.permissions import roles_for
from desktop_app.storage.models import TENANT_TABLES
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import DESKTOP_ROLE, set_jwt_secret, tenant_connection, verified_user_id
from tests.support.migrations import check, downgrade, migrate
from tests.support.tenant_security import (
    TEST_JWT_SECRET,
    TEST_PC_ROLE,
    desktop_conninfo,
    desktop_sqlalchemy_url,
    enable_desktop_login,
    gotrue_claims,
    load_migration,
    mint_token,
)

ALL_TABLES = (*TENANT_TABLES, "schools", "users", "school_memberships")
SCHOOL_ADMINS = {"rector", "admin"}
# Which action each write needs: the table of migration 0004, read with the app's permission map.
TABLE_ACTIONS: dict[str, dict[str, str]] = load_migration("0004_security_hardening").TABLE_ACTIONS


def writers_for(table: str, op: str) -> set[str] | None:
    """Roles whose members may run `op` (insert/update/delete) on `table` in their school; None: nobody may.

    From the permission table (TABLE_ACTIONS + domain PERMISSIONS); memberships are managed by rectors and
    admins (0003, no action in the map); users may update only their own row (see expected_keys).
    """
    if table == "school_memberships":
        return SCHOOL_ADMINS if op in ("insert", "update") else None
    if table == "users":
        return set() if op == "update" else None
    action = TABLE_ACTIONS[table].get(op.upper())
    return None if action is None else {role.value for role in roles_for(action)}


PRIMARY_KEY = {"school_settings": "school_id"}
HARMLESS_UPDATE = {
    "school_settings": "updated_at = updated_at", "school_years": "name = name",
    "academic_periods": "name = name", "students": "full_name = full_name", "guardians": "full_name = full_name",
    "student_guardians": "relationship = relationship", "enrollments": "status = status",
    "enrollment_documents": "status = status", "schools": "name = name", "users": "full_name = full_name",
    "school_memberships": "roles = roles",
}
REJECTED_TOKEN = "28000"
REFUSED = "42501"  # permission denied, or a row the policies do not accept


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"secretaria-test/{name}"))


@dataclass
class SchoolRows:
    """Ids of the rows seeded for one school."""

    key: str
    id: str
    years: list[str] = field(init=False)
    students: list[str] = field(init=False)
    guardians: list[str] = field(init=False)
    enrollments: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.years = [_id(f"{self.key}/year{n}") for n in (1, 2)]
        self.students, self.guardians, self.enrollments = (
            [_id(f"{self.key}/{kind}{n}") for n in (1, 2)] for kind in ("st", "gu", "en"))


SCHOOLS = {key: SchoolRows(key, _id(f"school/{key}")) for key in ("A", "A2", "B")}
# user -> (user is active, {school: (membership active, roles)})
USERS: dict[str, tuple[bool, dict[str, tuple[bool, list[str]]]]] = {
    "rector": (True, {"A": (True, ["rector"]), "A2": (True, ["rector"])}),
    "teacher": (True, {"A": (True, ["teacher"])}),
    "secretary": (True, {"A": (True, ["secretary"])}),
    "coordinator": (True, {"A": (True, ["coordinator"])}),
    "other_school": (True, {"B": (True, ["rector", "secretary"])}),
    "no_membership": (True, {}),
    "inactive_membership": (True, {"A": (False, ["rector"])}),
    "inactive_user": (False, {"A": (True, ["rector"])}),
}
USER_IDS = {name: _id(f"user/{name}") for name in USERS}


def _seed(conn: psycopg.Connection) -> None:
    for school in SCHOOLS.values():
        conn.execute("INSERT INTO schools (id, name) VALUES (%s, %s)", (school.id, f"Colegio {school.key}"))
        if school.key == "A":  # A2 and B have no settings row yet: inserting one is part of the matrix
            conn.execute("INSERT INTO school_settings (school_id) VALUES (%s)", (school.id,))
        for n, year in enumerate(school.years, start=1):
            conn.execute(
                "INSERT INTO school_years (id, school_id, name, starts_on, ends_on) "
                "VALUES (%s, %s, %s, '2026-01-20', '2026-11-30')", (year, school.id, f"202{5 + n}"))
        conn.execute(
            "INSERT INTO academic_periods (school_id, school_year_id, number, name, starts_on, ends_on) "
            "VALUES (%s, %s, 1, 'Primer periodo', '2026-01-20', '2026-04-10')", (school.id, school.years[0]))
        for n, student, guardian, enrollment in zip((1, 2), school.students, school.guardians, school.enrollments,
                                                     strict=True):
            conn.execute("INSERT INTO students (id, school_id, document_type, document_number, full_name) "
                         "VALUES (%s, %s, 'TI', %s, %s)", (student, school.id, f"10{n}", f"Estudiante {n}"))
            conn.execute("INSERT INTO guardians (id, school_id, document_type, document_number, full_name) "
                         "VALUES (%s, %s, 'CC', %s, %s)", (guardian, school.id, f"20{n}", f"Acudiente {n}"))
            conn.execute("INSERT INTO student_guardians (school_id, student_id, guardian_id, relationship) "
                         "VALUES (%s, %s, %s, 'madre')", (school.id, student, guardian))
            conn.execute("INSERT INTO enrollments (id, school_id, student_id, school_year_id, grade_level) "
                         "VALUES (%s, %s, %s, %s, '5')", (enrollment, school.id, student, school.years[0]))
            conn.execute("INSERT INTO enrollment_documents (school_id, enrollment_id, document_type, "
                         "r2_object_key, file_name) VALUES (%s, %s, 'registro_civil', 'k', 'rc.pdf')",
                         (school.id, enrollment))
    for name, (user_active, memberships) in USERS.items():
        conn.execute("INSERT INTO users (id, email, full_name, is_active) VALUES (%s, %s, %s, %s)",
                     (USER_IDS[name], f"{name}@colegio.edu.co", name.title(), user_active))
        for school_key, (active, roles) in memberships.items():
            conn.execute("INSERT INTO school_memberships (school_id, user_id, roles, is_active) "
                         "VALUES (%s, %s, %s, %s)",
                         (SCHOOLS[school_key].id, USER_IDS[name], json.dumps(roles), active))


def _insert_sql(table: str, school: SchoolRows) -> tuple[str, tuple]:
    """A new, valid row of `table` for `school` (all its pointers inside that school)."""
    s = school.id
    return {
        "schools": ("INSERT INTO schools (name) VALUES ('Colegio nuevo')", ()),
        "users": ("INSERT INTO users (id, email, full_name) VALUES (%s, 'nuevo@x.co', 'Nuevo')",
                  (str(uuid.uuid4()),)),
        "school_settings": ("INSERT INTO school_settings (school_id) VALUES (%s)", (s,)),
        "school_years": ("INSERT INTO school_years (school_id, name, starts_on, ends_on) "
                         "VALUES (%s, '2030', '2030-01-20', '2030-11-30')", (s,)),
        "academic_periods": ("INSERT INTO academic_periods (school_id, school_year_id, number, name, starts_on, "
                             "ends_on) VALUES (%s, %s, 2, 'Segundo', '2026-04-11', '2026-06-30')",
                             (s, school.years[0])),
        "students": ("INSERT INTO students (school_id, document_type, document_number, full_name) "
                     "VALUES (%s, 'RC', '999', 'Nueva Estudiante')", (s,)),
        "guardians": ("INSERT INTO guardians (school_id, document_type, document_number, full_name) "
                      "VALUES (%s, 'CC', '999', 'Nuevo Acudiente')", (s,)),
        "student_guardians": ("INSERT INTO student_guardians (school_id, student_id, guardian_id, relationship) "
                              "VALUES (%s, %s, %s, 'padre')", (s, school.students[0], school.guardians[1])),
        "enrollments": ("INSERT INTO enrollments (school_id, student_id, school_year_id, grade_level) "
                        "VALUES (%s, %s, %s, '6')", (s, school.students[0], school.years[1])),
        "enrollment_documents": ("INSERT INTO enrollment_documents (school_id, enrollment_id, document_type, "
                                 "r2_object_key, file_name) VALUES (%s, %s, 'foto', 'k2', 'foto.jpg')",
                                 (s, school.enrollments[0])),
        "school_memberships": ("INSERT INTO school_memberships (school_id, user_id, roles) "
                               "VALUES (%s, %s, '[\"teacher\"]')", (s, USER_IDS["no_membership"])),
    }[table]


# ---------------------------------------------------------------------------------------------- identities

@dataclass(frozen=True)
class Identity:
    """Who the session claims to be, and the token it hands Postgres."""

    name: str
    user: str | None  # the user whose rights a *valid* token would carry
    token_is_valid: bool


IDENTITIES = [
    Identity("no_token", None, False),
    Identity("forged_signature", "rector", False),
    Identity("other_secret", "rector", False),
    Identity("expired", "rector", False),
    Identity("wrong_audience", "rector", False),
    Identity("no_audience", "rector", False),
    Identity("null_audience", "rector", False),
    Identity("wrong_role", "rector", False),
    *(Identity(name, name, True) for name in USERS),
]


def token_for(identity: Identity) -> str | None:
    if identity.name == "no_token":
        return None
    user = USER_IDS[identity.user]
    if identity.name == "forged_signature":  # the rector's claims under another user's valid signature
        genuine = mint_token(USER_IDS["other_school"]).split(".")
        return ".".join([genuine[0], mint_token(user).split(".")[1], genuine[2]])
    if identity.name == "other_secret":
        return mint_token(user, secret="another-secret-another-secret-another-secret")
    if identity.name == "expired":
        return mint_token(user, exp=int(time.time()) - 1, iat=int(time.time()) - 3601)
    if identity.name == "wrong_audience":
        return mint_token(user, aud="anon")
    if identity.name in ("no_audience", "null_audience"):  # issue 10: accepted before 0004
        claims = gotrue_claims(user, aud=None)
        if identity.name == "no_audience":
            del claims["aud"]
        return jwt.encode(claims, TEST_JWT_SECRET, algorithm="HS256")
    if identity.name == "wrong_role":
        return mint_token(user, role="service_role")
    return mint_token(user)


def active_roles(identity: Identity) -> dict[str, set[str]]:
    """school id -> roles, for the schools where this identity may act at all."""
    if not identity.token_is_valid:
        return {}
    user_active, memberships = USERS[identity.user]
    if not user_active:
        return {}
    return {SCHOOLS[k].id: set(roles) for k, (active, roles) in memberships.items() if active}


# ---------------------------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def owner_url(pg_cluster, pg_template) -> Iterator[str]:
    name = f"sec_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=pg_template)
    with psycopg.connect(url, autocommit=True) as conn:
        _seed(conn)
    set_jwt_secret(make_engine(url), TEST_JWT_SECRET)
    enable_desktop_login(url)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(scope="module")
def owner(owner_url) -> Iterator[psycopg.Connection]:
    with psycopg.connect(owner_url) as conn:
        yield conn


@pytest.fixture(scope="module")
def desktop(owner_url) -> Iterator[psycopg.Connection]:
    with psycopg.connect(desktop_conninfo(owner_url)) as conn:
        assert conn.execute("SELECT current_user, pg_has_role(%s, 'USAGE')", (DESKTOP_ROLE,)).fetchone() == (
            TEST_PC_ROLE, True)
        yield conn


@pytest.fixture(scope="module")
def owner_rows(owner) -> dict[str, list[tuple]]:
    """Every seeded row as (primary key, school id, user id) — the ground truth the oracle filters."""
    rows: dict[str, list[tuple]] = {}
    for table in ALL_TABLES:
        pk = PRIMARY_KEY.get(table, "id")
        school = {"schools": "id", "users": "NULL"}.get(table, "school_id")
        user = {"users": "id", "school_memberships": "user_id"}.get(table, "NULL")
        rows[table] = [tuple(str(v) if v else None for v in r)
                       for r in owner.execute(f"SELECT {pk}, {school}, {user} FROM {table}")]
    owner.rollback()
    return rows


def run_as(desktop: psycopg.Connection, token: str | None, sql: str, params: tuple = ()) -> list[str]:
    """Run one statement as the desktop role with `token`, roll back, return the keys it returned."""
    try:
        with desktop.transaction(force_rollback=True):
            desktop.execute("SELECT set_config('app.access_token', %s, true)", (token or "",))
            cursor = desktop.execute(sql, params)
            return [str(r[0]) for r in cursor.fetchall()] if cursor.description else [""] * cursor.rowcount
    finally:
        desktop.rollback()


# ---------------------------------------------------------------------------------------------- the matrix

def expected_keys(identity: Identity, table: str, op: str, rows: dict[str, list[tuple]]) -> list[str] | None:
    """Keys of the rows `op` may see or touch for `identity`; None when the statement must be refused."""
    writers = writers_for(table, op) if op != "select" else set()
    if writers is None:
        return None
    schools = active_roles(identity)
    me = USER_IDS.get(identity.user or "") if identity.token_is_valid else None
    admin_of = {s for s, roles in schools.items() if roles & SCHOOL_ADMINS}
    writable = {s for s, roles in schools.items() if roles & writers}
    if table == "users":
        if op == "select":
            members = {u for _, s, u in rows["school_memberships"] if s in schools}
            return sorted(pk for pk, _, _ in rows["users"] if pk in members)
        return [me] if schools else []
    if table == "school_memberships" and op == "select":
        return sorted(pk for pk, s, u in rows[table] if (s in schools and u == me) or s in admin_of)
    allowed = set(schools) if op == "select" else writable
    return sorted(pk for pk, s, _ in rows[table] if s in allowed)


def _insert_allowed(identity: Identity, table: str, school_id: str) -> bool:
    writers = writers_for(table, "insert")
    if writers is None or table in ("schools", "users"):
        return False
    return bool(active_roles(identity).get(school_id, set()) & writers)


CELLS = [(i, t, op) for i in IDENTITIES for t in ALL_TABLES for op in ("select", "insert", "update", "delete")]


@pytest.mark.parametrize(("identity", "table", "op"), CELLS,
                         ids=[f"{i.name}-{t}-{op}" for i, t, op in CELLS])
def test_adversarial_matrix(desktop, owner_rows, identity, table, op):
    _assert_cell(desktop, owner_rows, identity, table, op, token_for(identity))


@pytest.mark.parametrize(("identity", "table", "op"), CELLS,
                         ids=[f"{i.name}-{t}-{op}" for i, t, op in CELLS])
def test_adversarial_matrix_with_the_token_seen_before(desktop, owner_rows, identity, table, op):
    """The same matrix once the token went through a committed transaction (verified tokens are remembered)."""
    token = token_for(identity)
    try:
        _use_and_commit(desktop, token or "")
    except psycopg.Error:
        desktop.rollback()  # a rejected token is not remembered: the cell below checks it is rejected again
    _assert_cell(desktop, owner_rows, identity, table, op, token)


def _assert_cell(desktop, owner_rows, identity: Identity, table: str, op: str, token: str | None) -> None:
    pk = PRIMARY_KEY.get(table, "id")
    if op == "insert":
        for target in (SCHOOLS["A2"], SCHOOLS["B"]):
            sql, params = _insert_sql(table, target)
            if _insert_allowed(identity, table, target.id):
                assert len(run_as(desktop, token, sql, params)) == 1
            else:
                with pytest.raises(psycopg.Error) as refused:
                    run_as(desktop, token, sql, params)
                assert refused.value.sqlstate in (REFUSED, REJECTED_TOKEN), refused.value
        return
    statement = {
        "select": f"SELECT {pk} FROM {table}",
        "update": f"UPDATE {table} SET {HARMLESS_UPDATE[table]} RETURNING {pk}",
        "delete": f"DELETE FROM {table} RETURNING {pk}",
    }[op]
    expected = expected_keys(identity, table, op, owner_rows)
    if not identity.token_is_valid and identity.name != "no_token":
        with pytest.raises(psycopg.Error) as rejected:
            run_as(desktop, token, statement)
        # A rejected token is told apart (the app refreshes it), unless the privilege check came first.
        assert rejected.value.sqlstate == (REJECTED_TOKEN if expected is not None else REFUSED), rejected.value
        return
    if expected is None:
        with pytest.raises(psycopg.Error) as refused:
            run_as(desktop, token, statement)
        assert refused.value.sqlstate == REFUSED
        return
    assert sorted(run_as(desktop, token, statement)) == expected


def test_the_matrix_is_not_vacuous(owner_rows):
    """The valid member reaches rows of both its schools in every table, and no one else reaches A's."""
    rector = next(i for i in IDENTITIES if i.name == "rector")
    for table in ALL_TABLES:
        seen = expected_keys(rector, table, "select", owner_rows)
        assert seen, table
        if table not in ("schools", "users", "school_settings"):
            schools = {s for pk, s, _ in owner_rows[table] if pk in seen}
            assert schools == {SCHOOLS["A"].id, SCHOOLS["A2"].id}, table
    for identity in IDENTITIES:
        if identity.name not in ("rector", "teacher", "secretary", "coordinator", "other_school"):
            assert not active_roles(identity)


# ---------------------------------------------------------------------------------------------- forged by hand

HAND_SET_IDENTITY = [
    ("app.user_id", USER_IDS["rector"]),
    ("app.school_id", SCHOOLS["A"].id),
    ("request.jwt.claims", json.dumps(gotrue_claims(USER_IDS["rector"]))),
    ("request.jwt.claim.sub", USER_IDS["rector"]),
    ("request.jwt.claim.role", "authenticated"),
    ("app.jwt_secret", "whatever-the-client-wants-it-to-be-000"),
]


@pytest.mark.parametrize("is_local", [True, False], ids=["transaction", "session"])
def test_identity_set_by_hand_gains_nothing(desktop, is_local):
    try:
        with desktop.transaction(force_rollback=True):
            for name, value in HAND_SET_IDENTITY:
                desktop.execute("SELECT set_config(%s, %s, %s)", (name, value, is_local))
            assert desktop.execute("SELECT app_auth.uid()").fetchone() == (None,)
            for table in ALL_TABLES:
                assert desktop.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
                assert desktop.execute(f"UPDATE {table} SET {HARMLESS_UPDATE[table]}").rowcount == 0
            with pytest.raises(errors.InsufficientPrivilege):
                desktop.execute(*_insert_sql("students", SCHOOLS["A"]))
    finally:
        desktop.rollback()
        for name, _ in HAND_SET_IDENTITY:
            desktop.execute("SELECT set_config(%s, '', false)", (name,))
        desktop.commit()


@pytest.mark.parametrize("role", ["postgres", "authenticated", "service_role", "pg_read_all_data", DESKTOP_ROLE])
def test_the_desktop_role_cannot_become_another_role(desktop, role):
    with pytest.raises(psycopg.Error) as refused:
        desktop.execute(f'SET ROLE "{role}"')
    desktop.rollback()
    assert refused.value.sqlstate in ("42501", "22023", "42704")  # denied, or no such role
    assert desktop.execute("SELECT current_user").fetchone() == (TEST_PC_ROLE,)
    desktop.rollback()


@pytest.mark.parametrize("statement", [
    "SELECT * FROM app_private.jwt_secret",
    "SELECT * FROM app_private.verified_tokens",
    "INSERT INTO app_private.verified_tokens VALUES (sha256('x'), gen_random_uuid(), 9999999999)",
    "DELETE FROM app_private.verified_tokens",
    "SELECT app_private.set_jwt_secret('attacker-chosen-secret-attacker-chosen')",
    "ALTER TABLE students DISABLE ROW LEVEL SECURITY",
    "ALTER TABLE students NO FORCE ROW LEVEL SECURITY",
    "DROP POLICY students_select ON students",
    "CREATE TABLE public.sneaky (id int)",
    "CREATE FUNCTION public.school_ids() RETURNS uuid[] LANGUAGE sql AS 'SELECT NULL::uuid[]'",
    "INSERT INTO schools (name) VALUES ('Colegio pirata')",
    "DELETE FROM users",
    "UPDATE users SET is_active = true",
    "UPDATE school_memberships SET user_id = user_id",
    "UPDATE schools SET is_active = false",
])
def test_the_desktop_role_cannot_reach_around_the_policies(desktop, statement):
    token = mint_token(USER_IDS["rector"])
    with pytest.raises(psycopg.Error) as refused:
        run_as(desktop, token, statement)
    assert refused.value.sqlstate in ("42501", "3F000"), refused.value  # denied / schema not reachable


@pytest.mark.filterwarnings("ignore:The HMAC key")
def test_a_token_signed_otherwise_than_hs256_is_refused(desktop):
    claims = gotrue_claims(USER_IDS["rector"])
    unsigned = jwt.encode(claims, None, algorithm="none")
    as_hs512 = jwt.encode(claims, TEST_JWT_SECRET, algorithm="HS512")
    for token in (unsigned, unsigned + "AAAA", as_hs512, "not-a-token", "a.b.c", "a.b"):
        with pytest.raises(psycopg.Error) as rejected:
            run_as(desktop, token, "SELECT count(*) FROM students")
        assert rejected.value.sqlstate == REJECTED_TOKEN, token


def test_expiry_has_no_leeway(desktop):
    now = int(time.time())
    token = mint_token(USER_IDS["rector"], exp=now, iat=now - 3600)
    with pytest.raises(psycopg.Error, match="expired"):
        run_as(desktop, token, "SELECT count(*) FROM students")
    fresh = mint_token(USER_IDS["rector"], exp=now + 5)
    assert run_as(desktop, fresh, "SELECT count(*) FROM students") == ["4"]


def test_only_the_top_level_subject_counts(desktop):
    """`user_metadata` is editable by the user in Supabase: a `sub` in it must not stand in for the real one."""
    smuggled = {"user_metadata": {"sub": USER_IDS["rector"], "role": "authenticated"}}
    outsider = mint_token(USER_IDS["no_membership"], **smuggled)
    assert run_as(desktop, outsider, "SELECT count(*) FROM students") == ["0"]
    without_subject = gotrue_claims(USER_IDS["rector"], **smuggled)
    del without_subject["sub"]
    with pytest.raises(psycopg.Error, match="subject"):
        run_as(desktop, jwt.encode(without_subject, TEST_JWT_SECRET, algorithm="HS256"),
               "SELECT count(*) FROM students")


def test_an_audience_list_holding_authenticated_is_accepted(desktop):
    token = mint_token(USER_IDS["rector"], aud=["authenticated", "other"])
    assert run_as(desktop, token, "SELECT count(*) FROM students") == ["4"]


def test_a_token_not_yet_valid_is_refused(desktop):
    token = mint_token(USER_IDS["rector"], nbf=int(time.time()) + 60)
    with pytest.raises(psycopg.Error, match="not valid yet"):
        run_as(desktop, token, "SELECT count(*) FROM students")


# ---------------------------------------------------------------------------------------------- remembered tokens

def _use_and_commit(desktop: psycopg.Connection, token: str, sql: str = "SELECT app_auth.uid()",
                    params: tuple = ()) -> list[str]:
    """Run `sql` with `token` in a transaction that commits, as the app does."""
    desktop.rollback()  # end what a fixture may have left open, so that `transaction()` is a real one
    with desktop.transaction():
        desktop.execute("SELECT set_config('app.access_token', %s, true)", (token,))
        return [str(r[0]) for r in desktop.execute(sql, params).fetchall()]


def _remembered(owner: psycopg.Connection, token: str) -> list[tuple[str, int]]:
    """(user id, exp) remembered for exactly this token, read as the owner."""
    rows = owner.execute("SELECT user_id::text, expires_at::bigint FROM app_private.verified_tokens "
                         "WHERE token_digest = sha256(convert_to(%s, 'UTF8'))", (token,)).fetchall()
    owner.rollback()
    return rows


def test_a_verified_token_is_remembered_by_its_digest_and_keeps_its_rights(owner, desktop):
    token = mint_token(USER_IDS["secretary"])
    assert _remembered(owner, token) == []
    assert _use_and_commit(desktop, token) == [USER_IDS["secretary"]]
    exp = jwt.decode(token, options={"verify_signature": False})["exp"]
    assert _remembered(owner, token) == [(USER_IDS["secretary"], exp)]
    # Seen before or not, the same user gets the same rows and the same refusals.
    fresh = mint_token(USER_IDS["secretary"])
    assert sorted(run_as(desktop, token, "SELECT id FROM students")) == sorted(
        run_as(desktop, fresh, "SELECT id FROM students")) == sorted(SCHOOLS["A"].students)
    with pytest.raises(errors.InsufficientPrivilege):
        run_as(desktop, token, *_insert_sql("school_years", SCHOOLS["A"]))


def test_a_rejected_token_is_not_remembered(owner, desktop):
    for identity in IDENTITIES:
        token = token_for(identity)
        if identity.token_is_valid or token is None:
            continue
        with pytest.raises(psycopg.Error):
            _use_and_commit(desktop, token)
        desktop.rollback()
        assert _remembered(owner, token) == [], identity.name


def test_a_remembered_token_is_refused_once_it_expires(owner, desktop):
    token = mint_token(USER_IDS["rector"], exp=int(time.time()) + 2)
    assert _use_and_commit(desktop, token, "SELECT count(*) FROM students") == ["4"]
    assert len(_remembered(owner, token)) == 1
    time.sleep(max(0.0, jwt.decode(token, options={"verify_signature": False})["exp"] - time.time()) + 0.05)
    with pytest.raises(psycopg.Error, match="expired") as rejected:
        run_as(desktop, token, "SELECT count(*) FROM students")
    assert rejected.value.sqlstate == REJECTED_TOKEN
    for who_asks in ("SELECT app_auth.uid()", "SELECT app_auth.school_ids_for_roles(ARRAY['rector'])"):
        with pytest.raises(psycopg.Error, match="expired"):
            run_as(desktop, token, who_asks)
    with pytest.raises(psycopg.Error, match="expired"):  # a write: only the role-limited look-up runs
        run_as(desktop, token, *_insert_sql("students", SCHOOLS["A"]))


def test_a_forged_token_does_not_ride_on_a_remembered_one(desktop):
    genuine = mint_token(USER_IDS["rector"])
    assert _use_and_commit(desktop, genuine) == [USER_IDS["rector"]]
    header, payload, signature = genuine.split(".")
    other_claims = mint_token(USER_IDS["other_school"]).split(".")[1]
    for forged in (f"{header}.{other_claims}.{signature}",  # another user's claims under the known signature
                   f"{header}.{payload}.{'B' if signature[0] == 'A' else 'A'}{signature[1:]}",
                   f"{header}.{payload}.{signature}.", f" {genuine}"):
        with pytest.raises(psycopg.Error) as rejected:
            run_as(desktop, forged, "SELECT count(*) FROM students")
        assert rejected.value.sqlstate == REJECTED_TOKEN, forged


def test_a_membership_the_rector_deactivates_counts_at_the_next_transaction(owner, desktop):
    """Memberships are read live in every statement, also for a token Postgres remembers."""
    secretary, rector = mint_token(USER_IDS["secretary"]), mint_token(USER_IDS["rector"])
    params = (USER_IDS["secretary"], SCHOOLS["A"].id)
    assert len(_use_and_commit(desktop, secretary, "SELECT id FROM students")) == 2
    try:
        assert len(_use_and_commit(desktop, rector, "UPDATE school_memberships SET is_active = false "
                                   "WHERE user_id = %s AND school_id = %s RETURNING id", params)) == 1
        assert _use_and_commit(desktop, secretary, "SELECT id FROM students") == []
        with pytest.raises(errors.InsufficientPrivilege):
            run_as(desktop, secretary, *_insert_sql("students", SCHOOLS["A"]))
    finally:
        with owner.transaction():
            owner.execute("UPDATE school_memberships SET is_active = true WHERE user_id = %s AND school_id = %s",
                          params)
    assert len(_use_and_commit(desktop, secretary, "SELECT id FROM students")) == 2
    try:  # a user switched off as a whole, too
        with owner.transaction():
            owner.execute("UPDATE users SET is_active = false WHERE id = %s", (USER_IDS["secretary"],))
        assert _use_and_commit(desktop, secretary, "SELECT id FROM students") == []
    finally:
        with owner.transaction():
            owner.execute("UPDATE users SET is_active = true WHERE id = %s", (USER_IDS["secretary"],))


def test_a_new_jwt_secret_forgets_every_remembered_token(owner_url, owner, desktop):
    rotated = "a-rotated-project-secret-a-rotated-project-secret"
    token = mint_token(USER_IDS["rector"])
    assert _use_and_commit(desktop, token) == [USER_IDS["rector"]]
    engine = make_engine(owner_url)
    try:
        set_jwt_secret(engine, rotated)
        assert _remembered(owner, token) == []
        with pytest.raises(psycopg.Error, match="bad signature"):
            run_as(desktop, token, "SELECT count(*) FROM students")
        signed_with_rotated = mint_token(USER_IDS["rector"], secret=rotated)
        assert _use_and_commit(desktop, signed_with_rotated) == [USER_IDS["rector"]]
        with owner.transaction():  # changed by hand rather than through set_jwt_secret: forgotten too
            owner.execute("UPDATE app_private.jwt_secret SET updated_at = now()")
        assert _remembered(owner, signed_with_rotated) == []
    finally:
        set_jwt_secret(engine, TEST_JWT_SECRET)
        engine.dispose()
    with pytest.raises(psycopg.Error, match="bad signature"):
        run_as(desktop, signed_with_rotated, "SELECT count(*) FROM students")


def test_a_token_verified_while_the_secret_changes_does_not_outlive_the_old_secret(owner_url, owner, desktop):
    token = mint_token(USER_IDS["rector"])
    engine = make_engine(owner_url)
    try:
        desktop.rollback()
        with desktop.transaction():  # verified with the old secret and remembered, not committed yet...
            desktop.execute("SELECT set_config('app.access_token', %s, true)", (token,))
            assert desktop.execute("SELECT app_auth.uid()").fetchone() == (uuid.UUID(USER_IDS["rector"]),)
            set_jwt_secret(engine, "a-rotated-project-secret-a-rotated-project-secret")  # ...when this commits
        assert len(_remembered(owner, token)) == 1  # the clean-up could not see that row
        with pytest.raises(psycopg.Error, match="bad signature"):
            run_as(desktop, token, "SELECT count(*) FROM students")
    finally:
        set_jwt_secret(engine, TEST_JWT_SECRET)
        engine.dispose()


def test_a_read_only_transaction_verifies_without_remembering(owner, desktop):
    token = mint_token(USER_IDS["teacher"])
    with desktop.transaction():
        desktop.execute("SET TRANSACTION READ ONLY")
        desktop.execute("SELECT set_config('app.access_token', %s, true)", (token,))
        assert desktop.execute("SELECT count(*) FROM students").fetchone() == (2,)
    assert _remembered(owner, token) == []


@pytest.mark.parametrize("isolation", ["REPEATABLE READ", "SERIALIZABLE"])
def test_a_token_another_session_remembers_meanwhile_is_fine_in_a_stricter_transaction(owner_url, owner, desktop,
                                                                                        isolation):
    token = mint_token(USER_IDS["rector"])
    with psycopg.connect(desktop_conninfo(owner_url)) as second:
        desktop.rollback()
        with desktop.transaction(force_rollback=True):
            desktop.execute(f"SET TRANSACTION ISOLATION LEVEL {isolation}")
            desktop.execute("SELECT count(*) FROM students")  # the snapshot is taken here...
            assert _use_and_commit(second, token) == [USER_IDS["rector"]]  # ...before this is remembered
            desktop.execute("SELECT set_config('app.access_token', %s, true)", (token,))
            assert desktop.execute("SELECT count(*) FROM students").fetchone() == (4,)
            assert desktop.execute(*_insert_sql("students", SCHOOLS["A"])).rowcount == 1
    assert len(_remembered(owner, token)) == 1


def test_two_sessions_verifying_one_new_token_do_not_wait_for_each_other(owner_url, owner, desktop):
    token = mint_token(USER_IDS["rector"])
    with psycopg.connect(desktop_conninfo(owner_url)) as second:
        with desktop.transaction(force_rollback=True):  # remembers the token, uncommitted, until it ends
            desktop.execute("SELECT set_config('app.access_token', %s, true)", (token,))
            assert desktop.execute("SELECT app_auth.uid()").fetchone() == (uuid.UUID(USER_IDS["rector"]),)
            with second.transaction():
                second.execute("SET LOCAL lock_timeout = '500ms'")
                second.execute("SELECT set_config('app.access_token', %s, true)", (token,))
                assert second.execute("SELECT count(*) FROM students").fetchone() == (4,)
        desktop.rollback()
    assert _use_and_commit(desktop, token) == [USER_IDS["rector"]]
    assert len(_remembered(owner, token)) == 1


# ---------------------------------------------------------------------------------------------- role-limited writes

def _one(desktop, user: str, sql: str, params: tuple = ()) -> list[str]:
    return run_as(desktop, mint_token(USER_IDS[user]), sql, params)


def test_a_teacher_reads_but_cannot_register_a_student(desktop):
    assert len(_one(desktop, "teacher", "SELECT id FROM students")) == 2
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        _one(desktop, "teacher", *_insert_sql("students", SCHOOLS["A"]))
    assert _one(desktop, "teacher", "UPDATE students SET full_name = 'X' RETURNING id") == []


def test_a_secretary_registers_students_but_not_school_settings_or_years(desktop):
    assert len(_one(desktop, "secretary", *_insert_sql("students", SCHOOLS["A"]))) == 1
    assert len(_one(desktop, "secretary", *_insert_sql("enrollments", SCHOOLS["A"]))) == 1
    assert _one(desktop, "secretary", "UPDATE school_settings SET habeas_data_text = 'x' RETURNING school_id") == []
    with pytest.raises(errors.InsufficientPrivilege):
        _one(desktop, "secretary", *_insert_sql("school_years", SCHOOLS["A"]))
    assert _one(desktop, "secretary", "UPDATE schools SET name = 'X' RETURNING id") == []


def test_a_coordinator_edits_school_years_but_not_settings(desktop):
    assert len(_one(desktop, "coordinator", *_insert_sql("school_years", SCHOOLS["A"]))) == 1
    assert _one(desktop, "coordinator", "UPDATE school_settings SET pei_summary = 'x' RETURNING school_id") == []


def test_a_rector_edits_settings_and_the_school_name_but_not_its_flags(desktop):
    assert _one(desktop, "rector", "UPDATE school_settings SET pei_summary = 'x' RETURNING school_id") == [
        SCHOOLS["A"].id]
    assert len(_one(desktop, "rector", "UPDATE schools SET name = name || ' (IED)' RETURNING id")) == 2
    with pytest.raises(errors.InsufficientPrivilege):
        _one(desktop, "rector", "UPDATE schools SET is_active = false")


def test_memberships_are_visible_to_their_user_and_managed_by_the_rector(desktop, owner_rows):
    own = _one(desktop, "secretary", "SELECT user_id FROM school_memberships")
    assert own == [USER_IDS["secretary"]]
    with pytest.raises(errors.InsufficientPrivilege):
        _one(desktop, "secretary", *_insert_sql("school_memberships", SCHOOLS["A"]))
    assert _one(desktop, "secretary", "UPDATE school_memberships SET roles = '[\"rector\"]' RETURNING id") == []
    in_a = sorted(pk for pk, s, _ in owner_rows["school_memberships"] if s == SCHOOLS["A"].id)
    assert sorted(_one(desktop, "rector", "SELECT id FROM school_memberships WHERE school_id = %s",
                       (SCHOOLS["A"].id,))) == in_a
    assert len(_one(desktop, "rector", *_insert_sql("school_memberships", SCHOOLS["A"]))) == 1


def test_users_see_their_colleagues_and_edit_only_their_own_name(desktop):
    colleagues = _one(desktop, "teacher", "SELECT id FROM users")
    assert USER_IDS["secretary"] in colleagues and USER_IDS["other_school"] not in colleagues
    assert _one(desktop, "teacher", "UPDATE users SET full_name = 'Profe' RETURNING id") == [USER_IDS["teacher"]]
    with pytest.raises(errors.InsufficientPrivilege):
        _one(desktop, "teacher", "UPDATE users SET email = 'x@y.co' WHERE id = %s", (USER_IDS["teacher"],))


def test_an_admin_role_manages_its_school(owner, desktop):
    user = _id("user/admin")
    with owner.transaction():
        owner.execute("INSERT INTO users (id, email, full_name) VALUES (%s, 'admin@x.co', 'Admin')", (user,))
        owner.execute("INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, '[\"admin\"]')",
                      (SCHOOLS["B"].id, user))
    try:
        token = mint_token(user)
        assert len(run_as(desktop, token, *_insert_sql("school_settings", SCHOOLS["B"]))) == 1
        assert run_as(desktop, token, "UPDATE schools SET name = name RETURNING id") == [SCHOOLS["B"].id]
        assert len(run_as(desktop, token, *_insert_sql("school_years", SCHOOLS["B"]))) == 1
        with pytest.raises(errors.InsufficientPrivilege):
            run_as(desktop, token, *_insert_sql("school_years", SCHOOLS["A"]))
    finally:
        with owner.transaction():
            owner.execute("DELETE FROM users WHERE id = %s", (user,))


# ---------------------------------------------------------------------------------------------- cross-tenant pointers

CROSS_TENANT = {
    "student of A linked to a guardian of A2": (
        "INSERT INTO student_guardians (school_id, student_id, guardian_id, relationship) "
        "VALUES (%(a)s, %(a_student)s, %(b_guardian)s, 'madre')"),
    "enrollment of A in a school year of A2": (
        "INSERT INTO enrollments (school_id, student_id, school_year_id, grade_level) "
        "VALUES (%(a)s, %(a_student)s, %(b_year)s, '5')"),
    "document of A pointing at an enrollment of A2": (
        "INSERT INTO enrollment_documents (school_id, enrollment_id, document_type, r2_object_key, file_name) "
        "VALUES (%(a)s, %(b_enrollment)s, 'foto', 'k', 'f.jpg')"),
    "document of A accepted by a guardian of A2": (
        "UPDATE enrollment_documents SET accepted_by_guardian_id = %(b_guardian)s WHERE school_id = %(a)s"),
    "academic period of A in a school year of A2": (
        "INSERT INTO academic_periods (school_id, school_year_id, number, name, starts_on, ends_on) "
        "VALUES (%(a)s, %(b_year)s, 3, 'Tercero', '2026-07-01', '2026-09-30')"),
    "enrollment moved to A2 keeping its student of A": (
        "UPDATE enrollments SET school_id = %(b)s, school_year_id = %(b_year)s WHERE id = %(a_enrollment)s"),
}
CROSS_PARAMS = {
    "a": SCHOOLS["A"].id, "b": SCHOOLS["A2"].id, "a_student": SCHOOLS["A"].students[0],
    "a_enrollment": SCHOOLS["A"].enrollments[0],
    "b_guardian": SCHOOLS["A2"].guardians[0], "b_year": SCHOOLS["A2"].years[0],
    "b_enrollment": SCHOOLS["A2"].enrollments[0],
}


@pytest.mark.parametrize("case", list(CROSS_TENANT))
@pytest.mark.parametrize("who", ["member of both schools", "owner"])
def test_a_row_cannot_point_into_another_school(desktop, owner, case, who):
    # The rector of A and A2 may write both schools, so only the composite keys stand in the way.
    conn, token = (desktop, mint_token(USER_IDS["rector"])) if who != "owner" else (owner, None)
    with pytest.raises(errors.ForeignKeyViolation):
        run_as(conn, token, CROSS_TENANT[case], CROSS_PARAMS)


# ---------------------------------------------------------------------------------------------- the catalog

def test_rls_is_enabled_and_forced_on_every_table(owner):
    rows = owner.execute("SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
                         "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'").fetchall()
    owner.rollback()
    state = {name: (enabled, forced) for name, enabled, forced in rows}
    for table in ALL_TABLES:
        assert state[table] == (True, True), table


def test_the_desktop_role_touches_no_table_without_rls(owner):
    """Guards later migrations: a new table the desktop role may read must have RLS too."""
    rows = owner.execute(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN "
        "('r', 'p', 'v', 'm') AND NOT (c.relrowsecurity AND c.relforcerowsecurity) AND "
        "(has_table_privilege(%s, c.oid, 'SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER') "
        " OR has_any_column_privilege(%s, c.oid, 'SELECT,INSERT,UPDATE,REFERENCES'))",
        (DESKTOP_ROLE, DESKTOP_ROLE)).fetchall()
    owner.rollback()
    assert rows == []


def test_the_desktop_role_owns_nothing_and_bypasses_nothing(owner):
    attributes = owner.execute(
        "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolinherit FROM pg_roles WHERE rolname = %s",
        (DESKTOP_ROLE,)).fetchone()
    assert attributes == (False, False, False, False, False)
    owned = owner.execute(
        "SELECT count(*) FROM pg_class WHERE relowner = %s::regrole", (DESKTOP_ROLE,)).fetchone()[0] + owner.execute(
        "SELECT count(*) FROM pg_proc WHERE proowner = %s::regrole", (DESKTOP_ROLE,)).fetchone()[0] + owner.execute(
        "SELECT count(*) FROM pg_namespace WHERE nspowner = %s::regrole", (DESKTOP_ROLE,)).fetchone()[0]
    member_of = owner.execute("SELECT count(*) FROM pg_auth_members WHERE member = %s::regrole",
                              (DESKTOP_ROLE,)).fetchone()[0]
    owner.rollback()
    assert (owned, member_of) == (0, 0)


def test_policies_look_the_identity_up_once_per_statement(desktop):
    """The membership look-up is an InitPlan (once per statement), and the school index still serves."""
    token = mint_token(USER_IDS["rector"])
    plan = "\n".join(run_as(desktop, token, "EXPLAIN (VERBOSE, COSTS OFF) SELECT id FROM students "
                            "WHERE school_id = %s ORDER BY full_name LIMIT 50", (SCHOOLS["A"].id,)))
    assert "SubPlan" not in plan, plan
    assert re.search(r"InitPlan 1\n\s+->  Result\n\s+Output: app_auth\.school_ids\(\)", plan), plan
    assert re.search(r"Index Scan using idx_students_school_name .*\n.*\n\s+Index Cond: \(\(students\.school_id = "
                     r"ANY \(\(InitPlan 1\)", plan), plan


# ---------------------------------------------------------------------------------------------- the Python helper

def test_tenant_connection_verifies_the_token_and_forgets_it_after_the_transaction(owner_url):
    engine = make_engine(desktop_sqlalchemy_url(owner_url))
    try:
        with tenant_connection(engine, mint_token(USER_IDS["secretary"])) as conn:
            assert verified_user_id(conn) == USER_IDS["secretary"]
            assert conn.execute(text("SELECT count(*) FROM students")).scalar() == 2
        with engine.connect() as conn:  # the pooled connection carries no identity over
            assert verified_user_id(conn) is None
            assert conn.execute(text("SELECT count(*) FROM students")).scalar() == 0
    finally:
        engine.dispose()


def test_set_jwt_secret_refuses_a_short_secret(owner_url):
    engine = make_engine(owner_url)
    try:
        with pytest.raises(Exception, match="at least 32 bytes"):
            set_jwt_secret(engine, "too-short")
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------------------------- the migration

def test_downgrade_removes_the_security_of_this_database_only(empty_pg_url, owner_url):
    migrate(empty_pg_url, "head")
    downgrade(empty_pg_url, "0002")
    with psycopg.connect(empty_pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_policies").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM pg_class WHERE relrowsecurity OR relforcerowsecurity"
                            ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname IN ('app_auth', 'app_private')"
                            ).fetchone() == (0,)
        # The role is cluster-wide: another database (this module's) still uses it, so it stays...
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (DESKTOP_ROLE,)).fetchone() == (1,)
        # ...but holds no privilege here any more.
        assert conn.execute("SELECT has_table_privilege(%s, 'students', 'SELECT')", (DESKTOP_ROLE,)).fetchone() == (
            False,)
    migrate(empty_pg_url, "head")  # and it comes back cleanly
    check(empty_pg_url)
