"""The adversarial matrix of test_tenant_security at head, where the desktop role writes only through sync.push.

Same schools, users, identities and oracle as tests/server/test_tenant_security.py (imported, not copied):
read cells are direct SELECTs under row-level security; every write cell (insert, update = patch,
delete = tombstone) is one `sync.push` mutation per target school, made by a per-PC login with the identity's
token, plus the direct statement, which head refuses (42501) on every synced table. Each push runs in a
transaction that is rolled back, so every cell sees the same seeded rows; an applied push is read back in it.
users and school_memberships, which sync does not carry, are written only with the owner's connection at head:
their direct cells are refused too.

The expectation of a push comes from the one permission table (migration 0004's TABLE_ACTIONS read with the
app's PERMISSIONS): a token that fails a check is refused with 28000, a user who is not an active member of
the school with 42501; for a member the mutation is `applied` when a role of theirs grants the action, else
`rejected`. A tombstone is an update of the row (it needs the UPDATE action); rows with `is_active` are
deactivated, never deleted, so their `delete` is rejected for everyone (deactivating them, and moving a
document's status, are extra cells needing 0004's further action). Tables outside the permission table
(users, school_memberships, and the server-written review items and id aliases) are refused for everyone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from desktop_app.domain.permissions import roles_for
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.server.test_tenant_security import (
    ALL_TABLES,
    HARMLESS_UPDATE,
    IDENTITIES,
    REFUSED,
    REJECTED_TOKEN,
    SCHOOLS,
    TABLE_ACTIONS,
    USER_IDS,
    Identity,
    SchoolRows,
    _assert_cell,
    _insert_sql,
    _seed,
    _use_and_commit,
    active_roles,
    run_as,
    token_for,
)
from tests.support.tenant_security import (
    TEST_JWT_SECRET,
    desktop_conninfo,
    enable_desktop_login,
    load_migration,
)

PROTOCOL = 1
DOCUMENT_STATUS_ACTIONS: dict[str, str] = load_migration("0004_security_hardening").DOCUMENT_STATUS_ACTIONS
# Written by the server only: a client's mutation of them is refused like users' and memberships'.
SERVER_WRITTEN = ("review_items", "id_aliases")
PUSH_TABLES = (*ALL_TABLES, *SERVER_WRITTEN)
WRITES = ("insert", "update", "delete")
SCHOOL_COLUMN = {"schools": "id", "users": "NULL"}


def _new() -> str:
    return str(uuid.uuid4())


# ---------------------------------------------------------------------------------------------- the oracle

# Writes beyond a plain patch: (table, patch, the action 0004 asks for on top of the table's UPDATE action;
# None: no one may). A student's `is_active` needs student_deactivate (0004's trigger); a document's status the
# action of DOCUMENT_STATUS_ACTIONS; a school's flags are not the desktop's to write (0004 grants it UPDATE on
# name, nit and resolution only).
EXTRA_WRITES: dict[str, tuple[str, dict[str, Any], str | None]] = {
    "deactivate_student": ("students", {"is_active": False}, "student_deactivate"),
    "deactivate_guardian": ("guardians", {"is_active": False}, ""),
    "deactivate_school": ("schools", {"is_active": False}, None),
    # 0007: the PIAR needs piar_edit besides student_update
    "piar_student": ("students", {"piar_data": {"has_disability": True, "ajustes": [{"area": "Lenguaje"}]}},
                     "piar_edit"),
    **{f"document_{status}": ("enrollment_documents", {"status": status}, action)
       for status, action in DOCUMENT_STATUS_ACTIONS.items()},
}


def push_actions(table: str, op: str, deactivated: set[str]) -> tuple[str, ...] | None:
    """The actions a push mutation needs (every one), from the permission table; None: no one may."""
    actions = TABLE_ACTIONS.get(table, {})
    if op == "insert":
        action = actions.get("INSERT")
    elif op == "delete" and table in deactivated:
        action = None
    else:
        action = actions.get("UPDATE")
    if action is None:
        return None
    if op not in EXTRA_WRITES:
        return (action,)
    extra = EXTRA_WRITES[op][2]
    return None if extra is None else (action, extra) if extra else (action,)


def expected_push(identity: Identity, table: str, op: str, school: str, deactivated: set[str]) -> str:
    """`28000` / `42501` (the call is refused), or the mutation's status: `applied` or `rejected`."""
    if not identity.token_is_valid:
        return REJECTED_TOKEN
    roles = active_roles(identity)
    if school not in roles:
        return REFUSED
    actions = push_actions(table, op, deactivated)
    allowed = actions is not None and all(roles[school] & {role.value for role in roles_for(a)} for a in actions)
    return "applied" if allowed else "rejected"


