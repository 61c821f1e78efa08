"""Table model of the Revisión window: one line per entry, grouped by kind (the service's order)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.text import field_label
from desktop_app.services.sync_review import REJECTED_LOCAL, ReviewEntry, ReviewSummary

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def kind_label(kind: str) -> str:
    labels = {
        REJECTED_LOCAL: QCoreApplication.translate("SyncReview", "Cambio rechazado"),
        "duplicate_suspect": QCoreApplication.translate("SyncReview", "Posible duplicado"),
        "field_conflict": QCoreApplication.translate("SyncReview", "Conflicto de datos"),
        "invalid_transition": QCoreApplication.translate("SyncReview", "Cambio de estado no válido"),
        "edit_after_delete": QCoreApplication.translate("SyncReview", "Edición de un registro borrado"),
        "rejected_mutation": QCoreApplication.translate("SyncReview", "Cambio rechazado en otro equipo"),
    }
    return labels.get(kind, kind)


def table_label(table: str | None) -> str:
    labels = {
        "students": QCoreApplication.translate("SyncReview", "Estudiantes"),
        "guardians": QCoreApplication.translate("SyncReview", "Acudientes"),
        "student_guardians": QCoreApplication.translate("SyncReview", "Vínculos estudiante-acudiente"),
        "enrollments": QCoreApplication.translate("SyncReview", "Matrículas"),
        "enrollment_documents": QCoreApplication.translate("SyncReview", "Documentos de matrícula"),
        "enrollment_status_events": QCoreApplication.translate("SyncReview", "Cambios de estado"),
        "school_years": QCoreApplication.translate("SyncReview", "Años lectivos"),
        "schools": QCoreApplication.translate("SyncReview", "Colegio"),
        "school_settings": QCoreApplication.translate("SyncReview", "Configuración del colegio"),
    }
    return labels.get(table or "", table or "")


def default_reason(kind: str) -> str:
    """What a server item means when it carries no reason of its own."""
    reasons = {
        "duplicate_suspect": QCoreApplication.translate("SyncReview", "Ya existe otro registro con el mismo documento."),
        "field_conflict": QCoreApplication.translate("SyncReview", "El dato cambió en el servidor y en este equipo."),
        "invalid_transition": QCoreApplication.translate(
            "SyncReview", "El cambio de estado no es válido en el orden de los hechos."),
    }
    return reasons.get(kind, "")


def entry_data_text(entry: ReviewEntry) -> str:
    if entry.data or entry.item is None:
        return data_text(entry.data)
    return "; ".join(f"{field_label(c.field)}: «{c.server}» / «{c.yours}»" for c in entry.item.conflicts)


def data_text(data: Mapping[str, object]) -> str:
    """All the data typed, one `campo: valor` per key (nothing left out)."""
    return "; ".join(f"{field_label(key)}: {'' if value is None else value}" for key, value in data.items())


class ReviewTableModel(QAbstractTableModel):
    def __init__(self, summary: ReviewSummary | None = None) -> None:
        super().__init__()
        self._entries: list[ReviewEntry] = list(summary.entries) if summary else []

    def set_summary(self, summary: ReviewSummary) -> None:
        self.beginResetModel()
        self._entries = list(summary.entries)
        self.endResetModel()

    def entry(self, row: int) -> ReviewEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (QCoreApplication.translate("SyncReview", "Tipo"), QCoreApplication.translate("SyncReview", "Tabla"),
                QCoreApplication.translate("SyncReview", "Motivo"),
                QCoreApplication.translate("SyncReview", "Datos escritos"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return kind_label(entry.kind)
        if column == 1:
            return table_label(entry.table_name)
        if column == 2:
            return entry.reason or default_reason(entry.kind)
        return entry_data_text(entry)
