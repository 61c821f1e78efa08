"""Local store version 3: what the sync engine needs (issue 9).

- `sync_outbox` records the school and the user of each change (`school_id`, `user_id`; entries already
  pending are given the store's school and user, so nothing waits forever).
- `deleted_at` on the synced tables without `is_active`; a hard DELETE there becomes a soft delete (the
  row stays, `deleted_at` is set, the outbox gets op `delete`). Tables with `is_active` still refuse hard
  deletes, and `is_active` true→false is now a plain `patch` (an ordinary field on the server).
- Server-owned columns are no longer captured: `updated_at` everywhere, `status` and `status_history` of
  enrollments. A status move (an entry appended to `status_history`) is captured as an insert into
  `enrollment_status_events` instead: the server recomputes status and history from those events.
- `sync_outbox_archive` (acknowledged entries with their result) and `sync_remote_rows` (server rows with
  no domain table here: id aliases, review items, status events).

The trigger SQL is frozen in this file, like local_0001's, so later revisions cannot change what this
revision builds.

Revision ID: local_0003
Revises: local_0002
"""

from __future__ import annotations

from alembic import op

revision = "local_0003"
down_revision = "local_0002"
branch_labels = None
depends_on = None

CURRENT_TX = "(SELECT current_tx FROM sync_tx WHERE id = 1)"
CAPTURE_ON = "(SELECT applying_remote FROM sync_flags WHERE id = 1) = 0"
LOCAL_TIME = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
STORE_USER = "(SELECT user_id FROM sync_client WHERE id = 1)"
NEW_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)

DELETED_AT_TABLES = ("school_settings", "school_years", "academic_periods", "student_guardians", "enrollments", "enrollment_documents")
"""Synced tables without `is_active`: they get the `deleted_at` tombstone."""

# (key, tombstone, captured columns as (name, kind)); kind is "json", "bool" or "plain".
CAPTURED_V3: dict[str, tuple[str, str | None, list[tuple[str, str]]]] = {
    "schools": ("id", "is_active", [
        ("id", "plain"), ("name", "plain"), ("nit", "plain"), ("resolution", "plain"), ("is_active", "bool"),
        ("created_at", "plain")]),
    "school_settings": ("school_id", "deleted_at", [
        ("school_id", "plain"), ("pei_summary", "plain"), ("simat_settings", "json"),
        ("branding_settings", "json"), ("security_settings", "json"), ("habeas_data_text", "plain"),
        ("deleted_at", "plain")]),
    "school_years": ("id", "deleted_at", [
        ("id", "plain"), ("school_id", "plain"), ("name", "plain"), ("starts_on", "plain"), ("ends_on", "plain"),
        ("status", "plain"), ("created_at", "plain"), ("deleted_at", "plain")]),
    "academic_periods": ("id", "deleted_at", [
        ("id", "plain"), ("school_id", "plain"), ("school_year_id", "plain"), ("number", "plain"),
        ("name", "plain"), ("starts_on", "plain"), ("ends_on", "plain"), ("status", "plain"),
        ("deleted_at", "plain")]),
    "students": ("id", "is_active", [
        ("id", "plain"), ("school_id", "plain"), ("user_id", "plain"), ("document_type", "plain"),
        ("document_number", "plain"), ("full_name", "plain"), ("birth_date", "plain"), ("gender", "plain"),
        ("is_active", "bool"), ("extra_data", "json"), ("piar_data", "json"), ("created_at", "plain")]),
    "guardians": ("id", "is_active", [
        ("id", "plain"), ("school_id", "plain"), ("document_type", "plain"), ("document_number", "plain"),
        ("full_name", "plain"), ("phone", "plain"), ("email", "plain"), ("address", "plain"),
        ("occupation", "plain"), ("workplace", "plain"), ("is_active", "bool"), ("created_at", "plain")]),
    "student_guardians": ("id", "deleted_at", [
        ("id", "plain"), ("school_id", "plain"), ("student_id", "plain"), ("guardian_id", "plain"),
        ("relationship", "plain"), ("is_primary", "bool"), ("priority", "plain"), ("can_pickup", "bool"),
        ("is_emergency_contact", "bool"), ("created_at", "plain"), ("deleted_at", "plain")]),
    "enrollments": ("id", "deleted_at", [
        ("id", "plain"), ("school_id", "plain"), ("student_id", "plain"), ("school_year_id", "plain"),
        ("grade_level", "plain"), ("group_code", "plain"), ("shift", "plain"), ("simat_status", "json"),
        ("extra_data", "json"), ("created_at", "plain"), ("deleted_at", "plain")]),
    "enrollment_documents": ("id", "deleted_at", [
        ("id", "plain"), ("school_id", "plain"), ("enrollment_id", "plain"), ("document_type", "plain"),
        ("status", "plain"), ("r2_object_key", "plain"), ("file_name", "plain"), ("uploaded_at", "plain"),
        ("validated_at", "plain"), ("validated_by", "plain"), ("accepted_by_guardian_id", "plain"),
        ("document_version", "plain"), ("metadata", "json"), ("deleted_at", "plain")]),
}

