"""The UI thread never waits for the network: sign-in against a server that accepts and never answers.

A heartbeat `QTimer` ticks every 10 ms on the UI thread; any gap over 100 ms between ticks is a frozen
window. Each check runs once to warm up and then three times; the worst of the three counts.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.config import ConnectedConfig
from desktop_app.integrations.connected_mode import ConnectedParts, build_connected
from desktop_app.ui.sign_in.connecting import ConnectingDialog, run_connecting
from desktop_app.ui.sign_in.dialog import SignInDialog
from desktop_app.ui.tasks import TaskRunner

MAX_PAUSE_MS = 100
WAIT_MS = 400  # how long each run lets the request hang before Cancelar


class SilentServer:
    """Accepts TCP connections and never writes a byte; `close()` drops them (the hung requests then end)."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._connections: list[socket.socket] = []
        self._closed = False
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                connection, _address = self._socket.accept()
            except OSError:
                return
            self._connections.append(connection)

    def accepted(self) -> int:
        return len(self._connections)

    def close(self) -> None:
        self._closed = True
        self._socket.close()
        for connection in self._connections:
            connection.close()


class Heartbeat(QObject):
    """The longest gap between 10 ms ticks on the UI thread while running."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.max_gap_ms = 0.0
        self._last = 0.0

    def start(self) -> None:
        self.max_gap_ms, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.max_gap_ms


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def parts(silent: SilentServer, tmp_path: Path) -> Iterator[ConnectedParts]:
    keyring = PlaintextKeyring()
    keyring.file_path = str(tmp_path / "keyring.cfg")
    config = ConnectedConfig(silent.url, "test.anon.key", "postgresql://nobody@127.0.0.1:1/none")
    built = build_connected(config, tmp_path / "prefs.json", keyring)
    yield built
    built.close()


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.deleteLater()


def _worst_of_three(measure) -> float:  # type: ignore[no-untyped-def]
    measure()  # warm-up: first imports, first paint
    return max(measure() for _ in range(3))


def test_sign_in_against_a_silent_server_never_freezes_and_cancel_gives_control_back(  # type: ignore[no-untyped-def]
    qtbot, parts: ConnectedParts, runner: TaskRunner, silent: SilentServer
) -> None:
    dialog = SignInDialog(parts.service, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email.setText("secretaria@sanjose.edu.co")
    dialog.password.setText("clave-segura-123")
    heartbeat = Heartbeat()

    def measure() -> float:
        heartbeat.start()
        dialog.sign_in_button.click()
        assert dialog.is_connecting() and dialog.message.text() == "Conectando…"
        assert dialog.cancel_button.isVisible() and not dialog.sign_in_button.isEnabled()
        qtbot.wait(WAIT_MS)
        assert dialog.is_connecting()  # the server is still silent
        dialog.cancel_button.click()
        gap = heartbeat.stop()
        assert not dialog.is_connecting() and dialog.sign_in_button.isEnabled() and dialog.isVisible()
        assert dialog.email.text() == "secretaria@sanjose.edu.co" and dialog.password.text() == "clave-segura-123"
        assert "cancel" in dialog.message.text().lower()
        return gap

    worst = _worst_of_three(measure)
    assert silent.accepted() >= 4  # every attempt really reached the server
    assert worst < MAX_PAUSE_MS, f"the UI thread paused {worst:.0f} ms during sign-in"
    silent.close()  # the abandoned requests now fail fast; their answers must change nothing
    assert runner.wait_for_done(15_000)
    qtbot.wait(50)
    assert not dialog.is_connecting() and dialog.result() != SignInDialog.DialogCode.Accepted


def test_a_restore_waits_in_a_connecting_box_with_cancel(qtbot, parts: ConnectedParts, runner: TaskRunner, silent: SilentServer) -> None:  # type: ignore[no-untyped-def]
    heartbeat = Heartbeat()
    shown: list[str] = []

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectingDialog) and w.isVisible()]
        shown.extend(d.label.text() for d in dialogs)
        for d in dialogs:
            d.cancel_button.click()

    def measure() -> float:
        heartbeat.start()
        QTimer.singleShot(WAIT_MS, press_cancel)
        outcome = run_connecting(runner, None, lambda: parts.service.sign_in("a@b.co", "x"))
        assert outcome.cancelled and outcome.result is None
        return heartbeat.stop()

    worst = _worst_of_three(measure)
    assert shown == ["Conectando…"] * 4
    assert worst < MAX_PAUSE_MS, f"the UI thread paused {worst:.0f} ms while restoring the session"
    silent.close()
    assert runner.wait_for_done(15_000)
