"""The "En revisión" tag of students and guardians the server holds as suspected duplicates (issue 9): the
row stays on this PC, usable, and says so in the lists and the form until someone decides in Revisión."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from desktop_app.services.dto import GuardianRow, StudentRow
from desktop_app.services.sync_review import SyncReviewService

RowT = TypeVar("RowT", StudentRow, GuardianRow)


def tag_text() -> str:
    return QCoreApplication.translate("ReviewTag", "En revisión")


def banner_text() -> str:
    return QCoreApplication.translate(
        "ReviewTag", "En revisión: otro registro del colegio tiene el mismo documento. Los datos se conservan en "
        "este equipo; decida en Archivo → Revisión si son la misma persona.")


def with_tag(name: str, in_review: bool) -> str:
    return f"{name} · {tag_text()}" if in_review else name


def tagged(rows: Sequence[RowT], review: SyncReviewService | None, table_name: str) -> list[RowT]:
    """`rows` with `in_review` set from what the sync engine recorded (a small local read)."""
    held = review.in_review(table_name) if review is not None else frozenset()
    return [dataclasses.replace(row, in_review=True) if row.id in held else row for row in rows]
