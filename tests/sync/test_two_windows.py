"""With the dev stack (local auth server + PostgreSQL): two app windows on two store files, each with its
background sync, edit one student while the office link is cut, come back, converge, and the one conflict on
an identity field shows in both Revisión screens."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desktop_app.app import build_services, build_window, connected_session, start_background_sync
from desktop_app.config import write_config
from desktop_app.services.auth import SessionState
from desktop_app.services.dto import StudentDraft
from desktop_app.services.sync_status import SyncPhase
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.sync_review.actions import SyncReviewActions
from desktop_app.ui.tasks import TaskRunner
from tests.auth.conftest import Stack
from tests.support.cut_proxy import CutProxy


@dataclasses.dataclass
class AppWindow:
    store: LocalStore
    window: Any
    services: Any
    sync: Any

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self.store.engine.connect() as connection:
            return [tuple(row) for row in connection.exec_driver_sql(sql, params).all()]

    def review(self) -> SyncReviewActions:
        found = self.window.findChild(SyncReviewActions)
        assert found is not None
        return found


@pytest.fixture
def open_window(stack: Stack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[Callable[[str, str], AppWindow]]:  # type: ignore[no-untyped-def]
    for name in ("XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    opened: list[AppWindow] = []

    def open_one(name: str, database_url: str) -> AppWindow:
        config = write_config(tmp_path / f"{name}.toml", dataclasses.replace(stack.config, database_url=database_url))
        store = LocalStore.open(tmp_path / f"{name}.sqlite3")
        session = connected_session(str(config), store)
        assert session is not None and session.connected is not None
        services = build_services(store, session, TaskRunner())
        window = build_window(services)
        qtbot.addWidget(window)
        app = AppWindow(store, window, services, start_background_sync(window, session, store))
        opened.append(app)
        return app

    yield open_one
    for app in opened:
        quiet_down(qtbot, app.window, app.sync, app.services.runner)
        app.store.close()


def quiet_down(qtbot, window: Any, sync: Any, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Stop background sync and the list refresh, and let in-flight list queries deliver while the window still
    exists (a late answer must not reach a later test's event loop)."""
    from desktop_app.ui.sync_status import RefreshOnPull

    sync.stop()
    for watcher in window.findChildren(RefreshOnPull):
        watcher._timer.stop()
    runner.wait_for_done(10_000)
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=10_000)


def status_texts(app: AppWindow) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in app.window.statusBar().findChildren(QLabel)]


def sign_in_as(stack: Stack, user: str) -> None:
    """Signed in on an earlier day, school chosen: what the app finds in the keyring and its preferences."""
    from platformdirs import user_config_dir

    from desktop_app import APP_AUTHOR, APP_NAME
    from desktop_app.devstack.seed import SCHOOL_A
    from desktop_app.integrations.connected_mode import build_connected

    parts = build_connected(stack.config, Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "preferences.json")
    try:
        person = stack.users[user]
        assert parts.service.sign_in(person.email, person.password).state is SessionState.ONLINE
        assert parts.service.choose_school(SCHOOL_A.id).school is not None
    finally:
        parts.close()


def settle(qtbot, windows: list[AppWindow], done: Callable[[], bool], timeout_s: float = 60) -> None:  # type: ignore[no-untyped-def]
    """Ask every window's engine for a cycle until `done` (as the doorbell and the 30 s timer would)."""
    deadline = time.monotonic() + timeout_s
    while not done():
        assert time.monotonic() < deadline, [w.sync.status() for w in windows]
        for app in windows:
            app.sync.request_sync()
        qtbot.wait(300)


def test_two_windows_edit_one_student_offline_converge_and_show_one_conflict(stack: Stack, open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_as(stack, "secretaria")
    proxy, through_proxy = CutProxy.for_url(stack.config.database_url)
    try:
        one, two = open_window("one", through_proxy), open_window("two", through_proxy)
        windows = [one, two]
        student = one.services.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
        settle(qtbot, windows, lambda: bool(two.rows("SELECT 1 FROM students WHERE id = ?", (student.id,))))
        # The other window's list shows it without anyone searching again (reloaded after the pull).
        qtbot.waitUntil(lambda: two.window.students_view.model.row_of(student.id) >= 0, timeout=10_000)

        proxy.cut()  # the office link goes down: both keep working on their own file
        settle(qtbot, windows, lambda: all(w.sync.status().phase is SyncPhase.offline for w in windows))
        one.services.students.update(student.id, StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 6, 6)))
        two.services.students.update(student.id, StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 7, 7)))
        qtbot.waitUntil(lambda: all(w.sync.status().pending == 1 for w in windows), timeout=20_000)
        qtbot.waitUntil(lambda: "Sin conexión · 1 cambios pendientes" in status_texts(one), timeout=5_000)

        proxy.restore()

        def converged() -> bool:
            rows = [w.rows("SELECT birth_date FROM students WHERE id = ?", (student.id,)) for w in windows]
            return rows[0] == rows[1] and all(w.sync.status().pending == 0 for w in windows) and all(
                w.services.review.summary().total == 1 for w in windows)

        settle(qtbot, windows, converged)
        with psycopg.connect(stack.owner_url) as conn:
            [(server_birth,)] = conn.execute("SELECT birth_date FROM students WHERE id = %s", (student.id,)).fetchall()
            [(kind, fields)] = conn.execute("SELECT kind, payload->'fields' FROM review_items WHERE status = 'open'").fetchall()
        assert server_birth in (date(2015, 6, 6), date(2015, 7, 7))  # the first to arrive; the other is the conflict
        for app in windows:
            assert app.rows("SELECT birth_date FROM students WHERE id = ?", (student.id,)) == [(server_birth.isoformat(),)]
        assert kind == "field_conflict" and set(fields) == {"birth_date"}

        for app in windows:  # the one case, in each window's Revisión
            actions = app.review()
            actions.action.trigger()
            review_window = actions.review_window
            assert review_window is not None and review_window.model.rowCount() == 1
            entry = review_window.model.entry(0)
            assert entry.kind == "field_conflict" and entry.item is not None
            assert {c.field for c in entry.item.conflicts} == {"birth_date"}
            qtbot.waitUntil(lambda a=actions: a.count_label.text() == "Revisión: 1", timeout=15_000)
            review_window.close()
    finally:
        proxy.close()
