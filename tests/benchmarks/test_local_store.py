"""Local store speed: a save with its outbox entry, and the student search per keystroke at 5,000 and 50,000.

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_local_store.py -s
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date

import pytest

from desktop_app.services.demo import DemoSchool, load_demo_school
from desktop_app.services.dto import StudentDraft, StudentQuery
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore

pytestmark = pytest.mark.benchmark

SCREENFUL = 40
TYPED = ("perez gomez", "maria jose", "valentina", "1012", "rodriguez mu", "zapata")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(label: str, samples: list[float]) -> tuple[float, float]:
    median, p95 = statistics.median(samples), percentile(samples, 0.95)
    print(f"{label:<58} n={len(samples):>4}  median {median * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms")
    return median, p95


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


@pytest.fixture(scope="module")
def schools(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, tuple[LocalStore, DemoSchool]]]:
    built = {}
    for size in (5_000, 50_000):
        store = LocalStore.open(tmp_path_factory.mktemp(f"school{size}") / "store.sqlite3")
        started = time.perf_counter()
        demo = load_demo_school(store, students=size, seed=size)
        print(f"\ndemo school of {size} students built in {time.perf_counter() - started:.1f} s "
              f"({store.pending_outbox_count()} outbox entries)")
        built[size] = (store, demo)
    yield built
    for store, _ in built.values():
        store.close()


def test_save_with_outbox_entry(schools: dict[int, tuple[LocalStore, DemoSchool]]) -> None:
    store, demo = schools[5_000]
    service = StudentService(store, demo.context)
    counter = iter(range(10**6))

    def create() -> None:
        n = next(counter)
        service.create(StudentDraft("TI", f"19{n:08d}", f"Benchmark Pérez {n}", date(2012, 1, 1)))

    print()
    create_median, _ = report("StudentService.create (row + outbox, FULL sync)", timed(create, 300))
    student_id = service.list_ids(StudentQuery(text="benchmark"))[0]
    flip = iter(range(10**6))

    def update() -> None:
        service.update(student_id, StudentDraft("TI", "1900000000", f"Actualizada Núñez {next(flip)}", date(2012, 1, 1)))

    report("StudentService.update (patch + outbox)", timed(update, 300))

    def raw_insert(capture: bool) -> Callable[[], None]:
        def insert() -> None:
            n = next(counter)
            with store.write() as session:
                if not capture:
                    session._connection.exec_driver_sql("UPDATE sync_flags SET applying_remote = 1")
                session.insert("students", {"school_id": demo.context.school_id, "document_type": "TI",
                                            "document_number": f"18{n:08d}", "full_name": f"Raw {n}"})
                if not capture:
                    session._connection.exec_driver_sql("UPDATE sync_flags SET applying_remote = 0")
        return insert

    with_outbox, _ = report("store insert with outbox entry", timed(raw_insert(True), 300))
    without, _ = report("store insert, capture off (what the outbox costs)", timed(raw_insert(False), 300))
    print(f"outbox cost ratio {with_outbox / without:.2f}x; service overhead over store "
          f"{create_median / with_outbox:.2f}x")


@pytest.mark.parametrize("size", [5_000, 50_000])
def test_search_per_keystroke(schools: dict[int, tuple[LocalStore, DemoSchool]], size: int) -> None:
    store, demo = schools[size]
    service = StudentService(store, demo.context)
    keystrokes = [text[:n] for text in TYPED for n in range(1, len(text) + 1)]

    def keystroke(text: str) -> Callable[[], None]:
        def run() -> None:
            ids = service.list_ids(StudentQuery(text=text))
            service.rows(ids[:SCREENFUL])
        return run

    for text in keystrokes[:5]:  # warm the page cache as the app would after its first screen
        keystroke(text)()
    samples = [sample for _ in range(3) for text in keystrokes for sample in timed(keystroke(text), 1)]
    empty = timed(keystroke(""), 30)
    print()
    _, p95 = report(f"{size:>6} students: list_ids + {SCREENFUL} rows per keystroke", samples)
    report(f"{size:>6} students: whole list, no text (list_ids + rows)", empty)
    if size == 5_000:
        assert p95 <= 0.016, f"p95 {p95 * 1000:.1f} ms over the 16 ms target"
