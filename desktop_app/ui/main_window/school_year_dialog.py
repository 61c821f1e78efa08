"""A small dialog to create a school year (on a first run there is none, and enrollments need one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from desktop_app.domain.errors import FieldError
from desktop_app.services.dto import Changes, SchoolYearDraft
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.errors import error_text
from desktop_app.ui.widgets.field_error import FieldErrorLabel
from desktop_app.ui.widgets.form_fields import FieldForm


class SchoolYearDialog(QDialog):
    """Name, first and last day, and whether it becomes the current year; saved by `SchoolYearService`."""

    year_created = Signal(str)

    def __init__(self, services: UiServices, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()
        today = today or date.today()
        self.setWindowTitle(self.tr("Nuevo año lectivo"))
        self.general_error = FieldErrorLabel(self)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.name_edit = self.form.add_line(self.tr("Nombre"), "name", max_length=30)
        self.starts_edit = self.form.add_line(self.tr("Primer día"), "starts_on", placeholder=self.tr("dd/mm/aaaa"))
        self.ends_edit = self.form.add_line(self.tr("Último día"), "ends_on", placeholder=self.tr("dd/mm/aaaa"))
        self.active_check = self.form.add_check(self.tr("Es el año lectivo actual"), "active")
        # calendar A (February to November) is what most Colombian public schools follow
        self.form.load(
            {
                "name": str(today.year),
                "starts_on": labels.format_date(date(today.year, 1, 26)),
                "ends_on": labels.format_date(date(today.year, 11, 27)),
                "active": True,
            }
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form_layout)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    @Slot()
    def save(self) -> None:
        self.form.clear_errors()
        self.general_error.clear_message()
        values = self.form.values()
        dates: dict[str, date | None] = {}
        bad = []
        for field in ("starts_on", "ends_on"):
            try:
                dates[field] = labels.parse_date(values[field])
            except ValueError:
                bad.append(FieldError(field, "invalid_date"))
            else:
                if dates[field] is None:
                    bad.append(FieldError(field, "required"))
        if bad:
            self.form.show_errors(bad)
            return
        draft = SchoolYearDraft(
            name=values["name"],
            starts_on=dates["starts_on"],  # type: ignore[arg-type]
            ends_on=dates["ends_on"],  # type: ignore[arg-type]
            status="active" if values["active"] else "planning",
        )
        years = self._services.school_years
        self.buttons.setEnabled(False)
        self._runner.operation(
            lambda _progress: Changes.of("school_years", years.create_year(draft).id)
        ).on_success(self._on_saved).on_error(self._on_failed).start()

    def _on_saved(self, changes: Changes) -> None:
        self.buttons.setEnabled(True)
        self.year_created.emit(next(iter(changes.ids)))
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        unplaced = self.form.show_errors(list(getattr(error, "errors", None) or []))
        if unplaced or not getattr(error, "errors", None):
            self.general_error.show_message(error_text(error))
