"""A table model over an ordered id list whose rows are fetched lazily, block by block, as the view shows them.

Sorting and filtering are the service's job: a header click only emits `sort_requested` and the owner runs a
new query, then calls `set_ids`. So 50,000 students cost one id list and a few blocks of rows, never a full load.
With a runner (`load_blocks_with`), a block the view scrolls to is fetched on the runner's db lane: its cells
are empty for the few milliseconds the query takes, and the UI thread never waits for the database.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop_app.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
logger = logging.getLogger(__name__)


class ItemRole(IntEnum):
    """Custom roles every id-list model answers."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ID_ROLE = int(ItemRole.IdRole)
_ROW_ROLE = int(ItemRole.RowRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(frozen=True)
class Column:
    """One column: a key (also the service's sort key, or None when not sortable), header and value getter."""

    key: str
    header: Callable[[], str]
    value: Callable[[Any], Any]
    sort_key: str | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class RowBlock:
    """Rows of one block with their cell texts, formatted once when the block is fetched (not on every paint)."""

    rows: list[Any]
    texts: list[tuple[str, ...]]


class IdTableModel(QAbstractTableModel):
    """Rows are `ids[i]`; `_blocks` caches row snapshots per block of `BLOCK_SIZE`, the oldest dropped first.

    Attributes: `_ids` the ordered ids of the current query; `_fetch_rows(ids)` returns snapshots in the same
    order (the service's `rows`); `_blocks` block number → `RowBlock`.
    """

    sort_requested = Signal(str, bool)  # service sort key, descending
    BLOCK_SIZE = 50  # two screens of rows: the first block is fetched (and formatted) for every keystroke
    MAX_CACHED_BLOCKS = 120
    MAX_PENDING_BLOCKS = 4  # a scroll-bar drag asks for many blocks: only the latest few are still fetched
    block_loaded = Signal(int)  # block number: its rows arrived from the worker and were announced to the view

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_rows: Callable[[list[str]], Sequence[Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._alignments = [int(column.alignment.value) for column in self._columns]
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._row_of_id: dict[str, int] | None = None
        self._blocks: OrderedDict[int, RowBlock] = OrderedDict()
        self._runner: TaskRunner | None = None
        self._pending: OrderedDict[int, None] = OrderedDict()  # blocks asked of the runner, oldest first
        self._generation = 0  # bumped whenever cached rows become stale: late blocks of an older list are dropped

    def load_blocks_with(self, runner: TaskRunner) -> None:
        """Fetch the blocks the view scrolls to on `runner` instead of on the UI thread inside `data()`."""
        self._runner = runner

    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_ids(self, ids: Sequence[str], first_block: RowBlock | None = None) -> None:
        """A new result; `first_block` (from `prefetch_first_block` in the worker) spares the UI thread a query."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of_id = None
        self._forget_blocks()
        if first_block is not None:
            self._blocks[0] = first_block
        self.endResetModel()

    def prefetch_first_block(self, ids: Sequence[str]) -> RowBlock:
        """Fetches and formats the first block of `ids`; safe to call on a worker thread (touches no Qt state)."""
        return self._make_block(list(ids[: self.BLOCK_SIZE]))

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < len(self._ids):
            return None
        block, offset = self._block_of(row)
        return block.rows[offset] if offset < len(block.rows) else None

    def _block_of(self, row: int) -> tuple[RowBlock, int]:
        """The block holding `row`, fetched now if needed (for callers that need the row itself)."""
        block_number = row // self.BLOCK_SIZE
        block = self._blocks.get(block_number)
        if block is None:
            block = self._load_block(block_number)
        else:
            self._blocks.move_to_end(block_number)
        return block, row - block_number * self.BLOCK_SIZE

    def _shown_block_of(self, row: int) -> tuple[RowBlock | None, int]:
        """For painting: the cached block holding `row`, or None while the runner fetches it."""
        block_number = row // self.BLOCK_SIZE
        offset = row - block_number * self.BLOCK_SIZE
        block = self._blocks.get(block_number)
        if block is not None:
            self._blocks.move_to_end(block_number)
            return block, offset
        if self._runner is None:
            return self._load_block(block_number), offset
        self._request_block(block_number)
        return self._blocks.get(block_number), offset  # a synchronous runner has answered already

    def _request_block(self, block_number: int) -> None:
        if block_number in self._pending:
            return
        assert self._runner is not None
        self._pending[block_number] = None
        while len(self._pending) > self.MAX_PENDING_BLOCKS:  # scrolled past: not worth a query any more
            self._pending.popitem(last=False)
        generation, pending = self._generation, self._pending
        start = block_number * self.BLOCK_SIZE
        wanted = self._ids[start : start + self.BLOCK_SIZE]

        def fetch(_progress: object) -> RowBlock | None:
            return self._make_block(wanted) if block_number in pending else None

        self._runner.operation(fetch).on_success(
            lambda block: self._on_block_fetched(generation, block_number, block)
        ).on_error(lambda error: self._on_block_failed(generation, block_number, error)).start()

    def _on_block_fetched(self, generation: int, block_number: int, block: RowBlock | None) -> None:
        if generation != self._generation:
            return  # rows of a list that was replaced or refreshed meanwhile
        self._pending.pop(block_number, None)
        if block is None:
            return  # skipped: the view asks again if it still shows that block
        self._store_block(block_number, block)
        first = block_number * self.BLOCK_SIZE
        last = min(first + self.BLOCK_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        self.block_loaded.emit(block_number)

    def _on_block_failed(self, generation: int, block_number: int, error: BaseException) -> None:
        # painting asks again on the next repaint; a dialog per paint would be worse than empty cells
        logger.error("a block of list rows could not be read", exc_info=error)
        if generation == self._generation:
            self._pending.pop(block_number, None)

    def _forget_blocks(self) -> None:
        self._blocks.clear()
        self._drop_pending()

    def _drop_pending(self) -> None:
        """Fetches already queued find their block no longer wanted and skip the query; answers are dropped."""
        self._pending.clear()
        self._pending = OrderedDict()
        self._generation += 1

    def row_of(self, item_id: str) -> int:
        if self._row_of_id is None:
            self._row_of_id = {value: index for index, value in enumerate(self._ids)}
        return self._row_of_id.get(item_id, -1)

    def refresh(self, ids: Sequence[str] | None = None) -> None:
        """Forget cached snapshots (of `ids`, or all) and let the view re-read them."""
        if ids is None:
            self._forget_blocks()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))
            return
        for item_id in ids:
            row = self.row_of(item_id)
            if row < 0:
                continue
            self._blocks.pop(row // self.BLOCK_SIZE, None)
            self._drop_pending()  # a block being fetched may hold the row as it was before the change
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def _make_block(self, wanted: list[str]) -> RowBlock:
        fetched = list(self._fetch_rows(wanted)) if wanted else []
        by_id = {str(getattr(row, "id", "")): row for row in fetched}
        # a row deleted since the id list was made comes back missing: keep positions, show it empty
        rows = [by_id.get(item_id) for item_id in wanted]
        return RowBlock(rows, [self._texts(row) for row in rows])

    def _texts(self, row: Any) -> tuple[str, ...]:
        if row is None:
            return ("",) * len(self._columns)
        values = (column.value(row) for column in self._columns)
        return tuple("" if value is None else str(value) for value in values)

    def _load_block(self, block_number: int) -> RowBlock:
        start = block_number * self.BLOCK_SIZE
        block = self._make_block(self._ids[start : start + self.BLOCK_SIZE])
        self._store_block(block_number, block)
        return block

    def _store_block(self, block_number: int, block: RowBlock) -> None:
        self._blocks[block_number] = block
        self._blocks.move_to_end(block_number)
        while len(self._blocks) > self.MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~10 times per visible cell on every paint: plain int comparisons (a PySide enum member
        # lookup costs more than the answer) and texts formatted when the block was fetched.
        if role in (_DISPLAY, _TOOLTIP):
            row = index.row()
            if not 0 <= row < len(self._ids):
                return None
            block, offset = self._shown_block_of(row)
            if block is None or offset >= len(block.rows) or block.rows[offset] is None:
                return None
            return block.texts[offset][index.column()]
        if role == _ALIGNMENT:
            return self._alignments[index.column()] if index.isValid() else None
        if role == _ID_ROLE:
            row = index.row()
            return self._ids[row] if index.isValid() and 0 <= row < len(self._ids) else None
        if role == _ROW_ROLE:
            row = index.row()
            if not index.isValid() or not 0 <= row < len(self._ids):
                return None
            block, offset = self._shown_block_of(row)
            return block.rows[offset] if block is not None and offset < len(block.rows) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header()
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        sort_key = self._columns[column].sort_key
        if sort_key:
            self.sort_requested.emit(sort_key, order == Qt.SortOrder.DescendingOrder)