OUTBOX_COLUMNS = "(tx_id, table_name, row_id, op, data, base, base_seq, local_time, school_id, user_id)"

NEW_TABLES = [
    """CREATE TABLE sync_outbox_archive (
    mutation_id INTEGER NOT NULL,
    tx_id INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL,
    data TEXT NOT NULL,
    base TEXT,
    base_seq INTEGER,
    local_time TEXT NOT NULL,
    school_id VARCHAR(36),
    user_id VARCHAR(36),
    result TEXT NOT NULL,
    reason TEXT,
    canonical_id VARCHAR(36),
    acked_at TEXT NOT NULL,
    CONSTRAINT sync_outbox_archive_pkey PRIMARY KEY (mutation_id)
)""",
    """CREATE TABLE sync_remote_rows (
    table_name TEXT NOT NULL,
    id TEXT NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    server_seq INTEGER NOT NULL,
    "row" JSON NOT NULL,
    CONSTRAINT sync_remote_rows_pkey PRIMARY KEY (table_name, id)
)""",
]


def _json_value(ref: str, column: str, kind: str) -> str:
    value = f"{ref}.{column}"
    if kind == "json":
        return f"coalesce(json({value}), 'null')"
    if kind == "bool":
        return f"CASE WHEN {value} IS NULL THEN 'null' WHEN {value} THEN 'true' ELSE 'false' END"
    return f"json_quote({value})"


def _row_value(ref: str, column: str, kind: str) -> str:
    value = f"{ref}.{column}"
    if kind == "json":
        return f"json({value})"
    if kind == "bool":
        return f"CASE WHEN {value} IS NULL THEN NULL WHEN {value} THEN json('true') ELSE json('false') END"
    return value


def _changes(ref: str, columns: list[tuple[str, str]]) -> str:
    parts = " UNION ALL ".join(
        f"SELECT '{name}' AS k, {_json_value(ref, name, kind)} AS v WHERE OLD.{name} IS NOT NEW.{name}"
        for name, kind in columns
    )
    return f"(SELECT json_group_object(k, json(v)) FROM ({parts}))"


