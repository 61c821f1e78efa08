"""The required documents of one enrollment, each with its state, as a small list model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.printing.labels import item_state_label

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

# Text colours that read as "to do / under way / done / refused" without relying on colour alone (the state
# is always written out as well).
_STATE_COLORS = {"missing": "#8a4b00", "received": "#1f4e8c", "validated": "#1b6e2a", "rejected": "#b3261e"}


class ChecklistRole(IntEnum):
    """Custom roles of the checklist model."""

    CodeRole = Qt.ItemDataRole.UserRole + 1  # the requirement code, e.g. "registro_civil"
    StateRole = Qt.ItemDataRole.UserRole + 2  # the ItemState value as a plain string
    ItemRole = Qt.ItemDataRole.UserRole + 3  # the domain ChecklistItem snapshot


class ChecklistModel(QAbstractTableModel):
    """Rows are the domain's `ChecklistItem`s of one enrollment; replaced whole by `set_items` (a dozen at most)."""

    COLUMNS = ("label", "state", "reason", "updated_at")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        """The same documents again (a mark was saved): updated in place, so the selection, the scroll position
        and the rows under the mouse stay where they are; another list: a reset."""
        items = list(items)
        same_rows = [i.requirement.code for i in items] == [i.requirement.code for i in self._items]
        if same_rows and items:
            self._items = items
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def item_at(self, row: int) -> Any | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, code: str) -> int:
        return next((row for row, item in enumerate(self._items) if item.requirement.code == code), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (
            translate("ChecklistModel", "Documento requerido"),
            translate("ChecklistModel", "Estado"),
            translate("ChecklistModel", "Motivo u observación"),
            translate("ChecklistModel", "Actualizado"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        state = str(item.state)
        if role == ChecklistRole.CodeRole:
            return item.requirement.code
        if role == ChecklistRole.StateRole:
            return state
        if role == ChecklistRole.ItemRole:
            return item
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            description = getattr(item.requirement, "description", "") or ""
            return description if column == "label" and description else self._display(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state" and state in _STATE_COLORS:
            return QBrush(QColor(_STATE_COLORS[state]))
        return None

    @staticmethod
    def _display(item: Any, column: str) -> str:
        if column == "label":
            return str(item.requirement.label)
        if column == "state":
            return item_state_label(str(item.state))
        if column == "reason":
            return item.reason or ""
        updated = getattr(item, "updated_at", None)
        if isinstance(updated, datetime) and updated.tzinfo is not None:
            updated = updated.astimezone()  # stored in UTC; the secretary reads her own calendar day
        if isinstance(updated, datetime | date):
            return updated.strftime("%d/%m/%Y")
        return ""
