"""Backups with scanned documents: a zip and a folder copy, two daily copies (the second finds every file in
the shared pool), the file checks a restore makes, and the restore.

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_backup_documents.py -s
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.backup import BackupService
from desktop_app.services.documents import DocumentService
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.backup import LocalBackups, daily_folder
from desktop_app.storage.local.blobs import ContentStore, documents_dir
from tests.documents.conftest import enroll
from tests.documents.files import make_pdf

pytestmark = pytest.mark.benchmark

SCANS = 120
SCAN_BYTES = 400_000  # a one-page scan at 200 dpi


def test_backup_times_with_scans(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data" / "secretaria.sqlite3")
    context = LocalSetup(store).bootstrap()
    year = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27), status="active")).id
    documents = DocumentService(store, context, ContentStore(documents_dir(store.path)))
    for n in range(SCANS // 2):
        enrollment = enroll(store, context, year, f"10{n:08d}", f"Estudiante {n}")
        for code in ("registro_civil", "photos"):
            documents.attach(enrollment, code, make_pdf(tmp_path / f"scan-{n}-{code}.pdf", padding=SCAN_BYTES))
    local = LocalBackups(store)
    service = BackupService(local, context)
    times = {}
    for label, action in (
        ("zip copy", lambda: service.create(tmp_path / "usb" / "copia.zip")),
        ("folder copy", lambda: service.create(tmp_path / "usb" / "copia")),
        ("daily copy, first (links, hashes)", lambda: local.daily_backup(date(2026, 3, 2))),
        ("daily copy, next day (pool present)", lambda: local.daily_backup(date(2026, 3, 3))),
        ("check a zip (restore's first step)", lambda: service.inspect(tmp_path / "usb" / "copia.zip")),
        ("check a daily copy", lambda: service.inspect(daily_folder(store.path) / "copia-automatica-2026-03-03.zip")),
        ("restore from the zip", lambda: service.restore(tmp_path / "usb" / "copia.zip")),
    ):
        started = time.perf_counter()
        action()
        times[label] = time.perf_counter() - started
    total_mb = sum(p.stat().st_size for p in documents_dir(store.path).rglob("*") if p.is_file()) / 1e6
    zip_mb = (tmp_path / "usb" / "copia.zip").stat().st_size / 1e6
    print(f"\n{SCANS} scans, {total_mb:.1f} MB: zip {zip_mb:.1f} MB")
    for label, seconds in times.items():
        print(f"  {label:<40} {seconds * 1000:8.0f} ms")
    store.close()
    assert times["daily copy, next day (pool present)"] < times["zip copy"]
