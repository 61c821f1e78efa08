"""The reconciliation lists: *Sin diferencias*, *Con diferencias*, *Solo en SIMAT*, *Solo aquí* and the
*posibles coincidencias* waiting for a click. Every change is an explicit button (one service call each).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.simat_reconcile import (
    LIST_ADVICE,
    LIST_TITLES,
    SOLO_AQUI,
    SOLO_SIMAT,
    Pair,
    Reconciliation,
)
from desktop_app.domain.simat_validation import row_label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            table.setItem(number, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class SimatReconcileWindow(QWidget):
    """Shows one `Reconciliation`; the owner (`SimatActions`) carries out the requested actions."""

    confirm_requested = Signal(int)  # the listing row of a posible coincidencia
    apply_requested = Signal(object, str)  # (Pair, column)
    copy_per_id_requested = Signal(object)  # Pair
    record_requested = Signal()
    export_requested = Signal()

    def __init__(self, result: Reconciliation, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Comparación con el listado del SIMAT"))
        self.resize(960, 600)
        person = [self.tr("Estudiante"), self.tr("Documento")]
        self.same = _table(person)
        self.different = _table([*person, self.tr("Campo"), self.tr("Aquí"), self.tr("En el SIMAT")])
        self.only_simat = _table([*person, self.tr("Qué hacer")])
        self.only_here = _table([*person, self.tr("Qué hacer")])
        self.possible = _table([*person, self.tr("Fecha de nacimiento"), self.tr("Documento en el SIMAT")])
        self.tabs = QTabWidget(self)
        self.summary = QLabel(self)
        self.confirm_button = QPushButton(self.tr("Es la misma persona"), self)
        self.apply_button = QPushButton(self.tr("Aplicar dato del SIMAT"), self)
        self.per_id_button = QPushButton(self.tr("Copiar PER_ID"), self)
        self.record_button = QPushButton(self.tr("Guardar estado SIMAT"), self)
        self.export_button = QPushButton(self.tr("Exportar…"), self)
        self.confirm_button.clicked.connect(self._confirm)
        self.apply_button.clicked.connect(self._apply)
        self.per_id_button.clicked.connect(self._copy_per_id)
        self.record_button.clicked.connect(self.record_requested)
        self.export_button.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.apply_button, self.per_id_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.show_result(result)

    def show_result(self, result: Reconciliation) -> None:
        self.result = result
        self._different_rows: list[tuple[Pair, str]] = [
            (pair, difference.column) for pair in result.with_differences for difference in pair.differences]
        self._matched_rows = [*result.without_differences]
        _fill(self.same, [[row_label(p.local), str(p.local.student.get("document_number"))]
                          for p in self._matched_rows])
        _fill(self.different, [[row_label(p.local), str(p.local.student.get("document_number")), d.kind,
                                d.here, d.simat] for p in result.with_differences for d in p.differences])
        _fill(self.only_simat, [[" ".join(e.get(c) for c in ("APELLIDO1", "APELLIDO2", "NOMBRE1", "NOMBRE2")
                                          if e.get(c)), e.get("NRO_DOCUMENTO"), LIST_ADVICE[SOLO_SIMAT]]
                                for e in result.only_simat])
        _fill(self.only_here, [[row_label(r), str(r.student.get("document_number")), LIST_ADVICE[SOLO_AQUI]]
                               for r in result.only_here])
        _fill(self.possible, [[row_label(p.local), str(p.local.student.get("document_number")),
                               p.listing.get("FECHA_NACIMIENTO"), p.listing.get("NRO_DOCUMENTO")]
                              for p in result.possible])
        self.tabs.clear()
        counts = result.counts()
        for key, table in (("sin_diferencias", self.same), ("con_diferencias", self.different),
                           ("solo_simat", self.only_simat), ("solo_aqui", self.only_here)):
            self.tabs.addTab(table, f"{LIST_TITLES[key]} ({counts[key]})")
        self.tabs.addTab(self.possible, self.tr("Posibles coincidencias (%1)").replace("%1", str(counts["posibles"])))
        self.summary.setText(self.tr("Compare los datos y use los botones: nada cambia sin que usted lo pida."))

    def _selected(self, table: QTableWidget) -> int:
        return table.currentRow() if self.tabs.currentWidget() is table else -1

    def _confirm(self) -> None:
        row = self._selected(self.possible)
        if row >= 0:
            self.confirm_requested.emit(self.result.possible[row].listing.row)

    def _apply(self) -> None:
        row = self._selected(self.different)
        if row >= 0:
            pair, column = self._different_rows[row]
            self.apply_requested.emit(pair, column)

    def _copy_per_id(self) -> None:
        row = self._selected(self.different)
        if row >= 0:
            self.copy_per_id_requested.emit(self._different_rows[row][0])
            return
        row = self._selected(self.same)
        if row >= 0:
            self.copy_per_id_requested.emit(self._matched_rows[row])
