"""Backups of the local store: a folder or .zip with a consistent copy of the SQLite file and a manifest.

The copy is made with SQLite's online backup API (the app keeps working meanwhile), switched to a single
self-contained file (journal_mode DELETE) and checked with `PRAGMA integrity_check` before it counts as made.
`manifest.json` says what the copy holds; `files` is for later additions (scanned documents) and readers must
ignore keys they do not know. Every failure raises `BackupRefused` with a code the UI shows in Spanish, and
leaves no half-written backup behind and the live store untouched.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from desktop_app import __version__
from desktop_app.services.ports import BackupRefused, Record
from desktop_app.storage.local.store import MIGRATIONS_DIR, LocalStore

logger = logging.getLogger(__name__)

BACKUP_FORMAT = "secretaria-escolar-backup"
BACKUP_FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
STORE_NAME = "secretaria.sqlite3"  # the store's name inside a backup
DAILY_DIR_NAME = "copias"
DAILY_PREFIX = "copia-automatica-"
DAILY_KEEP = 14
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every local schema revision this version of the app can open (alembic imported only when asked)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return frozenset(script.revision for script in ScriptDirectory.from_config(config).walk_revisions())


def _write_problem(error: BaseException, target: Path) -> BackupRefused:
    """The refusal for an OS or SQLite error met while writing `target` (full disk, read-only, other)."""
    text = str(error).lower()
    number = getattr(error, "errno", None)
    if number in _FULL or "disk is full" in text or "file too large" in text:
        return BackupRefused("backup_disk_full", params={"path": str(target)})
    if number in _NOT_WRITABLE or "readonly" in text or "read-only" in text or "unable to open" in text:
        return BackupRefused("backup_not_writable", params={"path": str(target)})
    return BackupRefused("backup_failed", params={"path": str(target), "detail": str(error)})


def _table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def _school(connection: sqlite3.Connection) -> Record:
    try:
        row = connection.execute(
            "SELECT s.id, s.name FROM sync_client c JOIN schools s ON s.id = c.school_id WHERE c.id = 1").fetchone()
    except sqlite3.DatabaseError:
        return {}
    return {"id": row[0], "name": row[1]} if row else {}


def copy_database(source: Path, target: Path) -> None:
    """`source` copied page by page into a new file `target` (online backup), self-contained and checked."""
    source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_connection = sqlite3.connect(target)
    try:
        source_connection.backup(target_connection)
        target_connection.execute("PRAGMA journal_mode = DELETE")
        check = target_connection.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupRefused("backup_damaged", params={"path": str(source), "detail": str(check)})
    finally:
        target_connection.close()
        source_connection.close()


def _manifest(database: Path) -> Record:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {
            "format": BACKUP_FORMAT,
            "format_version": BACKUP_FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "app_version": __version__,
            "schema_revision": _revision(connection),
            "store_file": STORE_NAME,
            "school": _school(connection),
            "tables": _table_counts(connection),
            "files": [],
        }
    finally:
        connection.close()


def write_backup(store_path: Path, target: Path) -> Record:
    """Writes a backup of the store at `store_path` to `target` (a .zip file, else a new folder); its manifest.

    Everything is first written under a temporary name and renamed at the end, so a failure (full disk,
    unplugged USB stick) leaves no half backup that could later be taken for a good one. For a .zip the
    uncompressed copy is made in the system's temporary folder: only the (much smaller) zip goes to `target`.
    """
    target = Path(target)
    as_zip = target.suffix.lower() == ".zip"
    if target.exists() and (as_zip or any(target.iterdir())):
        raise BackupRefused("backup_target_exists", params={"path": str(target)})
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # a folder backup is renamed into place, so it is built on the target's own disk
        work = Path(tempfile.mkdtemp(prefix=".copia-en-curso-", dir=None if as_zip else target.parent))
    except OSError as error:
        raise _write_problem(error, target) from error
    partial = target.with_name(f".{target.name}.en-curso")
    try:
        database = work / STORE_NAME
        copy_database(store_path, database)
        manifest = _manifest(database)
        (work / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        if as_zip:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(work / MANIFEST_NAME, MANIFEST_NAME)
                archive.write(database, STORE_NAME)
            _fsync(partial)
            os.replace(partial, target)
        else:
            for name in (MANIFEST_NAME, STORE_NAME):
                _fsync(work / name)
            if target.exists():
                target.rmdir()  # an empty folder the user chose (Windows cannot rename onto it)
            work.rename(target)
        return manifest
    except (OSError, sqlite3.Error, zipfile.BadZipFile) as error:
        raise _write_problem(error, target) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def opened_backup(source: Path) -> Iterator[tuple[Record, Path]]:
    """(manifest, path of the database) of a backup folder or .zip, checked; temporary files removed after.

    Refuses a path that is not one of our backups, a damaged copy, and a schema this app does not know
    (written by a newer version).
    """
    source = Path(source)
    if not source.exists():
        raise BackupRefused("backup_not_found", params={"path": str(source)})
    with tempfile.TemporaryDirectory(prefix="secretaria-restaurar-") as scratch:
        folder = _unpacked(source, Path(scratch))
        manifest = _read_manifest(folder / MANIFEST_NAME, source)
        database = folder / str(manifest.get("store_file") or STORE_NAME)
        if not database.is_file():
            raise BackupRefused("backup_damaged", params={"path": str(source), "detail": "falta la base de datos"})
        checked = Path(scratch) / "verificada.sqlite3"
        try:
            copy_database(database, checked)  # never open the user's backup itself for writing
            connection = sqlite3.connect(f"file:{checked}?mode=ro", uri=True)
            try:
                revision, counts = _revision(connection), _table_counts(connection)
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            raise BackupRefused("backup_damaged", params={"path": str(source), "detail": str(error)}) from error
        if revision is None or revision != manifest.get("schema_revision"):
            raise BackupRefused("backup_damaged", params={"path": str(source), "detail": "versión del esquema"})
        if revision not in known_revisions():
            raise BackupRefused("backup_newer_schema", params={"path": str(source), "revision": revision})
        expected = manifest.get("tables")
        if isinstance(expected, dict) and any(counts.get(name) != count for name, count in expected.items()):
            raise BackupRefused("backup_damaged", params={"path": str(source), "detail": "conteos distintos"})
        yield manifest, checked


def _unpacked(source: Path, scratch: Path) -> Path:
    if source.is_dir():
        return source
    if not zipfile.is_zipfile(source):
        with open(source, "rb") as handle:
            starts_like_zip = handle.read(4) == b"PK\x03\x04"
        # a zip cut short (a copy interrupted, a USB stick pulled out) has lost its index at the end
        code = "backup_damaged" if starts_like_zip else "backup_foreign"
        raise BackupRefused(code, params={"path": str(source), "detail": "archivo .zip incompleto"})
    try:
        with zipfile.ZipFile(source) as archive:
            names = set(archive.namelist())
            if MANIFEST_NAME not in names:
                raise BackupRefused("backup_foreign", params={"path": str(source)})
            for name in (MANIFEST_NAME, STORE_NAME):
                if name in names:
                    archive.extract(name, scratch)
    except (zipfile.BadZipFile, OSError, EOFError) as error:  # CRC errors of a damaged archive land here too
        raise BackupRefused("backup_damaged", params={"path": str(source), "detail": str(error)}) from error
    return scratch


def _read_manifest(path: Path, source: Path) -> Record:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BackupRefused("backup_foreign", params={"path": str(source)}) from error
    except (OSError, ValueError) as error:
        raise BackupRefused("backup_damaged", params={"path": str(source), "detail": "manifest.json"}) from error
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise BackupRefused("backup_foreign", params={"path": str(source)})
    if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > BACKUP_FORMAT_VERSION:
        raise BackupRefused("backup_newer_schema", params={"path": str(source),
                                                           "revision": str(manifest.get("format_version"))})
    return manifest


def inspect_backup(source: Path) -> Record:
    """The manifest of a backup that passed every check (see `opened_backup`)."""
    with opened_backup(source) as (manifest, _database):
        return manifest


def daily_folder(store_path: Path) -> Path:
    """`copias/` next to the school's store; another store in the same folder (`--demo`) gets its own."""
    stem = Path(STORE_NAME).stem
    name = DAILY_DIR_NAME if store_path.stem == stem else f"{DAILY_DIR_NAME}-{store_path.stem}"
    return store_path.parent / name


