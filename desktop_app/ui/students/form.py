"""The student form: personal data with errors beside each field, the duplicate warning, and the guardians tab."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError
from desktop_app.domain.permissions import Action, can
from desktop_app.domain.piar import Piar
from desktop_app.printing.piar import render_piar_pdf
from desktop_app.services.dto import (
    Changes,
    EnrollmentRow,
    GuardianLinkDraft,
    LinkedGuardianRow,
    StudentDraft,
    StudentGuardianDraft,
    StudentRow,
)
from desktop_app.services.students import SimilarStudentsFound
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.enrollments.print_actions import ask_pdf_path
from desktop_app.ui.errors import error_text
from desktop_app.ui.review_tags import banner_text, with_tag
from desktop_app.ui.students.guardian_links import GuardianLinkDialog, GuardianLinksModel, LinkEntry
from desktop_app.ui.students.piar_tab import PiarTab
from desktop_app.ui.students.simat_tab import DISABILITY, SimatTab, has_disability, nest
from desktop_app.ui.tasks import TaskProgress
from desktop_app.ui.widgets.field_error import FieldErrorLabel
from desktop_app.ui.widgets.form_fields import FieldForm


def _same(value: Any) -> Any:
    return value


def _iso_date(text: str) -> date | str:
    """A date as the outbox holds it; text that is not a date is shown as it was typed."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return text


@dataclass(frozen=True)
class _Field:
    """One student field, declared once: `name` is the form key and the `StudentDraft`/`StudentRow` attribute;
    `show` turns a stored value into what the widget holds, `read` turns the widget's value into the draft's."""

    name: str
    show: Callable[[Any], Any] = _same
    read: Callable[[Any], Any] = _same


STUDENT_FIELDS: tuple[_Field, ...] = (
    _Field("document_type"),
    _Field("document_number"),
    _Field("full_name"),
    _Field("birth_date", labels.format_date, labels.parse_date),
    _Field("gender"),
)
"""The fields the form shows; anything else of the student (extra_data keys, PIAR…) is left as stored."""


