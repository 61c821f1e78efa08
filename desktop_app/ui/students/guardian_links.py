"""The student form's guardians tab: the ordered list of links and the dialog that adds or edits one link."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError
from desktop_app.services.dto import GuardianDraft, GuardianLinkDraft, GuardianRow
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.errors import error_text
from desktop_app.ui.guardians.form import GuardianFields, guardian_summary
from desktop_app.ui.id_table_model import ItemRole
from desktop_app.ui.widgets.field_error import FieldErrorLabel

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LinkEntry:
    """A guardian shown in the tab: the guardian, the link as edited, and whether it was already saved.

    A guardian typed in the link dialog and not registered yet carries its `new_guardian` draft (and a
    stand-in row to show): the student's save registers it in the same transaction.
    """

    guardian: GuardianRow
    link: GuardianLinkDraft
    saved: bool = False
    new_guardian: GuardianDraft | None = None


def pending_guardian_row(draft: GuardianDraft) -> GuardianRow:
    """What the tab shows for a guardian the student's save will register (its id is only a list key)."""
    number = draft.document_number.strip()
    return GuardianRow(
        id=f"nuevo:{draft.document_type}:{number}", document_type=draft.document_type, document_number=number,
        full_name=draft.full_name.strip(), phone=draft.phone, email=draft.email, address=draft.address,
        occupation=draft.occupation, workplace=draft.workplace, is_active=True,
    )


