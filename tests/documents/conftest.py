"""Documents on a real SQLite store and a real content-addressed folder, in a school set up at first run."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import boto3
import pytest

from desktop_app.config import S3Settings
from desktop_app.devstack.postgres import free_port
from desktop_app.integrations.r2_uploads import Uploader, make_client
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService
from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore, documents_dir
from desktop_app.storage.local.uploads import UploadQueue

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


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str
    port: int


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """moto in server mode, as the dev stack runs it; boto3 talks to it over a socket."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield S3Server(f"http://127.0.0.1:{port}", port)
    finally:
        server.stop()


def new_bucket(endpoint_url: str) -> str:
    """A bucket of its own for each test (moto keeps one state for every server in the process)."""
    name = f"docs-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=endpoint_url, aws_access_key_id="test", aws_secret_access_key="test",
                 region_name="us-east-1").create_bucket(Bucket=name)
    return name


@pytest.fixture
def s3_settings(s3_server: S3Server) -> S3Settings:
    return S3Settings(endpoint_url=s3_server.endpoint_url, bucket=new_bucket(s3_server.endpoint_url),
                      access_key_id="test", secret_access_key="test")


def uploader_for(store: LocalStore, files: ContentStore, settings: S3Settings, documents: DocumentService,
                 **options: Any) -> Uploader:
    return Uploader(UploadQueue(store), files.path_for, make_client(settings), settings.bucket,
                    on_verified=documents.record_verified, **options)
