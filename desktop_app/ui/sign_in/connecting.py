"""Network calls of the sign-in seam, off the UI thread: "Conectando…" with Cancelar while the server answers.

A server that accepts and never answers used to freeze the window for the whole HTTP timeout (10 s). The call
now runs in the runner's `net` lane; the window keeps painting, and Cancelar gives the user back control at
once (the abandoned call ends by itself at its timeout and its answer is ignored).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

from desktop_app.ui.tasks import TaskRunner

T = TypeVar("T")


class Connecting(Generic[T]):
    """Outcome of `run_connecting`: `cancelled`, or the call's `result` / `error`."""

    def __init__(self) -> None:
        self.waiting = True
        self.cancelled = False
        self.result: T | None = None
        self.error: BaseException | None = None


class ConnectingDialog(QProgressDialog):
    """A small modal "Conectando…" busy box with Cancelar; its event loop keeps the app responsive.

    A progress dialog, not a question: nothing to answer, only to wait for or cancel (`--self-check` knows it so).
    """

    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Secretaría Escolar"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.label = QLabel(text, self)
        self.setLabel(self.label)
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.setCancelButton(self.cancel_button)
        self.setRange(0, 0)  # busy: the server gives no progress
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(self.reject)


def run_connecting(runner: TaskRunner, parent: QWidget | None, call: Callable[[], T], text: str = "") -> Connecting[T]:
    """Runs `call` on the network lane while a "Conectando…" dialog waits (Cancelar abandons it)."""
    outcome: Connecting[T] = Connecting()
    dialog = ConnectingDialog(parent, text or QCoreApplication.translate("ConnectingDialog", "Conectando…"))

    def finished(result: T | None, error: BaseException | None) -> None:
        if outcome.cancelled:
            return  # the user gave up on this call; its late answer changes nothing
        outcome.waiting, outcome.result, outcome.error = False, result, error
        dialog.accept()

    runner.operation(lambda _progress: call()).lane("net").on_success(lambda result: finished(result, None)).on_error(
        lambda error: finished(None, error)
    ).start()
    if outcome.waiting:  # (a synchronous runner has answered already)
        dialog.exec()
        if outcome.waiting:
            outcome.cancelled = True
    dialog.deleteLater()
    return outcome
