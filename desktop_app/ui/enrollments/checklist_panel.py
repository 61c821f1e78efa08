"""One enrollment's detail: its status (and the moves the user may make) and its document checklist."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import (
    STATES_NEEDING_REASON,
    ChecklistItem,
    ItemState,
    checklist_complete,
    item_state_action,
)
from desktop_app.domain.enrollment_status import allowed_transitions
from desktop_app.domain.permissions import Action, action_label, can
from desktop_app.printing.labels import item_state_label
from desktop_app.services.dto import EnrollmentRow
from desktop_app.ui import labels
from desktop_app.ui.context import UiServices
from desktop_app.ui.enrollments.checklist_model import ChecklistModel
from desktop_app.ui.enrollments.document_actions import DocumentActions
from desktop_app.ui.enrollments.reason_dialog import ReasonDialog
from desktop_app.ui.errors import error_text
from desktop_app.ui.tasks import TaskProgress, TaskRunner


class EnrollmentChecklistPanel(QWidget):
    """Shows one enrollment; marks documents and changes status through the services, in the runner."""

    changed = Signal(str)  # enrollment id whose status or checklist changed
    print_requested = Signal(str)  # enrollment id
    pdf_requested = Signal(str)  # enrollment id

    # The buttons under the checklist: the state each one sets
    ITEM_TARGETS = (ItemState.received, ItemState.validated, ItemState.rejected, ItemState.waived, ItemState.missing)

    def __init__(self, services: UiServices, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._enrollment: EnrollmentRow | None = None
        self._generation = 0

        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.status_button = QPushButton(self.tr("Cambiar es&tado…"), self)
        self.ready_label = QLabel(self)
        self.ready_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.hide()

        self.model = ChecklistModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # row heights follow the column widths at all times (measured once before the first layout, they
        # were too tall and changed at the first mark)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Fixed widths from the longest text each column can hold: sized to its contents, the state column
        # grew at the first mark and squeezed the document names to ~90 px, moving the rows under the mouse.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        metrics, padding = self.table.fontMetrics(), 24
        states = [item_state_label(str(state)) for state in ItemState]
        def width(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + padding

        title = self.model.headerData
        horizontal = Qt.Orientation.Horizontal
        header.resizeSection(1, width(title(1, horizontal), *states))
        header.resizeSection(2, 140)  # reasons wrap; the document names get the rest
        header.resizeSection(3, width(title(3, horizontal), "00/00/0000"))

        self.item_buttons: dict[ItemState, QPushButton] = {
            ItemState.received: QPushButton(self.tr("&Recibido"), self),
            ItemState.validated: QPushButton(self.tr("Va&lidar"), self),
            ItemState.rejected: QPushButton(self.tr("Re&chazar…"), self),
            ItemState.waived: QPushButton(self.tr("No a&plica…"), self),
            ItemState.missing: QPushButton(self.tr("Marcar como &faltante"), self),
        }
        self.print_button = QPushButton(self.tr("Imprimir lista…"), self)
        self.print_button.setToolTip(self.tr("Vista previa e impresión de la lista de chequeo (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("&Guardar PDF…"), self)

        status_row = QHBoxLayout()
        status_row.addWidget(self.details_label, 1)
        status_row.addWidget(self.status_button)
        item_row = QHBoxLayout()
        for target in self.ITEM_TARGETS:
            item_row.addWidget(self.item_buttons[target])
        item_row.addStretch(1)
        print_row = QHBoxLayout()
        print_row.addWidget(self.ready_label, 1)
        print_row.addWidget(self.pdf_button)
        print_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(status_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(item_row)
        layout.addLayout(print_row)

        self.status_button.clicked.connect(self.change_status)
        for target, button in self.item_buttons.items():
            button.clicked.connect(lambda _checked=False, state=target: self.mark_current(state))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._update_item_buttons)
        self.set_enrollment(None)
        # The scans of the current item (attach, drop, view): their own module; their row goes above printing.
        self.documents = DocumentActions(self)
        layout.insertLayout(layout.count() - 1, self.documents.row)

    def roles(self) -> frozenset[str]:
        return self._services.context.roles

    def enrollment(self) -> EnrollmentRow | None:
        return self._enrollment

    def enrollment_id(self) -> str | None:
        return self._enrollment.id if self._enrollment is not None else None

    def set_enrollment(self, enrollment: EnrollmentRow | None) -> None:
        """Show `enrollment` (an EnrollmentRow) and load its checklist in the background; None clears."""
        self._enrollment = enrollment
        self._generation += 1
        self.message_label.hide()
        if enrollment is None:
            self.title_label.setText(self.tr("Seleccione una matrícula de la lista."))
            self.details_label.clear()
            self.ready_label.clear()
            self.model.set_items([])
            self._update_buttons()
            return
        self._show_header(enrollment)
        self._update_buttons()
        self.reload_checklist()

    def _show_header(self, enrollment: EnrollmentRow) -> None:
        self.title_label.setText(enrollment.student_name)
        parts = [
            f"{enrollment.student_document_type} {enrollment.student_document_number}",
            labels.grade_label(enrollment.grade_level)
            + (f" {enrollment.group_code}" if enrollment.group_code else ""),
            labels.shift_label(enrollment.shift),
            enrollment.school_year_name,
            self.tr("Estado: %s") % labels.enrollment_status_label(enrollment.status),
        ]
        self.details_label.setText(" · ".join(part for part in parts if part))

    def reload_checklist(self) -> None:
        if self._enrollment is None:
            return
        generation = self._generation
        enrollment_id = self._enrollment.id
        enrollments = self._services.enrollments
        self._runner.operation(lambda _progress: list(enrollments.checklist(enrollment_id))).on_success(
            lambda items: self._on_checklist_loaded(generation, items)
        ).on_error(self._show_error).start()

    def current_item(self) -> ChecklistItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select_item(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def item_action_state(self, target: ItemState) -> tuple[bool, str]:
        """(enabled, why not) for the button that puts the current item in `target`."""
        item = self.current_item()
        if self._enrollment is None or item is None:
            return False, self.tr("Seleccione un documento de la lista.")
        action = item_state_action(target)
        if not can(self.roles(), action):
            return False, self.tr("Su rol no permite %s.") % action_label(action)
        if str(item.state) == str(target):
            return False, self.tr("El documento ya está en «%s».") % item_state_label(str(target))
        return True, ""

    @Slot()
    def mark_current(self, target: ItemState) -> ReasonDialog | None:
        """Puts the current item in `target`; rejected and «no aplica» first ask for the reason."""
        enabled, why = self.item_action_state(target)
        item = self.current_item()
        if not enabled or item is None or self._enrollment is None:
            if why:
                self._show_message(why)
            return None
        if target in STATES_NEEDING_REASON:
            title = self.tr("Rechazar documento") if target is ItemState.rejected else self.tr("Documento no aplica")
            dialog = ReasonDialog(title, item.requirement.label, self, reason_required=True)
            dialog.saves_in_background = True
            dialog.submitted.connect(lambda: self._save_mark(item.requirement.code, target, dialog.reason(), dialog))
            dialog.open()
            return dialog
        self._save_mark(item.requirement.code, target, None, None)
        return None

    @Slot()
    def change_status(self) -> ReasonDialog | None:
        """Offers only the moves `allowed_transitions` gives the user's roles; asks the reason where needed."""
        if self._enrollment is None:
            return None
        transitions = allowed_transitions(self._enrollment.status, self.roles())
        if not transitions:
            self._show_message(self.status_button.toolTip())
            return None
        choices = [
            (f"{t.label} → {labels.enrollment_status_label(str(t.target))}", str(t.target)) for t in transitions
        ]
        dialog = ReasonDialog(
            self.tr("Cambiar estado de la matrícula"),
            self.tr("%s — estado actual: %s")
            % (self._enrollment.student_name, labels.enrollment_status_label(self._enrollment.status)),
            self,
            reason_required=False,
            choices=choices,
            choice_label=self.tr("Nuevo estado:"),
        )
        for index, transition in enumerate(transitions):
            dialog.set_reason_required_for(index, transition.needs_reason)
        dialog.saves_in_background = True
        dialog.submitted.connect(lambda: self._save_status(str(dialog.choice()), dialog.reason() or None, dialog))
        dialog.open()
        return dialog

    def _save_status(self, target: str, reason: str | None, dialog: ReasonDialog | None) -> None:
        enrollment_id = self._enrollment.id if self._enrollment else None
        if enrollment_id is None:
            return
        enrollments = self._services.enrollments

        def work(_progress: TaskProgress) -> EnrollmentRow:
            return enrollments.change_status(enrollment_id, target, reason)

        self._runner.operation(work).on_success(lambda row: self._on_status_saved(row, dialog)).on_error(
            lambda error: self._on_save_failed(error, dialog)
        ).start()

    def _save_mark(self, code: str, target: ItemState, reason: str | None, dialog: ReasonDialog | None) -> None:
        enrollment_id = self._enrollment.id if self._enrollment else None
        if enrollment_id is None:
            return
        enrollments = self._services.enrollments

        def work(_progress: TaskProgress) -> tuple[list[ChecklistItem], EnrollmentRow]:
            enrollments.mark_document(enrollment_id, code, str(target), reason)
            # a rejection can send a matrícula under review back to pending documents: re-read it too
            return list(enrollments.checklist(enrollment_id)), enrollments.get(enrollment_id)

        generation = self._generation
        self._runner.operation(work).on_success(
            lambda result: self._on_marked(generation, code, result, dialog)
        ).on_error(lambda error: self._on_save_failed(error, dialog)).start()

    def _on_marked(
        self, generation: int, code: str, result: tuple[list[ChecklistItem], EnrollmentRow], dialog: ReasonDialog | None
    ) -> None:
        items, enrollment = result
        if dialog is not None:
            dialog.accept()
        if generation == self._generation:
            self._enrollment = enrollment
            self._show_header(enrollment)
        self._on_checklist_loaded(generation, items)
        self.select_item(code)
        if self._enrollment is not None:
            self.changed.emit(self._enrollment.id)

    def _on_status_saved(self, row: EnrollmentRow, dialog: ReasonDialog | None) -> None:
        if dialog is not None:
            dialog.accept()
        self.set_enrollment(row)
        self.changed.emit(row.id)

    def _on_save_failed(self, error: BaseException, dialog: ReasonDialog | None) -> None:
        if dialog is not None and dialog.isVisible():
            dialog.show_error(error_text(error))  # the dialog stays open with the typed reason
        else:
            self._show_error(error)

    def _on_checklist_loaded(self, generation: int, items: list[ChecklistItem]) -> None:
        if generation != self._generation:
            return  # another enrollment was selected meanwhile
        current = self.current_item()
        self.model.set_items(items)
        self.table.resizeRowsToContents()
        kept = current is not None and self.select_item(current.requirement.code)
        if not kept and items:
            self.select_item(items[0].requirement.code)
        missing = sum(1 for item in items if str(item.state) in ("missing", "rejected"))
        if not items:
            self.ready_label.setText(self.tr("Este grado no tiene documentos requeridos."))
        elif checklist_complete(items) and self._enrollment is not None and self._enrollment.status == "pending_documents":
            self.ready_label.setText(self.tr("Documentación completa: lista para enviar a revisión."))
        elif checklist_complete(items):
            self.ready_label.setText(self.tr("Documentación completa."))
        else:
            # singular and plural as two strings: Spanish needs no .qm file to read well
            text = self.tr("Falta 1 documento.") if missing == 1 else self.tr("Faltan %d documentos.") % missing
            self.ready_label.setText(text)
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _show_error(self, error: BaseException) -> None:
        self._show_message(error_text(error))

    def _update_buttons(self) -> None:
        enrollment = self._enrollment
        has = enrollment is not None
        roles = self.roles()
        transitions = allowed_transitions(enrollment.status, roles) if enrollment is not None else []
        self.status_button.setEnabled(bool(transitions))
        if not has:
            self.status_button.setToolTip(self.tr("Seleccione una matrícula."))
        elif transitions:
            self.status_button.setToolTip(self.tr("Cambiar el estado de la matrícula"))
        elif not can(roles, Action.enrollment_status_change):
            self.status_button.setToolTip(self.tr("Su rol no permite %s.") % action_label(Action.enrollment_status_change))
        elif enrollment is not None:
            self.status_button.setToolTip(
                self.tr("Desde «%s» su rol no tiene cambios de estado posibles.")
                % labels.enrollment_status_label(enrollment.status)
            )
        can_print = has and can(roles, Action.print)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(can_print)
        self._update_item_buttons()

    @Slot()
    def _update_item_buttons(self, *_args: object) -> None:
        for target, button in self.item_buttons.items():
            enabled, why = self.item_action_state(target)
            button.setEnabled(enabled)
            button.setToolTip(why if not enabled else self._item_tips().get(target, ""))

    def _item_tips(self) -> dict[ItemState, str]:
        return {
            ItemState.received: self.tr("El acudiente entregó el documento (Alt+R)"),
            ItemState.validated: self.tr("El documento está bien (Alt+L)"),
            ItemState.rejected: self.tr("El documento no sirve: se pide el motivo (Alt+C)"),
            ItemState.waived: self.tr("Este documento no aplica a este estudiante: se pide el motivo (Alt+P)"),
            ItemState.missing: self.tr("Deshacer: el documento vuelve a faltar (Alt+F)"),
        }

    @Slot()
    def _on_print_button_clicked(self) -> None:
        if self._enrollment is not None:
            self.print_requested.emit(self._enrollment.id)

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        if self._enrollment is not None:
            self.pdf_requested.emit(self._enrollment.id)
