"""Revisión listing: refused local changes and open server review items, read from a real store file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.services.sync_review import REJECTED_LOCAL, SyncReviewService
from desktop_app.storage.local.store import LocalStore
from desktop_app.sync.review import StoreReviewSource

SCHOOL = "11111111-1111-1111-1111-111111111111"


def _item(item_id: str, kind: str, seq: int, payload: dict[str, object], status: str = "open") -> tuple[object, ...]:
    row = {"id": item_id, "school_id": SCHOOL, "kind": kind, "table_name": "students", "row_id": item_id,
           "other_row_id": None, "payload": payload, "status": status, "created_at": "2026-11-28T06:00:00+00:00"}
    return ("review_items", item_id, SCHOOL, seq, json.dumps(row))


def make_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    LocalStore.open(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO sync_outbox (tx_id, table_name, row_id, op, data, local_time, state, reason) "
            "VALUES (7, 'students', 'r1', 'insert', ?, '2026-11-28T06:00:00', 'rejected', ?)",
            (json.dumps({"full_name": "Luisa Gómez", "document_number": "1012345678"}),
             "No tiene permiso para crear estudiantes."))
        conn.execute("INSERT INTO sync_outbox (tx_id, table_name, row_id, op, data, local_time) "
                     "VALUES (8, 'students', 'r2', 'insert', '{}', '2026-11-28T06:00:01')")  # pending: not shown
        conn.executemany("INSERT INTO sync_remote_rows (table_name, id, school_id, server_seq, \"row\") "
                         "VALUES (?, ?, ?, ?, ?)", [
                             _item("a", "field_conflict", 3, {"fields": {"full_name": {"server": "Ana", "yours": "Ana María"}}}),
                             _item("b", "duplicate_suspect", 4, {"data": {"full_name": "Pedro Ruiz"},
                                                                 "existing": {"full_name": "Pedro Ríos"}}),
                             _item("c", "duplicate_suspect", 5, {"data": {"full_name": "X"}}, status="resolved"),
                             _item("d", "invalid_transition", 6, {"event": {"status": "graduated", "reason": "Fin"},
                                                                  "status": "withdrawn"}),
                         ])
    conn.close()
    return path


def test_the_summary_lists_rejected_changes_and_open_items_grouped_with_counts(tmp_path: Path) -> None:
    summary = SyncReviewService(StoreReviewSource(make_store(tmp_path))).summary()

    assert [entry.kind for entry in summary.entries] == [REJECTED_LOCAL, "duplicate_suspect", "field_conflict",
                                                         "invalid_transition"]
    assert summary.counts == {REJECTED_LOCAL: 1, "duplicate_suspect": 1, "field_conflict": 1, "invalid_transition": 1}
    assert summary.total == 4
    rejected, duplicate, conflict, transition = summary.entries
    assert transition.data == {"status": "graduated", "reason": "Fin"}  # the status move typed
    assert rejected.reason == "No tiene permiso para crear estudiantes."
    assert rejected.data == {"full_name": "Luisa Gómez", "document_number": "1012345678"}
    assert duplicate.data == {"full_name": "Pedro Ruiz"} and duplicate.item is not None
    assert duplicate.item.existing == {"full_name": "Pedro Ríos"}
    assert conflict.item is not None
    assert [(c.field, c.server, c.yours) for c in conflict.item.conflicts] == [("full_name", "Ana", "Ana María")]


def test_an_empty_store_has_nothing_to_review(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    LocalStore.open(path).close()
    assert SyncReviewService(StoreReviewSource(path)).summary().total == 0
