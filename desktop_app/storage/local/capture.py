"""SQLite triggers that write the outbox: every change to a captured table records itself.

Why triggers rather than a unit of work that adds outbox rows: a trigger runs inside the very statement
that changes the row, so no code path (a service, a bulk import, a future repair script) can change a
synced row without its outbox entry, and the two commit or vanish together. The triggers also refuse any
write made outside `LocalStore.write()` (no transaction id in `sync_tx`) and any hard DELETE, so the only
way to remove a row is the soft delete (`is_active = 0`), emitted as op `delete`.

The sync engine applies server rows with `sync_flags.applying_remote = 1`, which silences the capture.
The column lists are passed in explicitly so that each migration freezes the triggers of its own schema.
"""

from __future__ import annotations

from collections.abc import Sequence

CURRENT_TX = "(SELECT current_tx FROM sync_tx WHERE id = 1)"
CAPTURE_ON = "(SELECT applying_remote FROM sync_flags WHERE id = 1) = 0"
LOCAL_TIME = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _json_value(ref: str, column: str, kind: str) -> str:
    """A JSON text for one column value: JSON columns as JSON, booleans as true/false, the rest quoted."""
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


def _object_of_changes(ref: str, columns: Sequence[tuple[str, str]]) -> str:
    parts = " UNION ALL ".join(
        f"SELECT '{name}' AS k, {_json_value(ref, name, kind)} AS v WHERE OLD.{name} IS NOT NEW.{name}"
        for name, kind in columns
    )
    return f"(SELECT json_group_object(k, json(v)) FROM ({parts}))"


def capture_trigger_sql(
    table: str, columns: Sequence[tuple[str, str]], *, key: str = "id", soft_delete: bool
) -> list[str]:
    """CREATE TRIGGER statements for one table.

    `columns` are the server columns as (name, kind) with kind "json", "bool" or "plain"; local-only
    columns are left out, so changing only them writes no outbox entry. Tables with `is_active`
    (`soft_delete`) refuse hard deletes; the others (links, checklist items, periods) record a hard delete
    as op `delete` with the removed row as `base`.
    """
    no_tx_guard = (
        f"SELECT RAISE(ABORT, 'write to {table} outside LocalStore.write()') WHERE {CURRENT_TX} IS NULL;"
    )
    # Inside one expression SQLite keeps the JSON subtype, so plain values need no quoting here.
    full_row = "json_object(" + ", ".join(f"'{name}', {_row_value('NEW', name, kind)}" for name, kind in columns) + ")"
    changed = " OR ".join(f"OLD.{name} IS NOT NEW.{name}" for name, _ in columns)
    op = "CASE WHEN OLD.is_active AND NOT NEW.is_active THEN 'delete' ELSE 'patch' END" if soft_delete else "'patch'"
    outbox_columns = "(tx_id, table_name, row_id, op, data, base, base_seq, local_time)"
    old_row = full_row.replace("NEW.", "OLD.")
    if soft_delete:
        delete_trigger = f"""CREATE TRIGGER {table}_on_delete BEFORE DELETE ON {table}
WHEN {CAPTURE_ON}
BEGIN
  SELECT RAISE(ABORT, 'hard delete not allowed on synced table {table}: deactivate it');
END"""
    else:
        delete_trigger = f"""CREATE TRIGGER {table}_on_delete AFTER DELETE ON {table}
WHEN {CAPTURE_ON}
BEGIN
  {no_tx_guard}
  INSERT INTO sync_outbox {outbox_columns}
  VALUES ({CURRENT_TX}, '{table}', OLD.{key}, 'delete', '{{}}', {old_row}, OLD.server_seq, {LOCAL_TIME});
END"""
    return [
        f"""CREATE TRIGGER {table}_outbox_insert AFTER INSERT ON {table}
WHEN {CAPTURE_ON}
BEGIN
  {no_tx_guard}
  INSERT INTO sync_outbox {outbox_columns}
  VALUES ({CURRENT_TX}, '{table}', NEW.{key}, 'insert', {full_row}, NULL, NULL, {LOCAL_TIME});
END""",
        f"""CREATE TRIGGER {table}_outbox_update AFTER UPDATE ON {table}
WHEN {CAPTURE_ON} AND ({changed})
BEGIN
  {no_tx_guard}
  INSERT INTO sync_outbox {outbox_columns}
  VALUES ({CURRENT_TX}, '{table}', NEW.{key}, {op}, {_object_of_changes('NEW', columns)},
          {_object_of_changes('OLD', columns)}, OLD.server_seq, {LOCAL_TIME});
END""",
        delete_trigger,
    ]


def drop_trigger_sql(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_{suffix}"
        for suffix in ("outbox_insert", "outbox_update", "on_delete")
    ]
