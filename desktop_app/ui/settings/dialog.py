"""*Archivo → Datos del colegio…*: the school's identity for printed forms, and its checklist by grade.

One Save is one `SchoolService.update_settings` call (one transaction). Users whose role may not change the
settings see the same screen read-only, with the reason. Nothing typed is lost when a value is refused: the
message appears under the field (or above the table, naming the row) and the dialog stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist_rules import validate_school_rules
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.nit import normalize_nit
from desktop_app.domain.permissions import Action, can
from desktop_app.services.checklist_print import DEFAULT_HABEAS_DATA_TEXT
from desktop_app.services.dto import SchoolInfo
from desktop_app.services.school import (
    MAX_ADDRESS,
    MAX_LOGO_BYTES,
    MAX_PHONE,
    MAX_RESOLUTION,
    MAX_SCHOOL_NAME,
)
from desktop_app.ui.context import UiServices
from desktop_app.ui.errors import error_text, field_error_text
from desktop_app.ui.settings.checklist_rules_model import (
    ALL_GRADES,
    CONDITION_COLUMN,
    FIRST_GRADE_COLUMN,
    LABEL_COLUMN,
    ChecklistRulesModel,
)
from desktop_app.ui.widgets.field_error import FieldErrorLabel
from desktop_app.ui.widgets.form_fields import FieldForm

LOGO_PREVIEW_PX = 96
LOGO_MAX_PX = 600  # about 5 cm at 300 dpi, far more than the 2 cm the form prints


class SchoolSettingsDialog(QDialog):
    """Name, NIT, resolution, DANE code, address, phone, logo, habeas data text and the checklist by grade."""

    saved = Signal(object)  # the SchoolInfo after saving

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()
        self._info: SchoolInfo | None = None
        self._logo: bytes | None = None
        self._logo_changed = False
        self._dirty = False
        self._rules_readable = True
        self.editable = can(services.context.roles, Action.school_settings_edit)
        self.setWindowTitle(self.tr("Datos del colegio"))
        self.resize(980, 660)

        self.general_error = FieldErrorLabel(self)
        self.read_only_note = QLabel(
            self.tr("Solo el rector o el administrador del colegio pueden cambiar estos datos."), self)
        self.read_only_note.setVisible(not self.editable)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._identity_page(), self.tr("&Identificación"))
        self.tabs.addTab(self._checklist_page(), self.tr("&Documentos por grado"))

        self.buttons = QDialogButtonBox(self)
        if self.editable:
            save = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
            save.setText(self.tr("Guardar"))
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Cancelar"))
            QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        else:
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setText(self.tr("Cerrar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._set_read_only(not self.editable)

    # -- building -------------------------------------------------------------------------------------------

    def _identity_page(self) -> QWidget:
        page = QWidget(self)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.name_edit = self.form.add_line(self.tr("Nombre del colegio"), "name", max_length=MAX_SCHOOL_NAME)
        self.nit_edit = self.form.add_line(self.tr("NIT"), "nit", placeholder=self.tr("900123456-7"), max_length=20)
        self.nit_hint = QLabel(page)
        self.nit_hint.setStyleSheet("color: #555;")
        form_layout.addRow("", self.nit_hint)
        self.resolution_edit = self.form.add_line(
            self.tr("Resolución de aprobación"), "resolution",
            placeholder=self.tr("Resolución 004512 de 2015"), max_length=MAX_RESOLUTION)
        self.dane_edit = self.form.add_line(self.tr("Código DANE"), "dane_code",
                                            placeholder=self.tr("12 dígitos"), max_length=20)
        self.address_edit = self.form.add_line(self.tr("Dirección"), "address", max_length=MAX_ADDRESS)
        self.phone_edit = self.form.add_line(self.tr("Teléfono"), "phone", max_length=MAX_PHONE)
        for edit in (self.name_edit, self.nit_edit, self.resolution_edit, self.dane_edit, self.address_edit,
                     self.phone_edit):
            edit.textEdited.connect(self._mark_dirty)
        self.nit_edit.textChanged.connect(self._update_nit_hint)

        self.logo_preview = QLabel(page)
        self.logo_preview.setFixedSize(LOGO_PREVIEW_PX + 8, LOGO_PREVIEW_PX + 8)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.logo_button = QPushButton(self.tr("Elegir imagen…"), page)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Quitar logo"), page)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.logo_error = FieldErrorLabel(page)
        logo_holder = QWidget(page)
        logo_grid = QGridLayout(logo_holder)
        logo_grid.setContentsMargins(0, 0, 0, 0)
        logo_grid.addWidget(self.logo_preview, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        logo_grid.addWidget(self.logo_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        logo_grid.addWidget(self.remove_logo_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        logo_grid.setColumnStretch(2, 1)
        logo_grid.setRowStretch(2, 1)
        logo_grid.addWidget(self.logo_error, 3, 0, 1, 3)
        # the habeas data box below takes the spare height, not the logo row
        logo_holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form_layout.addRow(self.tr("Logo (PNG o JPG)"), logo_holder)

        self.habeas_edit = QPlainTextEdit(page)
        self.habeas_edit.setPlaceholderText(DEFAULT_HABEAS_DATA_TEXT)
        self.habeas_edit.setMinimumHeight(110)
        self.habeas_edit.textChanged.connect(self._mark_dirty)
        self.habeas_error = FieldErrorLabel(page)
        habeas_holder = QVBoxLayout()
        habeas_holder.addWidget(self.habeas_edit)
        habeas_holder.addWidget(QLabel(self.tr("Vacío: se imprime el texto de autorización predeterminado."), page))
        habeas_holder.addWidget(self.habeas_error)
        form_layout.addRow(self.tr("Autorización de datos\n(habeas data)"), habeas_holder)
        page.setLayout(form_layout)
        return page

    def _checklist_page(self) -> QWidget:
        page = QWidget(self)
        self.checklist_model = ChecklistRulesModel(None, self)
        self.checklist_model.dataChanged.connect(self._mark_dirty)
        self.checklist_view = QTableView(page)
        self.checklist_view.setModel(self.checklist_model)
        self.checklist_view.setAlternatingRowColors(True)
        self.checklist_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.checklist_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.checklist_view.horizontalHeader()
        header.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONDITION_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CONDITION_COLUMN, 190)
        for column in range(FIRST_GRADE_COLUMN, self.checklist_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 30)
        self.checklist_view.setWordWrap(False)
        self.checklist_error = FieldErrorLabel(page)
        self.add_document_button = QPushButton(self.tr("Agregar documento…"), page)
        self.add_document_button.clicked.connect(self.add_document)
        self.remove_document_button = QPushButton(self.tr("Quitar documento"), page)
        self.remove_document_button.setToolTip(
            self.tr("Solo se quitan los documentos que agregó el colegio; los demás se desmarcan en todos los grados."))
        self.remove_document_button.clicked.connect(self.remove_document)
        self.all_grades_button = QPushButton(self.tr("Pedir en todos los grados"), page)
        self.all_grades_button.clicked.connect(lambda: self._set_current_grades(set(ALL_GRADES)))
        self.no_grades_button = QPushButton(self.tr("No pedir"), page)
        self.no_grades_button.clicked.connect(lambda: self._set_current_grades(set()))
        buttons = QHBoxLayout()
        for button in (self.add_document_button, self.remove_document_button, self.all_grades_button,
                       self.no_grades_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(self.tr("Marque en qué grados se pide cada documento (PJ prejardín, J jardín, T transición, "
                              "C ciclos de adultos). Doble clic en el nombre para cambiarlo."), page)
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.checklist_error)
        layout.addWidget(self.checklist_view, 1)
        layout.addLayout(buttons)
        return page

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (self.name_edit, self.nit_edit, self.resolution_edit, self.dane_edit, self.address_edit,
                     self.phone_edit):
            edit.setReadOnly(read_only)
        self.habeas_edit.setReadOnly(read_only)
        self.checklist_model.read_only = read_only
        for button in (self.logo_button, self.remove_logo_button, self.add_document_button,
                       self.remove_document_button, self.all_grades_button, self.no_grades_button):
            button.setEnabled(not read_only)

    # -- loading --------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Reads the school's settings in the background and fills the screen."""
        school = self._services.school
        if school is None:
            return
        self._runner.operation(lambda _progress: school.info()).on_success(self.show_info).on_error(
            self._on_failed).start()

    def show_info(self, info: SchoolInfo) -> None:
        self._info = info
        self.form.load({
            "name": info.name, "nit": info.nit or "", "resolution": info.resolution or "",
            "dane_code": info.dane_code or "", "address": info.address or "", "phone": info.phone or "",
        })
        self.habeas_edit.blockSignals(True)
        self.habeas_edit.setPlainText(info.habeas_data_text or "")
        self.habeas_edit.blockSignals(False)
        self._show_logo(info.logo)
        self._logo_changed = False
        self.checklist_model.dataChanged.disconnect(self._mark_dirty)
        self.checklist_model.deleteLater()
        # rules this version cannot read (a newer app's, or damaged) are shown as the defaults, locked, and left
        # exactly as stored when the rest is saved
        self._rules_readable = not validate_school_rules(info.checklist_rules)
        self.checklist_model = ChecklistRulesModel(info.checklist_rules if self._rules_readable else None, self)
        self.checklist_model.read_only = not self.editable or not self._rules_readable
        if not self._rules_readable:
            self.checklist_error.show_message(self.tr(
                "La lista de documentos de este colegio fue guardada por una versión más nueva de la aplicación "
                "(o está dañada): aquí no se puede cambiar. Se conserva tal como está."))
        self.checklist_model.dataChanged.connect(self._mark_dirty)
        self.checklist_model.rowsInserted.connect(self._mark_dirty)
        self.checklist_model.rowsRemoved.connect(self._mark_dirty)
        self.checklist_view.setModel(self.checklist_model)
        self._dirty = False

    def _show_logo(self, logo: bytes | None) -> None:
        self._logo = logo
        image = QImage()
        if logo:
            image.loadFromData(logo)
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Sin logo"))
        else:
            self.logo_preview.setPixmap(QPixmap.fromImage(image).scaled(
                LOGO_PREVIEW_PX, LOGO_PREVIEW_PX, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(self.editable and bool(logo))

    # -- editing --------------------------------------------------------------------------------------------

    def has_changes(self) -> bool:
        return self._dirty

    @Slot()
    def _mark_dirty(self, *_args: Any) -> None:
        self._dirty = True

    @Slot(str)
    def _update_nit_hint(self, text: str) -> None:
        try:
            normal = normalize_nit(text) if text.strip() else ""
        except ValidationFailed:
            normal = ""
        self.nit_hint.setText(self.tr("Se guardará como %1").replace("%1", normal) if normal else "")

    @Slot()
    def choose_logo(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Elegir el logo del colegio"), start, self.tr("Imágenes PNG o JPG (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Takes the image at `path` as the logo if it decodes; else says so and keeps the current one."""
        self.logo_error.clear_message()
        try:
            data = path.read_bytes()
        except OSError as error:
            self.logo_error.show_message(self.tr("No se pudo leer el archivo: %1").replace("%1", str(error)))
            return False
        image = QImage()
        if not image.loadFromData(data) or image.isNull():
            self.logo_error.show_message(field_error_text(FieldError("logo", "logo_not_image")))
            return False
        if len(data) > MAX_LOGO_BYTES:
            data = _smaller_logo(image)  # a phone photo of the crest: a printed logo needs far less
        self._show_logo(data)
        self._logo_changed = self._dirty = True
        return True

    @Slot()
    def remove_logo(self) -> None:
        self._show_logo(None)
        self._logo_changed = self._dirty = True

    @Slot()
    def add_document(self) -> None:
        label, accepted = QInputDialog.getText(self, self.tr("Agregar documento"), self.tr("Nombre del documento:"),
                                               QLineEdit.EchoMode.Normal)
        if accepted and label.strip():
            self.add_document_named(label.strip())

    def add_document_named(self, label: str) -> int:
        row = self.checklist_model.add_document(label)
        self.checklist_view.selectRow(row)
        self.checklist_view.scrollTo(self.checklist_model.index(row, LABEL_COLUMN))
        return row

    @Slot()
    def remove_document(self) -> None:
        index = self.checklist_view.currentIndex()
        if index.isValid() and not self.checklist_model.remove_document(index.row()):
            self.checklist_error.show_message(
                self.tr("Ese documento viene con la aplicación: desmárquelo en todos los grados (botón «No pedir»)."))

    def _set_current_grades(self, grades: set[str]) -> None:
        index = self.checklist_view.currentIndex()
        if index.isValid():
            self.checklist_model.set_row_grades(index.row(), grades)

    # -- saving ---------------------------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """The keyword arguments of `update_settings` for what is on screen (the logo only when changed)."""
        values = self.form.values()
        changes: dict[str, Any] = {key: values[key] for key in ("name", "nit", "resolution", "dane_code",
                                                                 "address", "phone")}
        changes["habeas_data_text"] = self.habeas_edit.toPlainText()
        if self._rules_readable:
            changes["checklist_rules"] = self.checklist_model.rules()
        if self._logo_changed:
            changes["logo"] = self._logo
        return changes

    @Slot()
    def save(self) -> None:
        if not self.editable or self._services.school is None:
            return
        self._clear_errors()
        school, changes = self._services.school, self.changes()
        self.buttons.setEnabled(False)
        self._runner.operation(lambda _progress: school.update_settings(**changes)).on_success(
            self._on_saved).on_error(self._on_failed).start()

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        for label in (self.general_error, self.logo_error, self.habeas_error, self.checklist_error):
            label.clear_message()

    def _on_saved(self, info: SchoolInfo) -> None:
        self.buttons.setEnabled(True)
        self._dirty = False
        self.saved.emit(info)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        errors = list(getattr(error, "errors", None) or [])
        unplaced = self.form.show_errors(errors)
        if any(e.field in self.form.bindings for e in errors):
            self.tabs.setCurrentIndex(0)
        checklist_lines = []
        for item in unplaced:
            field = getattr(item, "field", "") or ""
            if field == "logo":
                self.logo_error.show_message(field_error_text(item))
            elif field == "habeas_data_text":
                self.habeas_error.show_message(field_error_text(item))
            elif field.startswith("checklist"):
                row = self.checklist_model.row_of_path(field)
                prefix = self.tr("Fila %1: ").replace("%1", str(row + 1)) if row is not None else ""
                checklist_lines.append(prefix + field_error_text(item))
                if row is not None:
                    self.checklist_view.selectRow(row)
            else:
                self.general_error.show_message(field_error_text(item))
        if checklist_lines:
            self.checklist_error.show_message("\n".join(dict.fromkeys(checklist_lines)))
            if not any(e.field in self.form.bindings for e in errors):
                self.tabs.setCurrentIndex(1)
        if not errors:
            self.general_error.show_message(error_text(error))


def _smaller_logo(image: QImage) -> bytes:
    """The image at most LOGO_MAX_PX on a side, as PNG (JPEG when a PNG would still be too big)."""
    if max(image.width(), image.height()) > LOGO_MAX_PX:
        image = image.scaled(LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    for kind, quality in (("PNG", -1), ("JPG", 85)):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, kind, quality)  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
        buffer.close()
        if data.size() <= MAX_LOGO_BYTES:
            break
    return bytes(data.data())


def open_school_settings(services: UiServices, parent: QWidget) -> SchoolSettingsDialog:
    """Opens the settings dialog (window-modal) and starts loading it."""
    dialog = SchoolSettingsDialog(services, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
