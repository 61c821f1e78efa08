"""The data authorisation's text and purposes, for the school settings screen (Ley 1581).

A widget of its own so that the settings screen (Day-one issue) only has to place it. *Guardar* calls
`ConsentService.publish`: a new version is appended only when the text or the purposes changed; consents
already recorded keep naming the version they were signed with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.consent import DEFAULT_PURPOSES, ConsentVersion, Purpose
from desktop_app.domain.permissions import Action, can
from desktop_app.services.consent import ConsentService
from desktop_app.ui.errors import error_text
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.widgets.field_error import FieldErrorLabel

LABEL, CODE, REQUIRED, SENSITIVE = range(4)


class ConsentSettingsWidget(QWidget):
    """Text box, purposes table (name, code, required, sensitive) and the current version."""

    published = Signal(object)  # the ConsentVersion now in force

    def __init__(self, consent: ConsentService, runner: TaskRunner, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._consent = consent
        self._runner = runner
        self.version_label = QLabel(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Finalidad"), self.tr("Código"), self.tr("Obligatoria"), self.tr("Dato sensible")])
        self.table.horizontalHeader().setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Agregar finalidad"), self)
        self.remove_button = QPushButton(self.tr("Quitar finalidad"), self)
        self.save_button = QPushButton(self.tr("Guardar texto y finalidades"), self)
        self.result_label = QLabel(self)
        self.error_label = FieldErrorLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Texto de la autorización de tratamiento de datos (Ley 1581 de 2012):"), self))
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(QLabel(self.tr("Finalidades (cada una se autoriza o no por separado):"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.version_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        self.add_button.clicked.connect(lambda: self._add_row(Purpose("", "", required=False)))
        self.remove_button.clicked.connect(self._remove_current)
        self.save_button.clicked.connect(self.save)

        versions = consent.versions()
        current = versions[-1] if versions else None
        self.text_edit.setPlainText(current.text if current else text)
        for purpose in current.purposes if current else DEFAULT_PURPOSES:
            self._add_row(purpose)
        self._show_version(current)
        editable = can(consent.context.roles, Action.school_settings_edit)
        for widget in (self.add_button, self.remove_button, self.save_button):
            widget.setEnabled(editable)
        self.text_edit.setReadOnly(not editable)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def purposes(self) -> list[Purpose]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item else ""

        def checked(row: int, column: int) -> bool:
            item = self.table.item(row, column)
            return item is not None and item.checkState() == Qt.CheckState.Checked

        return [Purpose(text(r, CODE), text(r, LABEL), checked(r, REQUIRED), checked(r, SENSITIVE))
                for r in range(self.table.rowCount())]

    @Slot()
    def save(self) -> None:
        self.error_label.clear_message()
        text, purposes, before = self.text_edit.toPlainText(), self.purposes(), self._current_version()
        consent = self._consent
        self._runner.operation(lambda _progress: consent.publish(text, purposes)).on_success(
            lambda version: self._on_published(version, before)).on_error(
            lambda error: self.error_label.show_message(error_text(error))).start()

    def _on_published(self, version: ConsentVersion, before: str) -> None:
        self._show_version(version)
        self.result_label.setText(self.tr("Sin cambios: sigue vigente %s.") % version.version
                                  if version.version == before else self.tr("Guardado como %s.") % version.version)
        self.published.emit(version)

    def _current_version(self) -> str:
        versions = self._consent.versions()
        return versions[-1].version if versions else ""

    def _show_version(self, version: ConsentVersion | None) -> None:
        self.version_label.setText(
            self.tr("Versión vigente: %s · %s (desde %s)") % (version.version, version.short_hash, version.valid_from)
            if version else self.tr("Aún no hay versiones: el primer registro de una autorización crea la v1."))

    def _add_row(self, purpose: Purpose) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, LABEL, QTableWidgetItem(purpose.label))
        self.table.setItem(row, CODE, QTableWidgetItem(purpose.code))
        for column, value in ((REQUIRED, purpose.required), (SENSITIVE, purpose.sensitive)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, item)

    @Slot()
    def _remove_current(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
