"""*Registrar autorización…*: the signed Ley 1581 form, typed in: who signed, when, and each purpose's answer.

No purpose has a default answer (the authorisation must be express); a refusal from the service (an uncle
signing, a purpose left blank) is shown here and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.consent import ConsentVersion
from desktop_app.domain.relationships import relationship_label
from desktop_app.services.consent import ConsentService
from desktop_app.services.dto import EnrollmentRow, LinkedGuardianRow
from desktop_app.ui.errors import error_text
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.widgets.field_error import FieldErrorLabel

ADULT_STUDENT = "__estudiante__"


class ConsentDialog(QDialog):
    """Records one matrícula's authorisation through `ConsentService.record`, in the task runner."""

    saved = Signal()

    def __init__(
        self, consent: ConsentService, runner: TaskRunner, enrollment: EnrollmentRow,
        guardians: list[LinkedGuardianRow], version: ConsentVersion | None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._consent = consent
        self._runner = runner
        self._enrollment = enrollment
        self.setWindowTitle(self.tr("Autorización de datos personales — %s") % enrollment.student_name)
        self.setMinimumWidth(520)
        self.version_label = QLabel(self)
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)
        self.version_label.setText(
            self.tr("Texto %s · %s") % (version.version, version.short_hash) if version
            else self.tr("El colegio aún no tiene texto de autorización."))
        self.signer_combo = QComboBox(self)
        self.signer_combo.addItem(self.tr("Elija quién firma…"), None)
        for link in guardians:
            self.signer_combo.addItem(f"{link.guardian.full_name} — {relationship_label(link.relationship)}",
                                      link.guardian_id)
        self.signer_combo.addItem(self.tr("El (la) estudiante, mayor de edad"), ADULT_STUDENT)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.heard_check = QCheckBox(self.tr("Se escuchó la opinión del estudiante"), self)

        self.groups: dict[str, QButtonGroup] = {}
        self.labels: dict[str, str] = {}
        grid = QGridLayout()
        for row, purpose in enumerate(version.purposes if version else ()):
            note = self.tr(" (dato sensible, opcional)") if purpose.sensitive else (
                self.tr(" (opcional)") if not purpose.required else "")
            grid.addWidget(QLabel(purpose.label + note, self), row, 0)
            group = QButtonGroup(self)
            yes, no = QRadioButton(self.tr("Autoriza"), self), QRadioButton(self.tr("No autoriza"), self)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            self.groups[purpose.code] = group
            self.labels[purpose.code] = purpose.label

        form = QFormLayout()
        form.addRow(self.tr("Firma:"), self.signer_combo)
        form.addRow(self.tr("Fecha de la firma:"), self.date_edit)
        form.addRow("", self.heard_check)
        self.error_label = FieldErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(version is not None)

    def answers(self) -> dict[str, bool | None]:
        return {code: None if group.checkedId() < 0 else bool(group.checkedId()) for code, group in self.groups.items()}

    def answer(self, code: str, authorises: bool) -> None:
        self.groups[code].button(1 if authorises else 0).setChecked(True)

    def choose_signer(self, guardian_id: str | None) -> None:
        self.signer_combo.setCurrentIndex(self.signer_combo.findData(guardian_id or ADULT_STUDENT))

    def show_error(self, text: str) -> None:
        self.error_label.show_message(text)

    @Slot()
    def save(self) -> None:
        signer = self.signer_combo.currentData()
        if signer is None:
            self.show_error(self.tr("Elija quién firma la autorización."))
            return
        guardian_id = None if signer == ADULT_STUDENT else str(signer)
        answers = self.answers()
        qdate = self.date_edit.date()
        signed_on = date(qdate.year(), qdate.month(), qdate.day())
        heard = self.heard_check.isChecked()
        consent, enrollment_id = self._consent, self._enrollment.id
        self._runner.operation(lambda _progress: consent.record(
            enrollment_id, guardian_id=guardian_id, answers=answers, signed_on=signed_on, minor_heard=heard,
        )).on_success(self._on_saved).on_error(lambda error: self.show_error(error_text(error))).start()

    def _on_saved(self, _item: object) -> None:
        self.saved.emit()
        self.accept()
