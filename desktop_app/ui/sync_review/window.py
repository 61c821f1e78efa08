"""*Revisión* (Archivo → Revisión…): what sync left for a person to decide, grouped by kind, with the reason
and all the data typed of the selected line."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.text import field_label
from desktop_app.services.sync_review import (
    RejectedChange,
    RejectedChangeActions,
    ResolveOutcome,
    ReviewActionError,
    ReviewDecisions,
    ReviewEntry,
    ReviewItem,
    ReviewSummary,
    SyncReviewService,
)
from desktop_app.ui.sync_review.model import ReviewTableModel, default_reason, kind_label, table_label
from desktop_app.ui.tasks import TaskRunner


def _block(title: str, data: Mapping[str, object]) -> str:
    lines = [f"  {field_label(key)}: {_value(value)}" for key, value in data.items()] or ["  —"]
    return "\n".join([title, *lines])


def _value(value: object) -> str:
    """Nested values (JSON columns) stay readable and whole."""
    if isinstance(value, Mapping | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def entry_details(entry: ReviewEntry) -> str:
    """Everything known about one entry, for the detail pane (nothing typed is hidden)."""
    parts = [kind_label(entry.kind)]
    if entry.table_name:
        parts.append(QCoreApplication.translate("SyncReview", "Tabla: %1").replace("%1", table_label(entry.table_name)))
    reason = entry.reason or default_reason(entry.kind)
    if reason:
        parts.append(QCoreApplication.translate("SyncReview", "Motivo: %1").replace("%1", reason))
    parts.append(_block(QCoreApplication.translate("SyncReview", "Datos escritos:"), entry.data))
    if entry.item is not None:
        if entry.item.existing:
            parts.append(_block(QCoreApplication.translate("SyncReview", "Registro que ya existe:"), entry.item.existing))
        for conflict in entry.item.conflicts:
            parts.append(QCoreApplication.translate("SyncReview", "Campo «%1»: en el servidor «%2», en este equipo «%3»")
                         .replace("%1", field_label(conflict.field)).replace("%2", str(conflict.server))
                         .replace("%3", str(conflict.yours)))
    return "\n\n".join(parts)


def summary_text(summary: ReviewSummary) -> str:
    if not summary.total:
        return QCoreApplication.translate("SyncReview", "No hay nada por revisar.")
    counts = ", ".join(f"{kind_label(kind)}: {count}" for kind, count in summary.counts.items())
    return QCoreApplication.translate("SyncReview", "%1 casos por revisar (%2)").replace("%1", str(summary.total)).replace("%2", counts)


class SyncReviewWindow(QWidget):
    def __init__(self, service: SyncReviewService, parent: QWidget | None = None, *,
                 decisions: ReviewDecisions | None = None, runner: TaskRunner | None = None,
                 rejected: RejectedChangeActions | None = None,
                 correct: Callable[[RejectedChange], None] | None = None,
                 after_local: Callable[[], None] = lambda: None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._service = service
        self._decisions = decisions
        self._runner = runner
        self._rejected = rejected
        self._correct = correct  # opens the form with the data typed (the main window's students screen)
        self._after_local = after_local  # e.g. ask the sync engine for a cycle
        self.setWindowTitle(self.tr("Revisión"))
        self.resize(1000, 600)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.model = ReviewTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 130, 330)):
            self.table.setColumnWidth(column, width)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        self.merge_button = QPushButton(self.tr("Fusionar"))
        self.distinct_button = QPushButton(self.tr("Son personas distintas…"))
        self.discard_button = QPushButton(self.tr("Descartar"))
        self.choose_button = QPushButton(self.tr("Elegir valor…"))
        self.dismiss_button = QPushButton(self.tr("Cerrar caso"))  # seen; nothing to change (not for duplicates)
        self.dismiss_button.clicked.connect(lambda: self._decide(lambda d, item: d.dismiss(item)))
        # This PC's refused changes: decided here, in the local store (no network needed).
        self.correct_button = QPushButton(self.tr("Corregir y reenviar…"))
        self.discard_mine_button = QPushButton(self.tr("Descartar mi cambio"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.discard_mine_button.clicked.connect(self.discard_selected)
        self.merge_button.clicked.connect(lambda: self._decide(lambda d, item: d.merge(item)))
        self.distinct_button.clicked.connect(self._on_distinct_clicked)
        self.discard_button.clicked.connect(lambda: self._decide(lambda d, item: d.discard(item)))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.message_label = QLabel()  # refusals and "sent": never a modal box over the list
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        for button in self._buttons():
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.refresh()
        self._update_buttons()

    def refresh(self) -> ReviewSummary:
        summary = self._service.summary()
        self.model.set_summary(summary)
        self.summary_label.setText(summary_text(summary))
        self.details.clear()
        if summary.total:
            self.table.selectRow(0)
        return summary

    def selected_rejected(self) -> RejectedChange | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()).rejected if rows else None

    def selected_item(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()).item if rows else None

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.details.setPlainText(entry_details(self.model.entry(rows[0].row())) if rows else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected_item() if self._decisions is not None else None
        duplicate = item is not None and item.kind == "duplicate_suspect"
        for button in (self.merge_button, self.distinct_button, self.discard_button):
            button.setEnabled(duplicate)
        self.choose_button.setEnabled(item is not None and item.kind == "field_conflict" and bool(item.conflicts))
        self.dismiss_button.setEnabled(item is not None and not duplicate)
        change = self.selected_rejected() if self._rejected is not None else None
        self.discard_mine_button.setEnabled(change is not None)
        self.correct_button.setEnabled(change is not None and self._correct is not None
                                       and RejectedChangeActions.can_correct(change))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.correct_button, self.discard_mine_button, self.choose_button, self.merge_button,
                self.distinct_button, self.discard_button, self.dismiss_button)

    def _decide(self, decide: Callable[[ReviewDecisions, ReviewItem], ResolveOutcome]) -> None:
        """One `sync.resolve` call on the network lane; the answer is shown under the list."""
        item, decisions, runner = self.selected_item(), self._decisions, self._runner
        if item is None or decisions is None or runner is None:
            return
        self.message_label.setText(self.tr("Enviando la decisión…"))
        for button in self._buttons():
            button.setEnabled(False)
        runner.operation(lambda _progress: decide(decisions, item)).lane("net").on_success(
            self._on_decided).on_error(self._on_failed).start()

    def _on_decided(self, outcome: ResolveOutcome) -> None:
        self._update_buttons()
        if outcome.ok:
            self.message_label.setText(self.tr("Decisión guardada en el servidor; el caso sale de la lista al "
                                               "sincronizar."))
        else:
            self.message_label.setText(self.tr("No se pudo resolver: %1").replace("%1", outcome.reason))

    def _on_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.message_label.setText(str(error) if isinstance(error, ReviewActionError)
                                   else self.tr("No se pudo resolver: %1").replace("%1", str(error)))

    def decide_distinct(self, document_type: str, document_number: str) -> None:
        self._decide(lambda d, item: d.distinct(item, document_type, document_number))

    def decide_choose(self, values: Mapping[str, object]) -> None:
        self._decide(lambda d, item: d.choose(item, values))

    def _on_distinct_clicked(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        number, ok = QInputDialog.getText(self, self.tr("Son personas distintas"),
                                          self.tr("Número de documento corregido:"),
                                          text=str(item.data.get("document_number") or ""))
        if ok:
            self.decide_distinct(str(item.data.get("document_type") or ""), number)

    def _on_choose_clicked(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        values: dict[str, object] = {}
        for conflict in item.conflicts:
            options = [str(conflict.server), str(conflict.yours)]
            choice, ok = QInputDialog.getItem(self, self.tr("Elegir valor"),
                                              self.tr("Valor de «%1»:").replace("%1", field_label(conflict.field)), options, 0,
                                              False)
            if not ok:
                return
            values[conflict.field] = conflict.server if choice == options[0] else conflict.yours
        self.decide_choose(values)

    def correct_selected(self) -> None:
        """*Corregir y reenviar*: the form opens with the data typed; its Save sends the correction."""
        change = self.selected_rejected()
        if change is not None and self._correct is not None and RejectedChangeActions.can_correct(change):
            self._correct(change)

    def discard_selected(self) -> None:
        """*Descartar mi cambio*: one local write; the row comes back as the server has it at the next pull."""
        change, actions, runner = self.selected_rejected(), self._rejected, self._runner
        if change is None or actions is None or runner is None:
            return
        for button in self._buttons():
            button.setEnabled(False)
        service = self._service

        def work(_progress: object) -> ReviewItem | None:
            actions.discard(change)
            return service.server_copy(change)

        runner.operation(work).on_success(self._on_discarded).on_error(self._on_failed).start()

    def _on_discarded(self, copy: ReviewItem | None) -> None:
        decisions, runner = self._decisions, self._runner
        if copy is not None and decisions is not None and runner is not None:
            # the other PCs' copy of this refusal is closed too (best effort: any PC may close it later)
            runner.operation(lambda _progress: decisions.dismiss(copy)).lane("net").start()
        self._after_local()
        self.refresh()
        self._update_buttons()
        self.message_label.setText(self.tr("Cambio descartado: el registro vuelve a los datos del servidor al "
                                           "sincronizar."))