# ---------------------------------------------------------------------------------------------- mutations

def _insert_data(table: str, school: SchoolRows) -> tuple[str, dict[str, Any]]:
    """(row id, data) of a new, valid row of `table` in `school`: the rows of test_tenant_security's inserts."""
    period = {"school_year_id": school.years[0], "number": 2, "name": "Segundo", "starts_on": "2026-04-11",
              "ends_on": "2026-06-30"}
    data: dict[str, Any] = {
        "schools": {"name": "Colegio nuevo"},
        "users": {"email": "nuevo@x.co", "full_name": "Nuevo"},
        "school_settings": {"pei_summary": "PEI del colegio"},
        "school_years": {"name": "2030", "starts_on": "2030-01-20", "ends_on": "2030-11-30"},
        "academic_periods": period,
        "students": {"document_type": "RC", "document_number": "999", "full_name": "Nueva Estudiante"},
        "guardians": {"document_type": "CC", "document_number": "999", "full_name": "Nuevo Acudiente"},
        "student_guardians": {"student_id": school.students[0], "guardian_id": school.guardians[1],
                              "relationship": "padre"},
        "enrollments": {"student_id": school.students[0], "school_year_id": school.years[1], "grade_level": "6"},
        "enrollment_documents": {"enrollment_id": school.enrollments[0], "document_type": "foto",
                                 "r2_object_key": "k2", "file_name": "foto.jpg"},
        "school_memberships": {"user_id": USER_IDS["no_membership"], "roles": ["teacher"]},
        "review_items": {"kind": "rejected_mutation", "table_name": "students"},
        "id_aliases": {"table_name": "students", "winner_id": school.students[0], "reason": "duplicate"},
    }[table]
    return (school.id if table == "school_settings" else _new()), {"school_id": school.id, **data}


# A real change of each table (an unchanged patch would be a no-op), needing no action beyond the table's.
PATCH = {
    "schools": {"name": "Colegio renombrado"}, "school_settings": {"pei_summary": "PEI nuevo"},
    "school_years": {"ends_on": "2026-12-15"}, "academic_periods": {"name": "Periodo uno"},
    "students": {"full_name": "Estudiante Cambiado"}, "guardians": {"phone": "3009999999"},
    "student_guardians": {"relationship": "padre"}, "enrollments": {"grade_level": "6"},
    "enrollment_documents": {"file_name": "otro.pdf"}, "users": {"full_name": "Otro nombre"},
    "school_memberships": {"roles": ["rector"]}, "review_items": {"status": "resolved"},
    "id_aliases": {"reason": "manual"},
}


def _mutation(table: str, op: str, school: SchoolRows, existing: str | None) -> dict[str, Any]:
    if op == "insert":
        row_id, data = _insert_data(table, school)
    else:
        patch = EXTRA_WRITES[op][1] if op in EXTRA_WRITES else PATCH[table] if op == "update" else {}
        row_id, data = existing or _new(), patch
    now = "2026-11-28T07:00:00+00:00"
    return {"mutation_id": 1, "tx_id": 1, "table": table, "row_id": row_id, "op": op if op in ("insert", "delete") else "patch",
            "data": data, "base": None, "base_seq": None, "local_time": now, "client_now": now}


# What the desktop role may read of a table where it may not read every column: 0007 withholds the PIAR
# (read through sync.piar, whose parameters are the token and the school) and review items' payloads.
READABLE = {"students": "(SELECT s.id, s.school_id, s.document_type, s.document_number, s.full_name, s.birth_date, "
                        "s.gender, s.is_active, s.extra_data, p.piar_data FROM public.students AS s "
                        "LEFT JOIN sync.piar(%s, %s) AS p ON p.student_id = s.id)",
            "review_items": "(SELECT id, school_id, kind, table_name, status FROM public.review_items)"}


