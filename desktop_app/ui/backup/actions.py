"""*Archivo → Datos del colegio… / Copia de seguridad… / Restaurar copia…* and the automatic daily copy.

The UI only gathers choices (where to, which file, "are you sure") and shows results; the work runs in
`BackupService` on the task runner. A restore replaces the store file, which closes it: the app then says
so, starts a new instance of itself (which opens the restored store) and quits — never a window left over a
half-open store.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QStandardPaths, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop_app.services.backup import BackupInfo, RestoreResult
from desktop_app.ui.context import UiServices
from desktop_app.ui.errors import error_text
from desktop_app.ui.labels import format_date

if TYPE_CHECKING:
    from desktop_app.ui.settings.dialog import SchoolSettingsDialog

logger = logging.getLogger(__name__)

DAILY_COPY_DELAY_MS = 30_000  # after start-up, so the copy never competes with the first screen


def describe_backup(info: BackupInfo) -> str:
    """Date, school and counts of a backup, for the confirmation and result messages."""
    when = info.local_created_at()
    lines = [
        QCoreApplication.translate("BackupActions", "Copia del %1 a las %2").replace(
            "%1", format_date(when)).replace("%2", when.strftime("%H:%M")) if when else "",
        QCoreApplication.translate("BackupActions", "Colegio: %1").replace("%1", info.school_name)
        if info.school_name else "",
    ]
    lines += [f"{label}: {info.counts.get(table, 0)}" for table, label in _table_labels().items()]
    return "\n".join(line for line in lines if line)


def _table_labels() -> dict[str, str]:
    """The tables of a backup's manifest a secretary recognises, in the UI's language."""
    translate = QCoreApplication.translate
    return {
        "students": translate("BackupActions", "Estudiantes"),
        "guardians": translate("BackupActions", "Acudientes"),
        "enrollments": translate("BackupActions", "Matrículas"),
        "school_years": translate("BackupActions", "Años lectivos"),
        "sync_outbox": translate("BackupActions", "Cambios sin enviar al servidor"),
    }


class SchoolFileActions(QObject):
    """The three menu actions of the File menu and the daily copy, for one main window."""

    def __init__(self, window: QMainWindow, services: UiServices) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = services.task_runner()
        self.settings_action = QAction(self.tr("&Datos del colegio…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        self.backup_action = QAction(self.tr("&Copia de seguridad…"), window)
        self.backup_action.triggered.connect(self.make_backup)
        self.restore_action = QAction(self.tr("&Restaurar copia…"), window)
        self.restore_action.triggered.connect(self.restore)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(services.backup is not None)
        # the store file was replaced and closed: the app ends and starts again on the restored data
        self.quit_after_restore: Callable[[], None] = relaunch_and_quit
        self.daily_timer = QTimer(self)
        self.daily_timer.setSingleShot(True)
        self.daily_timer.setInterval(DAILY_COPY_DELAY_MS)
        self.daily_timer.timeout.connect(self.daily_copy_now)
        if services.backup is not None:
            self.daily_timer.start()

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    # -- settings -------------------------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> SchoolSettingsDialog:
        # imported on first use, not at start-up
        from desktop_app.ui.settings.dialog import open_school_settings

        dialog = open_school_settings(self._services, self._window)
        restart = getattr(self._window, "start", None)
        if callable(restart):  # the header shows the school's name: read it again after a save
            dialog.saved.connect(lambda _info: restart())
        return dialog

    # -- backup ---------------------------------------------------------------------------------------------

    def default_backup_path(self, today: date | None = None) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) / f"copia-secretaria-{(today or date.today()).isoformat()}.zip"

    @Slot()
    def make_backup(self) -> None:
        zip_filter, folder_filter = self.tr("Copia comprimida (*.zip)"), self.tr("Carpeta sin comprimir (*)")
        path, chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Guardar la copia de seguridad"), str(self.default_backup_path()),
            ";;".join((zip_filter, folder_filter)))
        if not path:
            return
        target = Path(path)
        if chosen == zip_filter and target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        elif chosen == folder_filter and target.suffix.lower() == ".zip":
            target = target.with_suffix("")
        self.backup_to(target)

    def backup_to(self, target: Path) -> None:
        backup = self._services.backup
        if backup is None:
            return
        self._runner.operation(lambda _progress: backup.create(target)).with_progress(
            self._window, self.tr("Haciendo la copia de seguridad…")
        ).on_success(self._on_backup_done).on_error(self._show_error).start()

    def _on_backup_done(self, info: BackupInfo) -> None:
        self.done_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Copia de seguridad"),
            self.tr("La copia de seguridad quedó en:\n%1\n\n%2").replace("%1", str(info.path)).replace(
                "%2", describe_backup(info)), QMessageBox.StandardButton.Ok, self._window)
        self.done_box.open()

    @Slot()
    def daily_copy_now(self) -> None:
        """Today's automatic copy in the data directory (errors go to the status bar and the log)."""
        backup = self._services.backup
        if backup is not None:
            self._runner.operation(lambda _progress: backup.daily()).on_error(self._on_daily_failed).start()

    def _on_daily_failed(self, error: BaseException) -> None:
        logger.warning("daily backup failed: %s", error)
        self._window.statusBar().showMessage(
            self.tr("No se pudo hacer la copia automática de hoy: %1").replace("%1", error_text(error)))

    # -- restore --------------------------------------------------------------------------------------------

    @Slot()
    def restore(self) -> None:
        if not self._ready_to_restore():
            return
        path, _chosen = QFileDialog.getOpenFileName(
            self._window, self.tr("Elegir la copia de seguridad"), str(self.default_backup_path().parent),
            self.tr("Copias de seguridad (*.zip manifest.json)"))
        if path:
            # a folder backup is chosen by its manifest.json
            source = Path(path).parent if Path(path).name == "manifest.json" else Path(path)
            self.check_and_restore(source)

    def _ready_to_restore(self) -> bool:
        unsaved: list[object] = getattr(self._window, "unsaved_forms", list)()
        if unsaved or self._runner.pending():
            QMessageBox.information(
                self._window, self.tr("Restaurar copia"),
                self.tr("Termine o cierre primero los formularios abiertos y espere a que acabe el trabajo en curso."))
            return False
        return True

    def check_and_restore(self, source: Path) -> None:
        """Checks the backup in the background, asks with its date and counts, then restores."""
        backup = self._services.backup
        if backup is None:
            return
        self._runner.operation(lambda _progress: backup.inspect(source)).with_progress(
            self._window, self.tr("Revisando la copia…")
        ).on_success(self._confirm_restore).on_error(self._show_error).start()

    def _confirm_restore(self, info: BackupInfo) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restaurar copia"), self.tr(
            "¿Reemplazar los datos de este computador por los de esta copia?\n\n%1\n\n"
            "Los datos actuales no se borran: se guardan aparte en la carpeta de datos. "
            "La aplicación se reiniciará al terminar.").replace("%1", describe_backup(info)),
            QMessageBox.StandardButton.NoButton, self._window)
        restore_button = box.addButton(self.tr("Restaurar"), QMessageBox.ButtonRole.AcceptRole)
        cancel_button = box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel_button)  # replacing data must be a deliberate click
        self.confirm_box = box
        box.finished.connect(lambda _result: self._on_confirm_finished(box.clickedButton() is restore_button, info))
        box.open()

    def _on_confirm_finished(self, confirmed: bool, info: BackupInfo) -> None:
        backup = self._services.backup
        if not confirmed or backup is None or not self._ready_to_restore():
            return
        self._runner.operation(lambda _progress: backup.restore(info.path)).with_progress(
            self._window, self.tr("Restaurando la copia…")
        ).on_success(self._on_restored).on_error(self._show_error).start()

    def _on_restored(self, result: RestoreResult) -> None:
        # the store is closed: nothing may reach it before the app ends
        self.daily_timer.stop()
        for part in (self._window.centralWidget(), self._window.menuBar()):
            if part is not None:
                part.setEnabled(False)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Copia restaurada"), self.tr(
            "La copia se restauró. Los datos que había antes se guardaron en:\n%1\n\n"
            "Secretaría Escolar se cerrará y se abrirá de nuevo con los datos restaurados."
        ).replace("%1", str(result.previous_store)), QMessageBox.StandardButton.Ok, self._window)
        self.restored_box = box
        box.finished.connect(lambda _result: self.quit_after_restore())
        box.open()

    def _show_error(self, error: BaseException) -> None:
        logger.warning("backup or restore refused: %s", error)
        self.error_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Copia de seguridad"), error_text(error),
                                     QMessageBox.StandardButton.Ok, self._window)
        self.error_box.open()


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments that start this app again with the same options (installed build or Python)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "desktop_app", *sys.argv[1:]]


def relaunch_and_quit() -> None:
    """Starts a new instance of the app (it opens the restored store) and ends this one."""
    program, arguments = relaunch_command()
    if not QProcess.startDetached(program, arguments)[0]:
        logger.warning("could not start the app again after a restore: %s %s", program, arguments)
    QCoreApplication.exit(0)


def add_school_file_actions(window: QMainWindow, menu: QMenu, services: UiServices) -> SchoolFileActions:
    """Adds the settings, backup and restore actions to `menu` (the window's Archivo menu)."""
    actions = SchoolFileActions(window, services)
    actions.add_to(menu)
    return actions


__all__ = ["SchoolFileActions", "add_school_file_actions", "describe_backup"]
