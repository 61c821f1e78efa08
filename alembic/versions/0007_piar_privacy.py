"""The PIAR stays with those who may see it: `students.piar_data` is withheld from users without `piar_view`.

`piar_data` (Decreto 1421/2017; sensitive data, Ley 1581 art. 5) was readable by every member of the school,
directly and through sync. Column privileges cannot depend on the app role of the token, so:

Direct reads
    The desktop role keeps SELECT on every column of `students` but `piar_data`, and of `review_items` but
    `payload` (a refused or held student mutation carries the row; PCs get payloads through sync.pull). `sync.piar(token, school)`
    (SECURITY DEFINER, like the other sync functions) gives each student's `piar_data` to users with
    `piar_view`, NULL to the others. (The app itself reads students only through `sync.pull`.)

What sync.pull sends
    `sync.pull` is replaced by 0005's body with one change in its union: for a user without `piar_view` every
    student row carries `piar_data: null` (the column is NOT NULL, so null means "withheld", never "empty"),
    and review items about students lose `piar_data` from their payload (a refused or held student mutation
    carries the row). Done in the union, rows are built once (a wrapper rewriting each reply doubled a
    teacher's bootstrap). The 0005 function stays as `sync.pull_0005` (not callable by PC logins), for the
    downgrade.

Pushes
    A student mutation whose `piar_data` differs from the stored one needs `piar_edit` as well
    (`sync.extra_action`, which may now name several actions, comma-separated, all needed by `sync.may`);
    refused, it is `rejected` with the usual Spanish reason and a review item. `sync._begin` (wrapped the same
    way) adds `piar_edit` to the actions it looks up once per call.

Downgrade renames the 0005 functions back and gives the column back.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DESKTOP_ROLE = "secretaria_desktop"
SYNC_ROLE = "secretaria_sync"
# 0005 functions kept under a new name and wrapped (signature -> the name they keep).
WRAPPED = {
    "sync._begin(text, uuid, boolean)": "_begin_0005",
    "sync.pull(text, uuid, uuid, bigint, integer)": "pull_0005",
    "sync.extra_action(text, jsonb)": "extra_action_0005",
    "sync.may(uuid, text)": "may_0005",
}
NEW_FUNCTIONS = ("sync._begin(text, uuid, boolean)", "sync.pull(text, uuid, uuid, bigint, integer)",
                 "sync.extra_action(text, jsonb)", "sync.may(uuid, text)", "sync.piar(text, uuid)",
                 "sync.without_key(jsonb, text)")
PUBLIC_FUNCTIONS = ("sync.pull(text, uuid, uuid, bigint, integer)", "sync.piar(text, uuid)")
# Frozen: the synced tables of 0005, in its order (the pull's union).
SYNCED = ("schools", "school_settings", "school_years", "academic_periods", "students", "guardians",
          "student_guardians", "enrollments", "enrollment_documents", "enrollment_status_events", "review_items",
          "id_aliases")
# What a row of the union is, per table, when the user may not see the PIAR (v_piar false).
WITHHELD_ROW = {
    "students": "CASE WHEN v_piar THEN to_jsonb(x) ELSE jsonb_set(to_jsonb(x), '{piar_data}', 'null'::jsonb) END",
    "review_items": ("CASE WHEN v_piar OR x.table_name IS DISTINCT FROM 'students' THEN to_jsonb(x) "
                     "ELSE jsonb_set(to_jsonb(x), '{payload}', sync.without_key(x.payload, 'piar_data')) END"),
}


def _pull_union() -> str:
    """0005's union, each table's rows as JSON (the PIAR withheld where WITHHELD_ROW says)."""
    return "\n              UNION ALL ".join(
        f"(SELECT '{t}'::text AS t, x.server_seq AS seq, {WITHHELD_ROW.get(t, 'to_jsonb(x)')} AS r "
        f"FROM public.{t} AS x WHERE {'x.id' if t == 'schools' else 'x.school_id'} = p_school_id "
        "AND x.server_seq > v_cursor ORDER BY x.server_seq LIMIT v_limit + 1)"
        for t in SYNCED)

FUNCTIONS_SQL = """
CREATE FUNCTION sync._begin(p_token text, p_school_id uuid, p_actions boolean DEFAULT true) RETURNS uuid
LANGUAGE plpgsql AS $fn$
DECLARE
    v_user uuid;