def push(desktop: psycopg.Connection, token: str | None, school: str,
         mutation: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """One sync.push of one mutation by a new PC, in a transaction that is rolled back: the reply, and the row
    as the same caller then reads it under row-level security (None: not visible)."""
    table = mutation["table"]
    pk = "school_id" if table == "school_settings" else "id"
    try:
        with desktop.transaction(force_rollback=True):
            reply = desktop.execute("SELECT sync.push(%s, %s, %s, %s, %s)",
                                    (token or "", _new(), school, PROTOCOL, Jsonb([mutation]))).fetchone()
            assert reply is not None
            # The call verified the token for this transaction: the read below is the caller's own.
            source_params = (token or "", school) if "%s" in READABLE.get(table, "") else ()
            row = desktop.execute(f"SELECT to_jsonb(x) FROM {READABLE.get(table, f'public.{table}')} AS x "
                                  f"WHERE x.{pk} = %s", (*source_params, mutation["row_id"])).fetchone()
            return reply[0], None if row is None else row[0]
    finally:
        desktop.rollback()


# ---------------------------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def owner_url(pg_cluster, pg_template) -> Iterator[str]:
    name = f"syncmx_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=pg_template)
    with psycopg.connect(url, autocommit=True) as conn:
        _seed(conn)
        # A2 gets its settings row too, so that patching and tombstoning settings reach two schools.
        conn.execute("INSERT INTO school_settings (school_id) VALUES (%s)", (SCHOOLS["A2"].id,))
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(scope="module")
def owner(owner_url) -> Iterator[psycopg.Connection]:
    with psycopg.connect(owner_url) as conn:
        yield conn


@pytest.fixture(scope="module")
def desktop(owner_url) -> Iterator[psycopg.Connection]:
    with psycopg.connect(desktop_conninfo(owner_url), prepare_threshold=None) as conn:
        yield conn


@pytest.fixture(scope="module")
def owner_rows(owner) -> dict[str, list[tuple]]:
    """Every seeded row as (primary key, school id, user id), as test_tenant_security reads them."""
    rows: dict[str, list[tuple]] = {}
    for table in ALL_TABLES:
        pk = "school_id" if table == "school_settings" else "id"
        user = {"users": "id", "school_memberships": "user_id"}.get(table, "NULL")
        rows[table] = [tuple(str(v) if v else None for v in r) for r in owner.execute(
            f"SELECT {pk}, {SCHOOL_COLUMN.get(table, 'school_id')}, {user} FROM {table} ORDER BY 1")]
    owner.rollback()
    return rows


@pytest.fixture(scope="module")
def deactivated(owner) -> set[str]:
    """Tables whose rows are deactivated (`is_active`) rather than deleted, read from the schema."""
    rows = owner.execute("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
                         "AND column_name = 'is_active'").fetchall()
    owner.rollback()
    return {name for (name,) in rows}


# ---------------------------------------------------------------------------------------------- the matrix

def _existing(owner_rows: dict[str, list[tuple]], table: str, school: str) -> str | None:
    """A seeded row of `table` in `school` for a patch or a tombstone to aim at (None: the school has none)."""
    return next((pk for pk, s, _ in owner_rows.get(table, []) if s == school), None)


def _assert_push_cell(desktop, owner_rows, deactivated, identity: Identity, table: str, op: str,
                      token: str | None) -> None:
    for school in SCHOOLS.values():
        existing = _existing(owner_rows, table, school.id)
        if op != "insert" and existing is None and table in TABLE_ACTIONS:
            continue  # nothing to patch or delete there (B has no settings row); A and A2 have one
        expected = expected_push(identity, table, op, school.id, deactivated)
        mutation = _mutation(table, op, school, existing)
        where = f"{identity.name} {op} {table} in {school.key}"
        if expected in (REJECTED_TOKEN, REFUSED):
            with pytest.raises(psycopg.Error) as refused:
                push(desktop, token, school.id, mutation)
            assert refused.value.sqlstate == expected, (where, refused.value)
            continue
        reply, row = push(desktop, token, school.id, mutation)
        status = reply["results"][0]["status"] if reply["results"] else "applied"
        assert status == expected, (where, reply)
        assert reply["acked_through"] == 1, (where, reply)
        if status == "applied":  # and it landed, in that school
            assert row is not None and row.get("school_id", row.get("id")) == school.id, (where, row)
            if mutation["op"] == "delete":
                assert row["deleted_at"] is not None, (where, row)
            else:
                assert {k: row[k] for k in mutation["data"]} == mutation["data"], (where, row)


def _assert_direct_write_refused(desktop, owner_rows, identity: Identity, table: str, op: str,
                                 token: str | None) -> None:
    """Head took INSERT/UPDATE/DELETE on every table from the desktop role: refused before any token."""
    pk = "school_id" if table == "school_settings" else "id"
    statements = {
        "insert": _insert_sql(table, SCHOOLS["A"]) if table in ALL_TABLES else (
            f"INSERT INTO {table} DEFAULT VALUES RETURNING id", ()),
        "update": (f"UPDATE {table} SET {HARMLESS_UPDATE.get(table, 'id = id')} RETURNING {pk}", ()),
        "delete": (f"DELETE FROM {table} RETURNING {pk}", ()),
    }
    with pytest.raises(psycopg.Error) as refused:
        run_as(desktop, token, *statements[op])
    assert refused.value.sqlstate == REFUSED, (identity.name, table, op, refused.value)


def _assert_matrix_cell(desktop, owner_rows, deactivated, identity: Identity, table: str, op: str,
                        token: str | None) -> None:
    if op == "select":
        _assert_cell(desktop, owner_rows, identity, table, op, token)
        return
    if op in WRITES:
        _assert_direct_write_refused(desktop, owner_rows, identity, table, op, token)
    _assert_push_cell(desktop, owner_rows, deactivated, identity, table, op, token)


CELLS = [(i, t, op) for i in IDENTITIES for t in PUSH_TABLES for op in ("select", *WRITES)
         if not (op == "select" and t in SERVER_WRITTEN)]
CELLS += [(i, table, op) for i in IDENTITIES for op, (table, _, _) in EXTRA_WRITES.items()]
IDS = [f"{i.name}-{t}-{op}" for i, t, op in CELLS]


@pytest.mark.parametrize(("identity", "table", "op"), CELLS, ids=IDS)
def test_sync_matrix(desktop, owner_rows, deactivated, identity, table, op):
    _assert_matrix_cell(desktop, owner_rows, deactivated, identity, table, op, token_for(identity))


@pytest.mark.parametrize(("identity", "table", "op"), CELLS, ids=IDS)
def test_sync_matrix_with_the_token_seen_before(desktop, owner_rows, deactivated, identity, table, op):
    """The same matrix once the token went through a committed transaction (verified tokens are remembered)."""
    token = token_for(identity)
    try:
        _use_and_commit(desktop, token or "")
    except psycopg.Error:
        desktop.rollback()  # a rejected token is not remembered: the cell checks it is rejected again
    _assert_matrix_cell(desktop, owner_rows, deactivated, identity, table, op, token)


def test_the_push_matrix_is_not_vacuous(owner_rows, deactivated):
    """Every write some member may push is refused to another member of a school of theirs, and the reverse."""
    outcomes: dict[tuple[str, str], set[str]] = {}
    for identity, table, op in CELLS:
        if op != "select" and table in TABLE_ACTIONS:
            for school in SCHOOLS.values():
                outcomes.setdefault((table, op), set()).add(
                    expected_push(identity, table, op, school.id, deactivated))
    assert len(outcomes) == len(TABLE_ACTIONS) * len(WRITES) + len(EXTRA_WRITES)
    for (table, op), seen in outcomes.items():
        assert {REJECTED_TOKEN, REFUSED, "rejected"} <= seen, (table, op)
        if push_actions(table, op, deactivated) is not None:
            assert "applied" in seen, (table, op)
    assert deactivated >= {"schools", "students", "guardians"}
    assert all(_existing(owner_rows, t, SCHOOLS["A2"].id) for t in TABLE_ACTIONS)


def test_the_sync_rules_ask_for_the_actions_of_the_permission_table(owner):
    """sync.table_rules (0005) and TABLE_ACTIONS (0004) name the same action for every insert and update."""
    rules = {t: (i, u) for t, i, u in owner.execute(
        "SELECT table_name, insert_action, update_action FROM sync.table_rules").fetchall()}
    owner.rollback()
    assert rules == {t: (a.get("INSERT"), a.get("UPDATE")) for t, a in TABLE_ACTIONS.items()}
