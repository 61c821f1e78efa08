"""`desktop-app --config FILE` in a separate process: with a session in the keyring it opens the main
window in connected mode, and also when the servers are unreachable (offline), on the same local store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from keyrings.alt.file import PlaintextKeyring

from desktop_app.config import write_config
from desktop_app.devstack.seed import SCHOOL_A
from desktop_app.storage.local.store import LocalStore
from tests.auth.conftest import Stack


def run_app(config: Path, tmp: Path, keyring_file: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "KEYRING_PROPERTY_FILE_PATH": str(keyring_file),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_STATE_HOME": str(tmp / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--config", str(config), "--self-check",
         "--data-file", str(tmp / "store.sqlite")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_app_opens_connected_and_offline_from_the_config_file(stack: Stack, tmp_path: Path) -> None:
    keyring_file = tmp_path / "keyring.cfg"
    keyring = PlaintextKeyring()
    keyring.file_path = str(keyring_file)
    config = write_config(tmp_path / "config.toml", stack.config)
    # Signed in on an earlier day: the session is in the keyring; the app must not ask again.
    parts = stack.app(keyring=keyring)
    assert parts.service.sign_in(stack.users["rectora"].email, stack.users["rectora"].password).can_work

    online = run_app(config, tmp_path, keyring_file)
    assert online.returncode == 0 and "ready" in online.stdout, online.stderr[-2000:]

    stack.auth.stop()
    offline = run_app(config, tmp_path, keyring_file)
    assert offline.returncode == 0 and "ready" in offline.stdout, offline.stderr[-2000:]

    with LocalStore.open(tmp_path / "store.sqlite") as store, store.read() as session:
        assert session.get("schools", SCHOOL_A.id, school_id=SCHOOL_A.id)["name"] == SCHOOL_A.name
        assert store.pending_outbox_count() == 0  # the server's rows are never pushed back
    [preferences] = (tmp_path / "config").rglob("preferences.json")  # written by the online run
    assert SCHOOL_A.id in preferences.read_text() and "eyJ" not in preferences.read_text()


def test_offline_start_shows_the_offline_banner_and_online_hides_it(qtbot, stack: Stack, tmp_path, monkeypatch) -> None:
    from desktop_app.app import build_services, build_window, connected_session, watch_connected_session
    from desktop_app.ui.context import Mode
    from desktop_app.ui.tasks import TaskRunner

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    config = write_config(tmp_path / "config.toml", stack.config)
    stack.app().service.sign_in(stack.users["rectora"].email, stack.users["rectora"].password)
    with LocalStore.open(tmp_path / "store.sqlite") as store:
        for online in (True, False):
            if not online:
                stack.auth.stop()
            session = connected_session(str(config), store)
            assert session is not None and session.mode == (Mode.connected if online else Mode.offline)
            window = build_window(build_services(store, session, TaskRunner(synchronous=True)))
            qtbot.addWidget(window)
            watch_connected_session(window, session, TaskRunner(synchronous=True))
            assert window.banner.isVisibleTo(window) is not online
            if not online:
                assert window.banner.label.text().startswith("Sin conexión")
            session.connected.close()


def test_cerrar_sesion_signs_out_closes_the_window_and_keeps_local_data(qtbot, stack: Stack, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import build_services, build_window, connected_session, watch_connected_session
    from desktop_app.services.auth import SessionState
    from desktop_app.ui.tasks import TaskRunner

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    config = write_config(tmp_path / "config.toml", stack.config)
    stack.app().service.sign_in(stack.users["rectora"].email, stack.users["rectora"].password)
    with LocalStore.open(tmp_path / "store.sqlite") as store:
        session = connected_session(str(config), store)
        assert session is not None
        window = build_window(build_services(store, session, TaskRunner(synchronous=True)))
        qtbot.addWidget(window)
        window.show()
        watch_connected_session(window, session, TaskRunner(synchronous=True))
        [action] = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Cerrar &sesión"]
        action.trigger()

        assert session.connected.service.status.state is SessionState.SIGNED_OUT
        assert shown and shown[0].startswith("Sesión cerrada") and not window.isVisible()
        # The keyring holds no session any more: the next start asks for the password ...
        assert stack.app().service.start().state is SessionState.SIGNED_OUT
        # ... and the school's data on this PC is still there.
        with store.read() as local:
            assert local.get("schools", SCHOOL_A.id, school_id=SCHOOL_A.id) is not None
        session.connected.close()
