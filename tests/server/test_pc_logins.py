"""Per-PC logins: one PC's credential, with no token, disturbs no other PC (issue 10, item 2).

Two PCs of the same school: from the first, every disruption the attack run found (and a few more); the
second keeps reading and writing with its user's token, with `lock_timeout = 100ms` so that any wait
longer than 100 ms fails the test. Revoking the first ends its sessions and its logins.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from desktop_app.admin.pc_logins import PcLimits, add_pc, list_pcs, pc_conninfo, revoke_pc
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import DESKTOP_ROLE, set_jwt_secret
from tests.support.tenant_security import TEST_JWT_SECRET, mint_token

SCHOOL, SECRETARY, STUDENT = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
MAX_WAIT = "100ms"
LIMIT = 3
TABLES = ("schools", "school_settings", "school_years", "academic_periods", "users", "school_memberships",
          "students", "guardians", "student_guardians", "enrollments", "enrollment_documents")
STRONG_MODES = ("SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE")


@pytest.fixture(scope="module")
def owner_url(pg_cluster, pg_template) -> Iterator[str]:
    name = f"pcs_{uuid.uuid4().hex[:10]}"
    url = pg_cluster.create_database(name, template=pg_template)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO schools (id, name) VALUES (%s, 'Colegio')", (SCHOOL,))
        conn.execute("INSERT INTO users (id, email, full_name) VALUES (%s, 's@x.co', 'Sec')", (SECRETARY,))
        conn.execute("INSERT INTO school_memberships (school_id, user_id, roles) VALUES (%s, %s, '[\"secretary\"]')",
                     (SCHOOL, SECRETARY))
        conn.execute("INSERT INTO students (id, school_id, document_type, document_number, full_name) "
                     "VALUES (%s, %s, 'TI', '1000000001', 'Ana')", (STUDENT, SCHOOL))
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(scope="module")
def pcs(owner_url) -> Iterator[dict[str, str]]:
    """Two PC logins: name -> libpq connection string."""
    names = {key: f"{key}_{uuid.uuid4().hex[:6]}" for key in ("attacker", "victim")}
    made = {key: add_pc(owner_url, name, limits=PcLimits(connection_limit=LIMIT)) for key, name in names.items()}
    yield {key: pc_conninfo(owner_url, new.role, new.password) for key, new in made.items()}
    for name in names.values():
        revoke_pc(owner_url, name)


@pytest.fixture
def attacker(pcs) -> Iterator[psycopg.Connection]:
    with psycopg.connect(pcs["attacker"]) as conn:
        yield conn


@pytest.fixture
def victim(pcs) -> Iterator[psycopg.Connection]:
    with psycopg.connect(pcs["victim"], autocommit=True) as conn:
        yield conn


def victim_works(victim: psycopg.Connection) -> float:
    """The second PC reads and writes as its secretary; any lock wait over 100 ms raises. Returns seconds."""
    started = time.perf_counter()
    with victim.transaction(force_rollback=True):
        victim.execute(f"SET LOCAL lock_timeout = '{MAX_WAIT}'")
        victim.execute("SET LOCAL statement_timeout = '5s'")
        victim.execute("SELECT set_config('app.access_token', %s, true)", (mint_token(SECRETARY),))
        assert victim.execute("SELECT count(*) FROM students").fetchone() == (1,)
        assert victim.execute("SELECT count(*) FROM school_memberships").fetchone() == (1,)
        assert victim.execute("UPDATE students SET full_name = 'Ana María' WHERE id = %s", (STUDENT,)).rowcount == 1
        assert victim.execute("INSERT INTO students (school_id, document_type, document_number, full_name) "
                              "VALUES (%s, 'TI', %s, 'Luis')", (SCHOOL, str(uuid.uuid4().int)[:10])).rowcount == 1
    return time.perf_counter() - started


def _attempt(attacker: psycopg.Connection, statement: str, params: tuple = ()) -> str | None:
    """Run the disruption in the attacker's open transaction; the SQLSTATE when refused, else None."""
    try:
        attacker.execute(statement, params)
    except psycopg.Error as error:
        attacker.rollback()
        return error.sqlstate
    return None


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("mode", STRONG_MODES)
def test_a_pc_cannot_take_a_table_lock_that_others_would_wait_for(attacker, victim, table, mode):
    assert _attempt(attacker, f"LOCK TABLE {table} IN {mode} MODE NOWAIT") == "42501"
    victim_works(victim)


