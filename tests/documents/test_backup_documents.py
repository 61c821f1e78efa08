"""Backups carry the scanned documents: listed and checked in the manifest, shared (not copied) by the daily
copies, put back by a restore, and a backup with a missing or altered file refused with nothing changed."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.backup import BackupService
from desktop_app.services.context import TenantContext
from desktop_app.services.documents import DocumentService
from desktop_app.services.ports import BackupRefused
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.backup import MANIFEST_NAME, STORE_NAME, LocalBackups, daily_folder
from desktop_app.storage.local.blobs import ContentStore
from tests.documents.conftest import enroll
from tests.documents.files import make_image, make_pdf, sha256_of


@pytest.fixture
def backups(store: LocalStore, context: TenantContext) -> BackupService:
    return BackupService(LocalBackups(store), context)


@pytest.fixture
def attached(tmp_path: Path, store: LocalStore, context: TenantContext, year: str, documents: DocumentService,
             enrollment: str) -> dict[str, int]:
    """Three files: one shared by two students, one superseded (kept, so backed up), one plain; sha256 -> size."""
    shared = make_pdf(tmp_path / "registro.pdf", pages=2)
    first = make_image(tmp_path / "frente.jpg", size=(50, 30))
    better = make_image(tmp_path / "frente-nitido.jpg", size=(70, 30))
    documents.attach(enrollment, "registro_civil", shared)
    documents.attach(enroll(store, context, year, "1098765432", "Luis Peña"), "registro_civil", shared)
    documents.attach(enrollment, "guardian_identity_document", first)
    documents.attach(enrollment, "guardian_identity_document", better, replaces=[sha256_of(first)])
    return {sha256_of(p): p.stat().st_size for p in (shared, first, better)}


def _entries(manifest: dict) -> dict[str, int]:
    return {entry["sha256"]: entry["size"] for entry in manifest["files"]}


def _manifest_of(backup: Path) -> dict:
    if backup.is_dir():
        return json.loads((backup / MANIFEST_NAME).read_text(encoding="utf-8"))
    with zipfile.ZipFile(backup) as archive:
        return json.loads(archive.read(MANIFEST_NAME))


@pytest.mark.parametrize("name", ["copia.zip", "copia-carpeta"])
def test_a_backup_holds_every_referenced_file_and_its_manifest_lists_them(
    tmp_path: Path, store: LocalStore, backups: BackupService, files: ContentStore, attached: dict[str, int],
    name: str,
) -> None:
    stray = files.path_for("f" * 64)  # a file no row lists is not the school's data
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"ajeno")
    target = tmp_path / "usb" / name

    info = backups.create(target)

    manifest = _manifest_of(target)
    assert _entries(manifest) == attached and info.files == 3 and info.files_absent == 0
    assert manifest["files_base"] == "backup" and manifest["files_absent"] == []
    for entry in manifest["files"]:
        assert entry["path"] == f"documentos/sha256/{entry['sha256'][:2]}/{entry['sha256']}"
    if target.is_dir():
        held = {p.name: p.read_bytes() for p in (target / "documentos").rglob("*") if p.is_file()}
    else:
        with zipfile.ZipFile(target) as archive:
            names = set(archive.namelist())
            assert names == {MANIFEST_NAME, STORE_NAME, *(e["path"] for e in manifest["files"])}
            held = {Path(n).name: archive.read(n) for n in names if n.startswith("documentos/")}
    assert {sha: files.path_for(sha).read_bytes() for sha in attached} == held
    assert backups.inspect(target).files == 3


def test_a_file_missing_on_this_pc_is_listed_as_absent_not_copied(
    tmp_path: Path, backups: BackupService, files: ContentStore, attached: dict[str, int],
) -> None:
    gone, altered, *_ = sorted(attached)
    files.path_for(gone).unlink()
    files.path_for(altered).write_bytes(b"otro contenido")

    info = backups.create(tmp_path / "copia.zip")

    manifest = _manifest_of(tmp_path / "copia.zip")
    assert sorted(manifest["files_absent"], key=lambda e: e["reason"]) == [
        {"sha256": altered, "reason": "altered"}, {"sha256": gone, "reason": "not_on_this_pc"}]
    assert set(_entries(manifest)) == set(attached) - {gone, altered} and info.files_absent == 2
    backups.inspect(tmp_path / "copia.zip")  # what it does list is whole


def test_daily_copies_share_one_pool_of_hard_links_and_drop_what_no_copy_lists(
    store: LocalStore, context: TenantContext, files: ContentStore, attached: dict[str, int],
) -> None:
    local = LocalBackups(store)
    pool = daily_folder(store.path) / "documentos"
    leftover = pool / "sha256" / "ee" / ("e" * 64)  # listed by a copy since deleted
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"viejo")

    monday = local.daily_backup(date(2026, 3, 2))
    tuesday = local.daily_backup(date(2026, 3, 3))

    assert monday is not None and tuesday is not None
    for day in (monday, tuesday):
        manifest = _manifest_of(day)
        assert manifest["files_base"] == "beside" and _entries(manifest) == attached
        with zipfile.ZipFile(day) as archive:
            assert set(archive.namelist()) == {MANIFEST_NAME, STORE_NAME}  # no file copied into a copy
    pooled = sorted(p for p in pool.rglob("*") if p.is_file())
    assert [p.name for p in pooled] == sorted(attached)  # each once, the stale one gone
    for path in pooled:
        assert path.samefile(files.path_for(path.name))  # a hard link: no second copy on disk
        assert sha256_of(path) == path.name
    assert BackupService(local, context).inspect(tuesday).files == 3


def test_restore_puts_the_files_back_checked(
    tmp_path: Path, store: LocalStore, backups: BackupService, files: ContentStore, attached: dict[str, int],
) -> None:
    backups.create(tmp_path / "copia.zip")
    shutil.rmtree(files.root)  # the PC's documents folder lost

    backups.restore(tmp_path / "copia.zip")

    for sha256 in attached:
        assert sha256_of(files.path_for(sha256)) == sha256
    assert sorted(p.name for p in files.root.rglob("*") if p.is_file()) == sorted(attached)  # no staging left


def test_a_daily_copy_still_restores_a_scan_deleted_from_the_live_folder(
    store: LocalStore, files: ContentStore, attached: dict[str, int],
) -> None:
    local = LocalBackups(store)
    copy = local.daily_backup(date(2026, 3, 2))
    assert copy is not None
    lost = sorted(attached)[0]
    files.path_for(lost).unlink()

    local.restore_backup(copy)

    assert sha256_of(files.path_for(lost)) == lost


def _tamper_folder(backup: Path, sha256: str, how: str) -> None:
    path = next((backup / "documentos").rglob(sha256))
    if how == "missing":
        path.unlink()
    else:
        path.write_bytes(path.read_bytes()[:-1] + b"X")  # same size, other content


def _tamper_zip(backup: Path, sha256: str, how: str) -> None:
    rewritten = backup.with_suffix(".tmp")
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith(sha256):
                if how == "missing":
                    continue
                data = b"X" + data[1:]
            target.writestr(item, data)
    rewritten.replace(backup)


def _tamper_pool(backup: Path, sha256: str, how: str) -> None:
    path = next((backup.parent / "documentos").rglob(sha256))
    path.unlink()  # a link: writing to it would alter the live file too
    if how == "altered":
        path.write_bytes(b"otro")


@pytest.mark.parametrize("kind", ["zip", "folder", "daily"])
@pytest.mark.parametrize("how", ["missing", "altered"])
def test_a_backup_with_a_missing_or_altered_file_is_refused_and_nothing_changes(
    tmp_path: Path, store: LocalStore, backups: BackupService, files: ContentStore, attached: dict[str, int],
    kind: str, how: str,
) -> None:
    if kind == "daily":
        made = LocalBackups(store).daily_backup(date(2026, 3, 2))
        assert made is not None
        backup = made
    else:
        backup = backups.create(tmp_path / ("copia.zip" if kind == "zip" else "copia")).path
    victim = sorted(attached)[1]
    {"zip": _tamper_zip, "folder": _tamper_folder, "daily": _tamper_pool}[kind](backup, victim, how)
    files.path_for(victim).unlink()  # so a restore would have to bring it back
    before = {p: p.read_bytes() for p in files.root.rglob("*") if p.is_file()}
    store_before = store.path.read_bytes()

    with pytest.raises(BackupRefused) as inspected:
        backups.inspect(backup)
    with pytest.raises(BackupRefused) as caught:
        backups.restore(backup)

    assert inspected.value.code == caught.value.code == "backup_files_bad"
    message = caught.value.message
    assert "documentos escaneados" in message and "1 de 3" in message and victim[:12] in message
    assert "No se restauró nada" in message
    assert {p: p.read_bytes() for p in files.root.rglob("*") if p.is_file()} == before
    assert store.path.read_bytes() == store_before and not list(store.path.parent.glob("*.restaurando"))
    with store.read() as session:  # the store is still open and in use
        assert session.client_identity() is not None


def test_where_the_disk_cannot_hard_link_the_pool_holds_real_copies(
    store: LocalStore, files: ContentStore, attached: dict[str, int], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.storage.local import backup

    def no_links(_source: object, _target: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what FAT/exFAT and some shares answer

    monkeypatch.setattr(backup.os, "link", no_links)
    local = LocalBackups(store)
    copy = local.daily_backup(date(2026, 3, 2))
    assert copy is not None
    pooled = sorted(p for p in (daily_folder(store.path) / "documentos").rglob("*") if p.is_file())
    assert [p.name for p in pooled] == sorted(attached)
    for path in pooled:
        assert not path.samefile(files.path_for(path.name)) and sha256_of(path) == path.name
    shutil.rmtree(files.root)
    local.restore_backup(copy)
    assert all(sha256_of(files.path_for(sha256)) == sha256 for sha256 in attached)
