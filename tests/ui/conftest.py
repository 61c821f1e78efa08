"""UI fixtures: a real local store in tmp_path, the real services of its first-run school, and the window.

Most tests get a synchronous `TaskRunner` (work runs inline, so each step is deterministic); the fixtures named
`threaded_*` use the real worker pools and the tests wait for results with `qtbot.waitUntil`/`waitSignal`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.app import Session, build_services, local_session
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import UiServices
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Fresh QSettings per test (language, window state) in tmp_path, never the user's real ones."""
    QCoreApplication.setOrganizationName("SecretariaEscolarTests")
    QCoreApplication.setApplicationName("SecretariaEscolarTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    local_store = LocalStore.open(tmp_path / "secretaria.sqlite3")
    yield local_store
    local_store.close()


@pytest.fixture
def session(store: LocalStore) -> Session:
    return local_session(store)


@pytest.fixture
def services(qapp: QApplication, store: LocalStore, session: Session) -> Iterator[UiServices]:
    runner = TaskRunner(synchronous=True)
    yield build_services(store, session, runner)
    runner.deleteLater()


@pytest.fixture
def threaded_services(qapp: QApplication, store: LocalStore, session: Session) -> Iterator[UiServices]:
    runner = TaskRunner()
    yield build_services(store, session, runner)
    assert runner.wait_for_done(10_000)
    runner.deleteLater()


@pytest.fixture
def main_window(qtbot, services: UiServices) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.start()
    window.show()
    return window
