"""The upload worker with real boto3 against moto's ThreadedMotoServer: offline, resume, integrity."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto.server import ThreadedMotoServer

from desktop_app.config import S3Settings
from desktop_app.integrations.r2_uploads import PassResult, make_client
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService, object_key
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore
from desktop_app.storage.local.uploads import UploadQueue
from tests.documents.conftest import S3Server, enroll, new_bucket, uploader_for
from tests.documents.files import MB, make_image, make_pdf, sha256_of
from tests.support.migrations import ROOT


def plain_client(endpoint_url: str) -> Any:
    return boto3.client("s3", endpoint_url=endpoint_url, aws_access_key_id="test", aws_secret_access_key="test",
                        region_name="us-east-1")


def assert_stored_right(client: Any, bucket: str, key: str, size: int) -> None:
    head = client.head_object(Bucket=bucket, Key=key)
    sha = key.rsplit("/", 1)[1]
    assert head["ContentLength"] == size and head["Metadata"] == {"sha256": sha}
    assert hashlib.sha256(client.get_object(Bucket=bucket, Key=key)["Body"].read()).hexdigest() == sha


def count_calls(client: Any, operation: str) -> list[str]:
    calls: list[str] = []
    client.meta.events.register(f"before-call.s3.{operation}", lambda **_: calls.append(operation))
    return calls


def test_thirty_attachments_with_the_server_down_stay_pending_then_are_all_verified_once_it_is_up(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    year: str, enrollment: str,
) -> None:
    from desktop_app.devstack.postgres import free_port

    port = free_port()  # nothing listens here yet: the storage is "down"
    settings = S3Settings(f"http://127.0.0.1:{port}", "", "test", "test")
    enrollments = [enrollment] + [enroll(store, context, year, str(1_020_000_000 + i), f"Estudiante {i}")
                                  for i in range(14)]
    attached = []
    for i, enrollment_id in enumerate(enrollments):
        for code in ("photos", "health_affiliation"):
            source = make_image(tmp_path / f"{i}-{code}.png", fmt="PNG", size=(20 + i, 20), noise=True)
            documents.attach(enrollment_id, code, source)
            attached.append((enrollment_id, code, sha256_of(source), source.stat().st_size))
    assert len(attached) == 30

    queue = UploadQueue(store)
    offline = uploader_for(store, files, settings, documents)
    assert offline.run_once() is PassResult.offline
    assert queue.counts() == {"pending": 30, "uploading": 0, "verified": 0, "failed": 0}
    assert all(e.attempts == 0 for e in queue.due()) and offline.status().pending == 30

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        bucket = new_bucket(settings.endpoint_url)
        worker = uploader_for(store, files, S3Settings(settings.endpoint_url, bucket, "test", "test"), documents,
                              backoff_start=0.2)
        stop = threading.Event()
        thread = threading.Thread(target=worker.run, args=(stop,), daemon=True)
        started = time.monotonic()
        thread.start()
        while queue.counts()["verified"] < 30 and time.monotonic() - started < 60:
            time.sleep(0.1)
        stop.set()
        worker.wake.set()
        thread.join(10)
        assert queue.counts()["verified"] == 30, queue.counts()
        client = plain_client(settings.endpoint_url)
        for enrollment_id, code, sha, size in attached:
            assert_stored_right(client, bucket, object_key(context.school_id, sha), size)
            assert [f.upload for f in documents.files(enrollment_id, code)] == ["verified"]
        assert worker.status().pending == 0
    finally:
        server.stop()


def test_a_worker_killed_after_part_1_of_3_resumes_with_exactly_2_upload_part_calls(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, s3_settings: S3Settings,
) -> None:
    with store.write() as session:
        session.patch("school_settings", context.school_id, {"security_settings": {"max_file_mb": 25}},
                      school_id=context.school_id)
    big = make_pdf(tmp_path / "historial.pdf", padding=20 * MB)
    assert 16 * MB < big.stat().st_size <= 24 * MB  # three 8 MiB parts, the last one shorter
    documents.attach(enrollment, "previous_grades_certificates", big)
    key = object_key(context.school_id, sha256_of(big))

    child = subprocess.run(
        [sys.executable, "-m", "tests.documents.upload_child", str(store.path), s3_settings.endpoint_url,
         s3_settings.bucket, "1"], cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert child.returncode == -9, child.stderr
    entry = UploadQueue(store).get(key)
    assert entry is not None and entry.upload_id and entry.parts == []  # killed before recording part 1

    worker = uploader_for(store, files, s3_settings, documents)
    parts = count_calls(worker._s3, "UploadPart")
    assert worker.run_once() is PassResult.done
    assert len(parts) == 2
    assert UploadQueue(store).get(key).state == "verified"
    assert_stored_right(plain_client(s3_settings.endpoint_url), s3_settings.bucket, key, big.stat().st_size)
    assert [f.upload for f in documents.files(enrollment, "previous_grades_certificates")] == ["verified"]


def test_a_multipart_upload_older_than_7_days_is_aborted_and_sent_again(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, s3_settings: S3Settings,
) -> None:
    with store.write() as session:
        session.patch("school_settings", context.school_id, {"security_settings": {"max_file_mb": 25}},
                      school_id=context.school_id)
    big = make_pdf(tmp_path / "historial.pdf", padding=17 * MB)
    documents.attach(enrollment, "previous_grades_certificates", big)
    child = subprocess.run(
        [sys.executable, "-m", "tests.documents.upload_child", str(store.path), s3_settings.endpoint_url,
         s3_settings.bucket, "2"], cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert child.returncode == -9, child.stderr
    later = datetime.now(UTC) + timedelta(days=8)
    worker = uploader_for(store, files, s3_settings, documents, clock=lambda: later)
    parts, aborts = count_calls(worker._s3, "UploadPart"), count_calls(worker._s3, "AbortMultipartUpload")
    assert worker.run_once() is PassResult.done
    assert (len(parts), len(aborts)) == (3, 1)
    key = object_key(context.school_id, sha256_of(big))
    assert_stored_right(plain_client(s3_settings.endpoint_url), s3_settings.bucket, key, big.stat().st_size)


def test_an_object_overwritten_on_the_server_is_caught_by_the_get_check_and_sent_again(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, s3_settings: S3Settings,
) -> None:
    scan = make_pdf(tmp_path / "registro.pdf", padding=2000)
    documents.attach(enrollment, "registro_civil", scan)
    sha, size = sha256_of(scan), scan.stat().st_size
    key = object_key(context.school_id, sha)
    client = plain_client(s3_settings.endpoint_url)
    # Same size and the same metadata, other bytes: HEAD alone would call this object good.
    client.put_object(Bucket=s3_settings.bucket, Key=key, Body=b"x" * size, Metadata={"sha256": sha})

    worker = uploader_for(store, files, s3_settings, documents)
    puts = count_calls(worker._s3, "PutObject")
    assert worker.run_once() is PassResult.done
    assert len(puts) == 1 and UploadQueue(store).get(key).state == "verified"
    assert_stored_right(client, s3_settings.bucket, key, size)


def test_an_object_spoiled_after_every_send_fails_after_3_tries_and_the_row_stays_pending(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, s3_settings: S3Settings,
) -> None:
    scan = make_image(tmp_path / "foto.jpg")
    documents.attach(enrollment, "photos", scan)
    sha, size = sha256_of(scan), scan.stat().st_size
    key = object_key(context.school_id, sha)
    vandal = plain_client(s3_settings.endpoint_url)
    worker = uploader_for(store, files, s3_settings, documents)
    worker._s3.meta.events.register("after-call.s3.PutObject", lambda **_: vandal.put_object(
        Bucket=s3_settings.bucket, Key=key, Body=b"y" * size, Metadata={"sha256": sha}))
    puts = count_calls(worker._s3, "PutObject")
    assert worker.run_once() is PassResult.done
    entry = UploadQueue(store).get(key)
    assert (entry.state, entry.attempts, entry.error, len(puts)) == ("failed", 3, "content_mismatch", 3)
    assert worker.status().failed == 1
    assert [f.upload for f in documents.files(enrollment, "photos")] == ["pending"]
    assert worker.run_once() is PassResult.done and len(puts) == 3  # a failed entry is not retried in a loop


def test_a_file_already_on_the_server_is_verified_without_sending_it(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, s3_settings: S3Settings,
) -> None:
    scan = make_image(tmp_path / "foto.png", fmt="PNG")
    documents.attach(enrollment, "photos", scan)
    sha = sha256_of(scan)
    plain_client(s3_settings.endpoint_url).put_object(
        Bucket=s3_settings.bucket, Key=object_key(context.school_id, sha), Body=scan.read_bytes(),
        Metadata={"sha256": sha})
    worker = uploader_for(store, files, s3_settings, documents)
    puts = count_calls(worker._s3, "PutObject")
    assert worker.run_once() is PassResult.done and puts == []
    assert [f.upload for f in documents.files(enrollment, "photos")] == ["verified"]


def test_the_client_uses_the_checksum_settings_r2_needs() -> None:
    client = make_client(S3Settings("https://cuenta.r2.cloudflarestorage.com", "b", "k", "s"))
    assert client.meta.config.request_checksum_calculation == "when_required"
    assert client.meta.config.response_checksum_validation == "when_required"
    assert client.meta.region_name == "auto"


@pytest.fixture(autouse=True)
def _server(s3_server: S3Server) -> None:
    """Every test here needs the session's moto server running (the offline test starts its own too)."""


