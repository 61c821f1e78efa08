"""The "Cerrar sesión" actions of connected mode: sign out on this PC or on every PC, keeping local data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.auth import AuthService, SessionState
from desktop_app.ui.main_window.window import MainWindow
from desktop_app.ui.sign_in.connecting import run_connecting
from desktop_app.ui.sign_in.texts import notice_message
from desktop_app.ui.tasks import TaskRunner, shared_runner


def add_sign_out_actions(window: MainWindow, service: AuthService, runner: TaskRunner | None = None) -> list[QAction]:
    """Add the two sign-out actions to the window's file menu and return them."""
    tasks = runner or shared_runner()
    this_pc = QAction(QCoreApplication.translate("SignOut", "Cerrar &sesión"), window)
    everywhere = QAction(QCoreApplication.translate("SignOut", "Cerrar sesión en &todos los equipos"), window)
    this_pc.triggered.connect(lambda: sign_out(window, service, everywhere=False, runner=tasks))
    everywhere.triggered.connect(lambda: sign_out(window, service, everywhere=True, runner=tasks))
    window.add_file_actions([this_pc, everywhere])
    return [this_pc, everywhere]


def sign_out(window: MainWindow, service: AuthService, *, everywhere: bool, runner: TaskRunner | None = None) -> bool:
    """Sign out and close the window; the next start asks for the password. Returns whether it signed out.

    The server call runs off the UI thread ("Conectando…" with Cancelar; cancelling keeps the session)."""
    if window.unsaved_forms():
        QMessageBox.information(
            window, QCoreApplication.translate("SignOut", "Cerrar sesión"),
            QCoreApplication.translate(
                "SignOut", "Guarde o cierre primero los formularios abiertos; no se pierde nada de lo escrito."),
        )
        return False
    outcome = run_connecting(runner or shared_runner(), window, lambda: service.sign_out(everywhere=everywhere))
    if outcome.error is not None:
        raise outcome.error
    status = outcome.result
    if status is None:  # cancelled
        return False
    if status.state is not SessionState.SIGNED_OUT:
        QMessageBox.warning(
            window, QCoreApplication.translate("SignOut", "Cerrar sesión"), notice_message(status.notice))
        return False
    QMessageBox.information(
        window, QCoreApplication.translate("SignOut", "Cerrar sesión"),
        QCoreApplication.translate(
            "SignOut",
            "Sesión cerrada. Los datos guardados en este computador se conservan; "
            "la próxima vez que abra la aplicación se le pedirá la contraseña."),
    )
    window.close()
    return True
