"""The local file's schema: built by Alembic to exactly the head metadata, upgraded in place without loss."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from desktop_app.services.dto import StudentDraft, StudentQuery
from desktop_app.services.setup import LocalSetup
from desktop_app.services.students import StudentService
from desktop_app.storage.local import LocalStore, StoreOpenError
from desktop_app.storage.local.schema import local_metadata
from desktop_app.storage.local.store import head_revision
from tests.sync.old_store import write_old_store


def revision_of(path: Path) -> str | None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


# SQLite cannot reflect the expression index lower(email); everything else is compared.
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_a_new_file_is_at_head_and_matches_the_metadata(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    LocalStore.open(path).close()
    assert revision_of(path) == head_revision()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), local_metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_reopening_a_current_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with LocalStore.open(path) as store:
        LocalSetup(store).bootstrap()
    size = path.stat().st_size
    with LocalStore.open(path) as store:
        assert LocalSetup(store).is_set_up()
    assert path.stat().st_size == size and revision_of(path) == head_revision()


def test_a_version_1_file_with_pending_outbox_is_upgraded_in_place_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    # The file as the first release wrote it, with pending entries (plain SQL: today's code knows only head).
    ids = write_old_store(path, "local_0001")
    assert revision_of(path) == "local_0001"
    saved = ids["students"]
    before = _dump_outbox(path)
    assert len(before) == 2 + 20 + 2 + 3 and all(e[-1] == "pending" for e in before)

    with LocalStore.open(path) as upgraded:
        assert revision_of(path) == head_revision() != "local_0001"
        assert _dump_outbox(path) == before
        assert upgraded.integrity_check() == "ok"
        context = LocalSetup(upgraded).context()
        students = StudentService(upgraded, context)
        assert len(students.list_ids(StudentQuery(active_only=False))) == 20
        assert students.list_ids(StudentQuery(text="perez nunez")) == [saved[0]]
        # New saves keep numbering after the old entries: no mutation id is ever reused.
        students.create(StudentDraft("TI", "1099999999", "Nueva Después", None))
    after = _dump_outbox(path)
    assert after[: len(before)] == before and after[-1][0] == before[-1][0] + 1
    index_names = {row[0] for row in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "idx_students_list" in index_names and "idx_students_school_sort_name" not in index_names


def _engine(path: Path):
    from desktop_app.storage.local.store import _make_engine

    return _make_engine(path)


def _dump_outbox(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT mutation_id, tx_id, table_name, row_id, op, data, base, state FROM sync_outbox ORDER BY 1"
        ).fetchall()
    finally:
        connection.close()
    for row in rows:
        json.loads(row[5])
    return rows


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    LocalStore.open(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'local_9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreOpenError, match="newer version"):
        LocalStore.open(path)
    assert path.read_bytes() == before


def test_a_damaged_file_is_refused_with_a_clear_error_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not an SQLite database, perhaps a half-copied file" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreOpenError, match="not a readable store"):
        LocalStore.open(path)
    assert path.read_bytes() == before
