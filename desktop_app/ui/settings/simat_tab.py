"""The *SIMAT* tab of *Datos del colegio*: municipality, sedes and the school's SIMAT codes.

It saves with its own button (one action, one write through `SimatSettingsService`); the DANE code stays on
the *Identificación* tab. Each refused value gets its message under its field and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.simat_settings import CODE_KEYS, Sede, SimatSettings, SimatSettingsService
from desktop_app.ui.errors import error_text, field_error_text
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.widgets.field_error import FieldErrorLabel


class SimatSettingsTab(QWidget):
    saved = Signal(object)  # the SimatSettings after saving

    def __init__(self, service: SimatSettingsService, runner: TaskRunner, *, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        labels = {"mun_codigo": self.tr("Municipio (código DIVIPOLA, 5 dígitos)"), "caracter": self.tr("Carácter"),
                  "especialidad": self.tr("Especialidad"), "metodologia": self.tr("Metodología"),
                  "zona": self.tr("Zona")}
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        form = QFormLayout()
        for key, label in labels.items():
            edit, error = QLineEdit(self), FieldErrorLabel(self)
            edit.setReadOnly(not editable)
            self.edits[key], self.errors[key] = edit, error
            column = QVBoxLayout()
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
        self.sedes = QTableWidget(0, 2, self)
        self.sedes.setHorizontalHeaderLabels([self.tr("CONS_SEDE"), self.tr("Nombre de la sede")])
        self.sedes.horizontalHeader().setStretchLastSection(True)
        self.sedes_error = FieldErrorLabel(self)
        self.general_error = FieldErrorLabel(self)
        self.add_button = QPushButton(self.tr("Agregar sede"), self)
        self.remove_button = QPushButton(self.tr("Quitar sede"), self)
        self.save_button = QPushButton(self.tr("Guardar datos SIMAT"), self)
        self.add_button.clicked.connect(self.add_sede)
        self.remove_button.clicked.connect(self.remove_sede)
        self.save_button.clicked.connect(self.save)
        for button in (self.add_button, self.remove_button, self.save_button):
            button.setVisible(editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sedes, 1)
        layout.addWidget(self.sedes_error)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self._runner.operation(lambda _progress: service.get()).on_success(self.show_settings).start()

    def show_settings(self, settings: SimatSettings) -> None:
        self.edits["mun_codigo"].setText(settings.mun_codigo)
        for key in CODE_KEYS:
            self.edits[key].setText(getattr(settings, key))
        self.sedes.setRowCount(0)
        for sede in settings.sedes:
            self.add_sede(sede)

    @Slot()
    def add_sede(self, sede: Sede | None = None) -> None:
        row = self.sedes.rowCount()
        self.sedes.insertRow(row)
        self.sedes.setItem(row, 0, QTableWidgetItem(sede.cons_sede if sede else ""))
        self.sedes.setItem(row, 1, QTableWidgetItem(sede.nombre if sede else ""))

    @Slot()
    def remove_sede(self) -> None:
        row = self.sedes.currentRow()
        if row >= 0:
            self.sedes.removeRow(row)

    def values(self) -> SimatSettings:
        def cell(row: int, column: int) -> str:
            item = self.sedes.item(row, column)
            return item.text() if item is not None else ""

        sedes = tuple(Sede(cell(row, 0), cell(row, 1)) for row in range(self.sedes.rowCount()))
        codes = [self.edits[key].text() for key in CODE_KEYS]
        return SimatSettings(None, self.edits["mun_codigo"].text(), sedes, *codes)

    @Slot()
    def save(self) -> None:
        for label in (*self.errors.values(), self.sedes_error, self.general_error):
            label.clear_message()
        values = self.values()
        self.save_button.setEnabled(False)
        self._runner.operation(lambda _progress: self._service.save(values)).on_success(
            self._on_saved).on_error(self._on_failed).start()

    def _on_saved(self, settings: SimatSettings) -> None:
        self.save_button.setEnabled(True)
        self.show_settings(settings)
        self.saved.emit(settings)

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        sede_lines = []
        for item in list(getattr(error, "errors", None) or []):
            if item.field in self.errors:
                self.errors[item.field].show_message(field_error_text(item))
            elif item.field.startswith("sedes."):
                row = int(item.field.split(".")[1])
                sede_lines.append(self.tr("Sede de la fila %1: ").replace("%1", str(row + 1)) + field_error_text(item))
            else:
                self.general_error.show_message(field_error_text(item))
        if sede_lines:
            self.sedes_error.show_message("\n".join(sede_lines))
        if not getattr(error, "errors", None):
            self.general_error.show_message(error_text(error))
