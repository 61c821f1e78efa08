"""Tenant security that Postgres enforces itself: the desktop role, verified tokens, row-level security.

The desktop role
    `secretaria_desktop`: NOLOGIN, NOSUPERUSER, NOBYPASSRLS, NOINHERIT, member of nothing, owns nothing.
    Operators give it a login (`ALTER ROLE secretaria_desktop LOGIN PASSWORD '…'`). Roles are
    cluster-wide, so it is created only when missing (several databases of one cluster share it), and the
    migration refuses to go on if an existing role of that name is a superuser, bypasses RLS or is a member
    of the owner. Its table privileges are only those its policies need (`TENANT_WRITES`, `OTHER_GRANTS`).

The identity: a Supabase access token that Postgres verifies
    The client hands its token with `SELECT set_config('app.access_token', <jwt>, true)`.
    `app_private.verified_subject(token)` checks it: HMAC-SHA256 signature with the project's JWT secret
    (the one algorithm accepted, so the header is not consulted), `exp` (no leeway; `nbf` too when
    present), `aud = authenticated`, `role = authenticated`, `sub` a uuid; it reads only the payload's top
    level (json_populate_record), so a `sub` inside the user-editable `user_metadata` cannot stand in.
    pgcrypto is not available everywhere (not in the embedded server of the tests), so HMAC-SHA256 is
    built from the core `sha256(bytea)`: `app_private.set_jwt_secret(text)` stores the key already XORed
    with the HMAC inner and outer pads, so a verification is two sha256 calls. The secret lives in
    `app_private.jwt_secret`; the `app_private` schema and its functions are the owner's alone.
    No token: no identity (nothing visible). A token that is present but fails a check raises SQLSTATE
    28000 ("access token rejected: expired" …) so the app knows to refresh the session.
    Nothing else a client can set (`app.user_id`, `app.school_id`, `request.jwt.claims`, `role` …) is read.
    A token that passed every check is remembered in `app_private.verified_tokens` (UNLOGGED, owner only):
    sha256 of the whole token -> its `sub` and `exp`. The same token later costs one sha256 and one index
    look-up instead of the HMAC, base64 and JSON work; `exp` is still checked on every statement, only the
    very same token finds the row (a forged one hashes elsewhere), the token itself is not stored, and a row
    counts only under the key it was verified with (`key_id`, a sha256 of the key blocks; a trigger also
    empties the cache on any change of `app_private.jwt_secret`). Memberships are never cached: they are
    read live in every statement. Rows are written only by READ COMMITTED transactions that may write (not
    read-only ones, not on a standby: an unlogged table cannot be read there), never waiting for another
    transaction (try-advisory-locks); SERIALIZABLE transactions do not use the cache at all; expired rows
    are deleted now and then as new tokens come in.
    Cost per statement, measured in the server: ~12 µs for a known token (was ~27 µs before the cache); a
    token's first statement verifies it in full and writes its row (see tests/benchmarks/
    test_server_queries.py). The functions are plpgsql (cached plans), with no SQL helper that would be
    re-planned in every transaction.

Membership: `app_auth.uid()`, `app_auth.verified_claims()`, `app_auth.school_ids()`,
`app_auth.school_ids_for_roles(text[])`, `app_auth.visible_user_ids()`
    SECURITY DEFINER, fixed `search_path`, owned by the owner, EXECUTE for the desktop role only.
    `school_ids()` and `school_ids_for_roles()` read a remembered token together with the live memberships
    in one query (the hot path of every policy), and fall back to `verified_subject` otherwise.
    `school_ids()` = schools where the verified user is active AND has an active membership;
    `school_ids_for_roles(r)` = those where the membership's `roles` array holds one of `r`.

Row-level security
    ENABLED and FORCED on every table of the seed. Policies are `TO secretaria_desktop` (PostgREST's
    anon/authenticated roles and any other role get nothing) and call the functions in a scalar
    sub-select, `school_id = ANY ((SELECT app_auth.school_ids())::uuid[])`, which Postgres runs once per
    statement as an InitPlan, not once per row (the cast keeps Postgres from reading `ANY ((SELECT …))`
    as `ANY (subquery)`, a semi-join); the comparison stays an index condition on `(school_id, …)`.
    `users` and `school_memberships` also get a read-only policy for the migrating owner, so that the
    identity functions work even where the owner lacks BYPASSRLS (FORCE applies to owners).

Who writes what (the `roles` of an active membership; every member reads its schools' rows):
    students, guardians, student_guardians, enrollments, enrollment_documents: secretary, coordinator,
    rector, admin. school_years, academic_periods: coordinator, rector, admin. school_settings (insert,
    update) and schools (update of name/nit/resolution): rector, admin. school_memberships: a member reads
    its own active rows, rector/admin read and write all rows of their schools. users: a member sees the
    users of its schools and may update only its own full_name. Nobody inserts or deletes schools or users
    from the desktop role.

Cross-tenant pointers are refused by the composite keys of 0002 (they run without RLS, also for owners).

Also adds `idx_school_memberships_user` (the identity look-up searches memberships by user).

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DESKTOP_ROLE = "secretaria_desktop"

RECORD_WRITERS = ("secretary", "coordinator", "rector", "admin")
CALENDAR_WRITERS = ("coordinator", "rector", "admin")
SCHOOL_ADMINS = ("rector", "admin")

# table -> (roles that write it, commands they may run); every member of the school reads.
TENANT_WRITES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "school_settings": (SCHOOL_ADMINS, ("INSERT", "UPDATE")),
    "school_years": (CALENDAR_WRITERS, ("INSERT", "UPDATE", "DELETE")),
    "academic_periods": (CALENDAR_WRITERS, ("INSERT", "UPDATE", "DELETE")),
    "students": (RECORD_WRITERS, ("INSERT", "UPDATE", "DELETE")),
    "guardians": (RECORD_WRITERS, ("INSERT", "UPDATE", "DELETE")),
    "student_guardians": (RECORD_WRITERS, ("INSERT", "UPDATE", "DELETE")),
    "enrollments": (RECORD_WRITERS, ("INSERT", "UPDATE", "DELETE")),
    "enrollment_documents": (RECORD_WRITERS, ("INSERT", "UPDATE", "DELETE")),
}

# Privileges of the desktop role beyond the tenant tables (column lists keep keys and flags out of reach).
OTHER_GRANTS = (
    "GRANT SELECT, UPDATE (name, nit, resolution, updated_at) ON schools TO {role}",
    "GRANT SELECT, UPDATE (full_name, updated_at) ON users TO {role}",
    "GRANT SELECT, INSERT, DELETE, UPDATE (roles, is_active, updated_at) ON school_memberships TO {role}",
)

ALL_TABLES = (*TENANT_WRITES, "schools", "users", "school_memberships")

MEMBER_OF = "school_id = ANY ((SELECT app_auth.school_ids())::uuid[])"


def _writers_of(roles: tuple[str, ...], column: str = "school_id") -> str:
    wanted = "ARRAY[" + ", ".join(f"'{r}'" for r in roles) + "]"
    return f"{column} = ANY ((SELECT app_auth.school_ids_for_roles({wanted}))::uuid[])"


ROLE_SQL = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DESKTOP_ROLE}') THEN
        BEGIN
            CREATE ROLE {DESKTOP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE
                NOREPLICATION NOINHERIT;
        EXCEPTION WHEN duplicate_object THEN
            NULL;  -- created meanwhile by a migration of another database of this cluster
        END;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{DESKTOP_ROLE}' AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'role {DESKTOP_ROLE} exists as SUPERUSER or BYPASSRLS; it must be neither';
    END IF;
    IF pg_has_role('{DESKTOP_ROLE}', current_user, 'USAGE') THEN
        RAISE EXCEPTION 'role {DESKTOP_ROLE} is a member of the owner %; it must be member of nothing',
            current_user;
    END IF;
END
$$;
"""

