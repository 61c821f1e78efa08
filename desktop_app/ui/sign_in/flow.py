"""Start-up in connected mode: restore the session, sign in if needed, pick the school."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.services.auth import AuthService, AuthStatus, SessionState
from desktop_app.ui.sign_in.connecting import run_connecting
from desktop_app.ui.sign_in.dialog import SignInDialog
from desktop_app.ui.sign_in.school_picker import SchoolPickerDialog
from desktop_app.ui.sign_in.texts import notice_message
from desktop_app.ui.tasks import TaskRunner, shared_runner


def sign_in_flow(
    service: AuthService, parent: QWidget | None = None, *, restore: bool = True, runner: TaskRunner | None = None
) -> AuthStatus | None:
    """Run until the user may work in one school (online or offline); None when the user gives up.

    Every server call runs off the UI thread ("Conectando…" with Cancelar); cancelling the session restore
    goes to the sign-in dialog.
    """
    runner = runner or shared_runner()
    status = service.status
    if restore:
        restored = run_connecting(runner, parent, service.start)
        if restored.error is not None:
            raise restored.error
        status = restored.result if restored.result is not None else AuthStatus(SessionState.SIGNED_OUT)
    if status.state is SessionState.OFFLINE and not status.schools:
        QMessageBox.warning(parent, QCoreApplication.translate("QDialog", "Sin conexión"), notice_message(status.notice))
    while True:
        if status.state in (SessionState.SIGNED_OUT, SessionState.MUST_SIGN_IN) or (
            status.state is SessionState.OFFLINE and not status.schools
        ):
            email = status.identity.email if status.identity else ""
            dialog = SignInDialog(service, parent, email=email, runner=runner)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            status = dialog.status
            continue
        if status.school is None:
            picker = SchoolPickerDialog(service, parent)
            if picker.exec() != QDialog.DialogCode.Accepted:
                return None
            status = picker.status
            continue
        return status
