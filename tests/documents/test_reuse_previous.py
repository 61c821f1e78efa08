"""*Reutilizar archivo del año anterior*: a returning student's item links last year's file of the same type
(same SHA-256 and storage key: nothing copied, nothing queued again) in one write, and is only *Recibido (por
validar)*; without such a file, or without the role, it is refused."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.checklist import ItemState
from desktop_app.domain.errors import NotAllowed, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import REUSED, DocumentService
from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore
from tests.documents.conftest import MOMENT, count, stored_files
from tests.documents.files import make_pdf, sha256_of
from tests.documents.test_attach import document_row
from tests.services.conftest import outbox

EPS = "health_affiliation"


@pytest.fixture
def next_year_enrollment(store: LocalStore, context: TenantContext, enrollment: str) -> str:
    """The same student's matrícula of 2027 (returning: made by the promotion in real use)."""
    year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2027", date(2027, 1, 18), date(2027, 11, 26))).id
    enrollments = EnrollmentService(store, context)
    return enrollments.enroll(enrollments.get(enrollment).student_id, EnrollmentDraft(year, "5", "B", "morning")).id


def test_last_years_file_is_linked_not_copied_and_waits_for_validation(
        tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService,
        files: ContentStore, enrollment: str, next_year_enrollment: str) -> None:
    old = make_pdf(tmp_path / "eps-2026.pdf")
    superseded = make_pdf(tmp_path / "eps-vieja.pdf", pages=2)
    documents.attach(enrollment, EPS, superseded)
    documents.attach(enrollment, EPS, old, replaces=[sha256_of(superseded)])
    kept, queued, entries = stored_files(files), count(store, "blob_uploads"), len(outbox(store))
    assert documents.previous_file(next_year_enrollment, EPS).sha256 == sha256_of(old)

    item = documents.reuse_previous(next_year_enrollment, EPS)

    assert item.state == ItemState.received  # never validated by itself
    assert stored_files(files) == kept and count(store, "blob_uploads") == queued
    assert len(outbox(store)) == entries + 1  # one row written, in one transaction
    row, last_year = document_row(store, next_year_enrollment, EPS), document_row(store, enrollment, EPS)
    assert row["r2_object_key"] == last_year["r2_object_key"] == f"schools/{context.school_id}/docs/{sha256_of(old)}"
    assert row["file_name"] == "eps-2026.pdf" and row["validated_at"] is None
    (linked,) = row["metadata"]["files"]
    assert linked["sha256"] == sha256_of(old) and linked["source"] == REUSED and not linked["superseded"]
    assert linked["attached_at"] == MOMENT.isoformat()
    assert [f.sha256 for f in documents.files(next_year_enrollment, EPS)] == [sha256_of(old)]


def test_a_rejected_item_comes_back_as_received(tmp_path: Path, store: LocalStore, context: TenantContext,
                                                documents: DocumentService, enrollment: str,
                                                next_year_enrollment: str) -> None:
    documents.attach(enrollment, EPS, make_pdf(tmp_path / "eps.pdf"))
    EnrollmentService(store, context).mark_document(next_year_enrollment, EPS, "rejected", "Vencido")
    assert documents.reuse_previous(next_year_enrollment, EPS).state == ItemState.received


def test_refused_without_last_years_file_or_without_the_role(
        tmp_path: Path, store: LocalStore, context: TenantContext, files: ContentStore,
        documents: DocumentService, enrollment: str, next_year_enrollment: str) -> None:
    before = len(outbox(store))
    assert documents.previous_file(next_year_enrollment, "photos") is None
    with pytest.raises(ValidationFailed) as refused:
        documents.reuse_previous(next_year_enrollment, "photos")
    assert refused.value.code == "previous_file_missing"
    assert refused.value.message == ("La matrícula del año anterior no tiene un archivo de «Dos fotos 3×4 fondo "
                                     "blanco» para reutilizar.")
    # last year's matrícula has no earlier one to take from
    documents.attach(next_year_enrollment, EPS, make_pdf(tmp_path / "eps.pdf"))
    with pytest.raises(ValidationFailed):
        documents.reuse_previous(enrollment, EPS)
    assert len(outbox(store)) == before + 1  # only the attach wrote

    teacher = DocumentService(store, dataclasses.replace(context, roles=frozenset({"teacher"})), files)
    with pytest.raises(NotAllowed):
        teacher.reuse_previous(next_year_enrollment, EPS)
