"""*Promociones anteriores*: the batches still on record, and *Deshacer promoción* for the chosen one (run on
the task runner; a refusal lists the matrículas that changed since)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.permissions import Action, can
from desktop_app.services.promotion import PromotionBatch, PromotionService
from desktop_app.ui.errors import error_text
from desktop_app.ui.labels import format_date
from desktop_app.ui.tasks import TaskRunner

translate = QCoreApplication.translate


def batch_text(batch: PromotionBatch) -> str:
    when = batch.at.astimezone().strftime("%d/%m/%Y %H:%M") if batch.at else ""
    return translate("PromotionBatches", "{when} — hacia {year}: {created} matrículas, {graduated} graduados, "
                                         "{leaves} no continúan (lote {short})").format(
        when=when or format_date(None), year=batch.to_year_name or "—", created=batch.created,
        graduated=batch.graduated, leaves=batch.leaves, short=batch.batch[:8])


class PromotionBatchesBox(QGroupBox):
    undone = Signal(str)  # the batch id
    loaded = Signal()  # the list was (re)filled

    def __init__(self, service: PromotionService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(translate("PromotionBatches", "Promociones anteriores"), parent)
        self._service, self._runner = service, runner
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.undo_button = QPushButton(translate("PromotionBatches", "Deshacer promoción"))
        self.undo_button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._may_undo = all(can(service.context.roles, a) for a in (Action.enrollment_delete, Action.enrollment_reopen))
        if not self._may_undo:
            self.undo_button.setToolTip(translate(
                "PromotionBatches", "Su rol no permite anular matrículas ni reabrir graduaciones."))
        self.setVisible(False)  # until the list shows there is something to undo
        self.list.currentItemChanged.connect(self._on_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list on the runner (it reads every matrícula of the school)."""
        service = self._service
        self._runner.operation(lambda _progress: service.batches()).on_success(self._show).on_error(
            self._on_failed).start()

    def _show(self, batches: list[PromotionBatch]) -> None:
        self.list.clear()
        for batch in batches:
            item = QListWidgetItem(batch_text(batch))
            item.setData(Qt.ItemDataRole.UserRole, batch.batch)
            self.list.addItem(item)
        self.setVisible(self.list.count() > 0 or bool(self.message.text()))
        self.loaded.emit()

    def _on_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.undo_button.setEnabled(current is not None and self._may_undo)

    def undo_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not self._may_undo:
            return
        batch = str(item.data(Qt.ItemDataRole.UserRole))
        service = self._service
        self._runner.operation(lambda _progress: service.undo(batch)).on_success(
            self._on_undone).on_error(self._on_failed).with_progress(
            self, translate("PromotionBatches", "Deshaciendo la promoción…")).start()

    def _on_undone(self, batch: PromotionBatch) -> None:
        self.message.setText(translate(
            "PromotionBatches", "Promoción deshecha: se anularon {created} matrículas del año siguiente, se "
                                "reabrieron {graduated} graduaciones y se quitaron {leaves} marcas «No continúa».").format(
            created=batch.created, graduated=batch.graduated, leaves=batch.leaves))
        self.refresh()
        self.undone.emit(batch.batch)

    def _on_failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
