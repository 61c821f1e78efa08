"""The guardians table: columns over `GuardianRow` snapshots in an id-list model."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.services.dto import GuardianRow
from desktop_app.ui.id_table_model import Column, IdTableModel
from desktop_app.ui.review_tags import with_tag

translate = QCoreApplication.translate

GUARDIAN_COLUMNS: tuple[Column, ...] = (
    Column("full_name", lambda: translate("GuardianTableModel", "Nombre completo"),
           lambda row: with_tag(row.full_name, row.in_review)),
    Column(
        "document",
        lambda: translate("GuardianTableModel", "Documento"),
        lambda row: f"{row.document_type} {row.document_number}",
    ),
    Column("phone", lambda: translate("GuardianTableModel", "Teléfono"), lambda row: row.phone),
    Column("email", lambda: translate("GuardianTableModel", "Correo"), lambda row: row.email),
    Column("occupation", lambda: translate("GuardianTableModel", "Ocupación"), lambda row: row.occupation),
)


class GuardianTableModel(IdTableModel):
    """The school's guardians matching the search, by id; rows come from `GuardianService.rows` lazily."""

    def __init__(self, fetch_rows: Callable[[list[str]], Sequence[GuardianRow]], parent: QObject | None = None) -> None:
        super().__init__(GUARDIAN_COLUMNS, fetch_rows, parent)