SECRET_SQL = r"""
CREATE SCHEMA app_private;
REVOKE ALL ON SCHEMA app_private FROM PUBLIC;

CREATE TABLE app_private.jwt_secret (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    inner_block bytea NOT NULL CHECK (length(inner_block) = 64),
    outer_block bytea NOT NULL CHECK (length(outer_block) = 64),
    -- Names this key without revealing it: remembered tokens are valid only under the key they were checked with.
    key_id bytea GENERATED ALWAYS AS (sha256(inner_block || outer_block)) STORED,
    updated_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON app_private.jwt_secret FROM PUBLIC;
COMMENT ON TABLE app_private.jwt_secret IS
    'HMAC-SHA256 key blocks (key XOR ipad, key XOR opad) of the Supabase JWT secret; owner only.';

CREATE FUNCTION app_private.set_jwt_secret(secret text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    key_bytes bytea := convert_to(secret, 'UTF8');
    inner_key bytea := decode(repeat('00', 64), 'hex');
    outer_key bytea := decode(repeat('00', 64), 'hex');
BEGIN
    IF secret IS NULL OR length(key_bytes) < 32 THEN
        RAISE EXCEPTION 'the JWT secret must be at least 32 bytes long' USING ERRCODE = '22023';
    END IF;
    IF length(key_bytes) > 64 THEN
        key_bytes := sha256(key_bytes);  -- HMAC: keys longer than the block are hashed first
    END IF;
    FOR i IN 0..63 LOOP
        IF i < length(key_bytes) THEN
            inner_key := set_byte(inner_key, i, get_byte(key_bytes, i) # 54);  -- 0x36
            outer_key := set_byte(outer_key, i, get_byte(key_bytes, i) # 92);  -- 0x5c
        ELSE
            inner_key := set_byte(inner_key, i, 54);
            outer_key := set_byte(outer_key, i, 92);
        END IF;
    END LOOP;
    INSERT INTO app_private.jwt_secret AS s (singleton, inner_block, outer_block)
    VALUES (true, inner_key, outer_key)
    ON CONFLICT (singleton) DO UPDATE
        SET inner_block = EXCLUDED.inner_block, outer_block = EXCLUDED.outer_block, updated_at = now();
END
$fn$;
REVOKE ALL ON FUNCTION app_private.set_jwt_secret(text) FROM PUBLIC;

-- Tokens that passed every check, so that the next statements with the same token skip the HMAC and the
-- JSON: sha256 of the whole token -> its user and exp. The owner's alone (only verified_subject writes it,
-- after a full verification); UNLOGGED: a cache, emptied by a crash, never on a standby.
CREATE UNLOGGED TABLE app_private.verified_tokens (
    token_digest bytea PRIMARY KEY CHECK (length(token_digest) = 32),
    key_id bytea NOT NULL,
    user_id uuid NOT NULL,
    expires_at numeric NOT NULL
);
REVOKE ALL ON app_private.verified_tokens FROM PUBLIC;
COMMENT ON TABLE app_private.verified_tokens IS
    'sha256 of access tokens verified by app_private.verified_subject, with their sub and exp; owner only.';

-- A new secret invalidates every token verified with the old one: look-ups match the current key_id only
-- (also for a verification that raced with the change), and this trigger clears the rows out at once.
CREATE FUNCTION app_private.forget_verified_tokens() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    DELETE FROM app_private.verified_tokens;
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION app_private.forget_verified_tokens() FROM PUBLIC;
CREATE TRIGGER jwt_secret_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON app_private.jwt_secret
FOR EACH STATEMENT EXECUTE FUNCTION app_private.forget_verified_tokens();

"""

