"""Backup speed on a demo school: a .zip and a folder copy, the checks a restore makes, and the restore itself.

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_backup.py -s
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_app.services.backup import BackupService
from desktop_app.services.demo import load_demo_school
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.backup import LocalBackups

pytestmark = pytest.mark.benchmark


@pytest.mark.parametrize("students", [5_000])
def test_backup_and_restore_times(tmp_path: Path, students: int) -> None:
    store = LocalStore.open(tmp_path / "data" / "secretaria.sqlite3")
    load_demo_school(store, students=students, seed=students)
    service = BackupService(LocalBackups(store), LocalSetup(store).context())
    size_mb = store.path.stat().st_size / 1e6
    times = {}
    for label, action in (
        ("zip copy", lambda: service.create(tmp_path / "copia.zip")),
        ("folder copy", lambda: service.create(tmp_path / "copia")),
        ("check a zip (restore's first step)", lambda: service.inspect(tmp_path / "copia.zip")),
        ("restore from the zip", lambda: service.restore(tmp_path / "copia.zip")),
    ):
        started = time.perf_counter()
        action()
        times[label] = time.perf_counter() - started
    zip_mb = (tmp_path / "copia.zip").stat().st_size / 1e6
    print(f"\n{students} students: store {size_mb:.1f} MB, zip {zip_mb:.1f} MB")
    for label, seconds in times.items():
        print(f"  {label:<40} {seconds * 1000:8.0f} ms")
    store.close()
    assert times["zip copy"] < 60
