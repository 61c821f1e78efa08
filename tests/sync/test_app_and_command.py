"""The open app (signed in, background sync running) and `desktop-app sync --config FILE` run again and again
in another process on the same store file, with access tokens that go stale in seconds, so both refresh the
one session many times: refresh tokens are single-use (no reuse window here), yet neither is signed out,
because refreshes are serialised across processes (sync/tokens.py) and both keep syncing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desktop_app import app as app_module
from desktop_app.app import build_services, build_window, connected_session
from desktop_app.config import write_config
from desktop_app.devstack.auth_server import AuthConfig, AuthServer
from desktop_app.integrations.supabase_auth import REFRESH_MARGIN_SECONDS
from desktop_app.services.auth import SessionState
from desktop_app.services.dto import StudentDraft
from desktop_app.services.sync_status import SyncPhase
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.tasks import TaskRunner
from tests.auth.conftest import Stack
from tests.sync.test_two_windows import quiet_down, sign_in_as

FRESH_S = 2
RUNS = 3
"""How long a token counts as fresh: the app refreshes it when less than REFRESH_MARGIN_SECONDS is left."""


@pytest.fixture
def auth_server() -> Iterator[AuthServer]:
    config = AuthConfig(jwt_exp=REFRESH_MARGIN_SECONDS + FRESH_S, refresh_token_reuse_interval=0.0)
    server = AuthServer(config).start()
    yield server
    server.stop()


def run_command(config: Path, store: Path, keyring_file: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
           "KEYRING_PROPERTY_FILE_PATH": keyring_file}
    return subprocess.run([sys.executable, "-m", "desktop_app", "sync", "--config", str(config),
                           "--data-file", str(store)], env=env, capture_output=True, text=True, timeout=120)


def test_the_app_and_the_sync_command_refresh_one_session_together_and_neither_is_signed_out(
    stack: Stack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    runners: list[Any] = []
    original = app_module.start_background_sync
    monkeypatch.setattr(app_module, "start_background_sync",
                        lambda *args: runners.append(original(*args)) or runners[-1])
    sign_in_as(stack, "secretaria")
    config = write_config(tmp_path / "secretaria.toml", stack.config)
    store_path = tmp_path / "conectado.sqlite3"
    keyring_file = str(stack.keyring.file_path)  # type: ignore[attr-defined]
    tokens_before = len(stack.auth.state.tokens)

    with LocalStore.open(store_path) as store:
        session = connected_session(str(config), store)
        assert session is not None and session.connected is not None
        runner = TaskRunner()
        services = build_services(store, session, runner)
        window = build_window(services)
        qtbot.addWidget(window)
        app_module.watch_connected_session(window, session, runner, store)  # session watcher + background sync
        [sync] = runners
        outputs: list[str] = []
        try:
            for n in range(RUNS):
                services.students.create(StudentDraft("TI", f"10123456{n:02d}", f"Estudiante {n}", date(2015, 1, 1 + n)))
                qtbot.wait(FRESH_S * 1000)  # the app's token goes stale meanwhile; its sync refreshes it
                done = run_command(config, store_path, keyring_file)
                outputs.append(done.stdout)
                assert done.returncode == 0, done.stderr[-3000:]
                assert "pending=" in done.stdout and "rejected=0" in done.stdout
            # Both kept working: the app's session is still online, and its sync still reaches the server.
            services.students.create(StudentDraft("TI", "1012345699", "Después Del Comando", date(2015, 2, 2)))
            with psycopg.connect(stack.owner_url) as conn:
                deadline = time.monotonic() + 30
                while conn.execute("SELECT count(*) FROM students").fetchone() != (RUNS + 1,):
                    assert time.monotonic() < deadline, (outputs, sync.status())
                    sync.request_sync()
                    qtbot.wait(300)
            qtbot.waitUntil(lambda: sync.status().phase is SyncPhase.synced and sync.status().pending == 0,
                            timeout=20_000)
            assert session.connected.service.check().state is SessionState.ONLINE
            refreshes = len(stack.auth.state.tokens) - tokens_before
            print(f"refreshes={refreshes} command_runs={RUNS + 1}")
            # Each run starts with a stale token, so the session was refreshed at least once per run (by the
            # app or the command, whichever came first: both share the lock and re-read the keyring).
            assert refreshes >= RUNS, (refreshes, outputs)
            assert run_command(config, store_path, keyring_file).returncode == 0  # and the command still can
        finally:
            quiet_down(qtbot, window, sync, runner)
            session.connected.close()
