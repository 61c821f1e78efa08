"""A status event that becomes invalid because an earlier-ordered one arrived later gets its
`invalid_transition` review item (issue 9 decision 4: an invalid transition is kept, flagged and raised as an
item). In 0005 only the arriving event was checked: an event already in the history could be flagged
invalid by the recompute and leave the history with no item, so nobody saw it. Found by the H1 fault
harness (tests/sync/test_fault_harness.py); regression test tests/sync/server/test_late_event.py.

Only `sync.apply_event` changes (CREATE OR REPLACE keeps its owner, the sync role, and its grants); the
0005 values it embeds (the initial status, the status list) are frozen here as text.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIXED_SQL = r"""
CREATE OR REPLACE FUNCTION sync.apply_event(p_school uuid, p_user uuid, p_client uuid, m jsonb, p_offset interval)
RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    d jsonb := m->'data';
    v_id uuid := (m->>'row_id')::uuid;
    v_enr jsonb;
    v_tr record;
    v_at timestamptz;
    v_seq bigint;
    v_re jsonb;
    v_review bigint;
    v_other record;
BEGIN
    IF m->>'op' <> 'insert' THEN
        RETURN sync.result('rejected', 'Los cambios de estado no se modifican ni se borran: registre un nuevo cambio.',
                           p_code => 'forbidden');
    END IF;
    IF EXISTS (SELECT FROM public.enrollment_status_events AS e WHERE e.id = v_id) THEN
        RETURN sync.result('noop');
    END IF;
    SELECT to_jsonb(x) INTO v_enr FROM public.enrollments AS x
    WHERE x.id = (d->>'enrollment_id')::uuid AND x.school_id = p_school;
    IF v_enr IS NULL THEN
        RETURN sync.result('rejected', 'La matrícula de este cambio de estado no existe en el colegio.',
                           p_code => 'not_found');
    END IF;
    SELECT * INTO v_tr FROM sync.transitions AS t WHERE t.source = v_enr->>'status' AND t.target = d->>'status';
    IF NOT sync.may(p_school, coalesce(v_tr.action, 'enrollment_status_change')) THEN
        RETURN sync.result('rejected', format('No tiene permiso para cambiar la matrícula a «%s».', d->>'status'),
                           p_code => 'forbidden');
    END IF;
    IF v_tr.needs_reason AND btrim(coalesce(d->>'reason', '')) = '' THEN
        RETURN sync.result('rejected', 'Este cambio de estado necesita un motivo.', p_code => 'invalid');
    END IF;
    IF NOT (d->>'status') = ANY (ARRAY['pending_documents', 'in_review', 'active', 'graduated', 'withdrawn']) THEN
        RETURN sync.result('rejected', format('Estado de matrícula desconocido: «%s».', d->>'status'),
                           p_code => 'invalid');
    END IF;
    -- A record that had a status before events existed keeps it as its starting point.
    IF v_enr->>'status' <> 'pending_documents' THEN
        INSERT INTO public.enrollment_status_events (id, school_id, enrollment_id, status, reason, occurred_at,
                                                     ordered_at, valid)
        SELECT gen_random_uuid(), p_school, x.id, x.status, 'estado inicial', x.created_at, '-infinity', true
        FROM public.enrollments AS x WHERE x.id = (v_enr->>'id')::uuid
          AND NOT EXISTS (SELECT FROM public.enrollment_status_events AS e WHERE e.enrollment_id = x.id);
    END IF;
    v_at := coalesce((d->>'occurred_at')::timestamptz, now());
    INSERT INTO public.enrollment_status_events (id, school_id, enrollment_id, status, reason, occurred_at,
                                                 ordered_at, user_id, client_id)
    VALUES (v_id, p_school, (v_enr->>'id')::uuid, d->>'status', nullif(btrim(d->>'reason'), ''), v_at,
            least(greatest(v_at + p_offset, now() - interval '400 days'), now() + interval '5 minutes'),
            p_user, p_client)
    RETURNING server_seq INTO v_seq;
    v_re := sync.recompute_status((v_enr->>'id')::uuid);
    -- An event ordered before others can make one of them invalid: that one gets its item too (once while
    -- open), or it would leave the history with nobody told.
    FOR v_other IN
        SELECT e.* FROM public.enrollment_status_events AS e
        WHERE e.id IN (SELECT x::uuid FROM jsonb_array_elements_text(v_re->'invalid') AS x) AND e.id <> v_id
          AND NOT EXISTS (SELECT FROM public.review_items AS i WHERE i.kind = 'invalid_transition'
                          AND i.other_row_id = e.id AND i.status = 'open')
    LOOP
        v_seq := greatest(v_seq, sync.review(p_school, p_user, 'invalid_transition', 'enrollments',
                                             v_other.enrollment_id, v_other.id, jsonb_build_object(
            'event', jsonb_build_object('id', v_other.id, 'enrollment_id', v_other.enrollment_id,
                                        'status', v_other.status, 'reason', v_other.reason,
                                        'occurred_at', v_other.occurred_at, 'user_id', v_other.user_id),
            'status', v_re->>'status', 'made_invalid_by', v_id)));
    END LOOP;
    IF v_re->'invalid' ? v_id::text THEN
        v_review := sync.review(p_school, p_user, 'invalid_transition', 'enrollments', (v_enr->>'id')::uuid, v_id,
                                jsonb_build_object('event', d, 'status', v_re->>'status'));
        RETURN sync.result('applied', 'El cambio de estado no es válido en el orden de los hechos: quedó registrado '
                           'y pasó a Revisión.', NULL, greatest(v_seq, (v_re->>'seq')::bigint, v_review),
                           'invalid_transition');
    END IF;
    RETURN sync.result('applied', NULL, NULL, greatest(v_seq, (v_re->>'seq')::bigint));
