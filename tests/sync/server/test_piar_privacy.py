"""Migration 0007: the PIAR (students.piar_data) reaches only rector, coordinator and secretary (piar_view) —
in direct reads by the desktop role and in what sync.pull sends — and a push changing it needs piar_edit."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest
from psycopg import errors

from desktop_app.domain.permissions import Action, roles_for
from tests.support.tenant_security import desktop_conninfo, mint_token
from tests.sync.server.support import SCHOOL_A, SyncApi, student, uid

PIAR = {"has_disability": True, "ajustes": [{"area": "Lenguaje", "ajuste": "Letra grande"}],
        "fecha_elaboracion": "2026-02-10"}
ROLES = ("rector", "coordinator", "secretary", "teacher", "admin")
SEES = {role.value for role in roles_for(Action.piar_view)}


def _add_user(api: SyncApi, role: str) -> str:
    """A user holding only `role` in school A (the seed has no coordinator nor admin)."""
    name = f"only_{role}"
    with api.owner() as conn:
        conn.execute("INSERT INTO users (id, email, full_name) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                     (uid(f"user/{name}"), f"{name}@colegio.edu.co", name))
        conn.execute("INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, %s) "
                     "ON CONFLICT DO NOTHING", (SCHOOL_A, uid(f"user/{name}"), json.dumps([role])))
    return name


def _student_with_piar(api: SyncApi) -> str:
    pc = api.client("secretary")
    sid = str(uuid.uuid4())
    assert pc.push(pc.m("students", sid, data={"id": sid, **student(piar_data=PIAR)}))["results"] == []
    return sid


def _stored_piar(api: SyncApi, sid: str) -> Any:
    return api.rows("SELECT piar_data FROM students WHERE id = %s", (sid,))[0][0]


def test_the_roles_that_see_the_piar_are_the_three_of_the_map() -> None:
    assert {"rector", "coordinator", "secretary"} == SEES


@pytest.mark.parametrize("role", ROLES)
def test_sync_pull_sends_the_piar_only_to_roles_with_piar_view(api: SyncApi, role: str) -> None:
    sid = _student_with_piar(api)
    rows, _ = api.client(_add_user(api, role)).pull_all()
    pulled = [r["row"] for r in rows if r["t"] == "students" and r["row"]["id"] == sid]
    assert len(pulled) == 1 and pulled[0]["full_name"] == "Ana María Pérez"  # the rest of the row arrives
    assert pulled[0]["piar_data"] == (PIAR if role in SEES else None)


@pytest.mark.parametrize("role", ROLES)
def test_direct_reads_never_show_the_column_and_sync_piar_shows_it_by_role(api: SyncApi, role: str) -> None:
    sid = _student_with_piar(api)
    token = mint_token(uid(f"user/{_add_user(api, role)}"))
    with psycopg.connect(desktop_conninfo(api.owner_url), autocommit=True) as conn:
        for column, table in (("piar_data", "students"), ("payload", "review_items")):
            with conn.transaction(), pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT set_config('app.access_token', %s, true)", (token,))
                conn.execute(f"SELECT {column} FROM {table}")
        with conn.transaction():
            conn.execute("SELECT set_config('app.access_token', %s, true)", (token,))
            assert conn.execute("SELECT full_name FROM students WHERE id = %s", (sid,)).fetchall() == [
                ("Ana María Pérez",)]
        got = conn.execute("SELECT student_id::text, piar_data FROM sync.piar(%s, %s)", (token, SCHOOL_A)).fetchall()
    assert got == [(sid, PIAR if role in SEES else None)]


def test_the_0005_pull_is_not_reachable_by_the_desktop_role(api: SyncApi) -> None:
    with psycopg.connect(desktop_conninfo(api.owner_url), autocommit=True) as conn, \
            pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT sync.pull_0005(%s, %s, %s, 0, 10)",
                     (mint_token(uid("user/teacher")), str(uuid.uuid4()), SCHOOL_A))


@pytest.mark.parametrize("role", ["teacher", "admin"])
def test_a_push_changing_the_piar_without_piar_edit_is_rejected(api: SyncApi, role: str) -> None:
    sid = _student_with_piar(api)
    user = _add_user(api, role)
    # even with student_update (granted here), the PIAR needs piar_edit: the refusal is the PIAR's own
    with api.owner() as conn:
        conn.execute("INSERT INTO app_private.role_actions (role, action) VALUES (%s, 'student_update') "
                     "ON CONFLICT DO NOTHING", (role,))
    pc = api.client(user)
    renamed = pc.push(pc.m("students", sid, "patch", {"full_name": "Ana María Pérez Gil"},
                           {"full_name": "Ana María Pérez"}))
    assert renamed["results"] == []
    wiped = pc.m("students", sid, "patch", {"piar_data": {"has_disability": False}}, {"piar_data": None})
    result = pc.push(wiped)["results"][0]
    assert result["status"] == "rejected" and result["reason"] == "No tiene permiso para este cambio en estudiante."
    assert _stored_piar(api, sid) == PIAR


def test_a_secretarys_push_is_applied_and_a_withheld_copy_never_blanks_the_server(api: SyncApi) -> None:
    sid = _student_with_piar(api)
    pc = api.client("secretary")
    # a PC that was sent the PIAR withheld keeps a marker; a disability change merges per key over it
    withheld = {"withheld": True}
    reply = pc.push(pc.m("students", sid, "patch", {"piar_data": {**withheld, "has_disability": False}},
                         {"piar_data": withheld}))
    assert reply["results"] == []
    assert _stored_piar(api, sid) == {**PIAR, "has_disability": False}
    edited = {**PIAR, "observaciones": "Revisado"}
    assert pc.push(pc.m("students", sid, "patch", {"piar_data": edited},
                        {"piar_data": {**PIAR, "has_disability": False}}))["results"] == []
    assert _stored_piar(api, sid) == {**PIAR, "has_disability": True, "observaciones": "Revisado"}


def test_review_items_carry_no_piar_to_those_who_may_not_see_it(api: SyncApi) -> None:
    pc = api.client("secretary")
    sid = str(uuid.uuid4())
    refused = pc.push(pc.m("students", sid, data={"id": sid, **student(document_type="XX", piar_data=PIAR)}))
    assert refused["results"][0]["status"] == "rejected"

    def items(user: str) -> list[dict[str, Any]]:
        rows, _ = api.client(user).pull_all()
        return [r["row"] for r in rows if r["t"] == "review_items"]

    assert "Letra grande" in json.dumps(items("secretary"))
    teacher_items = items("teacher")
    assert teacher_items and "piar_data" not in json.dumps(teacher_items)
    assert teacher_items[0]["payload"]["mutation"]["data"]["full_name"] == "Ana María Pérez"


def test_0007_goes_down_to_exactly_0006_and_up_again(pg_cluster, empty_pg_url) -> None:  # type: ignore[no-untyped-def]
    from tests.support.migrations import downgrade, migrate
    from tests.sync.server.test_migration import _privileges

    functions = ("SELECT p.oid::regprocedure::text, r.rolname, md5(p.prosrc), p.proacl::text FROM pg_proc AS p "
                 "JOIN pg_roles AS r ON r.oid = p.proowner WHERE p.pronamespace = 'sync'::regnamespace")
    reference_name = f"ref_{uuid.uuid4().hex[:8]}"
    reference = pg_cluster.create_database(reference_name)
    try:
        migrate(reference, "0006")
        migrate(empty_pg_url, "head")
        downgrade(empty_pg_url, "0006")
        assert _privileges(empty_pg_url) == _privileges(reference)
        with psycopg.connect(empty_pg_url) as down, psycopg.connect(reference) as ref:
            assert set(down.execute(functions).fetchall()) == set(ref.execute(functions).fetchall())
        migrate(empty_pg_url, "head")
    finally:
        pg_cluster.drop_database(reference_name)
