"""*Revisión* (Archivo → Revisión…): what sync left for a person to decide, grouped by kind, with the reason
and all the data typed of the selected line."""

from __future__ import annotations

import json
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.sync_review import ReviewEntry, ReviewSummary, SyncReviewService
from desktop_app.ui.sync_review.model import ReviewTableModel, kind_label


def _block(title: str, data: Mapping[str, object]) -> str:
    body = json.dumps(dict(data), ensure_ascii=False, indent=2, default=str) if data else "—"
    return f"{title}\n{body}"


def entry_details(entry: ReviewEntry) -> str:
    """Everything known about one entry, for the detail pane (nothing typed is hidden)."""
    parts = [kind_label(entry.kind)]
    if entry.table_name:
        parts.append(QCoreApplication.translate("SyncReview", "Tabla: %1").replace("%1", entry.table_name))
    if entry.reason:
        parts.append(QCoreApplication.translate("SyncReview", "Motivo: %1").replace("%1", entry.reason))
    parts.append(_block(QCoreApplication.translate("SyncReview", "Datos escritos:"), entry.data))
    if entry.item is not None:
        if entry.item.existing:
            parts.append(_block(QCoreApplication.translate("SyncReview", "Registro que ya existe:"), entry.item.existing))
        for conflict in entry.item.conflicts:
            parts.append(QCoreApplication.translate("SyncReview", "Campo «%1»: en el servidor «%2», en este equipo «%3»")
                         .replace("%1", conflict.field).replace("%2", str(conflict.server))
                         .replace("%3", str(conflict.yours)))
    return "\n\n".join(parts)


def summary_text(summary: ReviewSummary) -> str:
    if not summary.total:
        return QCoreApplication.translate("SyncReview", "No hay nada por revisar.")
    counts = ", ".join(f"{kind_label(kind)}: {count}" for kind, count in summary.counts.items())
    return QCoreApplication.translate("SyncReview", "%1 casos por revisar (%2)").replace("%1", str(summary.total)).replace("%2", counts)


class SyncReviewWindow(QWidget):
    def __init__(self, service: SyncReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._service = service
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
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.refresh()

    def refresh(self) -> ReviewSummary:
        summary = self._service.summary()
        self.model.set_summary(summary)
        self.summary_label.setText(summary_text(summary))
        self.details.clear()
        if summary.total:
            self.table.selectRow(0)
        return summary

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.details.setPlainText(entry_details(self.model.entry(rows[0].row())) if rows else "")
