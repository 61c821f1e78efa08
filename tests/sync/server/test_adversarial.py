"""sync.* as every identity: nobody reads, writes or learns another school's rows through the functions; a
forbidden move comes back rejected; the desktop role cannot write the synced tables directly; nothing a
client can set switches a test-only behaviour on."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import errors

from desktop_app.storage.models import SYNCED_TABLES
from tests.support.tenant_security import desktop_conninfo, mint_token
from tests.sync.server.support import SCHOOL_A, SCHOOL_B, SyncApi, guardian, student, uid


def _new() -> str:
    return str(uuid.uuid4())


def _b_student(api: SyncApi) -> str:
    other = api.client("other", SCHOOL_B)
    sid = _new()
    assert other.push(other.m("students", sid, data={"id": sid, **student(), "school_id": SCHOOL_B}))["results"] == []
    return sid


@pytest.mark.parametrize("function", ["push", "pull", "digest", "resolve"])
def test_a_user_of_another_school_is_refused_by_every_function(api, function):
    other = api.client("other", SCHOOL_A)
    calls = {
        "push": lambda: other.push(other.m("students", _new(), data=student())),
        "pull": lambda: other.pull(0),
        "digest": lambda: other.digest(10**9),
        "resolve": lambda: other.resolve(_new(), "dismiss"),
    }
    with pytest.raises(errors.InsufficientPrivilege):
        calls[function]()
    assert api.rows("SELECT count(*) FROM students") == [(0,)]


@pytest.mark.parametrize("token", ["", "forged", "expired"])
def test_without_a_valid_token_nothing_is_done(api, token):
    value = {"": "", "forged": mint_token(uid("user/secretary"), secret="x" * 40),
             "expired": mint_token(uid("user/secretary"), exp=1, iat=0)}[token]
    with pytest.raises(errors.InvalidAuthorizationSpecification):
        api.conn.execute("SELECT sync.pull(%s, %s, %s, 0, 10)", (value, _new(), SCHOOL_A))


def test_an_id_of_another_school_is_an_id_conflict_that_reveals_nothing(api):
    taken = _b_student(api)
    pc = api.client("secretary")
    reply = pc.push(pc.m("students", taken, data={"id": taken, **student(doc="1003334445", name="Intruso")}),
                    pc.m("students", taken, "patch", {"full_name": "Cambiado"}, {"full_name": "Ana María Pérez"}))
    assert [r["status"] for r in reply["results"]] == ["rejected", "rejected"]
    assert "Ana" not in str(reply) and SCHOOL_B not in str(reply)
    assert api.rows("SELECT school_id, full_name FROM students WHERE id = %s", (taken,)) == [
        (uuid.UUID(SCHOOL_B), "Ana María Pérez")]
    rows, _ = pc.pull_all()
    assert all(r["row"].get("school_id", r["row"].get("id")) == SCHOOL_A for r in rows if r["t"] != "schools")
    assert {r["row"]["id"] for r in rows if r["t"] == "schools"} == {SCHOOL_A}


def test_the_school_of_a_row_is_the_one_pushed_to_never_the_clients_word(api):
    both = api.client("both", SCHOOL_A)  # a secretary in both schools
    sid = _new()
    both.push(both.m("students", sid, data={"id": sid, **student(), "school_id": SCHOOL_B}))
    assert api.rows("SELECT school_id FROM students WHERE id = %s", (sid,)) == [(uuid.UUID(SCHOOL_A),)]
    # Nor can a patch move it.
    both.push(both.m("students", sid, "patch", {"school_id": SCHOOL_B}, {"school_id": SCHOOL_A}))
    assert api.rows("SELECT school_id FROM students WHERE id = %s", (sid,)) == [(uuid.UUID(SCHOOL_A),)]


@pytest.mark.parametrize(("user", "table", "data"), [
    ("teacher", "students", student()),
    ("teacher", "guardians", guardian()),
    ("secretary", "school_years", {"name": "2030", "starts_on": "2030-01-20", "ends_on": "2030-11-30"}),
    ("secretary", "schools", {"name": "Otro nombre"}),
    ("secretary", "review_items", {"kind": "x"}),
    ("secretary", "id_aliases", {"winner_id": SCHOOL_B}),
])
def test_forbidden_writes_come_back_rejected_and_change_nothing(api, user, table, data):
    pc = api.client(user)
    row_id = SCHOOL_A if table == "schools" else _new()
    op = "patch" if table == "schools" else "insert"
    # (the refusal itself raises a rejected_mutation item: that one is expected)
    query = f"SELECT count(*), max(server_seq) FROM {table}" + (
        " WHERE kind <> 'rejected_mutation'" if table == "review_items" else "")
    before = api.rows(query)
    reply = pc.push(pc.m(table, row_id, op, {"id": row_id, "school_id": SCHOOL_A, **data}))
    assert reply["results"][0]["status"] == "rejected" and reply["results"][0]["reason"]
    assert api.rows(query) == before


def test_a_rector_renames_the_school_but_not_its_flags(api):
    pc = api.client("rector")
    assert pc.push(pc.m("schools", SCHOOL_A, "patch", {"name": "Colegio Nuevo"}, {"name": "Colegio A"}))["results"] == []
    flags = pc.push(pc.m("schools", SCHOOL_A, "patch", {"is_active": False}, {"is_active": True}))
    assert flags["results"][0]["status"] == "rejected"
    assert api.rows("SELECT name, is_active FROM schools WHERE id = %s", (SCHOOL_A,)) == [("Colegio Nuevo", True)]


@pytest.mark.parametrize("table", SYNCED_TABLES)
def test_direct_writes_as_the_desktop_role_fail(api, table):
    pc = api.client("secretary")
    sid = _new()
    pc.push(pc.m("students", sid, data={"id": sid, **student()}))
    key = "id" if table != "school_settings" else "school_id"
    school = "id" if table == "schools" else "school_id"
    with psycopg.connect(desktop_conninfo(api.owner_url), autocommit=True) as conn:
        for statement in (f"INSERT INTO {table} ({key}) VALUES (gen_random_uuid())",
                          f"UPDATE {table} SET {key} = {key}",
                          f"DELETE FROM {table}"):
            with conn.transaction(), pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT set_config('app.access_token', %s, true)", (mint_token(uid("user/rector")),))
                conn.execute(statement)
        # Reading still works (row-level security decides what).
        with conn.transaction():
            conn.execute("SELECT set_config('app.access_token', %s, true)", (mint_token(uid("user/rector")),))
            schools = {r[0] for r in conn.execute(f"SELECT {school} FROM {table}").fetchall()}
            assert schools <= {uuid.UUID(SCHOOL_A)}


def test_the_owner_cannot_hard_delete_either(api):
    _b_student(api)
    with api.owner() as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("DELETE FROM students")


def test_the_desktop_role_reaches_only_the_four_functions(api):
    with psycopg.connect(desktop_conninfo(api.owner_url), autocommit=True) as conn:
        for statement in ("SELECT sync.apply(%s, %s, %s, '{}'::jsonb, interval '0')",
                          "SELECT * FROM sync.clients WHERE client_id = %s OR school_id = %s OR user_id = %s",
                          "INSERT INTO sync.test_switches VALUES (%s || %s || %s)"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement, (SCHOOL_A, SCHOOL_A, SCHOOL_A))


def test_a_planted_bug_cannot_be_switched_on_by_a_client(api):
    both = api.client("both", SCHOOL_A)
    api.conn.execute("SET sync.planted_bug = 'trust_school,no_idempotency,bypass_merge'")
    sid = _new()
    both.push(both.m("students", sid, data={"id": sid, **student(), "school_id": SCHOOL_B}))
    assert api.rows("SELECT school_id FROM students WHERE id = %s", (sid,)) == [(uuid.UUID(SCHOOL_A),)]


def test_the_functions_run_as_a_role_that_bypasses_nothing_with_a_fixed_search_path(api):
    rows = api.rows(
        "SELECT p.proname, r.rolname, r.rolbypassrls, r.rolsuper, r.rolcanlogin, p.prosecdef, p.proconfig "
        "FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.pronamespace = 'sync'::regnamespace "
        "AND p.proname IN ('push', 'pull', 'digest', 'resolve')")
    assert len(rows) == 4
    for name, owner, bypass, superuser, login, definer, config in rows:
        assert (owner, bypass, superuser, login, definer) == ("secretaria_sync", False, False, False, True), name
        assert "search_path=pg_catalog, pg_temp" in config


def test_what_a_function_publishes_for_its_own_call_cannot_be_preset_by_a_client(api):
    other = api.client("other", SCHOOL_B)  # a member of B only
    for name, value in (("sync.school", SCHOOL_A), ("sync.actions_school", SCHOOL_A),
                        ("sync.actions", ",student_create,school_settings_edit,")):
        api.conn.execute("SELECT set_config(%s, %s, false)", (name, value))
    with pytest.raises(errors.InsufficientPrivilege):
        api.client("other", SCHOOL_A).push(api.client("other", SCHOOL_A).m("students", _new(), data=student()))
    both_id = _new()
    other.push(other.m("students", both_id, data={"id": both_id, **student(), "school_id": SCHOOL_A}))
    assert api.rows("SELECT school_id FROM students") == [(uuid.UUID(SCHOOL_B),)]


def test_a_pc_login_syncs_through_the_functions_and_writes_nothing_directly(api):
    from desktop_app.admin.pc_logins import add_pc, pc_conninfo, revoke_pc

    name = f"pc_{uuid.uuid4().hex[:6]}"
    new = add_pc(api.owner_url, name)
    try:
        with psycopg.connect(pc_conninfo(api.owner_url, new.role, new.password), autocommit=True,
                             prepare_threshold=None) as conn:
            pc = SyncApi.__new__(SyncApi)
            pc.owner_url, pc.conn = api.owner_url, conn
            client = pc.client("secretary")
            sid = _new()
            assert client.push(client.m("students", sid, data={"id": sid, **student()}))["results"] == []
            assert any(r["row"]["id"] == sid for r in client.pull(0)["rows"] if r["t"] == "students")
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("UPDATE students SET full_name = 'x'")
    finally:
        revoke_pc(api.owner_url, name)


def test_the_alias_and_held_shortcuts_cannot_be_switched_off_by_a_client(api):
    a, b = api.client("secretary"), api.client("rector")
    first, second = _new(), _new()
    a.push(a.m("students", first, data={"id": first, **student()}))
    b.push(b.m("students", second, data={"id": second, **student()}))  # merged: second -> first
    for name in ("sync.has_aliases", "sync.has_held"):
        api.conn.execute("SELECT set_config(%s, 'off', false)", (name,))
    reply = b.push(b.m("students", second, "patch", {"gender": "M"}, {"gender": "F"}))
    assert reply["results"][0]["canonical_id"] == first
    assert api.rows("SELECT id, gender FROM students") == [(uuid.UUID(first), "M")]
