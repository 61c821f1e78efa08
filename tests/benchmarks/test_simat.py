"""SIMAT speed: review + export of 3,000 matrículas, and comparing a 3,000-row listing (each < 5 s).

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_simat.py -s
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_app.services.demo import load_demo_school
from desktop_app.services.simat import SimatService
from desktop_app.services.simat_reconcile import SimatReconcileService
from desktop_app.storage.local import LocalStore

pytestmark = pytest.mark.benchmark

ALL_STATUSES = ("active", "in_review", "pending_documents", "withdrawn")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_three_thousand_matriculas(tmp_path: Path, suffix: str) -> None:
    with LocalStore.open(tmp_path / "store.sqlite3") as store:
        demo = load_demo_school(store, students=3300, seed=3)
        target = tmp_path / f"simat{suffix}"
        started = time.perf_counter()
        result = SimatService(store, demo.context).export(demo.current_year_id, target, statuses=ALL_STATUSES,
                                                         only_valid=True)
        export_seconds = time.perf_counter() - started
        assert result.total >= 3000
        started = time.perf_counter()
        compared = SimatReconcileService(store, demo.context).compare(target, demo.current_year_id,
                                                                      statuses=ALL_STATUSES)
        compare_seconds = time.perf_counter() - started
        assert compared.counts()["sin_diferencias"] == result.written
        print(f"\nSIMAT {suffix}: {result.total} matrículas validate+export {export_seconds:.2f} s; "
              f"compare {result.written}-row listing {compare_seconds:.2f} s")
        assert export_seconds < 5 and compare_seconds < 5
