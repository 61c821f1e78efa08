"""The sign-in dialog: e-mail and password, a clear message on refusal, nothing typed is ever cleared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from desktop_app.ui.tasks import TaskRunner, shared_runner


class SignInDialog(QDialog):
    """Asks for e-mail and password and signs in through `AuthService`; accepted once the user may work."""

    def __init__(
        self, service: AuthService, parent: QWidget | None = None, email: str = "", runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        # the request runs in the runner's network lane: a server that never answers must not freeze the window
        self._runner = runner or shared_runner()
        self._attempt = 0
        self._connecting = False
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
        self.cancel_button = self.buttons.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setToolTip(self.tr("Dejar de esperar al servidor"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
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

    def is_connecting(self) -> bool:
        return self._connecting

    def submit(self) -> None:
        if self._connecting:
            return
        self._attempt += 1
        attempt = self._attempt
        self._set_connecting(True)
        self.show_message(self.tr("Conectando…"))
        service, email, password = self._service, self.email.text(), self.password.text()
        self._runner.operation(lambda _progress: service.sign_in(email, password)).lane("net").on_success(
            lambda status: self._on_answer(attempt, status)
        ).on_error(lambda error: self._on_failed(attempt, error)).start()

    def cancel(self) -> None:
        """Stop waiting for the server: the fields stay as typed and the user may try again or quit."""
        if not self._connecting:
            return
        self._attempt += 1  # the abandoned request's answer, if it ever comes, is ignored
        self._set_connecting(False)
        self.show_message(self.tr("Se canceló la conexión. Revise el internet e intente de nuevo."))

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def _set_connecting(self, connecting: bool) -> None:
        self._connecting = connecting
        self.sign_in_button.setEnabled(not connecting)
        self.cancel_button.setVisible(connecting)
        self.email.setReadOnly(connecting)
        self.password.setReadOnly(connecting)
        if connecting:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _on_failed(self, attempt: int, error: BaseException) -> None:
        if attempt != self._attempt:
            return
        self._set_connecting(False)
        self.show_message(notice_message("unavailable"))

    def _on_answer(self, attempt: int, status: AuthStatus) -> None:
        if attempt != self._attempt:
            return
        self._set_connecting(False)
        self.status = status
        if not self.status.refused and self.status.state in (SessionState.ONLINE, SessionState.OFFLINE):
            self.show_message("")
            self.accept()
            return
        # Refused: say why, keep what was typed, let the password be retyped over the selection.
        self.show_message(notice_message(self.status.notice))
        self.password.setFocus()
        self.password.selectAll()
