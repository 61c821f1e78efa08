"""Sync: one write path on the server, a commit-ordered cursor, and the four sync functions.

The cursor
    `sync.seq` (one global sequence) and the trigger `sync.stamp()` on every synced table: it takes the
    school's writer lock (a row lock in the owner-only `sync.writer_locks`, which no PC login can take)
    *before* drawing `server_seq`, so within a school a row with seq k is visible no later than every row
    with seq > k (sync.md §4.4): a puller reading `server_seq > cursor` never skips a row. It also stamps
    `updated_at` where the table has one.
    `(school_id, server_seq)` indexes serve the pull; tables without `is_active` get `deleted_at`
    (tombstones), and a trigger refuses every hard delete (unless `sync.gc = on`, for a future clean-up job).

New synced tables (public, RLS, read-only for the desktop role)
    `enrollment_status_events` (append-only status moves; `enrollments.status` and `status_history` are
    recomputed from them by the server, ordered by the PC's time corrected with the clock offset measured at
    that push, ties by server_seq and id; existing histories are backfilled), `review_items` (what a person
    must decide), `id_aliases` (merged ids: loser -> winner).

Server-only bookkeeping (schema `sync`)
    `clients` (client_id, school_id) -> last mutation id; `mutation_results` (idempotent replies);
    `held_mutations` (a suspected duplicate and everything that depends on it); `horizon`; `table_rules` and
    `transitions` (the per-table conflict rules and the enrollment status machine, frozen here);
    `test_switches` (planted bugs for the test harness, owner only).

The functions (sync.push / pull / digest / resolve, in sql/0005_sync_functions.sql and 0005_resolve.sql)
    One statement each in autocommit (works through a transaction-mode pooler), SECURITY DEFINER, owned by
    `secretaria_sync` (NOLOGIN, NOBYPASSRLS), fixed search_path; each sets the access token
    transaction-locally and verifies it and the user's membership in the school once (sync._begin), then the
    sync role's row-level security admits only that school's rows for the call. Every mutation is checked with
    `app_auth.has_action` (migration 0004) and the domain rules; a refusal is a `rejected` result with a
    Spanish reason and a review item, never an exception.

One write path
    The desktop role loses INSERT/UPDATE/DELETE on the synced tables: it reads, and writes through sync.*.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DESKTOP_ROLE = "secretaria_desktop"
SYNC_ROLE = "secretaria_sync"
PROTOCOL_VERSION = 1
SQL_DIR = Path(__file__).with_name("sql")

# The seed's tables that sync, and the ones this migration adds.
SEED_SYNCED = ("schools", "school_settings", "school_years", "academic_periods", "students", "guardians",
               "student_guardians", "enrollments", "enrollment_documents")
ADDED = ("enrollment_status_events", "review_items", "id_aliases")
SYNCED = (*SEED_SYNCED, *ADDED)
DELETED_AT = ("school_settings", "school_years", "academic_periods", "student_guardians", "enrollments",
              "enrollment_documents")
TOUCHES_UPDATED_AT = ("schools", "school_settings", "school_years", "students", "guardians", "enrollments",
                      "review_items")
PRIMARY_KEY = {"school_settings": "school_id"}
POINTER_COLUMNS = ("student_id", "guardian_id", "enrollment_id", "school_year_id", "accepted_by_guardian_id")

# Frozen copies of the domain at this revision (domain/documents.py, enrollment_status.py).
DOCUMENT_TYPES = ("TI", "RC", "CC", "CE", "NIP", "NUIP", "NES", "CCB", "PEP", "PPT", "PA", "VISA", "TMF")
SCHOOL_YEAR_STATUSES = ("planning", "active", "closed", "archived")
ENROLLMENT_STATUSES = ("pending_documents", "in_review", "active", "graduated", "withdrawn")
INITIAL_STATUS = "pending_documents"
# (from, to, action, needs a reason)
TRANSITIONS = (
    ("pending_documents", "in_review", "enrollment_submit_review", False),
    ("in_review", "pending_documents", "enrollment_return", True),
    ("in_review", "active", "enrollment_activate", False),
    ("active", "graduated", "enrollment_graduate", False),
    ("pending_documents", "withdrawn", "enrollment_withdraw", True),
    ("in_review", "withdrawn", "enrollment_withdraw", True),
    ("active", "withdrawn", "enrollment_withdraw", True),
    ("withdrawn", "pending_documents", "enrollment_reopen", True),
    ("graduated", "active", "enrollment_reopen", True),
)
DOCUMENT_STATUS_ACTIONS = {"validated": "document_validate", "rejected": "document_reject",
                           "waived": "document_waive"}
APPEND_ONLY_PATHS = ("metadata.files", "metadata.consent.revocations", "security_settings.habeas_data_versions")

ALWAYS_SERVER_OWNED = ("server_seq", "updated_at")
# table -> (natural key, identity fields, JSON columns, writable columns (None: all), tombstone,
#           insert action (None: clients cannot insert), update action, merge kind, label in Spanish)
TABLE_RULES: dict[str, tuple] = {
    "schools": (None, (), (), ("name", "nit", "resolution"), "is_active", None, "school_settings_edit", None,
                "el colegio"),
    "school_settings": (None, (), ("simat_settings", "branding_settings", "security_settings"), None, "deleted_at",
                        "school_settings_edit", "school_settings_edit", None, "la configuración del colegio"),
    "school_years": (("name",), (), (), None, "deleted_at", "school_year_edit", "school_year_edit", "key",
                     "año lectivo"),
    "academic_periods": (("school_year_id", "number"), (), (), None, "deleted_at", "school_year_edit",
                         "school_year_edit", "key", "periodo académico"),
    "students": (("document_type", "document_number"),
                 ("document_type", "document_number", "full_name", "birth_date", "gender"),
                 ("extra_data", "piar_data"), None, "is_active", "student_create", "student_update", "person",
                 "estudiante"),
    "guardians": (("document_type", "document_number"), ("document_type", "document_number", "full_name"), (),
                  None, "is_active", "guardian_edit", "guardian_edit", "person", "acudiente"),
    "student_guardians": (("student_id", "guardian_id"), (), (), None, "deleted_at", "guardian_edit",
                          "guardian_edit", "key", "vínculo con acudiente"),
    "enrollments": (("student_id", "school_year_id"), (), ("simat_status", "extra_data"), None, "deleted_at",
                    "enrollment_create", "enrollment_create", "key", "matrícula"),
    "enrollment_documents": (("enrollment_id", "document_type"), (), ("metadata",), None, "deleted_at",
                             "document_receive", "document_receive", "key", "documento de matrícula"),
}
SERVER_OWNED_EXTRA = {"enrollments": ("status", "status_history")}

MEMBER_OF = "school_id = ANY ((SELECT app_auth.school_ids())::uuid[])"
SYNC_MEMBER_OF = "school_id = (SELECT sync.my_school())"
SYNC_SCHOOL_MEMBER_OF = "id = (SELECT sync.my_school())"


def _sql_list(values: Sequence[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _array(values: Sequence[str] | None) -> str:
    return "NULL" if values is None else f"ARRAY[{_sql_list(values)}]::text[]" if values else "'{}'::text[]"


def _school_filter(table: str) -> str:
    return "x.id = p_school_id" if table == "schools" else "x.school_id = p_school_id"


def _pull_union() -> str:
    return "\n              UNION ALL ".join(
        f"(SELECT '{t}'::text AS t, x.server_seq AS seq, to_jsonb(x) AS r FROM public.{t} AS x "
        f"WHERE {_school_filter(t)} AND x.server_seq > v_cursor ORDER BY x.server_seq LIMIT v_limit + 1)"
        for t in SYNCED)


def _digest_union() -> str:
    return "\n          UNION ALL ".join(
        f"SELECT '{t}'::text AS t, count(*) AS n, coalesce(bit_xor(('x' || substr(md5(x.{PRIMARY_KEY.get(t, 'id')}"
        f"::text || ':' || x.server_seq), 1, 16))::bit(64)::bigint), 0) AS x FROM public.{t} AS x "
        f"WHERE {_school_filter(t)} AND x.server_seq <= p_upto"
        for t in SYNCED)


def _per_table(bodies: dict[str, str]) -> str:
    """An IF chain over the tables of TABLE_RULES, each branch one static statement."""
    branches = [f"    {'IF' if n == 0 else 'ELSIF'} p_rule.table_name = '{t}' THEN\n        {sql}"
                for n, (t, sql) in enumerate(bodies.items())]
    return "\n".join(branches) + "\n    END IF;"


def _cast(column: str) -> str:
    return "::uuid" if column.endswith("_id") else "::integer" if column == "number" else ""


def _defaults(table: str) -> str:
    """jsonb_build_object of the table's column defaults (server_seq and the generated id excluded)."""
    rows = op.get_bind().exec_driver_sql(
        "SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = %(table)s AND column_default IS NOT NULL AND column_default <> 'gen_random_uuid()' "
        "ORDER BY ordinal_position", {"table": table}).fetchall()
    return "jsonb_build_object(" + ", ".join(f"'{name}', {default}" for name, default in rows) + ")"


