"""The status moves of a held matrícula are held with it (issue 9, decision 1).

`sync.apply` sends `enrollment_status_events` straight to `sync.apply_event`, past the `sync.held_item`
check every other table goes through: a move of a matrícula held behind a suspected duplicate was refused
("La matrícula … no existe", a `rejected_mutation` item) and, after *Son personas distintas*, the matrícula
restarted at *Documentos pendientes* on the server. `sync.apply_event` is replaced by 0009's body (0005's
with the late-event fix) with two additions:

- a move whose row or `enrollment_id` (unaliased) is a held id is held behind the same item, with the verified
  author and the clock offset of its push noted in the held copy;
- replayed by `sync.resolve` (*distinct*, *merge*), such a move keeps that author and offset (the resolver's
  user and a zero offset would rewrite who made the move and when it is ordered).

An index on `sync.held_mutations (held_id)` finds the held copy on replay. Downgrade restores 0009's body (read
from 0009's script, so it is exactly the previous definition) and drops the index.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HERE = Path(__file__).parent

# The previous revision's sync.apply_event (0009's, 0005's with the late-event fix), edited: each anchor
# (found exactly once) -> its replacement.
MAY_0005 = "IF NOT sync.may(p_school, coalesce(v_tr.action, 'enrollment_status_change')) THEN"
EDITS = (
    ("\nBEGIN\n", "\n    v_item uuid;\n    v_held jsonb;\nBEGIN\n"),
    ("""    IF EXISTS (SELECT FROM public.enrollment_status_events AS e WHERE e.id = v_id) THEN
        RETURN sync.result('noop');
    END IF;
""", """    IF EXISTS (SELECT FROM public.enrollment_status_events AS e WHERE e.id = v_id) THEN
        RETURN sync.result('noop');
    END IF;
    -- A move of a matrícula held behind a suspected duplicate waits with it (0011), noting its author, the
    -- actions the author held and the clock offset of this push, all verified here, for the replay.
    v_item := sync.held_item(p_school, v_id, d);
    IF v_item IS NOT NULL THEN
        PERFORM sync.hold(p_school, v_item, v_id, p_client,
                          m || jsonb_build_object('held_by', p_user, 'held_offset', p_offset::text,
                                                  'held_actions', current_setting('sync.actions', true)));
        RETURN sync.result('held', 'En revisión: espera la decisión sobre un posible registro duplicado.', v_id);
    END IF;
    -- Replayed from the held table (sync.release, run by whoever resolved the case): the move is made as its
    -- author made it, not as the resolver (who may lack, say, enrollment_reopen) nor with a zero offset.
    IF current_setting('sync.has_held', true) IS DISTINCT FROM 'off' THEN
        SELECT h.mutation INTO v_held FROM sync.held_mutations AS h
        WHERE h.held_id = v_id AND h.school_id = p_school AND h.client_id = p_client AND h.released
          AND h.mutation_id = (m->>'mutation_id')::bigint;
        IF v_held ? 'held_by' THEN
            p_user := (v_held->>'held_by')::uuid;
            p_offset := (v_held->>'held_offset')::interval;
        END IF;
    END IF;
"""),
    (MAY_0005, "IF NOT (CASE WHEN v_held ? 'held_actions'\n"
               "               THEN position(',' || coalesce(v_tr.action, 'enrollment_status_change') || ','\n"
               "                             IN v_held->>'held_actions') > 0\n"
               "               ELSE sync.may(p_school, coalesce(v_tr.action, 'enrollment_status_change')) END) THEN"),
)


def apply_event_0009() -> str:
    """sync.apply_event as 0009 left it (0005's with the late-event fix): what 0011 edits and restores."""
    spec = importlib.util.spec_from_file_location("_alembic_0009", next(HERE.glob("0009_*.py")))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.FIXED_SQL)


def apply_event_0011() -> str:
    block = apply_event_0009()
    for anchor, replacement in EDITS:
        assert block.count(anchor) == 1, anchor
        block = block.replace(anchor, replacement)
    return block


def _raw(sql: str) -> None:
    """Run SQL as written (no bind-parameter parsing: the bodies contain ':' and '%')."""
    cursor = op.get_bind().connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def upgrade() -> None:
    _raw(apply_event_0011())  # CREATE OR REPLACE keeps the owner (the sync role) and the privileges
    op.execute("CREATE INDEX ix_held_mutations_held_id ON sync.held_mutations (held_id)")


def downgrade() -> None:
    op.execute("DROP INDEX sync.ix_held_mutations_held_id")
    _raw(apply_event_0009())
