"""*Revisión para SIMAT*: the problems found before an export, grouped by student, and the export buttons.

Double-clicking a problem emits `open_field(student_id, field)`; the main window opens the student form at that
field (`MainWindow.open_student_at`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.simat import DEFAULT_STATUSES, SimatReview
from desktop_app.ui.labels import enrollment_statuses

STUDENT_ROLE = Qt.ItemDataRole.UserRole
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class SimatReviewWindow(QWidget):
    """Shows one `SimatReview`; the buttons ask the owner (`SimatActions`) to export."""

    open_field = Signal(str, str)
    export_all = Signal()
    export_valid = Signal()
    export_template = Signal()
    options_changed = Signal()  # the sede or the statuses changed: the owner reviews again

    def __init__(self, review: SimatReview, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Revisión para SIMAT"))
        self.resize(900, 600)
        self.sede_combo = QComboBox()
        self.status_checks: dict[str, QCheckBox] = {}
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Sede:")))
        options.addWidget(self.sede_combo)
        options.addSpacing(16)
        options.addWidget(QLabel(self.tr("Estados:")))
        for code, label in enrollment_statuses():
            check = QCheckBox(label)
            check.setChecked(code in DEFAULT_STATUSES)
            check.toggled.connect(self._on_option_changed)
            self.status_checks[code] = check
            options.addWidget(check)
        options.addStretch(1)
        self._filling = False
        self.sede_combo.currentIndexChanged.connect(self._on_option_changed)
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
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.show_review(review)

    def options(self) -> tuple[tuple[str, ...], str | None]:
        """(statuses, sede or None for every sede) chosen above the list."""
        statuses = tuple(code for code, check in self.status_checks.items() if check.isChecked())
        sede = self.sede_combo.currentData()
        return statuses, (str(sede) if sede else None)

    def _on_option_changed(self, *_args: object) -> None:
        if not self._filling:
            self.options_changed.emit()

    def _fill_sedes(self, review: SimatReview) -> None:
        chosen = self.sede_combo.currentData()
        self._filling = True
        self.sede_combo.clear()
        self.sede_combo.addItem(self.tr("Todas las sedes"), None)
        for sede in review.settings.get("sedes") or []:  # type: ignore[attr-defined]
            self.sede_combo.addItem(f"{sede.get('cons_sede')} · {sede.get('nombre')}", str(sede.get("cons_sede")))
        index = self.sede_combo.findData(chosen)
        self.sede_combo.setCurrentIndex(max(index, 0))
        self._filling = False

    def show_review(self, review: SimatReview) -> None:
        self.review = review
        self._fill_sedes(review)
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
