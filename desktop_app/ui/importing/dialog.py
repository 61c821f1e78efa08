"""*Importar estudiantes*: file → columns → preview → import. Reading, previewing and committing run on the
TaskRunner's db lane (progress, cancel); the dialog keeps the mapping and the preview when something fails.
Opened from *Archivo → Importar estudiantes…*; `app.py` passes the reader and the template writer as callables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.import_values import SheetData
from desktop_app.services.importer import (
    ImportBatch,
    ImportPreview,
    ImportService,
    Policy,
    Status,
)
from desktop_app.ui.errors import error_text
from desktop_app.ui.importing.column_delegate import ColumnDelegate
from desktop_app.ui.importing.models import MappingModel, PreviewModel
from desktop_app.ui.tasks import TaskProgress, TaskRunner

translate = QCoreApplication.translate
Reader = Callable[[Path, str | None], SheetData]
TemplateWriter = Callable[[Path], Path]
SPREADSHEETS = "*.xlsx *.xls *.ods *.csv"


def documents_dir() -> str:
    """Documentos, created if missing (else Qt's file dialog silently falls back to the home folder)."""
    path = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    Path(path).mkdir(parents=True, exist_ok=True)
    return path


class ImportDialog(QDialog):
    def __init__(self, service: ImportService, reader: Reader, runner: TaskRunner, *,
                 school_year_id: str | None = None, write_template: TemplateWriter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Importar estudiantes"))
        self._service, self._reader, self._runner = service, reader, runner
        self._year = school_year_id
        self._write_template = write_template
        self.file_dialog: QFileDialog | None = None
        self._path: Path | None = None
        self._sheet: SheetData | None = None
        self.mapping_model: MappingModel | None = None
        self.preview_model: PreviewModel | None = None
        self.preview: ImportPreview | None = None
        self.batch: ImportBatch | None = None

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.choose_button = QPushButton(translate("ImportDialog", "Elegir archivo…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(translate("ImportDialog", "Ningún archivo elegido."))
        self.sheet_label = QLabel(translate("ImportDialog", "Hoja:"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._on_sheet_chosen)
        self.template_button = QPushButton(translate("ImportDialog", "Descargar plantilla"))
        self.template_button.clicked.connect(self.choose_template_path)
        self.template_button.setVisible(write_template is not None)
        file_row = QHBoxLayout()
        for widget in (self.choose_button, self.file_label, self.sheet_label, self.sheet_combo):
            file_row.addWidget(widget)
        file_row.addStretch(1)
        file_row.addWidget(self.template_button)
        self._show_sheets(())
        self.pages = QStackedWidget()
        self.mapping_view = QTableView()
        self.preview_view = QTableView()
        self.counts = QLabel()
        self.errors_only = QCheckBox(translate("ImportDialog", "Mostrar solo errores"))
        self.errors_only.toggled.connect(self._filter)
        self.policy = QComboBox()
        for policy, label in ((Policy.fill_empty, translate("ImportDialog", "Llenar solo vacíos")),
                              (Policy.overwrite, translate("ImportDialog", "Reemplazar")),
                              (Policy.skip, translate("ImportDialog", "Omitir existentes"))):
            self.policy.addItem(label, policy)
        mapping_page = QWidget()
        QVBoxLayout(mapping_page).addWidget(self.mapping_view)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.errors_only)
        preview_layout.addLayout(top)
        preview_layout.addWidget(self.preview_view)
        self.pages.addWidget(mapping_page)
        self.pages.addWidget(preview_page)

        self.preview_button = QPushButton(translate("ImportDialog", "Vista previa"))
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button = QPushButton(translate("ImportDialog", "Importar"))
        self.import_button.clicked.connect(self.run_import)
        self.import_button.setEnabled(False)
        self.back_button = QPushButton(translate("ImportDialog", "Volver a las columnas"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("ImportDialog", "Estudiantes ya registrados:")))
        buttons.addWidget(self.policy)
        buttons.addStretch(1)
        for button in (self.back_button, self.preview_button, self.import_button):
            buttons.addWidget(button)
        self.batches = QListWidget()
        self.batches.setMaximumHeight(110)  # a few recent imports; the preview keeps the room
        self.undo_button = QPushButton(translate("ImportDialog", "Deshacer"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setEnabled(False)
        self.batches.currentItemChanged.connect(self._on_batch_selected)
        batches_box = QGroupBox(translate("ImportDialog", "Importaciones"))
        batches_layout = QHBoxLayout(batches_box)
        batches_layout.addWidget(self.batches, 1)
        batches_layout.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        layout.addWidget(batches_box)
        self.refresh_batches()

    def choose_file(self) -> QFileDialog:
        """The file chooser, opened in Documentos (window-modal, so tests and the user keep the loop)."""
        self.file_dialog = QFileDialog(self, translate("ImportDialog", "Elegir la lista de estudiantes"),
                                       documents_dir(),
                                       translate("ImportDialog", "Hojas de cálculo ({patterns})").format(
                                           patterns=SPREADSHEETS))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(lambda name: self.open_file(Path(name)))
        self.file_dialog.open()
        return self.file_dialog

    def choose_template_path(self) -> QFileDialog:
        """Where to save the template (Documentos by default); the file is written when the user accepts."""
        self.file_dialog = QFileDialog(self, translate("ImportDialog", "Guardar la plantilla"),
                                       str(Path(documents_dir()) / "plantilla_estudiantes.xlsx"), "*.xlsx")
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix("xlsx")
        self.file_dialog.fileSelected.connect(lambda name: self.save_template(Path(name)))
        self.file_dialog.open()
        return self.file_dialog

    def save_template(self, path: Path) -> None:
        writer = self._write_template
        if writer is None:
            return
        self._runner.operation(lambda _p: writer(path)).on_success(
            lambda written: self.message.setText(
                translate("ImportDialog", "Plantilla guardada en {path}.").format(path=written))
        ).on_error(self._on_error).start()

    def _show_sheets(self, names: tuple[str, ...], chosen: str = "") -> None:
        """The sheet picker appears only for workbooks with more than one sheet."""
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(names))
        self.sheet_combo.setCurrentText(chosen)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(names) > 1)

    def _on_sheet_chosen(self, _index: int) -> None:
        if self._path is not None:
            self.open_file(self._path, self.sheet_combo.currentText())

    def refresh_batches(self) -> None:
        self._runner.operation(lambda _p: self._service.batches()).on_success(self._on_batches).on_error(
            self._on_error).start()

    def _on_batches(self, batches: list[ImportBatch]) -> None:
        self.batches.clear()
        for batch in batches:
            text = translate("ImportDialog", "{when} · {file}: {created} nuevos, {updated} actualizados").format(
                when=batch.created_at.strftime("%d/%m/%Y %H:%M") if hasattr(batch.created_at, "strftime")
                else str(batch.created_at)[:16], file=batch.file_name, **batch.counts)
            if batch.counts.get("enrollments") or batch.counts.get("links"):  # what Deshacer also annuls
                text += translate("ImportDialog", ", {enrollments} matrículas, {links} vínculos con acudientes").format(
                    enrollments=batch.counts.get("enrollments", 0), links=batch.counts.get("links", 0))
            if batch.undone:
                text += translate("ImportDialog", " (deshecha)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, batch.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, batch.undone)
            self.batches.addItem(item)
        self._on_batch_selected(self.batches.currentItem())

    def _on_batch_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.undo_button.setEnabled(item is not None and not item.data(Qt.ItemDataRole.UserRole + 1))

    def undo_selected(self) -> None:
        item = self.batches.currentItem()
        if item is None:
            return
        batch_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._runner.operation(lambda _p: self._service.undo(batch_id)).on_success(self._on_undone).on_error(
            self._on_error).start()

    def _on_undone(self, batch: ImportBatch) -> None:
        self.message.setText(translate("ImportDialog", "Importación de {file} deshecha.").format(file=batch.file_name))
        self.refresh_batches()

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read the file (off the UI thread) and propose the columns (remembered ones first)."""
        self._path = path

        def work(_progress: TaskProgress) -> tuple[SheetData, dict[str, int]]:
            data = self._reader(path, sheet)
            return data, self._service.suggested_mapping(data.headers)

        self._runner.operation(work).with_progress(self, translate("ImportDialog", "Leyendo el archivo…")).on_success(
            self._on_read).on_error(self._on_error).start()

    def _on_read(self, result: tuple[SheetData, dict[str, int]]) -> None:
        self._sheet, mapping = result
        self.file_label.setText(self._path.name if self._path is not None else "")
        self._show_sheets(self._sheet.sheet_names, self._sheet.sheet)
        first = self._sheet.rows[0][1] if self._sheet.rows else ()
        self.mapping_model = MappingModel(self._sheet.headers, first, mapping, self)
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(1, ColumnDelegate(self._sheet.headers, self.mapping_view))
        self.message.setText(translate("ImportDialog", "Revise a qué columna del archivo corresponde cada dato."))
        self.pages.setCurrentIndex(0)

    def run_preview(self) -> None:
        if self._sheet is None or self.mapping_model is None:
            return
        sheet, mapping, policy = self._sheet, self.mapping_model.mapping(), Policy(self.policy.currentData())
        self._runner.operation(
            lambda _p: self._service.preview(sheet, mapping, school_year_id=self._year, policy=policy)
        ).with_progress(self, translate("ImportDialog", "Preparando la vista previa…")).on_success(self._on_preview).on_error(self._on_error).start()

    def _on_preview(self, preview: ImportPreview) -> None:
        self.preview, self.batch = preview, None
        self.preview_model = PreviewModel(preview.rows, self)
        self.preview_view.setModel(self.preview_model)
        self.preview_model.dataChanged.connect(lambda *_: self._enable_import())
        self._filter(self.errors_only.isChecked())
        self._enable_import()
        self.message.setText(translate("ImportDialog", "Nada se ha guardado todavía."))
        self.pages.setCurrentIndex(1)

    def run_import(self) -> None:
        if self._sheet is None or self.mapping_model is None or self._path is None or self.preview is None:
            return
        sheet, mapping, policy = self._sheet, self.mapping_model.mapping(), Policy(self.policy.currentData())
        name = self._path.name
        others = self.preview_model.other_person_rows() if self.preview_model is not None else frozenset()
        self._runner.operation(
            lambda progress: self._service.commit(sheet, mapping, file_name=name, school_year_id=self._year,
                                                  policy=policy, other_person_rows=others, progress=progress)
        ).with_progress(self, translate("ImportDialog", "Importando estudiantes…"), cancellable=True).on_success(
            self._on_imported).on_error(self._on_error).start()

    def _on_imported(self, batch: ImportBatch) -> None:
        self.batch = batch
        self.import_button.setEnabled(False)
        self.message.setText(translate("ImportDialog", "Importación guardada: {created} nuevos, {updated} "
                                                       "actualizados.").format(**batch.counts))
        self.refresh_batches()

    def _enable_import(self) -> None:
        """Counters (with the duplicates ticked *Es otra persona*) and the Importar button follow the ticks."""
        preview, model = self.preview, self.preview_model
        wanted = 0 if preview is None else preview.count(Status.new) + preview.count(Status.update)
        others = len(model.other_person_rows()) if model is not None else 0
        if preview is not None:
            parts = [f"{translate('ImportStatus', status)}: {count}" for status, count in preview.counts.items()]
            parts.append(translate("ImportDialog", "Es otra persona: {count}").format(count=others))
            self.counts.setText(" · ".join(parts))
        self.import_button.setEnabled(self.batch is None and wanted + others > 0)

    def _filter(self, errors_only: bool) -> None:
        if self.preview_model is not None:
            self.preview_model.set_errors_only(errors_only)

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, DomainError):  # refusals of the file, the import or its undo; a missing permission
            self.message.setText(error_text(error))
        else:  # an unexpected failure: said plainly, and everything on screen is kept
            self.message.setText(translate("ImportDialog", "No se pudo completar: {error}").format(error=error))
