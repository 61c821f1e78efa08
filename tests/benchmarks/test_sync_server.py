"""Server side of sync: push and pull cost inside PostgreSQL with every per-mutation check, and the stamp
trigger's overhead. No network delay is added here: each push of <= 1,000 operations is one round trip, so
at a nominal RTT add one RTT per call (a pull page is one call too).

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_sync_server.py -s -p no:randomly
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import set_jwt_secret
from tests.support.tenant_security import TEST_JWT_SECRET, enable_desktop_login, load_migration
from tests.sync.server.support import SCHOOL_A, SyncApi, guardian, seed, student

pytestmark = pytest.mark.benchmark
RUNS = 5
RUNS_STAMP = 11


@pytest.fixture(scope="module")
def api(pg_cluster, pg_template) -> Iterator[SyncApi]:
    name = f"syncbench_{uuid.uuid4().hex[:8]}"
    url = pg_cluster.create_database(name, template=pg_template)
    seed(url)
    engine = make_engine(url)
    set_jwt_secret(engine, TEST_JWT_SECRET)
    engine.dispose()
    enable_desktop_login(url)
    api = SyncApi(url)
    yield api
    api.close()
    pg_cluster.drop_database(name)


def _batch(pc, n: int, run: int) -> list[dict]:
    batch = []
    for i in range(n):
        row_id = str(uuid.uuid4())
        if i % 2:
            batch.append(pc.m("students", row_id, data={"id": row_id, **student(doc=f"{run:03d}{i:07d}",
                                                                                name=f"Estudiante {run} {i}")}))
        else:
            batch.append(pc.m("guardians", row_id, data={"id": row_id, **guardian(doc=f"{run:03d}{i:07d}")}))
    return batch


def _analyze(api) -> None:
    """Statistics as autovacuum keeps them in production (on a fresh table growing this fast it lags, and the
    planner then takes a small table for granted)."""
    with psycopg.connect(api.owner_url, autocommit=True) as conn:
        conn.execute("ANALYZE students, guardians")


def test_push_1000_and_10000_queued_changes(api):
    one, ten = [], []
    for run in range(RUNS):
        _analyze(api)
        pc = api.client("secretary")
        batch = _batch(pc, 1000, run)
        start = time.perf_counter()
        reply = pc.push(*batch)
        one.append(time.perf_counter() - start)
        assert reply["acked_through"] == 1000 and reply["results"] == []
    for run in range(2):
        _analyze(api)
        pc = api.client("secretary")
        chunks = [_batch(pc, 1000, 100 + run * 10 + c) for c in range(10)]
        start = time.perf_counter()
        for chunk in chunks:
            pc.push(*chunk)
        ten.append(time.perf_counter() - start)
    print(f"\npush 1,000 (one call): median {statistics.median(one):.3f} s of {RUNS} "
          f"{[round(t, 3) for t in one]}; push 10,000 (10 sequential calls): {[round(t, 3) for t in ten]} s")


def test_pull_with_nothing_new_and_a_bootstrap_of_100000_rows(api):
    pc = api.client("secretary")
    _, cursor = pc.pull_all()
    empty = []
    for _ in range(RUNS):
        start = time.perf_counter()
        page = pc.pull(cursor, 5000)
        empty.append(time.perf_counter() - start)
        assert page["rows"] == []
    with psycopg.connect(api.owner_url, autocommit=True) as conn:
        conn.execute("INSERT INTO guardians (id, school_id, document_type, document_number, full_name, phone) "
                     "SELECT gen_random_uuid(), %s, 'CC', 'B' || g, 'Acudiente ' || g, '300' || g "
                     "FROM generate_series(1, 100000) AS g", (SCHOOL_A,))
    boot = []
    for _ in range(2):
        start = time.perf_counter()
        rows, _ = pc.pull_all(0, 5000)
        boot.append(time.perf_counter() - start)
    assert len(rows) >= 100000
    print(f"\npull, nothing new: median {statistics.median(empty) * 1000:.1f} ms; bootstrap {len(rows)} rows "
          f"in pages of 5,000 ({len(rows) // 5000 + 1} calls): {[round(t, 2) for t in boot]} s")
    # a user without piar_view: 0007 rewrites every page (students' piar_data nulled, review payloads stripped)
    teacher, masked = api.client("teacher"), []
    for _ in range(2):
        start = time.perf_counter()
        seen, _ = teacher.pull_all(0, 5000)
        masked.append(time.perf_counter() - start)
    assert len(seen) == len(rows)
    print(f"bootstrap of the same rows as a teacher (PIAR withheld): {[round(t, 2) for t in masked]} s")


@pytest.mark.parametrize("revision", ["0005", "0008"])
def test_stamp_trigger_overhead(api, revision):
    """The trigger as 0005 wrote it and as 0008 rewrote it (put in place here, 0008's restored after). Two
    measures: a bare 10,000-row insert with and without the trigger (alternated, RUNS_STAMP each, the
    ratio of the medians), and the trigger's own time from EXPLAIN ANALYZE (its share of the rest of the
    statement's time), which a loaded machine disturbs less."""
    import re

    insert_sql = ("INSERT INTO guardians (id, school_id, document_type, document_number, full_name) "
                  "SELECT gen_random_uuid(), %s, 'CC', left('S' || gen_random_uuid(), 30), 'x' "
                  "FROM generate_series(1, %s::int)")

    def insert(n: int) -> float:
        with psycopg.connect(api.owner_url) as conn:
            start = time.perf_counter()
            conn.execute(insert_sql, (SCHOOL_A, n))
            conn.commit()
            return time.perf_counter() - start

    def toggle(on: bool) -> None:
        with psycopg.connect(api.owner_url, autocommit=True) as conn:
            conn.execute(f"ALTER TABLE guardians {'ENABLE' if on else 'DISABLE'} TRIGGER sync_stamp")

    migration = load_migration("0008_cheaper_stamp")
    with psycopg.connect(api.owner_url, autocommit=True) as conn:
        conn.execute(migration.STAMP_0005 if revision == "0005" else migration.STAMP_0008)
    with_stamp, without = [], []
    for _ in range(RUNS_STAMP):
        toggle(False)
        without.append(insert(10000))
        toggle(True)
        with_stamp.append(insert(10000))
    ratio = statistics.median(with_stamp) / statistics.median(without)
    shares = []
    for _ in range(RUNS):
        with psycopg.connect(api.owner_url) as conn:
            plan = "\n".join(r[0] for r in conn.execute("EXPLAIN (ANALYZE) " + insert_sql, (SCHOOL_A, 10000)))
            conn.rollback()
        trigger = float(re.search(r"Trigger sync_stamp: time=([0-9.]+)", plan).group(1))
        total = float(re.search(r"Execution Time: ([0-9.]+)", plan).group(1))
        shares.append(trigger / (total - trigger))
    with psycopg.connect(api.owner_url, autocommit=True) as conn:
        conn.execute(migration.STAMP_0008)
    print(f"\n[stamp of {revision}] insert 10,000 guardians in one statement: with stamp {statistics.median(with_stamp):.3f} s, "
          f"without {statistics.median(without):.3f} s (x{ratio:.2f}, medians of {RUNS_STAMP}); the trigger's own "
          f"time (EXPLAIN ANALYZE) adds {statistics.median(shares) * 100:.1f} % (median of {RUNS}, "
          f"{[round(x * 100, 1) for x in shares]})")
