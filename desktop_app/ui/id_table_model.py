"""A table model over an ordered id list whose rows are fetched lazily, block by block, as the view shows them.

Sorting and filtering are the service's job: a header click only emits `sort_requested` and the owner runs a
new query, then calls `set_ids`. So 50,000 students cost one id list and a few blocks of rows, never a full load.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

AnyIndex = QModelIndex | QPersistentModelIndex


class ItemRole(IntEnum):
    """Custom roles every id-list model answers."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    """One column: a key (also the service's sort key, or None when not sortable), header and value getter."""

    key: str
    header: Callable[[], str]
    value: Callable[[Any], Any]
    sort_key: str | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class IdTableModel(QAbstractTableModel):
    """Rows are `ids[i]`; `_blocks` caches row snapshots per block of `BLOCK_SIZE`, the oldest dropped first.

    Attributes: `_ids` the ordered ids of the current query; `_fetch_rows(ids)` returns snapshots in the same
    order (the service's `rows`); `_blocks` block number → list of snapshots; `_sort` (column, order) shown.
    """

    sort_requested = Signal(str, bool)  # service sort key, descending
    BLOCK_SIZE = 100
    MAX_CACHED_BLOCKS = 60

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_rows: Callable[[list[str]], Sequence[Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._row_of_id: dict[str, int] | None = None
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of_id = None
        self._blocks.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < len(self._ids):
            return None
        block_number = row // self.BLOCK_SIZE
        block = self._blocks.get(block_number)
        if block is None:
            block = self._load_block(block_number)
        else:
            self._blocks.move_to_end(block_number)
        offset = row - block_number * self.BLOCK_SIZE
        return block[offset] if offset < len(block) else None

    def row_of(self, item_id: str) -> int:
        if self._row_of_id is None:
            self._row_of_id = {value: index for index, value in enumerate(self._ids)}
        return self._row_of_id.get(item_id, -1)

    def refresh(self, ids: Sequence[str] | None = None) -> None:
        """Forget cached snapshots (of `ids`, or all) and let the view re-read them."""
        if ids is None:
            self._blocks.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))
            return
        for item_id in ids:
            row = self.row_of(item_id)
            if row < 0:
                continue
            self._blocks.pop(row // self.BLOCK_SIZE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def _load_block(self, block_number: int) -> list[Any]:
        start = block_number * self.BLOCK_SIZE
        wanted = self._ids[start : start + self.BLOCK_SIZE]
        fetched = list(self._fetch_rows(wanted))
        by_id = {str(getattr(row, "id", "")): row for row in fetched}
        # a row deleted since the id list was made comes back missing: keep positions, show it empty
        block = [by_id.get(item_id) for item_id in wanted]
        self._blocks[block_number] = block
        while len(self._blocks) > self.MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ItemRole.IdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            ItemRole.RowRole,
        ):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        row = self.row_at(index.row())
        if role == ItemRole.RowRole:
            return row
        if row is None:
            return None
        value = column.value(row)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header()
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        sort_key = self._columns[column].sort_key
        if sort_key:
            self.sort_requested.emit(sort_key, order == Qt.SortOrder.DescendingOrder)
