"""The student form's *PIAR* tab (Decreto 1421/2017): reasonable adjustments by area in a table, who is
responsible, the dates and the agreement with the family.

Shown only to roles with `piar_view`; read-only without `piar_edit`; enabled when the student has a disability
(the *Salud y SIMAT* tab's value, followed live), otherwise a short explanation. The typed values stay in the
widgets whatever the service answers; errors appear under their field (adjustments: under the table).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError
from desktop_app.domain.piar import Piar, PiarAdjustment, PiarDraft
from desktop_app.ui.errors import error_text, field_error_text
from desktop_app.ui.widgets.field_error import FieldErrorLabel
from desktop_app.ui.widgets.form_fields import FieldForm

COLUMNS = ("area", "ajuste", "apoyos", "evaluacion")
ModelIndex = QModelIndex | QPersistentModelIndex


def _headers() -> tuple[str, ...]:
    return (QCoreApplication.translate("PiarTab", "Área o asignatura"),
            QCoreApplication.translate("PiarTab", "Ajuste razonable"),
            QCoreApplication.translate("PiarTab", "Apoyos"),
            QCoreApplication.translate("PiarTab", "Evaluación"))


class PiarAdjustmentsModel(QAbstractTableModel):
    """The adjustments as rows of four texts, edited in place; `adjustments()` gives them back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PiarAdjustment] = []
        self._editable = True

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def set_adjustments(self, rows: tuple[PiarAdjustment, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def adjustments(self) -> tuple[PiarAdjustment, ...]:
        return tuple(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return getattr(self._rows[index.row()], COLUMNS[index.column()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _headers()[section] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self._editable else flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable:
            return False
        row = self._rows[index.row()]
        self._rows[index.row()] = dataclasses.replace(row, **{COLUMNS[index.column()]: str(value or "")})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def insertRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [PiarAdjustment() for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True


def _dates(text: str) -> tuple[str, ...]:
    """"15/05/2026; 20/08/2026" → each date as typed (the domain says which one is wrong)."""
    return tuple(part.strip() for part in re.split(r"[;,\n]", text) if part.strip())


class PiarTab(QWidget):
    """The tab's widgets; `draft()` reads them, `load()` fills them, `show_errors()` places refusals."""

    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = True
        self._withheld = False
        self._has_disability = False
        self._saved = PiarDraft()  # what the store holds: a save sends the PIAR only when it differs
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; }")
        self.general_error = FieldErrorLabel(self)

        self.content = QWidget(self)
        self.model = PiarAdjustmentsModel(self)
        self.table = QTableView(self.content)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton(QCoreApplication.translate("PiarTab", "Agregar ajuste"), self.content)
        self.remove_button = QPushButton(QCoreApplication.translate("PiarTab", "Quitar ajuste"), self.content)
        self.print_button = QPushButton(QCoreApplication.translate("PiarTab", "Imprimir PIAR…"), self.content)
        self.adjustments_error = FieldErrorLabel(self.content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)

        fields = QFormLayout()
        self.form = FieldForm(fields)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Responsable"), "responsable_nombre", max_length=120)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Cargo del responsable"), "responsable_cargo", max_length=120)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Fecha de elaboración"), "fecha_elaboracion",
                           placeholder=QCoreApplication.translate("PiarTab", "dd/mm/aaaa"), max_length=10)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Fechas de revisión"), "revisiones",
                           placeholder=QCoreApplication.translate("PiarTab", "dd/mm/aaaa; dd/mm/aaaa"), max_length=200)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Próxima revisión"), "proxima_revision",
                           placeholder=QCoreApplication.translate("PiarTab", "dd/mm/aaaa"), max_length=10)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Acudiente que firma el acuerdo"), "acudiente", max_length=120)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Acuerdo con la familia"), "acuerdo", max_length=2000)
        self.form.add_line(QCoreApplication.translate("PiarTab", "Observaciones"), "observaciones", max_length=2000)

        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(QLabel(QCoreApplication.translate("PiarTab", "Ajustes razonables por área"), self.content))
        content_layout.addWidget(self.table, 1)
        content_layout.addWidget(self.adjustments_error)
        content_layout.addLayout(buttons)
        content_layout.addLayout(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.general_error)
        layout.addWidget(self.content, 1)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.print_button.clicked.connect(self.print_requested)
        self._refresh()

    # ---- state

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._refresh()

    def set_has_disability(self, has_disability: bool) -> None:
        self._has_disability = has_disability
        self._refresh()

    def is_editable(self) -> bool:
        return self._editable and self._has_disability and not self._withheld

    def _refresh(self) -> None:
        if self._withheld:
            notice = QCoreApplication.translate("PiarTab", "Este equipo no ha recibido el PIAR de este estudiante (lo sincronizó un "
                                   "usuario que no puede verlo). Sincronice para verlo.")
        elif not self._has_disability:
            notice = QCoreApplication.translate("PiarTab", "El PIAR (Decreto 1421 de 2017) se elabora para estudiantes con discapacidad. "
                                   "Registre el tipo de discapacidad en la pestaña «Salud y SIMAT» para habilitarlo.")
        elif not self._editable:
            notice = QCoreApplication.translate("PiarTab", "Su rol permite ver el PIAR, no modificarlo.")
        else:
            notice = ""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        editable = self.is_editable()
        self.model.set_editable(editable)
        self.content.setEnabled(self._has_disability and not self._withheld)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        for name, binding in self.form.bindings.items():
            del name
            binding.widget.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    # ---- values

    def load(self, piar: Piar) -> None:
        self._withheld = piar.withheld
        draft = piar.draft
        self.model.set_adjustments(draft.ajustes)
        self.form.load({
            "responsable_nombre": draft.responsable_nombre, "responsable_cargo": draft.responsable_cargo,
            "fecha_elaboracion": draft.fecha_elaboracion, "revisiones": "; ".join(draft.revisiones),
            "proxima_revision": draft.proxima_revision, "acudiente": draft.acudiente, "acuerdo": draft.acuerdo,
            "observaciones": draft.observaciones,
        })
        self._saved = self.draft()
        self._refresh()

    def mark_saved(self) -> None:
        self._saved = self.draft()

    def changed_draft(self) -> PiarDraft | None:
        """The draft when it may be saved and differs from what is stored; None otherwise."""
        draft = self.draft()
        return draft if self.is_editable() and draft != self._saved else None

    def draft(self) -> PiarDraft:
        values = self.form.values()
        return PiarDraft(
            ajustes=self.model.adjustments(),
            responsable_nombre=values["responsable_nombre"], responsable_cargo=values["responsable_cargo"],
            fecha_elaboracion=values["fecha_elaboracion"], revisiones=_dates(values["revisiones"]),
            proxima_revision=values["proxima_revision"], acudiente=values["acudiente"], acuerdo=values["acuerdo"],
            observaciones=values["observaciones"],
        )

    def add_row(self) -> None:
        if not self.is_editable():
            return
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_row(self) -> None:
        row = self.table.currentIndex().row()
        if self.is_editable() and row >= 0:
            self.model.removeRows(row, 1)

    # ---- errors and results

    def show_printed(self, path: str) -> None:
        self.general_error.show_message(
            QCoreApplication.translate("PiarTab", "PDF guardado: %1").replace("%1", path), warning=True)

    def show_failure(self, error: BaseException) -> None:
        """A refused print or save: errors under their fields, the rest (or the whole message) on top."""
        unplaced = self.show_errors(list(getattr(error, "errors", None) or []))
        if unplaced or not getattr(error, "errors", None):
            self.general_error.show_message(error_text(error))

    def clear_errors(self) -> None:
        self.form.clear_errors()
        self.adjustments_error.clear_message()
        self.general_error.clear_message()

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Places the PIAR's errors (fields of the form, `ajustes.N.*` under the table, `piar` on top);
        returns the others."""
        rows = [e for e in errors if e.field.startswith("ajustes.")]
        general = [e for e in errors if e.field == "piar"]
        others = [e for e in errors if e not in rows and e not in general]
        unplaced = self.form.show_errors(others)
        if rows:
            self.adjustments_error.show_message("\n".join(field_error_text(e) for e in rows))
            row, column = rows[0].field.split(".")[1:3]
            self.table.setCurrentIndex(self.model.index(int(row), COLUMNS.index(column)))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if general:
            self.general_error.show_message("\n".join(field_error_text(e) for e in general))
        return unplaced
