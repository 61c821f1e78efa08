"""The status-bar text of background sync, refreshed every second from the Qt-free `SyncStatusSource`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop_app.services.sync_status import SyncPhase, SyncStatus, SyncStatusSource

REFRESH_MS = 1000


def sync_status_text(status: SyncStatus, now: datetime | None = None) -> str:
    """"Sin conexión · 12 cambios pendientes", "Sincronizando…", "Sincronizado hace 2 min", …"""
    # Literal QCoreApplication.translate calls: lupdate finds only those.
    if status.phase is SyncPhase.update_required:
        return QCoreApplication.translate("SyncStatus", "Actualice la aplicación para sincronizar")
    if status.clock_is_off:
        return QCoreApplication.translate("SyncStatus", "El reloj de este equipo está desfasado")
    if status.phase is SyncPhase.offline:
        if status.pending:
            return QCoreApplication.translate("SyncStatus", "Sin conexión · %1 cambios pendientes").replace("%1", str(status.pending))
        return QCoreApplication.translate("SyncStatus", "Sin conexión")
    if status.phase is SyncPhase.syncing or status.last_synced_at is None:
        return QCoreApplication.translate("SyncStatus", "Sincronizando…")
    minutes = int(((now or datetime.now(UTC)) - status.last_synced_at).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("SyncStatus", "Sincronizado hace un momento")
    return QCoreApplication.translate("SyncStatus", "Sincronizado hace %1 min").replace("%1", str(minutes))


class SyncStatusPoller(QObject):
    """Shows the source's status through `show(text)` (e.g. `MainWindow.set_sync_status`) once a second."""

    def __init__(self, source: SyncStatusSource, show: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._show = show
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    def refresh(self) -> None:
        self._show(sync_status_text(self._source.status()))


class RefreshOnPull(QObject):
    """Calls `refresh()` (e.g. reload the lists) when the sync source says a cycle changed local data: rows
    pulled from other PCs, a change held or refused (the "En revisión" tags). Polls the in-memory status only."""

    def __init__(self, source: SyncStatusSource, refresh: Callable[[], None], parent: QObject | None = None,
                 interval_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self._source = source
        self._refresh = refresh
        self._seen = source.status().data_version
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> bool:
        version = self._source.status().data_version
        if version == self._seen:
            return False
        self._seen = version
        self._refresh()
        return True