AUTH_SQL = r"""
-- The payload fields a decision needs; json_populate_record reads only the top level (a "sub" inside
-- user_metadata, which users may edit, cannot stand in for the real one) and is much cheaper than jsonb.
CREATE TYPE app_private.token_claims AS (sub text, aud json, exp numeric, nbf numeric, role text);

-- base64url text -> bytes. Plain SQL, inlined where its argument is a simple variable.
CREATE FUNCTION app_private.base64url_decode(encoded text) RETURNS bytea
LANGUAGE sql IMMUTABLE STRICT AS $fn$
    SELECT decode(replace(replace(encoded, '-', '+'), '_', '/') || repeat('=', (4 - length(encoded) % 4) % 4),
                  'base64')
$fn$;
REVOKE ALL ON FUNCTION app_private.base64url_decode(text) FROM PUBLIC;

-- The verification itself: called only from the SECURITY DEFINER functions below (their search_path
-- and rights apply), so it carries no SET clause of its own. Returns the user id, NULL without a token,
-- raises SQLSTATE 28000 with the reason for a token that fails a check.
CREATE FUNCTION app_private.verified_subject(token text) RETURNS uuid
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
    signature text;
    signed_part text;
    payload_part text;
    key_blocks record;
    claims app_private.token_claims;
    now_epoch numeric;
    digest bytea;
    use_cache boolean;
    remembered record;
BEGIN
    IF token IS NULL OR token = '' THEN
        RETURN NULL;
    END IF;
    -- Seen and fully verified before (by any session, with the current secret): only exp is left to check.
    -- The digest covers the whole token, so only the very same token finds its row. No cache on a standby
    -- (unlogged tables cannot be read there), nor in SERIALIZABLE transactions (its predicate locks would
    -- tie unrelated sessions together).
    use_cache := current_setting('transaction_isolation') <> 'serializable' AND NOT pg_is_in_recovery();
    IF use_cache THEN
        digest := sha256(convert_to(token, 'UTF8'));
        SELECT v.user_id, v.expires_at INTO remembered
        FROM app_private.verified_tokens AS v JOIN app_private.jwt_secret AS s ON s.key_id = v.key_id
        WHERE v.token_digest = digest;
        IF FOUND THEN
            IF remembered.expires_at <= extract(epoch FROM statement_timestamp()) THEN
                RAISE EXCEPTION 'access token rejected: expired' USING ERRCODE = '28000';
            END IF;
            RETURN remembered.user_id;
        END IF;
    END IF;
    signature := split_part(token, '.', 3);
    -- An HS256 signature is 32 bytes: 43 base64url characters. Header and payload are only hashed until
    -- the signature is known good, so they need no checking before that.
    IF signature !~ '^[A-Za-z0-9_-]{43}$' OR split_part(token, '.', 4) <> '' THEN
        RAISE EXCEPTION 'access token rejected: malformed' USING ERRCODE = '28000';
    END IF;
    signed_part := left(token, -44);
    SELECT inner_block, outer_block, key_id INTO key_blocks FROM app_private.jwt_secret;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'access token rejected: the server has no JWT secret (app_private.set_jwt_secret)'
            USING ERRCODE = '28000';
    END IF;
    -- HMAC-SHA256(key, "header.payload"), with the key's pad blocks precomputed by set_jwt_secret. Both
    -- sides are hashed once more before comparing, so the comparison's early exit tells an attacker
    -- nothing about how many bytes of a forged signature were right.
    IF sha256(app_private.base64url_decode(signature)) IS DISTINCT FROM sha256(
           sha256(key_blocks.outer_block || sha256(key_blocks.inner_block || convert_to(signed_part, 'UTF8')))) THEN
        RAISE EXCEPTION 'access token rejected: bad signature' USING ERRCODE = '28000';
    END IF;
    -- The header is not read: the only algorithm accepted is the HMAC-SHA256 just checked, so a token
    -- whose header says "none", HS512 or RS256 already failed above (no algorithm confusion possible).
    payload_part := split_part(signed_part, '.', 2);
    claims := json_populate_record(NULL::app_private.token_claims,
                                   convert_from(app_private.base64url_decode(payload_part), 'UTF8')::json);
    now_epoch := extract(epoch FROM statement_timestamp());
    IF claims.exp IS NULL OR claims.exp <= now_epoch THEN  -- no leeway
        RAISE EXCEPTION 'access token rejected: expired' USING ERRCODE = '28000';
    ELSIF claims.nbf > now_epoch THEN
        RAISE EXCEPTION 'access token rejected: not valid yet' USING ERRCODE = '28000';
    ELSIF NOT (claims.aud::text = '"authenticated"' OR (json_typeof(claims.aud) = 'array'
               AND claims.aud::jsonb ? 'authenticated')) THEN
        RAISE EXCEPTION 'access token rejected: audience is not authenticated' USING ERRCODE = '28000';
    ELSIF claims.role IS DISTINCT FROM 'authenticated' THEN
        RAISE EXCEPTION 'access token rejected: role is not authenticated' USING ERRCODE = '28000';
    ELSIF coalesce(claims.sub, '') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RAISE EXCEPTION 'access token rejected: subject is not a user id' USING ERRCODE = '28000';
    END IF;
    -- Remember it (nbf, if any, is already past and stays so). Never wait for another transaction: the
    -- advisory lock is held by whichever transaction is inserting this digest until it ends, and one
    -- that cannot take it just skips caching. A read-only transaction cannot write, so it does not cache;
    -- nor does a REPEATABLE READ one (a row another session remembered after its snapshot would make the
    -- insert fail with a serialization error).
    IF use_cache AND current_setting('transaction_read_only') = 'off'
       AND current_setting('transaction_isolation') = 'read committed'
       AND pg_try_advisory_xact_lock(1936876916, hashtext(encode(digest, 'hex'))) THEN
        INSERT INTO app_private.verified_tokens AS v (token_digest, key_id, user_id, expires_at)
        VALUES (digest, key_blocks.key_id, claims.sub::uuid, claims.exp)
        ON CONFLICT ON CONSTRAINT verified_tokens_pkey DO NOTHING;
        -- Expired rows go now and then (about one new token in 64, picked by its digest), one cleaner at
        -- a time, again without waiting; a row left behind meanwhile is refused by its exp anyway.
        IF get_byte(digest, 0) < 4 AND pg_try_advisory_xact_lock(1936876916, 0) THEN
            DELETE FROM app_private.verified_tokens AS v WHERE v.expires_at <= now_epoch;
        END IF;
    END IF;
    RETURN claims.sub::uuid;
END
$fn$;
REVOKE ALL ON FUNCTION app_private.verified_subject(text) FROM PUBLIC;

CREATE SCHEMA app_auth;
REVOKE ALL ON SCHEMA app_auth FROM PUBLIC;

-- All claims of the verified token (for display and diagnosis; policies use the cheaper functions below).
CREATE FUNCTION app_auth.verified_claims() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    token text := current_setting('app.access_token', true);
BEGIN
    IF app_private.verified_subject(token) IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN convert_from(app_private.base64url_decode(split_part(token, '.', 2)), 'UTF8')::jsonb;
END
$fn$;

CREATE FUNCTION app_auth.uid() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    RETURN app_private.verified_subject(current_setting('app.access_token', true));
END
$fn$;

-- @school_ids_functions

CREATE FUNCTION app_auth.visible_user_ids() RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    my_schools uuid[] := app_auth.school_ids();
    found_ids uuid[];
BEGIN
    SELECT coalesce(array_agg(DISTINCT m.user_id), '{}') INTO found_ids
    FROM public.school_memberships AS m
    WHERE m.school_id = ANY (my_schools);
    RETURN found_ids;
END
$fn$;
"""


