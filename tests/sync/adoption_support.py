"""A local-mode store with a demo school and one scanned file, for the adoption tests."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from desktop_app.services.demo import load_demo_school
from desktop_app.services.documents import DocumentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore, documents_dir
from tests.documents.files import make_pdf

ADOPTED = ("school_years", "academic_periods", "guardians", "students", "student_guardians", "enrollments",
           "enrollment_documents")


def make_local_store(path: Path, students: int = 12) -> dict[str, str]:
    """A local-mode file at `path` (school years 2026 and 2027, one PDF attached); returns its ids."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with LocalStore.open(path) as store:
        demo = load_demo_school(store, students=students, today=date(2027, 3, 2))
        with closing(sqlite3.connect(path)) as connection:
            enrollment, requirement = connection.execute(
                "SELECT d.enrollment_id, d.document_type FROM enrollment_documents d "
                "JOIN enrollments e ON e.id = d.enrollment_id WHERE e.school_year_id = ? ORDER BY d.id LIMIT 1",
                (demo.current_year_id,)).fetchone()
        documents = DocumentService(store, demo.context, ContentStore(documents_dir(path)))
        documents.attach(enrollment, requirement, make_pdf(path.parent / "registro.pdf"))
    return {"school_id": demo.context.school_id, "user_id": demo.context.user_id}


def local_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ADOPTED}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mark_pulled(path: Path, school_id: str) -> None:
    """The connected store as after its first pull (its cursor for the school above 0), for tests without a
    server."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("INSERT INTO sync_state (school_id, cursor) VALUES (?, 1) "
                           "ON CONFLICT (school_id) DO UPDATE SET cursor = 1", (school_id,))