class LocalBackups:
    """Backups of one open `LocalStore` (the adapter behind `services.ports.BackupStorage`)."""

    def __init__(self, store: LocalStore) -> None:
        self._store = store

    def write_backup(self, target: Path) -> Record:
        return write_backup(self._store.path, target)

    def inspect_backup(self, source: Path) -> Record:
        return inspect_backup(source)

    def daily_backup(self, today: date, keep: int = DAILY_KEEP) -> Path | None:
        """Today's automatic copy in the data directory (None when it exists already); keeps the last `keep`."""
        folder = daily_folder(self._store.path)
        target = folder / f"{DAILY_PREFIX}{today.isoformat()}.zip"
        made = None
        if not target.exists():
            write_backup(self._store.path, target)
            made = target
        for old in sorted(folder.glob(f"{DAILY_PREFIX}*.zip"))[:-keep]:
            with contextlib.suppress(OSError):
                old.unlink()
        return made

    def restore_backup(self, source: Path) -> tuple[Record, Path]:
        """Replaces the store's file by the backup's; returns the backup's manifest and where the replaced
        file was kept.

        The restored file gets a new sync identity (new `client_id`, `needs_rebootstrap = 1`; its pending
        outbox is kept) so its next saves are never taken for ones the server already has. The store is
        CLOSED afterwards: the caller must open it again (the app restarts). Until the final renames, any
        failure leaves the current file as it was, and the store open.
        """
        live = self._store.path
        staged = live.with_name(f"{live.name}.restaurando")
        try:
            with opened_backup(source) as (manifest, database):
                shutil.copyfile(database, staged)
            _new_sync_identity(staged)
            _fsync(staged)
        except OSError as error:
            staged.unlink(missing_ok=True)
            raise _write_problem(error, staged) from error
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = live.with_name(f"{live.stem}.antes-de-restaurar-{stamp}{live.suffix}")
        with contextlib.suppress(sqlite3.Error):
            checkpoint = sqlite3.connect(live)
            checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            checkpoint.close()
        self._store.close()
        moved: list[tuple[Path, Path]] = []
        try:
            for suffix in ("", "-wal", "-shm"):
                current = live.with_name(live.name + suffix)
                if current.exists():
                    kept = aside.with_name(aside.name + suffix)
                    os.replace(current, kept)
                    moved.append((kept, current))
            os.replace(staged, live)
        except OSError as error:
            for kept, current in reversed(moved):  # put the current store back exactly as it was
                os.replace(kept, current)
            staged.unlink(missing_ok=True)
            raise BackupRefused("restore_failed", params={"detail": str(error)}) from error
        logger.info("store restored from a backup; the previous file was kept as %s", aside.name)
        return manifest, aside


def _new_sync_identity(database: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("UPDATE sync_client SET client_id = ?, needs_rebootstrap = 1 WHERE id = 1",
                               (str(uuid.uuid4()),))
    finally:
        connection.close()

