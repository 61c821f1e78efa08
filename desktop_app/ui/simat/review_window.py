"""*Revisión para SIMAT*: the problems found before an export, grouped by student, and the export buttons.

Double-clicking a problem emits `open_field(student_id, field)` so the main window can open the student form
at that field (the form's *Salud y SIMAT* tab is not built yet).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.simat import SimatReview

STUDENT_ROLE = Qt.ItemDataRole.UserRole
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class SimatReviewWindow(QWidget):
    """Shows one `SimatReview`; the buttons ask the owner (`SimatActions`) to export."""

    open_field = Signal(str, str)
    export_all = Signal()
    export_valid = Signal()
    export_template = Signal()

    def __init__(self, review: SimatReview, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Revisión para SIMAT"))
        self.resize(900, 600)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Estudiante / problema"), self.tr("Campo"), self.tr("Tipo")])
        self.tree.setColumnWidth(0, 620)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.export_all_button = QPushButton(self.tr("Exportar todo…"))
        self.export_valid_button = QPushButton(self.tr("Exportar solo filas sin errores…"))
        self.template_button = QPushButton(self.tr("Usar plantilla del SIMAT…"))
        self.export_all_button.clicked.connect(self.export_all)
        self.export_valid_button.clicked.connect(self.export_valid)
        self.template_button.clicked.connect(self.export_template)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.template_button, self.export_valid_button, self.export_all_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.show_review(review)

    def show_review(self, review: SimatReview) -> None:
        self.review = review
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for problem in review.problems:
            group = groups.get(problem.student_id)
            if group is None:
                group = QTreeWidgetItem([problem.label or self.tr("(sin nombre)")])
                group.setData(0, STUDENT_ROLE, problem.student_id)
                groups[problem.student_id] = group
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem([problem.line, problem.field,
                                    self.tr("Error") if problem.blocking else self.tr("Aviso")])
            item.setData(0, STUDENT_ROLE, problem.student_id)
            item.setData(0, FIELD_ROLE, problem.field)
            group.addChild(item)
        self.tree.expandAll()
        errors = sum(problem.blocking for problem in review.problems)
        text = self.tr("%1 matrículas de %2: %3 filas con errores (%4 errores), %5 avisos.").replace(
            "%1", str(len(review.rows))).replace("%2", str(review.year)).replace(
            "%3", str(len(review.blocked))).replace("%4", str(errors)).replace(
            "%5", str(len(review.problems) - errors))
        if review.unverified_catalogs:
            text += " " + self.tr("Listas aún sin verificar con el Anexo 6A: %1.").replace(
                "%1", ", ".join(review.unverified_catalogs))
        self.summary.setText(text)

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        field = item.data(0, FIELD_ROLE)
        if field:
            self.open_field.emit(str(item.data(0, STUDENT_ROLE)), str(field))
