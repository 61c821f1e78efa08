"""Scans attached to checklist items: checked, stored once by content, recorded on the item's row.

A file is judged by its content (PDF, JPEG or PNG magic bytes, not the extension), must be at most
`security_settings.max_file_mb` MB, and must open (a PDF without a password, an image that decodes). It is
copied to the content-addressed folder (`FileStore`), then the row changes in ONE `LocalStore.write()`:
`r2_object_key = schools/<school_id>/docs/<sha256>` (no names or numbers in keys), `file_name` = the latest
original name, `metadata.files[]` gains the file with `upload: "pending"`, the item goes from *Falta* or
*Rechazado* to *Recibido (por validar)*, and the file is queued for upload (a local-only table). Rows never
wait for files: the upload worker later calls `record_verified`, which patches `upload: "verified"`.
"""

from __future__ import annotations

import errno
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.checklist import ChecklistItem, ItemState, mark_item
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.permissions import Action
from desktop_app.services._base import Service, utc_now
from desktop_app.services.context import TenantContext
from desktop_app.services.document_ports import FileFetcher, FileStore, FileTooLarge, StagedFile
from desktop_app.services.enrollments import EnrollmentService
from desktop_app.services.ports import Record, Store, StoreSession

DEFAULT_MAX_FILE_MB = 15
MB = 1024 * 1024
# Content signatures: the extension is not trusted (a renamed .docx stays a .docx).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG", "image/png"),
)
# Where a file came from (metadata.files[].source).
SOURCES = frozenset({"file", "drop", "scanner"})
REUSED = "previous_year"  # linked from last year's matrícula by `reuse_previous` (no new file)


def object_key(school_id: str, sha256: str) -> str:
    """The storage key of a file: the school and the content hash, nothing a person could be found by."""
    return f"schools/{school_id}/docs/{sha256}"


def sniff_mime(head: bytes) -> str | None:
    return next((mime for magic, mime in MAGIC if head.startswith(magic)), None)


def count_pages(path: Path, mime: str) -> int | None:
    """Pages of a PDF, 1 for an image; None when it cannot be opened (damaged, or needs a password)."""
    try:
        if mime == "application/pdf":
            from pypdf import PdfReader

            reader = PdfReader(path)
            # An owner-only password (empty user password) still opens: that is "no password" to a person.
            if reader.is_encrypted and not reader.decrypt(""):
                return None
            pages = len(reader.pages)
            return pages if pages > 0 else None
        from PIL import Image

        with Image.open(path) as image:
            image.load()  # decodes every pixel: a truncated scan fails here
        return 1
    except Exception:  # pypdf and Pillow raise many types for bad input; all mean "cannot be opened"
        return None


@dataclass(frozen=True)
class AttachedFile:
    """One entry of an item's `metadata.files[]`."""

    sha256: str
    size: int
    mime: str
    pages: int
    original_name: str
    source: str
    attached_at: str
    attached_by: str | None
    upload: str
    superseded: bool = False

    @classmethod
    def from_record(cls, entry: Record) -> AttachedFile:
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in entry.items() if k in fields})

    def as_record(self) -> Record:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


