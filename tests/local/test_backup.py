"""Backups and restores of a real store file: made with the app open, checked, refused, restored aside."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.services.backup import BackupService
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import StudentDraft
from desktop_app.services.ports import BackupRefused
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.backup import MANIFEST_NAME, STORE_NAME, LocalBackups
from desktop_app.storage.local.store import head_revision

_DOCUMENTS = itertools.count(1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "data" / "secretaria.sqlite3") as opened:
        yield opened


@pytest.fixture
def context(store: LocalStore) -> TenantContext:
    return LocalSetup(store).bootstrap(school_name="Colegio San José", user_name="Ana")


def _add_students(store: LocalStore, context: TenantContext, *names: str) -> None:
    students = StudentService(store, context)
    for name in names:
        students.create(StudentDraft("TI", f"10{next(_DOCUMENTS):08d}", name, None))


def _query(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _fingerprint(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


@pytest.mark.parametrize("name", ["copia.zip", "copia-carpeta"])
def test_backup_holds_a_checked_copy_and_a_manifest_of_what_is_in_it(
    store: LocalStore, context: TenantContext, tmp_path: Path, name: str
) -> None:
    _add_students(store, context, "Ana Ruiz", "Luis Peña")
    service = BackupService(LocalBackups(store), context)
    info = service.create(tmp_path / "usb" / name)
    if name.endswith(".zip"):
        with zipfile.ZipFile(tmp_path / "usb" / name) as archive:
            assert set(archive.namelist()) == {MANIFEST_NAME, STORE_NAME}
            archive.extractall(tmp_path / "unzipped")
        folder = tmp_path / "unzipped"
    else:
        folder = tmp_path / "usb" / name
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    copy = folder / STORE_NAME
    assert _query(copy, "PRAGMA integrity_check") == [("ok",)]
    assert _query(copy, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    assert manifest["schema_revision"] == head_revision() == info.schema_revision
    assert manifest["tables"]["students"] == 2 == _query(copy, "SELECT count(*) FROM students")[0][0]
    assert manifest["tables"]["sync_outbox"] == _query(store.path, "SELECT count(*) FROM sync_outbox")[0][0]
    assert manifest["school"]["name"] == "Colegio San José" and manifest["files"] == []
    assert info.created_at is not None and info.counts["students"] == 2
    assert service.inspect(tmp_path / "usb" / name).counts == info.counts
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [name]  # no temporary leftovers


def test_an_existing_target_is_not_overwritten(store: LocalStore, context: TenantContext, tmp_path: Path) -> None:
    service = BackupService(LocalBackups(store), context)
    (tmp_path / "vacía").mkdir()
    service.create(tmp_path / "vacía")  # an empty folder the user made for it is fine
    assert (tmp_path / "vacía" / MANIFEST_NAME).is_file()
    with pytest.raises(BackupRefused):
        service.create(tmp_path / "vacía")  # not once it holds a copy
    service.create(tmp_path / "copia.zip")
    before = _fingerprint(tmp_path / "copia.zip")
    with pytest.raises(BackupRefused) as caught:
        service.create(tmp_path / "copia.zip")
    assert caught.value.code == "backup_target_exists" and _fingerprint(tmp_path / "copia.zip") == before


def test_restoring_an_older_backup_keeps_the_current_store_aside_with_a_new_sync_identity(
    store: LocalStore, context: TenantContext, tmp_path: Path
) -> None:
    _add_students(store, context, "Ana Ruiz")
    service = BackupService(LocalBackups(store), context)
    service.create(tmp_path / "lunes.zip")
    _add_students(store, context, "Luis Peña", "Sofía Díaz")
    old_client_id = _query(store.path, "SELECT client_id FROM sync_client")[0][0]
    pending_in_backup = service.inspect(tmp_path / "lunes.zip").counts["sync_outbox"]

    result = service.restore(tmp_path / "lunes.zip")

    assert result.restored.counts["students"] == 1
    aside = result.previous_store
    assert aside.parent == store.path.parent and "antes-de-restaurar" in aside.name
    assert _query(aside, "SELECT count(*) FROM students")[0][0] == 3  # the replaced data is kept, whole
    with LocalStore.open(store.path) as reopened:
        assert reopened.integrity_check() == "ok"
        with reopened.read() as session:
            identity = session.client_identity()
        assert identity is not None
        assert identity["client_id"] != old_client_id and identity["needs_rebootstrap"] == 1
        assert reopened.pending_outbox_count() == pending_in_backup  # unsent changes are kept
        assert [row[0] for row in _query(store.path, "SELECT full_name FROM students")] == ["Ana Ruiz"]
    assert not list(store.path.parent.glob("*.restaurando"))


def _rewrite_backup(folder: Path, sql: str | None = None, manifest_changes: dict | None = None) -> None:
    if sql:
        connection = sqlite3.connect(folder / STORE_NAME)
        connection.execute(sql)
        connection.commit()
        connection.close()
    if manifest_changes:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        manifest.update(manifest_changes)
        (folder / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")


def test_bad_backups_are_refused_and_the_current_store_is_untouched(
    store: LocalStore, context: TenantContext, tmp_path: Path
) -> None:
    _add_students(store, context, "Ana Ruiz")
    service = BackupService(LocalBackups(store), context)
    newer = tmp_path / "nueva"
    service.create(newer)
    _rewrite_backup(newer, "UPDATE alembic_version SET version_num = 'local_9999'", {"schema_revision": "local_9999"})
    damaged = tmp_path / "dañada"
    service.create(damaged)
    data = bytearray((damaged / STORE_NAME).read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size] = 0x42  # not a valid b-tree page type: every page after the first is broken
    (damaged / STORE_NAME).write_bytes(bytes(data))
    truncated = tmp_path / "cortada.zip"
    service.create(truncated)
    truncated.write_bytes(truncated.read_bytes()[:-200])
    counts_changed = tmp_path / "otra"
    service.create(counts_changed)
    manifest = json.loads((counts_changed / MANIFEST_NAME).read_text(encoding="utf-8"))
    _rewrite_backup(counts_changed, manifest_changes={"tables": {**manifest["tables"], "students": 99}})
    foreign_zip = tmp_path / "fotos.zip"
    with zipfile.ZipFile(foreign_zip, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff")
    foreign_db = tmp_path / "otra-app"
    foreign_db.mkdir()
    (foreign_db / MANIFEST_NAME).write_text('{"format": "otra-cosa"}', encoding="utf-8")
    text_file = tmp_path / "notas.txt"
    text_file.write_text("no es una copia", encoding="utf-8")
    live_before = _query(store.path, "SELECT id, full_name FROM students")
    expected = {
        newer: "backup_newer_schema", damaged: "backup_damaged", truncated: "backup_damaged",
        counts_changed: "backup_damaged", foreign_zip: "backup_foreign", foreign_db: "backup_foreign",
        text_file: "backup_foreign", tmp_path / "no-existe.zip": "backup_not_found",
    }
    for source, code in expected.items():
        with pytest.raises(BackupRefused) as caught:
            service.inspect(source)
        assert caught.value.code == code, source
        with pytest.raises(BackupRefused) as caught:
            service.restore(source)
        assert caught.value.code == code, source
        assert str(source) in caught.value.message
    # the store stayed open and whole: it still reads and writes
    assert _query(store.path, "SELECT id, full_name FROM students") == live_before
    _add_students(store, context, "Después De Todo")
    assert not list(store.path.parent.glob("*antes-de-restaurar*"))


def test_the_daily_copy_is_made_once_a_day_and_the_last_fourteen_are_kept(
    store: LocalStore, context: TenantContext
) -> None:
    service = BackupService(LocalBackups(store), context)
    first = date(2027, 2, 1)
    for day in range(16):
        assert service.daily(first + timedelta(days=day)) is not None
    assert service.daily(first + timedelta(days=15)) is None  # already made today
    kept = sorted(p.name for p in (store.path.parent / "copias").iterdir())
    assert len(kept) == 14
    assert kept[0] == "copia-automatica-2027-02-03.zip" and kept[-1] == "copia-automatica-2027-02-16.zip"


def test_a_demo_store_in_the_same_folder_keeps_its_daily_copies_apart(store: LocalStore, tmp_path: Path) -> None:
    with LocalStore.open(store.path.with_name("demo.sqlite3")) as demo:
        LocalSetup(demo).bootstrap(school_name="Demo")
        assert LocalBackups(demo).daily_backup(date(2027, 2, 1)) is not None
    LocalSetup(store).bootstrap(school_name="Real")
    assert LocalBackups(store).daily_backup(date(2027, 2, 1)) is not None  # not taken for the demo's
    assert [p.name for p in (store.path.parent / "copias-demo").iterdir()] == ["copia-automatica-2027-02-01.zip"]
    assert [p.name for p in (store.path.parent / "copias").iterdir()] == ["copia-automatica-2027-02-01.zip"]


@pytest.fixture
def small_mount(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A tiny tmpfs (size from the test's parameter): a disk that fills up (needs root; skipped elsewhere)."""
    mount_point = tmp_path / "usb-llena"
    mount_point.mkdir()
    if os.geteuid() != 0 or subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={request.param}", "tmpfs", str(mount_point)], capture_output=True
    ).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to: a read-only mount as root (root ignores permissions), else chmod."""
    folder = tmp_path / "solo-lectura"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot make a read-only folder as root here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


# an empty store is ~300 KB, its zip ~12 KB: neither fits
@pytest.mark.parametrize(("small_mount", "name"), [("64k", "copia"), ("8k", "copia.zip")], indirect=["small_mount"])
def test_a_full_disk_gives_a_clear_message_and_leaves_nothing_half_written(
    store: LocalStore, context: TenantContext, small_mount: Path, name: str
) -> None:
    live_before = _fingerprint(store.path)
    with pytest.raises(BackupRefused) as caught:
        BackupService(LocalBackups(store), context).create(small_mount / name)
    assert caught.value.code == "backup_disk_full"
    assert "No hay espacio suficiente" in caught.value.message
    assert list(small_mount.iterdir()) == []
    assert _fingerprint(store.path) == live_before


def test_a_read_only_folder_gives_a_clear_message(
    store: LocalStore, context: TenantContext, read_only_dir: Path
) -> None:
    with pytest.raises(BackupRefused) as caught:
        BackupService(LocalBackups(store), context).create(read_only_dir / "copia.zip")
    assert caught.value.code == "backup_not_writable"
    assert "solo lectura" in caught.value.message and str(read_only_dir) in caught.value.message


def test_a_backup_from_an_older_schema_is_restored_and_upgraded_when_the_app_reopens(
    store: LocalStore, context: TenantContext, tmp_path: Path
) -> None:
    from desktop_app.storage.local.backup import write_backup
    from desktop_app.storage.local.store import upgrade_file

    old_store = tmp_path / "vieja" / "secretaria.sqlite3"
    old_store.parent.mkdir()
    upgrade_file(old_store, "local_0001")  # what an earlier version of the app wrote
    assert write_backup(old_store, tmp_path / "vieja.zip")["schema_revision"] == "local_0001"
    service = BackupService(LocalBackups(store), context)
    assert service.inspect(tmp_path / "vieja.zip").schema_revision == "local_0001"  # older: accepted
    service.restore(tmp_path / "vieja.zip")
    with LocalStore.open(store.path) as reopened:  # what the app does at its next start
        assert _query(reopened.path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        assert reopened.integrity_check() == "ok"