def test_another_pc_downloads_a_verified_file_and_refuses_one_whose_hash_is_not_the_key(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, s3_settings: S3Settings,
) -> None:
    from desktop_app.domain.errors import ValidationFailed
    from desktop_app.integrations.r2_uploads import Fetcher

    good, spoiled = make_image(tmp_path / "a.jpg"), make_image(tmp_path / "b.png", fmt="PNG")
    documents.attach(enrollment, "photos", good)
    documents.attach(enrollment, "health_affiliation", spoiled)
    assert uploader_for(store, files, s3_settings, documents).run_once() is PassResult.done
    client = plain_client(s3_settings.endpoint_url)
    bad_key = object_key(context.school_id, sha256_of(spoiled))
    client.put_object(Bucket=s3_settings.bucket, Key=bad_key, Body=b"z" * spoiled.stat().st_size,
                      Metadata={"sha256": sha256_of(spoiled)})

    other_pc = ContentStore(tmp_path / "otro-pc" / "documentos")  # same rows, none of the files
    viewer = DocumentService(store, context, other_pc,
                             fetcher=Fetcher(make_client(s3_settings), s3_settings.bucket, other_pc))
    shown = viewer.file_path(sha256_of(good))
    assert shown == other_pc.path_for(sha256_of(good)) and shown.read_bytes() == good.read_bytes()
    with pytest.raises(ValidationFailed) as refused:
        viewer.file_path(sha256_of(spoiled))
    assert refused.value.message == "El archivo descargado no corresponde al documento guardado; no se muestra."
    assert not other_pc.path_for(sha256_of(spoiled)).exists()
    assert [p for p in other_pc.root.rglob("*") if p.is_file()] == [shown]  # no temp file left
    offline_viewer = DocumentService(store, context, ContentStore(tmp_path / "pc-3"))
    with pytest.raises(ValidationFailed, match="Archivo aún no subido"):
        offline_viewer.file_path(sha256_of(good))


