"""Security hardening: the permission table, has_action(), and the audience check that refused nothing.

The permission table
    `app_private.role_actions(role, action)`: the map of `desktop_app/domain/permissions.py` (PERMISSIONS),
    frozen here as `ROLE_ACTIONS` so that this migration means the same thing forever;
    tests/server/test_security_hardening.py proves the table equals the Python map, so a change of the
    map fails the tests until a new migration brings the table along. Owner only.

`app_auth.has_action(p_school_id uuid, p_action text) -> boolean`
    True iff the verified user (the token, as in 0003) is active and holds an active membership in that
    school with a role that grants the action. STABLE, SECURITY DEFINER, fixed search_path, EXECUTE for the
    desktop role. The sync functions call it; the policies below use its array form,
    `app_auth.school_ids_for_action(action)`, once per statement.

The audience check
    0003 tested `aud` with an expression that is NULL when the claim is missing or JSON null, and a NULL
    condition raises nothing: such tokens were accepted. `verified_subject` is replaced with the same body
    and a check that is false, never NULL, for anything but "authenticated" or an array holding it.
    Tokens remembered under the old check are forgotten.

Role limits for direct writes, from the same table
    `TABLE_ACTIONS` says which action each write of each table needs; the write policies of 0003 (role lists)
    are replaced by policies on `app_auth.school_ids_for_action(action)` (an InitPlan, as in 0003).
    Triggers add what a policy cannot see (the old row): an enrollment's status may only make a move of
    `ENROLLMENT_TRANSITIONS` (frozen copy of domain TRANSITIONS) that the user's role grants; a
    document's status / validation needs document_validate, _reject or _waive; a student's `is_active`
    needs student_deactivate. `enrollments.status` gets a CHECK with the app's states. They apply to the
    desktop role and its per-PC logins (the owner's and the sync functions' own writes are theirs to check).

Pointers to users stay inside the row's school
    `students.user_id` and `enrollment_documents.validated_by` must name a user with a membership (active or
    not: a past validation stays valid) in that row's school; checked for every writer, owner included,
    whenever the value is set or changed.

Per-PC logins instead of one shared password
    The desktop role loses LOGIN (and any setting someone persisted on it, such as
    default_transaction_read_only): each office PC logs in with its own role, a member of it, made by
    `desktop-app admin pc add` (desktop_app/admin/). Where the migrating role may not alter it, a NOTICE says so.

No strong table lock for a bare credential
    `LOCK TABLE … IN SHARE MODE` or stronger needs UPDATE, DELETE, TRUNCATE or MAINTAIN on the *table*
    (column privileges do not count). The desktop role therefore keeps INSERT and gets UPDATE per column
    instead of on the table, and loses DELETE (a deleted student took its enrollments and documents along by
    cascade; the app deletes softly, and links, periods and documents go through the sync path). Only ROW
    EXCLUSIVE remains, which conflicts with no read and no row write. Migration 0005 (Sync) revokes
    INSERT/UPDATE altogether: `REVOKE INSERT, UPDATE ON <table>` also takes the per-column grants.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DESKTOP_ROLE = "secretaria_desktop"

# Frozen copy of desktop_app.domain.permissions.PERMISSIONS (role -> actions) at this revision.
ROLE_ACTIONS: dict[str, tuple[str, ...]] = {
    "rector": ("document_receive", "document_reject", "document_validate", "document_view", "document_waive",
               "enrollment_activate", "enrollment_create", "enrollment_graduate", "enrollment_reopen",
               "enrollment_return", "enrollment_status_change", "enrollment_submit_review",
               "enrollment_withdraw", "guardian_edit", "print", "school_settings_edit", "school_year_edit",
               "student_create", "student_deactivate", "student_update", "student_view"),
    "coordinator": ("document_receive", "document_reject", "document_validate", "document_view", "document_waive",
                    "enrollment_activate", "enrollment_create", "enrollment_graduate", "enrollment_reopen",
                    "enrollment_return", "enrollment_status_change", "enrollment_submit_review",
                    "enrollment_withdraw", "guardian_edit", "print", "school_year_edit", "student_create",
                    "student_deactivate", "student_update", "student_view"),
    "secretary": ("document_receive", "document_reject", "document_validate", "document_view", "document_waive",
                  "enrollment_activate", "enrollment_create", "enrollment_return", "enrollment_status_change",
                  "enrollment_submit_review", "enrollment_withdraw", "guardian_edit", "print", "student_create",
                  "student_deactivate", "student_update", "student_view"),
    "teacher": ("print", "student_view"),
    "admin": ("print", "school_settings_edit", "school_year_edit", "student_view"),
}

# Frozen copy of desktop_app.domain.enrollment_status.TRANSITIONS: (from, to, the action the move needs).
ENROLLMENT_TRANSITIONS: tuple[tuple[str, str, str], ...] = (
    ("pending_documents", "in_review", "enrollment_submit_review"),
    ("in_review", "pending_documents", "enrollment_return"),
    ("in_review", "active", "enrollment_activate"),
    ("active", "graduated", "enrollment_graduate"),
    ("pending_documents", "withdrawn", "enrollment_withdraw"),
    ("in_review", "withdrawn", "enrollment_withdraw"),
    ("active", "withdrawn", "enrollment_withdraw"),
    ("withdrawn", "pending_documents", "enrollment_reopen"),
    ("graduated", "active", "enrollment_reopen"),
)
ENROLLMENT_STATUSES = ("pending_documents", "in_review", "active", "graduated", "withdrawn")
INITIAL_ENROLLMENT_STATUS = "pending_documents"
# enrollment_documents.status -> the action that puts a document in it (any other status: document_receive),
# as domain.checklist.item_state_action.
DOCUMENT_STATUS_ACTIONS = {"validated": "document_validate", "rejected": "document_reject",
                           "waived": "document_waive"}

# table -> {command: action it needs in the row's school}. A command not listed is refused to everyone.
# school_memberships keeps 0003's rector/admin policies (the permission map has no action for them).
TABLE_ACTIONS: dict[str, dict[str, str]] = {
    "school_settings": {"INSERT": "school_settings_edit", "UPDATE": "school_settings_edit"},
    "schools": {"UPDATE": "school_settings_edit"},
    "school_years": {"INSERT": "school_year_edit", "UPDATE": "school_year_edit"},
    "academic_periods": {"INSERT": "school_year_edit", "UPDATE": "school_year_edit"},
    "students": {"INSERT": "student_create", "UPDATE": "student_update"},
    "guardians": {"INSERT": "guardian_edit", "UPDATE": "guardian_edit"},
    "student_guardians": {"INSERT": "guardian_edit", "UPDATE": "guardian_edit"},
    "enrollments": {"INSERT": "enrollment_create", "UPDATE": "enrollment_create"},
    "enrollment_documents": {"INSERT": "document_receive", "UPDATE": "document_receive"},
}
# 0003's write policies that TABLE_ACTIONS replaces (school_memberships_delete goes with the DELETE grant).
OLD_WRITE_POLICIES = (
    *(f"{table}_{command}" for table in TABLE_ACTIONS if table != "schools"
      for command in ("insert", "update", "delete") if not (table == "school_settings" and command == "delete")),
    "schools_update", "school_memberships_delete",
)
# Tables on which 0003 granted the desktop role UPDATE on the whole table (now per column) and DELETE (gone).
TABLE_UPDATE_GRANTS = tuple(t for t in TABLE_ACTIONS if t != "schools")
DELETE_GRANTS = (*(t for t in TABLE_ACTIONS if t not in ("schools", "school_settings")), "school_memberships")

PERMISSION_SQL = f"""
CREATE TABLE app_private.role_actions (
    role text NOT NULL,
    action text NOT NULL,
    PRIMARY KEY (role, action)
);
REVOKE ALL ON app_private.role_actions FROM PUBLIC;
COMMENT ON TABLE app_private.role_actions IS
    'Which membership role may do which action: desktop_app/domain/permissions.py PERMISSIONS; owner only.';