# school_ids() and school_ids_for_roles() are the policies' hot path (once per statement): one body written
# once, generated with and without the role filter so that neither pays for the other's condition.
_SCHOOL_IDS_TEMPLATE = r"""-- plpgsql rather than SQL functions: their queries keep a cached plan for the whole session.
CREATE FUNCTION app_auth.{name} RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    token text := current_setting('app.access_token', true);
    digest bytea;
    remembered record;
    me uuid;
    found_ids uuid[];
BEGIN
    -- A token verified before: its remembered row (the same checks as in verified_subject) and the live
    -- memberships in one query, which saves a call and a query on every statement.
    IF token <> '' AND current_setting('transaction_isolation') <> 'serializable'
       AND NOT pg_is_in_recovery() THEN
        digest := sha256(convert_to(token, 'UTF8'));
        SELECT v.expires_at, ARRAY(
                   SELECT m.school_id FROM public.school_memberships AS m JOIN public.users AS u ON u.id = m.user_id
                   WHERE m.user_id = v.user_id AND m.is_active AND u.is_active{role_filter}) AS ids
        INTO remembered
        FROM app_private.verified_tokens AS v JOIN app_private.jwt_secret AS s ON s.key_id = v.key_id
        WHERE v.token_digest = digest;
        IF FOUND THEN
            IF remembered.expires_at <= extract(epoch FROM statement_timestamp()) THEN
                RAISE EXCEPTION 'access token rejected: expired' USING ERRCODE = '28000';
            END IF;
            RETURN remembered.ids;
        END IF;
    END IF;
    me := app_private.verified_subject(token);
    IF me IS NULL THEN
        RETURN '{{}}';
    END IF;
    SELECT coalesce(array_agg(m.school_id), '{{}}') INTO found_ids
    FROM public.school_memberships AS m JOIN public.users AS u ON u.id = m.user_id
    WHERE m.user_id = me AND m.is_active AND u.is_active{role_filter};
    RETURN found_ids;
END
$fn$;

"""
_ROLE_FILTER = "\n      AND jsonb_typeof(m.roles) = 'array' AND m.roles ?| wanted_roles"
SCHOOL_IDS_SQL = _SCHOOL_IDS_TEMPLATE.format(name="school_ids()", role_filter="") + _SCHOOL_IDS_TEMPLATE.format(
    name="school_ids_for_roles(wanted_roles text[])", role_filter=_ROLE_FILTER
)

