"""The enrollments table: columns over `EnrollmentRow` snapshots in an id-list model."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.services.dto import EnrollmentRow
from desktop_app.ui import labels
from desktop_app.ui.id_table_model import Column, IdTableModel

translate = QCoreApplication.translate


def _document(row: EnrollmentRow) -> str:
    return f"{row.student_document_type} {row.student_document_number}".strip()


ENROLLMENT_COLUMNS: tuple[Column, ...] = (
    Column(
        "student_name",
        lambda: translate("EnrollmentTableModel", "Estudiante"),
        lambda row: row.student_name,
        sort_key="student_name",
    ),
    Column("document", lambda: translate("EnrollmentTableModel", "Documento"), _document),
    Column(
        "grade",
        lambda: translate("EnrollmentTableModel", "Grado"),
        lambda row: labels.grade_label(row.grade_level),
        sort_key="grade_level",
    ),
    Column(
        "group",
        lambda: translate("EnrollmentTableModel", "Grupo"),
        lambda row: row.group_code or "",
        sort_key="group_code",
    ),
    Column("shift", lambda: translate("EnrollmentTableModel", "Jornada"), lambda row: labels.shift_label(row.shift)),
    Column(
        "status",
        lambda: translate("EnrollmentTableModel", "Estado"),
        lambda row: labels.enrollment_status_label(row.status),
        sort_key="status",
    ),
    Column("year", lambda: translate("EnrollmentTableModel", "Año"), lambda row: row.school_year_name),
)


class EnrollmentTableModel(IdTableModel):
    """The enrollments of the current query, by id; rows come from `EnrollmentService.rows` block by block."""

    def __init__(
        self, fetch_rows: Callable[[list[str]], Sequence[EnrollmentRow]], parent: QObject | None = None
    ) -> None:
        super().__init__(ENROLLMENT_COLUMNS, fetch_rows, parent)
