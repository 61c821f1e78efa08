"""local_0006: the status-event capture looks its new outbox rows up through the index, and an enrollment's
own entry still precedes its events (also in a file upgraded from local_0005)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.demo import load_demo_school
from desktop_app.storage.local import LocalStore
from desktop_app.storage.local.store import upgrade_file

UPDATE = ("UPDATE sync_outbox SET row_id = json_extract(data, '$.id') "
          "WHERE row_id = '' AND table_name = 'enrollment_status_events' AND state = 'pending'")


def events_before_their_enrollment(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT table_name, row_id, json_extract(data, '$.enrollment_id') FROM sync_outbox "
            "WHERE table_name IN ('enrollments', 'enrollment_status_events') ORDER BY mutation_id").fetchall()
    seen: set[str] = set()
    early = 0
    for table, row_id, enrollment in rows:
        if table == "enrollments":
            seen.add(row_id)
        elif enrollment not in seen:
            early += 1
    return early, sum(1 for r in rows if r[0] == "enrollment_status_events")


@pytest.mark.parametrize("from_0005", [False, True])
def test_events_follow_their_enrollment_and_the_lookup_uses_the_index(tmp_path: Path, from_0005: bool) -> None:
    path = tmp_path / "secretaria.sqlite3"
    if from_0005:
        upgrade_file(path, "local_0005_import_batches")
    with LocalStore.open(path) as store:
        load_demo_school(store, students=6, today=date(2027, 3, 2))
    early, events = events_before_their_enrollment(path)
    assert events > 0 and early == 0
    with closing(sqlite3.connect(path)) as connection:
        triggers = [sql for (sql,) in connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'enrollments_status_event_%'")]
        plan = " ".join(str(r[-1]) for r in connection.execute(f"EXPLAIN QUERY PLAN {UPDATE}"))
        assert connection.execute("SELECT count(*) FROM sync_outbox WHERE row_id = ''").fetchone() == (0,)
    assert len(triggers) == 2 and all("state = 'pending'" in sql for sql in triggers)
    assert "USING INDEX sync_outbox_pending_row" in plan
