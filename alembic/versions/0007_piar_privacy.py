"""The PIAR stays with those who may see it: `students.piar_data` is withheld from users without `piar_view`.

`piar_data` (Decreto 1421/2017; sensitive data, Ley 1581 art. 5) was readable by every member of the school,
directly and through sync. Column privileges cannot depend on the app role of the token, so:

Direct reads
    The desktop role keeps SELECT on every column of `students` but `piar_data`. `sync.piar(token, school)`
    (SECURITY DEFINER, like the other sync functions) gives each student's `piar_data` to users with
    `piar_view`, NULL to the others. (The app itself reads students only through `sync.pull`.)

What sync.pull sends
    The 0005 `sync.pull` becomes `sync.pull_0005` (not callable by the desktop role) and a new `sync.pull`
    wraps it: for a user without `piar_view` every student row carries `piar_data: null` (the column is NOT
    NULL, so null means "withheld", never "empty"), and `piar_data` is taken out of review items' payloads
    (a refused or held student mutation carries the row). Users with `piar_view` get the 0005 reply as is.

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
                 "sync.without_key(jsonb, text)", "sync.withhold_piar(jsonb)")
PUBLIC_FUNCTIONS = ("sync.pull(text, uuid, uuid, bigint, integer)", "sync.piar(text, uuid)")

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

-- One pulled row as a user without piar_view receives it.
CREATE FUNCTION sync.withhold_piar(p_row jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE p_row ->> 't'
        WHEN 'students' THEN jsonb_set(p_row, '{row,piar_data}', 'null'::jsonb)
        WHEN 'review_items' THEN jsonb_set(p_row, '{row,payload}',
                                           sync.without_key(p_row #> '{row,payload}', 'piar_data'))
        ELSE p_row
    END
$fn$;

CREATE FUNCTION sync.pull(p_token text, p_client_id uuid, p_school_id uuid, p_cursor bigint, p_limit integer)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET TimeZone = 'UTC' AS $fn$
DECLARE
    v_reply jsonb;
BEGIN
    v_reply := sync.pull_0005(p_token, p_client_id, p_school_id, p_cursor, p_limit);
    -- The token was verified by the call above (it stays set for this transaction).
    IF app_auth.has_action(p_school_id, 'piar_view') THEN
        RETURN v_reply;
    END IF;
    RETURN jsonb_set(v_reply, '{rows}', coalesce(
        (SELECT jsonb_agg(sync.withhold_piar(r.e) ORDER BY r.o)
         FROM jsonb_array_elements(v_reply -> 'rows') WITH ORDINALITY AS r(e, o)), '[]'::jsonb));
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
READABLE_COLUMNS = """
DO $$
BEGIN
    EXECUTE (SELECT format('GRANT SELECT (%s) ON public.students TO {role}', string_agg(quote_ident(attname), ', '))
             FROM pg_attribute WHERE attrelid = 'public.students'::regclass AND attnum > 0 AND NOT attisdropped
               AND attname <> 'piar_data');
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
    op.execute(f"REVOKE SELECT ON public.students FROM {DESKTOP_ROLE}")
    _raw(READABLE_COLUMNS.format(role=DESKTOP_ROLE))
    for signature, kept in WRAPPED.items():
        op.execute(f"ALTER FUNCTION {signature} RENAME TO {kept}")
    op.execute(f"REVOKE EXECUTE ON FUNCTION sync.pull_0005(text, uuid, uuid, bigint, integer) FROM {DESKTOP_ROLE}")
    _raw(FUNCTIONS_SQL)
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
    op.execute(f"REVOKE SELECT ON public.students FROM {DESKTOP_ROLE}")  # also takes the column grants
    op.execute(f"GRANT SELECT ON public.students TO {DESKTOP_ROLE}")
