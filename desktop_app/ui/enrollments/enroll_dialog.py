"""The "Matricular" dialog: pick a student by search, then year, grade (with the age check), group and shift."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.grades import age_warning
from desktop_app.domain.shifts import SHIFTS
from desktop_app.services.dto import EnrollmentDraft, EnrollmentRow, SchoolYearRow, StudentQuery, StudentRow
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.errors import error_text, errors_by_field, field_error_text
from desktop_app.ui.tasks import TaskProgress, TaskRunner
from desktop_app.ui.widgets.field_error import FieldErrorLabel
from desktop_app.ui.widgets.search_box import SearchBox

MAX_STUDENT_RESULTS = 50


class EnrollDialog(QDialog):
    """Creates one enrollment through `EnrollmentService.enroll`; keeps every field filled if it is refused."""

    enrolled = Signal(str)  # the new enrollment id

    def __init__(
        self,
        services: UiServices,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        student_id: str | None = None,
        school_year_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._student_rows: dict[str, StudentRow] = {}
        self._years: dict[str, SchoolYearRow] = {}
        self._search_generation = 0
        self.setWindowTitle(self.tr("Matricular estudiante"))
        self.setMinimumWidth(520)

        self.search_box = SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Buscar estudiante por nombre o documento"))
        self.student_list = QListWidget(self)
        self.student_list.setMinimumHeight(140)
        self.student_error = FieldErrorLabel(self)
        self.more_label = QLabel(self)  # says the list is cut, so the user types more instead of scrolling
        self.more_label.setStyleSheet("color: #555;")
        self.more_label.hide()
        self.year_combo = QComboBox(self)
        self.grade_combo = QComboBox(self)
        self.grade_combo.addItem(self.tr("— Seleccione el grado —"), None)
        for code, label in labels.grades():
            self.grade_combo.addItem(label, code)
        self.grade_error = FieldErrorLabel(self)
        self.group_edit = QLineEdit(self)
        self.group_edit.setMaxLength(10)  # enrollments.group_code is VARCHAR(10)
        self.group_edit.setPlaceholderText(self.tr("Ej.: 601, A"))
        self.group_error = FieldErrorLabel(self)
        self.shift_combo = QComboBox(self)
        self.shift_combo.addItem(self.tr("— Sin jornada —"), None)
        for code, shift in SHIFTS.items():
            self.shift_combo.addItem(shift.label, code)
        self.new_student_check = QCheckBox(self.tr("Estudiante nuevo en el colegio"), self)
        self.new_student_check.setChecked(True)
        self.general_error = FieldErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Matricular"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))

        form = QFormLayout()
        form.addRow(self.tr("Estudiante:"), self.search_box)
        form.addRow("", self.student_list)
        form.addRow("", self.more_label)
        form.addRow("", self.student_error)
        form.addRow(self.tr("Año lectivo:"), self.year_combo)
        form.addRow(self.tr("Grado:"), self.grade_combo)
        form.addRow("", self.grade_error)
        form.addRow(self.tr("Grupo:"), self.group_edit)
        form.addRow("", self.group_error)
        form.addRow(self.tr("Jornada:"), self.shift_combo)
        form.addRow("", self.new_student_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.search_box.search_changed.connect(self._on_search_box_search_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.student_list.currentItemChanged.connect(self._on_selection_changed)
        self.grade_combo.currentIndexChanged.connect(self._on_selection_changed)
        self.year_combo.currentIndexChanged.connect(self._on_selection_changed)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self._load_years(school_year_id)
        if student_id:
            self._preselect_student(student_id)
        else:
            self._run_search("")

    def selected_student_id(self) -> str | None:
        item = self.student_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return str(value) if value else None

    def select_student(self, student_id: str) -> bool:
        for row in range(self.student_list.count()):
            if self.student_list.item(row).data(Qt.ItemDataRole.UserRole) == student_id:
                self.student_list.setCurrentRow(row)
                return True
        return False

    def set_grade(self, grade_code: str) -> None:
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(grade_code)))

    def set_shift(self, shift_code: str | None) -> None:
        self.shift_combo.setCurrentIndex(max(0, self.shift_combo.findData(shift_code)))

    def draft(self) -> EnrollmentDraft:
        return EnrollmentDraft(
            school_year_id=self.year_combo.currentData() or "",
            grade_level=self.grade_combo.currentData() or "",
            group_code=self.group_edit.text().strip() or None,
            shift=self.shift_combo.currentData(),
            is_new_student=self.new_student_check.isChecked(),
        )

    def age_warning_text(self) -> str:
        return self.grade_error.text() if self.grade_error.isVisible() else ""

    @Slot()
    def submit(self) -> None:
        for label in (self.student_error, self.grade_error, self.group_error, self.general_error):
            label.clear_message()
        student_id = self.selected_student_id()
        draft = self.draft()
        missing = False
        if not student_id:
            self.student_error.show_message(self.tr("Seleccione el estudiante."))
            missing = True
        if not draft.grade_level:
            self.grade_error.show_message(self.tr("Seleccione el grado."))
            missing = True
        if not draft.school_year_id:
            self.general_error.show_message(self.tr("No hay año lectivo: créelo primero en la configuración."))
            missing = True
        if missing or student_id is None:
            return
        self.ok_button.setEnabled(False)
        enrollments, chosen = self._services.enrollments, student_id
        self._runner.operation(lambda _progress: enrollments.enroll(chosen, draft)).on_success(
            self._on_enrolled
        ).on_error(self._on_enroll_failed).start()

    def _load_years(self, school_year_id: str | None) -> None:
        service = self._services.school_years
        self._runner.operation(lambda _progress: service.years()).on_success(
            lambda years: self._on_years_loaded(years, school_year_id)
        ).on_error(self._on_enroll_failed).start()

    def _on_years_loaded(self, years: list[SchoolYearRow], school_year_id: str | None) -> None:
        self._years = {year.id: year for year in years}
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(year.name, year.id)
        if school_year_id:
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(school_year_id)))

    def _preselect_student(self, student_id: str) -> None:
        students = self._services.students
        def show(row: StudentRow) -> None:
            self._show_students([row], 1)
            self.select_student(student_id)

        self._runner.operation(lambda _progress: students.get(student_id)).on_success(show).on_error(
            self._on_enroll_failed
        ).start()

    def _run_search(self, text: str) -> None:
        self._search_generation += 1
        generation = self._search_generation
        students = self._services.students

        def work(_progress: TaskProgress) -> tuple[list[StudentRow], int]:
            ids = students.list_ids(StudentQuery(text=text))
            return list(students.rows(ids[:MAX_STUDENT_RESULTS])), len(ids)

        self._runner.operation(work).on_success(
            lambda result: self._show_students(*result) if generation == self._search_generation else None
        ).start()

    def _show_students(self, rows: list[StudentRow], found: int | None = None) -> None:
        more = (found or 0) > len(rows)
        self.more_label.setVisible(more)
        if more:
            self.more_label.setText(
                self.tr("Se muestran %d de %d: escriba más del nombre o el documento.") % (len(rows), found)
            )
        selected = self.selected_student_id()
        self.student_list.clear()
        for row in rows:
            self._student_rows[row.id] = row
            born = labels.format_date(row.birth_date)
            text = f"{row.full_name} — {row.document_type} {row.document_number}"
            if born:
                text += f" — {born}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.student_list.addItem(item)
        kept = selected is not None and self.select_student(selected)
        if not kept and self.student_list.count() == 1:
            self.student_list.setCurrentRow(0)

    @Slot(str)
    def _on_search_box_search_changed(self, text: str) -> None:
        self._run_search(text.strip())

    @Slot()
    def _on_search_box_return_pressed(self) -> None:
        # Enter in the search box picks the first match instead of submitting half a form
        if self.student_list.count() and self.student_list.currentRow() < 0:
            self.student_list.setCurrentRow(0)
        self.student_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_selection_changed(self, *_args: object) -> None:
        self.grade_error.clear_message()
        row = self._student_rows.get(self.selected_student_id() or "")
        grade = self.grade_combo.currentData()
        if row is None or not grade:
            return
        warning = age_warning(grade, row.birth_date, self._age_reference_date())
        if warning is not None:
            self.grade_error.show_message(field_error_text(warning), warning=True)

    def _age_reference_date(self) -> date:
        # Ages are judged at the start of the year being enrolled (how SIMAT and the grade ranges count them)
        year = self._years.get(self.year_combo.currentData() or "")
        return year.starts_on if year is not None else date.today()

    def _on_enrolled(self, row: EnrollmentRow) -> None:
        self.ok_button.setEnabled(True)
        self.enrolled.emit(row.id)
        self.accept()

    def _on_enroll_failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        shown = False
        targets = {
            "student_id": self.student_error,
            "grade_level": self.grade_error,
            "group_code": self.group_error,
        }
        for field, errors in errors_by_field(error).items():
            label = targets.get(field)
            if label is not None:
                label.show_message("\n".join(field_error_text(item) for item in errors))
                shown = True
        if not shown:
            self.general_error.show_message(error_text(error))
