"""Attaching scans: judged by content, stored once by SHA-256, recorded on the item's row in one transaction."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.checklist import ItemState
from desktop_app.domain.errors import NotAllowed, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.storage.local import LocalStore, blobs
from desktop_app.storage.local.blobs import ContentStore
from tests.documents.conftest import MOMENT, count, enroll, stored_files
from tests.documents.files import MB, make_image, make_pdf, sha256_of
from tests.services.conftest import outbox


def document_row(store: LocalStore, enrollment_id: str, code: str) -> dict:
    with store.read() as session:
        (row,) = session.find("enrollment_documents", school_id=session.client_identity()["school_id"],
                              enrollment_id=enrollment_id, document_type=code)
    return row


def queue(store: LocalStore) -> list[tuple]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute("SELECT key, sha256, size, state FROM blob_uploads ORDER BY key").fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize(("maker", "name", "mime", "code"), [
    (lambda p: make_pdf(p, pages=2), "registro.pdf", "application/pdf", "registro_civil"),
    (lambda p: make_image(p, fmt="JPEG"), "foto.jpg", "image/jpeg", "photos"),
    # A PNG saved with a misleading extension is still taken: the content decides.
    (lambda p: make_image(p, fmt="PNG"), "eps.pdf", "image/png", "health_affiliation"),
])
def test_a_pdf_jpg_or_png_is_stored_under_its_sha256_and_recorded_with_an_outbox_entry(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, maker, name: str, mime: str, code: str,
) -> None:
    source = maker(tmp_path / name)
    digest = sha256_of(source)
    before = len(outbox(store))

    item = documents.attach(enrollment, code, source)

    assert item.state == ItemState.received
    kept = files.path_for(digest)
    assert kept.name == digest == sha256_of(kept) and kept.parent.name == digest[:2]
    assert stored_files(files) == [kept]  # no temp file left behind
    row = document_row(store, enrollment, code)
    assert row["r2_object_key"] == f"schools/{context.school_id}/docs/{digest}"
    assert row["file_name"] == name and row["status"] == "received"
    (entry,) = row["metadata"]["files"]
    assert entry == {
        "sha256": digest, "size": source.stat().st_size, "mime": mime, "pages": 2 if mime == "application/pdf" else 1,
        "original_name": name, "source": "file", "attached_at": MOMENT.isoformat(),
        "attached_by": context.user_id, "upload": "pending", "superseded": False,
    }
    new_entries = outbox(store)[before:]
    assert [(e["table_name"], e["op"]) for e in new_entries] == [("enrollment_documents", "insert")]
    assert new_entries[0]["data"]["r2_object_key"] == row["r2_object_key"]
    assert queue(store) == [(row["r2_object_key"], digest, source.stat().st_size, "pending")]


def test_one_file_attached_to_two_students_is_one_local_file_and_one_queued_upload(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    year: str, enrollment: str,
) -> None:
    sibling = enroll(store, context, year, "1012345679", "Tomás Pérez Núñez")
    bill = make_pdf(tmp_path / "recibo.pdf")
    documents.attach(enrollment, "health_affiliation", bill)
    documents.attach(sibling, "health_affiliation", bill, original_name="eps-hermano.pdf", source_kind="drop")
    assert stored_files(files) == [files.path_for(sha256_of(bill))]
    assert len(queue(store)) == 1
    first, second = (document_row(store, e, "health_affiliation") for e in (enrollment, sibling))
    assert first["r2_object_key"] == second["r2_object_key"]
    assert second["file_name"] == "eps-hermano.pdf" and second["metadata"]["files"][0]["source"] == "drop"


def test_a_second_file_adds_to_the_item_a_replacement_supersedes_and_a_rejected_item_is_received_again(
    tmp_path: Path, store: LocalStore, documents: DocumentService, enrollment: str,
) -> None:
    front = make_image(tmp_path / "frente.jpg", size=(50, 30))
    back = make_image(tmp_path / "reverso.jpg", size=(60, 30))
    documents.attach(enrollment, "guardian_identity_document", front)
    documents.attach(enrollment, "guardian_identity_document", back)
    EnrollmentService(store, documents.context).mark_document(
        enrollment, "guardian_identity_document", "rejected", "Ilegible")
    better = make_image(tmp_path / "reverso-nitido.jpg", size=(70, 30))
    item = documents.attach(enrollment, "guardian_identity_document", better, replaces=[sha256_of(back)])

    assert item.state == ItemState.received and item.reason is None
    listed = [(f.original_name, f.superseded) for f in documents.files(enrollment, "guardian_identity_document")]
    assert listed == [("frente.jpg", False), ("reverso.jpg", True), ("reverso-nitido.jpg", False)]
    assert document_row(store, enrollment, "guardian_identity_document")["file_name"] == "reverso-nitido.jpg"
    # The same content again is listed once, as the latest.
    documents.attach(enrollment, "guardian_identity_document", front, original_name="frente-otra-vez.jpg")
    names = [f.original_name for f in documents.files(enrollment, "guardian_identity_document")]
    assert names == ["reverso.jpg", "reverso-nitido.jpg", "frente-otra-vez.jpg"]


def test_a_validated_item_stays_validated_when_a_file_is_added(
    tmp_path: Path, store: LocalStore, documents: DocumentService, enrollment: str,
) -> None:
    EnrollmentService(store, documents.context).mark_document(enrollment, "photos", "validated")
    item = documents.attach(enrollment, "photos", make_image(tmp_path / "fotos.png", fmt="PNG"))
    assert item.state == ItemState.validated


def test_a_teacher_may_not_attach(
    tmp_path: Path, store: LocalStore, context: TenantContext, files: ContentStore, enrollment: str,
) -> None:
    teacher = DocumentService(store, TenantContext(context.school_id, context.user_id, frozenset({"teacher"})), files)
    with pytest.raises(NotAllowed):
        teacher.attach(enrollment, "photos", make_image(tmp_path / "f.jpg"))
    with pytest.raises(NotAllowed):
        teacher.file_path("0" * 64)
    assert stored_files(files) == []


def _set_max_file_mb(store: LocalStore, context: TenantContext, value: int) -> None:
    with store.write() as session:
        settings = session.get("school_settings", context.school_id, school_id=context.school_id)
        session.patch("school_settings", context.school_id,
                      {"security_settings": {**(settings or {}).get("security_settings", {}), "max_file_mb": value}},
                      school_id=context.school_id)


def _sparse_pdf(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        out.truncate(size)
    return path


def _damaged_pdf(path: Path) -> Path:
    whole = make_pdf(path.with_name("whole.pdf"), pages=3).read_bytes()
    path.write_bytes(whole[: len(whole) // 3])
    path.with_name("whole.pdf").unlink()
    return path


def _truncated_jpeg(path: Path) -> Path:
    whole = make_image(path.with_name("whole.jpg"), size=(400, 300), noise=True).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    path.with_name("whole.jpg").unlink()
    return path


@pytest.mark.parametrize(("maker", "message"), [
    (lambda d: (d / "cedula.docx").write_bytes(b"PK\x03\x04" + b"\0" * 200) and d / "cedula.docx",
     "«cedula.docx» no es PDF, JPG ni PNG. Escanee o guarde el documento en uno de esos formatos."),
    (lambda d: _sparse_pdf(d / "registro.pdf", 38 * MB),
     "«registro.pdf» pesa 38 MB; el máximo es 15 MB. Escanee a 200 ppp en escala de grises."),
    (lambda d: _damaged_pdf(d / "x.pdf"), "«x.pdf» está dañado o tiene contraseña; no se puede abrir."),
    (lambda d: make_pdf(d / "x.pdf", password="secreta"), "«x.pdf» está dañado o tiene contraseña; no se puede abrir."),
    (lambda d: _truncated_jpeg(d / "foto.jpg"), "«foto.jpg» está dañado o tiene contraseña; no se puede abrir."),
])
def test_bad_input_gets_its_exact_message_and_changes_nothing(
    tmp_path: Path, store: LocalStore, documents: DocumentService, files: ContentStore, enrollment: str,
    maker, message: str,
) -> None:
    incoming = tmp_path / "entrada"
    incoming.mkdir()
    source = maker(incoming)
    before = (count(store, "enrollment_documents"), count(store, "sync_outbox"), count(store, "blob_uploads"))
    with pytest.raises(ValidationFailed) as raised:
        documents.attach(enrollment, "registro_civil", source)
    assert raised.value.message == message and raised.value.field == "file"
    assert (count(store, "enrollment_documents"), count(store, "sync_outbox"), count(store, "blob_uploads")) == before
    assert stored_files(files) == []
    assert source.exists()  # the user's file is never touched


def test_the_school_limit_comes_from_security_settings(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, enrollment: str,
) -> None:
    big = make_pdf(tmp_path / "grande.pdf", padding=int(2.5 * MB))
    _set_max_file_mb(store, context, 2)
    with pytest.raises(ValidationFailed, match=re.escape("«grande.pdf» pesa 3 MB; el máximo es 2 MB")):
        documents.attach(enrollment, "registro_civil", big)
    _set_max_file_mb(store, context, 3)
    assert documents.attach(enrollment, "registro_civil", big).state == ItemState.received


def test_a_full_disk_removes_the_temp_file_and_saves_nothing(
    tmp_path: Path, store: LocalStore, documents: DocumentService, files: ContentStore, enrollment: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(fd: int):
        import os

        os.close(fd)
        return open("/dev/full", "wb", buffering=0)  # the kernel answers every write with ENOSPC

    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    monkeypatch.setattr(blobs, "_open_output", full_disk)
    source = make_pdf(tmp_path / "registro.pdf")
    before = (count(store, "enrollment_documents"), count(store, "sync_outbox"), count(store, "blob_uploads"))
    with pytest.raises(ValidationFailed) as raised:
        documents.attach(enrollment, "registro_civil", source)
    assert raised.value.message == "No hay espacio en el disco para guardar el archivo."
    assert isinstance(raised.value.__cause__, OSError) and raised.value.__cause__.errno == errno.ENOSPC
    assert stored_files(files) == []
    assert (count(store, "enrollment_documents"), count(store, "sync_outbox"), count(store, "blob_uploads")) == before


def test_a_failed_row_write_removes_the_file_it_stored(
    tmp_path: Path, store: LocalStore, documents: DocumentService, files: ContentStore, enrollment: str,
) -> None:
    source = make_pdf(tmp_path / "registro.pdf")
    # The row write is refused by SQLite itself (a trigger stands in for any failure inside the transaction).
    connection = sqlite3.connect(store.path)
    with connection:
        connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON blob_uploads BEGIN SELECT RAISE(ABORT, 'no'); END")
    connection.close()
    with pytest.raises(Exception, match="no"):
        documents.attach(enrollment, "registro_civil", source)
    assert stored_files(files) == [] and count(store, "enrollment_documents") == 0


def test_record_verified_patches_every_item_listing_the_file(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, year: str,
    enrollment: str,
) -> None:
    sibling = enroll(store, context, year, "1012345679", "Tomás Pérez Núñez")
    bill = make_pdf(tmp_path / "recibo.pdf")
    other = make_image(tmp_path / "foto.jpg")
    documents.attach(enrollment, "health_affiliation", bill)
    documents.attach(sibling, "health_affiliation", bill)
    documents.attach(sibling, "photos", other)
    before = len(outbox(store))
    assert documents.record_verified(sha256_of(bill)) == 2
    patches = outbox(store)[before:]
    assert len({e["tx_id"] for e in patches}) == 1 and len(patches) == 2
    assert [f.upload for f in documents.files(sibling, "health_affiliation")] == ["verified"]
    assert [f.upload for f in documents.files(sibling, "photos")] == ["pending"]
    assert documents.record_verified(sha256_of(bill)) == 0  # nothing left to change


def test_temp_files_left_by_a_crash_are_cleaned_but_not_a_copy_in_progress(files: ContentStore) -> None:
    import os
    import time

    tmp = files.root / "tmp"
    tmp.mkdir(parents=True)
    old, fresh = tmp / "in-old", tmp / "in-fresh"
    old.write_bytes(b"half a scan")
    fresh.write_bytes(b"being copied")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    assert files.clean_temp() == 1
    assert not old.exists() and fresh.exists()
