"""One controller for the list screens (students, guardians, enrollments): query → ids → table.

Each screen keeps its own filters and buttons and hands the controller a query value; the controller runs the
service's `list_ids` on the runner's db lane, fetches and formats the first block of rows in the same worker
(the UI thread only resets the model), drops answers to queries the user has already typed past, and keeps
the selection (or moves to the first match after Enter in the search box).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTableView

from desktop_app.ui.id_table_model import IdTableModel, RowBlock
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.widgets.list_table import current_id, focus_first_row, select_id

QueryT = TypeVar("QueryT")


class ListController(QObject, Generic[QueryT]):
    """Owns the current query of one list screen and the loading of its ids into `model`."""

    loaded = Signal(int)  # how many ids the current query found (after the model was reset)
    failed = Signal(object)  # the exception of the current query

    def __init__(
        self,
        runner: TaskRunner,
        table: QTableView,
        model: IdTableModel,
        list_ids: Callable[[QueryT], Sequence[str]],
        query: QueryT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._table = table
        self._model = model
        self._list_ids = list_ids
        self._query = query
        self._generation = 0
        self._loading = False
        self._loaded_once = False
        self._focus_first = False
        model.load_blocks_with(runner)  # scrolling fetches rows on the db lane too, never on the UI thread

    def query(self) -> QueryT:
        return self._query

    def is_loading(self) -> bool:
        return self._loading

    def loaded_once(self) -> bool:
        return self._loaded_once

    def set_query(self, query: QueryT, *, force: bool = False) -> None:
        """Runs `query` unless it is the one already shown (`force` reruns it, e.g. after a save)."""
        if query == self._query and not force and self._loaded_once:
            return
        self._query = query
        self._generation += 1
        generation = self._generation
        self._loading = True
        list_ids, model = self._list_ids, self._model

        def work(_progress: object) -> tuple[list[str], RowBlock]:
            ids = list(list_ids(query))
            return ids, model.prefetch_first_block(ids)

        self._runner.operation(work).on_success(lambda result: self._on_loaded(generation, result)).on_error(
            lambda error: self._on_failed(generation, error)
        ).start()

    def reload(self) -> None:
        self.set_query(self._query, force=True)

    def focus_first_when_loaded(self, wanted: bool = True) -> None:
        """After the next answer, put the cursor on the first row (Enter in the search box)."""
        self._focus_first = wanted

    def _on_loaded(self, generation: int, result: tuple[list[str], RowBlock]) -> None:
        if generation != self._generation:
            return  # the user typed on; a newer query is already running
        ids, first_block = result
        selected = current_id(self._table)
        self._loading = False
        self._loaded_once = True
        self._model.set_ids(ids, first_block)
        focus_first, self._focus_first = self._focus_first, False
        if focus_first and ids:
            focus_first_row(self._table)
        elif selected:
            select_id(self._table, selected)
        self.loaded.emit(len(ids))

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.failed.emit(error)