CREATE INDEX idx_role_actions_action ON app_private.role_actions (action);

-- Schools where the verified user holds a role granting the action: what the write policies compare with.
CREATE FUNCTION app_auth.school_ids_for_action(p_action text) RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    granted text[];
BEGIN
    SELECT coalesce(array_agg(r.role), '{{}}') INTO granted FROM app_private.role_actions AS r
    WHERE r.action = p_action;
    -- school_ids_for_roles verifies the token (28000 when it is bad) and reads the memberships live; an
    -- unknown action has no roles and so no schools.
    RETURN app_auth.school_ids_for_roles(granted);
END
$fn$;
REVOKE ALL ON FUNCTION app_auth.school_ids_for_action(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_auth.school_ids_for_action(text) TO {DESKTOP_ROLE};

CREATE FUNCTION app_auth.has_action(p_school_id uuid, p_action text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
BEGIN
    IF p_school_id IS NULL OR p_action IS NULL THEN
        RETURN false;
    END IF;
    RETURN p_school_id = ANY (app_auth.school_ids_for_action(p_action));
END
$fn$;
REVOKE ALL ON FUNCTION app_auth.has_action(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_auth.has_action(uuid, text) TO {DESKTOP_ROLE};
"""

# The trigger functions run with the writer's rights (they must know who writes), and the writer has no
# access to app_private: so they read no app_private table and call only app_auth functions.
# The first condition: the desktop role and the per-PC logins that inherit its rights, not the owner,
# superusers or the sync functions' owner (direct writes by a desktop credential are the ones checked here).
_IF_DESKTOP_WRITER = f"""IF NOT coalesce((SELECT NOT r.rolsuper AND pg_has_role(current_user, '{DESKTOP_ROLE}', 'USAGE')
                         FROM pg_roles AS r WHERE r.rolname = current_user), false) THEN
        RETURN NEW;
    END IF;"""
_MOVE_ACTIONS = ", ".join(f"('{a}', '{b}', '{c}')" for a, b, c in ENROLLMENT_TRANSITIONS)

LIMITS_SQL = f"""
CREATE FUNCTION app_private.check_enrollment_write() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    needed text;
BEGIN
    {_IF_DESKTOP_WRITER}
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM '{INITIAL_ENROLLMENT_STATUS}' THEN
            RAISE EXCEPTION 'a new enrollment starts in {INITIAL_ENROLLMENT_STATUS}' USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        SELECT t.action INTO needed FROM (VALUES {_MOVE_ACTIONS}) AS t (source, target, action)
        WHERE t.source = OLD.status AND t.target = NEW.status;
        IF needed IS NULL THEN
            RAISE EXCEPTION 'no enrollment status move from % to %', OLD.status, NEW.status USING ERRCODE = '42501';
        ELSIF NOT app_auth.has_action(NEW.school_id, needed) THEN
            RAISE EXCEPTION 'the move from % to % needs %', OLD.status, NEW.status, needed USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$fn$;

CREATE FUNCTION app_private.check_document_write() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    needed text;
BEGIN
    {_IF_DESKTOP_WRITER}
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
        needed := CASE NEW.status {" ".join(f"WHEN '{k}' THEN '{v}'" for k, v in DOCUMENT_STATUS_ACTIONS.items())}
                  ELSE 'document_receive' END;
        IF NOT app_auth.has_action(NEW.school_id, needed) THEN
            RAISE EXCEPTION 'a document in status % needs %', NEW.status, needed USING ERRCODE = '42501';
        END IF;
    END IF;
    IF (TG_OP = 'INSERT' AND (NEW.validated_by IS NOT NULL OR NEW.validated_at IS NOT NULL))
       OR (TG_OP = 'UPDATE' AND (NEW.validated_by IS DISTINCT FROM OLD.validated_by
                                 OR NEW.validated_at IS DISTINCT FROM OLD.validated_at)) THEN
        IF NOT app_auth.has_action(NEW.school_id, 'document_validate') THEN
            RAISE EXCEPTION 'recording a validation needs document_validate' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$fn$;

CREATE FUNCTION app_private.check_student_write() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    {_IF_DESKTOP_WRITER}
    IF NEW.is_active IS DISTINCT FROM OLD.is_active AND NOT app_auth.has_action(NEW.school_id, 'student_deactivate') THEN
        RAISE EXCEPTION 'deactivating a student needs student_deactivate' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$fn$;

-- A pointer to a user must name a member (active or not) of the row's school. SECURITY DEFINER: the
-- memberships of the school are read whatever the writer may see.
CREATE FUNCTION app_private.check_user_pointer() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    pointed uuid := (to_jsonb(NEW) ->> TG_ARGV[0])::uuid;  -- the column named by the trigger's argument
BEGIN
    IF TG_OP = 'UPDATE' AND pointed IS NOT DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[0])::uuid
       AND NEW.school_id = OLD.school_id THEN
        RETURN NEW;
    END IF;
    IF pointed IS NOT NULL AND NOT EXISTS (
            SELECT FROM public.school_memberships AS m WHERE m.school_id = NEW.school_id AND m.user_id = pointed) THEN
        RAISE EXCEPTION '%.% names a user who is not a member of the row''s school', TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = '23503';
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION app_private.check_user_pointer() FROM PUBLIC;

CREATE TRIGGER enrollments_role_limits BEFORE INSERT OR UPDATE ON public.enrollments
FOR EACH ROW EXECUTE FUNCTION app_private.check_enrollment_write();
CREATE TRIGGER enrollment_documents_role_limits BEFORE INSERT OR UPDATE ON public.enrollment_documents
FOR EACH ROW EXECUTE FUNCTION app_private.check_document_write();
CREATE TRIGGER students_role_limits BEFORE UPDATE ON public.students
FOR EACH ROW EXECUTE FUNCTION app_private.check_student_write();
CREATE TRIGGER students_user_in_school BEFORE INSERT OR UPDATE ON public.students
FOR EACH ROW EXECUTE FUNCTION app_private.check_user_pointer('user_id');
CREATE TRIGGER enrollment_documents_validator_in_school BEFORE INSERT OR UPDATE ON public.enrollment_documents
FOR EACH ROW EXECUTE FUNCTION app_private.check_user_pointer('validated_by');

ALTER TABLE public.enrollments ADD CONSTRAINT ck_enrollments_status
    CHECK (status IN ({", ".join(f"'{s}'" for s in ENROLLMENT_STATUSES)}));
"""

LIMIT_TRIGGERS = (
    ("enrollments", "enrollments_role_limits"), ("enrollment_documents", "enrollment_documents_role_limits"),
    ("students", "students_role_limits"), ("students", "students_user_in_school"),
    ("enrollment_documents", "enrollment_documents_validator_in_school"),
)
LIMIT_FUNCTIONS = (
    "app_private.check_enrollment_write()", "app_private.check_document_write()",
    "app_private.check_student_write()", "app_private.check_user_pointer()",
)


def _action_policies() -> list[str]:
    """The write policies of TABLE_ACTIONS, all `TO` the desktop role."""
    stmts = []
    for table, commands in TABLE_ACTIONS.items():
        column = "id" if table == "schools" else "school_id"
        for command, action in commands.items():
            allowed = f"{column} = ANY ((SELECT app_auth.school_ids_for_action('{action}'))::uuid[])"
            name, head = f"{table}_{command.lower()}", f"ON {table} FOR {command} TO {DESKTOP_ROLE}"
            if command == "INSERT":
                stmts.append(f"CREATE POLICY {name} {head} WITH CHECK ({allowed})")
            else:
                stmts.append(f"CREATE POLICY {name} {head} USING ({allowed}) WITH CHECK ({allowed})")
    return stmts


def _update_per_column(table: str) -> str:
    """UPDATE on every column of `table` instead of on the table: the same writes, but no strong LOCK TABLE."""
    return f"""
DO $$
BEGIN
    EXECUTE (SELECT format('GRANT UPDATE (%s) ON public.{table} TO {DESKTOP_ROLE}', string_agg(quote_ident(attname), ', '))
             FROM pg_attribute WHERE attrelid = 'public.{table}'::regclass AND attnum > 0 AND NOT attisdropped);
END
$$"""


# The audience test of 0003 and its replacement: coalesce makes a missing, null, number or object `aud`
# a refusal instead of a NULL that slips through the ELSIF chain.
_OLD_AUDIENCE = """    ELSIF NOT (claims.aud::text = '"authenticated"' OR (json_typeof(claims.aud) = 'array'
               AND claims.aud::jsonb ? 'authenticated')) THEN"""
_NEW_AUDIENCE = """    ELSIF NOT coalesce(claims.aud::text = '"authenticated"' OR (json_typeof(claims.aud) = 'array'
               AND claims.aud::jsonb ? 'authenticated'), false) THEN"""


def _migration_0003() -> ModuleType:
    """0003 loaded from its file (alembic versions are not a package)."""
    path = Path(__file__).with_name("0003_tenant_security.py")
    spec = importlib.util.spec_from_file_location("_alembic_0003_tenant_security", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _verified_subject_sql(fixed: bool) -> str:
    """CREATE OR REPLACE of 0003's verified_subject, with the audience check fixed (or as 0003 wrote it)."""
    auth_sql: str = _migration_0003().AUTH_SQL
    start = auth_sql.index("CREATE FUNCTION app_private.verified_subject(")
    end = auth_sql.index("$fn$;", auth_sql.index("$fn$", start) + 4) + len("$fn$;")
    body = auth_sql[start:end].replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    if body.count(_OLD_AUDIENCE) != 1:
        raise RuntimeError("0003's audience check not found: this migration must be revised")
    return body.replace(_OLD_AUDIENCE, _NEW_AUDIENCE) if fixed else body


def _role_action_rows() -> str:
    return ", ".join(f"('{role}', '{action}')" for role, actions in ROLE_ACTIONS.items() for action in actions)


SHARED_LOGIN_OFF_SQL = f"""
DO $$
BEGIN
    ALTER ROLE {DESKTOP_ROLE} NOLOGIN;
    ALTER ROLE {DESKTOP_ROLE} RESET ALL;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'could not take LOGIN from {DESKTOP_ROLE} (%): do it as a role with CREATEROLE', SQLERRM;
END
$$;
"""


def upgrade() -> None:
    op.execute(SHARED_LOGIN_OFF_SQL)
    op.execute(PERMISSION_SQL)
    op.execute(f"INSERT INTO app_private.role_actions (role, action) VALUES {_role_action_rows()}")
    op.execute(_verified_subject_sql(fixed=True))
    op.execute("DELETE FROM app_private.verified_tokens")  # remembered under the old, lax audience check
    op.execute(LIMITS_SQL)
    for policy in OLD_WRITE_POLICIES:
        op.execute(f"DROP POLICY {policy} ON {policy.rsplit('_', 1)[0]}")
    for statement in _action_policies():
        op.execute(statement)
    for table in DELETE_GRANTS:
        op.execute(f"REVOKE DELETE ON {table} FROM {DESKTOP_ROLE}")
    for table in TABLE_UPDATE_GRANTS:
        op.execute(f"REVOKE UPDATE ON {table} FROM {DESKTOP_ROLE}")
        op.execute(_update_per_column(table))


def downgrade() -> None:
    old = _migration_0003()
    for table in TABLE_UPDATE_GRANTS:
        op.execute(f"REVOKE UPDATE ON {table} FROM {DESKTOP_ROLE}")  # also takes the column grants
    for table, (_, commands) in old.TENANT_WRITES.items():
        op.execute(f"GRANT SELECT, {', '.join(commands)} ON {table} TO {DESKTOP_ROLE}")
    for grant in old.OTHER_GRANTS:
        op.execute(grant.format(role=DESKTOP_ROLE))
    for statement in _action_policies():
        name, table = statement.split()[2], statement.split()[4]
        op.execute(f"DROP POLICY {name} ON {table}")
    for statement in old._policies():
        if statement.split()[2] in OLD_WRITE_POLICIES:
            op.execute(statement)
    op.execute("ALTER TABLE public.enrollments DROP CONSTRAINT ck_enrollments_status")
    for table, trigger in LIMIT_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger} ON public.{table}")
    for function in LIMIT_FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
    op.execute(_verified_subject_sql(fixed=False))
    op.execute("DROP FUNCTION app_auth.has_action(uuid, text)")
    op.execute("DROP FUNCTION app_auth.school_ids_for_action(text)")
    op.execute("DROP TABLE app_private.role_actions")