BEGIN
    v_user := sync._begin_0005(p_token, p_school_id, p_actions);
    -- Actions newer than 0005's list, looked up once per call like the others.
    IF p_actions AND app_auth.has_action(p_school_id, 'piar_edit') THEN
        PERFORM set_config('sync.actions', current_setting('sync.actions', true) || 'piar_edit,', true);
    END IF;
    RETURN v_user;
END
$fn$;

-- The actions a write needs beyond its table's own, comma-separated (all needed): deactivating a student,
-- moving a document's status, changing a student's PIAR.
CREATE FUNCTION sync.extra_action(p_table text, p_values jsonb) RETURNS text
LANGUAGE sql STABLE AS $fn$
    SELECT nullif(concat_ws(',',
        sync.extra_action_0005(p_table, p_values),
        CASE WHEN p_table = 'students' AND p_values ? 'piar_data'
                  AND (p_values -> 'piar_data') IS DISTINCT FROM
                      coalesce((SELECT s.piar_data FROM public.students AS s WHERE s.id = (p_values ->> 'id')::uuid),
                               '{}'::jsonb)
             THEN 'piar_edit' END), '')
$fn$;

CREATE FUNCTION sync.may(p_school uuid, p_action text) RETURNS boolean
LANGUAGE sql STABLE AS $fn$
    SELECT CASE WHEN position(',' IN coalesce(p_action, '')) = 0 THEN sync.may_0005(p_school, p_action)
                ELSE (SELECT bool_and(sync.may_0005(p_school, a)) FROM unnest(string_to_array(p_action, ',')) AS a)
           END
$fn$;

-- `p` without `p_key` at any depth (a review item's payload without the PIAR).
CREATE FUNCTION sync.without_key(p jsonb, p_key text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE jsonb_typeof(p)
        WHEN 'object' THEN (SELECT coalesce(jsonb_object_agg(e.k, sync.without_key(e.v, p_key)), '{}'::jsonb)
                            FROM jsonb_each(p) AS e(k, v) WHERE e.k <> p_key)
        WHEN 'array' THEN (SELECT coalesce(jsonb_agg(sync.without_key(a.v, p_key) ORDER BY a.o), '[]'::jsonb)
                           FROM jsonb_array_elements(p) WITH ORDINALITY AS a(v, o))
        ELSE p
    END
$fn$;

-- 0005's pull (one statement, one snapshot, every table merged by server_seq) with the PIAR withheld in the
-- union itself for users without piar_view: nothing is added for those who may see it.
CREATE FUNCTION sync.pull(p_token text, p_client_id uuid, p_school_id uuid, p_cursor bigint, p_limit integer)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET TimeZone = 'UTC' AS $fn$
DECLARE
    v_limit integer := least(greatest(coalesce(p_limit, 5000), 1), 20000);
    v_cursor bigint := greatest(coalesce(p_cursor, 0), 0);
    v_rows jsonb;
    v_count integer;
    v_last_seq bigint;
    v_horizon bigint;
    v_last_mutation bigint;
    v_results jsonb;
    v_piar boolean;
BEGIN
    PERFORM sync._begin(p_token, p_school_id, false);
    v_piar := app_auth.has_action(p_school_id, 'piar_view');
    SELECT h.min_cursor INTO v_horizon FROM sync.horizon AS h WHERE h.school_id = p_school_id;
    SELECT c.last_mutation_id INTO v_last_mutation FROM sync.clients AS c
    WHERE c.client_id = p_client_id AND c.school_id = p_school_id;
    SELECT coalesce(jsonb_agg(jsonb_build_object('mutation_id', x.mutation_id, 'status', x.status,
                                                 'reason', x.reason, 'canonical_id', x.canonical_id)
                              ORDER BY x.mutation_id), '[]'::jsonb)
    INTO v_results
    FROM (SELECT * FROM sync.mutation_results AS x
          WHERE x.client_id = p_client_id AND x.school_id = p_school_id
            AND (x.status <> 'applied' OR x.reason IS NOT NULL) AND x.created_at > now() - interval '30 days'
          ORDER BY x.mutation_id DESC LIMIT 1000) AS x;
    IF v_cursor > 0 AND (v_cursor < coalesce(v_horizon, 0) OR v_cursor > (SELECT s.last_value FROM sync.seq AS s)) THEN
        RETURN jsonb_build_object('rows', '[]'::jsonb, 'has_more', false, 'cursor', v_cursor,
                                  'last_mutation_id', coalesce(v_last_mutation, 0), 'results', v_results,
                                  'server_now', now(), 'must_rebootstrap', true);
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object('t', p.t, 'seq', p.seq, 'row', p.r) ORDER BY p.seq)
                        FILTER (WHERE p.n <= v_limit), '[]'::jsonb),
           count(*), max(p.seq) FILTER (WHERE p.n <= v_limit)
    INTO v_rows, v_count, v_last_seq
    FROM (SELECT u.*, row_number() OVER (ORDER BY u.seq) AS n
          FROM (@pull_union) AS u ORDER BY u.seq LIMIT v_limit + 1) AS p;
    RETURN jsonb_build_object('rows', v_rows, 'has_more', v_count > v_limit,
                              'cursor', coalesce(v_last_seq, v_cursor),
                              'last_mutation_id', coalesce(v_last_mutation, 0), 'results', v_results,
                              'server_now', now(), 'must_rebootstrap', false);
