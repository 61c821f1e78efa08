"""Adoption figures (README, Subir los datos de este equipo al colegio): the preview and the one local write of
a 5,000-student local-mode store, and the push of a 1,000-student one to the real server.

    .venv/bin/python -m pytest -q -s -m benchmark tests/benchmarks/test_adoption.py -p no:randomly
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_app.services.adoption import AdoptionService
from desktop_app.services.context import TenantContext
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.adoption import LocalAdoption
from tests.sync.adoption_support import make_local_store, mark_pulled
from tests.sync.conftest import make_pc, sync_db  # noqa: F401  (the sync test fixtures)

pytestmark = pytest.mark.benchmark


def test_local_write_of_5000_students(tmp_path: Path) -> None:
    source = tmp_path / "modo-local" / "secretaria.sqlite3"
    make_local_store(source, students=5000)
    context = TenantContext("6f1c1f52-3f0e-4d6b-9a55-0d1f0c7a7a01", "0b7e3f57-9d7d-4b7a-8f2c-3c4f1b2a9e11",
                            frozenset({"rector"}), "Rectora")
    with LocalStore.open(tmp_path / "conectado.sqlite3") as store:
        LocalSetup(store).adopt(context, school_name="Colegio A", user_email="rectora@colegio.edu.co")
        mark_pulled(store.path, context.school_id)
        service = AdoptionService(LocalAdoption(source, store), context, school_name="Colegio A")
        started = time.perf_counter()
        preview = service.preview()
        previewed = time.perf_counter() - started
        started = time.perf_counter()
        result = service.adopt()
        written = time.perf_counter() - started
    rows = sum(result.counts.values())
    print(f"\nadoption of {rows} rows (5,000 students): preview {previewed:.2f} s, one local write {written:.2f} s")
    assert rows == preview.survey.total


def test_push_of_an_adopted_1000_student_store(make_pc, tmp_path: Path) -> None:  # noqa: F811
    source = tmp_path / "modo-local" / "secretaria.sqlite3"
    make_local_store(source, students=1000)
    pc = make_pc("conectado", "rector")
    pc.sync()
    AdoptionService(LocalAdoption(source, pc.store), pc.context, school_name="Colegio A").adopt()
    queued = pc.rows("SELECT count(*) FROM sync_outbox")[0][0]
    started = time.perf_counter()
    report = pc.sync()
    elapsed = time.perf_counter() - started
    print(f"\npush of {queued} adopted operations (1,000 students) in chunks of 1,000, pulled back: {elapsed:.2f} s")
    assert report.pending == 0
