"""The Acudientes screen: search, the lazy guardians table, and the students of the selected guardian."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.permissions import Action, can
from desktop_app.services.dto import Changes, GuardianRow, StudentRow
from desktop_app.ui.context import UiServices
from desktop_app.ui.guardians.form import GuardianDialog
from desktop_app.ui.guardians.table_model import GuardianTableModel
from desktop_app.ui.list_controller import ListController
from desktop_app.ui.review_tags import tagged
from desktop_app.ui.tasks import show_error
from desktop_app.ui.widgets.list_table import current_id, focus_first_row, make_list_table
from desktop_app.ui.widgets.search_box import SearchBox


class GuardiansView(QWidget):
    """Lists guardians (search by name or document) and shows the students each one is linked to."""

    ids_loaded = Signal(int)
    students_shown = Signal(str)  # guardian id whose students are now listed

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = services.task_runner()

        self.search_box = SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Buscar acudiente por nombre o documento (Ctrl+F)"))
        self.new_button = QPushButton(self.tr("Nuevo acudiente"), self)
        self.edit_button = QPushButton(self.tr("Abrir"), self)
        self.count_label = QLabel(self)
        self.model = GuardianTableModel(self._fetch_rows, self)
        self.table = make_list_table(self.model, self, sortable=False)
        self.list = ListController(self._runner, self.table, self.model, services.guardians.list_ids, "", self)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((280, 150, 120, 240)):
            header.resizeSection(column, width)

        side = QWidget(self)
        self.students_title = QLabel(self.tr("Estudiantes a cargo"), side)
        self.students_title.setStyleSheet("font-weight: bold;")
        self.students_list = QListWidget(side)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.students_title)
        side_layout.addWidget(self.students_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.list.loaded.connect(self._on_list_loaded)
        self.list.failed.connect(lambda error: show_error(self, error))
        self.search_box.search_changed.connect(self._on_search_box_search_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.new_button.clicked.connect(self.new_guardian)
        self.edit_button.clicked.connect(self.open_current)
        self._runner.changes_applied.connect(self._on_runner_changes_applied)
        allowed = can(frozenset(getattr(services.context, "roles", frozenset())), Action.guardian_edit)
        self.new_button.setEnabled(allowed)
        if not allowed:
            self.new_button.setToolTip(self.tr("Su rol no permite registrar acudientes."))

    def reload(self) -> None:
        self.list.reload()

    def ensure_loaded(self) -> None:
        if not self.list.loaded_once() and not self.list.is_loading():
            self.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def current_guardian_id(self) -> str | None:
        return current_id(self.table)

    @Slot()
    def new_guardian(self) -> None:
        if self.new_button.isEnabled():
            self._open_dialog(None)

    @Slot()
    def open_current(self) -> None:
        guardian_id = self.current_guardian_id()
        if guardian_id:
            self._open_dialog(guardian_id)

    def open_guardian(self, guardian_id: str) -> GuardianDialog:
        """Opens one guardian's form (from another window, e.g. Revisión's *Corregir y reenviar*)."""
        return self._open_dialog(guardian_id)

    def _open_dialog(self, guardian_id: str | None) -> GuardianDialog:
        dialog = GuardianDialog(self._services, guardian_id, self)
        dialog.guardian_saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def _fetch_rows(self, ids: list[str]) -> list[GuardianRow]:
        return tagged(self._services.guardians.rows(ids), self._services.review, "guardians")

    @Slot(int)
    def _on_list_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n acudiente(s)", "", count))
        if self.current_guardian_id() is None:
            self.students_list.clear()
        self.ids_loaded.emit(count)

    @Slot()
    def _on_search_box_return_pressed(self) -> None:
        # Enter in the search box goes to the first match (a second Enter opens it)
        self.list.focus_first_when_loaded()  # set first: a synchronous runner answers inside flush()
        if not (self.search_box.flush() or self.list.is_loading()):
            self.list.focus_first_when_loaded(False)
            focus_first_row(self.table)

    @Slot(str)
    def _on_search_box_search_changed(self, text: str) -> None:
        self.list.set_query(text.strip())

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        guardian_id = self.model.id_at(index.row())
        if guardian_id:
            self._open_dialog(guardian_id)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        guardian_id = self.current_guardian_id()
        if not guardian_id:
            return
        guardians = self._services.guardians
        self._runner.operation(lambda _progress: guardians.students_of(guardian_id)).on_success(
            lambda students: self._show_students(guardian_id, students)
        ).start()

    def _show_students(self, guardian_id: str, students: list[StudentRow]) -> None:
        if guardian_id != self.current_guardian_id():
            return
        self.students_list.clear()
        for student in students:
            self.students_list.addItem(f"{student.full_name} — {student.document_type} {student.document_number}")
        if not students:
            self.students_list.addItem(self.tr("(ningún estudiante vinculado)"))
        self.students_shown.emit(guardian_id)

    @Slot(object)
    def _on_runner_changes_applied(self, changes: Changes) -> None:
        if changes.kinds & {"guardians", "student_guardians"} and self.list.loaded_once():
            self.reload()