END
$fn$;

-- Direct reads of the PIAR (the desktop role has no SELECT on students.piar_data).
CREATE FUNCTION sync.piar(p_token text, p_school_id uuid) RETURNS TABLE (student_id uuid, piar_data jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    v_may boolean;
BEGIN
    PERFORM sync._begin(p_token, p_school_id, false);
    v_may := app_auth.has_action(p_school_id, 'piar_view');
    RETURN QUERY SELECT s.id, CASE WHEN v_may THEN s.piar_data END
                 FROM public.students AS s WHERE s.school_id = p_school_id ORDER BY s.id;
END
$fn$;
"""

# Every column of students but piar_data, read from the catalog when the migration runs.
# table -> the column the desktop role may no longer read: the PIAR, and review items' payloads (a refused or
# held student mutation carries the whole row; PCs get payloads through sync.pull, masked).
WITHHELD_COLUMNS = {"students": "piar_data", "review_items": "payload"}
READABLE_COLUMNS = """
DO $$
BEGIN
    EXECUTE (SELECT format('GRANT SELECT (%s) ON public.{table} TO {role}', string_agg(quote_ident(attname), ', '))
             FROM pg_attribute WHERE attrelid = 'public.{table}'::regclass AND attnum > 0 AND NOT attisdropped
               AND attname <> '{column}');
END
$$
"""


def _raw(sql: str) -> None:
    """Run SQL as written (no bind-parameter parsing: the bodies contain ':' and '%')."""
    cursor = op.get_bind().connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def upgrade() -> None:
    for table, column in WITHHELD_COLUMNS.items():
        op.execute(f"REVOKE SELECT ON public.{table} FROM {DESKTOP_ROLE}")
        _raw(READABLE_COLUMNS.format(table=table, column=column, role=DESKTOP_ROLE))
    for signature, kept in WRAPPED.items():
        op.execute(f"ALTER FUNCTION {signature} RENAME TO {kept}")
    op.execute(f"REVOKE EXECUTE ON FUNCTION sync.pull_0005(text, uuid, uuid, bigint, integer) FROM {DESKTOP_ROLE}")
    _raw(FUNCTIONS_SQL.replace("@pull_union", _pull_union()))
    for signature in NEW_FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        op.execute(f"ALTER FUNCTION {signature} OWNER TO {SYNC_ROLE}")
    for signature in PUBLIC_FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {DESKTOP_ROLE}")


def downgrade() -> None:
    for signature in NEW_FUNCTIONS:
        op.execute(f"DROP FUNCTION {signature}")
    for signature, kept in WRAPPED.items():
        name, arguments = signature.split("(", 1)
        op.execute(f"ALTER FUNCTION sync.{kept}({arguments} RENAME TO {name.split('.', 1)[1]}")
    op.execute(f"GRANT EXECUTE ON FUNCTION sync.pull(text, uuid, uuid, bigint, integer) TO {DESKTOP_ROLE}")
    for table in WITHHELD_COLUMNS:
        op.execute(f"REVOKE SELECT ON public.{table} FROM {DESKTOP_ROLE}")  # also takes the column grants
        op.execute(f"GRANT SELECT ON public.{table} TO {DESKTOP_ROLE}")
