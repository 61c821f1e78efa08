"""What services need from the outside world, as structural types (implemented by `storage/local/`).

Services never import storage: `app.py` hands them an object that fits `Store`. Records are plain dicts
keyed by the server's column names (ids as `str`, dates as `date`, timestamps as aware UTC `datetime`,
JSON columns as dicts/lists). Every method touching tenant rows takes the `school_id` and filters by it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from desktop_app.domain.errors import DomainError

Record = dict[str, Any]


class StoreSession(Protocol):
    """Table-level reads and writes inside one transaction; writes are recorded for sync by the store."""

    def get(self, table_name: str, row_id: str, *, school_id: str) -> Record | None: ...

    def find(
        self, table_name: str, *, school_id: str, order_by: Sequence[str] = (), **equals: Any
    ) -> list[Record]: ...

    def find_in(self, table_name: str, column: str, values: Iterable[Any], *, school_id: str) -> list[Record]: ...

    def deleted_ids(self, table_name: str, ids: Iterable[str], *, school_id: str) -> set[str]: ...

    def insert(self, table_name: str, values: Record) -> Record: ...

    def insert_many(self, table_name: str, rows: Sequence[Record]) -> list[str]: ...

    def patch(self, table_name: str, row_id: str, changes: Record, *, school_id: str) -> Record: ...

    def delete(self, table_name: str, row_id: str, *, school_id: str) -> None: ...

    def apply_remote(self, table_name: str, rows: Sequence[Record]) -> None: ...

    def resend_rejected(self, mutation_id: int, *, school_id: str, user_id: str) -> None: ...

    def discard_rejected(self, mutation_id: int, *, school_id: str, user_id: str) -> None: ...

    def client_identity(self) -> Record | None: ...

    def user(self, user_id: str) -> Record | None: ...

    def student_ids(
        self,
        *,
        school_id: str,
        words: Sequence[str] = (),
        active_only: bool = True,
        grade: str | None = None,
        enrollment_status: str | None = None,
        school_year_id: str | None = None,
        sort: str = "full_name",
        descending: bool = False,
    ) -> list[str]: ...

    def student_rows(
        self, ids: Sequence[str], *, school_id: str, school_year_id: str | None = None
    ) -> list[Record]: ...

    def similar_students(
        self, *, school_id: str, full_name: str, birth_date: Any, exclude_id: str | None
    ) -> list[Record]: ...

    def guardian_ids(self, *, school_id: str, words: Sequence[str] = (), active_only: bool = True) -> list[str]: ...

    def enrollment_ids(
        self,
        *,
        school_id: str,
        school_year_id: str | None = None,
        grade: str | None = None,
        group_code: str | None = None,
        status: str | None = None,
        words: Sequence[str] = (),
        sort: str = "student_name",
        descending: bool = False,
    ) -> list[str]: ...

    def enrollment_rows(self, ids: Sequence[str], *, school_id: str) -> list[Record]: ...

    def group_counts(
        self, *, school_id: str, school_year_id: str, active_statuses: Sequence[str]
    ) -> list[Record]: ...

    def queue_upload(self, key: str, sha256: str, size: int) -> str: ...

    def documents_with_file(self, sha256: str, *, school_id: str) -> list[Record]: ...


class Store(Protocol):
    """A transactional store: `write()` commits everything done in the block at once, or nothing."""

    def write(self) -> AbstractContextManager[StoreSession]: ...

    def read(self) -> AbstractContextManager[StoreSession]: ...


class ProgressSink(Protocol):
    """Where long work reports progress and learns it was cancelled (the UI implements it with signals)."""

    def report(self, done: int, total: int, message: str = "") -> None: ...

    def is_cancelled(self) -> bool: ...


class BackupRefused(DomainError):
    """A backup or restore that could not be done; `code` says why (full disk, foreign file, newer schema…)."""

    default_code = "backup_failed"


class BackupStorage(Protocol):
    """Copies of the whole local store (implemented by `storage/local/backup.py`). Manifests are JSON dicts."""

    def write_backup(self, target: Path) -> Record: ...

    def inspect_backup(self, source: Path) -> Record: ...

    def daily_backup(self, today: date, keep: int = ...) -> Path | None: ...

    def restore_backup(self, source: Path) -> tuple[Record, Path]:
        """(the restored backup's manifest, where the replaced store was kept); the store is closed after."""
        ...
