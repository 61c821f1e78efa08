-- sync.resolve: a person decides a review item from any PC (loaded by 0005_sync.py).
--   duplicate_suspect: 'merge' (the held row becomes an alias of the existing one, its data fills the gaps,
--                      the held chain is replayed onto the winner), 'distinct' (payload: the corrected
--                      document_type/document_number; the held chain is replayed as a new person), 'discard'
--                      (the held chain is refused; all its data stays in the item).
--   field_conflict:    'choose' (payload {field: value} among the values shown).
--   any kind:          'dismiss'.

-- Replay the held chain of an item (in mutation order) and record the new outcome of each mutation.
CREATE FUNCTION sync.release(p_school uuid, p_user uuid, p_item uuid, p_first jsonb, p_reject text) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    h record;
    v_m jsonb;
    v_res jsonb;
    v_seq bigint := 0;
    v_results jsonb := '[]'::jsonb;
BEGIN
    UPDATE sync.held_mutations SET released = true WHERE item_id = p_item;
    FOR h IN SELECT * FROM sync.held_mutations WHERE item_id = p_item ORDER BY id LOOP  -- arrival order
        v_m := h.mutation;
        IF p_reject IS NOT NULL THEN
            v_res := sync.result('rejected', p_reject, p_code => 'discarded');
        ELSIF p_first IS NOT NULL AND h.id = (SELECT min(x.id) FROM sync.held_mutations AS x WHERE x.item_id = p_item) THEN
            v_res := p_first;  -- the held insert itself, already decided by the caller
        ELSE
            v_res := sync.apply(p_school, p_user, h.client_id, v_m, interval '0');
        END IF;
        v_seq := greatest(v_seq, (v_res->>'seq')::bigint);
        UPDATE sync.mutation_results AS x
        SET status = v_res->>'status', reason = v_res->>'reason', canonical_id = (v_res->>'canonical_id')::uuid,
            code = v_res->>'code', created_at = now()
        WHERE x.client_id = h.client_id AND x.mutation_id = h.mutation_id;
        v_results := v_results || jsonb_build_array(jsonb_build_object(
            'client_id', h.client_id, 'mutation_id', h.mutation_id, 'status', v_res->>'status',
            'reason', v_res->'reason', 'canonical_id', v_res->'canonical_id'));
    END LOOP;
    RETURN jsonb_build_object('results', v_results, 'seq', v_seq);
END
$fn$;

