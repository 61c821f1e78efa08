"""Files are not rows: a document row goes up with the save that made it, whatever its file's upload state.

The row carries `metadata.files[].upload = "pending"` until the PC that attached the file has verified the
stored object; other PCs see the item and «Archivo aún no subido» until then. No push waits for a file.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.documents import DocumentService
from desktop_app.services.dto import EnrollmentDraft, StudentDraft
from desktop_app.storage.local.blobs import ContentStore
from desktop_app.storage.local.uploads import UploadQueue
from tests.documents.files import make_image, make_pdf, sha256_of
from tests.sync.server.support import YEAR_A

CODE = "photos"


def _documents(pc, tmp_path: Path, name: str) -> DocumentService:
    return DocumentService(pc.store, pc.context, ContentStore(tmp_path / f"documentos-{name}"))


def _server_files(pc, enrollment_id: str) -> list[dict]:
    import psycopg

    with psycopg.connect(pc.owner_url) as connection:
        row = connection.execute(
            "SELECT metadata FROM enrollment_documents WHERE enrollment_id = %s AND document_type = %s",
            (enrollment_id, CODE),
        ).fetchone()
    assert row is not None, "the document row never reached the server"
    metadata = row[0] if isinstance(row[0], dict) else json.loads(row[0])
    return list(metadata.get("files") or [])


def test_a_document_row_is_pushed_with_its_file_still_pending_and_others_see_it_not_uploaded(
    make_pc, tmp_path: Path
) -> None:
    one, two = make_pc("one"), make_pc("two")
    one.sync()  # the school year comes from the server
    kid = one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    enrollment = one.enrollments.enroll(kid.id, EnrollmentDraft(YEAR_A, "5"))
    docs_one = _documents(one, tmp_path, "one")
    photo = make_image(tmp_path / "foto.jpg")
    docs_one.attach(enrollment.id, CODE, photo)
    sha = sha256_of(photo)
    # No storage is configured or reachable: the file waits in this PC's queue…
    assert UploadQueue(one.store).counts()["pending"] == 1

    report = one.sync()  # …and the rows do not wait for it
    assert report.pending == 0 and report.rejected == 0
    assert [(f["sha256"], f["upload"]) for f in _server_files(one, enrollment.id)] == [(sha, "pending")]

    two.sync()
    docs_two = _documents(two, tmp_path, "two")
    [attached] = docs_two.files(enrollment.id, CODE)
    assert attached.sha256 == sha and attached.upload == "pending" and not docs_two.is_here(sha)
    with pytest.raises(ValidationFailed) as refused:
        docs_two.file_path(sha)
    assert refused.value.code == "file_not_uploaded"
    assert "aún no subido" in refused.value.message

    # Once the attaching PC has verified the stored object, a patch says so and reaches the others.
    assert docs_one.record_verified(sha) == 1
    assert one.sync().pushed == 1
    two.sync()
    assert [f.upload for f in docs_two.files(enrollment.id, CODE)] == ["verified"]


def test_files_attached_to_one_item_on_two_offline_pcs_both_survive(make_pc, tmp_path: Path) -> None:
    one, two = make_pc("one"), make_pc("two")
    one.sync()
    kid = one.students.create(StudentDraft("TI", "1012345678", "Luisa Gómez", date(2015, 5, 5)))
    enrollment = one.enrollments.enroll(kid.id, EnrollmentDraft(YEAR_A, "5"))
    one.sync()
    two.sync()
    front, back = make_pdf(tmp_path / "frente.pdf"), make_image(tmp_path / "reverso.png", fmt="PNG")
    _documents(one, tmp_path, "one").attach(enrollment.id, CODE, front)
    _documents(two, tmp_path, "two").attach(enrollment.id, CODE, back)
    assert one.sync().rejected == 0 and two.sync().rejected == 0
    one.sync()
    expected = {sha256_of(front), sha256_of(back)}  # metadata.files merges as a union by sha256
    assert {f["sha256"] for f in _server_files(one, enrollment.id)} == expected
    for pc, name in ((one, "one"), (two, "two")):
        assert {f.sha256 for f in _documents(pc, tmp_path, name).files(enrollment.id, CODE)} == expected
