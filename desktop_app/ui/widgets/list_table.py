"""The table view every big list uses (students, guardians, enrollments), set up once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.id_table_model import IdTableModel


def _id_model(table: QTableView) -> IdTableModel:
    model = table.model()
    assert isinstance(model, IdTableModel), "current_id/select_id need an id-list model"
    return model


def make_list_table(model: QAbstractItemModel, parent: QWidget, *, sortable: bool = True) -> QTableView:
    """A read-only, one-row-selection table over an id-list model; header clicks sort through the model."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if sortable:
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().setVisible(False)
    # Fixed row height: the view never asks for rows it does not show just to measure them.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def focus_first_row(table: QTableView) -> None:
    """Put the keyboard on the first row (Enter in a search box goes to the first match)."""
    if table.model().rowCount() == 0:
        return
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.setCurrentIndex(table.model().index(0, 0))
    table.selectRow(0)


def current_id(table: QTableView) -> str | None:
    """The id of the row with the keyboard focus, or None (the table's model is an id-list model)."""
    index = table.currentIndex()
    return _id_model(table).id_at(index.row()) if index.isValid() else None


def select_id(table: QTableView, row_id: str) -> bool:
    """Select and show the row of `row_id`; False when it is not in the current list."""
    row = _id_model(table).row_of(row_id)
    if row < 0:
        return False
    table.selectRow(row)
    table.scrollTo(table.model().index(row, 0))
    return True
