"""Import speed: read, preview and commit 5,000 rows (XLSX and CSV) into a demo school of 5,000 students.
Issue 13 asks preview < 5 s and commit < 10 s.

Run: .venv/bin/python -m pytest -m benchmark tests/benchmarks/test_import.py -s -p no:randomly
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.import_values import auto_mapping
from desktop_app.services.demo import load_demo_school
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.importer import ImportService, Status
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.spreadsheet import read_sheet
from tests.importing.roster import make_roster, write_csv, write_xlsx

pytestmark = pytest.mark.benchmark


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_preview_and_commit_of_5000_rows(tmp_path: Path, kind: str) -> None:
    store = LocalStore.open(tmp_path / "secretaria.sqlite3")
    load_demo_school(store, students=5_000, seed=13)
    context = LocalSetup(store).context()
    year_id = SchoolYearService(store, context).create_year(
        SchoolYearDraft("2030", date(2030, 1, 20), date(2030, 11, 30))).id
    roster = make_roster(5_000, 50, start=1_090_000_000)
    path = (write_xlsx if kind == "xlsx" else write_csv)(tmp_path / f"r.{kind}", roster)
    service = ImportService(store, context)

    started = time.perf_counter()
    sheet = read_sheet(path)
    read_s = time.perf_counter() - started
    mapping = auto_mapping(sheet.headers)
    started = time.perf_counter()
    preview = service.preview(sheet, mapping, school_year_id=year_id)
    preview_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    batch = service.commit(sheet, mapping, file_name=path.name, school_year_id=year_id)
    commit_s, commit_cpu = time.perf_counter() - started, time.process_time() - cpu

    print(f"\n{kind}: read {read_s:.2f} s, preview {preview_s:.2f} s, commit {commit_s:.2f} s "
          f"(CPU {commit_cpu:.2f} s), "
          f"{preview.counts}, {batch.counts}")
    assert preview.count(Status.error) == 50
    assert batch.counts["created"] == 4_950
    assert preview_s < 5 and commit_s < 10
    store.close()