def test_the_locks_a_pc_may_take_block_no_one(attacker, victim):
    for table in TABLES:
        attacker.execute(f"LOCK TABLE {table} IN ACCESS SHARE MODE")
    for table in ("students", "guardians", "enrollments", "school_memberships"):  # INSERT allows ROW EXCLUSIVE
        attacker.execute(f"LOCK TABLE {table} IN ROW EXCLUSIVE MODE")
    # Without a token it sees no row, so it locks none either.
    assert attacker.execute("SELECT id FROM students FOR UPDATE").fetchall() == []
    attacker.execute("SELECT pg_advisory_xact_lock(1936876916, 0)")  # the token cache's clean-up lock
    victim_works(victim)  # all this held in an open transaction meanwhile
    attacker.rollback()


@pytest.mark.parametrize("statement", ["VACUUM FULL students", "CLUSTER students USING students_pkey",
                                       "REINDEX TABLE students", "ANALYZE students", "TRUNCATE students",
                                       "VACUUM students"])
def test_maintenance_commands_take_no_lock_for_a_pc(pcs, victim, statement):
    with psycopg.connect(pcs["attacker"], autocommit=True) as attacker:
        outcome = _attempt(attacker, statement)
        assert outcome in (None, "42501")  # VACUUM/ANALYZE only warn and skip a table the role may not maintain
    victim_works(victim)


def test_a_pc_cannot_end_or_cancel_another_pcs_session(attacker, victim):
    pid = victim.execute("SELECT pg_backend_pid()").fetchone()[0]
    for function in ("pg_terminate_backend", "pg_cancel_backend"):
        assert _attempt(attacker, f"SELECT {function}(%s)", (pid,)) == "42501"
    victim_works(victim)


@pytest.mark.parametrize("statement", [
    "ALTER ROLE {desktop} SET default_transaction_read_only = on",
    "ALTER ROLE {desktop} PASSWORD 'taken-over'",
    "ALTER ROLE {desktop} LOGIN",
    "ALTER ROLE {victim} SET default_transaction_read_only = on",
    "ALTER ROLE {victim} SET statement_timeout = '1ms'",
    "ALTER ROLE {victim} PASSWORD 'taken-over'",
    "ALTER ROLE {victim} NOLOGIN",
    "ALTER ROLE {victim} CONNECTION LIMIT 0",
    "ALTER ROLE {victim} RENAME TO gone",
    "DROP ROLE {victim}",
    "REVOKE {desktop} FROM {victim}",
    "ALTER DATABASE {database} SET default_transaction_read_only = on",
    "ALTER DATABASE {database} CONNECTION LIMIT 0",
    "SET ROLE {desktop}",
    "CREATE ROLE intruder LOGIN",
    "GRANT {desktop} TO {attacker}",
])
def test_a_pc_cannot_change_another_login_or_the_database(pcs, attacker, victim, statement):
    names = {"desktop": DESKTOP_ROLE, "victim": _role(victim), "attacker": _role(attacker),
             "database": attacker.info.dbname}
    assert _attempt(attacker, statement.format(**names)) == "42501"
    attacker.rollback()
    with psycopg.connect(pcs["victim"], autocommit=True) as fresh:  # a new session of the second PC too
        victim_works(fresh)
    victim_works(victim)


