"""*Importar estudiantes*: file → columns → preview → import. Reading, previewing and committing run on the
TaskRunner's db lane (progress, cancel); the dialog keeps the mapping and the preview when something fails.
Not yet in the main window's menu: `app.py` wires it with the reader from `storage/spreadsheet.py`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.import_values import SheetData, SpreadsheetRefused
from desktop_app.services.importer import (
    ImportBatch,
    ImportPreview,
    ImportRefused,
    ImportService,
    Policy,
    Status,
)
from desktop_app.ui.importing.models import MappingModel, PreviewModel
from desktop_app.ui.tasks import TaskProgress, TaskRunner

translate = QCoreApplication.translate
Reader = Callable[[Path, str | None], SheetData]


class ImportDialog(QDialog):
    def __init__(self, service: ImportService, reader: Reader, runner: TaskRunner, *,
                 school_year_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Importar estudiantes"))
        self._service, self._reader, self._runner = service, reader, runner
        self._year = school_year_id
        self._path: Path | None = None
        self._sheet: SheetData | None = None
        self.mapping_model: MappingModel | None = None
        self.preview_model: PreviewModel | None = None
        self.preview: ImportPreview | None = None
        self.batch: ImportBatch | None = None

        self.message = QLabel()
        self.message.setWordWrap(True)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read the file (off the UI thread) and propose the columns (remembered ones first)."""
        self._path = path

        def work(_progress: TaskProgress) -> tuple[SheetData, dict[str, int]]:
            data = self._reader(path, sheet)
            return data, self._service.suggested_mapping(data.headers)

        self._runner.operation(work).on_success(self._on_read).on_error(self._on_error).start()

    def _on_read(self, result: tuple[SheetData, dict[str, int]]) -> None:
        self._sheet, mapping = result
        first = self._sheet.rows[0][1] if self._sheet.rows else ()
        self.mapping_model = MappingModel(self._sheet.headers, first, mapping, self)
        self.mapping_view.setModel(self.mapping_model)
        self.message.setText(translate("ImportDialog", "Revise a qué columna del archivo corresponde cada dato."))
        self.pages.setCurrentIndex(0)

    def run_preview(self) -> None:
        if self._sheet is None or self.mapping_model is None:
            return
        sheet, mapping, policy = self._sheet, self.mapping_model.mapping(), Policy(self.policy.currentData())
        self._runner.operation(
            lambda _p: self._service.preview(sheet, mapping, school_year_id=self._year, policy=policy)
        ).on_success(self._on_preview).on_error(self._on_error).start()

    def _on_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_model = PreviewModel(preview.rows, self)
        self.preview_view.setModel(self.preview_model)
        self._filter(self.errors_only.isChecked())
        self.counts.setText(" · ".join(f"{status}: {count}" for status, count in preview.counts.items()))
        self.import_button.setEnabled(preview.count(Status.new) + preview.count(Status.update) > 0)
        self.message.setText(translate("ImportDialog", "Nada se ha guardado todavía."))
        self.pages.setCurrentIndex(1)

    def run_import(self) -> None:
        if self._sheet is None or self.mapping_model is None or self._path is None or self.preview is None:
            return
        sheet, mapping, policy = self._sheet, self.mapping_model.mapping(), Policy(self.policy.currentData())
        name = self._path.name
        self._runner.operation(
            lambda progress: self._service.commit(sheet, mapping, file_name=name, school_year_id=self._year,
                                                  policy=policy, progress=progress)
        ).with_progress(self, translate("ImportDialog", "Importando estudiantes…"), cancellable=True).on_success(
            self._on_imported).on_error(self._on_error).start()

    def _on_imported(self, batch: ImportBatch) -> None:
        self.batch = batch
        self.import_button.setEnabled(False)
        self.message.setText(translate("ImportDialog", "Importación guardada: {created} nuevos, {updated} "
                                                       "actualizados.").format(**batch.counts))

    def _filter(self, errors_only: bool) -> None:
        if self.preview_model is not None:
            self.preview_model.set_errors_only(errors_only)

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, ImportRefused):
            self.message.setText("\n".join(error.messages))
        elif isinstance(error, SpreadsheetRefused):
            self.message.setText(str(error))
        else:  # an unexpected failure: said plainly, and everything on screen is kept
            self.message.setText(translate("ImportDialog", "No se pudo completar: {error}").format(error=error))
