"""Backups of the local store: a folder or .zip with a consistent copy of the SQLite file and a manifest.

The copy is made with SQLite's online backup API (the app keeps working meanwhile), switched to a single
self-contained file (journal_mode DELETE) and checked with `PRAGMA integrity_check` before it counts as made.
`manifest.json` says what the copy holds; readers must ignore keys they do not know. Every failure raises
`BackupRefused` with a code the UI shows in Spanish, and leaves no half-written backup behind and the live
store untouched.

Scanned documents: the files the copied store references (`enrollment_documents.metadata.files[]`, superseded
ones included) go with it, under the same layout as the data directory (`documentos/sha256/ab/<hex>`), and
`manifest.files` lists them {sha256, size, path}. A referenced file that is not on this PC (attached on another
PC and never viewed here) or whose content no longer matches its name is listed in `files_absent`, not copied.
The daily copies do not duplicate the files: they hard-link them into one pool beside them
(`copias/documentos/...`, `files_base: "beside"`), see `LocalBackups.daily_backup`.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

from desktop_app import __version__
from desktop_app.services.ports import BackupRefused, Record
from desktop_app.storage.local.blobs import CHUNK, DOCUMENTS_DIR_NAME, documents_dir
from desktop_app.storage.local.store import MIGRATIONS_DIR, LocalStore

logger = logging.getLogger(__name__)

BACKUP_FORMAT = "secretaria-escolar-backup"
BACKUP_FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
STORE_NAME = "secretaria.sqlite3"  # the store's name inside a backup
DAILY_DIR_NAME = "copias"
DAILY_PREFIX = "copia-automatica-"
DAILY_KEEP = 14
FILES_INSIDE = "backup"  # manifest `files_base`: paths are inside the backup (folder or zip)
FILES_BESIDE = "beside"  # paths are relative to the folder holding the backup (the daily copies' pool)
_SHA256_HEX = frozenset("0123456789abcdef")
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


def _manifest(database: Path, files: list[Record], absent: list[Record], files_base: str) -> Record:
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
            "files": files,
            "files_base": files_base,
            "files_absent": absent,
        }
    finally:
        connection.close()


def write_backup(store_path: Path, target: Path, *, files_beside: bool = False) -> Record:
    """Writes a backup of the store at `store_path` to `target` (a .zip file, else a new folder); its manifest.

    Everything is first written under a temporary name and renamed at the end, so a failure (full disk,
    unplugged USB stick) leaves no half backup that could later be taken for a good one. For a .zip the
    uncompressed copy is made in the system's temporary folder: only the (much smaller) zip goes to `target`.
    With `files_beside` the scanned documents are hard-linked into the pool `documentos/` beside `target`
    (shared by every backup of that folder) instead of being copied in.
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
        pool = target.parent if files_beside else None
        if as_zip:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(database, STORE_NAME)
                manifest = _with_files(database, store_path, pool, lambda path, size: _zip_sink(archive, path, size))
                archive.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=2))
            _fsync(partial)
            os.replace(partial, target)
        else:
            manifest = _with_files(database, store_path, pool, lambda path, size: _folder_sink(work, path))
            (work / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
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


_Sink = Callable[[str, int], contextlib.AbstractContextManager[IO[bytes]]]  # (path in the backup, size) -> stream


def _with_files(database: Path, store_path: Path, pool: Path | None, sink: _Sink) -> Record:
    """The manifest, once the files the copy references are copied in through `sink` (or, with `pool`, the
    folder holding the backups, hard-linked into its shared `documentos/`)."""
    wanted, sources = referenced_files(database), documents_dir(store_path)
    if pool is None:
        files, absent = _copy_files(wanted, sources, sink)
    else:
        files, absent = _link_files(wanted, sources, pool)
    return _manifest(database, files, absent, FILES_INSIDE if pool is None else FILES_BESIDE)


def referenced_files(database: Path) -> list[str]:
    """The sha256 of every file the store's checklist rows list (superseded ones are kept, so they count)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT DISTINCT json_extract(f.value, '$.sha256') FROM enrollment_documents d, "
            "json_each(d.metadata, '$.files') f WHERE json_valid(d.metadata)").fetchall()
    except sqlite3.DatabaseError:
        return []  # a store older than the documents, or none at all
    finally:
        connection.close()
    return sorted(str(row[0]) for row in rows if _is_sha256(row[0]))


def _is_sha256(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _SHA256_HEX


def file_path(sha256: str) -> str:
    """Where a file goes, relative to a backup (or its pool's folder): the data directory's own layout."""
    return f"{DOCUMENTS_DIR_NAME}/sha256/{sha256[:2]}/{sha256}"


def _zip_sink(archive: zipfile.ZipFile, path: str, size: int) -> contextlib.AbstractContextManager[IO[bytes]]:
    info = zipfile.ZipInfo(path, date_time=datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED  # PDFs and JPEGs are compressed already
    info.file_size = size  # lets zipfile pick zip64 for a big file
    return archive.open(info, "w")


def _folder_sink(root: Path, path: str) -> contextlib.AbstractContextManager[IO[bytes]]:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    return open(root / path, "wb")


def _copy_files(wanted: Iterable[str], sources: Path, sink: _Sink) -> tuple[list[Record], list[Record]]:
    """Each wanted file copied into the backup through `sink`, hashed on the way: (files, absent)."""
    files: list[Record] = []
    absent: list[Record] = []
    for sha256 in wanted:
        source = sources / "sha256" / sha256[:2] / sha256
        if not source.is_file():
            absent.append({"sha256": sha256, "reason": "not_on_this_pc"})
            continue
        with sink(file_path(sha256), source.stat().st_size) as out:
            actual, size = _hash_of(source, out)
        if actual == sha256:
            files.append({"sha256": sha256, "size": size, "path": file_path(sha256)})
        else:  # the copy is in the backup but unlisted: restore never uses it
            logger.warning("document file %s no longer matches its name; left out of the backup", sha256)
            absent.append({"sha256": sha256, "reason": "altered"})
    return files, absent


def _link_files(wanted: Iterable[str], sources: Path, beside: Path) -> tuple[list[Record], list[Record]]:
    """Each wanted file hard-linked into the pool `beside/documentos/` (a copy where the disk cannot link):
    (files, absent).

    A file already in the pool is not read again: pool files are only ever made from a checked source, and
    restore checks every sha256 anyway.
    """
    files: list[Record] = []
    absent: list[Record] = []
    for sha256 in wanted:
        linked = beside / file_path(sha256)
        source = sources / "sha256" / sha256[:2] / sha256
        if not linked.is_file():
            if not source.is_file():
                absent.append({"sha256": sha256, "reason": "not_on_this_pc"})
                continue
            if _hash_of(source)[0] != sha256:
                logger.warning("document file %s no longer matches its name; left out of the backup", sha256)
                absent.append({"sha256": sha256, "reason": "altered"})
                continue
            linked.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, linked)
            except OSError:  # FAT/exFAT, another disk, no permission to link: a real copy
                staged = linked.with_name(f".{sha256}.en-curso")
                shutil.copyfile(source, staged)
                _fsync(staged)
                os.replace(staged, linked)
        files.append({"sha256": sha256, "size": linked.stat().st_size, "path": file_path(sha256)})
    return files, absent


def _hash_of(path: Path, out: IO[bytes] | None = None) -> tuple[str, int]:
    with open(path, "rb") as handle:
        return _pump(handle, out)


def _pump(handle: IO[bytes], out: IO[bytes] | None) -> tuple[str, int]:
    """(sha256, size) of what `handle` holds, copied into `out` on the way when given."""
    digest, size = hashlib.sha256(), 0
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if out is not None:
            out.write(chunk)
    return digest.hexdigest(), size


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


def listed_files(manifest: Record) -> list[tuple[str, int, str]]:
    """(sha256, size, path) of each file the manifest lists; a malformed entry is refused as damage."""
    entries = manifest.get("files") or []
    listed: list[tuple[str, int, str]] = []
    for entry in entries if isinstance(entries, list) else [None]:
        if not isinstance(entry, dict) or not _is_sha256(entry.get("sha256")) or not isinstance(entry.get("size"), int):
            raise BackupRefused("backup_damaged", params={"path": "manifest.json", "detail": "lista de documentos"})
        sha256 = str(entry["sha256"])
        listed.append((sha256, int(entry["size"]), file_path(sha256)))  # never a path taken from the file
    return listed


def check_files(source: Path, manifest: Record, stage: Path | None = None) -> dict[str, Path]:
    """Checks every listed document of the backup at `source` (present, same size, same sha256).

    With `stage`, each file is also copied there (named by its sha256) on the same read; returns those
    copies. Refuses with `backup_files_bad` (how many, the first one) when any is missing or altered.
    """
    source = Path(source)
    listed = listed_files(manifest)
    bad: list[str] = []
    staged: dict[str, Path] = {}
    beside = manifest.get("files_base") == FILES_BESIDE
    archive = zipfile.ZipFile(source) if listed and not beside and not source.is_dir() else None
    try:
        for sha256, size, path in listed:
            target = stage / sha256 if stage is not None else None
            try:
                actual = _read_listed(archive, source.parent if beside else source, path, target)
            except (OSError, KeyError, zipfile.BadZipFile, EOFError):
                actual = None
            if actual == (sha256, size) and target is not None:
                staged[sha256] = target
            elif actual != (sha256, size):
                bad.append(sha256)
                if target is not None:
                    target.unlink(missing_ok=True)
    finally:
        if archive is not None:
            archive.close()
    if bad:
        raise BackupRefused("backup_files_bad", params={"path": str(source), "count": len(bad),
                                                         "total": len(listed), "file": bad[0][:12]})
    return staged


def _open_listed(archive: zipfile.ZipFile | None, root: Path, path: str) -> IO[bytes]:
    return archive.open(path) if archive else open(root / path, "rb")


def _read_listed(archive: zipfile.ZipFile | None, root: Path, path: str, target: Path | None) -> tuple[str, int]:
    with contextlib.ExitStack() as stack:
        handle = stack.enter_context(_open_listed(archive, root, path))
        out = stack.enter_context(open(target, "wb")) if target is not None else None
        result = _pump(handle, out)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
        return result


def inspect_backup(source: Path) -> Record:
    """The manifest of a backup that passed every check (see `opened_backup`), its documents included."""
    with opened_backup(source) as (manifest, _database):
        check_files(source, manifest)
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
        """Today's automatic copy in the data directory (None when it exists already); keeps the last `keep`.

        The copies share one pool of document files, `copias/documentos/`, hard links to the live files: a
        scan costs its disk space once however many copies list it, yet a copy still holds it after the live
        file is deleted or lost (a manifest-only reference to the live folder would not). Content-addressed
        files are never rewritten in place, so sharing the inode is safe; restore re-checks every sha256.
        A pool file no remaining copy lists is removed.
        """
        folder = daily_folder(self._store.path)
        target = folder / f"{DAILY_PREFIX}{today.isoformat()}.zip"
        made = None
        if not target.exists():
            write_backup(self._store.path, target, files_beside=True)
            made = target
        for old in sorted(folder.glob(f"{DAILY_PREFIX}*.zip"))[:-keep]:
            with contextlib.suppress(OSError):
                old.unlink()
        _prune_pool(folder)
        return made

    def restore_backup(self, source: Path) -> tuple[Record, Path]:
        """Replaces the store's file by the backup's; returns the backup's manifest and where the replaced
        file was kept.

        The backup's documents are checked (sha256) and put back into this PC's `documentos/` before the
        store is swapped; a backup whose listed files are missing or altered is refused before anything
        changes. Live document files are never removed: the replaced store may still list them.
        The restored file gets a new sync identity (new `client_id`, `needs_rebootstrap = 1`; its pending
        outbox is kept) so its next saves are never taken for ones the server already has. The store is
        CLOSED afterwards: the caller must open it again (the app restarts). Until the final renames, any
        failure leaves the current file as it was, and the store open.
        """
        live = self._store.path
        staged = live.with_name(f"{live.name}.restaurando")
        documents = documents_dir(live)
        staged_files = documents / "tmp" / f"restaurando-{uuid.uuid4().hex}"
        try:
            with opened_backup(source) as (manifest, database):
                staged_files.mkdir(parents=True)
                checked = check_files(source, manifest, staged_files)
                shutil.copyfile(database, staged)
            _new_sync_identity(staged)
            _fsync(staged)
            # The documents go in first: an extra content-addressed file harms nothing if the swap fails.
            for sha256, copy in checked.items():
                final = documents / "sha256" / sha256[:2] / sha256
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(copy, final)
        except OSError as error:
            staged.unlink(missing_ok=True)
            raise _write_problem(error, staged) from error
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        finally:
            shutil.rmtree(staged_files, ignore_errors=True)
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


def _prune_pool(folder: Path) -> None:
    """Removes pool files that no daily copy in `folder` lists; prunes nothing if a copy cannot be read."""
    pool = folder / DOCUMENTS_DIR_NAME / "sha256"
    if not pool.is_dir():
        return
    kept: set[str] = set()
    for copy in folder.glob(f"{DAILY_PREFIX}*.zip"):
        try:
            with zipfile.ZipFile(copy) as archive:
                manifest = json.loads(archive.read(MANIFEST_NAME))
            kept.update(sha256 for sha256, _size, _path in listed_files(manifest))
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, BackupRefused):
            logger.warning("daily copy %s unreadable; its document pool is left as it is", copy.name)
            return
    for stored in pool.glob("*/*"):
        if stored.name not in kept:
            with contextlib.suppress(OSError):
                stored.unlink()


def _new_sync_identity(database: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("UPDATE sync_client SET client_id = ?, needs_rebootstrap = 1 WHERE id = 1",
                               (str(uuid.uuid4()),))
    finally:
        connection.close()