class DocumentService(Service):
    """Attaches files to checklist items and records when their upload was verified."""

    def __init__(
        self, store: Store, context: TenantContext, files: FileStore, *,
        fetcher: FileFetcher | None = None, clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(store, context, clock=clock)
        self._files = files
        self._fetcher = fetcher  # None in local mode: every file is on this PC
        # The checklist rules and the row writing are the enrollment service's; reused, not copied.
        self._enrollments = EnrollmentService(store, context, clock=clock)

    def attach(
        self, enrollment_id: str, requirement_code: str, source: Path, *,
        original_name: str | None = None, source_kind: str = "file", replaces: Sequence[str] = (),
    ) -> ChecklistItem:
        """Attach the file at `source` to the item; `replaces` lists sha256s of files it supersedes."""
        self._require(Action.document_receive)
        name = original_name or source.name
        if source_kind not in SOURCES:
            raise ValidationFailed("invalid_value", field="source", params={"value": source_kind})
        with self._store.read() as session:
            self._item(session, self._enrollments._enrollment(session, enrollment_id), requirement_code)
            max_mb = self._max_file_mb(session)
        staged, mime, pages = self._stage(source, name, max_mb)
        try:
            is_new = self._files.keep(staged)
        except OSError as exc:
            self._files.discard(staged)
            raise _disk_error(exc) from exc
        try:
            return self._record(enrollment_id, requirement_code, staged, mime, pages, name, source_kind, replaces)
        except BaseException:
            if is_new:  # nothing refers to a file stored by this call alone
                self._files.remove(staged.sha256)
            raise

    def reuse_previous(self, enrollment_id: str, requirement_code: str) -> ChecklistItem:
        """*Reutilizar archivo del año anterior*: link the student's latest earlier file of the same document
        type (the same sha256 and storage key: no re-upload, no copy) and mark a missing or rejected item
        *Recibido (por validar)*. Never validates: someone still checks it is current."""
        self._require(Action.document_receive)
        now = self._now()
        with self._store.write() as session:
            enrollment = self._enrollments._enrollment(session, enrollment_id)
            item = self._item(session, enrollment, requirement_code)
            previous = self._previous_file(session, enrollment, requirement_code)
            if previous is None:
                raise ValidationFailed("previous_file_missing", field="file",
                                       params={"document": item.requirement.label})
            if item.state in (ItemState.missing, ItemState.rejected):
                item = mark_item(item, ItemState.received, roles=self._context.roles,
                                 by_user_id=self._context.user_id, at=now)
            row = self._row(session, enrollment_id, requirement_code)
            entries: list[Record] = [e for e in ((row or {}).get("metadata") or {}).get("files", [])
                                     if e.get("sha256") != previous.sha256]
            entries.append({**previous.as_record(), "source": REUSED, "attached_at": now.isoformat(),
                            "attached_by": self._context.user_id, "superseded": False})
            self._enrollments._save_item(session, enrollment, item, metadata={"files": entries}, columns={
                "r2_object_key": object_key(self._school_id, previous.sha256), "file_name": previous.original_name})
            return self._item(session, enrollment, requirement_code)

    def previous_file(self, enrollment_id: str, requirement_code: str) -> AttachedFile | None:
        """The file `reuse_previous` would link (the UI enables its button only when there is one)."""
        self._require(Action.student_view)
        with self._store.read() as session:
            enrollment = session.get("enrollments", enrollment_id, school_id=self._school_id)
            return self._previous_file(session, enrollment, requirement_code) if enrollment else None

    def files(self, enrollment_id: str, requirement_code: str) -> list[AttachedFile]:
        """The item's files, oldest first (superseded ones included, marked)."""
        self._require(Action.student_view)
        with self._store.read() as session:
            row = self._row(session, enrollment_id, requirement_code)
        return [AttachedFile.from_record(e) for e in ((row or {}).get("metadata") or {}).get("files", [])]

    def is_here(self, sha256: str) -> bool:
        """Whether this PC has the file (another PC's pending upload is «Archivo aún no subido» here)."""
        return self._files.path_for(sha256).exists()

    def file_path(self, sha256: str) -> Path:
        """The file on this PC, downloaded first when another PC attached it.

        A download is kept (and shown) only if its SHA-256 equals the key: storage cannot slip another
        document in. Raises ValidationFailed with the message the viewer shows otherwise.
        """
        self._require(Action.document_view)
        path = self._files.path_for(sha256)
        if path.exists():
            return path
        result = self._fetcher.fetch(object_key(self._school_id, sha256), sha256) if self._fetcher else "missing"
        if result != "ok":
            raise ValidationFailed(f"file_{result}" if result in ("mismatch", "offline") else "file_not_uploaded",
                                   field="file")
        return path

    def record_verified(self, sha256: str) -> int:
        """Mark the file `upload: "verified"` on every item listing it; the number of rows changed.

        Called by the upload worker once the stored object's bytes hash to the key: bookkeeping of a
        file this PC already attached, so no role check (the worker has no user action behind it).
        """
        changed = 0
        with self._store.write() as session:
            for row in session.documents_with_file(sha256, school_id=self._school_id):
                meta = dict(row.get("metadata") or {})
                entries = list(meta.get("files") or [])
                updated = [{**e, "upload": "verified"} if e.get("sha256") == sha256 else e for e in entries]
                if updated != entries:
                    session.patch("enrollment_documents", row["id"], {"metadata": {**meta, "files": updated}},
                                  school_id=self._school_id)
                    changed += 1
        return changed

    def _stage(self, source: Path, name: str, max_mb: int) -> tuple[StagedFile, str, int]:
        limit = max_mb * MB
        try:
            with source.open("rb") as stream:
                size = source.stat().st_size
                if size > limit:
                    raise _too_large(name, size, max_mb)
                mime = sniff_mime(stream.read(8))
                if mime is None:
                    raise ValidationFailed("file_type_unsupported", field="file", params={"name": name})
                stream.seek(0)
                staged = self._files.stage(stream, max_bytes=limit)
        except FileTooLarge as exc:
            raise _too_large(name, exc.size, max_mb) from None
        except FileNotFoundError:
            raise ValidationFailed("file_not_found", field="file", params={"name": name}) from None
        except OSError as exc:
            raise _disk_error(exc) from exc
        pages = count_pages(staged.temp_path, mime)
        if pages is None:
            self._files.discard(staged)
            raise ValidationFailed("file_unreadable", field="file", params={"name": name})
        return staged, mime, pages

    def _record(
        self, enrollment_id: str, requirement_code: str, staged: StagedFile, mime: str, pages: int,
        name: str, source_kind: str, replaces: Sequence[str],
    ) -> ChecklistItem:
        key = object_key(self._school_id, staged.sha256)
        now = self._now()
        with self._store.write() as session:
            enrollment = self._enrollments._enrollment(session, enrollment_id)
            item = self._item(session, enrollment, requirement_code)
            if item.state in (ItemState.missing, ItemState.rejected):
                item = mark_item(item, ItemState.received, roles=self._context.roles,
                                 by_user_id=self._context.user_id, at=now)
            upload = session.queue_upload(key, staged.sha256, staged.size)
            row = self._row(session, enrollment_id, requirement_code)
            entries: list[Record] = [
                {**e, "superseded": True} if e.get("sha256") in replaces else e
                for e in ((row or {}).get("metadata") or {}).get("files", [])
                if e.get("sha256") != staged.sha256  # the same content again: listed once, as the latest
            ]
            entries.append(AttachedFile(
                sha256=staged.sha256, size=staged.size, mime=mime, pages=pages, original_name=name,
                source=source_kind, attached_at=now.isoformat(), attached_by=self._context.user_id,
                upload="verified" if upload == "verified" else "pending",
            ).as_record())
            self._enrollments._save_item(session, enrollment, item, columns={"r2_object_key": key, "file_name": name},
                                         metadata={"files": entries})
            return self._item(session, enrollment, requirement_code)

    def _item(self, session: StoreSession, enrollment: Record, requirement_code: str) -> ChecklistItem:
        items = self._enrollments._items(session, enrollment)
        item = next((i for i in items if i.requirement.code == requirement_code), None)
        if item is None:
            raise NotFound("requirement_unknown", field="requirement_code", params={"code": requirement_code})
        return item

    def _row(self, session: StoreSession, enrollment_id: str, requirement_code: str) -> Record | None:
        found = session.find("enrollment_documents", school_id=self._school_id, enrollment_id=enrollment_id,
                             document_type=requirement_code)
        return found[0] if found else None

    def _previous_file(self, session: StoreSession, enrollment: Record, requirement_code: str) -> AttachedFile | None:
        """The current (not superseded) file of this document type on the student's latest earlier matrícula."""
        years = {y["id"]: y["starts_on"] for y in session.find("school_years", school_id=self._school_id)}
        this_start = years.get(enrollment["school_year_id"])
        earlier = sorted((e for e in session.find("enrollments", school_id=self._school_id,
                                                  student_id=enrollment["student_id"])
                          if e["id"] != enrollment["id"] and this_start is not None
                          and years.get(e["school_year_id"]) is not None and years[e["school_year_id"]] < this_start),
                         key=lambda e: years[e["school_year_id"]], reverse=True)
        for other in earlier:
            row = self._row(session, other["id"], requirement_code)
            current = [e for e in ((row or {}).get("metadata") or {}).get("files", []) if not e.get("superseded")]
            if current:
                return AttachedFile.from_record(current[-1])
        return None

    def _max_file_mb(self, session: StoreSession) -> int:
        settings = session.get("school_settings", self._school_id, school_id=self._school_id) or {}
        value: Any = (settings.get("security_settings") or {}).get("max_file_mb", DEFAULT_MAX_FILE_MB)
        return value if isinstance(value, int) and value > 0 else DEFAULT_MAX_FILE_MB


def _too_large(name: str, size: int, max_mb: int) -> ValidationFailed:
    # Rounded up: a 15.2 MB file must not read "pesa 15 MB; el máximo es 15 MB".
    return ValidationFailed("file_too_large", field="file",
                            params={"name": name, "size_mb": math.ceil(size / MB), "max_mb": max_mb})


def _disk_error(exc: OSError) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ValidationFailed("disk_full", field="file")
    return exc