CREATE FUNCTION sync.resolve(p_token text, p_school_id uuid, p_item_id uuid, p_action text, p_payload jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET TimeZone = 'UTC' AS $fn$
DECLARE
    v_user uuid;
    it public.review_items;
    r sync.table_rules;
    v_first jsonb;
    v_insert jsonb;
    v_winner jsonb;
    v_merged jsonb;
    v_applied jsonb;
    v_out jsonb := jsonb_build_object('results', '[]'::jsonb, 'seq', 0);
    v_values jsonb := '{}'::jsonb;
    v_seq bigint;
    k text;
BEGIN
    v_user := sync._begin(p_token, p_school_id);
    PERFORM sync.lock_school(p_school_id);
    SELECT * INTO it FROM public.review_items AS x WHERE x.id = p_item_id AND x.school_id = p_school_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('error', 'not_found', 'reason', 'No se encontró ese caso de revisión.');
    ELSIF it.status <> 'open' THEN
        RETURN jsonb_build_object('error', 'already_resolved', 'status', it.status,
                                  'reason', 'Este caso ya fue resuelto en otro equipo.');
    END IF;
    SELECT * INTO r FROM sync.table_rules AS t WHERE t.table_name = it.table_name;
    IF NOT sync.may(p_school_id, coalesce(r.update_action, 'student_update')) THEN
        RETURN jsonb_build_object('error', 'forbidden', 'reason', 'No tiene permiso para resolver este caso.');
    END IF;

    IF p_action = 'dismiss' THEN
        IF it.kind = 'duplicate_suspect' THEN
            RETURN jsonb_build_object('error', 'invalid_action',
                                      'reason', 'Un posible duplicado se fusiona, se separa o se descarta.');
        END IF;
    ELSIF it.kind = 'duplicate_suspect' AND p_action = 'discard' THEN
        v_out := sync.release(p_school_id, v_user, it.id, NULL,
                              'Descartado en Revisión: los datos quedaron guardados en el caso.');
    ELSIF it.kind = 'duplicate_suspect' AND p_action = 'merge' THEN
        v_insert := it.payload->'data';
        v_winner := sync.load_row(r, it.other_row_id);
        IF v_winner IS NULL THEN
            RETURN jsonb_build_object('error', 'not_found', 'reason', 'El registro existente ya no está.');
        END IF;
        INSERT INTO public.id_aliases AS a (id, school_id, table_name, winner_id, reason)
        VALUES (it.row_id, p_school_id, it.table_name, it.other_row_id, 'duplicate_resolved')
        ON CONFLICT (id) DO NOTHING RETURNING a.server_seq INTO v_seq;
        PERFORM set_config('sync.has_aliases', 'on', true);
        v_merged := sync.merge_values(r, v_winner, v_insert - r.pk - 'school_id', NULL, true);
        v_applied := sync.apply_values(p_school_id, v_user, r, it.other_row_id, v_merged, it.payload->'mutation');
        v_first := sync.result('merged', 'Fusionado en Revisión con el registro existente.', it.other_row_id,
                               greatest(v_seq, (v_applied->>'seq')::bigint));
        v_out := sync.release(p_school_id, v_user, it.id, v_first, NULL);
    ELSIF it.kind = 'duplicate_suspect' AND p_action = 'distinct' THEN
        IF coalesce(p_payload->>'document_number', '') = '' THEN
            RETURN jsonb_build_object('error', 'invalid_payload',
                                      'reason', 'Escriba el número de documento corregido.');
        END IF;
        -- Replay with the corrected document on the insert (and on any later patch of the document).
        UPDATE sync.held_mutations AS h
        SET mutation = jsonb_set(h.mutation, '{data}', (h.mutation->'data')
                                 || jsonb_strip_nulls(jsonb_build_object('document_number', p_payload->>'document_number',
                                                                         'document_type', p_payload->>'document_type')))
        WHERE h.item_id = it.id AND h.held_id = it.row_id AND h.mutation->>'op' = 'insert';
        v_out := sync.release(p_school_id, v_user, it.id, NULL, NULL);
    ELSIF it.kind = 'field_conflict' AND p_action = 'choose' THEN
        FOR k IN SELECT jsonb_object_keys(coalesce(p_payload, '{}'::jsonb)) LOOP
            IF NOT it.payload->'fields' ? k THEN
                RETURN jsonb_build_object('error', 'invalid_payload',
                                          'reason', format('El campo «%s» no está en conflicto en este caso.', k));
            END IF;
            v_values := v_values || jsonb_build_object(k, p_payload->k);
        END LOOP;
        v_seq := sync.write_row(it.table_name, r.pk, it.row_id, v_values);
        v_out := jsonb_build_object('results', '[]'::jsonb, 'seq', coalesce(v_seq, 0));
    ELSE
        RETURN jsonb_build_object('error', 'invalid_action',
                                  'reason', format('Acción «%s» no válida para este caso.', p_action));
    END IF;
    UPDATE public.review_items AS x
    SET status = CASE WHEN p_action IN ('dismiss', 'discard') THEN 'dismissed' ELSE 'resolved' END,
        resolution = jsonb_build_object('action', p_action, 'payload', p_payload, 'results', v_out->'results'),
        resolved_by = v_user, resolved_at = now()
    WHERE x.id = it.id
    RETURNING x.server_seq INTO v_seq;
    PERFORM pg_notify('sync_' || replace(p_school_id::text, '-', ''), v_seq::text);
    RETURN jsonb_build_object('status', 'resolved', 'results', v_out->'results',
                              'write_checkpoint', greatest(v_seq, (v_out->>'seq')::bigint), 'server_now', now());
END
$fn$;

-- Tombstone clean-up, for a scheduled job run by the owner (not granted to anyone): hard-deletes rows
-- tombstoned longer than `p_older_than` (default 400 days, more than a school year) whose dependents are gone
-- too, and raises each school's horizon to the highest server_seq removed, so a PC whose cursor is behind it
-- re-bootstraps (it could hold such a row and would never hear of its removal).
CREATE FUNCTION sync.collect_tombstones(p_older_than interval DEFAULT interval '400 days') RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
    v_removed integer := 0;
    v_count integer;
    v_cutoff timestamptz := now() - p_older_than;
BEGIN
    PERFORM set_config('sync.gc', 'on', true);
    CREATE TEMP TABLE IF NOT EXISTS gc_removed (school_id uuid, server_seq bigint) ON COMMIT DROP;
    WITH d AS (DELETE FROM public.enrollment_documents AS x WHERE x.deleted_at < v_cutoff
               RETURNING x.school_id, x.server_seq)
    INSERT INTO gc_removed SELECT * FROM d;
    WITH d AS (DELETE FROM public.student_guardians AS x WHERE x.deleted_at < v_cutoff
               RETURNING x.school_id, x.server_seq)
    INSERT INTO gc_removed SELECT * FROM d;
    WITH d AS (DELETE FROM public.enrollments AS x WHERE x.deleted_at < v_cutoff
                   AND NOT EXISTS (SELECT FROM public.enrollment_documents AS c WHERE c.enrollment_id = x.id)
               RETURNING x.school_id, x.server_seq)
    INSERT INTO gc_removed SELECT * FROM d;
    WITH d AS (DELETE FROM public.academic_periods AS x WHERE x.deleted_at < v_cutoff
               RETURNING x.school_id, x.server_seq)
    INSERT INTO gc_removed SELECT * FROM d;
    WITH d AS (DELETE FROM public.school_years AS x WHERE x.deleted_at < v_cutoff
                   AND NOT EXISTS (SELECT FROM public.enrollments AS c WHERE c.school_year_id = x.id)
                   AND NOT EXISTS (SELECT FROM public.academic_periods AS c WHERE c.school_year_id = x.id)
               RETURNING x.school_id, x.server_seq)
    INSERT INTO gc_removed SELECT * FROM d;
    INSERT INTO sync.horizon AS h (school_id, min_cursor)
    SELECT g.school_id, max(g.server_seq) FROM gc_removed AS g GROUP BY g.school_id
    ON CONFLICT (school_id) DO UPDATE SET min_cursor = greatest(h.min_cursor, EXCLUDED.min_cursor);
    SELECT count(*) INTO v_count FROM gc_removed;
    v_removed := v_count;
    DROP TABLE gc_removed;
    RETURN v_removed;
END
$fn$;
