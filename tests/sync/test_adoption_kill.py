"""A kill in the middle of the adoption's local write leaves nothing half-done (real SQLite files, a real
`kill -9` of a child process); the adoption then runs again whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.services.context import TenantContext
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.adoption import LocalAdoption, mark_path
from tests.sync.adoption_support import ADOPTED, local_counts, make_local_store, sha256_of

SCHOOL = "6f1c1f52-3f0e-4d6b-9a55-0d1f0c7a7a01"
USER = "0b7e3f57-9d7d-4b7a-8f2c-3c4f1b2a9e11"
ROOT = Path(__file__).resolve().parents[2]


def counts(store: LocalStore) -> dict[str, int]:
    with store.engine.connect() as connection:
        found = {t: int(connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
                 for t in (*ADOPTED, "sync_outbox", "blob_uploads")}
        found["integrity"] = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        return found


def test_a_kill_mid_write_leaves_nothing_then_the_adoption_runs_whole(tmp_path: Path) -> None:
    source = tmp_path / "modo-local" / "secretaria.sqlite3"
    make_local_store(source, students=8)
    before_file = sha256_of(source)
    target = tmp_path / "conectado.sqlite3"
    context = TenantContext(SCHOOL, USER, frozenset({"rector"}), "Rectora")
    with LocalStore.open(target) as store:
        LocalSetup(store).adopt(context, school_name="Colegio A", user_email="rectora@colegio.edu.co")
        empty = counts(store)
    ready = tmp_path / "ready"
    child = subprocess.Popen([sys.executable, "-m", "tests.sync.adoption_child", str(source), str(target), str(ready),
                              SCHOOL, USER], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, "the child ended before the crash point"
            assert time.monotonic() < deadline, "the child never reached the crash point"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL

    with LocalStore.open(target) as store:
        assert counts(store) == empty  # no row, no outbox entry, no queued upload
        assert not mark_path(source).exists()
        adoption = LocalAdoption(source, store)
        assert adoption.mark() is None
        result = adoption.adopt(school_id=SCHOOL, school_name="Colegio A", user_id=USER, user_name="Rectora")
        after = counts(store)
    assert dict(result.counts) == local_counts(source)
    assert all(after[t] == empty[t] + result.counts[t] for t in ADOPTED)
    assert after["blob_uploads"] == 1 and after["integrity"] == "ok"
    assert sha256_of(source) == before_file and mark_path(source).is_file()