def _generated_bodies() -> dict[str, str]:
    load, twin, insert = {}, {}, {}
    for table, rule in TABLE_RULES.items():
        pk = PRIMARY_KEY.get(table, "id")
        load[table] = f"SELECT to_jsonb(x) INTO v_row FROM public.{table} AS x WHERE x.{pk} = p_id;"
        if rule[0]:
            assigns, keys, used = [], [], {"t": 0, "u": 0, "n": 0}
            for column in rule[0]:
                kind = "u" if column.endswith("_id") else "n" if column == "number" else "t"
                used[kind] += 1
                var = f"v_{kind}{used[kind]}"
                assigns.append(f"{var} := (p_row->>'{column}'){_cast(column)};")
                keys.append(f"x.{column} = {var}")
            twin[table] = (" ".join(assigns) + f"\n        SELECT to_jsonb(x) INTO v_row FROM public.{table} AS x "
                           f"WHERE x.school_id = p_school AND x.{pk} <> p_id AND {' AND '.join(keys)} LIMIT 1;")
        insert[table] = (f"INSERT INTO public.{table} AS x SELECT * FROM jsonb_populate_record(NULL::public.{table}, "
                         f"{_defaults(table)} || p_row) ON CONFLICT ({pk}) DO NOTHING RETURNING x.server_seq INTO v_seq;")
    return {"@load_row_body": _per_table(load), "@natural_twin_body": _per_table(twin),
            "@insert_row_body": _per_table(insert)}


