"""The only bridge from the UI to worker threads: `TaskRunner` lanes and the `Operation` builder.

Widgets describe background work as an `Operation` (work callable, success/error callbacks, optional progress);
the runner runs it in a `QRunnable` and delivers every callback on the UI thread through a relay `QObject`
that lives there. Work callables get a `ProgressSink` and return plain data; they never touch widgets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.services.dto import Changes

logger = logging.getLogger(__name__)

Work = Callable[["TaskProgress"], Any]


class TaskProgress:
    """Thread-safe progress sink handed to work callables: `report(done, total, message)`, `is_cancelled()`."""

    _MIN_INTERVAL_S = 0.05  # throttle: the UI needs at most ~20 updates a second

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()
        self._last_emit = 0.0

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done < total and now - self._last_emit < self._MIN_INTERVAL_S:
            return
        self._last_emit = now
        self._relay.progressed.emit(int(done), int(total), message)

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


class _Relay(QObject):
    """Lives on the UI thread; the worker emits its signals and its own slots (queued) run on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(self, runner: TaskRunner, op: Operation) -> None:
        # Owned by the runner (not by a Python reference): the worker thread may drop the last Python reference
        # after emitting, and a QObject destroyed there while its queued signal waits crashed the app. The
        # runner deletes it on the UI thread with deleteLater() once its result is delivered.
        super().__init__(runner)
        self._runner = runner
        self._op = op
        self.succeeded.connect(self._on_worker_succeeded)
        self.failed.connect(self._on_worker_failed)
        self.progressed.connect(self._on_worker_progressed)

    @Slot(object)
    def _on_worker_succeeded(self, result: Any) -> None:
        self._runner._finish(self, self._op, result, None)

    @Slot(object)
    def _on_worker_failed(self, error: BaseException) -> None:
        self._runner._finish(self, self._op, None, error)

    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, message: str) -> None:
        self._op._emit_progress(done, total, message)


class _Runnable(QRunnable):
    """Runs one work callable and reports through its relay."""

    def __init__(self, work: Work, relay: _Relay, progress: TaskProgress) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._progress = progress

    def run(self) -> None:
        # The worker must never drop the last reference to anything the UI owns (a closure capturing a
        # dialog, the Operation and its callbacks): an object freed on this thread takes its QObjects with
        # it, and that crashed the app. So this runnable lets go of the work before reporting, while the
        # Operation (held on the UI thread until the result is delivered) still references it.
        work, relay, progress = self._work, self._relay, self._progress
        self._work = self._relay = self._progress = None  # type: ignore[assignment]
        try:
            result = work(progress)
        except DomainError as error:
            del work
            # an expected refusal (bad input, role, conflict): the UI shows it; its text may name people,
            # so only the code goes to the log
            logger.info("task refused: %s %s", type(error).__name__, error.code)
            relay.failed.emit(error)
        except BaseException as error:  # every failure must reach the UI, never vanish in a thread
            del work
            logger.exception("background task failed")
            relay.failed.emit(error)
        else:
            del work
            relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Owns the worker pools: one serial `db` lane (local store writes one at a time) and a parallel `net` lane."""

    changes_applied = Signal(object)  # a services `Changes` value returned by some work
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._pools = {"db": QThreadPool(self), "net": QThreadPool(self)}
        self._pools["db"].setMaxThreadCount(1)
        self._pools["net"].setMaxThreadCount(4)
        self._in_flight: set[_Relay] = set()

    def operation(self, work: Work) -> Operation:
        return Operation(self, work)

    def pending(self) -> int:
        return len(self._in_flight)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        return all(pool.waitForDone(msecs) for pool in self._pools.values())

    def _start(self, op: Operation) -> TaskProgress:
        relay = _Relay(self, op)
        progress = TaskProgress(relay)
        self._in_flight.add(relay)
        self.busy_changed.emit(True)
        runnable = _Runnable(op._work, relay, progress)
        if self._synchronous:
            runnable.run()
        else:
            self._pools[op._lane].start(runnable)
        return progress

    def _finish(self, relay: _Relay, op: Operation, result: Any, error: BaseException | None) -> None:
        self._in_flight.discard(relay)
        relay._op = None  # type: ignore[assignment]  # the Operation (and what it holds) is freed here, on the UI thread
        relay.deleteLater()
        if not self._in_flight:
            self.busy_changed.emit(False)
        op._close_progress()
        if error is not None:
            op._deliver_error(error)
            return
        if op._on_success is not None:
            op._on_success(result)
        if _is_changes(result):
            self.changes_applied.emit(result)


_shared: list[TaskRunner] = []


def shared_runner() -> TaskRunner:
    """The application's runner for code handed none (e.g. sign-in before the window exists).

    Owned by the QApplication, never by a dialog: a runner dies with its owner and waits for its threads,
    so a dialog owning one would freeze when closed while an abandoned network call still hangs.
    """
    if not _shared:
        from PySide6.QtCore import QCoreApplication

        _shared.append(TaskRunner(QCoreApplication.instance()))
    return _shared[0]


def _is_changes(value: Any) -> bool:
    return isinstance(value, Changes)


class Operation:
    """One piece of background work: `runner.operation(work).on_success(fn).with_progress(...).start()`."""

    def __init__(self, runner: TaskRunner, work: Work) -> None:
        self._runner = runner
        self._work = work
        self._on_success: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._lane = "db"
        self._progress_parent: QWidget | None = None
        self._progress_label = ""
        self._cancellable = False
        self._dialog: QProgressDialog | None = None
        self._progress: TaskProgress | None = None

    def on_success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def on_error(self, callback: Callable[[BaseException], None]) -> Operation:
        self._on_error = callback
        return self

    def on_progress(self, callback: Callable[[int, int, str], None]) -> Operation:
        self._on_progress = callback
        return self

    def lane(self, name: str) -> Operation:
        if name not in ("db", "net"):
            raise ValueError(f"unknown lane {name!r}")
        self._lane = name
        return self

    def with_progress(self, parent: QWidget | None, label: str, *, cancellable: bool = False) -> Operation:
        self._progress_parent = parent
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def start(self) -> Operation:
        if self._progress_parent is not None:
            dialog = QProgressDialog(self._progress_label, "", 0, 0, self._progress_parent)
            dialog.setWindowTitle(self._progress_label)
            dialog.setMinimumDuration(300)  # quick work never flashes a dialog
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if self._cancellable:
                dialog.setCancelButtonText(dialog.tr("Cancelar"))
                dialog.canceled.connect(self.cancel)
            else:
                dialog.setCancelButton(None)
            self._dialog = dialog
        self._progress = self._runner._start(self)
        return self

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    def _emit_progress(self, done: int, total: int, message: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if message:
                self._dialog.setLabelText(message)
        if self._on_progress is not None:
            self._on_progress(done, total, message)

    def _close_progress(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _deliver_error(self, error: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(error)
            return
        show_error(self._progress_parent, error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """The default for failures nobody handles: a plain dialog with the Spanish message, details logged."""
    from desktop_app.ui.errors import error_text

    QMessageBox.warning(parent, QMessageBox.tr("No se pudo completar"), error_text(error))  # type: ignore[call-arg,arg-type]  # tr() on the class works; the stubs say no
