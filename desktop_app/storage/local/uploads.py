"""The upload queue of document files (`blob_uploads`, local-only): what the upload worker reads and records.

Entries are added by the attach transaction (`LocalSession.queue_upload`). This module is the worker's side:
which entries are due, and saving its progress (the multipart upload id and each part as soon as it is
sent, so a restart resumes instead of starting over). Never captured into the outbox.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from desktop_app.storage.local.store import LocalStore

STATES = ("pending", "uploading", "verified", "failed")


def _now_text(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class UploadEntry:
    key: str
    sha256: str
    size: int
    state: str
    upload_id: str | None = None
    upload_started_at: datetime | None = None
    parts: list[dict[str, Any]] = field(default_factory=list)
    attempts: int = 0
    error: str | None = None


class UploadQueue:
    """`blob_uploads` of one local store."""

    def __init__(self, store: LocalStore) -> None:
        self._store = store

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._store.engine.connect() as connection:
            connection.execution_options(sqlite_begin_immediate=True)
            with connection.begin():
                yield connection

    def _select(self, where: str, params: tuple[Any, ...] = ()) -> list[UploadEntry]:
        with self._store.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT key, sha256, size, state, upload_id, upload_started_at, parts, attempts, error "
                f"FROM blob_uploads WHERE {where} ORDER BY created_at, key", params,
            ).fetchall()
        return [
            UploadEntry(key=r[0], sha256=r[1], size=r[2], state=r[3], upload_id=r[4],
                        upload_started_at=datetime.fromisoformat(r[5]) if r[5] else None,
                        parts=json.loads(r[6]), attempts=r[7], error=r[8])
            for r in rows
        ]

    def due(self) -> list[UploadEntry]:
        """Entries still to upload or verify, oldest first ("uploading" ones were cut off by a stop)."""
        return self._select("state IN ('pending', 'uploading')")

    def get(self, key: str) -> UploadEntry | None:
        found = self._select("key = ?", (key,))
        return found[0] if found else None

    def counts(self) -> dict[str, int]:
        with self._store.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT state, count(*) FROM blob_uploads GROUP BY state").fetchall()
        return {state: 0 for state in STATES} | {str(r[0]): int(r[1]) for r in rows}

    def set_state(self, key: str, state: str, *, attempts: int | None = None, error: str | None = None) -> None:
        with self._write() as connection:
            connection.exec_driver_sql(
                "UPDATE blob_uploads SET state = ?, attempts = coalesce(?, attempts), error = ?, updated_at = ? "
                "WHERE key = ?", (state, attempts, error, _now_text(), key),
            )

    def start_multipart(self, key: str, upload_id: str, started_at: datetime) -> None:
        with self._write() as connection:
            connection.exec_driver_sql(
                "UPDATE blob_uploads SET upload_id = ?, upload_started_at = ?, parts = '[]', updated_at = ? "
                "WHERE key = ?", (upload_id, _now_text(started_at), _now_text(), key),
            )

    def save_parts(self, key: str, parts: Sequence[dict[str, Any]]) -> None:
        """Record the parts sent so far (after each part: a restart then resends only what is missing)."""
        with self._write() as connection:
            connection.exec_driver_sql(
                "UPDATE blob_uploads SET parts = ?, updated_at = ? WHERE key = ?",
                (json.dumps(list(parts)), _now_text(), key),
            )

    def clear_multipart(self, key: str) -> None:
        with self._write() as connection:
            connection.exec_driver_sql(
                "UPDATE blob_uploads SET upload_id = NULL, upload_started_at = NULL, parts = '[]', updated_at = ? "
                "WHERE key = ?", (_now_text(), key),
            )
