"""Start-up in connected mode: restore the session, sign in if needed, pick the school."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.services.auth import AuthService, AuthStatus, SessionState
from desktop_app.ui.sign_in.dialog import SignInDialog
from desktop_app.ui.sign_in.school_picker import SchoolPickerDialog
from desktop_app.ui.sign_in.texts import notice_message


def sign_in_flow(service: AuthService, parent: QWidget | None = None, *, restore: bool = True) -> AuthStatus | None:
    """Run until the user may work in one school (online or offline); None when the user gives up."""
    status = service.start() if restore else service.status
    if status.state is SessionState.OFFLINE and not status.schools:
        QMessageBox.warning(parent, QDialog.tr("Sin conexión"), notice_message(status.notice))  # type: ignore[call-arg,arg-type]  # tr() on the class works; the stubs say no
    while True:
        if status.state in (SessionState.SIGNED_OUT, SessionState.MUST_SIGN_IN) or (
            status.state is SessionState.OFFLINE and not status.schools
        ):
            email = status.identity.email if status.identity else ""
            dialog = SignInDialog(service, parent, email=email)
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
