"""A school's writer lock (issue 10 item 2 × issue 9): a PC login cannot hold it, so it cannot stall another
PC's sync. The lock is a row lock in the owner-only `sync.writer_locks` rather than an advisory lock: any login
may take any advisory key, and `pg_locks` (readable by every login) shows the keys in use, so even a
secret-derived key could be copied from there while a push holds it."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors

from tests.support.tenant_security import desktop_conninfo
from tests.sync.server.support import SCHOOL_A, SCHOOL_B, SyncApi, student

MAX_EXTRA = 0.1  # seconds a push may take beyond an undisturbed one


@pytest.fixture
def attacker(api: SyncApi) -> Iterator[psycopg.Connection]:
    """A PC login with no token, in an open transaction (whatever it locks stays locked)."""
    with psycopg.connect(desktop_conninfo(api.owner_url)) as conn:
        yield conn
        conn.rollback()


def _timed_push(api: SyncApi, school: str = SCHOOL_A) -> float:
    """One student pushed with lock_timeout = 100 ms: any wait for a lock longer than that raises."""
    user = "secretary" if school == SCHOOL_A else "other"
    pc = api.client(user, school)
    sid = str(uuid.uuid4())
    api.conn.execute("SET lock_timeout = '100ms'")
    started = time.perf_counter()
    reply = pc.push(pc.m("students", sid, data={"id": sid, **student(doc=str(uuid.uuid4().int)[:10]),
                                                "school_id": school}))
    elapsed = time.perf_counter() - started
    assert reply["results"] == []
    assert api.rows("SELECT school_id FROM students WHERE id = %s", (sid,)) == [(uuid.UUID(school),)]
    return elapsed


def _guesses(school: str) -> list[str]:
    """Advisory locks a PC knowing the school's id might try: the old key and a few variations."""
    text = f"'{school}'"
    return [f"pg_advisory_lock(7001, hashtext({text}))",
            f"pg_advisory_xact_lock(7001, hashtext({text}))",
            f"pg_advisory_lock(hashtext({text}))",
            f"pg_advisory_lock(hashtextextended({text}, 0))",
            f"pg_advisory_lock(7001, hashtext(replace({text}, '-', '')))",
            f"pg_advisory_lock_shared(7001, hashtext({text}))"]


def test_advisory_locks_a_pc_takes_on_the_schools_id_do_not_stall_its_sync(api, attacker):
    baseline = min(_timed_push(api) for _ in range(3))
    for guess in _guesses(SCHOOL_A):
        attacker.execute(f"SELECT {guess}")
    held = attacker.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                            "AND pid = pg_backend_pid()").fetchone()
    assert held is not None and held[0] >= 5  # the guesses are really held meanwhile
    disturbed = min(_timed_push(api) for _ in range(3))
    assert disturbed - baseline < MAX_EXTRA, f"{baseline=:.3f}s {disturbed=:.3f}s"
    attacker.execute("SELECT pg_advisory_unlock_all()")


@pytest.mark.parametrize("statement", [
    "SELECT * FROM sync.writer_locks",
    "SELECT * FROM sync.writer_locks FOR UPDATE",
    "SELECT * FROM sync.writer_locks FOR KEY SHARE",
    "LOCK TABLE sync.writer_locks IN ACCESS SHARE MODE",
    "LOCK TABLE sync.writer_locks IN ACCESS EXCLUSIVE MODE",
    f"INSERT INTO sync.writer_locks VALUES ('{SCHOOL_A}')",
    f"SELECT sync.lock_school('{SCHOOL_A}')",
])
def test_a_pc_login_cannot_touch_the_writer_locks(api, attacker, statement):
    _timed_push(api)  # the school's lock row exists
    with pytest.raises(errors.InsufficientPrivilege):
        attacker.execute(statement)


def test_the_lock_is_real_and_per_school(api):
    """Held by someone allowed to (the owner, as admin tools would), it makes a push of that school wait, and
    only of that school: the lock the pushes and the stamp trigger take is this one."""
    _timed_push(api)
    with psycopg.connect(api.owner_url) as owner:
        owner.execute("SELECT sync.lock_school(%s)", (SCHOOL_A,))
        with pytest.raises(errors.LockNotAvailable):
            _timed_push(api, SCHOOL_A)
        _timed_push(api, SCHOOL_B)
        owner.rollback()
    _timed_push(api, SCHOOL_A)


def test_a_pc_sees_no_key_to_copy_while_a_push_holds_the_lock(api, attacker):
    with psycopg.connect(api.owner_url) as owner:
        owner.execute("SELECT sync.lock_school(%s)", (SCHOOL_A,))
        owner.execute("INSERT INTO guardians (id, school_id, document_type, document_number, full_name) "
                      "VALUES (%s, %s, 'CC', '52000111', 'Rosa')", (str(uuid.uuid4()), SCHOOL_A))
        seen = attacker.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").fetchone()
        owner.rollback()
    assert seen == (0,)


def test_resolve_takes_the_same_lock(api):
    pc = api.client("secretary")
    api.conn.execute("SET lock_timeout = '100ms'")
    with psycopg.connect(api.owner_url) as owner:
        owner.execute("SELECT sync.lock_school(%s)", (SCHOOL_A,))
        with pytest.raises(errors.LockNotAvailable):
            pc.resolve(str(uuid.uuid4()), "dismiss")
        owner.rollback()
    assert pc.resolve(str(uuid.uuid4()), "dismiss")["error"] == "not_found"
