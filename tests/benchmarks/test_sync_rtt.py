"""Sync speed through the loopback proxy at 150 ms nominal RTT (issue 9, "Done when"): the production engine
and the real server functions, every per-mutation check included; the measured RTT is printed with each
figure (median of 5 unless said).

    .venv/bin/python -m pytest -q -s -m benchmark tests/benchmarks/test_sync_rtt.py -p no:randomly
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Iterator

import psycopg
import pytest

from desktop_app.services.dto import StudentDraft
from desktop_app.sync.doorbell import Doorbell
from desktop_app.sync.engine import CycleReport, SyncEngine
from desktop_app.sync.runner import SyncRunner, wake_after_commits
from desktop_app.sync.transport import PsycopgTransport
from tests.support.tenant_security import desktop_conninfo, mint_token
from tests.sync.conftest import make_pc, sync_db  # noqa: F401  (the sync test fixtures)
from tests.sync.proxy import FaultProxy, measure_rtt
from tests.sync.server.support import SCHOOL_A

pytestmark = pytest.mark.benchmark
RUNS = int(os.environ.get("SYNC_BENCH_RUNS", "5"))
ONE_WAY_S = 0.075  # 150 ms nominal RTT


@pytest.fixture
def link(sync_db) -> Iterator[tuple[FaultProxy, str]]:  # noqa: F811
    """The proxy and the desktop role's conninfo through it."""
    with FaultProxy.in_front_of(sync_db, latency_s=ONE_WAY_S) as proxy:
        yield proxy, proxy.url(desktop_conninfo(sync_db))


@pytest.fixture
def far_pc(make_pc, link):  # noqa: F811
    _proxy, url = link

    def make(name: str, **options):
        return make_pc(name, transport=PsycopgTransport(url), **options)

    return make


def _queue_students(pc, count: int, start: int) -> None:
    with pc.store.write() as session:
        session.insert_many("students", [
            {"school_id": pc.school, "document_type": "TI", "document_number": str(start + i),
             "full_name": f"Estudiante {i}"} for i in range(count)])


def _fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s {[round(v, 3) for v in values]}"


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def test_push_1000_and_10000_queued_changes(far_pc, link, sync_db):  # noqa: F811
    pc = far_pc("pusher")
    pc.sync()
    rtt = measure_rtt(link[1])
    one, ten = [], []
    for run in range(RUNS):
        _queue_students(pc, 1000, 1_100_000_000 + run * 10_000)
        report = CycleReport()
        started = time.perf_counter()
        pc.engine.push_all(report)
        one.append(time.perf_counter() - started)
        assert report.pushed == 1000 and pc.engine.state.counts(pc.school, pc.user_id)["pending"] == 0
    for run in range(RUNS):
        _queue_students(pc, 10_000, 1_200_000_000 + run * 100_000)
        report = CycleReport()
        started = time.perf_counter()
        pc.engine.push_all(report)
        ten.append(time.perf_counter() - started)
        assert report.pushed == 10_000 and pc.engine.state.counts(pc.school, pc.user_id)["pending"] == 0
    with psycopg.connect(sync_db) as conn:
        on_server = conn.execute("SELECT count(*) FROM students WHERE document_number LIKE '1_________'").fetchone()
    assert on_server[0] >= RUNS * 11_000
    print(f"\n[RTT {rtt * 1000:.0f} ms] push 1,000 queued inserts (1 call): {_fmt(one)}")
    print(f"[RTT {rtt * 1000:.0f} ms] push 10,000 queued inserts (one local transaction, 10 chunks, "
          f"{pc.engine.pipeline} chunks a round trip): {_fmt(ten)}")


