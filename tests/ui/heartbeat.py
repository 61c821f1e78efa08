"""A heartbeat on the UI thread that tells the app's pauses from the machine's.

A 10 ms `QTimer` ticks on the UI thread; a long gap between two ticks is a window that did not answer. On a
shared machine part of a gap is time the UI thread was ready to run but waited for a core (other processes):
Linux counts that per thread in `/proc/thread-self/schedstat` (second field, run-queue wait in ns), so
`pause = gap − run-queue wait` is what our code cost: running on the UI thread, or the UI thread blocked on
something of ours (a lock, the GIL held by a worker, a socket). Where the file does not exist the whole gap
counts.

The scenario (search, scroll-bar jumps, a save, a print preview) is shared by the default-suite test
(`tests/ui/test_ui_heartbeat.py`, a small school) and the benchmark (`tests/benchmarks/test_ui_heartbeat.py`,
5,000 students, with figures).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.context import UiServices

MAX_PAUSE_MS = 100
_SCHEDSTAT = "/proc/thread-self/schedstat"


def _runqueue_wait_ms() -> float | None:
    """Milliseconds this thread has spent runnable but waiting for a core, or None off Linux."""
    try:
        with open(_SCHEDSTAT) as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class Beat:
    """The worst gap of one measurement: wall gap, and the part that was ours (run-queue wait taken out)."""

    gap_ms: float = 0.0
    pause_ms: float = 0.0
    cpu_ms: float = 0.0  # CPU the UI thread itself used within the worst pause


class Heartbeat(QObject):
    """Ticks every 10 ms on the UI thread; `stop()` returns the worst gap seen since `start()`."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.worst = Beat()
        self._last = self._last_cpu = 0.0
        self._last_wait: float | None = None

    def start(self) -> None:
        self.worst = Beat()
        self._last, self._last_wait, self._last_cpu = time.perf_counter(), _runqueue_wait_ms(), time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, waited, cpu = time.perf_counter(), _runqueue_wait_ms(), time.thread_time()
        gap = (now - self._last) * 1000
        queued = waited - self._last_wait if waited is not None and self._last_wait is not None else 0.0
        pause = max(0.0, gap - queued)
        if pause > self.worst.pause_ms:
            self.worst.pause_ms, self.worst.cpu_ms = pause, (cpu - self._last_cpu) * 1000
        self.worst.gap_ms = max(self.worst.gap_ms, gap)
        self._last, self._last_wait, self._last_cpu = now, waited, cpu

    def stop(self) -> Beat:
        self.timer.stop()
        self._tick()
        return self.worst


def worst_of_three(measure: Callable[[], Beat]) -> Beat:
    """Once to warm up (first imports, first paint), then the worst of three runs."""
    measure()
    runs = [measure() for _ in range(3)]
    worst = max(runs, key=lambda run: run.pause_ms)
    return Beat(max(run.gap_ms for run in runs), worst.pause_ms, worst.cpu_ms)


def everyday_work(qtbot, services: UiServices) -> dict[str, Beat]:  # type: ignore[no-untyped-def]
    """The worst heartbeat of each everyday action on the real screens over `services` (a filled school)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from desktop_app.ui.enrollments.view import EnrollmentsView
    from desktop_app.ui.main_window.school_year_dialog import SchoolYearDialog
    from desktop_app.ui.students.view import StudentsView
    from tests.ui.typing_helpers import type_text

    heartbeat = Heartbeat()
    view = StudentsView(services)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    with qtbot.waitSignal(view.ids_loaded, timeout=30_000):
        view.reload()

    def search() -> Beat:  # typing with the real debounce, then clearing the box
        heartbeat.start()
        for text in ("g", "go", "gom", ""):
            with qtbot.waitSignal(view.ids_loaded, timeout=30_000):
                view.search_box.clear() if not text else type_text(view.search_box, text[-1])
            qtbot.wait(20)
        return heartbeat.stop()

    def scroll() -> Beat:  # scroll-bar jumps across the whole list; the rows arrive from the db lane
        heartbeat.start()
        bar = view.table.verticalScrollBar()
        for step in range(1, 11):
            bar.setValue(bar.maximum() * ((step * 7) % 10) // 9)
            qtbot.wait(15)
        qtbot.waitUntil(lambda: not view.model._pending, timeout=10_000)
        return heartbeat.stop()

    years = iter(range(2040, 2100))

    def save() -> Beat:
        heartbeat.start()
        dialog = SchoolYearDialog(services, today=date(next(years), 1, 10))
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.year_created, timeout=10_000):
            dialog.save()
        qtbot.wait(20)
        return heartbeat.stop()

    enrollments = EnrollmentsView(services)
    qtbot.addWidget(enrollments)
    enrollments.show()
    qtbot.waitUntil(lambda: enrollments.model.rowCount() > 0, timeout=30_000)
    enrollment_id = enrollments.model.id_at(0)
    assert enrollment_id is not None

    def previews() -> list[QPrintPreviewDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog) and w.isVisible()]

    def preview() -> Beat:
        heartbeat.start()
        enrollments.preview_enrollment(enrollment_id)
        qtbot.waitUntil(lambda: bool(previews()), timeout=10_000)
        qtbot.wait(50)
        for dialog in previews():
            dialog.close()
        return heartbeat.stop()

    return {name: worst_of_three(measure) for name, measure in
            (("search", search), ("scroll", scroll), ("save", save), ("print preview", preview))}
