"""Three new actions in the permission table: `enrollment_delete`, `piar_view`, `piar_edit`.

`enrollment_delete` (secretary, coordinator, rector) soft-deletes a matrícula or a guardian link — the undo
of an import or a promotion; the row stays as a `deleted_at` tombstone. `piar_view` / `piar_edit` (same
roles) guard the PIAR (`students.piar_data`, Decreto 1421/2017), sensitive data under Ley 1581 art. 5.
Only rows of `app_private.role_actions` are added (the map of desktop_app/domain/permissions.py, frozen
here); what enforces them comes in later revisions.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen: role -> the actions this revision grants it.
NEW_ROLE_ACTIONS: dict[str, tuple[str, ...]] = {
    role: ("enrollment_delete", "piar_edit", "piar_view") for role in ("rector", "coordinator", "secretary")
}


def upgrade() -> None:
    rows = ", ".join(f"('{role}', '{action}')" for role, actions in NEW_ROLE_ACTIONS.items() for action in actions)
    op.execute(f"INSERT INTO app_private.role_actions (role, action) VALUES {rows}")


def downgrade() -> None:
    op.execute("DELETE FROM app_private.role_actions WHERE action IN ('enrollment_delete', 'piar_edit', 'piar_view')")
