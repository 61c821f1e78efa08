"""Migration 0004: the permission table agrees with the app's map, has_action() follows it, `aud` is strict."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import jwt
import psycopg
import pytest

from desktop_app.domain.permissions import PERMISSIONS, Action, Role
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import (
    TEST_JWT_SECRET,
    desktop_conninfo,
    enable_desktop_login,
    gotrue_claims,
    mint_token,
)

SCHOOL, OTHER_SCHOOL = str(uuid.uuid4()), str(uuid.uuid4())
USERS = {role.value: str(uuid.uuid4()) for role in Role}
INACTIVE_MEMBER, INACTIVE_USER = str(uuid.uuid4()), str(uuid.uuid4())


@pytest.fixture(scope="module")
def owner_url(pg_cluster, pg_template) -> Iterator[str]:
    name = f"hard_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=pg_template)
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


def test_the_permission_table_is_the_apps_map(owner_url):
    with psycopg.connect(owner_url) as conn:
        rows = set(conn.execute("SELECT role, action FROM app_private.role_actions").fetchall())
    expected = {(role.value, action.value) for role, actions in PERMISSIONS.items() for action in actions}
    assert rows == expected
    assert len(rows) > 40  # not vacuous


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
        assert granted == [(action in PERMISSIONS[Role(role)],)], (role, action)
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
