"""Sync: deleting a matrícula or an acudiente link needs `enrollment_delete` (added to the permission table by
0006), no longer the table's update action.

Until now `sync.apply` let anyone with `enrollment_create` / `guardian_edit` tombstone those rows, while the app
asks for `enrollment_delete` (the undo of an import or a promotion). Two functions change, and only in the
lines that must:

- `sync._begin` (its 0005 body, `sync._begin_0005` since 0007) publishes `enrollment_delete` among the actions the user holds (`sync.may` reads that list);
- `sync.apply`'s delete branch asks `enrollment_delete` for `enrollments` and `student_guardians`.

Each is re-created from its definition in the database with that one fragment replaced (and checked to be
there), so revisions written alongside this one that replace other parts of the same functions keep their
changes whatever order the chain ends up in.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DELETE_ACTION_TABLES = ("enrollments", "student_guardians")

# (function, fragment before, fragment after)
_CHANGES = (
    # 0007 renamed 0005's body to sync._begin_0005 (sync._begin wraps it); the action list is built there.
    ("sync._begin_0005(text, uuid, boolean)",
     "UNION VALUES ('student_deactivate'), ",
     "UNION VALUES ('student_deactivate'), ('enrollment_delete'), "),
    ("sync.apply(uuid, uuid, uuid, jsonb, interval)",
     "ELSIF NOT sync.may(v_row_school, r.update_action) THEN\n"
     "            RETURN sync.result('rejected', 'No tiene permiso para borrar este registro.'",
     "ELSIF NOT sync.may(v_row_school, CASE WHEN r.table_name IN ('enrollments', 'student_guardians')\n"
     "                                             THEN 'enrollment_delete' ELSE r.update_action END) THEN\n"
     "            RETURN sync.result('rejected', 'No tiene permiso para borrar este registro.'"),
)


def _replace(function: str, before: str, after: str) -> None:
    bind = op.get_bind()
    definition = bind.exec_driver_sql(
        "SELECT pg_get_functiondef(%(f)s::regprocedure)", {"f": function}).scalar_one()
    if definition.count(before) != 1:
        raise RuntimeError(f"{function}: the fragment to replace is not there exactly once: {before!r}")
    # pg_get_functiondef returns a complete CREATE OR REPLACE statement (owner and grants are kept).
    op.execute(definition.replace(before, after))


def upgrade() -> None:
    for function, before, after in _CHANGES:
        _replace(function, before, after)


def downgrade() -> None:
    for function, before, after in _CHANGES:
        _replace(function, after, before)
