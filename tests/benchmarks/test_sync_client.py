"""Client sync figures (README, Sync): the production engine against the real server functions on this machine
(no network in between: the round trip is a local socket, so these are the floors, not the 150 ms figures).

    .venv/bin/python -m pytest -q -s -m benchmark tests/benchmarks/test_sync_client.py -p no:randomly
"""

from __future__ import annotations

import statistics
import time

import pytest

from tests.sync.conftest import make_pc, sync_db  # noqa: F401  (the sync test fixtures)

pytestmark = pytest.mark.benchmark


def _queue_students(pc, count: int, start: int) -> None:
    with pc.store.write() as session:
        session.insert_many("students", [
            {"school_id": pc.school, "document_type": "TI", "document_number": str(start + i),
             "full_name": f"Estudiante {i}"} for i in range(count)])


def test_push_pull_and_empty_cycle_figures(make_pc) -> None:  # noqa: F811
    one = make_pc("one")
    one.sync()
    pushes = []
    for run in range(3):
        _queue_students(one, 1000, 1_100_000_000 + run * 10_000)
        started = time.perf_counter()
        report = one.sync()
        pushes.append(time.perf_counter() - started)
        assert report.pushed == 1000 and report.pending == 0
    _queue_students(one, 7000, 1_200_000_000)
    started = time.perf_counter()
    assert one.sync().pushed == 7000
    push_7k = time.perf_counter() - started
    empty = []
    for _ in range(5):
        started = time.perf_counter()
        one.sync()
        empty.append(time.perf_counter() - started)
    boot = []
    for run in range(2):
        fresh = make_pc(f"fresh{run}")
        started = time.perf_counter()
        report = fresh.sync()
        boot.append(time.perf_counter() - started)
        assert report.pulled >= 10_000
    print(f"\npush+pull cycle of 1,000 queued inserts: median {statistics.median(pushes):.2f} s {pushes}")
    print(f"push cycle of 7,000 (7 chunks): {push_7k:.2f} s")
    print(f"cycle with nothing new (push+pull+digest): median {statistics.median(empty) * 1000:.0f} ms")
    print(f"bootstrap of a fresh PC, 10,000 students (+ school rows): median {statistics.median(boot):.2f} s {boot}")


def test_a_ui_save_while_a_fresh_pc_bootstraps(make_pc) -> None:  # noqa: F811
    import threading

    from desktop_app.services.dto import StudentDraft

    source = make_pc("source")
    source.sync()
    _queue_students(source, 10_000, 1_400_000_000)
    source.sync()
    fresh = make_pc("fresh")
    done = threading.Event()

    def bootstrap() -> None:
        try:
            fresh.sync()
        finally:
            done.set()

    worker = threading.Thread(target=bootstrap)
    worker.start()
    saves = []
    number = 1_500_000_000
    while not done.is_set():
        started = time.perf_counter()
        fresh.students.create(StudentDraft("TI", str(number), "Guardado Durante La Descarga", None))
        saves.append(time.perf_counter() - started)
        number += 1
        time.sleep(0.02)
    worker.join()
    saves.sort()
    p99 = saves[min(len(saves) - 1, int(len(saves) * 0.99))]
    print(f"\nUI saves during a 10,000-row bootstrap (page {fresh.engine.page} rows): {len(saves)} saves, "
          f"median {statistics.median(saves) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, max {saves[-1] * 1000:.0f} ms")