class GuardianLinksModel(QAbstractTableModel):
    """The student's guardians in priority order (small list: everything in memory)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LinkEntry] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Nombre"),
            self.tr("Documento"),
            self.tr("Parentesco"),
            self.tr("Principal"),
            self.tr("Puede recoger"),
            self.tr("Emergencia"),
        ]

    def entries(self) -> list[LinkEntry]:
        return list(self._entries)

    def set_entries(self, entries: list[LinkEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def add_or_replace(self, entry: LinkEntry) -> int:
        for row, existing in enumerate(self._entries):
            if existing.guardian.id == entry.guardian.id:
                self._entries[row] = dataclasses.replace(entry, saved=existing.saved)
                self._normalise_primary(row)
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, self.columnCount() - 1))
                return row
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()
        self._normalise_primary(row)
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._entries) and 0 <= target < len(self._entries)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._entries.insert(target, self._entries.pop(row))
        self.endMoveRows()
        return target

    def _normalise_primary(self, primary_row: int) -> None:
        # one primary guardian at most: marking a new one clears the others
        if not self._entries[primary_row].link.is_primary:
            return
        for row, entry in enumerate(self._entries):
            if row != primary_row and entry.link.is_primary:
                self._entries[row] = dataclasses.replace(entry, link=dataclasses.replace(entry.link, is_primary=False))
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ItemRole.IdRole:
            return entry.guardian.id
        if role == ItemRole.RowRole:
            return entry
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        yes = self.tr("Sí")
        values = (
            entry.guardian.full_name,
            f"{entry.guardian.document_type} {entry.guardian.document_number}",
            labels.relationship_label(entry.link.relationship),
            yes if entry.link.is_primary else "",
            yes if entry.link.can_pickup else "",
            yes if entry.link.is_emergency_contact else "",
        )
        return values[index.column()]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GuardianLinkDialog(QDialog):
    """Finds a guardian by document (reusing the record siblings share) or creates one, then sets the link."""

    def __init__(self, services: UiServices, entry: LinkEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()
        self._found: GuardianRow | None = entry.guardian if entry else None
        self._new_guardian: GuardianDraft | None = entry.new_guardian if entry else None
        self._searched = entry is not None
        self.result_entry: LinkEntry | None = None
        self.setWindowTitle(self.tr("Acudiente del estudiante"))
        self.setMinimumWidth(560)

        self.fields = GuardianFields(self)
        self.find_button = QPushButton(self.tr("Buscar por documento"), self)
        self.find_status = QLabel(self.tr("Escriba el documento y pulse Enter para buscar si ya está registrado."), self)
        self.find_status.setWordWrap(True)
        self.general_error = FieldErrorLabel(self)

        link_box = QGroupBox(self.tr("Vínculo con el estudiante"), self)
        link_form = QFormLayout(link_box)
        self.relationship_combo = QComboBox(link_box)
        for code, label in labels.relationships():
            self.relationship_combo.addItem(label, code)
        self.primary_check = QCheckBox(self.tr("Acudiente principal"), link_box)
        self.pickup_check = QCheckBox(self.tr("Puede recoger al estudiante"), link_box)
        self.emergency_check = QCheckBox(self.tr("Contacto de emergencia"), link_box)
        link_form.addRow(self.tr("Parentesco"), self.relationship_combo)
        link_form.addRow("", self.primary_check)
        link_form.addRow("", self.pickup_check)
        link_form.addRow("", self.emergency_check)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aceptar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_status, 1)
        find_row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.fields)
        layout.addLayout(find_row)
        layout.addWidget(link_box)
        layout.addWidget(self.buttons)

        self.find_button.clicked.connect(self.find_guardian)
        self.fields.document_number_edit.textEdited.connect(self._on_document_edited)
        self.fields.document_type_combo.currentIndexChanged.connect(self._on_document_edited)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.submit)

        if entry is not None:
            self.fields.load(entry.guardian)
            self._show_found(entry.guardian)
            self.relationship_combo.setCurrentIndex(max(self.relationship_combo.findData(entry.link.relationship), 0))
            self.primary_check.setChecked(entry.link.is_primary)
            self.pickup_check.setChecked(entry.link.can_pickup)
            self.emergency_check.setChecked(entry.link.is_emergency_contact)
            self.fields.set_identity_editable(False)
            self.find_button.setEnabled(False)
            self.relationship_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.fields.set_details_editable(False)
            self.fields.document_number_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def found_guardian(self) -> GuardianRow | None:
        return self._found

    @Slot()
    def find_guardian(self) -> None:
        doc_type = self.fields.document_type_combo.currentData()
        number = self.fields.document_number_edit.text().strip()
        if not number:
            self.fields.show_errors([_missing("document_number")])
            return
        guardians = self._services.guardians
        self._runner.operation(lambda _progress: guardians.find_by_document(doc_type, number)).on_success(
            self._on_find_done
        ).on_error(self._on_failed).start()

    def _on_find_done(self, guardian: GuardianRow | None) -> None:
        self._searched = True
        self._new_guardian = None
        self.fields.form.clear_errors()
        if guardian is None:
            self._found = None
            self.fields.set_details_editable(True)
            self.find_status.setText(self.tr("No está registrado: complete sus datos para crearlo."))
            self.fields.full_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.fields.load(guardian)
        self._show_found(guardian)
        self.relationship_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_found(self, guardian: GuardianRow) -> None:
        self._found = guardian
        self.fields.set_details_editable(False)
        if self._new_guardian is not None:  # typed here earlier: registered by the student's save
            self.find_status.setText(guardian_summary(guardian))
            return
        self.find_status.setText(self.tr("Ya registrado, se usará: %1").replace("%1", guardian_summary(guardian)))

    @Slot()
    def _on_document_edited(self, *_args: object) -> None:
        # another document means another person: search again before accepting
        if self._found is not None and self.fields.document_number_edit.isReadOnly():
            return
        self._found = None
        self._new_guardian = None
        self._searched = False
        self.fields.set_details_editable(False)
        self.find_status.setText(self.tr("Escriba el documento y pulse Enter para buscar si ya está registrado."))

    def link_draft(self) -> GuardianLinkDraft:
        return GuardianLinkDraft(
            relationship=self.relationship_combo.currentData(),
            is_primary=self.primary_check.isChecked(),
            can_pickup=self.pickup_check.isChecked(),
            is_emergency_contact=self.emergency_check.isChecked(),
        )

    @Slot()
    def submit(self) -> None:
        if not self._searched:
            self.find_guardian()
            return
        if self._found is not None:
            self.result_entry = LinkEntry(self._found, self.link_draft(), new_guardian=self._new_guardian)
            self.accept()
            return
        # a new guardian is checked now, so its field errors show here and nothing typed is lost; it is
        # registered by the student's save, in the same transaction as the student and the links
        draft = self.fields.draft()
        guardians = self._services.guardians
        self.buttons.setEnabled(False)
        self._runner.operation(lambda _progress: guardians.check(draft)).on_success(
            lambda _none: self._on_checked(draft)
        ).on_error(self._on_failed).start()

    def _on_checked(self, draft: GuardianDraft) -> None:
        self.buttons.setEnabled(True)
        self._new_guardian = draft
        self._found = pending_guardian_row(draft)
        self.result_entry = LinkEntry(self._found, self.link_draft(), new_guardian=draft)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.general_error.clear_message()
        unplaced = self.fields.show_errors(list(getattr(error, "errors", None) or []))
        if unplaced or not getattr(error, "errors", None):
            self.general_error.show_message(error_text(error))


def _missing(field: str) -> FieldError:
    return FieldError(field, "required")
