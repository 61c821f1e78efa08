"""Security hardening: the permission table, has_action(), and the audience check that refused nothing.

The permission table
    `app_private.role_actions(role, action)`: the map of `desktop_app/domain/permissions.py` (PERMISSIONS),
    frozen here as `ROLE_ACTIONS` so that this migration means the same thing forever;
    tests/server/test_security_hardening.py proves the table equals the Python map, so a change of the
    map fails the tests until a new migration brings the table along. Owner only.

`app_auth.has_action(p_school_id uuid, p_action text) -> boolean`
    True iff the verified user (the token, as in 0003) is active and holds an active membership in that
    school with a role that grants the action. STABLE, SECURITY DEFINER, fixed search_path, EXECUTE for the
    desktop role. The sync functions and the policies below call it.

The audience check
    0003 tested `aud` with an expression that is NULL when the claim is missing or JSON null, and a NULL
    condition raises nothing: such tokens were accepted. `verified_subject` is replaced with the same body
    and a check that is false, never NULL, for anything but "authenticated" or an array holding it.
    Tokens remembered under the old check are forgotten.

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
    "rector": ("document_receive", "document_reject", "document_validate", "document_waive",
               "enrollment_activate", "enrollment_create", "enrollment_graduate", "enrollment_reopen",
               "enrollment_return", "enrollment_status_change", "enrollment_submit_review",
               "enrollment_withdraw", "guardian_edit", "print", "school_settings_edit", "school_year_edit",
               "student_create", "student_deactivate", "student_update", "student_view"),
    "coordinator": ("document_receive", "document_reject", "document_validate", "document_waive",
                    "enrollment_activate", "enrollment_create", "enrollment_graduate", "enrollment_reopen",
                    "enrollment_return", "enrollment_status_change", "enrollment_submit_review",
                    "enrollment_withdraw", "guardian_edit", "print", "school_year_edit", "student_create",
                    "student_deactivate", "student_update", "student_view"),
    "secretary": ("document_receive", "document_reject", "document_validate", "document_waive",
                  "enrollment_activate", "enrollment_create", "enrollment_return", "enrollment_status_change",
                  "enrollment_submit_review", "enrollment_withdraw", "guardian_edit", "print", "student_create",
                  "student_deactivate", "student_update", "student_view"),
    "teacher": ("print", "student_view"),
    "admin": ("print", "school_settings_edit", "school_year_edit", "student_view"),
}

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

CREATE FUNCTION app_auth.has_action(p_school_id uuid, p_action text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    granted text[];
BEGIN
    IF p_school_id IS NULL OR p_action IS NULL THEN
        RETURN false;
    END IF;
    SELECT coalesce(array_agg(r.role), '{{}}') INTO granted FROM app_private.role_actions AS r
    WHERE r.action = p_action;
    IF cardinality(granted) = 0 THEN
        RETURN false;  -- an unknown action is granted to no one (and the token is still checked below)
    END IF;
    -- school_ids_for_roles verifies the token (28000 when it is bad) and reads the memberships live.
    RETURN p_school_id = ANY (app_auth.school_ids_for_roles(granted));
END
$fn$;
REVOKE ALL ON FUNCTION app_auth.has_action(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_auth.has_action(uuid, text) TO {DESKTOP_ROLE};
"""

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


def upgrade() -> None:
    op.execute(PERMISSION_SQL)
    op.execute(f"INSERT INTO app_private.role_actions (role, action) VALUES {_role_action_rows()}")
    op.execute(_verified_subject_sql(fixed=True))
    op.execute("DELETE FROM app_private.verified_tokens")  # remembered under the old, lax audience check


def downgrade() -> None:
    op.execute(_verified_subject_sql(fixed=False))
    op.execute("DROP FUNCTION app_auth.has_action(uuid, text)")
    op.execute("DROP TABLE app_private.role_actions")
