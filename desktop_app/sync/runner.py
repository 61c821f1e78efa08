"""The sync engine on its own thread (never the UI's): a cycle on request (local commit, reconnect) and
every 30 s; after a failure it waits 1 s, 2 s, 4 s … up to 5 min, with jitter so that PCs of an office
that lost the link together do not all come back in the same second."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from desktop_app.services.sync_status import SyncPhase, SyncStatus
from desktop_app.sync.engine import SyncEngine, UpdateRequired
from desktop_app.sync.transport import TransportError

logger = logging.getLogger(__name__)

PERIOD_S = 30.0
BACKOFF_FIRST_S = 1.0
BACKOFF_MAX_S = 300.0


def backoff_delay(failures: int, rng: random.Random) -> float:
    """1 s after the first failure, doubling up to 5 min, each scaled by a random 0.5–1.5."""
    base = min(BACKOFF_MAX_S, BACKOFF_FIRST_S * 2 ** max(0, failures - 1))
    return float(min(BACKOFF_MAX_S, base * rng.uniform(0.5, 1.5)))


class SyncRunner:
    """Implements `services.sync_status.SyncStatusSource` over one engine built on the worker thread."""

    def __init__(self, make_engine: Callable[[], SyncEngine], *, period_s: float = PERIOD_S,
                 rng: random.Random | None = None) -> None:
        self._make_engine = make_engine
        self._period = period_s
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._status = SyncStatus()
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self.cycles = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def request_sync(self) -> None:
        self._wake.set()

    def _set(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]

    def _run(self) -> None:
        engine: SyncEngine | None = None
        failures = 0
        while not self._stop.is_set():
            try:
                engine = engine or self._make_engine()
                self._set(phase=SyncPhase.syncing)
                report = engine.sync_once()
                failures = 0
                changed = bool(report.pulled or report.held or report.rejected or report.merged)
                self._set(phase=SyncPhase.update_required if engine.update_required else SyncPhase.synced,
                          data_version=self._status.data_version + changed,
                          pending=report.pending, rejected=report.rejected,
                          last_synced_at=datetime.now(UTC), clock_offset_ms=report.clock_offset_ms)
            except UpdateRequired:
                self._set(phase=SyncPhase.update_required)
                failures = 0
            except Exception as error:  # offline, refused, or a bug: logged, retried with backoff
                failures += 1
                if not isinstance(error, TransportError):
                    logger.exception("sync cycle failed")
                pending = engine.state.counts(engine.school_id, engine.user_id)["pending"] if engine else 0
                self._set(phase=SyncPhase.offline, pending=pending)
            self.cycles += 1
            delay = backoff_delay(failures, self._rng) if failures else self._period
            self._wake.wait(delay)
            self._wake.clear()
        if engine is not None:
            engine.close()


def wake_after_commits(engine: Any, runner: SyncRunner) -> None:
    """Wake the runner after each committed local write of `engine` (the store's SQLAlchemy engine).

    SQLAlchemy's `commit` event fires BEFORE the database commits, so a cycle woken there can miss the new
    outbox entries; the connection's return to the pool comes after, so the wake is sent then."""
    from sqlalchemy import event

    committed = threading.local()

    def on_commit(_connection: Any) -> None:
        committed.pending = True

    def on_checkin(_dbapi_connection: Any, _record: Any) -> None:
        if getattr(committed, "pending", False):
            committed.pending = False
            runner.request_sync()

    event.listen(engine, "commit", on_commit)
    event.listen(engine.pool, "checkin", on_checkin)
