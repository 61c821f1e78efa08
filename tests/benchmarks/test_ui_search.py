"""Benchmark: a keystroke in the students search box until the table shows the new result (5,000 and 50,000).

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_ui_search.py -s
(`SECRETARIA_BENCH_STORES=<dir>` reuses `<dir>/demo-5000.sqlite3` / `demo-50000.sqlite3` made by the demo loader.)

Measured with the real services over a real SQLite file filled by the demo loader, the real worker pool and
the real `StudentsView`. The clock starts at the key event and stops when the visible rows have been fetched
and painted once: the slot on `ids_loaded` grabs the viewport (which runs `data()` for every visible cell),
then the paints Qt still had queued are flushed before the next key, so that no repaint is counted twice
(once by the grab and again inside the next keystroke's measurement). The 180 ms debounce is switched off for
the measurement: a fast typist gets it added once, after the last key.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.app import build_services, local_session
from desktop_app.services.demo import load_demo_school
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.students.view import StudentsView
from desktop_app.ui.tasks import TaskRunner
from tests.ui.typing_helpers import type_text

pytestmark = pytest.mark.benchmark

# each step types one more character, as a secretary searching a surname does; then the box is cleared
KEYSTROKES = ("g", "o", "m", "e", "z")
ROUNDS = 4


@pytest.fixture(scope="module", params=[5_000, 50_000], ids=lambda n: f"{n}_students")
def filled_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    path = Path(tmp_path_factory.mktemp("search")) / "store.sqlite3"
    # a demo store made earlier by the demo loader (50,000 students take ~10 min to generate on 2 cores)
    ready_made = Path(os.environ.get("SECRETARIA_BENCH_STORES", "/nonexistent")) / f"demo-{request.param}.sqlite3"
    if ready_made.is_file():
        shutil.copyfile(ready_made, path)
    store = LocalStore.open(path)
    started = time.perf_counter()
    load_demo_school(store, students=request.param)  # returns at once on a store that holds the demo
    print(f"\n[setup] demo school with {request.param:,} students in {time.perf_counter() - started:.1f} s")
    yield store
    store.close()


def test_keystroke_to_updated_table(qtbot, qapp: QApplication, filled_store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    services = build_services(filled_store, local_session(filled_store), runner)
    view = StudentsView(services)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.search_box.set_debounce(0)
    with qtbot.waitSignal(view.ids_loaded, timeout=60_000):
        view.reload()
    total = view.model.rowCount()
    view.table.viewport().grab()

    timings_ms: list[float] = []
    counts: list[int] = []
    painted: list[float] = []
    cpu_ms: list[float] = []

    def paint_now(_count: int) -> None:
        view.table.viewport().grab()  # fetch and paint the visible rows
        painted.append(time.perf_counter())
        cpu_ms.append((time.process_time() - cpu_started[0]) * 1000)

    cpu_started = [0.0]

    view.ids_loaded.connect(paint_now)
    for _ in range(ROUNDS):
        for char in (*KEYSTROKES, None):
            qapp.processEvents()  # the previous result's queued paints are not this keystroke's
            with qtbot.waitSignal(view.ids_loaded, timeout=60_000):
                started = time.perf_counter()
                cpu_started[0] = time.process_time()
                if char is None:
                    view.search_box.clear()
                else:
                    type_text(view.search_box, char)
            timings_ms.append((painted[-1] - started) * 1000)
            counts.append(view.model.rowCount())
    view.ids_loaded.disconnect(paint_now)
    runner.wait_for_done()

    timings_ms.sort()
    cpu_ms.sort()
    p95 = timings_ms[max(0, round(0.95 * len(timings_ms)) - 1)]
    cpu_p95 = cpu_ms[max(0, round(0.95 * len(cpu_ms)) - 1)]
    print(
        f"\n[search] {total:,} students: keystroke → table updated: median {statistics.median(timings_ms):.1f} ms, "
        f"p95 {p95:.1f} ms, max {timings_ms[-1]:.1f} ms; CPU (all threads) median {statistics.median(cpu_ms):.1f} ms, "
        f"p95 {cpu_p95:.1f} ms over {len(timings_ms)} keystrokes "
        f"(results from {min(counts):,} to {max(counts):,} rows, load {os.getloadavg()[0]:.2f})"
    )
    assert max(counts) == total and min(counts) < total

    # jumping through the whole list (scroll bar drags): each jump asks the db lane for one or two new blocks of
    # rows; the clock stops when they have arrived and been painted. UI: what the UI thread itself spent.
    jumps_ms: list[float] = []
    ui_ms: list[float] = []
    scroll_bar = view.table.verticalScrollBar()
    for step in range(1, 21):
        qapp.processEvents()
        started, ui_started = time.perf_counter(), time.thread_time()
        scroll_bar.setValue(scroll_bar.maximum() * ((step * 7) % 20) // 19)
        view.table.viewport().grab()  # the rows not fetched yet paint empty and are asked for
        qtbot.waitUntil(lambda: not view.model._pending, timeout=10_000)
        view.table.viewport().grab()
        jumps_ms.append((time.perf_counter() - started) * 1000)
        ui_ms.append((time.thread_time() - ui_started) * 1000)
    print(
        f"[scroll] {total:,} students: jump anywhere in the list until its rows are painted: median "
        f"{statistics.median(jumps_ms):.1f} ms, max {max(jumps_ms):.1f} ms; UI thread median "
        f"{statistics.median(ui_ms):.1f} ms, max {max(ui_ms):.1f} ms over {len(jumps_ms)} jumps"
    )