AUTH_FUNCTIONS = (
    "app_auth.verified_claims()",
    "app_auth.uid()",
    "app_auth.school_ids()",
    "app_auth.school_ids_for_roles(text[])",
    "app_auth.visible_user_ids()",
)


def _policies() -> list[str]:
    """CREATE POLICY statements, all `TO` the desktop role."""
    to = f"TO {DESKTOP_ROLE}"
    stmts: list[str] = []
    for table, (writers, commands) in TENANT_WRITES.items():
        stmts.append(f"CREATE POLICY {table}_select ON {table} FOR SELECT {to} USING ({MEMBER_OF})")
        for command in commands:
            name = f"{table}_{command.lower()}"
            writes = _writers_of(writers)
            if command == "INSERT":
                stmts.append(f"CREATE POLICY {name} ON {table} FOR INSERT {to} WITH CHECK ({writes})")
            elif command == "UPDATE":
                stmts.append(f"CREATE POLICY {name} ON {table} FOR UPDATE {to} USING ({writes}) WITH CHECK ({writes})")
            else:
                stmts.append(f"CREATE POLICY {name} ON {table} FOR DELETE {to} USING ({writes})")
    school_admin = _writers_of(SCHOOL_ADMINS)
    stmts += [
        f"CREATE POLICY schools_select ON schools FOR SELECT {to} "
        "USING (id = ANY ((SELECT app_auth.school_ids())::uuid[]))",
        f"CREATE POLICY schools_update ON schools FOR UPDATE {to} "
        f"USING ({_writers_of(SCHOOL_ADMINS, 'id')}) WITH CHECK ({_writers_of(SCHOOL_ADMINS, 'id')})",
        f"CREATE POLICY school_memberships_select ON school_memberships FOR SELECT {to} "
        f"USING ((user_id = (SELECT app_auth.uid()) AND {MEMBER_OF}) OR {school_admin})",
        f"CREATE POLICY school_memberships_insert ON school_memberships FOR INSERT {to} WITH CHECK ({school_admin})",
        f"CREATE POLICY school_memberships_update ON school_memberships FOR UPDATE {to} "
        f"USING ({school_admin}) WITH CHECK ({school_admin})",
        f"CREATE POLICY school_memberships_delete ON school_memberships FOR DELETE {to} USING ({school_admin})",
        f"CREATE POLICY users_select ON users FOR SELECT {to} "
        "USING (id = ANY ((SELECT app_auth.visible_user_ids())::uuid[]))",
        # Own row only, and only while the user may work in some school.
        f"CREATE POLICY users_update ON users FOR UPDATE {to} "
        "USING (id = (SELECT app_auth.uid()) AND (SELECT cardinality(app_auth.school_ids())) > 0) "
        "WITH CHECK (id = (SELECT app_auth.uid()))",
        # FORCE applies to the owner too: let the identity functions (owner's rights) read what they need.
        "CREATE POLICY users_identity_lookup ON users FOR SELECT TO CURRENT_USER USING (true)",
        "CREATE POLICY school_memberships_identity_lookup ON school_memberships FOR SELECT TO CURRENT_USER "
        "USING (true)",
    ]
    return stmts


