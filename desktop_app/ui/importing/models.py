"""Qt models of the import: the column mapping (editable) and the preview (filterable to errors)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.domain.import_values import FIELDS, cell_text
from desktop_app.domain.messages import QT_TRANSLATE_NOOP
from desktop_app.services.importer import PreviewRow, Status, field_label
from desktop_app.ui.errors import field_error_text

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
NOT_MAPPED = -1
# Marked for lupdate: the statuses' Spanish names are the services' values.
_STATUS_TEXTS = (QT_TRANSLATE_NOOP("ImportStatus", "Nuevo"), QT_TRANSLATE_NOOP("ImportStatus", "Actualiza"),
                 QT_TRANSLATE_NOOP("ImportStatus", "Sin cambios"),
                 QT_TRANSLATE_NOOP("ImportStatus", "Posible duplicado"), QT_TRANSLATE_NOOP("ImportStatus", "Error"))


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


class MappingModel(QAbstractTableModel):
    """One row per field the import understands: its label, the file column chosen (EditRole: the column
    index, -1 for none) and an example value from the first data row."""

    def __init__(self, headers: Sequence[str], first_row: Sequence[object], mapping: dict[str, int],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._first = list(first_row)
        self._mapping = dict(mapping)

    def mapping(self) -> dict[str, int]:
        return dict(self._mapping)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(FIELDS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (translate("ImportMapping", "Dato"), translate("ImportMapping", "Columna del archivo"),
                   translate("ImportMapping", "Ejemplo (primera fila)"))
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(FIELDS):
            return None
        field = FIELDS[index.row()]
        column = self._mapping.get(field.key, NOT_MAPPED)
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return column
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return field.label
        if column == NOT_MAPPED or column >= len(self._headers):
            return translate("ImportMapping", "(sin asignar)") if index.column() == 1 else ""
        if index.column() == 1:
            return self._headers[column]
        return cell_text(self._first[column]) if column < len(self._first) else ""

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        if not isinstance(value, int) or not NOT_MAPPED <= value < len(self._headers):
            return False
        key = FIELDS[index.row()].key
        if value == NOT_MAPPED:
            self._mapping.pop(key, None)
        else:
            # a file column feeds one field: taking it from another field leaves that one unassigned
            for other, column in list(self._mapping.items()):
                if column == value and other != key:
                    del self._mapping[other]
            self._mapping[key] = value
        self.dataChanged.emit(self.index(0, 1), self.index(len(FIELDS) - 1, 2))
        return True


class PreviewModel(QAbstractTableModel):
    """The preview's rows: Fila, Estado, Documento, Nombre, and the changes or messages; `set_errors_only`
    filters to the Error rows. A *Posible duplicado* row's Estado cell has the *Es otra persona* checkbox."""

    def __init__(self, rows: Sequence[PreviewRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = list(rows)
        self._rows = list(rows)
        self._other_person: set[int] = set()

    def other_person_rows(self) -> frozenset[int]:
        """Spreadsheet row numbers of the possible duplicates marked *Es otra persona* (they get imported)."""
        return frozenset(self._other_person)

    def set_errors_only(self, errors_only: bool) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if r.status == Status.error] if errors_only else list(self._all)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (translate("ImportPreview", "Fila"), translate("ImportPreview", "Estado"),
                   translate("ImportPreview", "Documento"), translate("ImportPreview", "Nombre"),
                   translate("ImportPreview", "Cambios o mensajes"))
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if self._checkable(index) else base

    def _checkable(self, index: AnyIndex) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        return index.column() == 1 and row is not None and row.status == Status.possible_duplicate

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row())
        if role != Qt.ItemDataRole.CheckStateRole or row is None or not self._checkable(index):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._other_person.add(row.row_number)
        else:
            self._other_person.discard(row.row_number)
        self.dataChanged.emit(index, index, [role])
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and role == Qt.ItemDataRole.CheckStateRole and self._checkable(index):
            return Qt.CheckState.Checked if row.row_number in self._other_person else Qt.CheckState.Unchecked
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return row.row_number if role == Qt.ItemDataRole.DisplayRole else None
        if column == 1:
            status = translate("ImportStatus", row.status.value)
            if row.status == Status.possible_duplicate:  # the checkbox's label
                return status + " — " + translate("ImportPreview", "Es otra persona")
            return status
        if column == 2:
            return f"{row.student.get('document_type') or ''} {row.student.get('document_number') or ''}".strip()
        if column == 3:
            return row.student.get("full_name") or ""
        if row.problems:
            return " ".join(field_error_text(problem) for problem in row.problems)
        return "; ".join(f"{field_label(name)}: {_shown(old)} → {_shown(new)}" for name, (old, new) in row.changes.items())
