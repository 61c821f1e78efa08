"""What the UI may know about background sync: a port implemented by `desktop_app.sync.runner`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

CLOCK_TOLERANCE_MS = 5 * 60 * 1000
"""Beyond this offset from the server the PC's clock is called wrong (nothing depends on it; a warning)."""


class SyncPhase(StrEnum):
    idle = "idle"  # not started yet
    syncing = "syncing"
    synced = "synced"
    offline = "offline"  # the server could not be reached; changes wait in the outbox
    update_required = "update_required"  # the server refuses this app's protocol; the outbox is kept


@dataclass(frozen=True)
class SyncStatus:
    phase: SyncPhase = SyncPhase.idle
    pending: int = 0  # changes of this user and school not yet on the server
    rejected: int = 0  # changes the server refused (shown in Revisión)
    last_synced_at: datetime | None = None
    clock_offset_ms: int | None = None
    data_version: int = 0  # +1 after each cycle that brought rows or held/refused changes: lists re-read then

    @property
    def clock_is_off(self) -> bool:
        return self.clock_offset_ms is not None and abs(self.clock_offset_ms) > CLOCK_TOLERANCE_MS


class SyncStatusSource(Protocol):
    def status(self) -> SyncStatus: ...

    def request_sync(self) -> None:
        """Run a cycle soon (after a local save, on reconnect); never blocks the caller."""
        ...