def test_one_file_attached_to_two_students_is_one_object_and_both_rows_turn_verified(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    year: str, enrollment: str, s3_settings: S3Settings,
) -> None:
    sibling = enroll(store, context, year, "1012345679", "Tomás Pérez Núñez")
    bill = make_pdf(tmp_path / "recibo-servicios.pdf")
    documents.attach(enrollment, "health_affiliation", bill)
    documents.attach(sibling, "health_affiliation", bill)
    worker = uploader_for(store, files, s3_settings, documents)
    puts = count_calls(worker._s3, "PutObject")
    assert worker.run_once() is PassResult.done
    listing = plain_client(s3_settings.endpoint_url).list_objects_v2(Bucket=s3_settings.bucket)
    assert [o["Key"] for o in listing["Contents"]] == [object_key(context.school_id, sha256_of(bill))]
    assert len(puts) == 1
    for enrollment_id in (enrollment, sibling):
        assert [f.upload for f in documents.files(enrollment_id, "health_affiliation")] == ["verified"]
    # Attached again later, the file is already verified: no new upload, and the entry says so at once.
    third = enroll(store, context, year, "1012345680", "Lucía Pérez Núñez")
    documents.attach(third, "health_affiliation", bill)
    assert [f.upload for f in documents.files(third, "health_affiliation")] == ["verified"]
    assert UploadQueue(store).due() == []
