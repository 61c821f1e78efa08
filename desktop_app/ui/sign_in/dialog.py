"""The sign-in dialog: e-mail and password, a clear message on refusal, nothing typed is ever cleared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.auth import AuthService, AuthStatus, SessionState
from desktop_app.ui.sign_in.texts import notice_message


class SignInDialog(QDialog):
    """Asks for e-mail and password and signs in through `AuthService`; accepted once the user may work."""

    def __init__(self, service: AuthService, parent: QWidget | None = None, email: str = "") -> None:
        super().__init__(parent)
        self._service = service
        self.status: AuthStatus = service.status
        self.setWindowTitle(self.tr("Iniciar sesión — Secretaría Escolar"))
        self.setMinimumWidth(420)

        self.intro = QLabel(self.tr("Escriba el correo y la contraseña de su usuario del colegio."), self)
        self.intro.setWordWrap(True)
        self.email = QLineEdit(email, self)
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("nombre@colegio.edu.co"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        self.message.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Correo electrónico:"), self.email)
        form.addRow(self.tr("Contraseña:"), self.password)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Iniciar sesión"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Salir"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if service.status.notice:
            self.show_message(notice_message(service.status.notice))
        (self.password if email else self.email).setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        self.sign_in_button.setEnabled(False)
        self.show_message(self.tr("Conectando…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            self.status = self._service.sign_in(self.email.text(), self.password.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.sign_in_button.setEnabled(True)
        if not self.status.refused and self.status.state in (SessionState.ONLINE, SessionState.OFFLINE):
            self.show_message("")
            self.accept()
            return
        # Refused: say why, keep what was typed, let the password be retyped over the selection.
        self.show_message(notice_message(self.status.notice))
        self.password.setFocus()
        self.password.selectAll()
