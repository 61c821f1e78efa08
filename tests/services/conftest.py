"""Services on a real SQLite file in a temp dir, inside a school created by the local first-run setup."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.context import TenantContext
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local import LocalStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def context(store: LocalStore) -> TenantContext:
    return LocalSetup(store).bootstrap(school_name="Colegio San José", user_name="Ana Secretaria")


def outbox(store: LocalStore, table: str | None = None) -> list[dict]:
    """The outbox entries, oldest first (read straight from the file)."""
    import json
    import sqlite3

    connection = sqlite3.connect(store.path)
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute(
            "SELECT * FROM sync_outbox WHERE (? IS NULL OR table_name = ?) ORDER BY mutation_id", (table, table)
        ).fetchall()
    finally:
        connection.close()
    result = []
    for row in rows:
        entry = dict(row)
        entry["data"] = json.loads(entry["data"])
        entry["base"] = json.loads(entry["base"]) if entry["base"] else None
        result.append(entry)
    return result
