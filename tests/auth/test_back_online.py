"""The offline banner and mode clear by themselves when the server answers again (walk-through: they stayed)."""

from __future__ import annotations

from desktop_app.storage.local import LocalStore
from desktop_app.ui.sign_in.watcher import SessionWatcher
from tests.auth.conftest import Stack
from tests.auth.test_app_connected import write_config


def test_the_window_leaves_offline_mode_when_the_connection_is_back(qtbot, stack: Stack, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.app import build_services, build_window, connected_session, watch_connected_session
    from desktop_app.ui.context import Mode
    from desktop_app.ui.tasks import TaskRunner

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    config = write_config(tmp_path / "config.toml", stack.config)
    stack.app().service.sign_in(stack.users["rectora"].email, stack.users["rectora"].password)
    with LocalStore.open(tmp_path / "store.sqlite") as store:
        session = connected_session(str(config), store)  # online once, so the schools are cached
        assert session is not None
        session.connected.close()
        stack.auth.stop()
        session = connected_session(str(config), store)
        assert session is not None and session.mode == Mode.offline
        window = build_window(build_services(store, session, TaskRunner(synchronous=True)))
        qtbot.addWidget(window)
        window.show()
        watch_connected_session(window, session, TaskRunner(synchronous=True))
        assert window.banner.isVisible() and window.mode_label.text() == "Modo: Sin conexión"

        stack.auth.start()
        window.findChild(SessionWatcher).check_now()
        assert not window.banner.isVisible()
        assert window.mode_label.text() == "Modo: Conectado"
        session.connected.close()
        watcher = window.findChild(SessionWatcher)
        assert watcher.timer.interval() == 60_000  # online again: the normal pace
