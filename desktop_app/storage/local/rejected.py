"""Acting on a change the server rejected (Revisión): retire it, and either send a corrected version or go
back to the server's row. Runs inside the caller's write transaction (one user action = one write).

A retired entry leaves `sync_outbox` for `sync_outbox_archive` with result `corrected` or `discarded`, so the
history of what was typed is kept; it is never pushed again.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from desktop_app.domain.errors import NotFound

KEYS = {"school_settings": "school_id"}


def _entry(conn: Connection, mutation_id: int, school_id: str, user_id: str) -> dict[str, Any]:
    row = conn.exec_driver_sql(
        "SELECT * FROM sync_outbox WHERE mutation_id = ? AND state = 'rejected' AND school_id IS ? "
        "AND (user_id IS ? OR user_id IS NULL)", (mutation_id, school_id, user_id)).mappings().first()
    if row is None:  # already corrected or discarded (another window), or not this user's change
        raise NotFound("not_found", field="mutation_id")
    return dict(row)


def _archive(conn: Connection, entry: dict[str, Any], outcome: str) -> None:
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_outbox_archive (mutation_id, tx_id, table_name, row_id, op, data, base, "
        "base_seq, local_time, school_id, user_id, result, reason, canonical_id, acked_at) "
        "SELECT mutation_id, tx_id, table_name, row_id, op, data, base, base_seq, local_time, school_id, user_id, "
        "?, reason, NULL, ? FROM sync_outbox WHERE mutation_id = ?",
        (outcome, datetime.now(UTC).isoformat(), entry["mutation_id"]))
    conn.exec_driver_sql("DELETE FROM sync_outbox WHERE mutation_id = ?", (entry["mutation_id"],))


def resend_rejected(conn: Connection, mutation_id: int, *, school_id: str, user_id: str) -> None:
    """Called after the corrected row was saved in this transaction: the rejected entry is retired and goes up
    again, with the corrections, as ONE new entry of this transaction. The local row may already hold what was
    typed (so a save captures only the fields corrected now): the new entry is the rejected data overlaid with
    what this save captured, with the rejected entry's op (a refused insert never reached the server) and base."""
    entry = _entry(conn, mutation_id, school_id, user_id)
    _archive(conn, entry, "corrected")
    tx = conn.exec_driver_sql("SELECT current_tx FROM sync_tx WHERE id = 1").scalar()
    where = "tx_id = ? AND table_name = ? AND row_id = ? AND state = 'pending' AND op = 'patch'"
    params = (tx, entry["table_name"], entry["row_id"])
    captured = conn.exec_driver_sql(f"SELECT data, base FROM sync_outbox WHERE {where} ORDER BY mutation_id",
                                    params).all()
    data, base = json.loads(entry["data"]), json.loads(entry["base"]) if entry["base"] else None
    for changed, changed_base in captured:
        data.update(json.loads(str(changed)))
        if base is not None and changed_base:
            base = {**json.loads(str(changed_base)), **base}  # the rejected entry's base is the older server value
    conn.exec_driver_sql(f"DELETE FROM sync_outbox WHERE {where}", params)
    conn.exec_driver_sql(
        "INSERT INTO sync_outbox (tx_id, table_name, row_id, op, data, base, base_seq, local_time, school_id, "
        "user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (tx, entry["table_name"], entry["row_id"], entry["op"], json.dumps(data),
         json.dumps(base) if base is not None else None, entry["base_seq"], datetime.now(UTC).isoformat(),
         entry["school_id"], entry["user_id"]))


def discard_rejected(conn: Connection, mutation_id: int, *, school_id: str, user_id: str) -> None:
    """*Descartar mi cambio*: the row goes back to the server's version. A row the server has is pulled again
    (the sync cursor moves back to just before its `server_seq`, and the engine re-applies it with the pending
    changes on top); a row the server never accepted (a rejected insert) is removed here, without a capture."""
    entry = _entry(conn, mutation_id, school_id, user_id)
    _archive(conn, entry, "discarded")
    table, row_id = entry["table_name"], entry["row_id"]
    if table == "enrollment_status_events":  # the status lives in the enrollment, recomputed by the server
        table, row_id = "enrollments", json.loads(entry["data"]).get("enrollment_id")
    key = KEYS.get(table, "id")
    found = conn.exec_driver_sql(f"SELECT server_seq FROM {table} WHERE {key} = ?", (row_id,)).first()
    if found is None:
        return
    if found[0] is not None:
        conn.exec_driver_sql("UPDATE sync_state SET cursor = min(cursor, ?) WHERE school_id = ?",
                             (int(found[0]) - 1, school_id))
    elif entry["op"] == "insert":
        conn.exec_driver_sql("UPDATE sync_flags SET applying_remote = 1 WHERE id = 1")
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {key} = ?", (row_id,))
        conn.exec_driver_sql("UPDATE sync_flags SET applying_remote = 0 WHERE id = 1")
