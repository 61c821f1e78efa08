"""The engine on its background thread, and the status-bar text the UI shows from it."""

from __future__ import annotations

import random
import threading
import time
from datetime import UTC, datetime, timedelta

from desktop_app.services.dto import StudentDraft
from desktop_app.services.sync_status import SyncPhase, SyncStatus
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.runner import BACKOFF_MAX_S, SyncRunner, backoff_delay
from desktop_app.sync.transport import PsycopgTransport
from desktop_app.ui.sync_status import SyncStatusPoller, sync_status_text
from tests.support.tenant_security import mint_token


def wait_for(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_backoff_grows_from_one_second_to_five_minutes_with_jitter() -> None:
    rng = random.Random(7)
    first = [backoff_delay(1, rng) for _ in range(200)]
    assert min(first) >= 0.5 and max(first) <= 1.5 and len({round(d, 3) for d in first}) > 100
    assert all(4 * 0.5 <= backoff_delay(3, rng) <= 4 * 1.5 for _ in range(50))
    assert all(BACKOFF_MAX_S * 0.5 <= backoff_delay(30, rng) <= BACKOFF_MAX_S for _ in range(50))


def test_the_runner_syncs_on_its_own_thread_when_asked_and_reports_offline_with_the_pending_count(make_pc) -> None:
    pc = make_pc("one")
    threads: list[str] = []

    def engine(url: str) -> SyncEngine:
        threads.append(threading.current_thread().name)
        return SyncEngine(pc.path, PsycopgTransport(url), lambda _refresh: mint_token(pc.user_id),
                          school_id=pc.school, user_id=pc.user_id)

    good = SyncRunner(lambda: engine(pc.transport._conninfo), period_s=3600)  # type: ignore[attr-defined]
    good.start()
    try:
        wait_for(lambda: good.status().phase is SyncPhase.synced)
        pc.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", None))
        cycles = good.cycles
        good.request_sync()
        wait_for(lambda: good.cycles > cycles and good.status().phase is SyncPhase.synced)
        assert good.status().pending == 0 and threads == ["sync"]
    finally:
        good.stop()

    pc.students.create(StudentDraft("TI", "1012345679", "Andrés Gómez", None))
    dead = SyncRunner(lambda: engine("postgresql://nobody:x@127.0.0.1:1/none"), period_s=3600)
    dead.start()
    try:
        wait_for(lambda: dead.status().phase is SyncPhase.offline)
        assert dead.status().pending == 1
        assert sync_status_text(dead.status()) == "Sin conexión · 1 cambios pendientes"
    finally:
        dead.stop()


def test_status_texts_in_spanish(qapp) -> None:
    now = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)
    assert sync_status_text(SyncStatus(SyncPhase.offline, pending=12)) == "Sin conexión · 12 cambios pendientes"
    assert sync_status_text(SyncStatus(SyncPhase.syncing)) == "Sincronizando…"
    synced = SyncStatus(SyncPhase.synced, last_synced_at=now - timedelta(minutes=2, seconds=5))
    assert sync_status_text(synced, now) == "Sincronizado hace 2 min"
    assert sync_status_text(SyncStatus(SyncPhase.update_required, pending=3)) == (
        "Actualice la aplicación para sincronizar")
    skewed = SyncStatus(SyncPhase.synced, last_synced_at=now, clock_offset_ms=6 * 60 * 1000)
    assert sync_status_text(skewed, now) == "El reloj de este equipo está desfasado"
    assert sync_status_text(SyncStatus(SyncPhase.synced, last_synced_at=now, clock_offset_ms=4 * 60 * 1000), now) == (
        "Sincronizado hace un momento")


def test_the_poller_puts_the_text_in_the_status_bar_slot(qtbot) -> None:
    class Source:
        def __init__(self) -> None:
            self.current = SyncStatus(SyncPhase.offline, pending=2)

        def status(self) -> SyncStatus:
            return self.current

        def request_sync(self) -> None:
            pass

    shown: list[str] = []
    source = Source()
    poller = SyncStatusPoller(source, shown.append)
    poller.start()
    assert shown[-1] == "Sin conexión · 2 cambios pendientes"
    source.current = SyncStatus(SyncPhase.syncing)
    qtbot.waitUntil(lambda: shown[-1] == "Sincronizando…", timeout=3000)


def test_status_texts_follow_the_language(qapp) -> None:
    from desktop_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        assert sync_status_text(SyncStatus(SyncPhase.offline, pending=12)) == "Offline · 12 pending changes"
        assert sync_status_text(SyncStatus(SyncPhase.update_required)) == "Update the app to synchronize"
    finally:
        remove_translators(qapp, translators)


def test_lists_are_refreshed_once_per_cycle_that_changed_local_data(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop_app.ui.sync_status import RefreshOnPull

    class Source:
        current = SyncStatus(SyncPhase.synced)

        def status(self) -> SyncStatus:
            return self.current

        def request_sync(self) -> None:
            return None

    source, calls = Source(), []
    watcher = RefreshOnPull(source, lambda: calls.append(1), interval_ms=10)
    assert not watcher.check() and calls == []
    source.current = replace(source.current, data_version=1, last_synced_at=datetime.now(UTC))
    qtbot.waitUntil(lambda: calls == [1], timeout=2_000)
    source.current = replace(source.current, last_synced_at=datetime.now(UTC))  # a cycle that brought nothing
    assert not watcher.check() and calls == [1]
