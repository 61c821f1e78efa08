"""Documents on a real SQLite store and a real content-addressed folder, in a school set up at first run."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService
from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore, documents_dir

MOMENT = datetime(2026, 2, 3, 15, 30, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "data" / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def context(store: LocalStore) -> TenantContext:
    return LocalSetup(store).bootstrap(school_name="Colegio San José", user_name="Ana Secretaria")


@pytest.fixture
def files(store: LocalStore) -> ContentStore:
    return ContentStore(documents_dir(store.path))


@pytest.fixture
def documents(store: LocalStore, context: TenantContext, files: ContentStore) -> DocumentService:
    return DocumentService(store, context, files, clock=lambda: MOMENT)


@pytest.fixture
def year(store: LocalStore, context: TenantContext) -> str:
    return SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27), status="active")).id


def enroll(store: LocalStore, context: TenantContext, year: str, number: str, name: str) -> str:
    student = StudentService(store, context).create(StudentDraft("TI", number, name, date(2016, 5, 1)))
    return EnrollmentService(store, context).enroll(student.id, EnrollmentDraft(year, "4", "B", "morning")).id


@pytest.fixture
def enrollment(store: LocalStore, context: TenantContext, year: str) -> str:
    return enroll(store, context, year, "1012345678", "Sofía Pérez Núñez")


def count(store: LocalStore, table: str) -> int:
    connection = sqlite3.connect(store.path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def stored_files(files: ContentStore) -> list[Path]:
    """Every file under the documents folder, temp files included."""
    return sorted(p for p in files.root.rglob("*") if p.is_file())
