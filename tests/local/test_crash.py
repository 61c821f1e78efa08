"""kill -9 in the middle of a stream of saves, over and over: nothing that was reported saved is lost.

A forked child saves students through the real service (create, and every third one an update) and writes
each returned save to a pipe the moment `create`/`update` returns. The parent SIGKILLs it at a random
moment, then reopens the file through `LocalStore.open` and checks: integrity_check is ok, every reported
student is on disk with its outbox entry (and every reported update with its patch entry). Several kills
hit the same file, so recovery of a file that was itself recovered is exercised too.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import select
import signal
import sqlite3
import time
from pathlib import Path

from desktop_app.services.dto import StudentDraft
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore

FILES = 25
KILLS_PER_FILE = 9  # 225 kills in all: about 20-35 s on the 2-core dev container


def _save_until_killed(path: Path, fd: int, run: int) -> None:
    try:
        store = LocalStore.open(path, upgrade=False)
        service = StudentService(store, LocalSetup(store).context())
        i = 0
        while True:
            number = f"1{run:04d}{i:05d}"
            row = service.create(StudentDraft("TI", number, f"Estudiante {run} {i}", None))
            os.write(fd, f"c {row.id}\n".encode())
            if i % 3 == 2:
                name = f"Estudiante {run} {i} editado"
                service.update(row.id, StudentDraft("TI", number, name, None))
                os.write(fd, f"u {row.id} {name}\n".encode())
            i += 1
    finally:
        os._exit(1)


def _read_reports(fd: int) -> list[str]:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    text = b"".join(chunks).decode()
    return [line for line in text.split("\n") if line]  # each report is one write(): never torn


def _check(path: Path, created: set[str], updated: dict[str, str]) -> None:
    with LocalStore.open(path) as store:
        assert store.integrity_check() == "ok"
    connection = sqlite3.connect(path)
    try:
        students = dict(connection.execute("SELECT id, full_name FROM students"))
        inserts = {row_id for (row_id,) in connection.execute(
            "SELECT row_id FROM sync_outbox WHERE table_name = 'students' AND op = 'insert'")}
        patches = {(row_id, json.loads(data).get("full_name")) for row_id, data in connection.execute(
            "SELECT row_id, data FROM sync_outbox WHERE table_name = 'students' AND op = 'patch'")}
        orphans = connection.execute(
            "SELECT count(*) FROM students WHERE id NOT IN (SELECT row_id FROM sync_outbox)").fetchone()[0]
    finally:
        connection.close()
    missing = created - students.keys()
    assert not missing, f"{len(missing)} reported saves lost"
    assert created <= inserts, "a reported save has no outbox entry"
    assert orphans == 0, "a row reached the disk without its outbox entry"
    for student_id, name in updated.items():
        assert students[student_id] == name
        assert (student_id, name) in patches


def test_kill_9_during_saves_loses_nothing_that_returned(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    fork = multiprocessing.get_context("fork")
    kills = 0
    total_reported = 0
    for file_number in range(FILES):
        path = tmp_path / f"crash_{file_number}.sqlite3"
        with LocalStore.open(path) as store:
            LocalSetup(store).bootstrap(school_name=f"Colegio {file_number}")
        created: set[str] = set()
        updated: dict[str, str] = {}
        for kill_number in range(KILLS_PER_FILE):
            read_fd, write_fd = os.pipe()
            child = fork.Process(target=_save_until_killed,
                                 args=(path, write_fd, file_number * 100 + kill_number), daemon=True)
            child.start()
            os.close(write_fd)
            # Wait for the first returned save (the child is then mid-stream), then a random moment more.
            select.select([read_fd], [], [], 10)
            time.sleep(rng.uniform(0.0, 0.06))
            os.kill(child.pid, signal.SIGKILL)
            child.join()
            assert child.exitcode == -signal.SIGKILL
            kills += 1
            reports = _read_reports(read_fd)
            total_reported += len(reports)
            for line in reports:
                kind, student_id, *name = line.split(" ", 2)
                if kind == "c":
                    created.add(student_id)
                else:
                    updated[student_id] = name[0]
            _check(path, created, updated)
    assert kills >= 200
    assert total_reported > 2 * kills  # the children really were in the middle of a stream of saves