def upgrade() -> None:
    op.create_index("idx_school_memberships_user", "school_memberships", ["user_id"])
    op.execute(ROLE_SQL)
    op.execute(SECRET_SQL)
    op.execute(AUTH_SQL.replace("-- @school_ids_functions", SCHOOL_IDS_SQL))
    for function in AUTH_FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {DESKTOP_ROLE}")
    op.execute(f"GRANT USAGE ON SCHEMA app_auth TO {DESKTOP_ROLE}")
    op.execute(f"GRANT USAGE ON SCHEMA public TO {DESKTOP_ROLE}")
    for table, (_, commands) in TENANT_WRITES.items():
        op.execute(f"GRANT SELECT, {', '.join(commands)} ON {table} TO {DESKTOP_ROLE}")
    for grant in OTHER_GRANTS:
        op.execute(grant.format(role=DESKTOP_ROLE))
    for table in ALL_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    for statement in _policies():
        op.execute(statement)


def downgrade() -> None:
    for table in ALL_TABLES:
        op.execute(
            f"DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname FROM pg_policies "
            f"WHERE schemaname = 'public' AND tablename = '{table}' LOOP "
            f"EXECUTE format('DROP POLICY %I ON {table}', p.policyname); END LOOP; END $$"
        )
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP SCHEMA app_auth CASCADE")
    op.execute("DROP SCHEMA app_private CASCADE")
    # Revoke what this database granted; the role itself goes only when no other database still uses it.
    op.execute(f"""
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{DESKTOP_ROLE}') THEN
        -- Explicit revokes (always allowed to the grantor); DROP OWNED BY when permitted also clears
        -- anything granted here by others. Privileges in app_auth/app_private went with those schemas.
        EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {DESKTOP_ROLE}';
        EXECUTE 'REVOKE ALL ON SCHEMA public FROM {DESKTOP_ROLE}';
        BEGIN
            EXECUTE 'DROP OWNED BY {DESKTOP_ROLE}';
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'DROP OWNED BY {DESKTOP_ROLE} not permitted here: %', SQLERRM;
        END;
        BEGIN
            EXECUTE 'DROP ROLE {DESKTOP_ROLE}';
        EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege OR object_in_use THEN
            RAISE NOTICE 'role {DESKTOP_ROLE} kept: %', SQLERRM;
        END;
    END IF;
END
$$;
""")
    op.drop_index("idx_school_memberships_user", table_name="school_memberships")