def _functions_sql() -> str:
    replacements = {
        **_generated_bodies(),
        "@append_only_paths": _sql_list(APPEND_ONLY_PATHS),
        "@document_types": _sql_list(DOCUMENT_TYPES),
        "@school_year_statuses": _sql_list(SCHOOL_YEAR_STATUSES),
        "@document_status_actions": _sql_list(tuple(DOCUMENT_STATUS_ACTIONS.values())),
        "@document_statuses": _sql_list(tuple(DOCUMENT_STATUS_ACTIONS)),
        "@document_status_action_values": ", ".join(f"('{a}')" for a in DOCUMENT_STATUS_ACTIONS.values()),
        "@pointer_columns": _sql_list(POINTER_COLUMNS),
        "@enrollment_statuses": _sql_list(ENROLLMENT_STATUSES),
        "@initial_status": INITIAL_STATUS,
        "@protocol_version": str(PROTOCOL_VERSION),
        "@pull_union": _pull_union(),
        "@digest_union": _digest_union(),
    }
    parts = []
    for name in ("0005_sync_functions.sql", "0005_resolve.sql"):
        sql = (SQL_DIR / name).read_text(encoding="utf-8")
        for key in sorted(replacements, key=len, reverse=True):
            sql = sql.replace(key, replacements[key])
        parts.append(sql)
    return "\n".join(parts)


ROLE_SQL = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{SYNC_ROLE}') THEN
        BEGIN
            CREATE ROLE {SYNC_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT;
        EXCEPTION WHEN duplicate_object THEN
            NULL;  -- created meanwhile by a migration of another database of this cluster
        END;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{SYNC_ROLE}' AND (rolsuper OR rolbypassrls OR rolcanlogin)) THEN
        RAISE EXCEPTION 'role {SYNC_ROLE} exists as SUPERUSER, BYPASSRLS or LOGIN; it must be none of them';
    END IF;
END
$$;
"""

SCHEMA_SQL = """
CREATE SCHEMA sync;
REVOKE ALL ON SCHEMA sync FROM PUBLIC;
CREATE SEQUENCE sync.seq AS bigint;

CREATE TABLE sync.test_switches (name text PRIMARY KEY);
COMMENT ON TABLE sync.test_switches IS 'Planted bugs switched on by the test harness; empty in production.';

CREATE TABLE sync.table_rules (
    table_name text PRIMARY KEY,
    pk text NOT NULL,
    natural_key text[],
    identity_cols text[] NOT NULL,
    json_cols text[] NOT NULL,
    writable_cols text[],
    server_owned text[] NOT NULL,
    tombstone text NOT NULL CHECK (tombstone IN ('is_active', 'deleted_at')),
    insert_action text,
    update_action text NOT NULL,
    merge_kind text CHECK (merge_kind IN ('person', 'key')),
    label text NOT NULL,
    cols text[]  -- the table's columns, filled at the end of the migration (a later migration that adds
                 -- columns to a synced table refreshes it: UPDATE sync.table_rules SET cols = sync.columns_of(..))
);

