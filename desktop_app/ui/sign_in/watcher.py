"""Keeps a connected session alive while the app runs: a periodic check off the UI thread.

This replaces the supabase client's auto-refresh timer (turned off; it dies silently on errors): every
`CHECK_INTERVAL_MS` the session is refreshed when due and confirmed with the server, so a revoked session
or a return of the network is noticed within a minute.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.services.auth import AuthService, AuthStatus, SessionState
from desktop_app.ui.tasks import TaskRunner

CHECK_INTERVAL_MS = 60_000
OFFLINE_CHECK_INTERVAL_MS = 15_000  # while offline, notice the network coming back sooner


class SessionWatcher(QObject):
    """Runs `AuthService.check()` periodically in the runner's network lane and reports changes."""

    state_changed = Signal(object)  # AuthStatus, when the state differs from the last one
    must_sign_in = Signal(object)  # AuthStatus: the server refused the session

    def __init__(self, service: AuthService, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._last_state = service.status.state
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self._set_interval(self._last_state)
        self.timer.start()

    def _set_interval(self, state: SessionState) -> None:
        self.timer.setInterval(OFFLINE_CHECK_INTERVAL_MS if state is SessionState.OFFLINE else CHECK_INTERVAL_MS)

    def check_now(self) -> None:
        if self._checking:
            return
        self._checking = True
        self._runner.operation(lambda _progress: self._service.check()).lane("net").on_success(
            self._on_checked
        ).on_error(lambda _error: self._done()).start()

    def _done(self) -> None:
        self._checking = False

    def _on_checked(self, status: AuthStatus) -> None:
        self._done()
        if status.state != self._last_state:
            self._last_state = status.state
            self._set_interval(status.state)
            self.state_changed.emit(status)
            if status.state is SessionState.MUST_SIGN_IN:
                self.must_sign_in.emit(status)
