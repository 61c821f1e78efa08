"""The school picker: shown when the user works in several schools; the last one chosen comes first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.auth import AuthService, AuthStatus
from desktop_app.ui.sign_in.texts import roles_text


class SchoolPickerDialog(QDialog):
    """Lists the user's active schools with their roles; accepting chooses one through `AuthService`."""

    def __init__(self, service: AuthService, parent: QWidget | None = None, preselect: str | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.status: AuthStatus = service.status
        self.setWindowTitle(self.tr("Elegir colegio"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Su usuario trabaja en varios colegios. ¿En cuál va a trabajar ahora?"), self)
        intro.setWordWrap(True)
        self.schools = QListWidget(self)
        self.schools.setObjectName("schools")
        for membership in service.status.schools:
            item = QListWidgetItem(f"{membership.school_name} — {roles_text(membership.roles)}")
            item.setData(Qt.ItemDataRole.UserRole, membership.school_id)
            self.schools.addItem(item)
            if membership.school_id == preselect:
                self.schools.setCurrentItem(item)
        if self.schools.currentRow() < 0 and self.schools.count():
            self.schools.setCurrentRow(0)
        self.schools.itemDoubleClicked.connect(lambda _item: self.choose())
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Entrar"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.schools)
        layout.addWidget(buttons)

    def choose(self) -> None:
        item = self.schools.currentItem()
        if item is None:
            return
        self.status = self._service.choose_school(item.data(Qt.ItemDataRole.UserRole))
        if self.status.school is not None:
            self.accept()
