"""The upload worker: sends queued document files to Cloudflare R2 (any S3-compatible server) and proves them.

boto3 is set up the way Cloudflare documents it (`endpoint_url`, `region_name="auto"`), with
`request_checksum_calculation` and `response_checksum_validation` = "when_required": boto3 1.36 turned
flexible checksums on by default and broke S3-compatible servers (boto/boto3#4392, boto/s3transfer#327).

For each entry of `blob_uploads`:
- HEAD first: an object with the same size and `x-amz-meta-sha256` is not sent again (another PC did it).
- ≤ 8 MiB: one `put_object` with `ChecksumSHA256`, `Metadata={"sha256": …}` and `IfNoneMatch="*"`.
- larger: multipart with fixed 8 MiB parts (R2 wants equal non-final parts); the upload id and each part
  are saved as soon as they exist, `list_parts` tells what the server already has after a restart, and an
  upload older than 7 days is aborted and started again.
- verified = HEAD size and metadata match AND a GET whose SHA-256 equals the key (HEAD only echoes what
  the uploader said). A mismatch is re-sent with `IfMatch=<the bad ETag>`; after 3 tries the entry is
  *failed*. Then `on_verified(sha256)` lets the document service patch `upload: "verified"`.
Offline: the pass stops and the caller waits 5 s, doubling up to 5 min. A refused key (403, unknown key,
bad signature, no such bucket) stops the pass too, keeps every entry as it was and waits the longest delay:
no retry storm, and `status().blocked` tells the UI to show its banner.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from desktop_app.config import S3Settings
from desktop_app.services.document_ports import FileStore, FileTooLarge
from desktop_app.storage.local.uploads import UploadEntry, UploadQueue
from desktop_app.sync.runner import backoff_delay

logger = logging.getLogger(__name__)

MiB = 1024 * 1024
PART_SIZE = 8 * MiB
MAX_TRIES = 3
MULTIPART_MAX_AGE = timedelta(days=7)
BACKOFF_START = 5.0
BACKOFF_MAX = 300.0
IDLE_POLL = 5.0
READ_CHUNK = MiB
CREDENTIAL_CODES = frozenset({
    "403", "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken",
    "NoSuchBucket", "AuthorizationHeaderMalformed", "Unauthorized",
})
NOT_FOUND_CODES = frozenset({"404", "NoSuchKey", "NotFound"})
PRECONDITION_CODES = frozenset({"412", "PreconditionFailed"})


def make_client(settings: S3Settings) -> Any:
    """An S3 client for R2 (or the dev stack's moto); retries are the worker's, not botocore's."""
    return boto3.client(
        "s3",
        endpoint_url=settings.endpoint_url,
        aws_access_key_id=settings.access_key_id,
        aws_secret_access_key=settings.secret_access_key,
        region_name=settings.region or "auto",
        config=Config(
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            retries={"total_max_attempts": 1},
            connect_timeout=5,
            read_timeout=60,
        ),
    )


class PassResult(StrEnum):
    done = "done"  # every due entry handled (verified, failed, or left for a later try)
    offline = "offline"
    credentials = "credentials"


@dataclass(frozen=True)
class UploadStatus:
    """What the status bar shows: files still to upload, files given up on, and why uploads are stopped."""

    pending: int
    failed: int
    blocked: str | None  # message code ("upload_credentials") or None


class _Offline(Exception):
    pass


class _CredentialsRefused(Exception):
    pass


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


def sha256_b64(hex_digest: str) -> str:
    return base64.b64encode(bytes.fromhex(hex_digest)).decode("ascii")


class Uploader:
    """Works through the queue; `run_once` is one pass, `run` loops with backoff until stopped."""

    def __init__(
        self, queue: UploadQueue, path_for: Callable[[str], Path], client: Any, bucket: str, *,
        on_verified: Callable[[str], object] = lambda _sha: None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        backoff_start: float = BACKOFF_START, backoff_max: float = BACKOFF_MAX, rng: random.Random | None = None,
    ) -> None:
        self._queue = queue
        self._path_for = path_for
        self._s3 = client
        self._bucket = bucket
        self._on_verified = on_verified
        self._clock = clock
        self._backoff_start = backoff_start
        self._backoff_max = backoff_max
        self._blocked: str | None = None
        self._rng = rng or random.Random()
        self.wake = threading.Event()

    def status(self) -> UploadStatus:
        counts = self._queue.counts()
        return UploadStatus(counts["pending"] + counts["uploading"], counts["failed"], self._blocked)

    def run_once(self) -> PassResult:
        for entry in self._queue.due():
            try:
                self._process(entry)
            except _Offline as exc:
                self._queue.set_state(entry.key, "pending", attempts=entry.attempts, error="offline")
                logger.info("document upload paused, storage unreachable: %s", type(exc.__cause__).__name__)
                return PassResult.offline
            except _CredentialsRefused as exc:
                self._queue.set_state(entry.key, "pending", attempts=entry.attempts, error="credentials")
                self._blocked = "upload_credentials"
                logger.warning("document upload stopped: storage refused the key (%s)", exc)
                return PassResult.credentials
            except (ClientError, OSError) as exc:  # this entry only; the others still go
                attempts = entry.attempts + 1
                code = _code(exc) if isinstance(exc, ClientError) else type(exc).__name__
                self._queue.set_state(entry.key, "failed" if attempts >= MAX_TRIES else "pending",
                                      attempts=attempts, error=code)
                logger.warning("document upload of %s failed (%s, try %d)", entry.key, code, attempts)
        self._blocked = None
        return PassResult.done

    def run(self, stop: threading.Event) -> None:
        """Loop until `stop`: idle polls every 5 s (or on `wake`), offline backoff 5 s → 5 min, doubling with
        the sync engine's jitter (`backoff_delay`), so the PCs of an office that lost the link together do not
        all come back in the same second."""
        failures = 0
        while not stop.is_set():
            try:
                result = self.run_once()
            except Exception:  # e.g. the local store busy or closing: the thread must survive it
                logger.exception("document upload pass failed")
                result = PassResult.offline
            if result is PassResult.done:
                failures = 0
                wait = IDLE_POLL
            elif result is PassResult.credentials:
                wait = self._backoff_max  # a bad key does not fix itself: ask rarely
            else:
                failures += 1
                wait = self.offline_wait(failures)
            self.wake.wait(wait)
            self.wake.clear()

    def offline_wait(self, failures: int) -> float:
        """The start delay × 1, 2, 4… (each × 0.5–1.5), at most the longest delay."""
        return min(self._backoff_max, self._backoff_start * backoff_delay(failures, self._rng))

    def _process(self, entry: UploadEntry) -> None:
        path = self._path_for(entry.sha256)
        if not path.exists():
            self._queue.set_state(entry.key, "failed", error="local_file_missing")
            return
        self._queue.set_state(entry.key, "uploading", attempts=entry.attempts, error=entry.error)
        head = self._head(entry.key)
        attempts = entry.attempts
        if_match: str | None = None
        if head is not None and not self._head_matches(head, entry):
            if_match = head["ETag"]  # someone else's bytes at our key: replace exactly that version
        send = head is None or if_match is not None
        while True:
            if send:
                self._send(entry, path, if_match)
            bad_etag = self._verify(entry)
            if bad_etag is None:
                self._queue.set_state(entry.key, "verified", attempts=attempts, error=None)
                self._on_verified(entry.sha256)
                return
            attempts += 1
            logger.warning("stored object %s does not hash to its key (try %d)", entry.key, attempts)
            if attempts >= MAX_TRIES:
                self._queue.set_state(entry.key, "failed", attempts=attempts, error="content_mismatch")
                return
            self._queue.set_state(entry.key, "uploading", attempts=attempts, error="content_mismatch")
            send, if_match = True, bad_etag

    def _call(self, operation: str, **kwargs: Any) -> Any:
        try:
            return getattr(self._s3, operation)(Bucket=self._bucket, **kwargs)
        except ClientError as error:
            code = _code(error)
            if code in CREDENTIAL_CODES:
                raise _CredentialsRefused(code) from error
            status = int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
            if status >= 500:
                raise _Offline() from error
            raise
        except NoCredentialsError as error:
            raise _CredentialsRefused("no credentials") from error
        except BotoCoreError as error:  # connection refused, timeouts, closed connections
            raise _Offline() from error

    def _head(self, key: str) -> dict[str, Any] | None:
        try:
            return dict(self._call("head_object", Key=key))
        except ClientError as error:
            if _code(error) in NOT_FOUND_CODES:
                return None
            raise

    @staticmethod
    def _head_matches(head: dict[str, Any], entry: UploadEntry) -> bool:
        return bool(head.get("ContentLength") == entry.size
                    and (head.get("Metadata") or {}).get("sha256") == entry.sha256)

    def _send(self, entry: UploadEntry, path: Path, if_match: str | None) -> None:
        condition = {"IfMatch": if_match} if if_match else {"IfNoneMatch": "*"}
        try:
            if entry.size <= PART_SIZE:
                self._call("put_object", Key=entry.key, Body=path.read_bytes(), ContentLength=entry.size,
                           ChecksumSHA256=sha256_b64(entry.sha256), Metadata={"sha256": entry.sha256},
                           **condition)
            else:
                self._send_multipart(entry, path, condition)
        except ClientError as error:
            # Another PC stored this key between our HEAD and our write: verification decides.
            if _code(error) not in PRECONDITION_CODES:
                raise

    def _send_multipart(self, entry: UploadEntry, path: Path, condition: dict[str, str]) -> None:
        current = self._queue.get(entry.key) or entry
        upload_id = current.upload_id
        if upload_id and current.upload_started_at and self._clock() - current.upload_started_at > MULTIPART_MAX_AGE:
            self._abort(entry.key, upload_id)
            upload_id = None
        sent: dict[int, str] = {}
        if upload_id:
            on_server = self._parts_on_server(entry, upload_id)
            if on_server is None:
                upload_id = None
            else:
                sent = on_server
        if not upload_id:
            upload_id = str(self._call("create_multipart_upload", Key=entry.key,
                                       Metadata={"sha256": entry.sha256})["UploadId"])
            self._queue.start_multipart(entry.key, upload_id, self._clock())
        total = (entry.size + PART_SIZE - 1) // PART_SIZE
        parts: list[dict[str, Any]] = [{"PartNumber": n, "ETag": etag} for n, etag in sorted(sent.items())]
        with path.open("rb") as stream:
            for number in range(1, total + 1):
                if number in sent:
                    continue
                stream.seek((number - 1) * PART_SIZE)
                body = stream.read(PART_SIZE)
                etag = self._call("upload_part", Key=entry.key, UploadId=upload_id, PartNumber=number,
                                  Body=body, ContentLength=len(body))["ETag"]
                parts = sorted([*parts, {"PartNumber": number, "ETag": etag}], key=lambda p: p["PartNumber"])
                self._queue.save_parts(entry.key, parts)
        try:
            self._call("complete_multipart_upload", Key=entry.key, UploadId=upload_id,
                       MultipartUpload={"Parts": parts}, **condition)
        except ClientError as error:
            if _code(error) in PRECONDITION_CODES:
                self._abort(entry.key, upload_id)
            raise
        self._queue.clear_multipart(entry.key)

    def _parts_on_server(self, entry: UploadEntry, upload_id: str) -> dict[int, str] | None:
        """Parts the server holds for this upload with the size we would send; None if the upload is gone."""
        sent: dict[int, str] = {}
        marker = 0
        while True:
            try:
                page = self._call("list_parts", Key=entry.key, UploadId=upload_id, PartNumberMarker=marker)
            except ClientError as error:
                if _code(error) in ("NoSuchUpload", "404"):
                    return None
                raise
            for part in page.get("Parts", []):
                number = int(part["PartNumber"])
                expected = min(PART_SIZE, entry.size - (number - 1) * PART_SIZE)
                if int(part["Size"]) == expected:
                    sent[number] = str(part["ETag"])
            if not page.get("IsTruncated"):
                return sent
            marker = int(page["NextPartNumberMarker"])

    def _abort(self, key: str, upload_id: str) -> None:
        try:
            self._call("abort_multipart_upload", Key=key, UploadId=upload_id)
        except ClientError as error:
            if _code(error) not in ("NoSuchUpload", "404"):
                raise
        self._queue.clear_multipart(key)

    def _verify(self, entry: UploadEntry) -> str | None:
        """None when the stored object is right; else its ETag (what a re-send must replace)."""
        head = self._head(entry.key)
        if head is None:
            return ""  # vanished: send again without a condition on a version
        if not self._head_matches(head, entry):
            return str(head["ETag"])
        response = self._call("get_object", Key=entry.key)
        digest = hashlib.sha256()
        body = response["Body"]
        try:
            for chunk in iter(lambda: body.read(READ_CHUNK), b""):
                digest.update(chunk)
        except BotoCoreError as error:
            raise _Offline() from error
        finally:
            body.close()
        return None if digest.hexdigest() == entry.sha256 else str(response["ETag"])


class Fetcher:
    """The `FileFetcher` port: GET an object into the content store, kept only if it hashes to its key."""

    def __init__(self, client: Any, bucket: str, files: FileStore) -> None:
        self._s3 = client
        self._bucket = bucket
        self._files = files

    def fetch(self, key: str, sha256: str) -> str:
        try:
            response = self._s3.get_object(Bucket=self._bucket, Key=key)
        except ClientError as error:
            return "missing" if _code(error) in NOT_FOUND_CODES else "offline"
        except BotoCoreError:
            return "offline"
        body = response["Body"]
        try:
            staged = self._files.stage(body, max_bytes=int(response.get("ContentLength") or 0) or 1 << 40)
        except BotoCoreError:
            return "offline"
        except FileTooLarge:  # longer than the server announced
            return "mismatch"
        finally:
            body.close()
        if staged.sha256 != sha256:
            self._files.discard(staged)
            logger.warning("downloaded object %s does not hash to its key: refused", key)
            return "mismatch"
        self._files.keep(staged)
        return "ok"
