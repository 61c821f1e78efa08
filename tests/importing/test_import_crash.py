"""kill -9 in the middle of an import's commit: afterwards the file holds all 475 students or none of them
(one transaction), never a part, and every row on disk has its outbox entry."""

from __future__ import annotations

import multiprocessing
import os
import random
import select
import signal
import sqlite3
import time
from datetime import date
from pathlib import Path

from desktop_app.domain.import_values import auto_mapping
from desktop_app.services.dto import SchoolYearDraft
from desktop_app.services.importer import ImportService
from desktop_app.services.school_years import SchoolYearService
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.spreadsheet import read_sheet
from tests.importing.roster import make_roster, write_csv

KILLS = 6


def _import_until_killed(path: Path, csv_path: Path, fd: int, year_id: str) -> None:
    try:
        store = LocalStore.open(path, upgrade=False)
        service = ImportService(store, LocalSetup(store).context())
        sheet = read_sheet(csv_path)
        os.write(fd, b"s")  # about to commit
        service.commit(sheet, auto_mapping(sheet.headers), file_name=csv_path.name, school_year_id=year_id)
        os.write(fd, b"d")
        time.sleep(60)
    finally:
        os._exit(1)


def _counts(path: Path) -> tuple[int, int, int]:
    connection = sqlite3.connect(path)
    try:
        students = connection.execute("SELECT count(*) FROM students").fetchone()[0]
        batches = connection.execute("SELECT count(*) FROM import_batches").fetchone()[0]
        orphans = connection.execute(
            "SELECT count(*) FROM students WHERE id NOT IN (SELECT row_id FROM sync_outbox)").fetchone()[0]
    finally:
        connection.close()
    return students, batches, orphans


def test_kill_9_during_the_commit_leaves_all_475_or_none(tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "r.csv", make_roster(500, 25))
    fork = multiprocessing.get_context("fork")
    rng = random.Random(13)
    outcomes = []
    for kill_number in range(KILLS):
        path = tmp_path / f"crash_{kill_number}.sqlite3"
        with LocalStore.open(path) as store:
            context = LocalSetup(store).bootstrap(school_name="Colegio")
            year_id = SchoolYearService(store, context).create_year(
                SchoolYearDraft("2026", date(2026, 1, 20), date(2026, 11, 30), status="active")).id
        baseline = _counts(path)[0]
        read_fd, write_fd = os.pipe()
        child = fork.Process(target=_import_until_killed, args=(path, csv_path, write_fd, year_id), daemon=True)
        child.start()
        os.close(write_fd)
        select.select([read_fd], [], [], 20)  # the child is about to commit
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        os.close(read_fd)
        with LocalStore.open(path) as store:
            assert store.integrity_check() == "ok"
        students, batches, orphans = _counts(path)
        imported = students - baseline
        assert (imported, batches) in ((0, 0), (475, 1)), f"a partial import: {imported} students"
        assert orphans == 0
        outcomes.append(imported)
    assert 0 in outcomes  # at least one kill really landed before the commit finished
