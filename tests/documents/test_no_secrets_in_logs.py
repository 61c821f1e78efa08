"""No S3 secret reaches a log: the worker's own lines, botocore's DEBUG output, and settings reprs."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from desktop_app.config import S3Settings
from desktop_app.integrations.r2_uploads import PassResult
from desktop_app.logging_setup import TokenRedactingFilter, redact
from desktop_app.services.documents import DocumentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.blobs import ContentStore
from tests.documents.conftest import uploader_for
from tests.documents.files import make_image

SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY"


def test_an_upload_logged_at_debug_level_shows_no_secret_key(
    tmp_path: Path, store: LocalStore, documents: DocumentService, files: ContentStore, enrollment: str,
    s3_settings: S3Settings,
) -> None:
    settings = S3Settings(s3_settings.endpoint_url, s3_settings.bucket, "AKIAEXAMPLEKEYID0001", SECRET)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenRedactingFilter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        documents.attach(enrollment, "photos", make_image(tmp_path / "foto.jpg"))
        worker = uploader_for(store, files, settings, documents)
        assert worker.run_once() is PassResult.done
        logging.getLogger("desktop_app.integrations.r2_uploads").info("settings %r", settings)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    text = stream.getvalue()
    assert "PutObject" in text or "put_object" in text.lower()  # botocore really did log the calls
    assert SECRET not in text
    assert "Signature=" not in text or "Signature=[redactado]" in text


def test_storage_secrets_are_redacted_in_every_form() -> None:
    assert SECRET not in redact(f"aws_secret_access_key={SECRET}")
    assert SECRET not in redact(f'{{"SecretAccessKey": "{SECRET}"}}')
    assert SECRET not in redact(repr(S3Settings("https://x", "b", "k", SECRET)))
    assert "abcdef0123" not in redact("AWS4-HMAC-SHA256 Credential=AK/x, SignedHeaders=host, Signature=abcdef0123")
