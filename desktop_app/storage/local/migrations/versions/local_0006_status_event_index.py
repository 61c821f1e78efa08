"""Local store version 6: the capture of status moves finds its new outbox rows through the index.

local_0003's status-event triggers give each new `enrollment_status_events` outbox row its id with
`UPDATE sync_outbox ... WHERE row_id = '' AND table_name = 'enrollment_status_events'`, which scans the whole
outbox once per matrícula written: a transaction writing many matrículas (adopting a local-mode store, an
import, a demo school) was quadratic (5,000 students: 3.5 min, the write lock held all along). The same
statement with `AND state = 'pending'` (new rows are pending) is a look-up in `sync_outbox_pending_row`.
Only the two triggers change; the SQL is frozen here like local_0003's.

Revision ID: local_0006_status_event_index
Revises: local_0005_import_batches
"""

from __future__ import annotations

from alembic import op

revision = "local_0006_status_event_index"
down_revision = "local_0005_import_batches"
branch_labels = None
depends_on = None

CURRENT_TX = "(SELECT current_tx FROM sync_tx WHERE id = 1)"
CAPTURE_ON = "(SELECT applying_remote FROM sync_flags WHERE id = 1) = 0"
LOCAL_TIME = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
STORE_USER = "(SELECT user_id FROM sync_client WHERE id = 1)"
NEW_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)
OUTBOX_COLUMNS = "(tx_id, table_name, row_id, op, data, base, base_seq, local_time, school_id, user_id)"


def _status_event_triggers(row_filter: str) -> list[str]:
    event = (
        f"json_object('id', {NEW_UUID}, 'school_id', NEW.school_id, 'enrollment_id', NEW.id,"
        " 'status', json_extract(e.value, '$.to'), 'reason', json_extract(e.value, '$.reason'),"
        " 'occurred_at', json_extract(e.value, '$.at'), 'user_id', json_extract(e.value, '$.by'))"
    )
    body = f"""
  INSERT INTO sync_outbox {OUTBOX_COLUMNS}
  SELECT {CURRENT_TX}, 'enrollment_status_events', '', 'insert', {event}, NULL, NULL, {LOCAL_TIME},
         NEW.school_id, {STORE_USER}
  FROM json_each(NEW.status_history) AS e WHERE e.key >= {{start}} ORDER BY e.key;
  UPDATE sync_outbox SET row_id = json_extract(data, '$.id')
  WHERE {row_filter};"""
    return [
        f"""CREATE TRIGGER enrollments_status_event_insert AFTER INSERT ON enrollments
WHEN {CAPTURE_ON} AND json_array_length(NEW.status_history) > 0
BEGIN{body.format(start=0)}
END""",
        f"""CREATE TRIGGER enrollments_status_event_update AFTER UPDATE OF status_history ON enrollments
WHEN {CAPTURE_ON} AND json_array_length(NEW.status_history) > json_array_length(OLD.status_history)
BEGIN{body.format(start='json_array_length(OLD.status_history)')}
END""",
    ]


def _replace(row_filter: str) -> None:
    """SQLite runs the most recently created trigger first, and the enrollment's own outbox entry must precede
    its events (local_0003): the other triggers of `enrollments` are dropped too and created again, as they
    are, after the status-event ones."""
    others: list[tuple[str, str]] = [(str(name), str(sql)) for name, sql in op.get_bind().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'enrollments' "
        "AND name NOT LIKE 'enrollments_status_event_%' ORDER BY rowid")]
    for name in ("enrollments_status_event_insert", "enrollments_status_event_update", *(n for n, _ in others)):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in [*_status_event_triggers(row_filter), *(sql for _, sql in others)]:
        op.execute(statement)


def upgrade() -> None:
    _replace("row_id = '' AND table_name = 'enrollment_status_events' AND state = 'pending'")


def downgrade() -> None:
    _replace("row_id = '' AND table_name = 'enrollment_status_events'")
