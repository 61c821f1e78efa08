"""The task runner on its real worker pools: results, errors and progress arrive on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.dto import Changes
from desktop_app.ui.tasks import TaskProgress, TaskRunner


def test_success_error_and_changes_are_delivered_on_the_ui_thread(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    worker_threads: list[int] = []
    seen: list[tuple[str, bool]] = []

    def work(_progress: TaskProgress) -> Changes:
        worker_threads.append(threading.get_ident())
        return Changes.of("students", "s-1")

    def on_success(result: Changes) -> None:
        seen.append(("success", QThread.currentThread() is qapp.thread()))

    with qtbot.waitSignal(runner.changes_applied, timeout=5000) as broadcast:
        runner.operation(work).on_success(on_success).start()
    assert broadcast.args[0] == Changes.of("students", "s-1")
    assert seen == [("success", True)] and worker_threads != [threading.get_ident()]

    def failing(_progress: TaskProgress) -> None:
        raise ValidationFailed("required", field="full_name")

    errors: list[BaseException] = []
    runner.operation(failing).on_error(errors.append).start()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValidationFailed) and errors[0].field == "full_name"
    assert runner.wait_for_done(5000) and runner.pending() == 0


def test_progress_is_reported_and_cancel_stops_the_work(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    started = threading.Event()
    reports: list[tuple[int, int]] = []

    def long_work(progress: TaskProgress) -> int:
        done = 0
        progress.report(0, 1_000_000, "empezando")
        started.set()
        while not progress.is_cancelled() and done < 1_000_000_000:
            done += 1
        progress.report(done, done, "fin")
        return done

    results: list[int] = []
    operation = runner.operation(long_work).on_progress(lambda done, total, _m: reports.append((done, total)))
    operation.on_success(results.append).start()
    assert started.wait(5)
    operation.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] < 1_000_000_000
    assert reports[0] == (0, 1_000_000) and reports[-1] == (results[0], results[0])


def test_a_form_dropped_after_its_save_is_never_freed_on_a_worker_thread(qtbot, threaded_services) -> None:  # type: ignore[no-untyped-def]
    """Regression: a parentless dialog whose last reference was the finished operation got destroyed on the
    worker thread, which crashed the app (segmentation fault) at the next save."""
    import gc
    from datetime import date

    from desktop_app.ui.main_window.school_year_dialog import SchoolYearDialog

    created: list[str] = []
    for number in range(4):
        dialog = SchoolYearDialog(threaded_services, today=date(2040 + number, 1, 10))
        dialog.year_created.connect(created.append)
        dialog.show()
        with qtbot.waitSignal(dialog.year_created, timeout=10_000):
            dialog.save()
        del dialog  # only the runner's bookkeeping may still reach it
        gc.collect()
    assert threaded_services.task_runner().wait_for_done(10_000)
    qtbot.wait(50)
    assert len(created) == 4 and len(threaded_services.school_years.years()) == 4
