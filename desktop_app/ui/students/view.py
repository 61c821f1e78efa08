"""The Estudiantes screen: search box, filters, the lazy students table and the buttons that open the form."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.permissions import Action, can
from desktop_app.services.dto import Changes, StudentQuery, StudentRow
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.list_controller import ListController
from desktop_app.ui.review_tags import tagged
from desktop_app.ui.students.table_model import StudentTableModel
from desktop_app.ui.tasks import show_error
from desktop_app.ui.widgets.list_table import current_id, focus_first_row, make_list_table, select_id
from desktop_app.ui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from desktop_app.ui.students.form import StudentDialog


class StudentsView(QWidget):
    """Lists the school's students; every filter or sort change is a new `StudentService.list_ids` query."""

    ids_loaded = Signal(int)  # how many students the current query found
    student_saved = Signal(str)
    enroll_requested = Signal(str)  # student id; the main window hands it to the Matrículas screen

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()

        self.search_box = SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Buscar por nombre o documento (Ctrl+F)"))
        self.active_only_check = QCheckBox(self.tr("Solo activos"), self)
        self.active_only_check.setChecked(True)
        self.grade_combo = QComboBox(self)
        self.grade_combo.addItem(self.tr("Todos los grados"), None)
        for code, label in labels.grades():
            self.grade_combo.addItem(label, code)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Toda matrícula"), None)
        for code, label in labels.enrollment_statuses():
            self.status_combo.addItem(label, code)
        self.new_button = QPushButton(self.tr("Nuevo estudiante"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("Abrir"), self)
        self.enroll_button = QPushButton(self.tr("Matricular…"), self)
        self.enroll_button.setToolTip(self.tr("Matricular al estudiante seleccionado (Ctrl+M)"))
        self.enroll_button.setEnabled(False)
        self.active_button = QPushButton(self.tr("Desactivar"), self)
        self.active_button.setEnabled(False)
        self.count_label = QLabel(self)

        self.model = StudentTableModel(self._fetch_rows, self)
        self.table = make_list_table(self.model, self)
        self.list = ListController(self._runner, self.table, self.model, self._list_ids, StudentQuery(), self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names are the long column
        for column, width in enumerate((300, 170, 105, 170, 190, 90)):
            header.resizeSection(column, width)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.grade_combo, 1)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.active_only_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.enroll_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search_box.search_changed.connect(self._on_search_box_search_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.active_only_check.toggled.connect(self._on_filters_changed)
        self.grade_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.list.loaded.connect(self._on_list_loaded)
        self.list.failed.connect(self._on_list_failed)
        self.table.activated.connect(self._on_table_activated)
        self.new_button.clicked.connect(self.new_student)
        self.edit_button.clicked.connect(self.open_current)
        self.active_button.clicked.connect(self.toggle_current_active)
        self.enroll_button.clicked.connect(self.enroll_current)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self._runner.changes_applied.connect(self._on_runner_changes_applied)
        self._apply_roles()
        self.setTabOrder(self.search_box, self.grade_combo)
        self.setTabOrder(self.grade_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.active_only_check)
        self.setTabOrder(self.active_only_check, self.table)
        self.setTabOrder(self.table, self.active_button)
        self.setTabOrder(self.active_button, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.new_button)

    def _roles(self) -> frozenset[str]:
        return frozenset(getattr(self._services.context, "roles", frozenset()))

    def _apply_roles(self) -> None:
        # a button the user may not use is greyed out with the reason, rather than failing after a click
        allowed = can(self._roles(), Action.student_create)
        self.new_button.setEnabled(allowed)
        self.new_button.setToolTip(self.tr("Ctrl+N") if allowed else self.tr("Su rol no permite crear estudiantes."))

    def query(self) -> StudentQuery:
        return self.list.query()

    def is_loading(self) -> bool:
        return self.list.is_loading()

    def set_school_year(self, school_year_id: str | None) -> None:
        self._apply_query(dataclasses.replace(self.list.query(), school_year_id=school_year_id))

    def reload(self) -> None:
        self.list.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def current_student_id(self) -> str | None:
        return current_id(self.table)

    def current_row(self) -> StudentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_student(self, student_id: str) -> bool:
        return select_id(self.table, student_id)

    @Slot()
    def new_student(self) -> None:
        if self.new_button.isEnabled():
            self._open_dialog(None)

    @Slot()
    def enroll_current(self) -> None:
        row = self.current_row()
        if row is not None and row.is_active and can(self._roles(), Action.enrollment_create):
            self.enroll_requested.emit(row.id)

    @Slot()
    def toggle_current_active(self) -> None:
        """Deactivates the selected student (after asking) or reactivates an inactive one."""
        row = self.current_row()
        if row is None or not can(self._roles(), Action.student_deactivate):
            return
        students = self._services.students
        if row.is_active:
            answer = QMessageBox.question(
                self,
                self.tr("Desactivar estudiante"),
                self.tr("¿Desactivar a %1? Sus datos y matrículas se conservan; deja de aparecer en la lista de activos.").replace(
                    "%1", row.full_name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            change = students.deactivate
        else:
            change = students.reactivate
        student_id = row.id
        self._runner.operation(lambda _progress: Changes.of("students", change(student_id).id)).on_success(
            lambda _changes: self.reload()
        ).start()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        allowed = row is not None and can(self._roles(), Action.student_deactivate)
        self.active_button.setEnabled(allowed)
        self.enroll_button.setEnabled(
            row is not None and row.is_active and can(self._roles(), Action.enrollment_create)
        )
        self.active_button.setText(self.tr("Reactivar") if row is not None and not row.is_active else self.tr("Desactivar"))

    @Slot()
    def open_current(self) -> None:
        student_id = self.current_student_id()
        if student_id:
            self._open_dialog(student_id)

    def open_student(self, student_id: str) -> StudentDialog:
        """Opens one student's form (from another window, e.g. *Revisión para SIMAT*)."""
        return self._open_dialog(student_id)

    def _open_dialog(self, student_id: str | None) -> StudentDialog:
        # the form and its tabs are imported on first use, not at start-up
        from desktop_app.ui.students.form import StudentDialog

        dialog = StudentDialog(self._services, student_id, self)
        dialog.student_saved.connect(self._on_dialog_student_saved)
        dialog.open()
        return dialog

    def _fetch_rows(self, ids: list[str]) -> list[StudentRow]:
        rows = self._services.students.rows(ids, school_year_id=self.list.query().school_year_id)
        return tagged(rows, self._services.review, "students")

    def _list_ids(self, query: StudentQuery) -> list[str]:
        # the year decides which enrollment each row shows; it filters only with a grade or status chosen,
        # so students not yet enrolled this year stay on the list (they are the ones to enroll)
        filtering = query.grade is not None or query.enrollment_status is not None
        return self._services.students.list_ids(query if filtering else dataclasses.replace(query, school_year_id=None))

    def _apply_query(self, query: StudentQuery) -> None:
        self.list.set_query(query)

    @Slot(int)
    def _on_list_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n estudiante(s)", "", count))
        self.ids_loaded.emit(count)

    @Slot(object)
    def _on_list_failed(self, error: BaseException) -> None:
        show_error(self, error)

    @Slot()
    def _on_search_box_return_pressed(self) -> None:
        # Enter in the search box goes to the first match (a second Enter opens it)
        self.list.focus_first_when_loaded()  # set first: a synchronous runner answers inside flush()
        if not (self.search_box.flush() or self.list.is_loading()):
            self.list.focus_first_when_loaded(False)
            focus_first_row(self.table)

    @Slot(str)
    def _on_search_box_search_changed(self, text: str) -> None:
        self._apply_query(dataclasses.replace(self.list.query(), text=text.strip()))

    @Slot()
    def _on_filters_changed(self, *_args: object) -> None:
        self._apply_query(
            dataclasses.replace(
                self.list.query(),
                active_only=self.active_only_check.isChecked(),
                grade=self.grade_combo.currentData(),
                enrollment_status=self.status_combo.currentData(),
            )
        )

    @Slot(str, bool)
    def _on_model_sort_requested(self, sort_key: str, descending: bool) -> None:
        self._apply_query(dataclasses.replace(self.list.query(), sort=sort_key, descending=descending))

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        student_id = self.model.id_at(index.row())
        if student_id:
            self._open_dialog(student_id)

    @Slot(str)
    def _on_dialog_student_saved(self, student_id: str) -> None:
        self.student_saved.emit(student_id)
        self.reload()

    @Slot(object)
    def _on_runner_changes_applied(self, changes: Changes) -> None:
        if changes.kinds & {"students", "enrollments", "student_guardians"}:
            self.model.refresh(list(changes.ids))
