"""Option (a): one bucket and one key per school. moto enforcing credentials proves a school's key opens
only its own bucket, and a refused key stops the worker without a retry storm."""

from __future__ import annotations

import hashlib
import json
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from desktop_app.config import S3Settings
from desktop_app.domain.messages import message_for
from desktop_app.integrations.r2_uploads import PassResult, make_client
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService, object_key
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore
from desktop_app.storage.local.uploads import UploadQueue
from tests.documents.conftest import S3Server, new_bucket, uploader_for
from tests.documents.files import make_image, sha256_of


@dataclass(frozen=True)
class School:
    bucket: str
    settings: S3Settings


def _set_auth(endpoint_url: str, initial_no_auth_count: str) -> None:
    # moto's documented switch: after this many requests every request must be signed by a known IAM key.
    request = urllib.request.Request(f"{endpoint_url}/moto-api/reset-auth", data=initial_no_auth_count.encode(),
                                     method="POST", headers={"Content-Type": "text/plain"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def _school(endpoint_url: str, name: str) -> School:
    admin = {"endpoint_url": endpoint_url, "aws_access_key_id": "test", "aws_secret_access_key": "test",
             "region_name": "us-east-1"}
    bucket = new_bucket(endpoint_url)
    iam = boto3.client("iam", **admin)
    user = f"{name}-{bucket}"
    iam.create_user(UserName=user)
    iam.put_user_policy(UserName=user, PolicyName="own-bucket", PolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:*",
                       "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"]}],
    }))
    key = iam.create_access_key(UserName=user)["AccessKey"]
    return School(bucket, S3Settings(endpoint_url, bucket, key["AccessKeyId"], key["SecretAccessKey"]))


@pytest.fixture
def schools(s3_server: S3Server) -> Iterator[tuple[School, School]]:
    a, b = _school(s3_server.endpoint_url, "colegio-a"), _school(s3_server.endpoint_url, "colegio-b")
    _set_auth(s3_server.endpoint_url, "0")
    try:
        yield a, b
    finally:
        _set_auth(s3_server.endpoint_url, "inf")


def _denied(call: Any) -> str:
    with pytest.raises(ClientError) as raised:
        call()
    return str(raised.value.response["Error"]["Code"])


def test_a_schools_key_uploads_to_its_bucket_and_can_neither_read_nor_write_the_other_schools(
    tmp_path: Path, store: LocalStore, context: TenantContext, documents: DocumentService, files: ContentStore,
    enrollment: str, schools: tuple[School, School],
) -> None:
    a, b = schools
    scan = make_image(tmp_path / "foto.jpg")
    documents.attach(enrollment, "photos", scan)
    key = object_key(context.school_id, sha256_of(scan))
    assert uploader_for(store, files, a.settings, documents).run_once() is PassResult.done
    assert UploadQueue(store).get(key).state == "verified"

    b_client = make_client(b.settings)
    b_client.put_object(Bucket=b.bucket, Key="schools/b/docs/x", Body=b"B's scan")
    a_client = make_client(a.settings)
    assert hashlib.sha256(a_client.get_object(Bucket=a.bucket, Key=key)["Body"].read()).hexdigest() in key
    assert _denied(lambda: a_client.get_object(Bucket=b.bucket, Key="schools/b/docs/x")) == "AccessDenied"
    assert _denied(lambda: a_client.put_object(Bucket=b.bucket, Key="schools/b/docs/y", Body=b"z")) == "AccessDenied"
    assert _denied(lambda: a_client.list_objects_v2(Bucket=b.bucket)) == "AccessDenied"
    assert _denied(lambda: b_client.get_object(Bucket=a.bucket, Key=key)) == "AccessDenied"
    # Without a known key nothing at all is served.
    stranger = make_client(S3Settings(a.settings.endpoint_url, a.bucket, "AKIAUNKNOWN000000000", "nope"))
    assert _denied(lambda: stranger.get_object(Bucket=a.bucket, Key=key)) in ("InvalidAccessKeyId", "403")


@pytest.mark.parametrize("misconfigured", ["other_schools_bucket", "wrong_secret"])
def test_a_refused_key_blocks_uploads_with_the_banner_keeps_the_queue_and_does_not_storm(
    tmp_path: Path, store: LocalStore, documents: DocumentService, files: ContentStore, enrollment: str,
    schools: tuple[School, School], misconfigured: str,
) -> None:
    a, b = schools
    settings = (S3Settings(a.settings.endpoint_url, b.bucket, a.settings.access_key_id, a.settings.secret_access_key)
                if misconfigured == "other_schools_bucket"
                else S3Settings(a.settings.endpoint_url, a.bucket, a.settings.access_key_id, "not-the-secret"))
    for i in range(3):
        documents.attach(enrollment, "photos", make_image(tmp_path / f"{i}.jpg", size=(30 + i, 20)))
    worker = uploader_for(store, files, settings, documents, backoff_start=0.01, backoff_max=30)
    heads: list[str] = []
    worker._s3.meta.events.register("before-call.s3.HeadObject", lambda **_: heads.append("HEAD"))

    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), daemon=True)
    thread.start()
    time.sleep(1.5)
    stop.set()
    worker.wake.set()
    thread.join(10)

    assert len(heads) == 1  # one refused request, then the long wait: no retry storm
    status = worker.status()
    assert status.blocked == "upload_credentials" and status.pending == 3 and status.failed == 0
    assert message_for(status.blocked) == ("No se pueden subir documentos: revise la clave de almacenamiento con "
                                           "el encargado de sistemas.")
    assert all(e.state == "pending" and e.attempts == 0 for e in UploadQueue(store).due())
    assert {f.upload for f in documents.files(enrollment, "photos")} == {"pending"}