class StudentDialog(QDialog):
    """Creates or edits one student and their guardians; stays open with every value on any error."""

    student_saved = Signal(str)
    loaded = Signal()

    def __init__(self, services: UiServices, student_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()
        self._student_id = student_id
        self._saved_links: dict[str, LinkEntry] = {}
        self._loaded_values: dict[str, Any] | None = None
        self._saving = False
        self.resends: int | None = None  # Revisión, *Corregir y reenviar*: the rejected change this save corrects
        self._typed: dict[str, object] | None = None  # ... and its data, shown over the stored row once loaded
        self.in_review = False
        self.setWindowTitle(self.tr("Estudiante") if student_id else self.tr("Nuevo estudiante"))
        self.setMinimumSize(880, 420)

        self.general_error = FieldErrorLabel(self)
        self.similar_frame = QFrame(self)
        self.similar_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.similar_frame.setStyleSheet("QFrame { background: #fff4ce; }")
        self.similar_label = QLabel(self.similar_frame)
        self.similar_label.setWordWrap(True)
        self.save_anyway_button = QPushButton(self.tr("Guardar de todas formas"), self.similar_frame)
        similar_layout = QHBoxLayout(self.similar_frame)
        similar_layout.addWidget(self.similar_label, 1)
        similar_layout.addWidget(self.save_anyway_button)
        self.similar_frame.hide()

        self.tabs = QTabWidget(self)
        data_page = QWidget(self.tabs)
        data_layout = QFormLayout(data_page)
        self.form = FieldForm(data_layout)
        self.document_type_combo = self.form.add_combo(
            self.tr("Tipo de documento"), "document_type", labels.document_types()
        )
        self.document_number_edit = self.form.add_line(self.tr("Número de documento"), "document_number", max_length=30)
        self.full_name_edit = self.form.add_line(
            self.tr("Nombre completo"), "full_name", placeholder=self.tr("Nombres y apellidos")
        )
        self.birth_date_edit = self.form.add_line(
            self.tr("Fecha de nacimiento"), "birth_date", placeholder=self.tr("dd/mm/aaaa"), max_length=10
        )
        self.gender_combo = self.form.add_combo(self.tr("Sexo"), "gender", [(None, "—"), *labels.genders()])
        self.tabs.addTab(data_page, self.tr("Datos del estudiante"))

        self.simat_tab = SimatTab(self.full_name_edit.text, self.tabs)
        self.simat_scroll = QScrollArea(self.tabs)
        self.simat_scroll.setWidgetResizable(True)
        self.simat_scroll.setWidget(self.simat_tab)
        self._loaded_tab = self.simat_tab.values()  # the draft sends only what changed from these
        self._focus_after_load: str | None = None

        guardians_page = QWidget(self.tabs)
        self.links_model = GuardianLinksModel(self)
        self.links_table = QTableView(guardians_page)
        self.links_table.setModel(self.links_model)
        self.links_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.links_table.verticalHeader().setVisible(True)  # the row number is the guardian's priority
        self.links_table.setWordWrap(False)
        self.links_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.links_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_link_button = QPushButton(self.tr("Agregar acudiente…"), guardians_page)
        self.edit_link_button = QPushButton(self.tr("Editar vínculo…"), guardians_page)
        self.remove_link_button = QPushButton(self.tr("Quitar"), guardians_page)
        self.up_button = QPushButton(self.tr("Subir prioridad"), guardians_page)
        self.down_button = QPushButton(self.tr("Bajar prioridad"), guardians_page)
        link_buttons = QVBoxLayout()
        for button in (self.add_link_button, self.edit_link_button, self.remove_link_button, self.up_button, self.down_button):
            link_buttons.addWidget(button)
        link_buttons.addStretch(1)
        guardians_layout = QHBoxLayout(guardians_page)
        guardians_layout.addWidget(self.links_table, 1)
        guardians_layout.addLayout(link_buttons)
        self.tabs.addTab(guardians_page, self.tr("Acudientes"))

        # read-only history: matrículas are made and changed on the Matrículas tab
        self.enrollments_list = QListWidget(self.tabs)
        self.tabs.addTab(self.enrollments_list, self.tr("Matrículas"))
        self.tabs.addTab(self.simat_scroll, self.tr("Salud y SIMAT"))
        # the PIAR (sensitive data, Ley 1581 art. 5) has a tab only for the roles that may see it
        self.piar_tab: PiarTab | None = None
        self._stored_disability = False
        if can(services.context.roles, Action.piar_view):
            self.piar_tab = PiarTab(self.tabs)
            self.tabs.addTab(self.piar_tab, self.tr("PIAR"))
            self.simat_tab.combo(DISABILITY).currentIndexChanged.connect(self._follow_disability)
            self.piar_tab.print_requested.connect(self.print_piar)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Guardar"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.review_banner = FieldErrorLabel(self)  # "En revisión" / the correction being made
        layout = QVBoxLayout(self)
        layout.addWidget(self.review_banner)
        layout.addWidget(self.general_error)
        layout.addWidget(self.similar_frame)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_anyway_button.clicked.connect(self.save_anyway)
        self.add_link_button.clicked.connect(self.add_link)
        self.edit_link_button.clicked.connect(self.edit_link)
        self.remove_link_button.clicked.connect(self.remove_link)
        self.up_button.clicked.connect(lambda: self._move_link(-1))
        self.down_button.clicked.connect(lambda: self._move_link(+1))
        self.links_table.activated.connect(lambda _index: self.edit_link())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Up"), self.links_table, lambda: self._move_link(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.links_table, lambda: self._move_link(+1))
        QShortcut(QKeySequence("Ctrl+G"), self, self.add_link)
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.links_table, self.remove_link)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.setTabOrder(self.document_type_combo, self.document_number_edit)
        self.setTabOrder(self.document_number_edit, self.full_name_edit)
        self.setTabOrder(self.full_name_edit, self.birth_date_edit)
        self.setTabOrder(self.birth_date_edit, self.gender_combo)

        may_save = can(services.context.roles, Action.student_update if student_id else Action.student_create)
        self.read_only = not may_save
        if self.piar_tab is not None:
            self.piar_tab.set_editable(may_save and can(services.context.roles, Action.piar_edit))
        if self.read_only:
            # a teacher may look but not change: every editing control is disabled, the reason is said once
            self.save_button.setEnabled(False)
            for button in (self.add_link_button, self.edit_link_button, self.remove_link_button, self.up_button, self.down_button):
                button.setEnabled(False)
            self.general_error.show_message(self.tr("Su rol permite ver este estudiante, no modificarlo."), warning=True)
        if student_id:
            # nothing can be typed until the stored values are in, so the load never overwrites typing
            self.tabs.setEnabled(False)
            self.buttons.setEnabled(False)
            students, guardians = services.students, services.guardians
            enrollments, review = services.enrollments, services.review
            with_piar = self.piar_tab is not None
            self._runner.operation(
                lambda _progress: (
                    students.get(student_id),
                    guardians.guardians_of(student_id),
                    enrollments.for_student(student_id),
                    students.piar(student_id) if with_piar else None,
                    review is not None and student_id in review.in_review("students"),
                )
            ).on_success(self._on_loaded).on_error(self._on_save_failed).start()
        else:
            self._loaded_values = self._all_values()
        self.document_number_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def student_id(self) -> str | None:
        return self._student_id

    def is_saving(self) -> bool:
        return self._saving

    def _on_loaded(
        self, loaded: tuple[StudentRow, list[LinkedGuardianRow], list[EnrollmentRow], Piar | None, bool]
    ) -> None:
        student, links, enrollments, piar, in_review = loaded
        self.load(student)
        self.set_in_review(in_review)
        if self.piar_tab is not None and piar is not None:
            self._stored_disability = piar.has_disability
            self.piar_tab.load(piar)
            self._follow_disability()
        self._show_enrollments(enrollments)
        entries = [
            LinkEntry(
                link.guardian,
                _link_draft_of(link),
                saved=True,
            )
            for link in sorted(links, key=lambda item: item.priority)
        ]
        self._saved_links = {entry.guardian.id: entry for entry in entries}
        self.links_model.set_entries(entries)
        self._loaded_values = self._all_values()
        if self._typed is not None:  # after the snapshot: what was typed counts as a change to save
            self._show_typed(self._typed)
        self.tabs.setEnabled(True)
        self.buttons.setEnabled(True)
        self.full_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._focus_after_load is not None:
            self.focus_field(self._focus_after_load)
        self.loaded.emit()

    def _show_enrollments(self, enrollments: list[EnrollmentRow]) -> None:
        self.enrollments_list.clear()
        for row in enrollments:
            parts = [row.school_year_name, labels.grade_label(row.grade_level), row.group_code or "", labels.shift_label(row.shift)]
            text = " · ".join(part for part in parts if part)
            self.enrollments_list.addItem(f"{text} — {labels.enrollment_status_label(row.status)}")
        if not enrollments:
            self.enrollments_list.addItem(self.tr("(sin matrículas)"))

    def set_in_review(self, in_review: bool) -> None:
        """The server holds this student as a suspected duplicate: said in the title and above the form."""
        self.in_review = in_review
        if self.resends is not None:
            return  # the correction banner says more
        base = self.tr("Estudiante") if self._student_id else self.tr("Nuevo estudiante")
        self.setWindowTitle(with_tag(base, in_review))
        self.review_banner.show_message(banner_text() if in_review else "", warning=True)

    def correct_rejected(self, mutation_id: int, typed: Mapping[str, object], reason: str) -> None:
        """Revisión, *Corregir y reenviar*: the form shows the data typed in the refused change and the reason;
        saving sends it again, corrected, as one new change (`StudentService.save(resends=)`)."""
        self.resends = mutation_id
        self._typed = dict(typed)
        self.setWindowTitle(self.tr("Corregir y reenviar"))
        self.review_banner.show_message(
            self.tr("El servidor rechazó este cambio: %1 Corrija los datos y guarde para enviarlo de nuevo.")
            .replace("%1", reason), warning=True)
        if self._loaded_values is not None:
            self._show_typed(self._typed)

    def _show_typed(self, typed: Mapping[str, object]) -> None:
        shown = {}
        for field in STUDENT_FIELDS:
            if field.name in typed:
                value = typed[field.name]
                if field.name == "birth_date" and isinstance(value, str):
                    value = _iso_date(value)
                shown[field.name] = value if isinstance(value, str) and field.name == "birth_date" else field.show(value)
        self.form.load({**self.form.values(), **shown})

    def load(self, student: StudentRow | StudentDraft) -> None:
        self.form.load({field.name: field.show(getattr(student, field.name)) for field in STUDENT_FIELDS})
        self.simat_tab.load(student.extra_data)
        self._loaded_tab = self.simat_tab.values()

    def _all_values(self) -> dict[str, Any]:
        piar = {"piar": self.piar_tab.draft()} if self.piar_tab is not None else {}
        return {**self.form.values(), **self.simat_tab.values(), **piar}

    def _follow_disability(self) -> None:
        """The PIAR tab is enabled by the disability on the Salud y SIMAT tab (the stored flag while unset)."""
        if self.piar_tab is not None:
            code = self.simat_tab.combo(DISABILITY).currentData()
            self.piar_tab.set_has_disability(has_disability(code) if code is not None else self._stored_disability)

    def draft(self) -> StudentDraft:
        """The typed values as a draft: `extra_data` has only the tab's keys (the service merges them into the
        stored JSON); `piar_data.has_disability` follows the disability only when it changed. Raises
        ValueError for an unreadable date."""
        values = self.form.values()
        changed = {path: value for path, value in self.simat_tab.values().items() if value != self._loaded_tab[path]}
        piar = {"has_disability": has_disability(changed[DISABILITY])} if DISABILITY in changed else {}
        return StudentDraft(
            **{field.name: field.read(values[field.name]) for field in STUDENT_FIELDS},
            extra_data=nest(changed),
            piar_data=piar,
        )

    def open_at(self, path: str) -> None:
        """Focuses `path` now, or once the stored values are in (a load in progress would move the focus)."""
        if self._loaded_values is None:
            self._focus_after_load = path
        else:
            self.focus_field(path)

    def focus_field(self, path: str) -> bool:
        """Shows the tab holding the form key `path` (a STUDENT_FIELDS name or an extra_data path) and focuses
        its widget; False when the form has no such field."""
        for form, page in ((self.form, 0), (self.simat_tab.form, self.tabs.indexOf(self.simat_scroll))):
            if path in form.bindings:
                self.tabs.setCurrentIndex(page)
                widget = form.widget(path)
                if page:
                    self.simat_scroll.ensureWidgetVisible(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def guardian_drafts(self) -> list[StudentGuardianDraft]:
        """The guardians tab as the service takes it: the list's order is the priority."""
        return [
            StudentGuardianDraft(None, entry.link, entry.new_guardian)
            if entry.new_guardian is not None
            else StudentGuardianDraft(entry.guardian.id, entry.link)
            for entry in self.links_model.entries()
        ]

    def has_changes(self) -> bool:
        links_changed = [(e.guardian.id, e.link) for e in self.links_model.entries()] != [
            (e.guardian.id, e.link) for e in self._saved_links.values()
        ]
        return self._loaded_values is not None and (self._all_values() != self._loaded_values or links_changed)

    @Slot()
    def save(self) -> None:
        self._save(allow_similar=False)

    @Slot()
    def save_anyway(self) -> None:
        self._save(allow_similar=True)

    def _save(self, *, allow_similar: bool) -> None:
        if self._saving or self.read_only:
            return
        self.form.clear_errors()
        self.general_error.clear_message()
        if self.piar_tab is not None:
            self.piar_tab.clear_errors()
        piar = self.piar_tab.changed_draft() if self.piar_tab is not None else None
        try:
            draft = self.draft()
        except ValueError:
            self.tabs.setCurrentIndex(0)
            self.form.show_errors([FieldError("birth_date", "invalid_date")])
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.tabs.setEnabled(False)  # what is being saved is what is on screen: no typing in between
        self.similar_frame.hide()
        students, student_id, guardians = self._services.students, self._student_id, self.guardian_drafts()
        resends = self.resends
        # one action, one service call, one transaction: the student and every link change, or nothing
        def work(_progress: TaskProgress) -> Changes:
            row = students.save(student_id, draft, guardians=guardians, allow_similar=allow_similar, piar=piar,
                                resends=resends)
            return Changes(frozenset({"students", "student_guardians"}), frozenset({row.id}))

        self._runner.operation(work).on_success(self._on_saved).on_error(self._on_save_failed).start()

    def _on_saved(self, changes: Changes) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.tabs.setEnabled(True)
        self._student_id = next(iter(changes.ids))
        self._saved_links = {entry.guardian.id: dataclasses.replace(entry, saved=True) for entry in self.links_model.entries()}
        self._loaded_values = self._all_values()
        self._loaded_tab = self.simat_tab.values()
        if self.piar_tab is not None:
            self.piar_tab.mark_saved()
        self.student_saved.emit(self._student_id)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.tabs.setEnabled(True)
        if isinstance(error, SimilarStudentsFound):
            self._show_similar(list(error.students))
            return
        field_errors = list(getattr(error, "errors", None) or [])
        self.simat_tab.form.clear_errors()
        unplaced = self.form.show_errors(field_errors)
        if len(unplaced) < len(field_errors):
            self.tabs.setCurrentIndex(0)
        elif unplaced:
            unplaced = self.simat_tab.form.show_errors(unplaced)
            if len(unplaced) < len(field_errors):
                self.tabs.setCurrentWidget(self.simat_scroll)
        if unplaced and self.piar_tab is not None:
            before = len(unplaced)
            unplaced = self.piar_tab.show_errors(unplaced)
            if len(unplaced) < before:
                self.tabs.setCurrentWidget(self.piar_tab)
        if unplaced or not field_errors:
            self.general_error.show_message(error_text(error))

    @Slot()
    def print_piar(self) -> None:
        """*Imprimir PIAR…*: the PIAR as the tab shows it, to a PDF, rendered off the UI thread."""
        service, student_id, tab = self._services.piar_print, self._student_id, self.piar_tab
        if service is None or tab is None:
            return
        if student_id is None:
            tab.general_error.show_message(self.tr("Guarde el estudiante antes de imprimir el PIAR."))
            return
        path = ask_pdf_path(self, self.tr("PIAR - %s") % self.full_name_edit.text())
        if not path:
            return
        draft = tab.draft()

        def work(_progress: TaskProgress) -> str:
            return str(render_piar_pdf(service.for_student(student_id, draft), path))

        self._runner.operation(work).on_success(tab.show_printed).on_error(tab.show_failure).start()

    def _show_similar(self, students: list[StudentRow]) -> None:
        lines = [
            f"• {student.full_name} — {student.document_type} {student.document_number}, {labels.format_date(student.birth_date)}"
            for student in students[:5]
        ]
        self.similar_label.setText(
            self.tr("Ya hay estudiantes con un nombre parecido y la misma fecha de nacimiento:")
            + "\n"
            + "\n".join(lines)
            + "\n"
            + self.tr("Revise que no sea la misma persona antes de guardar.")
        )
        self.similar_frame.show()
        self.save_anyway_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def add_link(self) -> None:
        dialog = GuardianLinkDialog(self._services, None, self)
        dialog.accepted.connect(lambda: self._on_link_dialog_accepted(dialog))
        self.tabs.setCurrentIndex(1)
        dialog.open()

    @Slot()
    def edit_link(self) -> None:
        row = self.links_table.currentIndex().row()
        entries = self.links_model.entries()
        if not 0 <= row < len(entries):
            return
        dialog = GuardianLinkDialog(self._services, entries[row], self)
        dialog.accepted.connect(lambda: self._on_link_dialog_accepted(dialog))
        dialog.open()

    def _on_link_dialog_accepted(self, dialog: GuardianLinkDialog) -> None:
        if dialog.result_entry is None:
            return
        row = self.links_model.add_or_replace(dialog.result_entry)
        self.links_table.selectRow(row)
        self.links_table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def remove_link(self) -> None:
        if not self.read_only:
            self.links_model.remove(self.links_table.currentIndex().row())

    def _move_link(self, delta: int) -> None:
        row = self.links_table.currentIndex().row()
        if row < 0:
            return
        target = self.links_model.move(row, delta)
        self.links_table.selectRow(target)

    def reject(self) -> None:
        if self.has_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Cerrar sin guardar"),
            self.tr("Hay cambios sin guardar. ¿Desea descartarlos?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _link_draft_of(link: LinkedGuardianRow) -> GuardianLinkDraft:
    return GuardianLinkDraft(
        relationship=link.relationship,
        is_primary=link.is_primary,
        can_pickup=link.can_pickup,
        is_emergency_contact=link.is_emergency_contact,
    )