def test_pull_with_nothing_new_and_a_bootstrap_of_100000_rows(far_pc, link, sync_db):  # noqa: F811
    with psycopg.connect(sync_db, autocommit=True) as conn:
        conn.execute("INSERT INTO guardians (id, school_id, document_type, document_number, full_name, phone) "
                     "SELECT gen_random_uuid(), %s, 'CC', (10000000 + g)::text, 'Acudiente ' || g, '300' || g "
                     "FROM generate_series(1, 100000) AS g", (SCHOOL_A,))
        conn.execute("ANALYZE")
    rtt = measure_rtt(link[1])
    boot, saves_all = [], []
    for run in range(RUNS):
        fresh = far_pc(f"fresh{run}")
        saves = _saves_while(lambda fresh=fresh: fresh.engine.pull_all(CycleReport()), fresh, run)
        boot.append(saves.pop())
        saves_all += saves
        assert fresh.rows("SELECT count(*) FROM guardians")[0][0] >= 100_000
    empty = []
    for _ in range(RUNS):
        started = time.perf_counter()
        report = CycleReport()
        fresh.engine.pull_all(report)
        empty.append(time.perf_counter() - started)
        assert report.pulled == 0
    print(f"\n[RTT {rtt * 1000:.0f} ms] bootstrap of a fresh PC, 100,000 guardians (+ school rows), page "
          f"{fresh.engine.page}: {_fmt(boot)}")
    print(f"[RTT {rtt * 1000:.0f} ms] UI saves during those bootstraps: {len(saves_all)} saves, median "
          f"{statistics.median(saves_all) * 1000:.0f} ms, p99 {_p(saves_all, 0.99) * 1000:.0f} ms, "
          f"max {max(saves_all) * 1000:.0f} ms")
    print(f"[RTT {rtt * 1000:.0f} ms] pull with nothing new (1 call): {_fmt(empty)}")


def _saves_while(work, pc, run: int) -> list[float]:
    """Run `work` on a thread while the 'UI' saves a student every 50 ms; the saves' durations, then work's."""
    done = threading.Event()
    took: list[float] = []

    def run_work() -> None:
        started = time.perf_counter()
        try:
            work()
        finally:
            took.append(time.perf_counter() - started)
            done.set()

    worker = threading.Thread(target=run_work)
    worker.start()
    saves, number = [], 1_500_000_000 + run * 10_000
    while not done.is_set():
        started = time.perf_counter()
        pc.students.create(StudentDraft("TI", str(number), "Guardado Durante La Descarga", None))
        saves.append(time.perf_counter() - started)
        number += 1
        time.sleep(0.05)
    worker.join()
    return saves + took


def test_a_save_on_pc_a_visible_on_pc_b(far_pc, link):
    _proxy, url = link
    a, b = far_pc("a"), far_pc("b")

    def runner_for(pc) -> SyncRunner:
        return SyncRunner(lambda: SyncEngine(pc.path, PsycopgTransport(url), lambda _r: mint_token(pc.user_id),
                                             school_id=pc.school, user_id=pc.user_id), period_s=3600)

    sync_a, sync_b = runner_for(a), runner_for(b)
    wake_after_commits(a.store.engine, sync_a)
    bell = Doorbell(url, b.school, sync_b.request_sync)
    for part in (sync_a, sync_b, bell):
        part.start()
    rtt = measure_rtt(url)
    try:
        assert bell.listening.wait(10)
        time.sleep(2)  # both first cycles done
        delays = []
        for i in range(20):
            saved = a.students.create(StudentDraft("TI", str(1_030_000_000 + i), f"Visible {i}", None))
            started = time.monotonic()
            while not b.rows("SELECT 1 FROM students WHERE id = ?", (saved.id,)):
                assert time.monotonic() < started + 30
                time.sleep(0.01)
            delays.append(time.monotonic() - started)
    finally:
        for part in (bell, sync_a, sync_b):
            part.stop()
    print(f"\n[RTT {rtt * 1000:.0f} ms] save on A visible on B (doorbell, session connections): 20 saves, "
          f"median {statistics.median(delays):.2f} s, p95 {_p(delays, 0.95):.2f} s, max {max(delays):.2f} s")


def test_pipelined_chunks_against_one_chunk_a_round_trip(far_pc, link):
    """The same 1,000 queued inserts in 10 chunks of 100, sent one chunk a round trip and all in one (runs
    alternated, so both see the same load): the difference is the round trips saved."""
    rtt = measure_rtt(link[1])
    times: dict[int, list[float]] = {1: [], 10: []}
    pc = far_pc("chunks", chunk=100)
    pc.sync()
    for run in range(RUNS):
        for depth in (1, 10):
            pc.engine.pipeline = depth
            _queue_students(pc, 1000, 1_600_000_000 + run * 10_000 + depth * 1000)
            report = CycleReport()
            started = time.perf_counter()
            pc.engine.push_all(report)
            times[depth].append(time.perf_counter() - started)
            assert report.pushed == 1000
    print(f"\n[RTT {rtt * 1000:.0f} ms] 1,000 inserts in 10 chunks: one chunk a round trip {_fmt(times[1])}; "
          f"10 chunks a round trip {_fmt(times[10])}")
