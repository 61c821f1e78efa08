"""The students table: columns over `StudentRow` snapshots in an id-list model."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop_app.services.dto import StudentRow
from desktop_app.ui import labels
from desktop_app.ui.id_table_model import Column, IdTableModel
from desktop_app.ui.review_tags import with_tag

translate = QCoreApplication.translate


def _document(row: StudentRow) -> str:
    return f"{row.document_type} {row.document_number}"


def _grade(row: StudentRow) -> str:
    grade = labels.grade_label(row.grade_level)
    return f"{grade} {row.group_code}" if grade and row.group_code else grade


STUDENT_COLUMNS: tuple[Column, ...] = (
    Column("full_name", lambda: translate("StudentTableModel", "Nombre completo"), lambda row: with_tag(row.full_name, row.in_review), sort_key="full_name"),
    Column("document", lambda: translate("StudentTableModel", "Documento"), _document, sort_key="document_number"),
    Column(
        "birth_date",
        lambda: translate("StudentTableModel", "Nacimiento"),
        lambda row: labels.format_date(row.birth_date),
        sort_key="birth_date",
        alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    ),
    Column("grade", lambda: translate("StudentTableModel", "Grado y grupo"), _grade),
    Column("enrollment_status", lambda: translate("StudentTableModel", "Matrícula"), lambda row: labels.enrollment_status_label(row.enrollment_status)),
    Column("is_active", lambda: translate("StudentTableModel", "Estado"), lambda row: translate("StudentTableModel", "Activo") if row.is_active else translate("StudentTableModel", "Inactivo")),
)


class StudentTableModel(IdTableModel):
    """All students of the current query, by id; rows come from `StudentService.rows` block by block."""

    def __init__(self, fetch_rows: Callable[[list[str]], Sequence[StudentRow]], parent: QObject | None = None) -> None:
        super().__init__(STUDENT_COLUMNS, fetch_rows, parent)
