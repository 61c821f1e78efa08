"""The local SQLite schema at head: the server's tables copied for SQLite, plus sync bookkeeping.

The domain tables come from `desktop_app.storage.models` (one definition for both databases), copied by
`schema_source.py` into the generated `server_tables.py` (opening the store must not import the ORM models
or the PostgreSQL dialect), with what SQLite cannot take replaced: Postgres-only server defaults
(`gen_random_uuid()`, `'{}'::jsonb`) become SQLite literals or are filled by the store, UUIDs are dashed text (so the outbox JSON carries the same
strings the server expects) and JSON stays JSON (stored as text). Local-only columns (`server_seq`,
search keys) are never captured into the outbox.

Alembic migrations in `migrations/versions/` must build exactly this; `tests/local/test_migrations.py`
compares them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    text,
)

from desktop_app.storage.local.server_tables import NAMING_CONVENTION
from desktop_app.storage.local.server_tables import define as define_server_tables

CAPTURED_TABLES: tuple[str, ...] = (
    "schools",
    "school_settings",
    "school_years",
    "academic_periods",
    "students",
    "guardians",
    "student_guardians",
    "enrollments",
    "enrollment_documents",
)
"""Tables whose every local change is recorded in `sync_outbox` (users and memberships come from the server)."""

LOCAL_ONLY_COLUMNS: dict[str, tuple[str, ...]] = {
    **{name: ("server_seq",) for name in CAPTURED_TABLES},
    "students": ("server_seq", "sort_name", "search_text"),
    "guardians": ("server_seq", "sort_name", "search_text"),
}
"""Columns the server does not have: never put into outbox entries."""

DELETED_AT_TABLES: tuple[str, ...] = (
    "school_settings", "school_years", "academic_periods", "student_guardians", "enrollments", "enrollment_documents",
)
"""Synced tables without `is_active`: their tombstone is `deleted_at` (revision local_0003)."""

LOCAL_PARTIAL_UNIQUE: dict[str, str] = {
    "uq_students_school_document": "server_seq IS NOT NULL",
    "uq_guardians_school_document": "server_seq IS NOT NULL",
}
"""Document uniqueness here covers server-confirmed rows only (sync.md §5.2, revision local_0003): a row
this PC typed that the server holds as a suspected duplicate stays beside the server's row until someone
resolves it; the services still search before creating, so a secretary cannot type a duplicate here."""

SERVER_ONLY_TABLES: tuple[str, ...] = ("enrollment_status_events", "id_aliases", "review_items")
"""Server tables kept here only as JSON in `sync_remote_rows` (no screen reads them as tables yet)."""

local_metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _add_local_columns_and_indexes() -> None:
    # server_seq and deleted_at come with the generated server tables (schema_source.copy_server_tables).
    for name in ("students", "guardians"):
        table = local_metadata.tables[name]
        # Folded (lower-case, accent-free) keys kept by the store: sorting "Álvarez" with the A's and
        # finding "Pérez" when the secretary types "perez".
        table.append_column(Column("sort_name", Text, nullable=False, server_default=text("''")))
        table.append_column(Column("search_text", Text, nullable=False, server_default=text("''")))
        # Covering index of the list screens (revision local_0002): the filter, the sort and the search
        # text are all in the index, so a keystroke's query never touches the table itself.
        Index(f"idx_{name}_list", table.c.school_id, table.c.is_active, table.c.sort_name, table.c.id,
              table.c.search_text)
    students = local_metadata.tables["students"]
    Index("idx_students_similar", students.c.school_id, students.c.sort_name, students.c.birth_date)
    Index("uq_users_email", func.lower(local_metadata.tables["users"].c.email), unique=True)
    Index("idx_enrollments_student", local_metadata.tables["enrollments"].c.student_id)


define_server_tables(local_metadata)
_add_local_columns_and_indexes()

sync_client = Table(
    "sync_client",
    local_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("client_id", String(36), nullable=False),
    Column("school_id", String(36), nullable=False),
    Column("user_id", String(36), nullable=True),
    Column("mode", String(20), nullable=False, server_default=text("'local'")),
    Column("protocol_version", Integer, nullable=False, server_default=text("1")),
    Column("last_acked_mutation_id", Integer, nullable=False, server_default=text("0")),
    Column("write_checkpoint", Integer),
    Column("clock_offset_ms", Integer),
    Column("needs_rebootstrap", Integer, nullable=False, server_default=text("0")),
    Column("last_push_at", Text),
    Column("last_pull_at", Text),
    Column("last_error", Text),
    CheckConstraint("id = 1", name="chk_sync_client_single_row"),
)

sync_tx = Table(
    "sync_tx",
    local_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("current_tx", Integer),
    Column("next_tx", Integer, nullable=False),
    CheckConstraint("id = 1", name="chk_sync_tx_single_row"),
)

sync_flags = Table(
    "sync_flags",
    local_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("applying_remote", Integer, nullable=False, server_default=text("0")),
    CheckConstraint("id = 1", name="chk_sync_flags_single_row"),
)

sync_outbox = Table(
    "sync_outbox",
    local_metadata,
    Column("mutation_id", Integer, primary_key=True, autoincrement=True),
    Column("tx_id", Integer, nullable=False),
    Column("table_name", Text, nullable=False),
    Column("row_id", Text, nullable=False),
    Column("op", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("base", Text),
    Column("base_seq", Integer),
    Column("local_time", Text, nullable=False),
    Column("state", Text, nullable=False, server_default=text("'pending'")),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("reason", Text),
    Column("school_id", String(36)),
    Column("user_id", String(36)),
    CheckConstraint("op IN ('insert', 'patch', 'delete', 'append_event')", name="chk_sync_outbox_op"),
    CheckConstraint("state IN ('pending', 'rejected')", name="chk_sync_outbox_state"),
    CheckConstraint("json_valid(data)", name="chk_sync_outbox_data"),
    CheckConstraint("base IS NULL OR json_valid(base)", name="chk_sync_outbox_base"),
    sqlite_autoincrement=True,
)
Index("sync_outbox_pending_row", sync_outbox.c.table_name, sync_outbox.c.row_id,
      sqlite_where=text("state = 'pending'"))

sync_state = Table(
    "sync_state",
    local_metadata,
    Column("school_id", String(36), primary_key=True),
    Column("cursor", Integer, nullable=False, server_default=text("0")),
    Column("bootstrap_complete", Integer, nullable=False, server_default=text("0")),
    Column("last_digest", Text),
    Column("last_digest_at", Text),
)

# Local only, never synced: each student import, with the before-images of the fields it updated (kept
# here, not read back from the outbox, which sync archives) so that it can be undone (issue 13).
import_batches = Table(
    "import_batches",
    local_metadata,
    Column("id", String(36), primary_key=True),
    Column("school_id", String(36), nullable=False),
    Column("file_name", Text, nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", String(36)),
    Column("school_year_id", String(36)),
    Column("header_key", Text, nullable=False),
    Column("mapping", JSON, nullable=False),
    Column("counts", JSON, nullable=False),
    Column("created_rows", JSON, nullable=False),
    Column("before_images", JSON, nullable=False),
    Column("undone_at", DateTime),
)
Index("idx_import_batches_school", import_batches.c.school_id, import_batches.c.created_at)

sync_outbox_archive = Table(
    "sync_outbox_archive",
    local_metadata,
    Column("mutation_id", Integer, primary_key=True, autoincrement=False),
    Column("tx_id", Integer, nullable=False),
    Column("table_name", Text, nullable=False),
    Column("row_id", Text, nullable=False),
    Column("op", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("base", Text),
    Column("base_seq", Integer),
    Column("local_time", Text, nullable=False),
    Column("school_id", String(36)),
    Column("user_id", String(36)),
    Column("result", Text, nullable=False),
    Column("reason", Text),
    Column("canonical_id", String(36)),
    Column("acked_at", Text, nullable=False),
)
"""Acknowledged outbox entries with the server's result: the replay source if the server is restored."""