def _triggers(table: str, key: str, tombstone: str | None, columns: list[tuple[str, str]]) -> list[str]:
    guard = f"SELECT RAISE(ABORT, 'write to {table} outside LocalStore.write()') WHERE {CURRENT_TX} IS NULL;"
    school = "NEW.id" if table == "schools" else "NEW.school_id"
    full_row = "json_object(" + ", ".join(f"'{n}', {_row_value('NEW', n, k)}" for n, k in columns) + ")"
    changed = " OR ".join(f"OLD.{name} IS NOT NEW.{name}" for name, _ in columns)
    op_sql = ("CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'delete' ELSE 'patch' END"
              if tombstone == "deleted_at" else "'patch'")
    statements = [
        f"""CREATE TRIGGER {table}_outbox_insert AFTER INSERT ON {table}
WHEN {CAPTURE_ON}
BEGIN
  {guard}
  INSERT INTO sync_outbox {OUTBOX_COLUMNS}
  VALUES ({CURRENT_TX}, '{table}', NEW.{key}, 'insert', {full_row}, NULL, NULL, {LOCAL_TIME},
          {school}, {STORE_USER});
END""",
        f"""CREATE TRIGGER {table}_outbox_update AFTER UPDATE ON {table}
WHEN {CAPTURE_ON} AND ({changed})
BEGIN
  {guard}
  INSERT INTO sync_outbox {OUTBOX_COLUMNS}
  VALUES ({CURRENT_TX}, '{table}', NEW.{key}, {op_sql}, {_changes('NEW', columns)},
          {_changes('OLD', columns)}, OLD.server_seq, {LOCAL_TIME}, {school}, {STORE_USER});
END""",
    ]
    if tombstone == "deleted_at":
        # The row stays as a tombstone; the UPDATE fires the capture above (op `delete`).
        statements.append(f"""CREATE TRIGGER {table}_on_delete BEFORE DELETE ON {table}
WHEN {CAPTURE_ON}
BEGIN
  {guard.replace('NEW', 'OLD')}
  UPDATE {table} SET deleted_at = {NOW} WHERE {key} = OLD.{key} AND deleted_at IS NULL;
  SELECT RAISE(IGNORE);
END""")
    else:
        statements.append(f"""CREATE TRIGGER {table}_on_delete BEFORE DELETE ON {table}
WHEN {CAPTURE_ON}
BEGIN
  SELECT RAISE(ABORT, 'hard delete not allowed on synced table {table}');
END""")
    return statements


def _status_event_triggers() -> list[str]:
    """Entries appended to `enrollments.status_history` go up as `enrollment_status_events` inserts.

    The entry's keys are the seed's (`from`, `to`, `at`, `by`, `reason`); the event id is new (server
    columns: id, school_id, enrollment_id, status = the status moved to, reason, occurred_at, user_id). Two
    statements: the row id is copied from the data afterwards so both carry the same random id.
    """
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
  WHERE row_id = '' AND table_name = 'enrollment_status_events';"""
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


def upgrade() -> None:
    op.execute("ALTER TABLE sync_outbox ADD COLUMN school_id VARCHAR(36)")
    op.execute("ALTER TABLE sync_outbox ADD COLUMN user_id VARCHAR(36)")
    # Entries written before this version belong to the store's school and user (one of each then).
    op.execute("UPDATE sync_outbox SET school_id = (SELECT school_id FROM sync_client WHERE id = 1), "
               f"user_id = {STORE_USER}")
    for table in DELETED_AT_TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN deleted_at DATETIME")
    for statement in NEW_TABLES:
        op.execute(statement)
    # Document uniqueness among server-confirmed rows only: a held duplicate stays beside the server's row.
    for table in ("students", "guardians"):
        op.execute(f"DROP INDEX uq_{table}_school_document")
        op.execute(f"CREATE UNIQUE INDEX uq_{table}_school_document ON {table} "
                   "(school_id, document_type, document_number) WHERE server_seq IS NOT NULL")
    for table in CAPTURED_V3:
        for suffix in ("outbox_insert", "outbox_update", "on_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
    # Created before the row captures: SQLite runs the most recently created trigger first, so the
    # enrollment's own entry precedes its events in the outbox.
    for statement in _status_event_triggers():
        op.execute(statement)
    for table, (key, tombstone, columns) in CAPTURED_V3.items():
        for statement in _triggers(table, key, tombstone, columns):
            op.execute(statement)
