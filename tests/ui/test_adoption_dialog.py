"""Archivo → Subir los datos de este equipo al colegio…: menu → preview → confirm → progress → done, over
real SQLite files (the local-mode file and a connected store) and the real worker threads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.app import Session, build_services
from desktop_app.services.adoption import AdoptionService
from desktop_app.services.context import TenantContext
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.adoption import LocalAdoption, mark_path
from desktop_app.ui.adoption.actions import AdoptionActions
from desktop_app.ui.context import Mode
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.tasks import TaskRunner
from tests.sync.adoption_support import local_counts, make_local_store, mark_pulled, sha256_of

SCHOOL = "5c0e2d7a-1b1f-4e4e-9a0a-2f6d3e8b7c01"
USER = "9e3f6a1b-2c4d-4e5f-8a7b-6c5d4e3f2a10"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "modo-local" / "secretaria.sqlite3"
    make_local_store(path, students=6)
    return path


def open_window(qtbot, store: LocalStore, roles: frozenset[str], source: Path,  # type: ignore[no-untyped-def]
                runner: TaskRunner) -> tuple[MainWindow, AdoptionActions]:
    context = TenantContext(SCHOOL, USER, roles, "Rectora")
    LocalSetup(store).adopt(context, school_name="Colegio A", user_email="rectora@colegio.edu.co")
    mark_pulled(store.path, SCHOOL)
    window = MainWindow(build_services(store, Session(context, Mode.connected), runner))
    qtbot.addWidget(window)
    window.show()
    service = AdoptionService(LocalAdoption(source, store), context, school_name="Colegio A")
    return window, AdoptionActions(window, service, runner)


@pytest.fixture
def target(tmp_path: Path) -> Iterator[LocalStore]:
    store = LocalStore.open(tmp_path / "conectado.sqlite3")
    yield store
    store.close()


def test_menu_preview_confirm_progress(qtbot, qapp: QApplication, source: Path, target: LocalStore,  # type: ignore[no-untyped-def]
                                       monkeypatch) -> None:
    runner = TaskRunner()
    before = sha256_of(source)
    window, actions = open_window(qtbot, target, frozenset({"rector"}), source, runner)
    file_menu = window.menuBar().actions()[0].menu()
    assert actions.action in file_menu.actions()
    assert actions.action.text() == "Subir los datos de este equipo al colegio…"

    actions.action.trigger()
    dialog = actions.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.upload_button.isEnabled, timeout=10_000)
    rows = {dialog.table.item(r, 0).text(): int(dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())}
    counts = local_counts(source)
    assert rows["Estudiantes"] == counts["students"] and rows["Matrículas"] == counts["enrollments"]
    assert "Documentos escaneados: 1" in dialog.details.text() and not dialog.problem.isVisible()

    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=20_000)
    assert values and values[-1] == dialog.progress.maximum()
    assert "Listo" in dialog.details.text() and dialog.close_button.text() == "Cerrar"
    assert sum(dialog.result_value.counts.values()) == sum(counts.values())
    assert actions.action.text().startswith("Datos de este equipo subidos el ")
    assert "«Colegio A»" in actions.action.text()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    actions.action.trigger()  # a second time: it says when and where, and offers no upload
    assert shown and "No se suben dos veces." in shown[0] and str(source) in shown[0]
    assert sha256_of(source) == before and mark_path(source).is_file()
    assert runner.wait_for_done(10_000)


def test_a_missing_permission_is_named_and_the_upload_stays_disabled(qtbot, qapp: QApplication, source: Path,  # type: ignore[no-untyped-def]
                                                                      target: LocalStore) -> None:
    runner = TaskRunner(synchronous=True)
    _window, actions = open_window(qtbot, target, frozenset({"secretary"}), source, runner)
    actions.action.trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.problem.isVisible()
    assert "configurar años lectivos y periodos" in dialog.problem.text()
    assert not dialog.upload_button.isEnabled()


def test_the_app_adds_the_entry_for_the_local_mode_file_only(qtbot, qapp: QApplication, source: Path,  # type: ignore[no-untyped-def]
                                                             target: LocalStore, monkeypatch) -> None:
    import desktop_app.app as app_module

    context = TenantContext(SCHOOL, USER, frozenset({"rector"}), "Rectora")
    LocalSetup(target).adopt(context, school_name="Colegio A", user_email="rectora@colegio.edu.co")
    mark_pulled(target.path, SCHOOL)
    session = Session(context, Mode.connected)
    window = MainWindow(build_services(target, session, TaskRunner(synchronous=True)))
    qtbot.addWidget(window)
    monkeypatch.setattr(app_module, "default_store_path", lambda: source)
    actions = app_module.add_adoption_action(window, session, target)
    assert isinstance(actions, AdoptionActions)
    assert actions.action in window.menuBar().actions()[0].menu().actions()
    assert actions._service.preview().survey.counts["students"] == local_counts(source)["students"]
    monkeypatch.setattr(app_module, "default_store_path", lambda: target.path)
    assert app_module.add_adoption_action(window, session, target) is None  # --data-file on the local file itself