def test_a_pc_changing_its_own_settings_changes_only_itself(pcs, attacker, victim):
    me = _role(attacker)
    attacker.execute(f"ALTER ROLE {me} SET default_transaction_read_only = on")  # its own defaults: allowed
    attacker.commit()
    try:
        with psycopg.connect(pcs["victim"], autocommit=True) as fresh:
            victim_works(fresh)
    finally:
        attacker.execute(f"ALTER ROLE {me} RESET default_transaction_read_only")
        attacker.commit()


def test_a_pc_exhausts_only_its_own_connections(pcs, victim):
    opened = []
    try:
        with pytest.raises(psycopg.OperationalError, match="too many connections"):
            for _ in range(LIMIT + 1):
                opened.append(psycopg.connect(pcs["attacker"]))
        assert len(opened) == LIMIT
        with psycopg.connect(pcs["victim"], autocommit=True) as fresh:
            victim_works(fresh)
        victim_works(victim)
    finally:
        for conn in opened:
            conn.close()


def test_a_pc_login_carries_its_limits(pcs):
    with psycopg.connect(pcs["attacker"]) as conn:
        settings = dict(conn.execute(
            "SELECT name, setting || coalesce(unit, '') FROM pg_settings WHERE name IN "
            "('statement_timeout', 'idle_in_transaction_session_timeout', 'lock_timeout')").fetchall())
        assert settings == {"statement_timeout": "30000ms", "idle_in_transaction_session_timeout": "60000ms",
                            "lock_timeout": "5000ms"}
        role = conn.execute("SELECT rolconnlimit, rolsuper, rolbypassrls, rolcreaterole, rolinherit FROM pg_roles "
                            "WHERE rolname = current_user").fetchone()
        assert role == (LIMIT, False, False, False, True)
        assert conn.execute("SELECT has_table_privilege('students', 'UPDATE'), "
                            "has_column_privilege('students', 'full_name', 'UPDATE'), "
                            "has_table_privilege('students', 'DELETE')").fetchone() == (False, True, False)


def test_a_revoked_pc_is_disconnected_and_cannot_connect_again(owner_url, pcs):
    name = f"lost_{uuid.uuid4().hex[:6]}"
    new = add_pc(owner_url, name)
    conninfo = pc_conninfo(owner_url, new.role, new.password)
    with psycopg.connect(pcs["victim"], autocommit=True) as victim:
        session = psycopg.connect(conninfo, autocommit=True)
        assert any(pc.name == name and pc.sessions == 1 for pc in list_pcs(owner_url))
        assert revoke_pc(owner_url, name) == 1
        with pytest.raises(psycopg.OperationalError):
            session.execute("SELECT 1")
        session.close()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(conninfo)
        assert all(pc.name != name for pc in list_pcs(owner_url))
        victim_works(victim)


def _role(conn: psycopg.Connection) -> str:
    return str(conn.info.user)


def test_why_update_is_granted_per_column(owner_url, pcs):
    """Verified on the real server: UPDATE on the table (0003's grant) is enough for an ACCESS EXCLUSIVE lock
    that stops every reader; UPDATE on each column (0004) writes the same columns but locks nothing."""
    with psycopg.connect(owner_url) as owner, psycopg.connect(pcs["attacker"]) as attacker:
        owner.execute(f"GRANT UPDATE ON guardians TO {DESKTOP_ROLE}")
        owner.commit()
        try:
            assert _attempt(attacker, "LOCK TABLE guardians IN ACCESS EXCLUSIVE MODE NOWAIT") is None
            attacker.rollback()
        finally:
            owner.execute(f"REVOKE UPDATE ON guardians FROM {DESKTOP_ROLE}")
            owner.execute(f"GRANT UPDATE (full_name) ON guardians TO {DESKTOP_ROLE}")  # restore a column grant
            owner.commit()
        assert _attempt(attacker, "LOCK TABLE guardians IN ACCESS EXCLUSIVE MODE NOWAIT") == "42501"
