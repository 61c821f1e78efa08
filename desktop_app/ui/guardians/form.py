"""The guardian form: the guardian's fields (shared with the link dialog) and the dialog that edits one guardian."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.documents import GUARDIAN_DOCUMENT_TYPES, document_label
from desktop_app.domain.errors import FieldError
from desktop_app.services.dto import Changes, GuardianDraft, GuardianRow, StudentRow
from desktop_app.ui.context import UiServices
from desktop_app.ui.errors import error_text
from desktop_app.ui.review_tags import banner_text, with_tag
from desktop_app.ui.tasks import TaskProgress
from desktop_app.ui.widgets.field_error import FieldErrorLabel
from desktop_app.ui.widgets.form_fields import FieldForm

GUARDIAN_FIELDS = ("document_type", "document_number", "full_name", "phone", "email", "address", "occupation", "workplace")


class GuardianFields(QWidget):
    """The fields of one guardian with an error label under each; `load(row)`, `draft()`, `show_errors()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = FieldForm(layout)
        self.document_type_combo = self.form.add_combo(
            self.tr("Tipo de documento"),
            "document_type",
            [(code, f"{code} — {document_label(code)}") for code in GUARDIAN_DOCUMENT_TYPES],
        )
        self.document_number_edit = self.form.add_line(self.tr("Número de documento"), "document_number", max_length=30)
        self.full_name_edit = self.form.add_line(self.tr("Nombre completo"), "full_name")
        self.phone_edit = self.form.add_line(self.tr("Teléfono"), "phone", max_length=30)
        self.email_edit = self.form.add_line(self.tr("Correo electrónico"), "email")
        self.address_edit = self.form.add_line(self.tr("Dirección"), "address")
        self.occupation_edit = self.form.add_line(self.tr("Ocupación"), "occupation", max_length=150)
        self.workplace_edit = self.form.add_line(self.tr("Lugar de trabajo"), "workplace", max_length=150)

    def load(self, row: GuardianRow | GuardianDraft) -> None:
        self.form.load({name: getattr(row, name) for name in GUARDIAN_FIELDS})

    def draft(self) -> GuardianDraft:
        values = self.form.values()
        optional = {name: (values[name] or None) for name in ("phone", "email", "address", "occupation", "workplace")}
        return GuardianDraft(
            document_type=values["document_type"] or "CC",
            document_number=values["document_number"],
            full_name=values["full_name"],
            **optional,
        )

    def set_identity_editable(self, editable: bool) -> None:
        self.document_type_combo.setEnabled(editable)
        self.document_number_edit.setReadOnly(not editable)

    def set_details_editable(self, editable: bool) -> None:
        for name in GUARDIAN_FIELDS[2:]:
            widget = self.form.widget(name)
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        self.form.clear_errors()
        return self.form.show_errors(errors)


class GuardianDialog(QDialog):
    """Edits (or creates) one guardian and lists the students linked to them."""

    guardian_saved = Signal(str)

    def __init__(self, services: UiServices, guardian_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()
        self._guardian_id = guardian_id
        self.resends: int | None = None  # Revisión, *Corregir y reenviar*: the rejected change this save corrects
        self._typed: dict[str, object] | None = None
        self.in_review = False
        self._loaded = guardian_id is None  # a new guardian has nothing to load
        self.setWindowTitle(self.tr("Acudiente") if guardian_id else self.tr("Nuevo acudiente"))
        self.setMinimumWidth(520)
        self.fields = GuardianFields(self)
        self.general_error = FieldErrorLabel(self)
        self.students_label = QLabel(self.tr("Estudiantes a cargo"), self)
        self.students_list = QListWidget(self)
        self.students_list.setMaximumHeight(140)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.review_banner = FieldErrorLabel(self)  # "En revisión" / the correction being made
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_banner)
        layout.addWidget(self.general_error)
        layout.addWidget(self.fields)
        layout.addWidget(self.students_label)
        layout.addWidget(self.students_list)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.students_label.setVisible(guardian_id is not None)
        self.students_list.setVisible(guardian_id is not None)
        if guardian_id:
            self.fields.setEnabled(False)  # until the stored values are in: a late load must not overwrite typing
            self.buttons.setEnabled(False)
            guardians, review = services.guardians, services.review
            self._runner.operation(
                lambda _progress: (guardians.get(guardian_id), guardians.students_of(guardian_id),
                                   review is not None and guardian_id in review.in_review("guardians"))
            ).on_success(self._on_loaded).start()
        self.fields.document_number_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def guardian_id(self) -> str | None:
        return self._guardian_id

    def _on_loaded(self, loaded: tuple[GuardianRow, list[StudentRow], bool]) -> None:
        guardian, students, in_review = loaded
        self.fields.load(guardian)
        self._loaded = True
        if self._typed is not None:
            self._show_typed(self._typed)
        elif in_review:
            self.in_review = True
            self.setWindowTitle(with_tag(self.tr("Acudiente"), True))
            self.review_banner.show_message(banner_text(), warning=True)
        self.fields.setEnabled(True)
        self.buttons.setEnabled(True)
        self.students_list.clear()
        for student in students:
            self.students_list.addItem(f"{student.full_name} — {student.document_type} {student.document_number}")
        if not students:
            self.students_list.addItem(self.tr("(ninguno)"))
        self.fields.full_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def correct_rejected(self, mutation_id: int, typed: Mapping[str, object], reason: str) -> None:
        """Revisión, *Corregir y reenviar*: the data typed in the refused change and the reason; saving sends it
        again, corrected, as one new change (`GuardianService.update(resends=)`)."""
        self.resends = mutation_id
        self._typed = dict(typed)
        self.setWindowTitle(self.tr("Corregir y reenviar"))
        self.review_banner.show_message(
            self.tr("El servidor rechazó este cambio: %1 Corrija los datos y guarde para enviarlo de nuevo.")
            .replace("%1", reason), warning=True)
        if self._loaded:
            self._show_typed(self._typed)

    def _show_typed(self, typed: Mapping[str, object]) -> None:
        shown = {name: "" if typed[name] is None else str(typed[name]) for name in GUARDIAN_FIELDS if name in typed}
        self.fields.form.load({**self.fields.form.values(), **shown})

    @Slot()
    def save(self) -> None:
        draft = self.fields.draft()
        guardians = self._services.guardians
        guardian_id, resends = self._guardian_id, self.resends

        def work(_progress: TaskProgress) -> Changes:
            row = guardians.update(guardian_id, draft, resends=resends) if guardian_id else guardians.create(draft)
            return Changes.of("guardians", row.id)

        self.buttons.setEnabled(False)
        self._runner.operation(work).on_success(self._on_saved).on_error(self._on_save_failed).start()

    def _on_saved(self, changes: Changes) -> None:
        self.buttons.setEnabled(True)
        self._guardian_id = next(iter(changes.ids))
        self.guardian_saved.emit(self._guardian_id)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.general_error.clear_message()
        unplaced = self.fields.show_errors(list(getattr(error, "errors", None) or []))
        if unplaced or not getattr(error, "errors", None):
            self.general_error.show_message(error_text(error))


def guardian_summary(row: GuardianRow) -> str:
    """One line naming a guardian, for confirmation labels."""
    phone_label = QCoreApplication.translate("GuardianDialog", "Tel.")
    phone = f" · {phone_label} {row.phone}" if row.phone else ""
    return f"{row.full_name} ({row.document_type} {row.document_number}){phone}"
