"""The Matrículas screen: filters, the enrollments table, the selected enrollment's checklist and printing."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.consent import OUTDATED_CONSENT_FILTER
from desktop_app.domain.permissions import Action, action_label, can
from desktop_app.printing.checklist import PaperSize
from desktop_app.services.checklist_print import ChecklistPrintService
from desktop_app.services.dto import Changes, EnrollmentQuery
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.enrollments.checklist_panel import EnrollmentChecklistPanel
from desktop_app.ui.enrollments.enroll_dialog import EnrollDialog
from desktop_app.ui.enrollments.print_actions import ask_pdf_path
from desktop_app.ui.enrollments.print_jobs import ChecklistPrintJobs
from desktop_app.ui.enrollments.table_model import EnrollmentTableModel
from desktop_app.ui.errors import error_text
from desktop_app.ui.list_controller import ListController
from desktop_app.ui.tasks import Operation, TaskRunner
from desktop_app.ui.widgets.list_table import current_id, make_list_table, select_id
from desktop_app.ui.widgets.search_box import SearchBox


class EnrollmentsView(QWidget):
    """Lists enrollments by year, status, grade and group; each filter change is a new `list_ids` query."""

    ids_loaded = Signal(int)
    enrollment_changed = Signal(str)
    PAPER_SETTING = "printing/paper"  # QSettings key: the paper this PC's printer uses
    pdf_saved = Signal(str)  # path of a PDF written (one checklist or a group batch)

    def __init__(
        self, services: UiServices, runner: TaskRunner | None = None, parent: QWidget | None = None, *,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner or services.task_runner()
        # deferred: nothing is queried until `ensure_loaded()` (a hidden tab must not delay the first list)
        self._deferred = deferred
        self._wanted_year_id: str | None = None
        self._pending_select = ""
        self.last_error = ""  # the last message shown to the user (what a test or the status bar can read)

        self.search_box = SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Buscar estudiante (Ctrl+F)"))
        self.year_combo = QComboBox(self)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Todos los estados"), None)
        for code, label in labels.enrollment_statuses():
            self.status_combo.addItem(label, code)
        # Not a status: the matrículas whose data authorisation names an older text (issue 11).
        self.status_combo.addItem(self.tr("Autorización con texto anterior"), OUTDATED_CONSENT_FILTER)
        self.grade_combo = QComboBox(self)
        self.grade_combo.addItem(self.tr("Todos los grados"), None)
        for code, label in labels.grades():
            self.grade_combo.addItem(label, code)
        self.group_combo = QComboBox(self)
        self.group_combo.addItem(self.tr("Todos los grupos"), None)
        self.enroll_button = QPushButton(self.tr("Matricular…"), self)
        self.batch_button = QPushButton(self.tr("Imprimir grupo (P&DF)…"), self)
        self.batch_button.setToolTip(self.tr("Una lista de chequeo por estudiante del grupo, en un solo PDF"))
        self.count_label = QLabel(self)
        self.print_status_label = QLabel(self)  # the outcome of the last PDF (saved where, or cancelled)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setToolTip(self.tr("Tamaño del papel de las listas de chequeo"))
        for paper, text in (
            (PaperSize.LETTER, self.tr("Carta")),
            (PaperSize.A4, self.tr("A4")),
            (PaperSize.OFICIO, self.tr("Oficio")),
        ):
            self.paper_combo.addItem(text, str(paper))

        self.model = EnrollmentTableModel(self._fetch_rows, self)
        self.table = make_list_table(self.model, self)
        self.list = ListController(
            self._runner, self.table, self.model, lambda query: list(services.enrollments.list_ids(query)),
            EnrollmentQuery(), self,
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Widths from the longest usual text of each column, so grade and status are never cut off.
        metrics, padding = self.table.fontMetrics(), 18
        samples = ("Alejandro Camilo Gutiérrez", "NUIP 1176208132", "Transición", "Grupo", "Mañana",
                   "Documentos pendientes")
        for column, sample in enumerate(samples):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)

        self.panel = EnrollmentChecklistPanel(services, self._runner, self)
        self.print_jobs = ChecklistPrintJobs(services.checklist_print, self._runner, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([720, 560])

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Año:"), self))
        filters.addWidget(self.year_combo)
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.grade_combo, 1)
        filters.addWidget(self.group_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.print_status_label, 1)
        buttons.addWidget(QLabel(self.tr("Papel:"), self))
        buttons.addWidget(self.paper_combo)
        buttons.addWidget(self.batch_button)
        buttons.addWidget(self.enroll_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.search_box.search_changed.connect(self._on_filters_changed)
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.grade_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.group_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.list.loaded.connect(self._on_list_loaded)
        self.list.failed.connect(self._show_error)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(self._on_table_activated)
        self.enroll_button.clicked.connect(self.new_enrollment)
        self.batch_button.clicked.connect(self.print_group)
        self.paper_combo.currentIndexChanged.connect(self._on_paper_combo_changed)
        self.panel.changed.connect(self._on_panel_changed)
        self.panel.print_requested.connect(self.preview_enrollment)
        self.panel.pdf_requested.connect(self.save_enrollment_pdf)
        self.print_jobs.pdf_saved.connect(self._on_pdf_saved)
        self.print_jobs.batch_cancelled.connect(self._on_batch_cancelled)
        self.print_jobs.failed.connect(self._show_error)
        self._runner.changes_applied.connect(self._on_runner_changes_applied)
        for first, second in (
            (self.year_combo, self.search_box),
            (self.search_box, self.status_combo),
            (self.status_combo, self.grade_combo),
            (self.grade_combo, self.group_combo),
            (self.group_combo, self.table),
            (self.table, self.panel),
            (self.panel, self.paper_combo),
            (self.paper_combo, self.batch_button),
            (self.batch_button, self.enroll_button),
        ):
            self.setTabOrder(first, second)
        self._apply_roles()
        self.set_paper(str(QSettings().value(self.PAPER_SETTING, str(PaperSize.LETTER))))
        if not deferred:
            self._load_years()

    # public API (the main window binds Ctrl+N, Ctrl+F and Ctrl+P to these)

    def ensure_loaded(self) -> None:
        """Loads the years and the list the first time the screen is needed (see `deferred`)."""
        if self._deferred:
            self._deferred = False
            self._load_years()

    def query(self) -> EnrollmentQuery:
        return self.list.query()

    def is_loading(self) -> bool:
        return self.list.is_loading()

    def set_paper(self, paper: PaperSize | str) -> None:
        try:
            self.print_jobs.paper = PaperSize(paper)
        except ValueError:  # a hand-edited settings file: fall back to the default
            self.print_jobs.paper = PaperSize.LETTER
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(str(self.print_jobs.paper))))

    def paper(self) -> PaperSize:
        return self.print_jobs.paper

    def set_school_year(self, school_year_id: str | None) -> None:
        index = self.year_combo.findData(school_year_id)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
        elif self._deferred:  # remembered: ensure_loaded() chooses it
            self._wanted_year_id = school_year_id
        elif school_year_id:  # a year created since the list was loaded (e.g. "Crear año lectivo…")
            self._wanted_year_id = school_year_id
            self._load_years()
        else:
            self._apply_query(dataclasses.replace(self.list.query(), school_year_id=school_year_id))

    def reload(self) -> None:
        self.list.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def current_enrollment_id(self) -> str | None:
        return current_id(self.table)

    def select_enrollment(self, enrollment_id: str) -> bool:
        return select_id(self.table, enrollment_id)

    @Slot()
    def new_enrollment(self, student_id: str | None = None) -> EnrollDialog | None:
        if not can(self._roles(), Action.enrollment_create):
            return None
        dialog = EnrollDialog(
            self._services, self._runner, self, student_id=student_id, school_year_id=self.year_combo.currentData()
        )
        dialog.enrolled.connect(self._on_dialog_enrolled)
        dialog.open()
        return dialog

    @Slot()
    def print_current(self) -> None:
        enrollment_id = self.current_enrollment_id()
        if enrollment_id:
            self.preview_enrollment(enrollment_id)

    @Slot(str)
    def preview_enrollment(self, enrollment_id: str) -> None:
        """Print preview (with its print button) of one checklist; the data is gathered in the background."""
        self.print_jobs.preview(enrollment_id)

    @Slot(str)
    def save_enrollment_pdf(self, enrollment_id: str, path: str | None = None) -> None:
        if path is None:
            row = self.model.row_at(self.model.row_of(enrollment_id))
            name = self.tr("Lista de chequeo - %s") % (row.student_name if row else enrollment_id)
            path = ask_pdf_path(self, name)
            if not path:
                return
        self.print_jobs.save_pdf(enrollment_id, path)

    @Slot()
    def print_group(self) -> None:
        """Asks which group, then where to save, then writes the batch PDF with progress and cancel."""
        year_id = self.year_combo.currentData()
        if not year_id:
            QMessageBox.information(self, self.tr("Imprimir grupo"), self.tr("No hay año lectivo seleccionado."))
            return
        enrollments = self._services.enrollments
        self._runner.operation(lambda _progress: list(enrollments.groups(year_id))).on_success(
            self._ask_group_and_print
        ).on_error(self._show_error).start()

    def _ask_group_and_print(self, groups: list[Any]) -> None:
        if not groups:
            QMessageBox.information(self, self.tr("Imprimir grupo"), self.tr("Este año no tiene matrículas."))
            return
        choices = [self._group_text(group) for group in groups]
        current = self._current_group_index(groups)
        text, accepted = QInputDialog.getItem(
            self, self.tr("Imprimir grupo"), self.tr("Grupo:"), choices, current, False
        )
        if not accepted:
            return
        group = groups[choices.index(text)]
        name = self.tr("Listas de chequeo - %s") % text.split(" (")[0]
        path = ask_pdf_path(self, name)
        if path:
            self.print_group_pdf(group.school_year_id, group.grade_level, group.group_code, path)

    def print_group_pdf(self, school_year_id: str, grade_level: str, group_code: str | None, path: str) -> Operation:
        """Writes one PDF with a checklist per enrollment of the group, off the UI thread; returns the Operation."""
        return self.print_jobs.batch_pdf(school_year_id, grade_level, group_code, path)

    def checklist_print_service(self) -> ChecklistPrintService:
        return self.print_jobs.service()

    # internals

    def _roles(self) -> frozenset[str]:
        return frozenset(getattr(getattr(self._services, "context", None), "roles", ()) or ())

    def _apply_roles(self) -> None:
        roles = self._roles()
        for button, action, tip in (
            (self.enroll_button, Action.enrollment_create, self.tr("Matricular a un estudiante (Ctrl+N)")),
            (self.batch_button, Action.print, self.batch_button.toolTip()),
        ):
            allowed = can(roles, action)
            button.setEnabled(allowed)
            button.setToolTip(tip if allowed else self.tr("Su rol no permite %s.") % action_label(action))

    def _load_years(self) -> None:
        school_years = self._services.school_years
        self._runner.operation(lambda _progress: school_years.years()).on_success(
            self._on_years_loaded
        ).on_error(self._show_error).start()

    def _on_years_loaded(self, years: list[Any]) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(year.name, year.id)
        active = next((i for i, year in enumerate(years) if getattr(year, "status", "") == "active"), 0)
        wanted = self.year_combo.findData(self._wanted_year_id) if self._wanted_year_id else -1
        self.year_combo.setCurrentIndex(wanted if wanted >= 0 else active)
        self.year_combo.blockSignals(False)
        self._on_year_combo_changed()

    def _load_groups(self, school_year_id: str | None) -> None:
        if not school_year_id:
            return
        enrollments = self._services.enrollments
        self._runner.operation(lambda _progress: list(enrollments.groups(school_year_id))).on_success(
            self._on_groups_loaded
        ).on_error(self._show_error).start()

    def _on_groups_loaded(self, groups: list[Any]) -> None:
        current = self.group_combo.currentData()
        codes = sorted({group.group_code for group in groups if group.group_code})
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Todos los grupos"), None)
        for code in codes:
            self.group_combo.addItem(code, code)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(current)))
        self.group_combo.blockSignals(False)

    def _group_text(self, group: Any) -> str:
        grade = labels.grade_label(group.grade_level)
        code = f" {group.group_code}" if group.group_code else ""
        shift = f" – {labels.shift_label(group.shift)}" if group.shift else ""
        count = group.enrollment_count
        size = self.tr("1 estudiante") if count == 1 else self.tr("%d estudiantes") % count
        return f"{grade}{code}{shift} ({size})"

    def _current_group_index(self, groups: list[Any]) -> int:
        grade, code = self.grade_combo.currentData(), self.group_combo.currentData()
        for index, group in enumerate(groups):
            if (grade is None or group.grade_level == grade) and (code is None or group.group_code == code):
                return index
        return 0

    def _fetch_rows(self, ids: list[str]) -> list[Any]:
        return list(self._services.enrollments.rows(ids))

    def _apply_query(self, query: EnrollmentQuery) -> None:
        self.list.set_query(query)

    @Slot(int)
    def _on_list_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("1 matrícula") if count == 1 else self.tr("%d matrículas") % count)
        if count and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.ids_loaded.emit(count)

    def _show_error(self, error: BaseException) -> None:
        # open() rather than exec(): a failure never blocks the event loop (or a background batch's callbacks)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No se pudo completar"), error_text(error),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = error_text(error)

    @Slot()
    def _on_year_combo_changed(self, *_args: object) -> None:
        year_id = self.year_combo.currentData()
        self._load_groups(year_id)
        self._on_filters_changed()

    @Slot()
    def _on_filters_changed(self, *_args: object) -> None:
        self._apply_query(
            dataclasses.replace(
                self.list.query(),
                school_year_id=self.year_combo.currentData(),
                status=self.status_combo.currentData(),
                grade=self.grade_combo.currentData(),
                group_code=self.group_combo.currentData(),
                text=self.search_box.text().strip(),
            )
        )

    @Slot()
    def _on_paper_combo_changed(self, *_args: object) -> None:
        self.print_jobs.paper = PaperSize(self.paper_combo.currentData())
        QSettings().setValue(self.PAPER_SETTING, str(self.print_jobs.paper))

    @Slot(str, bool)
    def _on_model_sort_requested(self, sort_key: str, descending: bool) -> None:
        self._apply_query(dataclasses.replace(self.list.query(), sort=sort_key, descending=descending))

    @Slot()
    def _on_model_reset(self) -> None:
        if self.model.rowCount() == 0:
            self.panel.set_enrollment(None)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or self.panel.enrollment_id() != row.id or self.panel.enrollment() != row:
            self.panel.set_enrollment(row)

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        # Enter on a matrícula goes to its documents: the next thing the secretary works on
        self.panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_dialog_enrolled(self, enrollment_id: str) -> None:
        self.enrollment_changed.emit(enrollment_id)
        self._load_groups(self.year_combo.currentData())
        self.reload()
        self._pending_select = enrollment_id
        self.ids_loaded.connect(self._select_pending_once)

    @Slot(int)
    def _select_pending_once(self, _count: int) -> None:
        self.ids_loaded.disconnect(self._select_pending_once)
        self.select_enrollment(self._pending_select)

    @Slot(str)
    def _on_panel_changed(self, enrollment_id: str) -> None:
        self.model.refresh([enrollment_id])
        self.enrollment_changed.emit(enrollment_id)

    def _on_pdf_saved(self, path: str) -> None:
        self.pdf_saved.emit(path)
        self.print_status_label.setText(self.tr("PDF guardado: %s") % Path(path).name)
        self.print_status_label.setToolTip(path)

    @Slot()
    def _on_batch_cancelled(self) -> None:
        self.print_status_label.setText(self.tr("Impresión del grupo cancelada."))

    @Slot(object)
    def _on_runner_changes_applied(self, changes: Changes) -> None:
        if changes.kinds & {"enrollments", "enrollment_documents", "students"}:
            self.model.refresh([item for item in changes.ids if self.model.row_of(item) >= 0])

