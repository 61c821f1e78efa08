"""Editor of the mapping's *Columna del archivo*: a list of the file's headers (plus *(sin asignar)*) instead of
the column number Qt would offer for the model's integer EditRole."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.ui.importing.models import NOT_MAPPED

AnyIndex = QModelIndex | QPersistentModelIndex


class ColumnDelegate(QStyledItemDelegate):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem(QCoreApplication.translate("ImportMapping", "(sin asignar)"), NOT_MAPPED)
        for column, header in enumerate(self._headers):
            editor.addItem(header or QCoreApplication.translate("ImportMapping", "Columna {n}").format(n=column + 1),
                           column)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, int(editor.currentData()), Qt.ItemDataRole.EditRole)
