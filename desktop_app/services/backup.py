"""Backups of this PC's store: make one, the automatic daily one, check one, restore one.

A backup is the whole local file (every school on this PC, with its pending outbox), so the permission is
that of seeing the data at all. Restoring closes the store: the caller must reopen it (the app restarts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.permissions import Action, require
from desktop_app.services._base import COLOMBIA
from desktop_app.services.context import TenantContext
from desktop_app.services.ports import BackupRefused, BackupStorage, Record


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from its checked manifest."""

    path: Path
    created_at: datetime | None
    schema_revision: str
    school_name: str
    app_version: str
    counts: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def from_manifest(cls, path: Path, manifest: Record) -> BackupInfo:
        created: datetime | None
        try:
            created = datetime.fromisoformat(str(manifest.get("created_at")))
        except ValueError:
            created = None
        school = manifest.get("school") if isinstance(manifest.get("school"), dict) else {}
        tables = manifest.get("tables") if isinstance(manifest.get("tables"), dict) else {}
        return cls(
            path=path,
            created_at=created,
            schema_revision=str(manifest.get("schema_revision") or ""),
            school_name=str((school or {}).get("name") or ""),
            app_version=str(manifest.get("app_version") or ""),
            counts={str(name): int(count) for name, count in (tables or {}).items()},
        )

    def local_created_at(self) -> datetime | None:
        """The copy's time on the school's clock (Colombia)."""
        return self.created_at.astimezone(COLOMBIA) if self.created_at else None


@dataclass(frozen=True)
class RestoreResult:
    """The backup now in use, and where the replaced store was kept (never deleted)."""

    restored: BackupInfo
    previous_store: Path


class BackupService:
    """Use cases over the `BackupStorage` port; every refusal is a `BackupRefused` with a Spanish message."""

    def __init__(self, backups: BackupStorage, context: TenantContext) -> None:
        self._backups = backups
        self._context = context

    def create(self, target: Path) -> BackupInfo:
        """Writes a backup to `target` (a `.zip` file, else a new folder)."""
        self._require()
        return BackupInfo.from_manifest(Path(target), self._backups.write_backup(Path(target)))

    def daily(self, today: date | None = None) -> Path | None:
        """Today's automatic copy in the data directory, unless made already (the last 14 are kept)."""
        self._require()
        return self._backups.daily_backup(today or datetime.now(COLOMBIA).date())

    def inspect(self, source: Path) -> BackupInfo:
        """Checks a backup (integrity, manifest, schema not newer than this app) and says what it holds."""
        self._require()
        return BackupInfo.from_manifest(Path(source), self._backups.inspect_backup(Path(source)))

    def restore(self, source: Path) -> RestoreResult:
        """Replaces this PC's store by the backup (checked as in `inspect`); the store is closed afterwards."""
        self._require()
        manifest, previous = self._backups.restore_backup(Path(source))
        return RestoreResult(BackupInfo.from_manifest(Path(source), manifest), previous)

    def _require(self) -> None:
        require(self._context.roles, Action.student_view)


__all__ = ["BackupInfo", "BackupRefused", "BackupService", "RestoreResult"]
