-- A database in the layout from before tenants were spread over databases, as PostgreSQL held it: made by
-- the API at commit e6585eb (the last of that layout) on an empty database, then dumped with
-- pg_dump --inserts --no-owner --no-privileges --no-comments (psql's \restrict lines removed).
-- Through that API's HTTP interface: tenants legacy-acme, legacy-beta and legacy-empty; keys for each
-- (PreFleetUpgradeTests names them); for legacy-acme a profile created with Idempotency-Key
-- legacy-create-1, a recommendation (seed 7, 500 samples), a change of origin to multinational, an
-- override of huawei-cloud/multinational-footprint, a TOPSIS recommendation with Idempotency-Key
-- legacy-issue-2, and a second profile archived; for legacy-beta a profile and a PROMETHEE II recommendation.
-- Facts recorded from that API's answers:
-- {"acmeAdminKey":"va_01a22487f5de73ed95183554b86efc4a_3P6U2SD9gA3AgYn2PWxXbIhRuuNqVjV3IvZMLxdmLjU","acmeConsultantKey":"va_01a22487f62273fdb8dd8fb32c6387e1_7XrxDyNCM_QFN6RcvwtrhLvEu_tHsMGvyrDm_tSDV98","acmeAuditorKey":"va_01a22487f635731585d1a0caddf30edc_3rqnk1GPTi7RhgH4P1ZA-bmxNUW3nV0DLbugmypsh3A","betaConsultantKey":"va_01a22487f64d7fff9aecb530ef40fac8_ztp18hB0Dv8SV484au1My_b8kB7AA39Hx1wuQskyIWo","emptyConsultantKey":"va_01a22487f6627db59b518adf22ef34d2_v1fs0uPUgCNmqmO67LDxtuUcKr7zPWkD4vHszWumo9M","acmeProfile":"01a22487-f717-73c9-93d7-35f863d84da1","acmeArchivedProfile":"01a22487-f948-7e17-99e2-013e04bf3486","betaProfile":"01a22487-f96d-7254-9ec8-b0694f602588","acmeProfileVersion":3,"acmeProfileOrigin":null,"acmeFirst":{"id":"01a22487-f7e5-78df-83ff-f83d29ab9114","hash":"f655ac56d335415ecc1a9732582eb0daa357a21c0682f3019e51e55b119a61c6"},"acmeSecond":{"id":"01a22487-f924-7dab-9e14-37951c036ecb","hash":"9e754c802622925cbf9ffc5a4025731f1d2f84bda9d1ebd0365859b52a6bd20c"},"beta":{"id":"01a22487-f98d-7337-86df-69f92caa9537","hash":"b8e1a1a698997759aedff7c38f9bdbfd8f2c4b0ad42d63921a6426f452befc20"}}
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: vendoradvisor; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA vendoradvisor;


--
-- Name: mt_archive_stream(uuid, character varying); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_archive_stream(streamid uuid, tenantid character varying) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update vendoradvisor.mt_streams set is_archived = TRUE where id = streamid  and tenant_id = tenantid;
  update vendoradvisor.mt_events set is_archived = TRUE where stream_id = streamid  and tenant_id = tenantid;
END;
$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(vendoradvisor.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(vendoradvisor.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(vendoradvisor.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = vendoradvisor.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = vendoradvisor.mt_jsonb_path_to_array(target, '\.');
        retval = vendoradvisor.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = vendoradvisor.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = vendoradvisor.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = vendoradvisor.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = vendoradvisor.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = vendoradvisor.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = vendoradvisor.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = vendoradvisor.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = vendoradvisor.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = vendoradvisor.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = vendoradvisor.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = vendoradvisor.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = vendoradvisor.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = vendoradvisor.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = vendoradvisor.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO vendoradvisor.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from vendoradvisor.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO vendoradvisor.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into vendoradvisor.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update vendoradvisor.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into vendoradvisor.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(uuid, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], character varying[], character varying[], jsonb[], character varying[], timestamp with time zone[], bigint); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_quick_append_events(stream uuid, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], causation_ids character varying[], correlation_ids character varying[], headers jsonb[], user_names character varying[], timestamps timestamp with time zone[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from vendoradvisor.mt_streams where id = stream AND tenant_id = tenantid;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from vendoradvisor.mt_streams where id = stream AND tenant_id = tenantid;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into vendoradvisor.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from vendoradvisor.mt_streams where id = stream AND tenant_id = tenantid;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('vendoradvisor.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into vendoradvisor.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived, causation_id, correlation_id, headers, user_name)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, timestamps[index], dotnet_types[index], FALSE, causation_ids[index], correlation_ids[index], headers[index], user_names[index]);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update vendoradvisor.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream AND tenant_id = tenantid;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


--
-- Name: va_notify_events(); Type: FUNCTION; Schema: vendoradvisor; Owner: -
--

CREATE FUNCTION vendoradvisor.va_notify_events() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ begin perform pg_notify('vendoradvisor_events', ''); return null; end $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: mt_doc_apikeycredential; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_apikeycredential (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_idempotencyrecord; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_idempotencyrecord (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_profile; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_profile (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_publishedcatalog; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_publishedcatalog (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_publishedregulations; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_publishedregulations (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_recommendationview; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_recommendationview (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_tenant; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_tenant (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_tenantcatalog; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_doc_tenantcatalog (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id uuid,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-11-28 23:40:19.056344+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    correlation_id character varying,
    causation_id character varying,
    headers jsonb,
    user_name character varying,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: vendoradvisor; Owner: -
--

CREATE SEQUENCE vendoradvisor.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: vendoradvisor; Owner: -
--

ALTER SEQUENCE vendoradvisor.mt_events_sequence OWNED BY vendoradvisor.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_streams; Type: TABLE; Schema: vendoradvisor; Owner: -
--

CREATE TABLE vendoradvisor.mt_streams (
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying NOT NULL,
    id uuid NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Data for Name: mt_doc_apikeycredential; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_apikeycredential VALUES ('01a22487-f5de-73ed-9518-3554b86efc4a', '{"id": "01a22487-f5de-73ed-9518-3554b86efc4a", "name": "acme-admin", "role": "admin", "tenantId": "legacy-acme", "createdAt": "2026-11-28T23:40:19.8071135+00:00", "createdBy": "system-admin", "secretHash": "4YVC0ow5xhEvkmoJ5c4z4sCq57vZvbhKofeOHQ3Gxhk="}', '2026-11-28 23:40:19.83156+00', '01a22487-f5f6-4d87-988b-11342c53597e', 'VendorAdvisor.Api.Infrastructure.Security.ApiKeyCredential');
INSERT INTO vendoradvisor.mt_doc_apikeycredential VALUES ('01a22487-f622-73fd-b8dd-8fb32c6387e1', '{"id": "01a22487-f622-73fd-b8dd-8fb32c6387e1", "name": "acme-consultant", "role": "consultant", "tenantId": "legacy-acme", "createdAt": "2026-11-28T23:40:19.874625+00:00", "createdBy": "acme-admin", "secretHash": "XZz54am7tBE2uRWr8FcySgLHosfrmD8mauAGBBv81Ok="}', '2026-11-28 23:40:19.875457+00', '01a22487-f623-4c25-8994-6c93a644e4f6', 'VendorAdvisor.Api.Infrastructure.Security.ApiKeyCredential');
INSERT INTO vendoradvisor.mt_doc_apikeycredential VALUES ('01a22487-f635-7315-85d1-a0caddf30edc', '{"id": "01a22487-f635-7315-85d1-a0caddf30edc", "name": "acme-auditor", "role": "auditor", "tenantId": "legacy-acme", "createdAt": "2026-11-28T23:40:19.893449+00:00", "createdBy": "acme-admin", "secretHash": "RAoGz3LdVuW1qy8Oyx18G/RqTjM4Dob4ZUxVRUZCzYU="}', '2026-11-28 23:40:19.894087+00', '01a22487-f635-4ea1-929f-064200596e86', 'VendorAdvisor.Api.Infrastructure.Security.ApiKeyCredential');
INSERT INTO vendoradvisor.mt_doc_apikeycredential VALUES ('01a22487-f64d-7fff-9aec-b530ef40fac8', '{"id": "01a22487-f64d-7fff-9aec-b530ef40fac8", "name": "beta-consultant", "role": "consultant", "tenantId": "legacy-beta", "createdAt": "2026-11-28T23:40:19.9176608+00:00", "createdBy": "system-admin", "secretHash": "pkA+4Y2vGvNCSMiVINE7aNwBfuYxmgzgPn/GI9m2Kyw="}', '2026-11-28 23:40:19.918277+00', '01a22487-f64e-4d5f-894c-ec76471705e6', 'VendorAdvisor.Api.Infrastructure.Security.ApiKeyCredential');
INSERT INTO vendoradvisor.mt_doc_apikeycredential VALUES ('01a22487-f662-7db5-9b51-8adf22ef34d2', '{"id": "01a22487-f662-7db5-9b51-8adf22ef34d2", "name": "empty-consultant", "role": "consultant", "tenantId": "legacy-empty", "createdAt": "2026-11-28T23:40:19.9385478+00:00", "createdBy": "system-admin", "secretHash": "1X9ROpadOnwdFkQ/skZZVnj15xSaSJcQ2OXmTOIoXHQ="}', '2026-11-28 23:40:19.939108+00', '01a22487-f662-4d34-aecf-96e65b7b92a7', 'VendorAdvisor.Api.Infrastructure.Security.ApiKeyCredential');


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--



--
-- Data for Name: mt_doc_idempotencyrecord; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_idempotencyrecord VALUES ('legacy-acme', '01a22487f62273fdb8dd8fb32c6387e1:POST:/v1/profiles:legacy-create-1', '{"id": "01a22487f62273fdb8dd8fb32c6387e1:POST:/v1/profiles:legacy-create-1", "body": "{\"id\":\"01a22487-f717-73c9-93d7-35f863d84da1\",\"version\":1,\"archived\":false,\"createdAt\":\"2026-11-28T23:40:20.1222365+00:00\",\"updatedAt\":\"2026-11-28T23:40:20.1222365+00:00\",\"recommendations\":0,\"profile\":{\"name\":\"Electric-vehicle maker\",\"sector\":\"automotive\",\"origin\":\"domestic\",\"regions\":[\"mainland-china\"],\"existingClouds\":[],\"dataCategories\":[\"personal-information\",\"important-data\"],\"crossBorderTransfer\":false,\"latencySensitivity\":\"medium\",\"priceSensitivity\":\"medium\",\"consumerPaymentsInChina\":true,\"geopoliticalRiskSensitivity\":\"high\"}}", "eTag": "\"1\"", "status": 201, "location": "/v1/profiles/01a22487-f717-73c9-93d7-35f863d84da1", "completed": true, "createdAt": "2026-11-28T23:40:20.1124548+00:00", "requestHash": "B8B1FF48D824171711B8E0D517D152E73DC3CA817D9BD9ECF0434B6BB874FC3A"}', '2026-11-28 23:40:20.18786+00', '01a22487-f75b-45c1-99fc-60c1ae25578a', 'VendorAdvisor.Api.Infrastructure.Idempotency.IdempotencyRecord');
INSERT INTO vendoradvisor.mt_doc_idempotencyrecord VALUES ('legacy-acme', '01a22487f62273fdb8dd8fb32c6387e1:POST:/v1/profiles/01a22487-f717-73c9-93d7-35f863d84da1/recommendations:legacy-issue-2', '{"id": "01a22487f62273fdb8dd8fb32c6387e1:POST:/v1/profiles/01a22487-f717-73c9-93d7-35f863d84da1/recommendations:legacy-issue-2", "body": "{\"id\":\"01a22487-f924-7dab-9e14-37951c036ecb\",\"profileId\":\"01a22487-f717-73c9-93d7-35f863d84da1\",\"profileVersion\":3,\"issuedAt\":\"2026-11-28T23:40:20.6446263+00:00\",\"issuedBy\":\"acme-consultant\",\"profile\":{\"name\":\"Electric-vehicle maker\",\"sector\":\"automotive\",\"origin\":\"multinational\",\"regions\":[\"mainland-china\",\"global\"],\"existingClouds\":[],\"dataCategories\":[\"personal-information\",\"important-data\"],\"crossBorderTransfer\":true,\"latencySensitivity\":\"medium\",\"priceSensitivity\":\"medium\",\"consumerPaymentsInChina\":true,\"geopoliticalRiskSensitivity\":\"high\"},\"samples\":500,\"seed\":7,\"hash\":\"9e754c802622925cbf9ffc5a4025731f1d2f84bda9d1ebd0365859b52a6bd20c\",\"previousHash\":\"f655ac56d335415ecc1a9732582eb0daa357a21c0682f3019e51e55b119a61c6\",\"catalogVersion\":\"2025.1-r1\",\"method\":\"topsis\",\"ranking\":[{\"vendor\":\"huawei-cloud\",\"name\":\"Huawei Cloud\",\"rank\":1,\"score\":0.7239967652448674,\"probabilityFirst\":0.522,\"rankProbabilities\":[0.522,0.296,0.146,0.036],\"contributions\":{\"localization\":0.050114797259699397,\"price\":0.03361819371061995,\"latency\":0.03232323232323232,\"payment-integration\":0.10887437327342897,\"regulatory-alignment\":0.14750237687165757,\"multinational-footprint\":0.16209469816079064},\"strengths\":[\"Strong on regulatory alignment: 8.5/10 where the other remaining vendors average 7.5 (weight 27 %). Shares the domestic providers'' fit with the data-residency laws and their political alignment; the articles do not single Huawei out.\",\"Strong on multinational footprint: 7/10 where the other remaining vendors average 6.2 (weight 30 %). Regions in Europe and the Middle East.\"],\"weaknesses\":[]},{\"vendor\":\"alibaba-cloud\",\"name\":\"Alibaba Cloud\",\"rank\":2,\"score\":0.5563232100479366,\"probabilityFirst\":0.206,\"rankProbabilities\":[0.206,0.262,0.278,0.254],\"contributions\":{\"localization\":0.05306272651026995,\"price\":0.03361819371061995,\"latency\":0.03232323232323232,\"payment-integration\":0.1244278551696331,\"regulatory-alignment\":0.14750237687165757,\"multinational-footprint\":0.1157819272577076},\"strengths\":[\"Strong on payment integration: 8/10 where the other remaining vendors average 6 (weight 21 %). The articles credit local providers as a group with deep integration into local business ecosystems but name no payment product; the score assumes the advantage carries to payments, with a wide band for that assumption.\",\"Strong on regulatory alignment: 8.5/10 where the other remaining vendors average 7.5 (weight 27 %). As a domestic provider it keeps data in China by default and enjoys the political alignment the article says foreign firms cannot acquire; nothing Alibaba-specific is reported.\"],\"weaknesses\":[\"Weak on multinational footprint: 5/10 where the other remaining vendors average 6.8 (weight 30 %). The articles say nothing about Alibaba Cloud outside China, so the score sits mid-scale with a wide band rather than claiming knowledge they do not give.\"]},{\"vendor\":\"tencent-cloud\",\"name\":\"Tencent Cloud\",\"rank\":3,\"score\":0.5560415976736925,\"probabilityFirst\":0.242,\"rankProbabilities\":[0.242,0.25,0.264,0.244],\"contributions\":{\"localization\":0.050114797259699397,\"price\":0.03361819371061995,\"latency\":0.03636363636363636,\"payment-integration\":0.1244278551696331,\"regulatory-alignment\":0.14750237687165757,\"multinational-footprint\":0.1157819272577076},\"strengths\":[\"Strong on payment integration: 8/10 where the other remaining vendors average 6 (weight 21 %). As for the other local providers, the articles describe deep ecosystem integration without naming payment systems; scored like Alibaba with a wide band.\",\"Strong on regulatory alignment: 8.5/10 where the other remaining vendors average 7.5 (weight 27 %). Like the other domestic clouds it is aligned with the regulatory and political setting; no Tencent-specific detail is given.\"],\"weaknesses\":[\"Weak on multinational footprint: 5/10 where the other remaining vendors average 6.8 (weight 30 %). The articles do not discuss Tencent Cloud beyond China; mid-scale with a wide band.\"]},{\"vendor\":\"aws-china\",\"name\":\"AWS China\",\"rank\":4,\"score\":0.441632355245595,\"probabilityFirst\":0.03,\"rankProbabilities\":[0.03,0.192,0.312,0.466],\"contributions\":{\"localization\":0.020635504753993866,\"price\":0.016809096855309975,\"latency\":0.01616161616161616,\"payment-integration\":0.04666044568861242,\"regulatory-alignment\":0.09544271444636665,\"multinational-footprint\":0.19682927633810293},\"strengths\":[\"Strong on multinational footprint: 8.5/10 where the other remaining vendors average 5.7 (weight 30 %). Its remaining strength: multinationals in pharma, cars and logistics that run AWS everywhere else keep it as their platform inside China. Held below 10 because the China regions are partner-run and cut off from the global backbone.\"],\"weaknesses\":[\"Weak on payment integration: 3/10 where the other remaining vendors average 7.7 (weight 21 %). Limited integration with domestic payment systems is named outright as a structural weakness behind its retail and gaming losses.\",\"Weak on regulatory alignment: 5.5/10 where the other remaining vendors average 8.5 (weight 27 %). Its China regions comply through licensed local operators (Sinnet, NWCD), but the law forces that arrangement: Sinnet reportedly agreed in 2017 to buy the China cloud assets for about $300M, the VPN notice showed the friction, compliance adds cost, and BYD walked away over geopolitical risk.\"]}],\"excluded\":[],\"weights\":[{\"criterion\":\"localization\",\"weight\":0.09090909090909091,\"points\":1.5,\"source\":\"derived\",\"adjustments\":[{\"rule\":\"origin\",\"attribute\":\"origin\",\"value\":\"multinational\",\"criterion\":\"localization\",\"points\":-0.5,\"reason\":\"local ecosystem depth matters less to a company run from abroad\"},{\"rule\":\"geopolitical-risk\",\"attribute\":\"geopoliticalRiskSensitivity\",\"value\":\"high\",\"criterion\":\"localization\",\"points\":1,\"reason\":\"exposure of the stack to geopolitical tension\"}]},{\"criterion\":\"price\",\"weight\":0.06060606060606061,\"points\":1,\"source\":\"derived\",\"adjustments\":[]},{\"criterion\":\"latency\",\"weight\":0.06060606060606061,\"points\":1,\"source\":\"derived\",\"adjustments\":[]},{\"criterion\":\"payment-integration\",\"weight\":0.21212121212121213,\"points\":3.5,\"source\":\"derived\",\"adjustments\":[{\"rule\":\"consumer-payments\",\"attribute\":\"consumerPaymentsInChina\",\"value\":\"true\",\"criterion\":\"payment-integration\",\"points\":2.5,\"reason\":\"checkout for Chinese consumers runs through domestic payment systems\"}]},{\"criterion\":\"regulatory-alignment\",\"weight\":0.2727272727272727,\"points\":4.5,\"source\":\"derived\",\"adjustments\":[{\"rule\":\"data-categories\",\"attribute\":\"dataCategories\",\"value\":\"important-data\",\"criterion\":\"regulatory-alignment\",\"points\":1,\"reason\":\"personal information, important data and core data must stay in China under PIPL and the Data Security Law; the more sensitive, the more regulatory fit matters\"},{\"rule\":\"cross-border-transfer\",\"attribute\":\"crossBorderTransfer\",\"value\":\"true\",\"criterion\":\"regulatory-alignment\",\"points\":0.5,\"reason\":\"cross-border transfers need approval\"},{\"rule\":\"geopolitical-risk\",\"attribute\":\"geopoliticalRiskSensitivity\",\"value\":\"high\",\"criterion\":\"regulatory-alignment\",\"points\":1.5,\"reason\":\"exposure of the stack to geopolitical tension\"},{\"rule\":\"sector\",\"attribute\":\"sector\",\"value\":\"automotive\",\"criterion\":\"regulatory-alignment\",\"points\":0.5,\"reason\":\"vehicle and map data are tightly regulated in China\"}]},{\"criterion\":\"multinational-footprint\",\"weight\":0.30303030303030304,\"points\":5,\"source\":\"derived\",\"adjustments\":[{\"rule\":\"origin\",\"attribute\":\"origin\",\"value\":\"multinational\",\"criterion\":\"multinational-footprint\",\"points\":1.5,\"reason\":\"a multinational runs the China estate alongside the rest of the world\"},{\"rule\":\"regions\",\"attribute\":\"regions\",\"value\":\"global\",\"criterion\":\"multinational-footprint\",\"points\":1,\"reason\":\"operations outside Greater China\"},{\"rule\":\"cross-border-transfer\",\"attribute\":\"crossBorderTransfer\",\"value\":\"true\",\"criterion\":\"multinational-footprint\",\"points\":1.5,\"reason\":\"data and workloads must connect with systems abroad\"}]}],\"sensitivity\":{\"winner\":\"huawei-cloud\",\"weights\":[{\"criterion\":\"localization\",\"weight\":0.09090909090909091,\"lowerBound\":0,\"upperBound\":0.6820383144894094,\"winnerAbove\":\"alibaba-cloud\"},{\"criterion\":\"price\",\"weight\":0.06060606060606061,\"lowerBound\":0,\"upperBound\":0.9999999999999999,\"winnerAbove\":\"alibaba-cloud\"},{\"criterion\":\"latency\",\"weight\":0.06060606060606061,\"lowerBound\":0,\"upperBound\":0.467554462592767,\"winnerAbove\":\"tencent-cloud\"},{\"criterion\":\"payment-integration\",\"weight\":0.21212121212121213,\"lowerBound\":0,\"upperBound\":0.4966797923195331,\"winnerAbove\":\"tencent-cloud\"},{\"criterion\":\"regulatory-alignment\",\"weight\":0.2727272727272727,\"lowerBound\":0,\"upperBound\":0.9999999999999999,\"winnerAbove\":\"alibaba-cloud\"},{\"criterion\":\"multinational-footprint\",\"weight\":0.30303030303030304,\"lowerBound\":0.10011643808943986,\"upperBound\":0.48833357385269754,\"winnerBelow\":\"tencent-cloud\",\"winnerAbove\":\"aws-china\"}],\"smallestWinnerChange\":{\"criterion\":\"multinational-footprint\",\"fromWeight\":0.30303030303030304,\"toWeight\":0.48833357385269754,\"change\":0.1853032708223945,\"newWinner\":\"aws-china\"},\"removals\":[{\"removed\":\"alibaba-cloud\",\"orderOfOthersPreserved\":true,\"orderWithout\":[\"huawei-cloud\",\"tencent-cloud\",\"aws-china\"]},{\"removed\":\"huawei-cloud\",\"orderOfOthersPreserved\":true,\"orderWithout\":[\"alibaba-cloud\",\"tencent-cloud\",\"aws-china\"]},{\"removed\":\"tencent-cloud\",\"orderOfOthersPreserved\":true,\"orderWithout\":[\"huawei-cloud\",\"alibaba-cloud\",\"aws-china\"]},{\"removed\":\"aws-china\",\"orderOfOthersPreserved\":false,\"orderWithout\":[\"huawei-cloud\",\"tencent-cloud\",\"alibaba-cloud\"]}],\"procedure\":\"scan of each weight in steps of 0.01 from its value towards 0 and 1, then 60 bisection steps at the first change\"},\"manifest\":{\"engineVersion\":\"1.0.0\",\"catalogVersion\":\"2025.1-r1\",\"overriddenAssessments\":[\"huawei-cloud/multinational-footprint by tenant\"],\"method\":\"topsis\",\"normalisation\":\"vector: x / sqrt(sum of squares) per criterion; cost criteria handled by the choice of ideal and anti-ideal\",\"scoreScale\":\"relative closeness to the ideal, 0..1\",\"weightDerivation\":\"derived from the profile by weight-rules/1: 1 point per criterion plus rule adjustments, floored at 0, divided by the total\",\"weightRulesVersion\":\"weight-rules/1\",\"randomIndex\":\"Saaty''s random index (n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59); n > 15 uses 1.59\",\"consistencyThreshold\":0.1,\"samples\":500,\"seed\":7,\"sampler\":\"xoshiro256** seeded by SplitMix64, two variates per 64-bit draw; standard normal by inverse CDF from a 4096-cell quantile table (Acklam''s approximation, linear interpolation within a cell, exact in the tail cells), built with IEEE-754 +,-,*,/,sqrt and a series logarithm only, so results do not depend on the platform''s libm\",\"clamping\":\"samples clamped to [0, 10]\",\"tieBreak\":\"Scores within a relative 1e-9 are tied; a tie goes to the alternative better on the most heavily weighted criterion on which the two differ (criteria of equal weight in their given order), then to the smaller id in ordinal order.\",\"sensitivityProcedure\":\"scan of each weight in steps of 0.01 from its value towards 0 and 1, then 60 bisection steps at the first change\",\"regulationCatalogueVersion\":\"2026.1\",\"readinessRule\":\"regulatory-alignment-readiness-2026.1\"},\"warnings\":[],\"readiness\":{\"catalogueVersion\":\"2026.1\",\"catalogueDate\":\"2026-11-28\",\"disclaimer\":\"Decision support, not legal advice. The catalogue paraphrases the cited texts in its own words as they read on its date; the Chinese texts prevail over any translation, and a lawyer admitted in the People''s Republic of China should confirm any conclusion before the client acts on it.\",\"transfer\":{\"route\":\"unknown\",\"atLeast\":\"no-mechanism\",\"reasons\":[\"below every threshold\"]},\"clientObligations\":[],\"vendors\":[{\"vendor\":\"alibaba-cloud\",\"status\":\"unknown\",\"reasons\":[\"unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)\",\"unknown: importantData decides whether important data forces the security assessment\",\"unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment\",\"unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information\",\"unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information\",\"unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated\",\"unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed\"],\"vendorSpecific\":[]},{\"vendor\":\"huawei-cloud\",\"status\":\"unknown\",\"reasons\":[\"unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)\",\"unknown: importantData decides whether important data forces the security assessment\",\"unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment\",\"unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information\",\"unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information\",\"unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated\",\"unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed\"],\"vendorSpecific\":[]},{\"vendor\":\"tencent-cloud\",\"status\":\"unknown\",\"reasons\":[\"unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)\",\"unknown: importantData decides whether important data forces the security assessment\",\"unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment\",\"unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information\",\"unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information\",\"unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated\",\"unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed\"],\"vendorSpecific\":[]},{\"vendor\":\"aws-china\",\"status\":\"unknown\",\"reasons\":[\"unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)\",\"unknown: importantData decides whether important data forces the security assessment\",\"unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment\",\"unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information\",\"unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information\",\"unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated\",\"unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed\"],\"vendorSpecific\":[{\"factId\":\"aws-china-operators\",\"topic\":\"operator\",\"support\":\"neutral\",\"statement\":\"The Beijing Region is operated by Beijing Sinnet Technology and the Ningxia Region by Ningxia Western Cloud Data Technology (NWCD); the client contracts with the operator of the region it uses.\",\"who\":[\"partner\"],\"sourceIds\":[\"aws-china-operators-blog\"]},{\"factId\":\"aws-china-separate-partition\",\"topic\":\"cross-border\",\"support\":\"neutral\",\"statement\":\"The China Regions need their own accounts and credentials and are isolated from the global AWS regions (no AWS backbone link): moving data between them and the client''s global AWS estate is a cross-border transfer like any other and follows the route above.\",\"who\":[\"client\",\"partner\"],\"sourceIds\":[\"aws-china-general-info\",\"aws-china-isolation\"]}]}],\"unknowns\":[{\"fact\":\"coreData\",\"decides\":\"whether the plan may send data abroad at all (core data may not leave)\"},{\"fact\":\"importantData\",\"decides\":\"whether important data forces the security assessment\"},{\"fact\":\"criticalInformationInfrastructureOperator\",\"decides\":\"whether any personal information sent abroad goes to the security assessment\"},{\"fact\":\"personalInformationSubjectsPerYear\",\"decides\":\"the route by volume of ordinary personal information\"},{\"fact\":\"sensitivePersonalInformationSubjectsPerYear\",\"decides\":\"the route by volume of sensitive personal information\"},{\"fact\":\"mlpsLevel\",\"decides\":\"whether the system must be filed with the public security bureau and how often it is evaluated\"},{\"fact\":\"publicWebsiteInMainland\",\"decides\":\"whether an ICP filing or licence is needed\"}]},\"agreement\":{\"methods\":[{\"method\":\"weighted-sum\",\"winner\":\"huawei-cloud\",\"sameWinner\":true,\"kendallTauB\":0.6666666666666666,\"chosen\":false},{\"method\":\"topsis\",\"winner\":\"huawei-cloud\",\"sameWinner\":true,\"kendallTauB\":1,\"chosen\":true},{\"method\":\"ahp\",\"winner\":\"huawei-cloud\",\"sameWinner\":true,\"kendallTauB\":0.6666666666666666,\"chosen\":false},{\"method\":\"vikor\",\"winner\":\"huawei-cloud\",\"sameWinner\":true,\"kendallTauB\":0.6666666666666666,\"chosen\":false},{\"method\":\"promethee-ii\",\"winner\":\"huawei-cloud\",\"sameWinner\":true,\"kendallTauB\":0.6666666666666666,\"chosen\":false}],\"sameWinnerEverywhere\":true,\"correlation\":\"Kendall''s tau-b between the two methods'' scores: pairs of alternatives whose scores are within a relative 1e-9 count as tied (not as agreeing or disagreeing), and tau-b corrects its denominator for ties in either method; null when a method ties every alternative.\",\"settings\":\"weighted-sum and ahp on observed min-max values; topsis with vector normalisation; vikor with v = 0.5; promethee-ii with a linear preference function on every criterion, q = 0.5 and p = 2 points of the catalog''s scale; the chosen method exactly as asked; no Monte Carlo.\"}}", "status": 201, "location": "/v1/recommendations/01a22487-f924-7dab-9e14-37951c036ecb", "completed": true, "createdAt": "2026-11-28T23:40:20.6425572+00:00", "requestHash": "EE828A7EBDF430B49AB9FFC4AB939D02B1419D6A52F70EF57F2EE0FB11F7843E"}', '2026-11-28 23:40:20.643835+00', '01a22487-f932-4003-814f-3d035708460c', 'VendorAdvisor.Api.Infrastructure.Idempotency.IdempotencyRecord');


--
-- Data for Name: mt_doc_profile; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_profile VALUES ('legacy-acme', '01a22487-f717-73c9-93d7-35f863d84da1', '{"id": "01a22487-f717-73c9-93d7-35f863d84da1", "client": {"name": "Electric-vehicle maker", "origin": "multinational", "sector": "automotive", "regions": ["mainland-china", "global"], "dataCategories": ["personal-information", "important-data"], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": true, "consumerPaymentsInChina": true, "geopoliticalRiskSensitivity": "high"}, "version": 4, "createdAt": "2026-11-28T23:40:20.1222365+00:00", "updatedAt": "2026-11-28T23:40:20.5735334+00:00", "isArchived": false, "profileVersion": 3, "recommendations": 2, "latestRecommendationId": "01a22487-f924-7dab-9e14-37951c036ecb", "latestRecommendationHash": "9e754c802622925cbf9ffc5a4025731f1d2f84bda9d1ebd0365859b52a6bd20c"}', '2026-11-28 23:40:20.643835+00', 'VendorAdvisor.Api.Features.Profiles.Profile', 4);
INSERT INTO vendoradvisor.mt_doc_profile VALUES ('legacy-acme', '01a22487-f948-7e17-99e2-013e04bf3486', '{"id": "01a22487-f948-7e17-99e2-013e04bf3486", "client": {"name": "Archived retailer", "origin": "domestic", "sector": "retail", "regions": [], "dataCategories": [], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": false, "consumerPaymentsInChina": false}, "version": 2, "createdAt": "2026-11-28T23:40:20.6808472+00:00", "updatedAt": "2026-11-28T23:40:20.7020458+00:00", "isArchived": true, "profileVersion": 2, "recommendations": 0}', '2026-11-28 23:40:20.703409+00', 'VendorAdvisor.Api.Features.Profiles.Profile', 2);
INSERT INTO vendoradvisor.mt_doc_profile VALUES ('legacy-beta', '01a22487-f96d-7254-9ec8-b0694f602588', '{"id": "01a22487-f96d-7254-9ec8-b0694f602588", "client": {"name": "Game studio", "origin": "multinational", "sector": "gaming", "regions": [], "dataCategories": [], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": false, "consumerPaymentsInChina": false}, "version": 2, "createdAt": "2026-11-28T23:40:20.7176267+00:00", "updatedAt": "2026-11-28T23:40:20.7176267+00:00", "isArchived": false, "profileVersion": 1, "recommendations": 1, "latestRecommendationId": "01a22487-f98d-7337-86df-69f92caa9537", "latestRecommendationHash": "b8e1a1a698997759aedff7c38f9bdbfd8f2c4b0ad42d63921a6426f452befc20"}', '2026-11-28 23:40:20.74853+00', 'VendorAdvisor.Api.Features.Profiles.Profile', 2);


--
-- Data for Name: mt_doc_publishedcatalog; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_publishedcatalog VALUES ('2025.1', '{"id": "2025.1", "json": "{\n  \"version\": \"2025.1\",\n  \"scaleMin\": 0,\n  \"scaleMax\": 10,\n  \"sources\": [\n    {\n      \"id\": \"aws-retreats-2025\",\n      \"title\": \"AWS Retreats Quietly in China Amid Layoffs and Lost Clients: A Strategic Recalibration in a Structurally Hostile Market\",\n      \"publisher\": \"publisher not stated\",\n      \"date\": \"2025\",\n      \"note\": \"The text names neither publisher nor date. 2025 is inferred: it describes China''s data rules ''as of 2025'', a layoff round in late March, and cites AWS results dated 2025-02-06.\",\n      \"facts\": [\n        {\n          \"id\": \"china-market-share-q3-2024\",\n          \"statement\": \"Approximate shares of China''s cloud infrastructure market in Q3 2024.\",\n          \"figures\": [\n            {\n              \"subject\": \"alibaba-cloud\",\n              \"metric\": \"China cloud infrastructure market share\",\n              \"value\": 36,\n              \"unit\": \"%\",\n              \"period\": \"Q3 2024\"\n            },\n            {\n              \"subject\": \"huawei-cloud\",\n              \"metric\": \"China cloud infrastructure market share\",\n              \"value\": 19,\n              \"unit\": \"%\",\n              \"period\": \"Q3 2024\"\n            },\n            {\n              \"subject\": \"tencent-cloud\",\n              \"metric\": \"China cloud infrastructure market share\",\n              \"value\": 15,\n              \"unit\": \"%\",\n              \"period\": \"Q3 2024\"\n            },\n            {\n              \"subject\": \"aws-china\",\n              \"metric\": \"China cloud infrastructure market share (approximate)\",\n              \"value\": 5.8,\n              \"unit\": \"%\",\n              \"period\": \"Q3 2024\"\n            }\n          ]\n        },\n        {\n          \"id\": \"local-three-combined-share\",\n          \"statement\": \"Alibaba Cloud, Tencent Cloud and Huawei Cloud together hold up to about four fifths of the market.\",\n          \"figures\": [\n            {\n              \"subject\": \"alibaba-cloud+tencent-cloud+huawei-cloud\",\n              \"metric\": \"combined market share, upper bound\",\n              \"value\": 80,\n              \"unit\": \"%\",\n              \"period\": \"at the time of writing\"\n            }\n          ]\n        },\n        {\n          \"id\": \"market-growth-ai\",\n          \"statement\": \"The Chinese cloud infrastructure market was expected to grow about 15 % in the year, mostly on AI demand.\",\n          \"figures\": [\n            {\n              \"subject\": \"china-cloud-market\",\n              \"metric\": \"projected annual growth\",\n              \"value\": 15,\n              \"unit\": \"%\",\n              \"period\": \"year of writing\"\n            }\n          ]\n        },\n        {\n          \"id\": \"aws-china-layoffs\",\n          \"statement\": \"AWS Greater China cut roughly a tenth of its staff (publicly denied by AWS), through contract non-renewals and performance plans; replacement hiring is close to frozen.\",\n          \"figures\": [\n            {\n              \"subject\": \"aws-china\",\n              \"metric\": \"share of workforce laid off (reported)\",\n              \"value\": 10,\n              \"unit\": \"%\"\n            },\n            {\n              \"subject\": \"aws-china\",\n              \"metric\": \"severance for staff on performance plans\",\n              \"value\": 5,\n              \"unit\": \"months'' pay on top of the statutory notice (N+5), plus a one-to-two-month buffer\"\n            },\n            {\n              \"subject\": \"aws-china\",\n              \"metric\": \"severance for non-renewed contracts\",\n              \"value\": 3,\n              \"unit\": \"N+3 package, benchmarked at three times the local average social income\"\n            }\n          ]\n        },\n        {\n          \"id\": \"aws-china-lost-clients\",\n          \"statement\": \"Three flagship clients left AWS in China: Xiaohongshu (social e-commerce), Ctrip (travel booking) and BYD (electric vehicles, increasingly wary of geopolitical risk in its technology stack).\",\n          \"figures\": [\n            {\n              \"subject\": \"aws-china\",\n              \"metric\": \"flagship clients lost\",\n              \"value\": 3,\n              \"unit\": \"clients\"\n            }\n          ]\n        },\n        {\n          \"id\": \"aws-china-structural-weaknesses\",\n          \"statement\": \"Analysts tie AWS''s weak showing in gaming and retail to latency problems, thin integration with domestic payment systems and little local developer evangelism.\"\n        },\n        {\n          \"id\": \"tencent-gaming-latency\",\n          \"statement\": \"A consultant quoted in the article says gaming needs low latency and quick iteration, that Tencent Cloud is tuned for both, and that AWS could not match it on responsiveness or price.\"\n        },\n        {\n          \"id\": \"local-providers-advantages\",\n          \"statement\": \"The local providers lead on localisation, price and performance and are woven into local business ecosystems; a former AWS product manager calls them better, cheaper, faster to iterate and politically aligned in a way a foreign firm cannot buy.\"\n        },\n        {\n          \"id\": \"aws-china-partner-operation\",\n          \"statement\": \"AWS in China runs through local partners, Sinnet in Beijing and NWCD in Ningxia, on infrastructure kept apart from its global backbone; data-residency and cybersecurity compliance add cost and complexity.\",\n          \"figures\": [\n            {\n              \"subject\": \"aws-china\",\n              \"metric\": \"local operating partners\",\n              \"value\": 2,\n              \"unit\": \"partners\"\n            }\n          ]\n        },\n        {\n          \"id\": \"china-data-laws\",\n          \"statement\": \"Under the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law, personal information, important data and core data must be stored in China, cross-border transfer needs government approval, and regular security assessments are required.\"\n        },\n        {\n          \"id\": \"aws-china-multinational-focus\",\n          \"statement\": \"AWS''s remaining China business centres on multinationals that run AWS everywhere else and need a presence inside China: pharmaceutical groups, global car brands and logistics companies.\"\n        },\n        {\n          \"id\": \"local-ai-native-services\",\n          \"statement\": \"Domestic providers are investing heavily in AI-native cloud services and shipping them faster than AWS''s China roadmap.\"\n        },\n        {\n          \"id\": \"amazon-retail-china\",\n          \"statement\": \"Amazon''s own retail business in China gave way to Alibaba and JD.com and turned to cross-border sales.\"\n        },\n        {\n          \"id\": \"aws-global-revenue\",\n          \"statement\": \"AWS''s global revenue kept growing at about 19 % a year, so the China retreat is unlikely to dent it.\",\n          \"figures\": [\n            {\n              \"subject\": \"aws\",\n              \"metric\": \"global revenue\",\n              \"value\": 28.8,\n              \"unit\": \"billion USD\",\n              \"period\": \"Q4 2024 (reported 2025-02-06)\"\n            },\n            {\n              \"subject\": \"aws\",\n              \"metric\": \"year-over-year growth\",\n              \"value\": 19,\n              \"unit\": \"%\",\n              \"period\": \"Q4 2024\"\n            },\n            {\n              \"subject\": \"aws\",\n              \"metric\": \"global revenue\",\n              \"value\": 27.45,\n              \"unit\": \"billion USD\",\n              \"period\": \"Q3 2024 (reported 2024-10-31)\"\n            },\n            {\n              \"subject\": \"aws\",\n              \"metric\": \"year-over-year growth\",\n              \"value\": 19.05,\n              \"unit\": \"%\",\n              \"period\": \"Q3 2024\"\n            },\n            {\n              \"subject\": \"aws\",\n              \"metric\": \"global revenue\",\n              \"value\": 26.3,\n              \"unit\": \"billion USD\",\n              \"period\": \"Q2 2024 (source date given as 2024-10-01)\"\n            },\n            {\n              \"subject\": \"aws\",\n              \"metric\": \"year-over-year growth\",\n              \"value\": 18.8,\n              \"unit\": \"%\",\n              \"period\": \"Q2 2024\"\n            }\n          ]\n        }\n      ]\n    },\n    {\n      \"id\": \"aws-sinnet-sale-2017\",\n      \"title\": \"Reports: Amazon Web Services exiting China, selling to local partner in $300M deal\",\n      \"publisher\": \"publisher not stated\",\n      \"date\": \"2017\",\n      \"note\": \"The text names no publisher and gives no date. 2017 is inferred: the deal with Sinnet was signed ''in July of last year'', and the report was written a few weeks before that year''s re:Invent; it relays reporting by The Wall Street Journal and Reuters.\",\n      \"facts\": [\n        {\n          \"id\": \"sinnet-300m-sale\",\n          \"statement\": \"Beijing Sinnet, AWS''s local partner, reportedly agreed to buy Amazon''s China cloud operation for about $300 million, according to The Wall Street Journal and Reuters.\",\n          \"figures\": [\n            {\n              \"subject\": \"aws-china\",\n              \"metric\": \"sale price of China cloud assets to Beijing Sinnet\",\n              \"value\": 300,\n              \"unit\": \"million USD\",\n              \"period\": \"2017\"\n            }\n          ]\n        },\n        {\n          \"id\": \"local-partner-requirement\",\n          \"statement\": \"Chinese law makes foreign cloud providers operate through a local partner that answers for compliance with China''s internet rules.\"\n        },\n        {\n          \"id\": \"sinnet-vpn-notice\",\n          \"statement\": \"Earlier the same year Sinnet had to tell customers that VPNs could no longer be used on its AWS-based cloud to get around Chinese internet restrictions.\"\n        },\n        {\n          \"id\": \"alibaba-share-2016\",\n          \"statement\": \"Alibaba held about 40 % of China''s cloud market in 2016 according to IDC, ahead of China Telecom and Tencent.\",\n          \"figures\": [\n            {\n              \"subject\": \"alibaba-cloud\",\n              \"metric\": \"China cloud market share (IDC)\",\n              \"value\": 40,\n              \"unit\": \"%\",\n              \"period\": \"2016\"\n            }\n          ]\n        }\n      ]\n    }\n  ],\n  \"criteria\": [\n    {\n      \"id\": \"localization\",\n      \"name\": \"Localization\",\n      \"description\": \"How deeply the provider is rooted in the Chinese market: local ecosystems, Chinese-language support, developer community and evangelism, presence with local businesses.\",\n      \"higherIsBetter\": true\n    },\n    {\n      \"id\": \"price\",\n      \"name\": \"Price\",\n      \"description\": \"Affordability for comparable workloads in mainland China; 10 is the cheapest.\",\n      \"higherIsBetter\": true\n    },\n    {\n      \"id\": \"latency\",\n      \"name\": \"Latency\",\n      \"description\": \"Responsiveness for end users in mainland China; 10 is the lowest latency.\",\n      \"higherIsBetter\": true\n    },\n    {\n      \"id\": \"payment-integration\",\n      \"name\": \"Payment integration\",\n      \"description\": \"How readily the platform connects to domestic consumer payment systems and the ecosystems around them.\",\n      \"higherIsBetter\": true\n    },\n    {\n      \"id\": \"regulatory-alignment\",\n      \"name\": \"Regulatory alignment\",\n      \"description\": \"Fit with China''s Cybersecurity Law, Data Security Law and PIPL (data kept in China, approved cross-border transfers), the licensing regime and the political environment, including exposure to geopolitical risk.\",\n      \"higherIsBetter\": true\n    },\n    {\n      \"id\": \"multinational-footprint\",\n      \"name\": \"Multinational footprint\",\n      \"description\": \"How well the provider lets a multinational run its China estate with the same platform, tooling and operating model it uses elsewhere in the world.\",\n      \"higherIsBetter\": true\n    }\n  ],\n  \"vendors\": [\n    {\n      \"id\": \"alibaba-cloud\",\n      \"name\": \"Alibaba Cloud\",\n      \"description\": \"The market leader in China''s cloud infrastructure, part of the Alibaba group.\",\n      \"operators\": []\n    },\n    {\n      \"id\": \"huawei-cloud\",\n      \"name\": \"Huawei Cloud\",\n      \"description\": \"The second-largest provider in China by Q3 2024 share, run by Huawei.\",\n      \"operators\": []\n    },\n    {\n      \"id\": \"tencent-cloud\",\n      \"name\": \"Tencent Cloud\",\n      \"description\": \"Tencent''s cloud, third by Q3 2024 share, known for gaming workloads.\",\n      \"operators\": []\n    },\n    {\n      \"id\": \"aws-china\",\n      \"name\": \"AWS China\",\n      \"description\": \"Amazon Web Services'' China regions, operated by licensed local partners and kept separate from AWS''s global network.\",\n      \"operators\": [\n        {\n          \"name\": \"Beijing Sinnet\",\n          \"region\": \"Beijing\"\n        },\n        {\n          \"name\": \"NWCD (Ningxia Western Cloud Data)\",\n          \"region\": \"Ningxia\"\n        }\n      ]\n    }\n  ],\n  \"assessments\": [\n    {\n      \"vendorId\": \"alibaba-cloud\",\n      \"criterionId\": \"localization\",\n      \"score\": 9,\n      \"uncertainty\": 0.8,\n      \"rationale\": \"The articles place the local providers well ahead on localisation, and Alibaba''s lead in share, about 40 % in 2016 and 36 % in Q3 2024, shows the broadest adoption among Chinese businesses.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\",\n        \"aws-sinnet-sale-2017\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\",\n        \"china-market-share-q3-2024\",\n        \"alibaba-share-2016\"\n      ]\n    },\n    {\n      \"vendorId\": \"huawei-cloud\",\n      \"criterionId\": \"localization\",\n      \"score\": 8.5,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"Counted among the local providers the article credits with better localisation and ecosystem ties; the articles give no Huawei-specific detail, so it sits just below the market leader with a wider band.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\",\n        \"china-market-share-q3-2024\"\n      ]\n    },\n    {\n      \"vendorId\": \"tencent-cloud\",\n      \"criterionId\": \"localization\",\n      \"score\": 8.5,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"Shares the local providers'' advantage in localisation and ecosystem ties; beyond gaming the articles say nothing Tencent-specific here, so the score follows the group with a wider band.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\",\n        \"tencent-gaming-latency\"\n      ]\n    },\n    {\n      \"vendorId\": \"aws-china\",\n      \"criterionId\": \"localization\",\n      \"score\": 3.5,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"Analysts point to little local developer evangelism, AWS is reported to have cut about a tenth of its China staff (it denies this) and all but frozen hiring, and Amazon''s retail arm already lost the domestic market; local roots are thin.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"aws-china-structural-weaknesses\",\n        \"aws-china-layoffs\",\n        \"amazon-retail-china\"\n      ]\n    },\n    {\n      \"vendorId\": \"alibaba-cloud\",\n      \"criterionId\": \"price\",\n      \"score\": 8,\n      \"uncertainty\": 1.5,\n      \"rationale\": \"The local providers are described as cheaper than AWS; the articles do not compare the three local clouds on price, hence a shared score and a wide band.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"huawei-cloud\",\n      \"criterionId\": \"price\",\n      \"score\": 8,\n      \"uncertainty\": 1.5,\n      \"rationale\": \"Covered by the general finding that local clouds cost less than AWS; no Huawei price data is given, so the band is wide.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"tencent-cloud\",\n      \"criterionId\": \"price\",\n      \"score\": 8,\n      \"uncertainty\": 1.5,\n      \"rationale\": \"A consultant notes AWS could not match Tencent on price in gaming, in line with local clouds being cheaper overall; the local three are not compared with each other.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"tencent-gaming-latency\",\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"aws-china\",\n      \"criterionId\": \"price\",\n      \"score\": 4,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"A consultant and a former AWS product manager quoted in the article both say the local providers are cheaper, and partner operation plus compliance layers add cost.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"tencent-gaming-latency\",\n        \"local-providers-advantages\",\n        \"aws-china-partner-operation\"\n      ]\n    },\n    {\n      \"vendorId\": \"alibaba-cloud\",\n      \"criterionId\": \"latency\",\n      \"score\": 8,\n      \"uncertainty\": 1.5,\n      \"rationale\": \"The local providers are credited with a performance edge inside China; there is no latency figure for Alibaba specifically, so the band is wide.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"huawei-cloud\",\n      \"criterionId\": \"latency\",\n      \"score\": 8,\n      \"uncertainty\": 1.5,\n      \"rationale\": \"Included in the local providers'' performance advantage; the articles are silent on Huawei''s latency in particular.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"tencent-cloud\",\n      \"criterionId\": \"latency\",\n      \"score\": 9,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"Singled out as tuned for the low latency and rapid iteration that games demand, where AWS could not keep up.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"tencent-gaming-latency\"\n      ]\n    },\n    {\n      \"vendorId\": \"aws-china\",\n      \"criterionId\": \"latency\",\n      \"score\": 4,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"Latency problems are one of the named reasons AWS lost ground in gaming and retail, and its China regions sit outside its global backbone.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"aws-china-structural-weaknesses\",\n        \"aws-china-partner-operation\",\n        \"tencent-gaming-latency\"\n      ]\n    },\n    {\n      \"vendorId\": \"alibaba-cloud\",\n      \"criterionId\": \"payment-integration\",\n      \"score\": 8,\n      \"uncertainty\": 1.8,\n      \"rationale\": \"The articles credit local providers as a group with deep integration into local business ecosystems but name no payment product; the score assumes the advantage carries to payments, with a wide band for that assumption.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"huawei-cloud\",\n      \"criterionId\": \"payment-integration\",\n      \"score\": 7,\n      \"uncertainty\": 2.0,\n      \"rationale\": \"Only the group-level statement about local ecosystem integration applies; the articles say nothing about Huawei and consumer payments, so the score is a notch lower and the band the widest.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"tencent-cloud\",\n      \"criterionId\": \"payment-integration\",\n      \"score\": 8,\n      \"uncertainty\": 1.8,\n      \"rationale\": \"As for the other local providers, the articles describe deep ecosystem integration without naming payment systems; scored like Alibaba with a wide band.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\"\n      ]\n    },\n    {\n      \"vendorId\": \"aws-china\",\n      \"criterionId\": \"payment-integration\",\n      \"score\": 3,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"Limited integration with domestic payment systems is named outright as a structural weakness behind its retail and gaming losses.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"aws-china-structural-weaknesses\"\n      ]\n    },\n    {\n      \"vendorId\": \"alibaba-cloud\",\n      \"criterionId\": \"regulatory-alignment\",\n      \"score\": 8.5,\n      \"uncertainty\": 1.2,\n      \"rationale\": \"As a domestic provider it keeps data in China by default and enjoys the political alignment the article says foreign firms cannot acquire; nothing Alibaba-specific is reported.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\",\n        \"china-data-laws\"\n      ]\n    },\n    {\n      \"vendorId\": \"huawei-cloud\",\n      \"criterionId\": \"regulatory-alignment\",\n      \"score\": 8.5,\n      \"uncertainty\": 1.2,\n      \"rationale\": \"Shares the domestic providers'' fit with the data-residency laws and their political alignment; the articles do not single Huawei out.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\",\n        \"china-data-laws\"\n      ]\n    },\n    {\n      \"vendorId\": \"tencent-cloud\",\n      \"criterionId\": \"regulatory-alignment\",\n      \"score\": 8.5,\n      \"uncertainty\": 1.2,\n      \"rationale\": \"Like the other domestic clouds it is aligned with the regulatory and political setting; no Tencent-specific detail is given.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"local-providers-advantages\",\n        \"china-data-laws\"\n      ]\n    },\n    {\n      \"vendorId\": \"aws-china\",\n      \"criterionId\": \"regulatory-alignment\",\n      \"score\": 5.5,\n      \"uncertainty\": 1.2,\n      \"rationale\": \"Its China regions comply through licensed local operators (Sinnet, NWCD), but the law forces that arrangement: Sinnet reportedly agreed in 2017 to buy the China cloud assets for about $300M, the VPN notice showed the friction, compliance adds cost, and BYD walked away over geopolitical risk.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\",\n        \"aws-sinnet-sale-2017\"\n      ],\n      \"factIds\": [\n        \"local-partner-requirement\",\n        \"sinnet-300m-sale\",\n        \"sinnet-vpn-notice\",\n        \"aws-china-partner-operation\",\n        \"aws-china-lost-clients\",\n        \"china-data-laws\"\n      ]\n    },\n    {\n      \"vendorId\": \"alibaba-cloud\",\n      \"criterionId\": \"multinational-footprint\",\n      \"score\": 5,\n      \"uncertainty\": 2.0,\n      \"rationale\": \"The articles say nothing about Alibaba Cloud outside China, so the score sits mid-scale with a wide band rather than claiming knowledge they do not give.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ]\n    },\n    {\n      \"vendorId\": \"huawei-cloud\",\n      \"criterionId\": \"multinational-footprint\",\n      \"score\": 5,\n      \"uncertainty\": 2.0,\n      \"rationale\": \"Nothing in the articles covers Huawei Cloud''s reach abroad; mid-scale with a wide band.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ]\n    },\n    {\n      \"vendorId\": \"tencent-cloud\",\n      \"criterionId\": \"multinational-footprint\",\n      \"score\": 5,\n      \"uncertainty\": 2.0,\n      \"rationale\": \"The articles do not discuss Tencent Cloud beyond China; mid-scale with a wide band.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ]\n    },\n    {\n      \"vendorId\": \"aws-china\",\n      \"criterionId\": \"multinational-footprint\",\n      \"score\": 8.5,\n      \"uncertainty\": 1.0,\n      \"rationale\": \"Its remaining strength: multinationals in pharma, cars and logistics that run AWS everywhere else keep it as their platform inside China. Held below 10 because the China regions are partner-run and cut off from the global backbone.\",\n      \"sourceIds\": [\n        \"aws-retreats-2025\"\n      ],\n      \"factIds\": [\n        \"aws-china-multinational-focus\",\n        \"aws-china-partner-operation\"\n      ]\n    }\n  ]\n}\n", "publishedAt": "2026-11-28T23:40:19.2077942+00:00"}', '2026-11-28 23:40:19.244293+00', '01a22487-f3a0-48fd-b79f-56efad53206f', 'VendorAdvisor.Api.Features.Catalog.PublishedCatalog');


--
-- Data for Name: mt_doc_publishedregulations; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_publishedregulations VALUES ('2026.1', '{"id": "2026.1", "json": "{\n  \"version\": \"2026.1\",\n  \"date\": \"2026-11-28\",\n  \"disclaimer\": \"Decision support, not legal advice. The catalogue paraphrases the cited texts in its own words as they read on its date; the Chinese texts prevail over any translation, and a lawyer admitted in the People''s Republic of China should confirm any conclusion before the client acts on it.\",\n  \"sources\": [\n    {\n      \"id\": \"pipl\",\n      \"title\": \"Personal Information Protection Law of the People''s Republic of China (个人信息保护法)\",\n      \"kind\": \"law\",\n      \"issuingBody\": \"Standing Committee of the National People''s Congress\",\n      \"promulgated\": \"2021-08-20\",\n      \"effective\": \"2021-11-01\",\n      \"url\": \"https://personalinformationprotectionlaw.com/PIPL/tag/state-cyberspace-administration/\",\n      \"note\": \"Articles 38 and 40 read in this English translation (unofficial); Article 39 read in Chinese at https://m.110ask.com/zhishi/5685575576535468459.html. Adoption date as given by Zhong Lun (https://en.zhonglun.com/research/articles/52413.html).\"\n    },\n    {\n      \"id\": \"cbdf-provisions-2024\",\n      \"title\": \"Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定), CAC Order No. 16\",\n      \"kind\": \"departmental-rule\",\n      \"issuingBody\": \"Cyberspace Administration of China (CAC)\",\n      \"promulgated\": \"2024-03-22\",\n      \"effective\": \"2024-03-22\",\n      \"url\": \"https://www.lexiscn.com/law/law-english-1-5195009-T.html?eng=0\",\n      \"note\": \"14 articles. Articles 1-3 read in the LexisNexis English text; the exemption list (Articles 3-5), the free-trade-zone lists (Article 6) and the two threshold tiers read in the CAC''s own announcement of 22 March 2024 as republished at http://www.yyjob.cn/06010896.html and http://www.rfnc.com.cn/Item/4459.aspx. The numbers of the assessment article (7) and the contract/certification article (8) follow the order of the text; the catalogue did not read them numbered.\"\n    },\n    {\n      \"id\": \"scc-filing-guide-2\",\n      \"title\": \"Guide to Filing the Standard Contract for Outbound Transfer of Personal Information, 2nd edition (个人信息出境标准合同备案指南(第二版))\",\n      \"kind\": \"guideline\",\n      \"issuingBody\": \"Cyberspace Administration of China (CAC)\",\n      \"promulgated\": \"2024-03-22\",\n      \"effective\": \"2024-03-22\",\n      \"url\": \"https://www.waitang.com/report/51485001.html\",\n      \"note\": \"States the filing tier in Chinese: non-CIIO, cumulatively since 1 January of the current year 10万人以上、不满100万人 ordinary personal information, or 不满1万人 sensitive personal information; forbids splitting volumes to avoid the security assessment. Publication date from https://www.icourt.cc/prac-document/157293.html.\"\n    },\n    {\n      \"id\": \"scc-measures-2023\",\n      \"title\": \"Measures for the Standard Contract for Outbound Transfer of Personal Information (个人信息出境标准合同办法), CAC Order No. 13\",\n      \"kind\": \"departmental-rule\",\n      \"issuingBody\": \"Cyberspace Administration of China (CAC)\",\n      \"promulgated\": \"2023-02-22\",\n      \"effective\": \"2023-06-01\",\n      \"url\": \"https://www.chinalawandpractice.com/2023/05/12/measures-for-the-standard-contract-for-overseas-transfer-of-personal-information\",\n      \"note\": \"The duty to file within 10 working days after the contract takes effect is read in provincial CAC notices (Shandong: http://dz24hour.cms.dezhoudaily.com/p/99471.html), not in the Measures'' own text.\"\n    },\n    {\n      \"id\": \"hebei-scc-guide-2023\",\n      \"title\": \"Hebei Province guide to filing the personal information outbound standard contract\",\n      \"kind\": \"guideline\",\n      \"issuingBody\": \"Hebei Provincial Cyberspace Administration\",\n      \"promulgated\": \"2023-07\",\n      \"effective\": \"unknown\",\n      \"url\": \"http://www.tianyuanriji.com/news/news1/859.html\",\n      \"note\": \"Republished copy. Says the provincial office checks filed materials within 15 working days. One province''s practice; other provinces may differ.\"\n    },\n    {\n      \"id\": \"cac-assessment-time-report\",\n      \"title\": \"CAC: average time of a data-export security assessment under 30 working days (news report)\",\n      \"kind\": \"news\",\n      \"issuingBody\": \"Cyberspace Administration of China (CAC), as reported\",\n      \"promulgated\": \"unknown (a 21 March after the 2024 Provisions; the year is not shown in the copy read)\",\n      \"effective\": \"unknown\",\n      \"url\": \"http://floorcoveringcontractor.com/guonei/p/1680076.html\",\n      \"note\": \"A republished news item; the original was not seen. Gives an average, not a maximum.\"\n    },\n    {\n      \"id\": \"pi-certification-measures-2025\",\n      \"title\": \"Measures for the Certification of Outbound Transfer of Personal Information (个人信息出境认证办法), Order No. 20\",\n      \"kind\": \"departmental-rule\",\n      \"issuingBody\": \"Cyberspace Administration of China and State Administration for Market Regulation\",\n      \"promulgated\": \"2025-10-14\",\n      \"effective\": \"2026-01-01\",\n      \"url\": \"http://www.lawxp.com/statute/s4d68900e5c8d52bb.html\",\n      \"note\": \"Governs the certification route of PIPL Article 38(1)(2).\"\n    },\n    {\n      \"id\": \"dsl\",\n      \"title\": \"Data Security Law of the People''s Republic of China (数据安全法), Presidential Order No. 84\",\n      \"kind\": \"law\",\n      \"issuingBody\": \"Standing Committee of the National People''s Congress\",\n      \"promulgated\": \"2021-06-10\",\n      \"effective\": \"2021-09-01\",\n      \"url\": \"https://www.sunjunping.com/laws/10001262\",\n      \"note\": \"Article 21 read in Chinese at this URL; the headings of Articles 31 (outbound rules for important data) and 36 (requests from foreign judicial or law-enforcement bodies) read in the table of contents at https://www.daowen.com/book/content/243851292/3387763.html.\"\n    },\n    {\n      \"id\": \"sidley-important-data-2022\",\n      \"title\": \"Understanding China''s Data Regulatory Regime: What Are Important Data? And Can They Be Transferred Outside Of China?\",\n      \"kind\": \"commentary\",\n      \"issuingBody\": \"Sidley Austin LLP (Data Matters blog)\",\n      \"promulgated\": \"2022-04-11\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://datamatters.sidley.com/2022/04/11/understanding-chinas-data-regulatory-regime-what-are-important-data-and-can-they-be-transferred-outside-of-china\",\n      \"note\": \"Describes national core data as a subset of important data.\"\n    },\n    {\n      \"id\": \"csl-2016\",\n      \"title\": \"Cybersecurity Law of the People''s Republic of China (网络安全法), as adopted in 2016\",\n      \"kind\": \"law\",\n      \"issuingBody\": \"Standing Committee of the National People''s Congress\",\n      \"promulgated\": \"2016-11-07\",\n      \"effective\": \"2017-06-01\",\n      \"url\": \"https://www.laitimes.com/en/article/6itf8_6z5pw.html\",\n      \"note\": \"Article numbers in this catalogue are those of the 2016 text (Article 21: multi-level protection; Article 37: critical information infrastructure operators store personal information and important data in mainland China). The 2025 amendment renumbered several articles; the current numbers of these two are unknown to this catalogue.\"\n    },\n    {\n      \"id\": \"csl-amendment-2025\",\n      \"title\": \"Decision of the NPC Standing Committee on Amending the Cybersecurity Law\",\n      \"kind\": \"law\",\n      \"issuingBody\": \"Standing Committee of the National People''s Congress\",\n      \"promulgated\": \"2025-10-28\",\n      \"effective\": \"2026-01-01\",\n      \"url\": \"http://en.people.cn/n3/2025/1028/c90000-20383061.html\",\n      \"note\": \"Renumbering (for example Article 40 of 2016 became Article 42) reported at https://www.geopolitechs.org/p/after-ten-years-china-amended-its.\"\n    },\n    {\n      \"id\": \"mlps-measures-2007\",\n      \"title\": \"Administrative Measures for the Graded Protection of Information Security (信息安全等级保护管理办法), 公通字[2007]43号\",\n      \"kind\": \"departmental-rule\",\n      \"issuingBody\": \"Ministry of Public Security, jointly with other central bodies (exact list not verified here)\",\n      \"promulgated\": \"2007 (day not verified)\",\n      \"effective\": \"unknown\",\n      \"url\": \"http://www.fsou.net/html/text/chl/972/97233_3.html\",\n      \"note\": \"Articles 14 (evaluation cadence), 15 (filing within 30 days for level 2 and above) and 17 (filing certificate within 10 working days) read in Chinese at this URL; Article 14 also at http://www.zpedu.com/zp/news/5954.html. The draft MLPS Regulation of 2018 was not used.\"\n    },\n    {\n      \"id\": \"gbt-22239-2019\",\n      \"title\": \"GB/T 22239-2019 Information security technology - Baseline for classified protection of cybersecurity (MLPS 2.0)\",\n      \"kind\": \"standard\",\n      \"issuingBody\": \"State Administration for Market Regulation and Standardization Administration of China\",\n      \"promulgated\": \"2019\",\n      \"effective\": \"2019-12-01\",\n      \"url\": \"https://www.limswiki.org/index.php?title=Journal:Cross-border_data_transfer_regulation_in_China&diff=prev&oldid=43465\",\n      \"note\": \"In force date of GB/T 22239-2019, GB/T 25070-2019 and GB/T 28448-2019 as given in that journal article. Five levels, 1 (least) to 5 (most); level descriptions in Chinese at http://qdfenshua.com/wlzx/info/1138/2004.htm. The evaluation cadence is not taken from GB/T 28448: the catalogue found it in the 2007 Measures.\"\n    },\n    {\n      \"id\": \"miis-2000\",\n      \"title\": \"Measures for the Administration of Internet Information Services (互联网信息服务管理办法), State Council Order No. 292\",\n      \"kind\": \"regulation\",\n      \"issuingBody\": \"State Council\",\n      \"promulgated\": \"2000-09-25\",\n      \"effective\": \"2000-09-25\",\n      \"url\": \"http://www.vip662.com/newsDetail/16\",\n      \"note\": \"Republished text. Article 3 (commercial vs non-commercial), Article 4 (licence vs filing; no service without either), Article 6 (commercial services must also meet the Telecommunications Regulations). Revised by State Council Order No. 588 (2011).\"\n    },\n    {\n      \"id\": \"miit-order-33\",\n      \"title\": \"Administrative Measures for the Filing of Non-commercial Internet Information Services (非经营性互联网信息服务备案管理办法), Ministry of Information Industry Order No. 33\",\n      \"kind\": \"departmental-rule\",\n      \"issuingBody\": \"Ministry of Information Industry (now MIIT)\",\n      \"promulgated\": \"2005 (day not verified)\",\n      \"effective\": \"unknown\",\n      \"url\": \"http://ghyun.com.cn/home/document/document/104\",\n      \"note\": \"Article 12: the provincial communications administration files a complete application within 20 working days (as quoted here and at https://allaboutbackpack.com/industrynews/show-33.html). That the access provider may file on the website operator''s behalf is read at http://uianet.net/dictionary/b9093557.html.\"\n    },\n    {\n      \"id\": \"aliyun-filing-service\",\n      \"title\": \"Alibaba Cloud Filing Service API: usage scenarios\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Alibaba Cloud\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://help.aliyun.com/en/document_detail/145343.html\",\n      \"note\": \"Says a website serving the Chinese mainland must complete an ICP filing before activation, done on Alibaba Cloud''s Filing Service platform.\"\n    },\n    {\n      \"id\": \"aliyun-mlps-precheck\",\n      \"title\": \"Alibaba Cloud Config: MLPS 2.0 level 2 and level 3 pre-check compliance packages\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Alibaba Cloud\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://alibabacloud.com/help/en/cloud-config/latest/classifiedprotectionprecheck\",\n      \"note\": \"Level 2 package at https://alibabacloud.com/help/en/cloud-config/latest/class-ii-pre-inspection-compliance-package. Both say a compliant result does not mean legal compliance.\"\n    },\n    {\n      \"id\": \"tencent-commercial-icp-faq\",\n      \"title\": \"Tencent Cloud documentation: commercial ICP filing FAQ (经营性备案)\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Tencent Cloud (tencentyun/qcloud-documents)\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://github.com/tencentyun/qcloud-documents/blob/e69bc8f9ca8238623694d0f22205ba69c1285deb/product/%E5%9F%9F%E5%90%8D%E4%B8%8E%E7%BD%91%E7%AB%99/%E7%BD%91%E7%AB%99%E5%A4%87%E6%A1%88/%E5%B8%B8%E8%A7%81%E9%97%AE%E9%A2%98/%E7%BB%8F%E8%90%A5%E6%80%A7%E5%A4%87%E6%A1%88.md\",\n      \"note\": \"Commercial licence applications go to the provincial communications administration; Tencent Cloud assists only in Beijing, Tianjin, Shanghai, Guangzhou, Shenzhen, Chengdu and Chongqing. Filings through Tencent Cloud need the domain to point at a Tencent Cloud mainland server (https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/常见问题/备案后咨询.md).\"\n    },\n    {\n      \"id\": \"tencent-cloudbase-mlps\",\n      \"title\": \"Tencent CloudBase: Classified Protection Evaluation Guide\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Tencent Cloud (CloudBase)\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://docs.cloudbase.net/en/faq/security/classified-protection\",\n      \"note\": \"Guidance for customers preparing an MLPS evaluation on CloudBase; it covers that product, not Tencent Cloud as a whole.\"\n    },\n    {\n      \"id\": \"huawei-icp-faq\",\n      \"title\": \"Huawei Cloud FAQ: how to complete an ICP filing (如何进行ICP备案?)\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Huawei Cloud\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://huaweicloud.com/s/JeWNjuS4uuS6keWKnuWFrOezu-e7nyU/t_30_p_2/JeinhumikeebtOaSrSBMaXZlJQ\",\n      \"note\": \"Huawei Cloud assists users who serve internet information from mainland-node servers to complete the ICP filing.\"\n    },\n    {\n      \"id\": \"aws-china-operators-blog\",\n      \"title\": \"Getting Started with AWS Services in AWS China (Beijing) Region and AWS China (Ningxia) Region\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Amazon Web Services (AWS Cloud Enterprise Strategy Blog)\",\n      \"promulgated\": \"unknown (after April 2019)\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://aws.amazon.com/blogs/enterprise-strategy/getting-started-with-aws-services-in-aws-china-beijing-region-and-aws-china-ningxia-region/\",\n      \"note\": \"The Beijing Region (generally available 2016) is operated by Beijing Sinnet Technology Co., Ltd.; the Ningxia Region (launched 2017) by Ningxia Western Cloud Data Technology Co., Ltd. (NWCD).\"\n    },\n    {\n      \"id\": \"aws-china-general-info\",\n      \"title\": \"General Information About Amazon Web Services China\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Amazon Web Services China (operated by Sinnet and NWCD)\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://docs.amazonaws.cn/en_us/aws/latest/userguide/general-info.html\",\n      \"note\": \"Accounts and credentials for the China Regions do not work in other regions, and the reverse.\"\n    },\n    {\n      \"id\": \"aws-china-isolation\",\n      \"title\": \"Application Deployment Strategies on Amazon Web Services in China (AWS for Industries blog)\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Amazon Web Services\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://thinkwithwp.com/cn/blogs/industries/application-deployment-strategies-on-amazon-web-services-in-china\",\n      \"note\": \"Read in a mirrored copy. The mainland China regions are isolated and operated separately from other AWS regions. An AWS re:Post answer adds that they are not connected by the AWS backbone to the global regions (https://repost.aws/de/questions/QUNW6avAGBRrmYapcIhGFmig/trust-relationship-between-a-role-in-global-aws-and-users-roles-in-china-aws-region).\"\n    },\n    {\n      \"id\": \"aws-china-shared-responsibility\",\n      \"title\": \"Amazon Web Services China: Shared Responsibility Model\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Amazon Web Services China (operated by Sinnet and NWCD)\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://www.amazonaws.cn/en/compliance/shared-responsibility-model/\",\n      \"note\": \"The operator secures the cloud; the customer secures what it runs in it (guest OS, applications, security-group configuration).\"\n    },\n    {\n      \"id\": \"aws-china-cloudfront-icp\",\n      \"title\": \"Amazon CloudFront API Reference (China): AliasICPRecordal\",\n      \"kind\": \"vendor-documentation\",\n      \"issuingBody\": \"Amazon Web Services China\",\n      \"promulgated\": \"unknown\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://docs.amazonaws.cn/cloudfront/latest/APIReference/API_AliasICPRecordal.html\",\n      \"note\": \"Customers must file an ICP recordal to serve content publicly on their own domain names through CloudFront in the China Regions.\"\n    },\n    {\n      \"id\": \"hankun-2024\",\n      \"title\": \"Bytes Without Borders: China Relaxes Cross-Border Data Transfer Rules (Kevin Duan and Yuting Wang, Han Kun Law Offices)\",\n      \"kind\": \"commentary\",\n      \"issuingBody\": \"Chambers and Partners (Expert Focus)\",\n      \"promulgated\": \"2024-05-15\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://chambers.com/legal-trends/insights-into-chinas-recent-border-data-transfer-laws\",\n      \"note\": \"A reputable summary of the 2024 Provisions (exemptions, thresholds). Han Kun''s note on the 2023 draft adds that exempted transfers still need the basic PIPL duties (https://hankunlaw.com/en/portal/article/index/cid/8/id/13746.html).\"\n    },\n    {\n      \"id\": \"dandrea-2024\",\n      \"title\": \"China''s New Rules to Ease Data Cross-border Transfer\",\n      \"kind\": \"commentary\",\n      \"issuingBody\": \"D''Andrea & Partners Legal Counsel\",\n      \"promulgated\": \"2024\",\n      \"effective\": \"not applicable\",\n      \"url\": \"https://www.dandreapartners.com/chinas-new-rules-to-ease-data-cross-border-transfer/\",\n      \"note\": \"English list of the exemptions, including the examples of contract performance (cross-border shopping, remittance, bookings, visas).\"\n    },\n    {\n      \"id\": \"cn-drafting-convention\",\n      \"title\": \"Criminal Law of the PRC, Article 99 (以上、以下、以内 include the number itself) and the contrast with 不满 (excludes it)\",\n      \"kind\": \"law\",\n      \"issuingBody\": \"National People''s Congress\",\n      \"promulgated\": \"1997-03-14\",\n      \"effective\": \"1997-10-01\",\n      \"url\": \"http://www.yongchengxsls.com/art/view.asp?id=755828643535\",\n      \"note\": \"Used only to read the boundaries of the thresholds: 以上 includes the number, 不满 excludes it (also http://chinalaw.wiki/index.php?title=以下). It is a statutory definition in the Criminal Law, applied here by analogy as the general drafting convention: an interpretation, not a ruling.\"\n    }\n  ],\n  \"thresholds\": {\n    \"countingPeriod\": \"cumulatively, since 1 January of the current year\",\n    \"securityAssessmentOrdinarySubjects\": 1000000,\n    \"securityAssessmentSensitiveSubjects\": 10000,\n    \"standardContractOrdinarySubjects\": 100000,\n    \"boundaries\": \"The Chinese text says 100万人以上 (1,000,000 or more) and 1万人以上 (10,000 or more) for the assessment, 10万人以上、不满100万人 (100,000 to 999,999) and 不满1万人 (1 to 9,999 sensitive) for the contract or certification, and 不满10万人 (fewer than 100,000 ordinary) for the exemption. English summaries often say ''more than 1 million''; the catalogue follows the Chinese text and the drafting convention that 以上 includes the number, so exactly 1,000,000 ordinary or exactly 10,000 sensitive subjects goes to the assessment, and exactly 100,000 ordinary to the contract or certification.\",\n    \"citations\": [\n      { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Articles 5(4), 7 and 8\", \"supports\": \"the three tiers and the counting period\" },\n      { \"sourceId\": \"scc-filing-guide-2\", \"article\": \"Section 1 (scope)\", \"supports\": \"the contract tier in the Chinese wording, and that volumes may not be split\" },\n      { \"sourceId\": \"cn-drafting-convention\", \"article\": \"Article 99\", \"supports\": \"reading 以上 as inclusive and 不满 as exclusive\" },\n      { \"sourceId\": \"hankun-2024\", \"article\": \"\", \"supports\": \"an independent summary of the same tiers\" }\n    ]\n  },\n  \"rules\": [\n    {\n      \"id\": \"cbdf-security-assessment\",\n      \"topic\": \"cross-border\",\n      \"title\": \"CAC security assessment before personal information or important data leaves mainland China\",\n      \"summary\": \"The client must apply, through its provincial cyberspace office, for the CAC''s data-export security assessment and pass it before the transfer starts. It applies to critical information infrastructure operators sending any personal information or important data abroad, to anyone sending important data (only data an authority has notified or published as important counts), and to anyone whose transfers since 1 January reach 1,000,000 individuals'' ordinary personal information or 10,000 individuals'' sensitive personal information.\",\n      \"citations\": [\n        { \"sourceId\": \"pipl\", \"article\": \"Articles 38(1)(1) and 40\", \"supports\": \"the assessment as a condition of transfer; CIIOs and high-volume processors store in China and go through the assessment\" },\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Articles 2 and 7\", \"supports\": \"when the assessment is required; important data counts only once notified or published\" },\n        { \"sourceId\": \"dsl\", \"article\": \"Article 31\", \"supports\": \"outbound rules for important data (the article''s heading was read, not its text)\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": 30, \"unit\": \"working-days\", \"basis\": \"sourced\", \"sourceId\": \"cac-assessment-time-report\", \"note\": \"The CAC reported an average under 30 working days once an application is accepted; preparing the application is extra and not counted.\" },\n      \"effect\": \"conditional\"\n    },\n    {\n      \"id\": \"cbdf-standard-contract-or-certification\",\n      \"topic\": \"cross-border\",\n      \"title\": \"Standard contract filing or personal information protection certification\",\n      \"summary\": \"A client that is not a critical information infrastructure operator and, since 1 January, sends abroad the ordinary personal information of 100,000 to 999,999 individuals, or the sensitive personal information of fewer than 10,000, must either sign the CAC standard contract with the recipient and file it with the provincial cyberspace office, or obtain certification from an accredited body. Splitting volumes to stay below the assessment tier is not allowed.\",\n      \"citations\": [\n        { \"sourceId\": \"pipl\", \"article\": \"Article 38(1)(2) and (3)\", \"supports\": \"certification and the standard contract as transfer conditions\" },\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 8\", \"supports\": \"the tier that needs a contract or certification\" },\n        { \"sourceId\": \"scc-filing-guide-2\", \"article\": \"Section 1 (scope)\", \"supports\": \"the tier in Chinese; no splitting\" },\n        { \"sourceId\": \"pi-certification-measures-2025\", \"article\": \"Articles 2-3\", \"supports\": \"the certification route, in force since 2026-01-01\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": 15, \"unit\": \"working-days\", \"basis\": \"sourced\", \"sourceId\": \"hebei-scc-guide-2023\", \"note\": \"Filing is due within 10 working days after the contract takes effect (scc-measures-2023, per provincial notices); Hebei checks the filing within 15 working days. Certification lead time: unknown.\" },\n      \"effect\": \"conditional\"\n    },\n    {\n      \"id\": \"cbdf-below-thresholds\",\n      \"topic\": \"cross-border\",\n      \"title\": \"No assessment, contract or certification below the thresholds\",\n      \"summary\": \"A client that is not a critical information infrastructure operator, sends no important data, sends no sensitive personal information and sends the ordinary personal information of fewer than 100,000 individuals since 1 January needs none of the three mechanisms.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 5(4)\", \"supports\": \"the exemption below 100,000 ordinary subjects for non-CIIOs\" },\n        { \"sourceId\": \"hankun-2024\", \"article\": \"\", \"supports\": \"summary of the exemption\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": 0, \"max\": 0, \"unit\": \"working-days\", \"basis\": \"sourced\", \"sourceId\": \"cbdf-provisions-2024\", \"note\": \"Nothing to file.\" },\n      \"effect\": \"none\"\n    },\n    {\n      \"id\": \"cbdf-exemption-claimed\",\n      \"topic\": \"cross-border\",\n      \"title\": \"Transfer exempt from the three mechanisms by its purpose\",\n      \"summary\": \"Transfers that are genuinely needed for the purpose the consultant named (see the exemption) need no assessment, contract or certification whatever the volume. The client must be able to show the necessity; important data and core data are not covered.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Articles 3, 4, 5 and 6\", \"supports\": \"the exemptions by purpose and the free-trade-zone negative lists\" },\n        { \"sourceId\": \"dandrea-2024\", \"article\": \"\", \"supports\": \"English list of the exemptions with examples\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": 0, \"max\": 0, \"unit\": \"working-days\", \"basis\": \"sourced\", \"sourceId\": \"cbdf-provisions-2024\", \"note\": \"Nothing to file; keep evidence of necessity.\" },\n      \"effect\": \"none\"\n    },\n    {\n      \"id\": \"pipl-notice-and-separate-consent\",\n      \"topic\": \"cross-border\",\n      \"title\": \"Tell the individuals and get their separate consent\",\n      \"summary\": \"Whatever the route, before personal information leaves mainland China the client must tell each individual who the overseas recipient is, how to reach it, why and how it will process which information, and how to exercise their rights against it, and obtain the individual''s separate consent. The exemptions of 2024 lift the filing mechanisms, not this duty.\",\n      \"citations\": [\n        { \"sourceId\": \"pipl\", \"article\": \"Article 39\", \"supports\": \"notice and separate consent for transfers abroad\" },\n        { \"sourceId\": \"hankun-2024\", \"article\": \"\", \"supports\": \"exempted transfers keep the basic PIPL duties (Han Kun''s note on the draft)\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": null, \"unit\": \"working-days\", \"basis\": \"unknown\", \"sourceId\": null, \"note\": \"No source gives a lead time; it depends on the client''s consent flows.\" },\n      \"effect\": \"conditional\"\n    },\n    {\n      \"id\": \"dsl-core-data-no-transfer\",\n      \"topic\": \"data-classification\",\n      \"title\": \"Core data stays under the strictest control: the plan cannot include sending it abroad\",\n      \"summary\": \"National core data (data bearing on national security, the lifelines of the economy, important livelihoods or major public interests) is under a stricter regime than important data, of which it is a subset. The cited texts publish no route for sending it abroad, so the catalogue treats a plan that sends core data abroad as blocked until the client shows the transfer excludes it. This is the catalogue''s conservative reading, not a quoted prohibition.\",\n      \"citations\": [\n        { \"sourceId\": \"dsl\", \"article\": \"Article 21\", \"supports\": \"core data defined and placed under a stricter management system\" },\n        { \"sourceId\": \"sidley-important-data-2022\", \"article\": \"\", \"supports\": \"core data is a subset of important data\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": null, \"unit\": \"working-days\", \"basis\": \"unknown\", \"sourceId\": null, \"note\": \"No lead time: the transfer is not available as planned.\" },\n      \"effect\": \"blocked\"\n    },\n    {\n      \"id\": \"dsl-core-data-controls\",\n      \"topic\": \"data-classification\",\n      \"title\": \"Core data kept in mainland China under the stricter regime\",\n      \"summary\": \"The client processes core data but plans no transfer abroad: keep it that way and expect the stricter management regime the sector authority sets.\",\n      \"citations\": [\n        { \"sourceId\": \"dsl\", \"article\": \"Article 21\", \"supports\": \"stricter management system for core data\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": null, \"unit\": \"working-days\", \"basis\": \"unknown\", \"sourceId\": null, \"note\": \"Set by the sector authority; not published in the cited texts.\" },\n      \"effect\": \"none\"\n    },\n    {\n      \"id\": \"dsl-foreign-requests\",\n      \"topic\": \"data-classification\",\n      \"title\": \"Requests from foreign courts or law-enforcement bodies for data held in China\",\n      \"summary\": \"The Data Security Law has an article on how requests from foreign judicial or law-enforcement bodies for data held in mainland China are handled. The catalogue read only its heading, so it states no rule of its own: a client (or its overseas parent) that receives such a request should read Article 36 and take advice before answering. Not applied to any profile automatically.\",\n      \"citations\": [\n        { \"sourceId\": \"dsl\", \"article\": \"Article 36\", \"supports\": \"that the Law governs foreign judicial and law-enforcement requests for data (heading read, not the text)\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": null, \"unit\": \"working-days\", \"basis\": \"unknown\", \"sourceId\": null, \"note\": \"Not known.\" },\n      \"effect\": \"none\"\n    },\n    {\n      \"id\": \"ciio-localisation\",\n      \"topic\": \"localisation\",\n      \"title\": \"Critical information infrastructure operators store personal information and important data in mainland China\",\n      \"summary\": \"An operator of critical information infrastructure must store the personal information and important data it collects and generates in mainland China; sending any of it abroad goes through the security assessment. Whether the client is such an operator is decided by its sector authority, not by the client.\",\n      \"citations\": [\n        { \"sourceId\": \"csl-2016\", \"article\": \"Article 37 (2016 numbering)\", \"supports\": \"storage in mainland China for CIIOs\" },\n        { \"sourceId\": \"pipl\", \"article\": \"Article 40\", \"supports\": \"storage in China for CIIOs and the security assessment for transfers\" },\n        { \"sourceId\": \"csl-amendment-2025\", \"article\": \"\", \"supports\": \"the Law was amended and renumbered with effect from 2026-01-01; current article number unknown\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": null, \"unit\": \"working-days\", \"basis\": \"unknown\", \"sourceId\": null, \"note\": \"Architecture work; no source gives a lead time.\" },\n      \"effect\": \"conditional\"\n    },\n    {\n      \"id\": \"mlps-level-1\",\n      \"topic\": \"mlps\",\n      \"title\": \"MLPS level 1: protect the system yourself; no filing\",\n      \"summary\": \"Every network operator must protect its systems under the multi-level protection scheme. At level 1 the client protects the system itself to the baseline standard; the filing duty starts at level 2.\",\n      \"citations\": [\n        { \"sourceId\": \"csl-2016\", \"article\": \"Article 21 (2016 numbering)\", \"supports\": \"network operators perform the multi-level protection duties\" },\n        { \"sourceId\": \"mlps-measures-2007\", \"article\": \"Article 15\", \"supports\": \"filing applies to level 2 and above\" },\n        { \"sourceId\": \"gbt-22239-2019\", \"article\": \"\", \"supports\": \"the baseline requirements per level\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": 0, \"max\": 0, \"unit\": \"working-days\", \"basis\": \"sourced\", \"sourceId\": \"mlps-measures-2007\", \"note\": \"Nothing to file.\" },\n      \"effect\": \"none\"\n    },\n    {\n      \"id\": \"mlps-filing\",\n      \"topic\": \"mlps\",\n      \"title\": \"MLPS: grade, file with the public security bureau, evaluate\",\n      \"summary\": \"The client grades its own system (level 2 or above here), files it with the public security bureau of its city within 30 days of grading (or of going live for a new system), and has it evaluated by a licensed evaluator: at level 3 at least once a year, at level 4 at least every six months, at level 5 as special requirements dictate. The cited Measures set no evaluation cadence for level 2. A cloud platform''s own MLPS filing does not grade, file or evaluate the client''s system: under the providers'' shared-responsibility models the client answers for what it runs.\",\n      \"citations\": [\n        { \"sourceId\": \"csl-2016\", \"article\": \"Article 21 (2016 numbering)\", \"supports\": \"network operators perform the multi-level protection duties\" },\n        { \"sourceId\": \"mlps-measures-2007\", \"article\": \"Articles 14, 15 and 17\", \"supports\": \"evaluation cadence by level; filing within 30 days; certificate within 10 working days\" },\n        { \"sourceId\": \"gbt-22239-2019\", \"article\": \"\", \"supports\": \"MLPS 2.0 baseline, levels 1-5\" },\n        { \"sourceId\": \"aws-china-shared-responsibility\", \"article\": \"\", \"supports\": \"the customer secures what it runs on the platform\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": 10, \"unit\": \"working-days\", \"basis\": \"sourced\", \"sourceId\": \"mlps-measures-2007\", \"note\": \"The bureau issues the filing certificate within 10 working days of a complete filing (Article 17); grading, remediation and the evaluation itself are extra and not given by the source.\" },\n      \"effect\": \"conditional\"\n    },\n    {\n      \"id\": \"icp-filing\",\n      \"topic\": \"icp\",\n      \"title\": \"ICP filing for a non-commercial website or app served from mainland China\",\n      \"summary\": \"A website or app that offers information to the public from mainland China without charge needs an ICP filing with the provincial communications administration before it goes live. The client (the site''s operator) files; the hosting provider, as access provider, verifies it and may file on its behalf.\",\n      \"citations\": [\n        { \"sourceId\": \"miis-2000\", \"article\": \"Articles 3, 4 and 8\", \"supports\": \"filing for non-commercial services; no service without it\" },\n        { \"sourceId\": \"miit-order-33\", \"article\": \"Article 12\", \"supports\": \"20 working days for a complete filing; access providers may file on the operator''s behalf\" }\n      ],\n      \"who\": [ \"client\", \"vendor\" ],\n      \"leadTime\": { \"min\": null, \"max\": 20, \"unit\": \"working-days\", \"basis\": \"sourced\", \"sourceId\": \"miit-order-33\", \"note\": \"After the provider has checked the application; some provinces commit to 10 working days.\" },\n      \"effect\": \"conditional\"\n    },\n    {\n      \"id\": \"icp-licence\",\n      \"topic\": \"icp\",\n      \"title\": \"ICP licence for a commercial internet information service\",\n      \"summary\": \"A service that charges for information or web services online (a commercial internet information service) needs an ICP licence, a value-added telecommunications licence, not just a filing, and must also meet the Telecommunications Regulations. The client applies to the communications administration; the provider can at most assist.\",\n      \"citations\": [\n        { \"sourceId\": \"miis-2000\", \"article\": \"Articles 3, 4 and 6\", \"supports\": \"licensing for commercial services; the Telecommunications Regulations apply too\" },\n        { \"sourceId\": \"tencent-commercial-icp-faq\", \"article\": \"\", \"supports\": \"commercial licence applications go to the provincial communications administration\" }\n      ],\n      \"who\": [ \"client\" ],\n      \"leadTime\": { \"min\": null, \"max\": null, \"unit\": \"working-days\", \"basis\": \"unknown\", \"sourceId\": null, \"note\": \"No lead time found in the cited texts.\" },\n      \"effect\": \"conditional\"\n    }\n  ],\n  \"exemptions\": [\n    {\n      \"id\": \"contract-with-individual\",\n      \"coversPersonalInformation\": true,\n      \"title\": \"Needed to conclude or perform a contract to which the individual is a party\",\n      \"summary\": \"For example cross-border shopping, delivery, remittance, payment, account opening, flight and hotel booking, visas and examinations.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 5(1)\", \"supports\": \"the exemption\" },\n        { \"sourceId\": \"dandrea-2024\", \"article\": \"\", \"supports\": \"the examples\" }\n      ]\n    },\n    {\n      \"id\": \"cross-border-hr\",\n      \"coversPersonalInformation\": true,\n      \"title\": \"Needed for cross-border human-resources management of the client''s own employees\",\n      \"summary\": \"Under labour rules made according to law and collective contracts signed according to law.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 5(2)\", \"supports\": \"the exemption\" }\n      ]\n    },\n    {\n      \"id\": \"emergency\",\n      \"coversPersonalInformation\": true,\n      \"title\": \"Needed in an emergency to protect a person''s life, health or property\",\n      \"summary\": \"Only what the emergency requires.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 5(3)\", \"supports\": \"the exemption\" }\n      ]\n    },\n    {\n      \"id\": \"overseas-collected-transit\",\n      \"coversPersonalInformation\": true,\n      \"title\": \"Personal information collected abroad, processed in China and sent back\",\n      \"summary\": \"Provided no personal information or important data from mainland China is added during the processing.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 4\", \"supports\": \"the exemption\" }\n      ]\n    },\n    {\n      \"id\": \"trade-data-without-personal-information\",\n      \"coversPersonalInformation\": false,\n      \"title\": \"Data from international trade, transport, academic cooperation, manufacturing or marketing with no personal information and no important data\",\n      \"summary\": \"Covers only data that contains no personal information and no important data; any personal information in the transfer is still counted against the thresholds.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 3\", \"supports\": \"the exemption\" }\n      ]\n    },\n    {\n      \"id\": \"free-trade-zone-negative-list\",\n      \"coversPersonalInformation\": true,\n      \"title\": \"Data outside a pilot free trade zone''s negative list, sent by a processor in that zone\",\n      \"summary\": \"A zone may publish a negative list; data not on it may leave without the three mechanisms.\",\n      \"citations\": [\n        { \"sourceId\": \"cbdf-provisions-2024\", \"article\": \"Article 6\", \"supports\": \"free-trade-zone negative lists\" }\n      ]\n    }\n  ],\n  \"vendorFacts\": [\n    {\n      \"id\": \"alibaba-icp-filing-service\",\n      \"vendorId\": \"alibaba-cloud\",\n      \"topic\": \"icp\",\n      \"support\": \"helps\",\n      \"statement\": \"Runs its own ICP Filing Service platform through which customers file websites hosted on it.\",\n      \"who\": [ \"client\", \"vendor\" ],\n      \"sourceIds\": [ \"aliyun-filing-service\" ]\n    },\n    {\n      \"id\": \"alibaba-mlps-precheck\",\n      \"vendorId\": \"alibaba-cloud\",\n      \"topic\": \"mlps\",\n      \"support\": \"helps\",\n      \"statement\": \"Cloud Config offers MLPS 2.0 level 2 and level 3 pre-check rule packages for the customer''s own resources; a pass is not a legal evaluation. Level 4 support: unknown.\",\n      \"who\": [ \"client\" ],\n      \"sourceIds\": [ \"aliyun-mlps-precheck\" ]\n    },\n    {\n      \"id\": \"huawei-icp-assistance\",\n      \"vendorId\": \"huawei-cloud\",\n      \"topic\": \"icp\",\n      \"support\": \"helps\",\n      \"statement\": \"Assists customers serving internet information from its mainland nodes to complete the ICP filing.\",\n      \"who\": [ \"client\", \"vendor\" ],\n      \"sourceIds\": [ \"huawei-icp-faq\" ]\n    },\n    {\n      \"id\": \"huawei-mlps-support\",\n      \"vendorId\": \"huawei-cloud\",\n      \"topic\": \"mlps\",\n      \"support\": \"unknown\",\n      \"statement\": \"What Huawei Cloud offers customers preparing an MLPS filing or evaluation: unknown (not found in the sources read).\",\n      \"who\": [ \"client\" ],\n      \"sourceIds\": []\n    },\n    {\n      \"id\": \"tencent-icp-filing\",\n      \"vendorId\": \"tencent-cloud\",\n      \"topic\": \"icp\",\n      \"support\": \"helps\",\n      \"statement\": \"Files ICP applications for domains pointing at its mainland servers; for a commercial licence it assists only in Beijing, Tianjin, Shanghai, Guangzhou, Shenzhen, Chengdu and Chongqing.\",\n      \"who\": [ \"client\", \"vendor\" ],\n      \"sourceIds\": [ \"tencent-commercial-icp-faq\" ]\n    },\n    {\n      \"id\": \"tencent-mlps-guide\",\n      \"vendorId\": \"tencent-cloud\",\n      \"topic\": \"mlps\",\n      \"support\": \"helps\",\n      \"statement\": \"Publishes an MLPS evaluation guide for customers of its CloudBase product; support for other Tencent Cloud products: unknown.\",\n      \"who\": [ \"client\" ],\n      \"sourceIds\": [ \"tencent-cloudbase-mlps\" ]\n    },\n    {\n      \"id\": \"aws-china-operators\",\n      \"vendorId\": \"aws-china\",\n      \"topic\": \"operator\",\n      \"support\": \"neutral\",\n      \"statement\": \"The Beijing Region is operated by Beijing Sinnet Technology and the Ningxia Region by Ningxia Western Cloud Data Technology (NWCD); the client contracts with the operator of the region it uses.\",\n      \"who\": [ \"partner\" ],\n      \"sourceIds\": [ \"aws-china-operators-blog\" ]\n    },\n    {\n      \"id\": \"aws-china-separate-partition\",\n      \"vendorId\": \"aws-china\",\n      \"topic\": \"cross-border\",\n      \"support\": \"neutral\",\n      \"statement\": \"The China Regions need their own accounts and credentials and are isolated from the global AWS regions (no AWS backbone link): moving data between them and the client''s global AWS estate is a cross-border transfer like any other and follows the route above.\",\n      \"who\": [ \"client\", \"partner\" ],\n      \"sourceIds\": [ \"aws-china-general-info\", \"aws-china-isolation\" ]\n    },\n    {\n      \"id\": \"aws-china-icp\",\n      \"vendorId\": \"aws-china\",\n      \"topic\": \"icp\",\n      \"support\": \"unknown\",\n      \"statement\": \"Its documentation requires an ICP recordal for public content on the customer''s own domains (CloudFront); what Sinnet or NWCD do to help with the filing: unknown.\",\n      \"who\": [ \"client\", \"partner\" ],\n      \"sourceIds\": [ \"aws-china-cloudfront-icp\" ]\n    },\n    {\n      \"id\": \"aws-china-mlps\",\n      \"vendorId\": \"aws-china\",\n      \"topic\": \"mlps\",\n      \"support\": \"unknown\",\n      \"statement\": \"Under its shared-responsibility model the customer secures its own systems; MLPS-specific help from Sinnet or NWCD: unknown.\",\n      \"who\": [ \"client\", \"partner\" ],\n      \"sourceIds\": [ \"aws-china-shared-responsibility\" ]\n    }\n  ],\n  \"adjustment\": {\n    \"id\": \"regulatory-alignment-readiness-2026.1\",\n    \"criterion\": \"regulatory-alignment\",\n    \"appliesTo\": \"conditional\",\n    \"helps\": 0.25,\n    \"hinders\": -0.5,\n    \"unknownUncertainty\": 0.25,\n    \"minDelta\": -1.0,\n    \"maxDelta\": 0.5,\n    \"rationale\": \"The project''s own convention, not law: for a vendor that is conditionally ready, each of its documented facts on a topic the client''s obligations touch moves its regulatory-alignment score (helps +0.25, hinders -0.5, neutral 0), and each unknown widens the score''s uncertainty by 0.25; the total move is kept within -1.0..+0.5 and the score within the catalog''s scale. Client-wide obligations weigh on every vendor alike and so do not move any score.\"\n  }\n}\n", "publishedAt": "2026-11-28T23:40:19.2644607+00:00"}', '2026-11-28 23:40:19.267152+00', '01a22487-f3c2-400b-a2be-d92145722f02', 'VendorAdvisor.Api.Features.Regulation.PublishedRegulations');


--
-- Data for Name: mt_doc_recommendationview; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_recommendationview VALUES ('legacy-acme', '01a22487-f7e5-78df-83ff-f83d29ab9114', '{"id": "01a22487-f7e5-78df-83ff-f83d29ab9114", "version": 2, "profileId": "01a22487-f717-73c9-93d7-35f863d84da1"}', '2026-11-28 23:40:20.307401+00', '01a22487-f88e-498a-9096-bbb84104b606', 'VendorAdvisor.Api.Features.Recommendations.RecommendationView');
INSERT INTO vendoradvisor.mt_doc_recommendationview VALUES ('legacy-acme', '01a22487-f924-7dab-9e14-37951c036ecb', '{"id": "01a22487-f924-7dab-9e14-37951c036ecb", "version": 4, "profileId": "01a22487-f717-73c9-93d7-35f863d84da1"}', '2026-11-28 23:40:20.643835+00', '01a22487-f932-401d-88bd-97e6e277a781', 'VendorAdvisor.Api.Features.Recommendations.RecommendationView');
INSERT INTO vendoradvisor.mt_doc_recommendationview VALUES ('legacy-beta', '01a22487-f98d-7337-86df-69f92caa9537', '{"id": "01a22487-f98d-7337-86df-69f92caa9537", "version": 2, "profileId": "01a22487-f96d-7254-9ec8-b0694f602588"}', '2026-11-28 23:40:20.74853+00', '01a22487-f9a4-4c2e-8842-c9ed4ea9409d', 'VendorAdvisor.Api.Features.Recommendations.RecommendationView');


--
-- Data for Name: mt_doc_tenant; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_tenant VALUES ('legacy-acme', '{"id": "legacy-acme", "name": "Tenant legacy-acme", "createdAt": "2026-11-28T23:40:19.6023418+00:00", "createdBy": "system-admin"}', '2026-11-28 23:40:19.68541+00', '01a22487-f535-47ab-b6f6-5b5446e77c0f', 'VendorAdvisor.Api.Features.Admin.Tenant');
INSERT INTO vendoradvisor.mt_doc_tenant VALUES ('legacy-beta', '{"id": "legacy-beta", "name": "Tenant legacy-beta", "createdAt": "2026-11-28T23:40:19.7298732+00:00", "createdBy": "system-admin"}', '2026-11-28 23:40:19.730825+00', '01a22487-f592-4b20-9776-62c58284bb4f', 'VendorAdvisor.Api.Features.Admin.Tenant');
INSERT INTO vendoradvisor.mt_doc_tenant VALUES ('legacy-empty', '{"id": "legacy-empty", "name": "Tenant legacy-empty", "createdAt": "2026-11-28T23:40:19.7460902+00:00", "createdBy": "system-admin"}', '2026-11-28 23:40:19.746639+00', '01a22487-f5a2-497f-b121-c9ee0552f632', 'VendorAdvisor.Api.Features.Admin.Tenant');


--
-- Data for Name: mt_doc_tenantcatalog; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_doc_tenantcatalog VALUES ('legacy-acme', '95fbbd59-00b4-62de-d27b-2326068bef9a', '{"id": "95fbbd59-00b4-62de-d27b-2326068bef9a", "revision": 1, "overrides": {"huawei-cloud/multinational-footprint": {"score": 7, "vendor": "huawei-cloud", "criterion": "multinational-footprint", "rationale": "Regions in Europe and the Middle East.", "uncertainty": 1}}}', '2026-11-28 23:40:20.609044+00', 'VendorAdvisor.Api.Features.Catalog.TenantCatalog', 1);


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--



--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--



--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_events VALUES (1, 'a15a4ead-f62e-4d10-bf23-61a6a8215716', '01a22487-f512-75d6-a54a-6022a35bcfa1', 1, '{"name": "Tenant legacy-acme", "tenantId": "legacy-acme"}', NULL, 'tenant_registered', '2026-11-28 23:40:19.620879+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Admin.TenantRegistered, VendorAdvisor.Api', '2e4b76aac0419ee9ed0a54ca85c67c58', NULL, 'null', 'system-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (2, 'f6c4e34c-2689-46cf-98f6-c662bd13b5ee', '01a22487-f591-77a8-a606-85562db6b5bd', 1, '{"name": "Tenant legacy-beta", "tenantId": "legacy-beta"}', NULL, 'tenant_registered', '2026-11-28 23:40:19.730045+00', 'legacy-beta', 'VendorAdvisor.Api.Features.Admin.TenantRegistered, VendorAdvisor.Api', 'd27a68a68e9ef6a115dff96d625ac748', NULL, 'null', 'system-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (3, 'fd3d120d-fb72-403a-a641-0258d0061ab1', '01a22487-f5a2-7e22-9471-b4e00b2cafbf', 1, '{"name": "Tenant legacy-empty", "tenantId": "legacy-empty"}', NULL, 'tenant_registered', '2026-11-28 23:40:19.746173+00', 'legacy-empty', 'VendorAdvisor.Api.Features.Admin.TenantRegistered, VendorAdvisor.Api', 'bb756d4d37a148ea1db6946891180505', NULL, 'null', 'system-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (4, '139f7a1f-ee3d-4487-9f13-7969bc8afd15', '01a22487-f5de-73ed-9518-3554b86efc4a', 1, '{"name": "acme-admin", "role": "admin", "keyId": "01a22487-f5de-73ed-9518-3554b86efc4a"}', NULL, 'api_key_issued', '2026-11-28 23:40:19.816785+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Admin.ApiKeyIssued, VendorAdvisor.Api', '3bce312b3b1d2424bb7cd649d6631099', NULL, 'null', 'system-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (5, '4a025c5f-e5c5-4749-a638-e9e2eb4e2315', '01a22487-f622-73fd-b8dd-8fb32c6387e1', 1, '{"name": "acme-consultant", "role": "consultant", "keyId": "01a22487-f622-73fd-b8dd-8fb32c6387e1"}', NULL, 'api_key_issued', '2026-11-28 23:40:19.874754+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Admin.ApiKeyIssued, VendorAdvisor.Api', '04070c1c997eae5f94fed479a1db6f32', NULL, 'null', 'acme-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (6, '9aee8d31-29cc-481e-a340-3da4c87f3d78', '01a22487-f635-7315-85d1-a0caddf30edc', 1, '{"name": "acme-auditor", "role": "auditor", "keyId": "01a22487-f635-7315-85d1-a0caddf30edc"}', NULL, 'api_key_issued', '2026-11-28 23:40:19.89353+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Admin.ApiKeyIssued, VendorAdvisor.Api', '25737347cc9ffa46d5c6997fb9f81d0e', NULL, 'null', 'acme-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (7, 'd2cbfc95-15a5-46cd-813b-91a867dd577f', '01a22487-f64d-7fff-9aec-b530ef40fac8', 1, '{"name": "beta-consultant", "role": "consultant", "keyId": "01a22487-f64d-7fff-9aec-b530ef40fac8"}', NULL, 'api_key_issued', '2026-11-28 23:40:19.917748+00', 'legacy-beta', 'VendorAdvisor.Api.Features.Admin.ApiKeyIssued, VendorAdvisor.Api', '0ab834faf291612776904b51fef5b620', NULL, 'null', 'system-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (8, '42a01e9d-5429-4bd4-9eac-07367b3c892d', '01a22487-f662-7db5-9b51-8adf22ef34d2', 1, '{"name": "empty-consultant", "role": "consultant", "keyId": "01a22487-f662-7db5-9b51-8adf22ef34d2"}', NULL, 'api_key_issued', '2026-11-28 23:40:19.938617+00', 'legacy-empty', 'VendorAdvisor.Api.Features.Admin.ApiKeyIssued, VendorAdvisor.Api', '52eb8b4ac97c349988ebe66b40121a5a', NULL, 'null', 'system-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (9, 'c913ef08-d80c-47f6-b9af-68c3c6533af8', '01a22487-f717-73c9-93d7-35f863d84da1', 1, '{"profile": {"name": "Electric-vehicle maker", "origin": "domestic", "sector": "automotive", "regions": ["mainland-china"], "dataCategories": ["personal-information", "important-data"], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": false, "consumerPaymentsInChina": true, "geopoliticalRiskSensitivity": "high"}, "profileId": "01a22487-f717-73c9-93d7-35f863d84da1"}', NULL, 'profile_created', '2026-11-28 23:40:20.122236+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Profiles.ProfileCreated, VendorAdvisor.Api', '0570d75bc9cf8ce125a8d50196f03a7b', NULL, 'null', 'acme-consultant', false);
INSERT INTO vendoradvisor.mt_events VALUES (10, '3cdfe4ae-c113-4f48-9f1a-8c18cc9b1566', '01a22487-f717-73c9-93d7-35f863d84da1', 2, '{"hash": "f655ac56d335415ecc1a9732582eb0daa357a21c0682f3019e51e55b119a61c6", "result": {"profile": "Electric-vehicle maker", "ranking": [{"name": "Alibaba Cloud", "rank": 1, "score": 0.8423076923076924, "vendor": "alibaba-cloud", "strengths": ["Strong on localization: 9/10 where the other remaining vendors average 6.8 (weight 27 %). The articles place the local providers well ahead on localisation, and Alibaba''s lead in share, about 40 % in 2016 and 36 % in Q3 2024, shows the broadest adoption among Chinese businesses.", "Strong on payment integration: 8/10 where the other remaining vendors average 6 (weight 27 %). The articles credit local providers as a group with deep integration into local business ecosystems but name no payment product; the score assumes the advantage carries to payments, with a wide band for that assumption."], "weaknesses": [], "contributions": {"price": 0.06153846153846154, "latency": 0.06153846153846154, "localization": 0.2423076923076923, "payment-integration": 0.2153846153846154, "regulatory-alignment": 0.26153846153846155, "multinational-footprint": 0}, "probabilityFirst": 0.416, "rankProbabilities": [0.416, 0.348, 0.236, 0]}, {"name": "Tencent Cloud", "rank": 2, "score": 0.8365384615384617, "vendor": "tencent-cloud", "strengths": ["Strong on payment integration: 8/10 where the other remaining vendors average 6 (weight 27 %). As for the other local providers, the articles describe deep ecosystem integration without naming payment systems; scored like Alibaba with a wide band.", "Strong on localization: 8.5/10 where the other remaining vendors average 7 (weight 27 %). Shares the local providers'' advantage in localisation and ecosystem ties; beyond gaming the articles say nothing Tencent-specific here, so the score follows the group with a wider band."], "weaknesses": [], "contributions": {"price": 0.06153846153846154, "latency": 0.06923076923076923, "localization": 0.22884615384615387, "payment-integration": 0.2153846153846154, "regulatory-alignment": 0.26153846153846155, "multinational-footprint": 0}, "probabilityFirst": 0.39, "rankProbabilities": [0.39, 0.35, 0.26, 0]}, {"name": "Huawei Cloud", "rank": 3, "score": 0.801923076923077, "vendor": "huawei-cloud", "strengths": ["Strong on localization: 8.5/10 where the other remaining vendors average 7 (weight 27 %). Counted among the local providers the article credits with better localisation and ecosystem ties; the articles give no Huawei-specific detail, so it sits just below the market leader with a wider band.", "Strong on regulatory alignment: 8.5/10 where the other remaining vendors average 7.5 (weight 31 %). Shares the domestic providers'' fit with the data-residency laws and their political alignment; the articles do not single Huawei out."], "weaknesses": [], "contributions": {"price": 0.06153846153846154, "latency": 0.06153846153846154, "localization": 0.22884615384615387, "payment-integration": 0.18846153846153846, "regulatory-alignment": 0.26153846153846155, "multinational-footprint": 0}, "probabilityFirst": 0.194, "rankProbabilities": [0.194, 0.302, 0.504, 0]}, {"name": "AWS China", "rank": 4, "score": 0.40576923076923077, "vendor": "aws-china", "strengths": [], "weaknesses": ["Weak on localization: 3.5/10 where the other remaining vendors average 8.7 (weight 27 %). Analysts point to little local developer evangelism, AWS is reported to have cut about a tenth of its China staff (it denies this) and all but frozen hiring, and Amazon''s retail arm already lost the domestic market; local roots are thin.", "Weak on payment integration: 3/10 where the other remaining vendors average 7.7 (weight 27 %). Limited integration with domestic payment systems is named outright as a structural weakness behind its retail and gaming losses."], "contributions": {"price": 0.03076923076923077, "latency": 0.03076923076923077, "localization": 0.09423076923076923, "payment-integration": 0.08076923076923077, "regulatory-alignment": 0.16923076923076924, "multinational-footprint": 0}, "probabilityFirst": 0, "rankProbabilities": [0, 0, 0, 1]}], "weights": [{"points": 3.5, "source": "derived", "weight": 0.2692307692307692, "criterion": "localization", "adjustments": [{"rule": "origin", "value": "domestic", "points": 1.5, "reason": "a domestic company lives in the local ecosystem", "attribute": "origin", "criterion": "localization"}, {"rule": "geopolitical-risk", "value": "high", "points": 1, "reason": "exposure of the stack to geopolitical tension", "attribute": "geopoliticalRiskSensitivity", "criterion": "localization"}]}, {"points": 1, "source": "derived", "weight": 0.07692307692307693, "criterion": "price", "adjustments": []}, {"points": 1, "source": "derived", "weight": 0.07692307692307693, "criterion": "latency", "adjustments": []}, {"points": 3.5, "source": "derived", "weight": 0.2692307692307692, "criterion": "payment-integration", "adjustments": [{"rule": "consumer-payments", "value": "true", "points": 2.5, "reason": "checkout for Chinese consumers runs through domestic payment systems", "attribute": "consumerPaymentsInChina", "criterion": "payment-integration"}]}, {"points": 4, "source": "derived", "weight": 0.3076923076923077, "criterion": "regulatory-alignment", "adjustments": [{"rule": "data-categories", "value": "important-data", "points": 1, "reason": "personal information, important data and core data must stay in China under PIPL and the Data Security Law; the more sensitive, the more regulatory fit matters", "attribute": "dataCategories", "criterion": "regulatory-alignment"}, {"rule": "geopolitical-risk", "value": "high", "points": 1.5, "reason": "exposure of the stack to geopolitical tension", "attribute": "geopoliticalRiskSensitivity", "criterion": "regulatory-alignment"}, {"rule": "sector", "value": "automotive", "points": 0.5, "reason": "vehicle and map data are tightly regulated in China", "attribute": "sector", "criterion": "regulatory-alignment"}]}, {"points": 0, "source": "derived", "weight": 0, "criterion": "multinational-footprint", "adjustments": [{"rule": "origin", "value": "domestic", "points": -1.5, "reason": "a domestic company has no global estate to align with", "attribute": "origin", "criterion": "multinational-footprint"}, {"rule": "regions", "value": "mainland-china only", "points": -0.5, "reason": "no presence outside the mainland", "attribute": "regions", "criterion": "multinational-footprint"}]}], "excluded": [], "manifest": {"seed": 7, "method": "weighted-sum", "sampler": "xoshiro256** seeded by SplitMix64, two variates per 64-bit draw; standard normal by inverse CDF from a 4096-cell quantile table (Acklam''s approximation, linear interpolation within a cell, exact in the tail cells), built with IEEE-754 +,-,*,/,sqrt and a series logarithm only, so results do not depend on the platform''s libm", "samples": 500, "clamping": "samples clamped to [0, 10]", "tieBreak": "Scores within a relative 1e-9 are tied; a tie goes to the alternative better on the most heavily weighted criterion on which the two differ (criteria of equal weight in their given order), then to the smaller id in ordinal order.", "scoreScale": "weighted utility, 0..1 (1 = top of the scale on every criterion)", "randomIndex": "Saaty''s random index (n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59); n > 15 uses 1.59", "engineVersion": "1.0.0", "normalisation": "fixed scale 0..10: benefit (x - min)/(max - min), cost (max - x)/(max - min)", "readinessRule": "regulatory-alignment-readiness-2026.1", "catalogVersion": "2025.1-r0", "weightDerivation": "derived from the profile by weight-rules/1: 1 point per criterion plus rule adjustments, floored at 0, divided by the total", "weightRulesVersion": "weight-rules/1", "consistencyThreshold": 0.1, "sensitivityProcedure": "weighted sum: scores are linear in each weight once the others are rescaled proportionally, so interval bounds are solved exactly", "overriddenAssessments": [], "regulationCatalogueVersion": "2026.1"}, "warnings": [], "agreement": {"methods": [{"chosen": true, "method": "weighted-sum", "winner": "alibaba-cloud", "sameWinner": true, "kendallTauB": 1}, {"chosen": false, "method": "topsis", "winner": "alibaba-cloud", "sameWinner": true, "kendallTauB": 1}, {"chosen": false, "method": "ahp", "winner": "alibaba-cloud", "sameWinner": true, "kendallTauB": 1}, {"chosen": false, "method": "vikor", "winner": "alibaba-cloud", "sameWinner": true, "kendallTauB": 1}, {"chosen": false, "method": "promethee-ii", "winner": "tencent-cloud", "sameWinner": false, "kendallTauB": 0.6666666666666666}], "settings": "weighted-sum and ahp on the fixed scale; topsis with vector normalisation; vikor with v = 0.5; promethee-ii with a linear preference function on every criterion, q = 0.5 and p = 2 points of the catalog''s scale; the chosen method exactly as asked; no Monte Carlo.", "correlation": "Kendall''s tau-b between the two methods'' scores: pairs of alternatives whose scores are within a relative 1e-9 count as tied (not as agreeing or disagreeing), and tau-b corrects its denominator for ties in either method; null when a method ties every alternative.", "sameWinnerEverywhere": false}, "readiness": {"vendors": [{"status": "unknown", "vendor": "alibaba-cloud", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "huawei-cloud", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "tencent-cloud", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "aws-china", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": [{"who": ["partner"], "topic": "operator", "factId": "aws-china-operators", "support": "neutral", "sourceIds": ["aws-china-operators-blog"], "statement": "The Beijing Region is operated by Beijing Sinnet Technology and the Ningxia Region by Ningxia Western Cloud Data Technology (NWCD); the client contracts with the operator of the region it uses."}]}], "transfer": {"route": "not-applicable", "atLeast": "not-applicable", "reasons": ["no transfer of data abroad is planned"]}, "unknowns": [{"fact": "criticalInformationInfrastructureOperator", "decides": "whether personal information and important data must be stored in mainland China"}, {"fact": "mlpsLevel", "decides": "whether the system must be filed with the public security bureau and how often it is evaluated"}, {"fact": "publicWebsiteInMainland", "decides": "whether an ICP filing or licence is needed"}], "disclaimer": "Decision support, not legal advice. The catalogue paraphrases the cited texts in its own words as they read on its date; the Chinese texts prevail over any translation, and a lawyer admitted in the People''s Republic of China should confirm any conclusion before the client acts on it.", "catalogueDate": "2026-11-28", "catalogueVersion": "2026.1", "clientObligations": []}, "sensitivity": {"winner": "alibaba-cloud", "weights": [{"weight": 0.2692307692307692, "criterion": "localization", "lowerBound": 0.17391304347826, "upperBound": 1, "winnerBelow": "tencent-cloud"}, {"weight": 0.07692307692307693, "criterion": "price", "lowerBound": 0, "upperBound": 1}, {"weight": 0.07692307692307693, "criterion": "latency", "lowerBound": 0, "upperBound": 0.1272727272727269, "winnerAbove": "tencent-cloud"}, {"weight": 0.2692307692307692, "criterion": "payment-integration", "lowerBound": 0, "upperBound": 1}, {"weight": 0.3076923076923077, "criterion": "regulatory-alignment", "lowerBound": 0, "upperBound": 1}, {"weight": 0, "criterion": "multinational-footprint", "lowerBound": 0, "upperBound": 0.5550122249388753, "winnerAbove": "aws-china"}], "removals": [{"removed": "alibaba-cloud", "orderWithout": ["tencent-cloud", "huawei-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "huawei-cloud", "orderWithout": ["alibaba-cloud", "tencent-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "tencent-cloud", "orderWithout": ["alibaba-cloud", "huawei-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "aws-china", "orderWithout": ["alibaba-cloud", "tencent-cloud", "huawei-cloud"], "orderOfOthersPreserved": true}], "procedure": "weighted sum: scores are linear in each weight once the others are rescaled proportionally, so interval bounds are solved exactly", "smallestWinnerChange": {"change": 0.05034965034964997, "toWeight": 0.1272727272727269, "criterion": "latency", "newWinner": "tencent-cloud", "fromWeight": 0.07692307692307693}}}, "options": {"seed": 7, "method": "weighted-sum", "samples": 500}, "profile": {"name": "Electric-vehicle maker", "origin": "domestic", "sector": "automotive", "regions": ["mainland-china"], "dataCategories": ["personal-information", "important-data"], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": false, "consumerPaymentsInChina": true, "geopoliticalRiskSensitivity": "high"}, "issuedAt": "2026-11-28T23:40:20.3252527+00:00", "issuedBy": "acme-consultant", "profileId": "01a22487-f717-73c9-93d7-35f863d84da1", "hashScheme": "jcs-sha256/1", "catalogVersion": "2025.1-r0", "profileVersion": 1, "recommendationId": "01a22487-f7e5-78df-83ff-f83d29ab9114"}', NULL, 'recommendation_issued', '2026-11-28 23:40:20.443124+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Profiles.RecommendationIssued, VendorAdvisor.Api', '0f05b6a3bbd8b8a9aa64b10ead41c102', NULL, 'null', 'acme-consultant', false);
INSERT INTO vendoradvisor.mt_events VALUES (11, '322ed8b5-a609-407d-9561-0472a1892ec5', '01a22487-f717-73c9-93d7-35f863d84da1', 3, '{"changes": {"origin": "multinational", "regions": ["mainland-china", "global"], "crossBorderTransfer": true}}', NULL, 'profile_attributes_changed', '2026-11-28 23:40:20.573533+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Profiles.ProfileAttributesChanged, VendorAdvisor.Api', '6a063eb6a2592a3da3ac560438afdab1', NULL, 'null', 'acme-consultant', false);
INSERT INTO vendoradvisor.mt_events VALUES (12, '3c114c73-7096-4c37-8975-ae61628ed74d', '95fbbd59-00b4-62de-d27b-2326068bef9a', 1, '{"score": 7, "vendor": "huawei-cloud", "criterion": "multinational-footprint", "rationale": "Regions in Europe and the Middle East.", "uncertainty": 1}', NULL, 'assessment_overridden', '2026-11-28 23:40:20.604163+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Catalog.AssessmentOverridden, VendorAdvisor.Api', 'c604a0cf9f3d5709d061a366b4fc8a57', NULL, 'null', 'acme-admin', false);
INSERT INTO vendoradvisor.mt_events VALUES (13, '9f0513a1-a983-4f42-be69-9a550ddfb154', '01a22487-f717-73c9-93d7-35f863d84da1', 4, '{"hash": "9e754c802622925cbf9ffc5a4025731f1d2f84bda9d1ebd0365859b52a6bd20c", "result": {"profile": "Electric-vehicle maker", "ranking": [{"name": "Huawei Cloud", "rank": 1, "score": 0.7239967652448674, "vendor": "huawei-cloud", "strengths": ["Strong on regulatory alignment: 8.5/10 where the other remaining vendors average 7.5 (weight 27 %). Shares the domestic providers'' fit with the data-residency laws and their political alignment; the articles do not single Huawei out.", "Strong on multinational footprint: 7/10 where the other remaining vendors average 6.2 (weight 30 %). Regions in Europe and the Middle East."], "weaknesses": [], "contributions": {"price": 0.03361819371061995, "latency": 0.03232323232323232, "localization": 0.050114797259699397, "payment-integration": 0.10887437327342897, "regulatory-alignment": 0.14750237687165757, "multinational-footprint": 0.16209469816079064}, "probabilityFirst": 0.522, "rankProbabilities": [0.522, 0.296, 0.146, 0.036]}, {"name": "Alibaba Cloud", "rank": 2, "score": 0.5563232100479366, "vendor": "alibaba-cloud", "strengths": ["Strong on payment integration: 8/10 where the other remaining vendors average 6 (weight 21 %). The articles credit local providers as a group with deep integration into local business ecosystems but name no payment product; the score assumes the advantage carries to payments, with a wide band for that assumption.", "Strong on regulatory alignment: 8.5/10 where the other remaining vendors average 7.5 (weight 27 %). As a domestic provider it keeps data in China by default and enjoys the political alignment the article says foreign firms cannot acquire; nothing Alibaba-specific is reported."], "weaknesses": ["Weak on multinational footprint: 5/10 where the other remaining vendors average 6.8 (weight 30 %). The articles say nothing about Alibaba Cloud outside China, so the score sits mid-scale with a wide band rather than claiming knowledge they do not give."], "contributions": {"price": 0.03361819371061995, "latency": 0.03232323232323232, "localization": 0.05306272651026995, "payment-integration": 0.1244278551696331, "regulatory-alignment": 0.14750237687165757, "multinational-footprint": 0.1157819272577076}, "probabilityFirst": 0.206, "rankProbabilities": [0.206, 0.262, 0.278, 0.254]}, {"name": "Tencent Cloud", "rank": 3, "score": 0.5560415976736925, "vendor": "tencent-cloud", "strengths": ["Strong on payment integration: 8/10 where the other remaining vendors average 6 (weight 21 %). As for the other local providers, the articles describe deep ecosystem integration without naming payment systems; scored like Alibaba with a wide band.", "Strong on regulatory alignment: 8.5/10 where the other remaining vendors average 7.5 (weight 27 %). Like the other domestic clouds it is aligned with the regulatory and political setting; no Tencent-specific detail is given."], "weaknesses": ["Weak on multinational footprint: 5/10 where the other remaining vendors average 6.8 (weight 30 %). The articles do not discuss Tencent Cloud beyond China; mid-scale with a wide band."], "contributions": {"price": 0.03361819371061995, "latency": 0.03636363636363636, "localization": 0.050114797259699397, "payment-integration": 0.1244278551696331, "regulatory-alignment": 0.14750237687165757, "multinational-footprint": 0.1157819272577076}, "probabilityFirst": 0.242, "rankProbabilities": [0.242, 0.25, 0.264, 0.244]}, {"name": "AWS China", "rank": 4, "score": 0.441632355245595, "vendor": "aws-china", "strengths": ["Strong on multinational footprint: 8.5/10 where the other remaining vendors average 5.7 (weight 30 %). Its remaining strength: multinationals in pharma, cars and logistics that run AWS everywhere else keep it as their platform inside China. Held below 10 because the China regions are partner-run and cut off from the global backbone."], "weaknesses": ["Weak on payment integration: 3/10 where the other remaining vendors average 7.7 (weight 21 %). Limited integration with domestic payment systems is named outright as a structural weakness behind its retail and gaming losses.", "Weak on regulatory alignment: 5.5/10 where the other remaining vendors average 8.5 (weight 27 %). Its China regions comply through licensed local operators (Sinnet, NWCD), but the law forces that arrangement: Sinnet reportedly agreed in 2017 to buy the China cloud assets for about $300M, the VPN notice showed the friction, compliance adds cost, and BYD walked away over geopolitical risk."], "contributions": {"price": 0.016809096855309975, "latency": 0.01616161616161616, "localization": 0.020635504753993866, "payment-integration": 0.04666044568861242, "regulatory-alignment": 0.09544271444636665, "multinational-footprint": 0.19682927633810293}, "probabilityFirst": 0.03, "rankProbabilities": [0.03, 0.192, 0.312, 0.466]}], "weights": [{"points": 1.5, "source": "derived", "weight": 0.09090909090909091, "criterion": "localization", "adjustments": [{"rule": "origin", "value": "multinational", "points": -0.5, "reason": "local ecosystem depth matters less to a company run from abroad", "attribute": "origin", "criterion": "localization"}, {"rule": "geopolitical-risk", "value": "high", "points": 1, "reason": "exposure of the stack to geopolitical tension", "attribute": "geopoliticalRiskSensitivity", "criterion": "localization"}]}, {"points": 1, "source": "derived", "weight": 0.06060606060606061, "criterion": "price", "adjustments": []}, {"points": 1, "source": "derived", "weight": 0.06060606060606061, "criterion": "latency", "adjustments": []}, {"points": 3.5, "source": "derived", "weight": 0.21212121212121213, "criterion": "payment-integration", "adjustments": [{"rule": "consumer-payments", "value": "true", "points": 2.5, "reason": "checkout for Chinese consumers runs through domestic payment systems", "attribute": "consumerPaymentsInChina", "criterion": "payment-integration"}]}, {"points": 4.5, "source": "derived", "weight": 0.2727272727272727, "criterion": "regulatory-alignment", "adjustments": [{"rule": "data-categories", "value": "important-data", "points": 1, "reason": "personal information, important data and core data must stay in China under PIPL and the Data Security Law; the more sensitive, the more regulatory fit matters", "attribute": "dataCategories", "criterion": "regulatory-alignment"}, {"rule": "cross-border-transfer", "value": "true", "points": 0.5, "reason": "cross-border transfers need approval", "attribute": "crossBorderTransfer", "criterion": "regulatory-alignment"}, {"rule": "geopolitical-risk", "value": "high", "points": 1.5, "reason": "exposure of the stack to geopolitical tension", "attribute": "geopoliticalRiskSensitivity", "criterion": "regulatory-alignment"}, {"rule": "sector", "value": "automotive", "points": 0.5, "reason": "vehicle and map data are tightly regulated in China", "attribute": "sector", "criterion": "regulatory-alignment"}]}, {"points": 5, "source": "derived", "weight": 0.30303030303030304, "criterion": "multinational-footprint", "adjustments": [{"rule": "origin", "value": "multinational", "points": 1.5, "reason": "a multinational runs the China estate alongside the rest of the world", "attribute": "origin", "criterion": "multinational-footprint"}, {"rule": "regions", "value": "global", "points": 1, "reason": "operations outside Greater China", "attribute": "regions", "criterion": "multinational-footprint"}, {"rule": "cross-border-transfer", "value": "true", "points": 1.5, "reason": "data and workloads must connect with systems abroad", "attribute": "crossBorderTransfer", "criterion": "multinational-footprint"}]}], "excluded": [], "manifest": {"seed": 7, "method": "topsis", "sampler": "xoshiro256** seeded by SplitMix64, two variates per 64-bit draw; standard normal by inverse CDF from a 4096-cell quantile table (Acklam''s approximation, linear interpolation within a cell, exact in the tail cells), built with IEEE-754 +,-,*,/,sqrt and a series logarithm only, so results do not depend on the platform''s libm", "samples": 500, "clamping": "samples clamped to [0, 10]", "tieBreak": "Scores within a relative 1e-9 are tied; a tie goes to the alternative better on the most heavily weighted criterion on which the two differ (criteria of equal weight in their given order), then to the smaller id in ordinal order.", "scoreScale": "relative closeness to the ideal, 0..1", "randomIndex": "Saaty''s random index (n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59); n > 15 uses 1.59", "engineVersion": "1.0.0", "normalisation": "vector: x / sqrt(sum of squares) per criterion; cost criteria handled by the choice of ideal and anti-ideal", "readinessRule": "regulatory-alignment-readiness-2026.1", "catalogVersion": "2025.1-r1", "weightDerivation": "derived from the profile by weight-rules/1: 1 point per criterion plus rule adjustments, floored at 0, divided by the total", "weightRulesVersion": "weight-rules/1", "consistencyThreshold": 0.1, "sensitivityProcedure": "scan of each weight in steps of 0.01 from its value towards 0 and 1, then 60 bisection steps at the first change", "overriddenAssessments": ["huawei-cloud/multinational-footprint by tenant"], "regulationCatalogueVersion": "2026.1"}, "warnings": [], "agreement": {"methods": [{"chosen": false, "method": "weighted-sum", "winner": "huawei-cloud", "sameWinner": true, "kendallTauB": 0.6666666666666666}, {"chosen": true, "method": "topsis", "winner": "huawei-cloud", "sameWinner": true, "kendallTauB": 1}, {"chosen": false, "method": "ahp", "winner": "huawei-cloud", "sameWinner": true, "kendallTauB": 0.6666666666666666}, {"chosen": false, "method": "vikor", "winner": "huawei-cloud", "sameWinner": true, "kendallTauB": 0.6666666666666666}, {"chosen": false, "method": "promethee-ii", "winner": "huawei-cloud", "sameWinner": true, "kendallTauB": 0.6666666666666666}], "settings": "weighted-sum and ahp on observed min-max values; topsis with vector normalisation; vikor with v = 0.5; promethee-ii with a linear preference function on every criterion, q = 0.5 and p = 2 points of the catalog''s scale; the chosen method exactly as asked; no Monte Carlo.", "correlation": "Kendall''s tau-b between the two methods'' scores: pairs of alternatives whose scores are within a relative 1e-9 count as tied (not as agreeing or disagreeing), and tau-b corrects its denominator for ties in either method; null when a method ties every alternative.", "sameWinnerEverywhere": true}, "readiness": {"vendors": [{"status": "unknown", "vendor": "alibaba-cloud", "reasons": ["unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)", "unknown: importantData decides whether important data forces the security assessment", "unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment", "unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information", "unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "huawei-cloud", "reasons": ["unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)", "unknown: importantData decides whether important data forces the security assessment", "unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment", "unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information", "unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "tencent-cloud", "reasons": ["unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)", "unknown: importantData decides whether important data forces the security assessment", "unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment", "unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information", "unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "aws-china", "reasons": ["unknown: coreData decides whether the plan may send data abroad at all (core data may not leave)", "unknown: importantData decides whether important data forces the security assessment", "unknown: criticalInformationInfrastructureOperator decides whether any personal information sent abroad goes to the security assessment", "unknown: personalInformationSubjectsPerYear decides the route by volume of ordinary personal information", "unknown: sensitivePersonalInformationSubjectsPerYear decides the route by volume of sensitive personal information", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": [{"who": ["partner"], "topic": "operator", "factId": "aws-china-operators", "support": "neutral", "sourceIds": ["aws-china-operators-blog"], "statement": "The Beijing Region is operated by Beijing Sinnet Technology and the Ningxia Region by Ningxia Western Cloud Data Technology (NWCD); the client contracts with the operator of the region it uses."}, {"who": ["client", "partner"], "topic": "cross-border", "factId": "aws-china-separate-partition", "support": "neutral", "sourceIds": ["aws-china-general-info", "aws-china-isolation"], "statement": "The China Regions need their own accounts and credentials and are isolated from the global AWS regions (no AWS backbone link): moving data between them and the client''s global AWS estate is a cross-border transfer like any other and follows the route above."}]}], "transfer": {"route": "unknown", "atLeast": "no-mechanism", "reasons": ["below every threshold"]}, "unknowns": [{"fact": "coreData", "decides": "whether the plan may send data abroad at all (core data may not leave)"}, {"fact": "importantData", "decides": "whether important data forces the security assessment"}, {"fact": "criticalInformationInfrastructureOperator", "decides": "whether any personal information sent abroad goes to the security assessment"}, {"fact": "personalInformationSubjectsPerYear", "decides": "the route by volume of ordinary personal information"}, {"fact": "sensitivePersonalInformationSubjectsPerYear", "decides": "the route by volume of sensitive personal information"}, {"fact": "mlpsLevel", "decides": "whether the system must be filed with the public security bureau and how often it is evaluated"}, {"fact": "publicWebsiteInMainland", "decides": "whether an ICP filing or licence is needed"}], "disclaimer": "Decision support, not legal advice. The catalogue paraphrases the cited texts in its own words as they read on its date; the Chinese texts prevail over any translation, and a lawyer admitted in the People''s Republic of China should confirm any conclusion before the client acts on it.", "catalogueDate": "2026-11-28", "catalogueVersion": "2026.1", "clientObligations": []}, "sensitivity": {"winner": "huawei-cloud", "weights": [{"weight": 0.09090909090909091, "criterion": "localization", "lowerBound": 0, "upperBound": 0.6820383144894094, "winnerAbove": "alibaba-cloud"}, {"weight": 0.06060606060606061, "criterion": "price", "lowerBound": 0, "upperBound": 0.9999999999999999, "winnerAbove": "alibaba-cloud"}, {"weight": 0.06060606060606061, "criterion": "latency", "lowerBound": 0, "upperBound": 0.467554462592767, "winnerAbove": "tencent-cloud"}, {"weight": 0.21212121212121213, "criterion": "payment-integration", "lowerBound": 0, "upperBound": 0.4966797923195331, "winnerAbove": "tencent-cloud"}, {"weight": 0.2727272727272727, "criterion": "regulatory-alignment", "lowerBound": 0, "upperBound": 0.9999999999999999, "winnerAbove": "alibaba-cloud"}, {"weight": 0.30303030303030304, "criterion": "multinational-footprint", "lowerBound": 0.10011643808943986, "upperBound": 0.48833357385269754, "winnerAbove": "aws-china", "winnerBelow": "tencent-cloud"}], "removals": [{"removed": "alibaba-cloud", "orderWithout": ["huawei-cloud", "tencent-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "huawei-cloud", "orderWithout": ["alibaba-cloud", "tencent-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "tencent-cloud", "orderWithout": ["huawei-cloud", "alibaba-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "aws-china", "orderWithout": ["huawei-cloud", "tencent-cloud", "alibaba-cloud"], "orderOfOthersPreserved": false}], "procedure": "scan of each weight in steps of 0.01 from its value towards 0 and 1, then 60 bisection steps at the first change", "smallestWinnerChange": {"change": 0.1853032708223945, "toWeight": 0.48833357385269754, "criterion": "multinational-footprint", "newWinner": "aws-china", "fromWeight": 0.30303030303030304}}}, "options": {"seed": 7, "method": "topsis", "samples": 500}, "profile": {"name": "Electric-vehicle maker", "origin": "multinational", "sector": "automotive", "regions": ["mainland-china", "global"], "dataCategories": ["personal-information", "important-data"], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": true, "consumerPaymentsInChina": true, "geopoliticalRiskSensitivity": "high"}, "issuedAt": "2026-11-28T23:40:20.6446263+00:00", "issuedBy": "acme-consultant", "profileId": "01a22487-f717-73c9-93d7-35f863d84da1", "hashScheme": "jcs-sha256/1", "previousHash": "f655ac56d335415ecc1a9732582eb0daa357a21c0682f3019e51e55b119a61c6", "catalogVersion": "2025.1-r1", "profileVersion": 3, "recommendationId": "01a22487-f924-7dab-9e14-37951c036ecb"}', NULL, 'recommendation_issued', '2026-11-28 23:40:20.653399+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Profiles.RecommendationIssued, VendorAdvisor.Api', 'cc48b9884f2cbe92af99756e1ac03cce', NULL, 'null', 'acme-consultant', false);
INSERT INTO vendoradvisor.mt_events VALUES (14, 'dda34794-a9e8-490f-8930-4965c8af269b', '01a22487-f948-7e17-99e2-013e04bf3486', 1, '{"profile": {"name": "Archived retailer", "origin": "domestic", "sector": "retail", "regions": [], "dataCategories": [], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": false, "consumerPaymentsInChina": false}, "profileId": "01a22487-f948-7e17-99e2-013e04bf3486"}', NULL, 'profile_created', '2026-11-28 23:40:20.680847+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Profiles.ProfileCreated, VendorAdvisor.Api', 'd26d362975687fdce1e314f16485327b', NULL, 'null', 'acme-consultant', false);
INSERT INTO vendoradvisor.mt_events VALUES (15, '94e7d423-78f8-4523-b15c-ddf93bd895c3', '01a22487-f948-7e17-99e2-013e04bf3486', 2, '{"profileId": "01a22487-f948-7e17-99e2-013e04bf3486"}', NULL, 'profile_archived', '2026-11-28 23:40:20.702045+00', 'legacy-acme', 'VendorAdvisor.Api.Features.Profiles.ProfileArchived, VendorAdvisor.Api', '86635f055e49247b320c425aa9896b0c', NULL, 'null', 'acme-consultant', false);
INSERT INTO vendoradvisor.mt_events VALUES (16, '0a83e1ad-4a33-4e6c-8ba3-a880429e82e9', '01a22487-f96d-7254-9ec8-b0694f602588', 1, '{"profile": {"name": "Game studio", "origin": "multinational", "sector": "gaming", "regions": [], "dataCategories": [], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": false, "consumerPaymentsInChina": false}, "profileId": "01a22487-f96d-7254-9ec8-b0694f602588"}', NULL, 'profile_created', '2026-11-28 23:40:20.717626+00', 'legacy-beta', 'VendorAdvisor.Api.Features.Profiles.ProfileCreated, VendorAdvisor.Api', '6a64a6431ae94b2e9be3b305ad2da470', NULL, 'null', 'beta-consultant', false);
INSERT INTO vendoradvisor.mt_events VALUES (17, '56b46b15-166f-47ab-a865-3257c86b9919', '01a22487-f96d-7254-9ec8-b0694f602588', 2, '{"hash": "b8e1a1a698997759aedff7c38f9bdbfd8f2c4b0ad42d63921a6426f452befc20", "result": {"profile": "Game studio", "ranking": [{"name": "Tencent Cloud", "rank": 1, "score": 0.19444444444444445, "vendor": "tencent-cloud", "strengths": ["Strong on latency: 9/10 where the other remaining vendors average 6.7 (weight 31 %). Singled out as tuned for the low latency and rapid iteration that games demand, where AWS could not keep up.", "Strong on price: 8/10 where the other remaining vendors average 6.7 (weight 19 %). A consultant notes AWS could not match Tencent on price in gaming, in line with local clouds being cheaper overall; the local three are not compared with each other."], "weaknesses": ["Weak on multinational footprint: 5/10 where the other remaining vendors average 6.2 (weight 31 %). The articles do not discuss Tencent Cloud beyond China; mid-scale with a wide band."], "contributions": {"price": 0.0625, "latency": 0.17361111111111108, "localization": 0.020833333333333332, "payment-integration": 0, "regulatory-alignment": 0.041666666666666664, "multinational-footprint": -0.10416666666666666}, "probabilityFirst": 0.43333333333333335, "rankProbabilities": [0.43333333333333335, 0.32666666666666666, 0.21666666666666667, 0.023333333333333334]}, {"name": "Alibaba Cloud", "rank": 2, "score": 0.09027777777777779, "vendor": "alibaba-cloud", "strengths": ["Strong on latency: 8/10 where the other remaining vendors average 7 (weight 31 %). The local providers are credited with a performance edge inside China; there is no latency figure for Alibaba specifically, so the band is wide.", "Strong on price: 8/10 where the other remaining vendors average 6.7 (weight 19 %). The local providers are described as cheaper than AWS; the articles do not compare the three local clouds on price, hence a shared score and a wide band."], "weaknesses": ["Weak on multinational footprint: 5/10 where the other remaining vendors average 6.2 (weight 31 %). The articles say nothing about Alibaba Cloud outside China, so the score sits mid-scale with a wide band rather than claiming knowledge they do not give."], "contributions": {"price": 0.0625, "latency": 0.06944444444444445, "localization": 0.020833333333333332, "payment-integration": 0, "regulatory-alignment": 0.041666666666666664, "multinational-footprint": -0.10416666666666666}, "probabilityFirst": 0.28, "rankProbabilities": [0.28, 0.3466666666666667, 0.3466666666666667, 0.02666666666666667]}, {"name": "Huawei Cloud", "rank": 3, "score": 0.09027777777777779, "vendor": "huawei-cloud", "strengths": ["Strong on latency: 8/10 where the other remaining vendors average 7 (weight 31 %). Included in the local providers'' performance advantage; the articles are silent on Huawei''s latency in particular.", "Strong on price: 8/10 where the other remaining vendors average 6.7 (weight 19 %). Covered by the general finding that local clouds cost less than AWS; no Huawei price data is given, so the band is wide."], "weaknesses": ["Weak on multinational footprint: 5/10 where the other remaining vendors average 6.2 (weight 31 %). Nothing in the articles covers Huawei Cloud''s reach abroad; mid-scale with a wide band."], "contributions": {"price": 0.0625, "latency": 0.06944444444444445, "localization": 0.020833333333333332, "payment-integration": 0, "regulatory-alignment": 0.041666666666666664, "multinational-footprint": -0.10416666666666666}, "probabilityFirst": 0.2866666666666667, "rankProbabilities": [0.2866666666666667, 0.3233333333333333, 0.37, 0.02]}, {"name": "AWS China", "rank": 4, "score": -0.375, "vendor": "aws-china", "strengths": ["Strong on multinational footprint: 8.5/10 where the other remaining vendors average 5 (weight 31 %). Its remaining strength: multinationals in pharma, cars and logistics that run AWS everywhere else keep it as their platform inside China. Held below 10 because the China regions are partner-run and cut off from the global backbone."], "weaknesses": ["Weak on latency: 4/10 where the other remaining vendors average 8.3 (weight 31 %). Latency problems are one of the named reasons AWS lost ground in gaming and retail, and its China regions sit outside its global backbone.", "Weak on price: 4/10 where the other remaining vendors average 8 (weight 19 %). A consultant and a former AWS product manager quoted in the article both say the local providers are cheaper, and partner operation plus compliance layers add cost."], "contributions": {"price": -0.1875, "latency": -0.3125, "localization": -0.0625, "payment-integration": 0, "regulatory-alignment": -0.125, "multinational-footprint": 0.3125}, "probabilityFirst": 0, "rankProbabilities": [0, 0.0033333333333333335, 0.06666666666666667, 0.93]}], "weights": [{"points": 0.5, "source": "derived", "weight": 0.0625, "criterion": "localization", "adjustments": [{"rule": "origin", "value": "multinational", "points": -0.5, "reason": "local ecosystem depth matters less to a company run from abroad", "attribute": "origin", "criterion": "localization"}]}, {"points": 1.5, "source": "derived", "weight": 0.1875, "criterion": "price", "adjustments": [{"rule": "sector", "value": "gaming", "points": 0.5, "reason": "game margins depend on infrastructure cost", "attribute": "sector", "criterion": "price"}]}, {"points": 2.5, "source": "derived", "weight": 0.3125, "criterion": "latency", "adjustments": [{"rule": "sector", "value": "gaming", "points": 1.5, "reason": "games need low latency and fast iteration", "attribute": "sector", "criterion": "latency"}]}, {"points": 0, "source": "derived", "weight": 0, "criterion": "payment-integration", "adjustments": [{"rule": "consumer-payments", "value": "false", "points": -1.5, "reason": "no consumer checkout in China to integrate", "attribute": "consumerPaymentsInChina", "criterion": "payment-integration"}]}, {"points": 1, "source": "derived", "weight": 0.125, "criterion": "regulatory-alignment", "adjustments": []}, {"points": 2.5, "source": "derived", "weight": 0.3125, "criterion": "multinational-footprint", "adjustments": [{"rule": "origin", "value": "multinational", "points": 1.5, "reason": "a multinational runs the China estate alongside the rest of the world", "attribute": "origin", "criterion": "multinational-footprint"}]}], "excluded": [], "manifest": {"seed": 3, "method": "promethee-ii", "sampler": "xoshiro256** seeded by SplitMix64, two variates per 64-bit draw; standard normal by inverse CDF from a 4096-cell quantile table (Acklam''s approximation, linear interpolation within a cell, exact in the tail cells), built with IEEE-754 +,-,*,/,sqrt and a series logarithm only, so results do not depend on the platform''s libm", "samples": 300, "clamping": "samples clamped to [0, 10]", "tieBreak": "Scores within a relative 1e-9 are tied; a tie goes to the alternative better on the most heavily weighted criterion on which the two differ (criteria of equal weight in their given order), then to the smaller id in ordinal order.", "scoreScale": "PROMETHEE II net flow, -1..1, summing to 0 over the ranked vendors", "randomIndex": "Saaty''s random index (n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59); n > 15 uses 1.59", "engineVersion": "1.0.0", "normalisation": "none: PROMETHEE II compares the vendors'' score differences per criterion through a linear preference function on every criterion, q = 0.5 and p = 2 points of the catalog''s scale", "readinessRule": "regulatory-alignment-readiness-2026.1", "catalogVersion": "2025.1-r0", "weightDerivation": "derived from the profile by weight-rules/1: 1 point per criterion plus rule adjustments, floored at 0, divided by the total", "weightRulesVersion": "weight-rules/1", "consistencyThreshold": 0.1, "sensitivityProcedure": "scan of each weight in steps of 0.01 from its value towards 0 and 1, then 60 bisection steps at the first change", "overriddenAssessments": [], "regulationCatalogueVersion": "2026.1"}, "warnings": [], "agreement": {"methods": [{"chosen": false, "method": "weighted-sum", "winner": "tencent-cloud", "sameWinner": true, "kendallTauB": 0.9128709291752769}, {"chosen": false, "method": "topsis", "winner": "tencent-cloud", "sameWinner": true, "kendallTauB": 0.9128709291752769}, {"chosen": false, "method": "ahp", "winner": "aws-china", "sameWinner": false, "kendallTauB": -0.18257418583505536}, {"chosen": false, "method": "vikor", "winner": "tencent-cloud", "sameWinner": true, "kendallTauB": 0.9128709291752769}, {"chosen": true, "method": "promethee-ii", "winner": "tencent-cloud", "sameWinner": true, "kendallTauB": 1}], "settings": "weighted-sum and ahp on observed min-max values; topsis with vector normalisation; vikor with v = 0.5; promethee-ii with a linear preference function on every criterion, q = 0.5 and p = 2 points of the catalog''s scale; the chosen method exactly as asked; no Monte Carlo.", "correlation": "Kendall''s tau-b between the two methods'' scores: pairs of alternatives whose scores are within a relative 1e-9 count as tied (not as agreeing or disagreeing), and tau-b corrects its denominator for ties in either method; null when a method ties every alternative.", "sameWinnerEverywhere": false}, "promethee": {"net": {"aws-china": -0.375, "huawei-cloud": 0.09027777777777779, "alibaba-cloud": 0.09027777777777779, "tencent-cloud": 0.19444444444444445}, "leaving": {"aws-china": 0.3125, "huawei-cloud": 0.22916666666666666, "alibaba-cloud": 0.22916666666666666, "tencent-cloud": 0.29861111111111105}, "entering": {"aws-china": 0.6875, "huawei-cloud": 0.13888888888888887, "alibaba-cloud": 0.13888888888888887, "tencent-cloud": 0.10416666666666666}, "preferenceFunctions": {"price": {"p": 2, "q": 0.5, "kind": "linear", "description": "linear, q = 0.5, p = 2"}, "latency": {"p": 2, "q": 0.5, "kind": "linear", "description": "linear, q = 0.5, p = 2"}, "localization": {"p": 2, "q": 0.5, "kind": "linear", "description": "linear, q = 0.5, p = 2"}, "payment-integration": {"p": 2, "q": 0.5, "kind": "linear", "description": "linear, q = 0.5, p = 2"}, "regulatory-alignment": {"p": 2, "q": 0.5, "kind": "linear", "description": "linear, q = 0.5, p = 2"}, "multinational-footprint": {"p": 2, "q": 0.5, "kind": "linear", "description": "linear, q = 0.5, p = 2"}}}, "readiness": {"vendors": [{"status": "unknown", "vendor": "alibaba-cloud", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "huawei-cloud", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "tencent-cloud", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": []}, {"status": "unknown", "vendor": "aws-china", "reasons": ["unknown: criticalInformationInfrastructureOperator decides whether personal information and important data must be stored in mainland China", "unknown: mlpsLevel decides whether the system must be filed with the public security bureau and how often it is evaluated", "unknown: publicWebsiteInMainland decides whether an ICP filing or licence is needed"], "vendorSpecific": [{"who": ["partner"], "topic": "operator", "factId": "aws-china-operators", "support": "neutral", "sourceIds": ["aws-china-operators-blog"], "statement": "The Beijing Region is operated by Beijing Sinnet Technology and the Ningxia Region by Ningxia Western Cloud Data Technology (NWCD); the client contracts with the operator of the region it uses."}]}], "transfer": {"route": "not-applicable", "atLeast": "not-applicable", "reasons": ["no transfer of data abroad is planned"]}, "unknowns": [{"fact": "criticalInformationInfrastructureOperator", "decides": "whether personal information and important data must be stored in mainland China"}, {"fact": "mlpsLevel", "decides": "whether the system must be filed with the public security bureau and how often it is evaluated"}, {"fact": "publicWebsiteInMainland", "decides": "whether an ICP filing or licence is needed"}], "disclaimer": "Decision support, not legal advice. The catalogue paraphrases the cited texts in its own words as they read on its date; the Chinese texts prevail over any translation, and a lawyer admitted in the People''s Republic of China should confirm any conclusion before the client acts on it.", "catalogueDate": "2026-11-28", "catalogueVersion": "2026.1", "clientObligations": []}, "sensitivity": {"winner": "tencent-cloud", "weights": [{"weight": 0.0625, "criterion": "localization", "lowerBound": 0, "upperBound": 0.9999999909999999, "winnerAbove": "alibaba-cloud"}, {"weight": 0.1875, "criterion": "price", "lowerBound": 0, "upperBound": 0.9999999999999999, "winnerAbove": "alibaba-cloud"}, {"weight": 0.3125, "criterion": "latency", "lowerBound": 0.000000003000000060872978, "upperBound": 1, "winnerBelow": "alibaba-cloud"}, {"weight": 0, "criterion": "payment-integration", "lowerBound": 0, "upperBound": 0.9999999999999999, "winnerAbove": "alibaba-cloud"}, {"weight": 0.125, "criterion": "regulatory-alignment", "lowerBound": 0, "upperBound": 0.9999999999999999, "winnerAbove": "alibaba-cloud"}, {"weight": 0.3125, "criterion": "multinational-footprint", "lowerBound": 0, "upperBound": 0.5182481748211678, "winnerAbove": "aws-china"}], "removals": [{"removed": "alibaba-cloud", "orderWithout": ["tencent-cloud", "huawei-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "huawei-cloud", "orderWithout": ["tencent-cloud", "alibaba-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "tencent-cloud", "orderWithout": ["alibaba-cloud", "huawei-cloud", "aws-china"], "orderOfOthersPreserved": true}, {"removed": "aws-china", "orderWithout": ["tencent-cloud", "alibaba-cloud", "huawei-cloud"], "orderOfOthersPreserved": true}], "procedure": "scan of each weight in steps of 0.01 from its value towards 0 and 1, then 60 bisection steps at the first change", "smallestWinnerChange": {"change": 0.2057481748211678, "toWeight": 0.5182481748211678, "criterion": "multinational-footprint", "newWinner": "aws-china", "fromWeight": 0.3125}}}, "options": {"seed": 3, "method": "promethee-ii", "samples": 300}, "profile": {"name": "Game studio", "origin": "multinational", "sector": "gaming", "regions": [], "dataCategories": [], "existingClouds": [], "priceSensitivity": "medium", "latencySensitivity": "medium", "crossBorderTransfer": false, "consumerPaymentsInChina": false}, "issuedAt": "2026-11-28T23:40:20.749703+00:00", "issuedBy": "beta-consultant", "profileId": "01a22487-f96d-7254-9ec8-b0694f602588", "hashScheme": "jcs-sha256/1", "catalogVersion": "2025.1-r0", "profileVersion": 1, "recommendationId": "01a22487-f98d-7337-86df-69f92caa9537"}', NULL, 'recommendation_issued', '2026-11-28 23:40:20.762572+00', 'legacy-beta', 'VendorAdvisor.Api.Features.Profiles.RecommendationIssued, VendorAdvisor.Api', 'd712d2796dcb1e68ca4f26b8848ccee4', NULL, 'null', 'beta-consultant', false);


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--



--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: vendoradvisor; Owner: -
--

INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-acme', '01a22487-f512-75d6-a54a-6022a35bcfa1', NULL, 1, '2026-11-28 23:40:19.68541+00', '2026-11-28 23:40:19.68541+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-beta', '01a22487-f591-77a8-a606-85562db6b5bd', NULL, 1, '2026-11-28 23:40:19.730825+00', '2026-11-28 23:40:19.730825+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-empty', '01a22487-f5a2-7e22-9471-b4e00b2cafbf', NULL, 1, '2026-11-28 23:40:19.746639+00', '2026-11-28 23:40:19.746639+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-acme', '01a22487-f5de-73ed-9518-3554b86efc4a', NULL, 1, '2026-11-28 23:40:19.83156+00', '2026-11-28 23:40:19.83156+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-acme', '01a22487-f622-73fd-b8dd-8fb32c6387e1', NULL, 1, '2026-11-28 23:40:19.875457+00', '2026-11-28 23:40:19.875457+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-acme', '01a22487-f635-7315-85d1-a0caddf30edc', NULL, 1, '2026-11-28 23:40:19.894087+00', '2026-11-28 23:40:19.894087+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-beta', '01a22487-f64d-7fff-9aec-b530ef40fac8', NULL, 1, '2026-11-28 23:40:19.918277+00', '2026-11-28 23:40:19.918277+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-empty', '01a22487-f662-7db5-9b51-8adf22ef34d2', NULL, 1, '2026-11-28 23:40:19.939108+00', '2026-11-28 23:40:19.939108+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-acme', '95fbbd59-00b4-62de-d27b-2326068bef9a', 'tenant_catalog', 1, '2026-11-28 23:40:20.609044+00', '2026-11-28 23:40:20.609044+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-acme', '01a22487-f717-73c9-93d7-35f863d84da1', 'profile', 4, '2026-11-28 23:40:20.643835+00', '2026-11-28 23:40:20.18786+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-acme', '01a22487-f948-7e17-99e2-013e04bf3486', 'profile', 2, '2026-11-28 23:40:20.703409+00', '2026-11-28 23:40:20.682743+00', 0, false);
INSERT INTO vendoradvisor.mt_streams VALUES ('legacy-beta', '01a22487-f96d-7254-9ec8-b0694f602588', 'profile', 2, '2026-11-28 23:40:20.74853+00', '2026-11-28 23:40:20.718166+00', 0, false);


--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: vendoradvisor; Owner: -
--

SELECT pg_catalog.setval('vendoradvisor.mt_events_sequence', 17, true);


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: mt_doc_apikeycredential pkey_mt_doc_apikeycredential_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_apikeycredential
    ADD CONSTRAINT pkey_mt_doc_apikeycredential_id PRIMARY KEY (id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_idempotencyrecord pkey_mt_doc_idempotencyrecord_tenant_id_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_idempotencyrecord
    ADD CONSTRAINT pkey_mt_doc_idempotencyrecord_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_profile pkey_mt_doc_profile_tenant_id_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_profile
    ADD CONSTRAINT pkey_mt_doc_profile_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_publishedcatalog pkey_mt_doc_publishedcatalog_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_publishedcatalog
    ADD CONSTRAINT pkey_mt_doc_publishedcatalog_id PRIMARY KEY (id);


--
-- Name: mt_doc_publishedregulations pkey_mt_doc_publishedregulations_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_publishedregulations
    ADD CONSTRAINT pkey_mt_doc_publishedregulations_id PRIMARY KEY (id);


--
-- Name: mt_doc_recommendationview pkey_mt_doc_recommendationview_tenant_id_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_recommendationview
    ADD CONSTRAINT pkey_mt_doc_recommendationview_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_doc_tenant pkey_mt_doc_tenant_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_tenant
    ADD CONSTRAINT pkey_mt_doc_tenant_id PRIMARY KEY (id);


--
-- Name: mt_doc_tenantcatalog pkey_mt_doc_tenantcatalog_tenant_id_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_doc_tenantcatalog
    ADD CONSTRAINT pkey_mt_doc_tenantcatalog_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_streams pkey_mt_streams_tenant_id_id; Type: CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_streams
    ADD CONSTRAINT pkey_mt_streams_tenant_id_id PRIMARY KEY (tenant_id, id);


--
-- Name: ix_mt_events_tenant_seq; Type: INDEX; Schema: vendoradvisor; Owner: -
--

CREATE INDEX ix_mt_events_tenant_seq ON vendoradvisor.mt_events USING btree (tenant_id, seq_id);


--
-- Name: mt_doc_apikeycredential_idx_tenant_id; Type: INDEX; Schema: vendoradvisor; Owner: -
--

CREATE INDEX mt_doc_apikeycredential_idx_tenant_id ON vendoradvisor.mt_doc_apikeycredential USING btree (((data ->> 'tenantId'::text)));


--
-- Name: mt_doc_profile_idx_client_sector; Type: INDEX; Schema: vendoradvisor; Owner: -
--

CREATE INDEX mt_doc_profile_idx_client_sector ON vendoradvisor.mt_doc_profile USING btree ((((data -> 'client'::text) ->> 'sector'::text)));


--
-- Name: mt_doc_profile_idx_updated_at; Type: INDEX; Schema: vendoradvisor; Owner: -
--

CREATE INDEX mt_doc_profile_idx_updated_at ON vendoradvisor.mt_doc_profile USING btree (vendoradvisor.mt_immutable_timestamptz((data ->> 'updatedAt'::text)));


--
-- Name: mt_doc_recommendationview_idx_profile_id; Type: INDEX; Schema: vendoradvisor; Owner: -
--

CREATE INDEX mt_doc_recommendationview_idx_profile_id ON vendoradvisor.mt_doc_recommendationview USING btree ((((data ->> 'profileId'::text))::uuid));


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: vendoradvisor; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON vendoradvisor.mt_events USING btree (tenant_id, stream_id, version);


--
-- Name: mt_events va_notify_events; Type: TRIGGER; Schema: vendoradvisor; Owner: -
--

CREATE TRIGGER va_notify_events AFTER INSERT ON vendoradvisor.mt_events FOR EACH STATEMENT EXECUTE FUNCTION vendoradvisor.va_notify_events();


--
-- Name: mt_events fkey_mt_events_stream_id_tenant_id; Type: FK CONSTRAINT; Schema: vendoradvisor; Owner: -
--

ALTER TABLE ONLY vendoradvisor.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id_tenant_id FOREIGN KEY (tenant_id, stream_id) REFERENCES vendoradvisor.mt_streams(tenant_id, id);


--
-- PostgreSQL database dump complete
--


