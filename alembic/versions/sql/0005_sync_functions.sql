-- The sync functions of migration 0005 (loaded by 0005_sync.py, which fills the @-placeholders).
-- Everything here is owned by the sync role (NOBYPASSRLS): row-level security applies inside, keyed on
-- the verified token that each public function sets transaction-locally.

-- Planted bugs for the test harness are read from sync.test_switches (owner-only table) at the start of
-- each public function and published transaction-locally, so no client can switch one on.
CREATE FUNCTION sync.bug(p_name text) RETURNS boolean
LANGUAGE sql STABLE AS $fn$
    SELECT position(p_name IN coalesce(current_setting('sync.planted_bug', true), '')) > 0
$fn$;

-- Verify the token and the membership once per call, then publish transaction-locally what the rest of the
-- call needs: the school, now verified (the sync role's row-level security reads it: sync.my_school)
-- and the actions the user holds in this school (sync.may). Every public function calls this first, so a
-- value a client set in its session beforehand is always overwritten before anything is read.
CREATE FUNCTION sync._begin(p_token text, p_school_id uuid, p_actions boolean DEFAULT true) RETURNS uuid
LANGUAGE plpgsql AS $fn$
DECLARE
    v_user uuid;
    v_schools uuid[];
    v_actions text;
BEGIN
    PERFORM set_config('sync.planted_bug', coalesce((SELECT string_agg(name, ',') FROM sync.test_switches), ''),
                       true);
    PERFORM set_config('app.access_token', coalesce(p_token, ''), true);
    v_user := app_auth.uid();  -- raises 28000 for a token that fails a check
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'sync: an access token is required' USING ERRCODE = '28000';
    END IF;
    v_schools := app_auth.school_ids();
    IF p_school_id IS NULL OR NOT (p_school_id = ANY (v_schools)) THEN
        IF NOT sync.bug('trust_school') THEN
            RAISE EXCEPTION 'sync: not an active member of this school' USING ERRCODE = '42501';
        END IF;
    END IF;
    PERFORM set_config('sync.school', coalesce(p_school_id::text, ''), true);
    IF p_actions THEN
        SELECT ',' || string_agg(a, ',') || ',' INTO v_actions
        FROM (SELECT DISTINCT a FROM (SELECT insert_action AS a FROM sync.table_rules
                                      UNION SELECT update_action FROM sync.table_rules
                                      UNION SELECT action FROM sync.transitions
                                      UNION VALUES ('student_deactivate'), ('enrollment_status_change'),
                                                   @document_status_action_values) AS s
              WHERE a IS NOT NULL AND app_auth.has_action(p_school_id, a)) AS t;
    END IF;
    PERFORM set_config('sync.actions', coalesce(v_actions, ','), true);
    -- Most schools have no alias and nothing held: then the per-mutation look-ups are skipped (both flags are
    -- switched on again by the call that creates the first alias or held mutation).
    PERFORM set_config('sync.has_aliases', CASE WHEN EXISTS (SELECT FROM public.id_aliases AS a
                                                             WHERE a.school_id = p_school_id) THEN 'on' ELSE 'off' END, true);
    PERFORM set_config('sync.has_held', CASE WHEN EXISTS (SELECT FROM sync.held_mutations AS h
                                                          WHERE h.school_id = p_school_id AND NOT h.released)
                                             THEN 'on' ELSE 'off' END, true);
    PERFORM set_config('sync.actions_school', coalesce(p_school_id::text, ''), true);
    RETURN v_user;
END
$fn$;

-- Fold a person's name for "same person" comparisons: case, accents and spacing do not count.
CREATE FUNCTION sync.fold(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT btrim(regexp_replace(lower(translate(coalesce(p_name, ''), 'ÁÉÍÓÚÜÑáéíóúüñÀÈÌÒÙàèìòù',
                                               'AEIOUUNaeiouunAEIOUaeiou')), '\s+', ' ', 'g'))
$fn$;

-- Union of two arrays registered as append-only, keyed by `id`, else `sha256`, else the whole element: new
-- elements are appended; an element both sides hold is merged three-way against the client's base (so a file
-- entry's `upload: "verified"` patch lands, and a stale copy that still says "pending" does not undo it).
CREATE FUNCTION sync.json_union(p_server jsonb, p_base jsonb, p_new jsonb, p_path text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    RETURN (
        WITH s AS (SELECT e, o, coalesce(e->>'id', e->>'sha256', e::text) AS k
                   FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_server) = 'array' THEN p_server
                                             ELSE '[]'::jsonb END) WITH ORDINALITY AS a(e, o)),
             b AS (SELECT DISTINCT ON (k) e, k
                   FROM (SELECT e, o, coalesce(e->>'id', e->>'sha256', e::text) AS k
                         FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_base) = 'array' THEN p_base
                                                   ELSE '[]'::jsonb END) WITH ORDINALITY AS x(e, o)) AS q
                   ORDER BY k, o),
             n AS (SELECT DISTINCT ON (k) e, o, k
                   FROM (SELECT e, o, coalesce(e->>'id', e->>'sha256', e::text) AS k
                         FROM jsonb_array_elements(p_new) WITH ORDINALITY AS y(e, o)) AS q
                   ORDER BY k, o)
        SELECT coalesce(jsonb_agg(u.e ORDER BY u.src, u.o), '[]'::jsonb)
        FROM (SELECT CASE WHEN n.e IS NOT NULL AND jsonb_typeof(s.e) = 'object' AND jsonb_typeof(n.e) = 'object'
                          THEN sync.json_merge(s.e, coalesce(b.e, '{}'::jsonb), n.e, p_path || '[]')
                          ELSE s.e END AS e, 0 AS src, s.o
              FROM s LEFT JOIN n ON n.k = s.k LEFT JOIN b ON b.k = s.k
              UNION ALL
              SELECT n.e, 1, n.o FROM n WHERE NOT EXISTS (SELECT FROM s WHERE s.k = n.k)) AS u
    );
