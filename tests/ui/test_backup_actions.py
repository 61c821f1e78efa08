"""The File menu's backup actions on the real window: copy, daily copy, refused restore, restore and quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.services.dto import StudentDraft
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import UiServices
from desktop_app.ui.main_window.window import MainWindow


def _menu_texts(window: MainWindow) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    return [action.text().replace("&", "") for action in file_menu.actions() if action.text()]


def test_file_menu_offers_settings_backup_and_restore(main_window: MainWindow) -> None:
    texts = _menu_texts(main_window)
    for wanted in ("Datos del colegio…", "Copia de seguridad…", "Restaurar copia…"):
        assert wanted in texts
    assert texts.index("Restaurar copia…") < texts.index("Salir")


def test_backup_then_restore_asks_with_date_and_counts_and_then_closes_the_app(  # type: ignore[no-untyped-def]
    qtbot, main_window: MainWindow, services: UiServices, store: LocalStore, tmp_path: Path
) -> None:
    services.students.create(StudentDraft("TI", "1012345678", "Ana Ruiz", None))
    actions = main_window.school_file_actions
    actions.backup_to(tmp_path / "copia.zip")
    assert (tmp_path / "copia.zip").is_file()
    assert "Estudiantes: 1" in actions.done_box.text()
    services.students.create(StudentDraft("TI", "1012345679", "Luis Peña", None))
    quit_calls: list[bool] = []
    actions.quit_after_restore = lambda: quit_calls.append(True)

    actions.check_and_restore(tmp_path / "copia.zip")
    box = actions.confirm_box
    assert box.isVisible() and "Estudiantes: 1" in box.text() and "Copia del " in box.text()
    restore_button = next(b for b in box.buttons() if b.text() == "Restaurar")
    restore_button.click()

    assert actions.restored_box.isVisible() and "antes-de-restaurar" in actions.restored_box.text()
    assert not main_window.menuBar().isEnabled()  # nothing may reach the closed store before the app ends
    actions.restored_box.button(QMessageBox.StandardButton.Ok).click()
    assert quit_calls == [True]
    assert list(store.path.parent.glob("*antes-de-restaurar*.sqlite3"))


def test_a_foreign_file_is_refused_with_a_message_and_nothing_changes(  # type: ignore[no-untyped-def]
    main_window: MainWindow, services: UiServices, tmp_path: Path
) -> None:
    foreign = tmp_path / "fotos.zip"
    foreign.write_bytes(b"no es un zip")
    actions = main_window.school_file_actions
    actions.check_and_restore(foreign)
    assert "no es una copia de seguridad de Secretaría Escolar" in actions.error_box.text()
    assert services.school.info().name  # the store is still open and readable


def test_the_daily_copy_goes_to_the_data_directory(main_window: MainWindow, store: LocalStore) -> None:
    assert main_window.school_file_actions.daily_timer.isActive()  # waits until the first screen is done
    main_window.school_file_actions.daily_copy_now()
    assert len(list((store.path.parent / "copias").glob("copia-automatica-*.zip"))) == 1


def test_renaming_the_school_in_the_settings_updates_the_window_header(  # type: ignore[no-untyped-def]
    qtbot, main_window: MainWindow
) -> None:
    dialog = main_window.school_file_actions.open_settings()
    qtbot.waitUntil(lambda: bool(dialog.name_edit.text()))
    dialog.name_edit.setText("Colegio Nuevo Amanecer")
    dialog.save()
    qtbot.waitUntil(lambda: main_window.school_label.text() == "Colegio Nuevo Amanecer")
    assert "Colegio Nuevo Amanecer" in main_window.windowTitle()


def test_the_app_restarts_itself_with_the_same_options_after_a_restore(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from desktop_app.ui.backup.actions import relaunch_command

    monkeypatch.setattr(sys, "argv", ["/opt/app/desktop-app", "--data-file", "/datos/s.sqlite3", "--lang", "en"])
    assert relaunch_command() == (sys.executable, ["-m", "desktop_app", "--data-file", "/datos/s.sqlite3", "--lang", "en"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["C:/SecretariaEscolar/SecretariaEscolar.exe", "--lang", "en"])
    assert relaunch_command() == (sys.executable, ["--lang", "en"])