sync_remote_rows = Table(
    "sync_remote_rows",
    local_metadata,
    Column("table_name", Text, primary_key=True),
    Column("id", Text, primary_key=True),
    Column("school_id", String(36), nullable=False),
    Column("server_seq", Integer, nullable=False),
    Column("row", JSON, nullable=False),
)
"""Pulled rows of `SERVER_ONLY_TABLES`, whole, as the server sent them."""

BOOLEAN_TYPES = ("BOOLEAN",)


SERVER_OWNED_COLUMNS: dict[str, tuple[str, ...]] = {
    **{name: ("updated_at",) for name in CAPTURED_TABLES},
    "enrollments": ("updated_at", "status", "status_history"),
}
"""Columns the server stamps or recomputes (issue 9): kept here, never captured (revision local_0003)."""


def captured_columns(table_name: str) -> list[Column]:
    """The columns the capture triggers put into outbox entries, in table order."""
    owned = SERVER_OWNED_COLUMNS.get(table_name, ())
    return [c for c in server_columns(table_name) if c.name not in owned and c.name != "server_seq"]


def server_columns(table_name: str) -> list[Column]:
    """The columns of a captured table that exist on the server, in table order."""
    local_only = LOCAL_ONLY_COLUMNS.get(table_name, ())
    return [c for c in local_metadata.tables[table_name].columns if c.name not in local_only]


__all__ = ["CAPTURED_TABLES", "DateTime", "local_metadata", "server_columns"]

# Local-only upload queue of the content-addressed document files (revision local_0004_blob_uploads):
# never captured into the outbox, so a file's upload never holds back a row's push.
blob_uploads = Table(
    "blob_uploads",
    local_metadata,
    Column("key", Text, primary_key=True),
    Column("sha256", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("state", Text, nullable=False, server_default=text("'pending'")),
    Column("upload_id", Text),
    Column("upload_started_at", Text),
    Column("parts", Text, nullable=False, server_default=text("'[]'")),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("error", Text),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    CheckConstraint("state IN ('pending', 'uploading', 'verified', 'failed')", name="chk_blob_uploads_state"),
    CheckConstraint("json_valid(parts)", name="chk_blob_uploads_parts"),
)
Index("idx_blob_uploads_state", blob_uploads.c.state)