END
$fn$;

-- Three-way merge of a JSON value per key path, recursively: keys the client did not change (new = base)
-- keep the server's value, keys it changed take the new value (recursing into objects), keys it removed go
-- unless the server changed them meanwhile. Append-only arrays merge as a union; other arrays: last arrival.
CREATE FUNCTION sync.json_merge(p_server jsonb, p_base jsonb, p_new jsonb, p_path text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
    k text;
    result jsonb;
BEGIN
    IF p_path = ANY (ARRAY[@append_only_paths]) AND jsonb_typeof(p_new) = 'array' THEN
        RETURN sync.json_union(p_server, p_base, p_new, p_path);
    END IF;
    IF jsonb_typeof(p_new) IS DISTINCT FROM 'object' OR jsonb_typeof(p_server) IS DISTINCT FROM 'object' THEN
        RETURN p_new;
    END IF;
    IF jsonb_typeof(p_base) IS DISTINCT FROM 'object' THEN
        p_base := '{}'::jsonb;
    END IF;
    result := p_server;
    FOR k IN SELECT jsonb_object_keys(p_new) UNION SELECT jsonb_object_keys(p_base) LOOP
        IF NOT p_new ? k THEN
            IF (p_server -> k) IS NOT DISTINCT FROM (p_base -> k) THEN
                result := result - k;
            END IF;
        ELSIF (p_base -> k) IS DISTINCT FROM (p_new -> k) THEN
            result := jsonb_set(result, ARRAY[k],
                                sync.json_merge(p_server -> k, p_base -> k, p_new -> k, p_path || '.' || k));
        END IF;
    END LOOP;
    RETURN result;
END
$fn$;

CREATE FUNCTION sync.columns_of(p_table text) RETURNS text[]
LANGUAGE sql STABLE AS $fn$
    SELECT array_agg(attname::text ORDER BY attnum) FROM pg_catalog.pg_attribute
    WHERE attrelid = ('public.' || quote_ident(p_table))::regclass AND attnum > 0 AND NOT attisdropped
$fn$;

-- A review item; returns its server_seq.
CREATE FUNCTION sync.review(p_school uuid, p_user uuid, p_kind text, p_table text, p_row uuid, p_other uuid,
                            p_payload jsonb, p_id uuid DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql AS $fn$
DECLARE
    v_seq bigint;
BEGIN
    INSERT INTO public.review_items AS r (id, school_id, kind, table_name, row_id, other_row_id, payload,
                                          created_by)
    VALUES (coalesce(p_id, gen_random_uuid()), p_school, p_kind, p_table, p_row, p_other,
            coalesce(p_payload, '{}'::jsonb), p_user)
    RETURNING r.server_seq INTO v_seq;
    RETURN v_seq;
END
$fn$;

CREATE FUNCTION sync.result(p_status text, p_reason text DEFAULT NULL, p_canonical uuid DEFAULT NULL,
                            p_seq bigint DEFAULT NULL, p_code text DEFAULT NULL) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT jsonb_strip_nulls(jsonb_build_object('status', p_status, 'reason', p_reason,
                                                'canonical_id', p_canonical, 'seq', p_seq, 'code', p_code))
$fn$;

-- Update the given columns of one row from a JSON object of values; returns the new server_seq.
CREATE FUNCTION sync.write_row(p_table text, p_pk text, p_id uuid, p_values jsonb) RETURNS bigint
LANGUAGE plpgsql AS $fn$
DECLARE
    v_cols text;
    v_seq bigint;
BEGIN
    SELECT string_agg(quote_ident(k), ', ') INTO v_cols
    FROM jsonb_object_keys(p_values) AS k WHERE k = ANY (sync.columns_of(p_table));
    IF v_cols IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('UPDATE public.%1$I AS x SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record('
                   'NULL::public.%1$I, $1)) WHERE x.%3$I = $2 RETURNING x.server_seq', p_table, v_cols, p_pk)
        INTO v_seq USING p_values, p_id;
    RETURN v_seq;
END
$fn$;

-- Domain rules a row must keep (Spanish reason naming the field, or NULL when fine).
CREATE FUNCTION sync.invalid(p_table text, r jsonb) RETURNS text
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF p_table IN ('students', 'guardians') THEN
        IF NOT (r->>'document_type') = ANY (ARRAY[@document_types]) THEN
            RETURN format('Tipo de documento no válido: «%s».', r->>'document_type');
        ELSIF coalesce(r->>'document_number', '') !~ '^[0-9A-Za-z]{3,30}$' THEN
            RETURN format('Número de documento no válido: «%s» (solo letras y dígitos).', r->>'document_number');
        ELSIF btrim(coalesce(r->>'full_name', '')) = '' THEN
            RETURN 'Falta el nombre completo.';
        ELSIF p_table = 'students' AND (r->>'birth_date') IS NOT NULL
              AND ((r->>'birth_date')::date > current_date OR (r->>'birth_date')::date < date '1900-01-01') THEN
            RETURN format('Fecha de nacimiento fuera de rango: %s.', r->>'birth_date');
        END IF;
    ELSIF p_table IN ('school_years', 'academic_periods') THEN
        IF (r->>'ends_on')::date < (r->>'starts_on')::date THEN
            RETURN 'La fecha de fin es anterior a la de inicio.';
        ELSIF p_table = 'school_years' AND NOT coalesce(r->>'status', 'planning') = ANY (ARRAY[@school_year_statuses]) THEN
            RETURN format('Estado del año lectivo no válido: «%s».', r->>'status');
        ELSIF p_table = 'academic_periods' AND coalesce((r->>'number')::int, 0) < 1 THEN
            RETURN 'El número del periodo debe ser 1 o mayor.';
        END IF;
    ELSIF p_table = 'student_guardians' AND btrim(coalesce(r->>'relationship', '')) = '' THEN
        RETURN 'Falta el parentesco.';
    ELSIF p_table = 'enrollments' AND btrim(coalesce(r->>'grade_level', '')) = '' THEN
        RETURN 'Falta el grado.';
    END IF;
    RETURN NULL;
END
$fn$;

-- The action a write needs (beyond the table's own): deactivating a student, moving a document's status.
CREATE FUNCTION sync.extra_action(p_table text, p_values jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE
        WHEN p_table = 'students' AND p_values ? 'is_active' AND (p_values->>'is_active') IN ('false', '0')
            THEN 'student_deactivate'
        WHEN p_table = 'enrollment_documents' AND p_values ? 'status'
            THEN (ARRAY[@document_status_actions])[array_position(ARRAY[@document_statuses], p_values->>'status')]
    END
$fn$;

CREATE FUNCTION sync.may(p_school uuid, p_action text) RETURNS boolean
LANGUAGE sql STABLE AS $fn$
    SELECT p_action IS NULL OR CASE
        WHEN p_school::text = current_setting('sync.actions_school', true)
            THEN position(',' || p_action || ',' IN current_setting('sync.actions', true)) > 0
        ELSE coalesce(app_auth.has_action(p_school, p_action), false)
    END
$fn$;

-- The winner of a merged id (NULL if it is not an alias); custom plans for the reason given at natural_twin.
CREATE FUNCTION sync.winner_of(p_school uuid, p_id uuid) RETURNS uuid
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_custom_plan AS $fn$
DECLARE
    v_winner uuid;
BEGIN
    IF current_setting('sync.has_aliases', true) = 'off' THEN
        RETURN NULL;
    END IF;
    SELECT a.winner_id INTO v_winner FROM public.id_aliases AS a WHERE a.id = p_id AND a.school_id = p_school;
    RETURN v_winner;
END
$fn$;

-- Follow id_aliases for the row id and every pointer column of a mutation's data.
CREATE FUNCTION sync.unalias(p_school uuid, p_data jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    k text;
    v_winner uuid;
BEGIN
    FOREACH k IN ARRAY ARRAY[@pointer_columns] LOOP
        IF p_data ? k AND jsonb_typeof(p_data -> k) = 'string' THEN
            v_winner := sync.winner_of(p_school, (p_data->>k)::uuid);
            IF v_winner IS NOT NULL THEN
                p_data := jsonb_set(p_data, ARRAY[k], to_jsonb(v_winner));
            END IF;
        END IF;
    END LOOP;
    RETURN p_data;
END
$fn$;

-- Merge `p_new` (a patch's changed values, or an insert's whole row) into the current row `p_cur`:
-- identity fields change only where the server still has the base value (else a conflict is reported),
-- JSON columns merge per key path, other fields: last arrival wins. Returns {values, conflicts}.
CREATE FUNCTION sync.merge_values(p_rule sync.table_rules, p_cur jsonb, p_new jsonb, p_base jsonb,
                                  p_fill_only boolean) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    k text;
    v_cols text[] := p_rule.cols;
    v_values jsonb := '{}'::jsonb;
    v_conflicts jsonb := '{}'::jsonb;
    s jsonb;
    n jsonb;
    v jsonb;
BEGIN
    FOR k IN SELECT jsonb_object_keys(p_new) LOOP
        CONTINUE WHEN NOT k = ANY (v_cols) OR k = p_rule.pk OR k IN ('school_id', 'created_at')
                      OR (k = ANY (p_rule.server_owned)  -- planted bug: a client's whole status_history
                          AND NOT (sync.bug('client_history') AND k IN ('status', 'status_history')));
        s := p_cur -> k;
        n := p_new -> k;
        IF p_fill_only THEN  -- a merged duplicate: fill what the winner lacks, report what differs
            IF s IS NULL OR s = 'null'::jsonb OR s = '""'::jsonb OR s = '{}'::jsonb THEN
                v := n;
            ELSE
                IF k = ANY (p_rule.identity_cols) AND n <> 'null'::jsonb AND s::text <> n::text
                   AND NOT (s #>> '{}' IS NOT NULL AND sync.fold(s #>> '{}') = sync.fold(n #>> '{}')) THEN
                    v_conflicts := v_conflicts || jsonb_build_object(k, jsonb_build_object('server', s, 'yours', n));
                END IF;
                CONTINUE;
            END IF;
        ELSIF k = ANY (p_rule.json_cols) THEN
            v := sync.json_merge(s, p_base -> k, n, k);
        ELSIF k = ANY (p_rule.identity_cols) AND p_base IS NOT NULL AND p_base ? k
              AND s IS DISTINCT FROM (p_base -> k) AND s IS DISTINCT FROM n
              AND NOT sync.bug('bypass_merge') THEN
            v_conflicts := v_conflicts || jsonb_build_object(k, jsonb_build_object('server', s, 'yours', n,
                                                                                    'base', p_base -> k));
            CONTINUE;
        ELSE
            v := n;
        END IF;
        IF v IS DISTINCT FROM s THEN
            v_values := v_values || jsonb_build_object(k, v);
        END IF;
    END LOOP;
    RETURN jsonb_build_object('values', v_values, 'conflicts', v_conflicts);
END
$fn$;

-- Apply merged values to a row, raise a field_conflict item if needed; returns {seq, conflicts}.
CREATE FUNCTION sync.apply_values(p_school uuid, p_user uuid, p_rule sync.table_rules, p_id uuid, p_merged jsonb,
                                  p_mutation jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    v_seq bigint;
    v_review bigint;
BEGIN
    IF p_merged->'values' <> '{}'::jsonb THEN
        v_seq := sync.write_row(p_rule.table_name, p_rule.pk, p_id, p_merged->'values');
    END IF;
    IF p_merged->'conflicts' <> '{}'::jsonb THEN
        v_review := sync.review(p_school, p_user, 'field_conflict', p_rule.table_name, p_id, NULL,
                                jsonb_build_object('fields', p_merged->'conflicts', 'mutation', p_mutation));
    END IF;
    RETURN jsonb_build_object('seq', greatest(v_seq, v_review), 'changed', v_seq IS NOT NULL,
                              'conflict', v_review IS NOT NULL);
END
$fn$;

CREATE FUNCTION sync.conflict_reason(p_applied jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE WHEN (p_applied->>'conflict')::boolean
                THEN 'Otro equipo cambió antes algunos datos de identidad; quedó el valor del servidor y el '
                     'caso pasó a Revisión.' END
$fn$;

-- Static SQL per table (generated by the migration): plpgsql keeps each statement's plan, where a dynamic
-- EXECUTE would be planned again for every mutation.
CREATE FUNCTION sync.load_row(p_rule sync.table_rules, p_id uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    v_row jsonb;
BEGIN
@load_row_body
    RETURN v_row;
END
$fn$;

CREATE FUNCTION sync.school_of(p_rule sync.table_rules, p_row jsonb) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT (CASE WHEN p_rule.table_name = 'schools' THEN p_row->>'id' ELSE p_row->>'school_id' END)::uuid
$fn$;

-- A live-or-tombstoned row of the school with the same natural key as `p_row` (not `p_id` itself).
-- The key values go into typed variables first: under row-level security a condition that calls a
-- function that is not leakproof (jsonb ->>, a cast) cannot be used by the index before the policy, and the
-- look-up then scanned the whole school. Custom plans: on a new, small table the (school_id, server_seq)
-- index costs the same as the natural-key one, and a generic plan made then would stay for the session.
CREATE FUNCTION sync.natural_twin(p_rule sync.table_rules, p_school uuid, p_row jsonb, p_id uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_custom_plan AS $fn$
DECLARE
    v_row jsonb;
    v_t1 text;
    v_t2 text;
    v_u1 uuid;
    v_u2 uuid;
    v_n1 integer;
BEGIN
    IF p_rule.natural_key IS NULL OR sync.bug('bypass_merge') THEN
        RETURN NULL;
    END IF;
@natural_twin_body
    RETURN v_row;
END
$fn$;

-- Missing columns take the table's defaults (written out by the migration); server-owned ones are dropped.
CREATE FUNCTION sync.insert_row(p_rule sync.table_rules, p_row jsonb) RETURNS bigint
LANGUAGE plpgsql AS $fn$
DECLARE
    v_seq bigint;
BEGIN
    p_row := p_row - p_rule.server_owned;
@insert_row_body
    RETURN v_seq;
END
$fn$;

-- Is this row id (or a pointer of the data) waiting behind an unresolved duplicate? -> that review item.
CREATE FUNCTION sync.held_item(p_school uuid, p_id uuid, p_data jsonb) RETURNS uuid
LANGUAGE sql STABLE AS $fn$
    SELECT h.item_id FROM sync.held_mutations AS h
    WHERE current_setting('sync.has_held', true) IS DISTINCT FROM 'off' AND h.school_id = p_school AND NOT h.released
      AND (h.held_id = p_id OR h.held_id::text IN (SELECT p_data->>c FROM unnest(ARRAY[@pointer_columns]) AS c))
    LIMIT 1
$fn$;

CREATE FUNCTION sync.hold(p_school uuid, p_item uuid, p_held uuid, p_client uuid, p_mutation jsonb) RETURNS void
LANGUAGE sql AS $fn$
    SELECT set_config('sync.has_held', 'on', true);
    INSERT INTO sync.held_mutations (school_id, item_id, held_id, client_id, mutation_id, mutation)
    VALUES (p_school, p_item, p_held, p_client, (p_mutation->>'mutation_id')::bigint, p_mutation)
$fn$;

-- Recompute enrollments.status and status_history from the events, in (ordered_at, server_seq, id) order.
-- Events written by the migration (client_id NULL) are the record as it stood: always valid.
CREATE FUNCTION sync.recompute_status(p_enrollment uuid) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    ev record;
    v_cur text := '@initial_status';
    v_ok boolean;
    v_history jsonb := '[]'::jsonb;
    v_invalid uuid[] := '{}';
    v_seq bigint;
BEGIN
    FOR ev IN
        SELECT e.* FROM public.enrollment_status_events AS e WHERE e.enrollment_id = p_enrollment
        ORDER BY CASE WHEN sync.bug('raw_client_time') THEN e.occurred_at ELSE e.ordered_at END,
                 e.server_seq, e.id
    LOOP
        v_ok := ev.client_id IS NULL
                OR EXISTS (SELECT FROM sync.transitions AS t WHERE t.source = v_cur AND t.target = ev.status);
        IF v_ok THEN
            IF ev.ordered_at > '-infinity'::timestamptz THEN
                v_history := v_history || jsonb_build_array(jsonb_build_object(
                    'from', v_cur, 'to', ev.status, 'at', ev.occurred_at, 'by', ev.user_id, 'reason', ev.reason,
                    'event_id', ev.id));
            END IF;
            v_cur := ev.status;
        ELSE
            v_invalid := v_invalid || ev.id;
        END IF;
        IF ev.valid IS DISTINCT FROM v_ok THEN
            UPDATE public.enrollment_status_events SET valid = v_ok WHERE id = ev.id;
        END IF;
    END LOOP;
    UPDATE public.enrollments AS x SET status = v_cur, status_history = v_history
    WHERE x.id = p_enrollment AND (x.status, x.status_history) IS DISTINCT FROM (v_cur, v_history)
    RETURNING x.server_seq INTO v_seq;
    RETURN jsonb_build_object('status', v_cur, 'seq', v_seq, 'invalid', to_jsonb(v_invalid));
END
$fn$;

CREATE FUNCTION sync.apply_event(p_school uuid, p_user uuid, p_client uuid, m jsonb, p_offset interval)
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
    IF NOT (d->>'status') = ANY (ARRAY[@enrollment_statuses]) THEN
        RETURN sync.result('rejected', format('Estado de matrícula desconocido: «%s».', d->>'status'),
                           p_code => 'invalid');
    END IF;
    -- A record that had a status before events existed keeps it as its starting point.
    IF v_enr->>'status' <> '@initial_status' THEN
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

-- Apply one mutation under the school lock. Business refusals are results, never exceptions.
CREATE FUNCTION sync.apply(p_school uuid, p_user uuid, p_client uuid, m jsonb, p_offset interval) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    v_table text := m->>'table';
    v_op text := m->>'op';
    r sync.table_rules;
    v_id uuid := (m->>'row_id')::uuid;
    v_data jsonb := coalesce(m->'data', '{}'::jsonb);
    v_base jsonb := m->'base';
    v_row_school uuid := p_school;
    v_alias uuid;
    v_cur jsonb;
    v_twin jsonb;
    v_item uuid;
    v_merged jsonb;
    v_applied jsonb;
    v_seq bigint;
    v_reason text;
    v_review bigint;
    v_new jsonb;
    v_tombstoned boolean;
BEGIN
    IF v_table = 'enrollment_status_events' THEN
        v_data := sync.unalias(p_school, v_data);
        RETURN sync.apply_event(p_school, p_user, p_client, m || jsonb_build_object('data', v_data), p_offset);
    END IF;
    SELECT * INTO r FROM sync.table_rules AS t WHERE t.table_name = v_table;
    IF NOT FOUND THEN
        RETURN sync.result('rejected', format('Los datos de «%s» no se sincronizan.', v_table), p_code => 'forbidden');
    END IF;
    IF v_op NOT IN ('insert', 'patch', 'delete') THEN
        RETURN sync.result('rejected', format('Operación desconocida: «%s».', v_op), p_code => 'invalid');
    END IF;
    -- Pointers to merged rows follow their winner; so does the row itself.
    v_alias := sync.winner_of(p_school, v_id);
    IF v_alias IS NOT NULL THEN
        v_id := v_alias;
    END IF;
    v_data := sync.unalias(p_school, v_data);
    IF sync.bug('trust_school') AND v_data ? 'school_id' THEN
        v_row_school := (v_data->>'school_id')::uuid;  -- planted bug: the client's word for the school
    END IF;
    IF r.table_name = 'schools' THEN
        IF v_id <> v_row_school THEN
            RETURN sync.result('rejected', 'Solo se pueden cambiar los datos del colegio en el que trabaja.',
                               p_code => 'id_conflict');
        END IF;
    ELSE
        v_data := v_data || jsonb_build_object('school_id', v_row_school);
    END IF;
    v_data := v_data || jsonb_build_object(r.pk, v_id);
    v_item := sync.held_item(p_school, v_id, v_data);
    IF v_item IS NOT NULL THEN
        PERFORM sync.hold(p_school, v_item, v_id, p_client, m);
        RETURN sync.result('held', 'En revisión: espera la decisión sobre un posible registro duplicado.', v_id);
    END IF;
    v_cur := sync.load_row(r, v_id);
    IF v_cur IS NOT NULL AND sync.school_of(r, v_cur) IS DISTINCT FROM v_row_school THEN
        RETURN sync.result('rejected', 'Este registro no se puede guardar: su identificador ya está en uso.',
                           p_code => 'id_conflict');
    END IF;
    v_tombstoned := v_cur IS NOT NULL AND r.tombstone = 'deleted_at' AND (v_cur->>'deleted_at') IS NOT NULL;

    IF v_op = 'delete' THEN
        IF r.tombstone <> 'deleted_at' THEN
            RETURN sync.result('rejected', 'Estos registros no se borran: se desactivan.', p_code => 'forbidden');
        ELSIF v_cur IS NULL OR v_tombstoned THEN
            RETURN sync.result('noop');
        ELSIF NOT sync.may(v_row_school, r.update_action) THEN
            RETURN sync.result('rejected', 'No tiene permiso para borrar este registro.', p_code => 'forbidden');
        END IF;
        v_seq := sync.write_row(r.table_name, r.pk, v_id, jsonb_build_object('deleted_at', now()));
        RETURN sync.result('applied', NULL, NULL, v_seq);
    END IF;

    -- insert and patch
    IF v_op = 'insert' AND r.insert_action IS NULL THEN
        RETURN sync.result('rejected', 'Estos registros no se crean desde el equipo.', p_code => 'forbidden');
    END IF;
    IF NOT sync.may(v_row_school, CASE WHEN v_op = 'insert' AND v_cur IS NULL THEN r.insert_action
                                       ELSE r.update_action END)
       OR NOT sync.may(v_row_school, sync.extra_action(r.table_name, v_data - 'school_id'))
       OR (r.writable_cols IS NOT NULL AND v_op = 'patch'
           AND EXISTS (SELECT FROM jsonb_object_keys(v_data) AS k
                       WHERE NOT k = ANY (r.writable_cols || ARRAY[r.pk, 'school_id']))) THEN
        RETURN sync.result('rejected', format('No tiene permiso para este cambio en %s.', r.label),
                           p_code => 'forbidden');
    END IF;
    IF v_op = 'patch' AND v_cur IS NULL THEN
        RETURN sync.result('rejected', format('No se encontró el registro de %s que se quería cambiar.', r.label),
                           p_code => 'not_found');
    END IF;
    IF v_op = 'patch' AND v_tombstoned AND NOT (v_data ? 'deleted_at' AND (v_data->>'deleted_at') IS NULL) THEN
        RETURN sync.result('rejected', format('El registro de %s fue borrado en otro equipo; el cambio quedó en '
                                              'Revisión.', r.label), p_code => 'edit_after_delete');
    END IF;
    v_new := CASE WHEN v_cur IS NULL THEN v_data ELSE v_cur || v_data END;
    v_reason := sync.invalid(r.table_name, v_new);
    IF v_reason IS NOT NULL THEN
        RETURN sync.result('rejected', v_reason, p_code => 'invalid');
    END IF;

    IF v_cur IS NULL THEN  -- a new row: its natural key may already live under another id
        v_twin := sync.natural_twin(r, v_row_school, v_data, v_id);
        IF v_twin IS NULL THEN
            v_seq := sync.insert_row(r, v_data);
            IF v_seq IS NULL THEN  -- the id exists in a school this user cannot see
                RETURN sync.result('rejected', 'Este registro no se puede guardar: su identificador ya está en uso.',
                                   p_code => 'id_conflict');
            END IF;
            RETURN sync.result('applied', NULL, NULL, v_seq);
        END IF;
        IF r.merge_kind = 'person'
           AND NOT (sync.fold(v_twin->>'full_name') = sync.fold(v_data->>'full_name')
                    AND (r.table_name <> 'students' OR (v_twin->>'birth_date') IS NULL
                         OR (v_data->>'birth_date') IS NULL OR v_twin->>'birth_date' = v_data->>'birth_date')) THEN
            -- Same document, another person by name or birth date: hold it (and what depends on it) for a human.
            v_item := gen_random_uuid();
            v_review := sync.review(p_school, p_user, 'duplicate_suspect', r.table_name, v_id,
                                    (v_twin->>r.pk)::uuid,
                                    jsonb_build_object('data', v_data, 'existing', v_twin, 'mutation', m), v_item);
            PERFORM sync.hold(p_school, v_item, v_id, p_client, m);
            RETURN sync.result('held', format('En revisión: ya existe otro registro de %s con el mismo documento.',
                                              r.label), v_id, v_review, 'duplicate_suspect');
        END IF;
        -- The same person or the same natural key: one row, the loser id becomes an alias of the winner.
        INSERT INTO public.id_aliases AS a (id, school_id, table_name, winner_id, reason)
        VALUES (v_id, p_school, r.table_name, (v_twin->>r.pk)::uuid, 'duplicate')
        ON CONFLICT (id) DO NOTHING RETURNING a.server_seq INTO v_seq;
        PERFORM set_config('sync.has_aliases', 'on', true);
        IF r.tombstone = 'deleted_at' AND (v_twin->>'deleted_at') IS NOT NULL THEN
            v_data := v_data || '{"deleted_at": null}'::jsonb;  -- an insert revives its tombstoned twin
        END IF;
        v_merged := sync.merge_values(r, v_twin, v_data - r.pk, NULL, r.merge_kind = 'person');
        IF v_data ? 'deleted_at' AND (v_data->>'deleted_at') IS NULL AND (v_twin->>'deleted_at') IS NOT NULL THEN
            v_merged := jsonb_set(v_merged, '{values,deleted_at}', 'null'::jsonb);
        END IF;
        v_applied := sync.apply_values(p_school, p_user, r, (v_twin->>r.pk)::uuid, v_merged, m);
        RETURN sync.result('merged', coalesce(sync.conflict_reason(v_applied),
                                              format('Ya existía este registro de %s: se unieron.', r.label)),
                           (v_twin->>r.pk)::uuid, greatest(v_seq, (v_applied->>'seq')::bigint));
    END IF;

    -- The row exists (a patch, or an insert delivered again / of a deterministic id): merge per field.
    IF v_op = 'patch' AND r.natural_key IS NOT NULL
       AND EXISTS (SELECT FROM unnest(r.natural_key) AS c WHERE v_data ? c AND (v_data->c) IS DISTINCT FROM (v_cur->c))
       AND sync.natural_twin(r, v_row_school, v_new, v_id) IS NOT NULL THEN
        v_review := sync.review(p_school, p_user, 'rejected_mutation', r.table_name, v_id, NULL,
                                jsonb_build_object('mutation', m, 'reason', 'duplicate_key'));
        RETURN sync.result('rejected', format('Ya existe otro registro de %s con esos datos (documento o clave).',
                                              r.label), NULL, v_review, 'duplicate_key');
    END IF;
    IF v_tombstoned THEN
        v_data := v_data || '{"deleted_at": null}'::jsonb;
    END IF;
    v_merged := sync.merge_values(r, v_cur, v_data, CASE WHEN v_op = 'patch' THEN v_base END, false);
    IF v_tombstoned THEN
        v_merged := jsonb_set(v_merged, '{values,deleted_at}', 'null'::jsonb);
    END IF;
    v_applied := sync.apply_values(p_school, p_user, r, v_id, v_merged, m);
    IF NOT (v_applied->>'changed')::boolean AND NOT (v_applied->>'conflict')::boolean THEN
        RETURN sync.result('noop', NULL, CASE WHEN v_id::text <> m->>'row_id' THEN v_id END);
    END IF;
    RETURN sync.result('applied', sync.conflict_reason(v_applied),
                       CASE WHEN v_id::text <> m->>'row_id' THEN v_id END, (v_applied->>'seq')::bigint,
                       CASE WHEN (v_applied->>'conflict')::boolean THEN 'field_conflict' END);
END
$fn$;

-- One mutation, recorded: its result row and, for a refusal, a review item with all the data typed.
CREATE FUNCTION sync.apply_recorded(p_school uuid, p_user uuid, p_client uuid, m jsonb, p_offset interval,
                                    p_isolate boolean) RETURNS jsonb
LANGUAGE plpgsql AS $fn$
DECLARE
    v_res jsonb;
    v_review bigint;
BEGIN
    IF p_isolate THEN
        BEGIN
            v_res := sync.apply(p_school, p_user, p_client, m, p_offset);
        EXCEPTION WHEN OTHERS THEN
            v_res := sync.result('rejected', format('El servidor no pudo aplicar este cambio (error %s).', SQLSTATE),
                                 p_code => 'internal_error:' || SQLSTATE);
        END;
    ELSE
        v_res := sync.apply(p_school, p_user, p_client, m, p_offset);
    END IF;
    IF v_res->>'status' = 'rejected' AND coalesce(v_res->>'code', '') <> 'duplicate_key' THEN
        v_review := sync.review(p_school, p_user, CASE WHEN v_res->>'code' = 'edit_after_delete'
                                                      THEN 'edit_after_delete' ELSE 'rejected_mutation' END,
                                m->>'table', NULL, NULL,
                                jsonb_build_object('mutation', m, 'reason', v_res->>'reason', 'code', v_res->>'code'));
        v_res := v_res || jsonb_build_object('seq', greatest((v_res->>'seq')::bigint, v_review));
    END IF;
    INSERT INTO sync.mutation_results AS x (client_id, mutation_id, school_id, tx_id, status, reason, canonical_id,
                                            code)
    VALUES (p_client, (m->>'mutation_id')::bigint, p_school, (m->>'tx_id')::bigint, v_res->>'status',
            v_res->>'reason', (v_res->>'canonical_id')::uuid, v_res->>'code')
    ON CONFLICT (client_id, mutation_id) DO NOTHING;
    RETURN v_res;
END
$fn$;

CREATE FUNCTION sync.push(p_token text, p_client_id uuid, p_school_id uuid, p_protocol integer, p_batch jsonb,
                          p_isolate boolean DEFAULT false) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET TimeZone = 'UTC' AS $fn$
DECLARE
    v_user uuid;
    v_last bigint;
    v_mid bigint;
    m jsonb;
    v_res jsonb;
    v_results jsonb := '[]'::jsonb;
    v_checkpoint bigint := 0;
    v_client_now timestamptz;
    v_offset interval := interval '0';
BEGIN
    IF p_protocol IS DISTINCT FROM @protocol_version THEN
        RETURN jsonb_build_object('error', 'version_not_supported', 'supported', @protocol_version);
    END IF;
    v_user := sync._begin(p_token, p_school_id);
    PERFORM sync.lock_school(p_school_id);
    SELECT c.last_mutation_id INTO v_last FROM sync.clients AS c
    WHERE c.client_id = p_client_id AND c.school_id = p_school_id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO sync.clients (client_id, school_id, user_id, protocol_version)
        VALUES (p_client_id, p_school_id, v_user, p_protocol);
        v_last := 0;
    END IF;
    -- The PC says the server already acknowledged up to `after` (its own record), but the server knows less:
    -- the server was restored from a backup. The PC re-sends from its archive, starting at `expected`.
    -- (Ids are sparse per school and user, so a missing id alone proves nothing; `after` does.)
    IF (SELECT max((e->>'after')::bigint) FROM jsonb_array_elements(p_batch) AS e) > v_last THEN
        RETURN jsonb_build_object('error', 'gap', 'expected', v_last + 1);
    END IF;
    -- The PC's clock offset at this push, from the newest time it reports (`client_now` when the client sends
    -- it, else the newest local_time): event times are corrected by it, so a constant skew cancels out.
    SELECT max(coalesce((e->>'client_now')::timestamptz, (e->>'local_time')::timestamptz)) INTO v_client_now
    FROM jsonb_array_elements(p_batch) AS e;
    IF v_client_now IS NOT NULL THEN
        v_offset := now() - v_client_now;
    END IF;
    FOR m IN SELECT e FROM jsonb_array_elements(p_batch) AS e ORDER BY (e->>'mutation_id')::bigint LOOP
        v_mid := (m->>'mutation_id')::bigint;
        IF v_mid <= v_last AND NOT sync.bug('no_idempotency') THEN
            CONTINUE;  -- delivered before: its result is already stored
        END IF;
        v_res := sync.apply_recorded(p_school_id, v_user, p_client_id, m, v_offset, p_isolate);
        v_checkpoint := greatest(v_checkpoint, (v_res->>'seq')::bigint);
        IF v_res->>'status' <> 'applied' OR v_res ? 'reason' OR v_res ? 'canonical_id' THEN
            v_results := v_results || jsonb_build_array(jsonb_build_object(
                'mutation_id', v_mid, 'status', v_res->>'status', 'reason', v_res->'reason',
                'canonical_id', v_res->'canonical_id'));
        END IF;
        v_last := greatest(v_last, v_mid);
    END LOOP;
    UPDATE sync.clients AS c
    SET last_mutation_id = v_last, last_push_at = now(), user_id = v_user, protocol_version = p_protocol,
        clock_offset_ms = (extract(epoch FROM v_offset) * 1000)::bigint
    WHERE c.client_id = p_client_id AND c.school_id = p_school_id;
    IF v_checkpoint > 0 THEN
        PERFORM pg_notify('sync_' || replace(p_school_id::text, '-', ''), v_checkpoint::text);
    END IF;
    RETURN jsonb_build_object('acked_through', v_last, 'results', v_results, 'write_checkpoint', v_checkpoint,
                              'server_now', now());
END
$fn$;

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
BEGIN
    PERFORM sync._begin(p_token, p_school_id, false);
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
    -- Behind the tombstone horizon, or ahead of anything this server ever stamped (restored from a backup):
    -- the PC must start again from zero, keeping its outbox.
    IF v_cursor > 0 AND (v_cursor < coalesce(v_horizon, 0) OR v_cursor > (SELECT s.last_value FROM sync.seq AS s)) THEN
        RETURN jsonb_build_object('rows', '[]'::jsonb, 'has_more', false, 'cursor', v_cursor,
                                  'last_mutation_id', coalesce(v_last_mutation, 0), 'results', v_results,
                                  'server_now', now(), 'must_rebootstrap', true);
    END IF;
    -- One statement, one snapshot, every table merged by server_seq.
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

CREATE FUNCTION sync.digest(p_token text, p_school_id uuid, p_upto bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET TimeZone = 'UTC' AS $fn$
DECLARE
    v_digest jsonb;
BEGIN
    PERFORM sync._begin(p_token, p_school_id, false);
    SELECT jsonb_object_agg(d.t, jsonb_build_object('count', d.n, 'xor', lpad(to_hex(d.x), 16, '0')))
    INTO v_digest
    FROM (@digest_union) AS d;
    RETURN v_digest;
END
$fn$;
