"""Attaching a 5 MB scan (copy + SHA-256 + fsync + PDF/image check + one write) must return in < 1 s.

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_documents.py -s
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.documents import DocumentService
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore, documents_dir
from tests.documents.conftest import enroll
from tests.documents.files import MB, make_image, make_pdf

pytestmark = pytest.mark.benchmark


@pytest.mark.parametrize("kind", ["pdf", "png"])
def test_attaching_5_mb_returns_in_under_a_second(tmp_path: Path, kind: str) -> None:
    store = LocalStore.open(tmp_path / "data" / "store.sqlite3")
    context = LocalSetup(store).bootstrap()
    year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27), status="active")).id
    enrollment = enroll(store, context, year, "1012345678", "Sofía Pérez Núñez")
    documents = DocumentService(store, context, ContentStore(documents_dir(store.path)))
    samples = []
    for i in range(5):
        if kind == "pdf":
            source = make_pdf(tmp_path / f"registro-{i}.pdf", padding=5 * MB)
        else:  # ~5 MB of incompressible pixels: Pillow decodes all of them
            source = make_image(tmp_path / f"foto-{i}.png", fmt="PNG", size=(1300, 1300), noise=True)
        started = time.perf_counter()
        documents.attach(enrollment, "registro_civil", source)
        samples.append(time.perf_counter() - started)
    size = source.stat().st_size / MB
    print(f"\nattach {kind} {size:.1f} MiB: median {statistics.median(samples) * 1000:.0f} ms, "
          f"max {max(samples) * 1000:.0f} ms")
    store.close()
    assert max(samples) < 1.0


def test_upload_and_verify_throughput_against_moto(tmp_path: Path) -> None:
    """30 scans of ~200 KB and one 20 MiB file (3 parts), each uploaded and then read back and hashed."""
    import boto3
    from moto.server import ThreadedMotoServer

    from desktop_app.config import S3Settings
    from desktop_app.devstack.postgres import free_port
    from desktop_app.integrations.r2_uploads import PassResult, Uploader, make_client
    from desktop_app.storage.local.uploads import UploadQueue

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        store = LocalStore.open(tmp_path / "data" / "store.sqlite3")
        context = LocalSetup(store).bootstrap()
        with store.write() as session:
            session.patch("school_settings", context.school_id, {"security_settings": {"max_file_mb": 25}},
                          school_id=context.school_id)
        year = SchoolYearService(store, context).create_year(
            SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27), status="active")).id
        files = ContentStore(documents_dir(store.path))
        documents = DocumentService(store, context, files)
        settings = S3Settings(f"http://127.0.0.1:{port}", "bench", "t", "t")
        boto3.client("s3", endpoint_url=settings.endpoint_url, aws_access_key_id="t", aws_secret_access_key="t",
                     region_name="us-east-1").create_bucket(Bucket="bench")
        for i in range(30):
            enrollment = enroll(store, context, year, str(1_040_000_000 + i), f"Estudiante {i}")
            documents.attach(enrollment, "registro_civil", make_pdf(tmp_path / f"r{i}.pdf", padding=200_000))
        uploader = Uploader(UploadQueue(store), files.path_for, make_client(settings), "bench",
                            on_verified=documents.record_verified)
        started = time.perf_counter()
        assert uploader.run_once() is PassResult.done
        small = time.perf_counter() - started
        documents.attach(enrollment, "photos", make_pdf(tmp_path / "grande.pdf", padding=20 * MB))
        started = time.perf_counter()
        assert uploader.run_once() is PassResult.done
        big = time.perf_counter() - started
        assert UploadQueue(store).counts()["verified"] == 31
        print(f"\n30 × 0.2 MiB uploaded + verified: {small * 1000:.0f} ms ({small / 30 * 1000:.0f} ms each); "
              f"20 MiB multipart uploaded + verified: {big * 1000:.0f} ms")
        store.close()
    finally:
        server.stop()
