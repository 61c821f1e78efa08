"""*Archivo → SIMAT*: *Revisión y exportación…* and *Comparar con listado SIMAT…*.

The UI gathers the choices (year, file names) and shows results; reviewing, writing and comparing run in the
SIMAT services on the task runner, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop_app.domain.simat_reconcile import Reconciliation
from desktop_app.services.simat import DEFAULT_STATUSES, SimatExportResult, SimatReview, SimatService
from desktop_app.services.simat_reconcile import SimatReconcileService
from desktop_app.ui.errors import error_text
from desktop_app.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the windows are imported when first shown, not at start-up
    from desktop_app.ui.simat.reconcile_window import SimatReconcileWindow
    from desktop_app.ui.simat.review_window import SimatReviewWindow


class SimatActions(QObject):
    """The SIMAT submenu of one main window; `open_student_field(student_id, column)` relays a double click of
    the review window (the main window opens the student form there)."""

    open_student_field = Signal(str, str)

    def __init__(self, window: QMainWindow, runner: TaskRunner, export: SimatService,
                 reconcile: SimatReconcileService, school_year: Callable[[], str | None]) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._export = export
        self._reconcile = reconcile
        self._school_year = school_year  # the year chosen in the main window when the action runs
        self.review_window: SimatReviewWindow | None = None
        self.last_result: SimatExportResult | Reconciliation | None = None
        self.message_box: QMessageBox | None = None
        self.reconcile_window: SimatReconcileWindow | None = None
        self._listing: Path | None = None
        self.review_action = QAction(self.tr("&Revisión y exportación…"), window)
        self.review_action.triggered.connect(self.open_review)
        self.compare_action = QAction(self.tr("&Comparar con listado SIMAT…"), window)
        self.compare_action.triggered.connect(self.choose_listing)

    def add_to(self, menu: QMenu) -> QMenu:
        submenu = menu.addMenu(self.tr("&SIMAT"))
        submenu.addAction(self.review_action)
        submenu.addAction(self.compare_action)
        return submenu

    def _folder(self) -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))

    @Slot()
    def open_review(self) -> None:
        year_id = self._school_year()
        if year_id is None:
            return
        statuses, sede = self.review_window.options() if self.review_window else (DEFAULT_STATUSES, None)
        self._runner.operation(lambda _progress: self._export.review(
            year_id, statuses=statuses, sede=sede)).with_progress(
            self._window, self.tr("Revisando las matrículas para el SIMAT…")
        ).on_success(self._show_review).on_error(self._show_error).start()

    def _show_review(self, review: SimatReview) -> None:
        if self.review_window is None:
            from desktop_app.ui.simat.review_window import SimatReviewWindow

            self.review_window = SimatReviewWindow(review, self._window)
            self.review_window.export_all.connect(lambda: self.choose_target(only_valid=False))
            self.review_window.export_valid.connect(lambda: self.choose_target(only_valid=True))
            self.review_window.export_template.connect(self.choose_template)
            self.review_window.options_changed.connect(self.open_review)
            self.review_window.open_field.connect(self.open_student_field)
        else:
            self.review_window.show_review(review)
        self.review_window.show()
        self.review_window.raise_()

    def choose_target(self, *, only_valid: bool, template: Path | None = None) -> None:
        year = self.review_window.review.year if self.review_window else ""
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Guardar el archivo del SIMAT"), str(self._folder() / f"simat-{year}.xlsx"),
            self.tr("Libro de Excel (*.xlsx);;Texto separado por comas (*.csv)"))
        if path:
            self.export_to(Path(path), only_valid=only_valid, template=template)

    @Slot()
    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Elegir la plantilla del SIMAT"),
                                              str(self._folder()), self.tr("Libro de Excel (*.xlsx)"))
        if path:
            self.choose_target(only_valid=True, template=Path(path))

    def export_to(self, target: Path, *, only_valid: bool, template: Path | None = None) -> None:
        year_id = self._school_year()
        if year_id is None:
            return
        statuses, sede = self.review_window.options() if self.review_window else (DEFAULT_STATUSES, None)
        self._runner.operation(lambda progress: self._export.export(
            year_id, target, statuses=statuses, sede=sede, only_valid=only_valid, template=template,
            progress=progress)).with_progress(
            self._window, self.tr("Escribiendo el archivo del SIMAT…")
        ).on_success(self._on_exported).on_error(self._show_error).start()

    def _on_exported(self, result: SimatExportResult) -> None:
        self.last_result = result
        lines = [self.tr("Se escribieron %1 de %2 matrículas en «%3».").replace("%1", str(result.written)).replace(
            "%2", str(result.total)).replace("%3", result.target.name)]
        if result.review_file is not None:
            lines.append(self.tr("%1 filas con errores quedaron fuera, listadas en «%2».").replace(
                "%1", str(result.left_out)).replace("%2", result.review_file.name))
        if result.unverified_catalogs:
            lines.append(self.tr("Atención: estas listas de valores aún no se han verificado con el Anexo 6A: %1.")
                         .replace("%1", ", ".join(result.unverified_catalogs)))
        if result.unknown_headers:
            lines.append(self.tr("Columnas de la plantilla que se dejaron en blanco: %1.").replace(
                "%1", ", ".join(result.unknown_headers)))
        self._tell(self.tr("Exportar al SIMAT"), "\n".join(lines))

    @Slot()
    def choose_listing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Elegir el listado del SIMAT"), str(self._folder()),
            self.tr("Listados (*.xlsx *.xls *.csv)"))
        if path:
            self.compare(Path(path))

    def compare(self, listing: Path) -> None:
        year_id = self._school_year()
        if year_id is None:
            return
        self._listing = listing
        self._runner.operation(lambda _progress: self._reconcile.compare(listing, year_id)).with_progress(
            self._window, self.tr("Comparando con el listado del SIMAT…")
        ).on_success(self._on_compared).on_error(self._show_error).start()

    def _on_compared(self, result: Reconciliation) -> None:
        self.last_result = result
        window = self.reconcile_window
        if window is None:
            from desktop_app.ui.simat.reconcile_window import SimatReconcileWindow

            window = self.reconcile_window = SimatReconcileWindow(result, self._window)
            window.confirm_requested.connect(lambda row: window.show_result(window.result.confirm(row)))
            window.apply_requested.connect(lambda pair, column: self._act(
                lambda: self._reconcile.apply_simat_value(pair, column)))
            window.copy_per_id_requested.connect(lambda pair: self._act(lambda: self._reconcile.copy_per_id(pair)))
            window.record_requested.connect(self.record_status)
            window.export_requested.connect(self.choose_reconciliation_target)
        else:
            window.show_result(result)
        window.show()
        window.raise_()

    def _act(self, action: Callable[[], object]) -> None:
        """One explicit action on one row, then the listing is compared again to show the new state."""
        listing, year_id = self._listing, self._school_year()
        if listing is None or year_id is None:
            return

        def work(_progress: object) -> Reconciliation:
            action()
            return self._reconcile.compare(listing, year_id)

        self._runner.operation(work).on_success(self._on_compared).on_error(self._show_error).start()

    @Slot()
    def record_status(self) -> None:
        if self.reconcile_window is None:
            return
        result = self.reconcile_window.result
        self._runner.operation(lambda _progress: self._reconcile.record_status(result)).on_success(
            lambda count: self._tell(self.tr("Comparación con el SIMAT"), self.tr(
                "Se guardó el estado SIMAT de %1 matrículas.").replace("%1", str(count)))
        ).on_error(self._show_error).start()

    @Slot()
    def choose_reconciliation_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Guardar la comparación"), str(self._folder() / "comparacion-simat.xlsx"),
            self.tr("Libro de Excel (*.xlsx)"))
        if path:
            self.export_reconciliation(Path(path))

    def export_reconciliation(self, target: Path) -> None:
        if self.reconcile_window is None:
            return
        result = self.reconcile_window.result
        self._runner.operation(lambda _progress: self._reconcile.export(result, target)).on_success(
            lambda _none: self._tell(self.tr("Comparación con el SIMAT"), self.tr(
                "La comparación quedó en «%1».").replace("%1", target.name))
        ).on_error(self._show_error).start()

    def _show_error(self, error: BaseException) -> None:
        self._tell(self.tr("SIMAT"), error_text(error), QMessageBox.Icon.Warning)

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        # window-modal and non-blocking, so the work can go on and tests can read it
        self.message_box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        self.message_box.open()