END
$fn$;
"""

ORIGINAL_SQL = r"""
CREATE OR REPLACE FUNCTION sync.apply_event(p_school uuid, p_user uuid, p_client uuid, m jsonb, p_offset interval)
RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    d jsonb := m->'data';
    v_id uuid := (m->>'row_id')::uuid;
    v_enr jsonb;
    v_tr record;
    v_at timestamptz;
    v_seq bigint;
    v_re jsonb;
    v_review bigint;
BEGIN
    IF m->>'op' <> 'insert' THEN
        RETURN sync.result('rejected', 'Los cambios de estado no se modifican ni se borran: registre un nuevo cambio.',
                           p_code => 'forbidden');
    END IF;
    IF EXISTS (SELECT FROM public.enrollment_status_events AS e WHERE e.id = v_id) THEN
        RETURN sync.result('noop');
    END IF;
    SELECT to_jsonb(x) INTO v_enr FROM public.enrollments AS x
    WHERE x.id = (d->>'enrollment_id')::uuid AND x.school_id = p_school;
    IF v_enr IS NULL THEN
        RETURN sync.result('rejected', 'La matrícula de este cambio de estado no existe en el colegio.',
                           p_code => 'not_found');
    END IF;
    SELECT * INTO v_tr FROM sync.transitions AS t WHERE t.source = v_enr->>'status' AND t.target = d->>'status';
    IF NOT sync.may(p_school, coalesce(v_tr.action, 'enrollment_status_change')) THEN
        RETURN sync.result('rejected', format('No tiene permiso para cambiar la matrícula a «%s».', d->>'status'),
                           p_code => 'forbidden');
    END IF;
    IF v_tr.needs_reason AND btrim(coalesce(d->>'reason', '')) = '' THEN
        RETURN sync.result('rejected', 'Este cambio de estado necesita un motivo.', p_code => 'invalid');
    END IF;
    IF NOT (d->>'status') = ANY (ARRAY['pending_documents', 'in_review', 'active', 'graduated', 'withdrawn']) THEN
        RETURN sync.result('rejected', format('Estado de matrícula desconocido: «%s».', d->>'status'),
                           p_code => 'invalid');
    END IF;
    -- A record that had a status before events existed keeps it as its starting point.
    IF v_enr->>'status' <> 'pending_documents' THEN
        INSERT INTO public.enrollment_status_events (id, school_id, enrollment_id, status, reason, occurred_at,
                                                     ordered_at, valid)
        SELECT gen_random_uuid(), p_school, x.id, x.status, 'estado inicial', x.created_at, '-infinity', true
        FROM public.enrollments AS x WHERE x.id = (v_enr->>'id')::uuid
          AND NOT EXISTS (SELECT FROM public.enrollment_status_events AS e WHERE e.enrollment_id = x.id);
    END IF;
    v_at := coalesce((d->>'occurred_at')::timestamptz, now());
    INSERT INTO public.enrollment_status_events (id, school_id, enrollment_id, status, reason, occurred_at,
                                                 ordered_at, user_id, client_id)
    VALUES (v_id, p_school, (v_enr->>'id')::uuid, d->>'status', nullif(btrim(d->>'reason'), ''), v_at,
            least(greatest(v_at + p_offset, now() - interval '400 days'), now() + interval '5 minutes'),
            p_user, p_client)
    RETURNING server_seq INTO v_seq;
    v_re := sync.recompute_status((v_enr->>'id')::uuid);
    IF v_re->'invalid' ? v_id::text THEN
        v_review := sync.review(p_school, p_user, 'invalid_transition', 'enrollments', (v_enr->>'id')::uuid, v_id,
                                jsonb_build_object('event', d, 'status', v_re->>'status'));
        RETURN sync.result('applied', 'El cambio de estado no es válido en el orden de los hechos: quedó registrado '
                           'y pasó a Revisión.', NULL, greatest(v_seq, (v_re->>'seq')::bigint, v_review),
                           'invalid_transition');
    END IF;
    RETURN sync.result('applied', NULL, NULL, greatest(v_seq, (v_re->>'seq')::bigint));
END
$fn$;
"""



def _raw(sql: str) -> None:
    """Run SQL as written (no bind-parameter parsing: the body contains ':' and '%')."""
    cursor = op.get_bind().connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def upgrade() -> None:
    _raw(FIXED_SQL)


def downgrade() -> None:
    _raw(ORIGINAL_SQL)