CREATE TABLE sync.transitions (
    source text NOT NULL,
    target text NOT NULL,
    action text NOT NULL,
    needs_reason boolean NOT NULL,
    PRIMARY KEY (source, target)
);

CREATE TABLE sync.clients (
    client_id uuid NOT NULL,
    school_id uuid NOT NULL REFERENCES public.schools (id),
    user_id uuid,
    last_mutation_id bigint NOT NULL DEFAULT 0,
    protocol_version integer NOT NULL,
    last_push_at timestamptz,
    clock_offset_ms bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, school_id)
);

CREATE TABLE sync.mutation_results (
    client_id uuid NOT NULL,
    mutation_id bigint NOT NULL,
    school_id uuid NOT NULL,
    tx_id bigint,
    status text NOT NULL CHECK (status IN ('applied', 'merged', 'rejected', 'held', 'noop')),
    reason text,
    canonical_id uuid,
    code text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, mutation_id)
);
CREATE INDEX ix_mutation_results_reported ON sync.mutation_results (client_id, school_id, mutation_id)
    WHERE status <> 'applied' OR reason IS NOT NULL;

CREATE TABLE sync.held_mutations (
    id bigserial PRIMARY KEY,
    school_id uuid NOT NULL,
    item_id uuid NOT NULL,
    held_id uuid NOT NULL,
    client_id uuid NOT NULL,
    mutation_id bigint NOT NULL,
    mutation jsonb NOT NULL,
    released boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_held_mutations_open ON sync.held_mutations (school_id, held_id) WHERE NOT released;
CREATE INDEX ix_held_mutations_item ON sync.held_mutations (item_id);

CREATE TABLE sync.horizon (school_id uuid PRIMARY KEY, min_cursor bigint NOT NULL DEFAULT 0);

-- The school of this call, published by sync._begin once it has verified the token and the membership: the
-- sync role's policies compare with it once per statement (an InitPlan) instead of verifying the token again
-- in every statement, and a plain equality keeps the natural-key indexes usable (with `= ANY (array)` the
-- planner preferred a smaller index and filtered the whole school).
CREATE FUNCTION sync.my_school() RETURNS uuid LANGUAGE sql STABLE AS $fn$
    SELECT nullif(current_setting('sync.school', true), '')::uuid
$fn$;

-- The school's writer lock is a row lock here, not an advisory lock: advisory locks are open to every login
-- (a PC could hold any school's key, and pg_locks shows every key in use, so even a secret-derived key
-- leaks), while locking a row of this owner-only table needs UPDATE on it, which only the sync role has.
CREATE TABLE sync.writer_locks (school_id uuid PRIMARY KEY);

-- Take the school's writer lock until COMMIT (or the rollback of the enclosing subtransaction) and note it
-- transaction-locally, so the stamp of the following rows is one GUC read. A school's row is created on first
-- use; a concurrent creator waits on the unique index, so the lock is exclusive from the start.
CREATE FUNCTION sync.lock_school(p_school uuid) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM FROM sync.writer_locks AS w WHERE w.school_id = p_school FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO sync.writer_locks (school_id) VALUES (p_school) ON CONFLICT DO NOTHING;
        PERFORM FROM sync.writer_locks AS w WHERE w.school_id = p_school FOR UPDATE;
    END IF;
    PERFORM pg_catalog.set_config('sync.locked', p_school::text, true);
END
$fn$;

-- Per-row: no SET clause, and a helper call only for a transaction's first row of a school, so the stamp stays
-- cheap (the planted-bug check and the "already locked" check are one GUC read each).
CREATE FUNCTION sync.stamp() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    v_school uuid;
BEGIN
    IF TG_TABLE_NAME = 'schools' THEN
        v_school := NEW.id;
    ELSE
        v_school := NEW.school_id;
    END IF;
    IF position('no_stamp_lock' IN coalesce(current_setting('sync.planted_bug', true), '')) = 0
       AND current_setting('sync.locked', true) IS DISTINCT FROM v_school::text THEN
        -- The school's writer lock until COMMIT: seq order == commit order within a school.
        PERFORM sync.lock_school(v_school);
    END IF;
    NEW.server_seq := pg_catalog.nextval('sync.seq');
    IF TG_NARGS > 0 THEN
        NEW.updated_at := pg_catalog.now();
    END IF;
    RETURN NEW;
END
$fn$;

CREATE FUNCTION sync.no_hard_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF coalesce(current_setting('sync.gc', true), '') <> 'on' THEN
        RAISE EXCEPTION 'rows of % are never deleted: they are tombstoned through sync.push', TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    RETURN OLD;
END
$fn$;
"""

ADDED_TABLES_SQL = """
CREATE TABLE public.enrollment_status_events (
    id uuid PRIMARY KEY,
    school_id uuid NOT NULL REFERENCES public.schools (id),
    enrollment_id uuid NOT NULL,
    status varchar(30) NOT NULL,
    reason text,
    occurred_at timestamptz NOT NULL,
    ordered_at timestamptz,
    user_id uuid,
    client_id uuid,
    valid boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    server_seq bigint,
    CONSTRAINT fk_enrollment_status_events_tenant_enrollment FOREIGN KEY (school_id, enrollment_id)
        REFERENCES public.enrollments (school_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_enrollment_status_events_enrollment ON public.enrollment_status_events (enrollment_id);

CREATE TABLE public.review_items (
    id uuid PRIMARY KEY,
    school_id uuid NOT NULL REFERENCES public.schools (id),
    kind varchar(40) NOT NULL,
    table_name varchar(60),
    row_id uuid,
    other_row_id uuid,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    status varchar(20) NOT NULL DEFAULT 'open',
    resolution jsonb,
    created_by uuid,
    resolved_by uuid,
    resolved_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    server_seq bigint,
    CONSTRAINT chk_review_items_status CHECK (status IN ('open', 'resolved', 'dismissed'))
);

CREATE TABLE public.id_aliases (
    id uuid PRIMARY KEY,
    school_id uuid NOT NULL REFERENCES public.schools (id),
    table_name varchar(60) NOT NULL,
    winner_id uuid NOT NULL,
    reason varchar(40) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    server_seq bigint
);
"""

# Existing histories become events (ids derived from the enrollment and the position, written back into
# status_history as event_id); a first event with ordered_at -infinity records the status they started from.
BACKFILL_SQL = f"""
INSERT INTO public.enrollment_status_events (id, school_id, enrollment_id, status, reason, occurred_at, ordered_at,
                                             user_id, valid)
SELECT md5(e.id::text || ':0')::uuid, e.school_id, e.id, coalesce(e.status_history->0->>'from', '{INITIAL_STATUS}'),
       'estado inicial', e.created_at, '-infinity', NULL, true
FROM public.enrollments AS e
WHERE jsonb_typeof(e.status_history) = 'array' AND jsonb_array_length(e.status_history) > 0;

INSERT INTO public.enrollment_status_events (id, school_id, enrollment_id, status, reason, occurred_at, ordered_at,
                                             user_id, valid)
SELECT md5(e.id::text || ':' || h.o)::uuid, e.school_id, e.id, h.e->>'to', h.e->>'reason',
       coalesce((h.e->>'at')::timestamptz, e.created_at), coalesce((h.e->>'at')::timestamptz, e.created_at),
       CASE WHEN h.e->>'by' ~* '^[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$'
            THEN (h.e->>'by')::uuid END,
       true
FROM public.enrollments AS e, jsonb_array_elements(e.status_history) WITH ORDINALITY AS h(e, o)
WHERE jsonb_typeof(e.status_history) = 'array' AND h.e ? 'to'
ORDER BY e.id, h.o;

UPDATE public.enrollments AS e
SET status_history = (SELECT jsonb_agg(CASE WHEN h.e ? 'to'
                                            THEN h.e || jsonb_build_object('event_id', md5(e.id::text || ':' || h.o)::uuid)
                                            ELSE h.e END ORDER BY h.o)
                      FROM jsonb_array_elements(e.status_history) WITH ORDINALITY AS h(e, o))
WHERE jsonb_typeof(e.status_history) = 'array' AND jsonb_array_length(e.status_history) > 0;
"""


def _rules_sql() -> str:
    rows = []
    for table, (key, identity, json_cols, writable, tombstone, insert, update, merge, label) in TABLE_RULES.items():
        owned = (*ALWAYS_SERVER_OWNED, *SERVER_OWNED_EXTRA.get(table, ()))
        insert_sql = f"'{insert}'" if insert else "NULL"
        merge_sql = f"'{merge}'" if merge else "NULL"
        rows.append(f"('{table}', '{PRIMARY_KEY.get(table, 'id')}', {_array(key)}, {_array(identity)}, "
                    f"{_array(json_cols)}, {_array(writable)}, {_array(owned)}, '{tombstone}', {insert_sql}, "
                    f"'{update}', {merge_sql}, '{label}', NULL)")
    transitions = ", ".join(f"('{a}', '{b}', '{action}', {str(reason).lower()})" for a, b, action, reason in TRANSITIONS)
    return (f"INSERT INTO sync.table_rules VALUES {', '.join(rows)};\n"
            f"INSERT INTO sync.transitions VALUES {transitions};")


PUBLIC_FUNCTIONS = (
    "sync.push(text, uuid, uuid, integer, jsonb, boolean)",
    "sync.pull(text, uuid, uuid, bigint, integer)",
    "sync.digest(text, uuid, bigint)",
    "sync.resolve(text, uuid, uuid, text, jsonb)",
)


def _raw(sql: str) -> None:
    """Run SQL as written (no bind-parameter parsing: the bodies contain ':' and '%')."""
    cursor = op.get_bind().connection.cursor()  # the DB-API cursor: no parameters, so nothing is parsed
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def upgrade() -> None:
    _raw(ROLE_SQL)
    _raw(SCHEMA_SQL)
    _raw(_rules_sql())
    _raw(ADDED_TABLES_SQL)
    for table in SEED_SYNCED:
        op.execute(f"ALTER TABLE public.{table} ADD COLUMN server_seq bigint")
        if table in DELETED_AT:
            op.execute(f"ALTER TABLE public.{table} ADD COLUMN deleted_at timestamptz")
    _raw(BACKFILL_SQL)
    for table in SYNCED:
        op.execute(f"UPDATE public.{table} SET server_seq = nextval('sync.seq')")
        if table != "schools":
            op.execute(f"CREATE INDEX ix_{table}_school_seq ON public.{table} (school_id, server_seq)")
        touch = ", 'touch'" if table in TOUCHES_UPDATED_AT else ""
        op.execute(f"CREATE TRIGGER sync_stamp BEFORE INSERT OR UPDATE ON public.{table} "
                   f"FOR EACH ROW EXECUTE FUNCTION sync.stamp({touch.lstrip(', ')})")
        op.execute(f"CREATE TRIGGER sync_no_hard_delete BEFORE DELETE ON public.{table} "
                   "FOR EACH ROW EXECUTE FUNCTION sync.no_hard_delete()")
    # Row-level security for the new tables; the sync role's own policies on every synced table.
    for table in ADDED:
        op.execute(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_select ON public.{table} FOR SELECT TO {DESKTOP_ROLE} USING ({MEMBER_OF})")
    for table in SYNCED:
        member = SYNC_SCHOOL_MEMBER_OF if table == "schools" else SYNC_MEMBER_OF
        op.execute(f"CREATE POLICY {table}_sync ON public.{table} FOR ALL TO {SYNC_ROLE} "
                   f"USING ({member}) WITH CHECK ({member})")
    # Privileges: the sync role writes (through its functions only: it cannot log in); the desktop role reads.
    op.execute(f"GRANT USAGE ON SCHEMA public, sync, app_auth TO {SYNC_ROLE}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON {', '.join(f'public.{t}' for t in SYNCED)} TO {SYNC_ROLE}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON sync.clients, sync.mutation_results, sync.held_mutations, "
               f"sync.horizon TO {SYNC_ROLE}")
    op.execute(f"GRANT SELECT ON sync.test_switches, sync.table_rules, sync.transitions TO {SYNC_ROLE}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON sync.writer_locks TO {SYNC_ROLE}")
    op.execute(f"GRANT USAGE, SELECT ON SEQUENCE sync.seq, sync.held_mutations_id_seq TO {SYNC_ROLE}")
    op.execute(f"GRANT EXECUTE ON FUNCTION app_auth.uid(), app_auth.school_ids(), "
               f"app_auth.has_action(uuid, text) TO {SYNC_ROLE}")
    op.execute(f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(f'public.{t}' for t in SEED_SYNCED)} FROM {DESKTOP_ROLE}")
    op.execute(f"REVOKE UPDATE (name, nit, resolution, updated_at) ON public.schools FROM {DESKTOP_ROLE}")
    # Not synced, and no screen writes them: users and memberships are managed with the owner's connection
    # (issue 10: a PC credential reads and writes nothing directly once sync is the write path).
    op.execute(f"REVOKE UPDATE (full_name, updated_at) ON public.users FROM {DESKTOP_ROLE}")
    op.execute(f"REVOKE INSERT, UPDATE (roles, is_active, updated_at) ON public.school_memberships FROM {DESKTOP_ROLE}")
    op.execute(f"GRANT SELECT ON {', '.join(f'public.{t}' for t in ADDED)} TO {DESKTOP_ROLE}")
    op.execute(f"GRANT USAGE ON SCHEMA sync TO {DESKTOP_ROLE}")
    # The functions, then handed to the sync role (the migrating owner must be able to act as it).
    op.execute(f"GRANT {SYNC_ROLE} TO CURRENT_USER")
    _raw(_functions_sql())
    _raw(f"""
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc AS p
             WHERE p.pronamespace = 'sync'::regnamespace
               AND p.proname NOT IN ('stamp', 'no_hard_delete', 'collect_tombstones') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE format('ALTER FUNCTION %s OWNER TO {SYNC_ROLE}', f);
    END LOOP;
END
$$;
""")
    op.execute("REVOKE ALL ON FUNCTION sync.stamp(), sync.no_hard_delete(), sync.collect_tombstones(interval) "
               "FROM PUBLIC")
    op.execute("UPDATE sync.table_rules SET cols = sync.columns_of(table_name)")
    for function in PUBLIC_FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {DESKTOP_ROLE}")


def downgrade() -> None:
    op.execute("DROP SCHEMA sync CASCADE")  # functions, triggers' functions (and so the triggers), bookkeeping
    for table in ADDED:
        op.execute(f"DROP TABLE public.{table}")
    for table in SEED_SYNCED:
        op.execute(f"DROP POLICY IF EXISTS {table}_sync ON public.{table}")
        op.execute(f"DROP INDEX IF EXISTS public.ix_{table}_school_seq")
        op.execute(f"ALTER TABLE public.{table} DROP COLUMN server_seq")
        if table in DELETED_AT:
            op.execute(f"ALTER TABLE public.{table} DROP COLUMN deleted_at")
    # What 0004 left the desktop role: INSERT on the tenant tables, UPDATE on each of their columns (never on
    # the table: no strong LOCK TABLE), the school's name/nit/resolution.
    for table in SEED_SYNCED[1:]:
        op.execute(f"GRANT INSERT ON public.{table} TO {DESKTOP_ROLE}")
        op.execute(f"""
DO $$
BEGIN
    EXECUTE (SELECT format('GRANT UPDATE (%s) ON public.{table} TO {DESKTOP_ROLE}', string_agg(quote_ident(attname), ', '))
             FROM pg_attribute WHERE attrelid = 'public.{table}'::regclass AND attnum > 0 AND NOT attisdropped);
END
$$""")
    op.execute(f"GRANT UPDATE (name, nit, resolution, updated_at) ON public.schools TO {DESKTOP_ROLE}")
    op.execute(f"GRANT UPDATE (full_name, updated_at) ON public.users TO {DESKTOP_ROLE}")
    op.execute(f"GRANT INSERT, UPDATE (roles, is_active, updated_at) ON public.school_memberships TO {DESKTOP_ROLE}")
    op.execute(f"""
DO $$
BEGIN
    EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {SYNC_ROLE}';
    EXECUTE 'REVOKE ALL ON SCHEMA public FROM {SYNC_ROLE}';
    EXECUTE 'REVOKE ALL ON SCHEMA app_auth FROM {SYNC_ROLE}';
    EXECUTE 'REVOKE ALL ON ALL FUNCTIONS IN SCHEMA app_auth FROM {SYNC_ROLE}';
    BEGIN
        EXECUTE 'DROP ROLE {SYNC_ROLE}';
    EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege OR object_in_use THEN
        RAISE NOTICE 'role {SYNC_ROLE} kept: %', SQLERRM;
    END;
END
$$;
""")
