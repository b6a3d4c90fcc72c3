/**
 * Key of the short append section (the second key is the schema, so stores in different schemas of
 * one database never wait for each other). A session-level lock, released before the insert: unlike
 * the transaction-level lock this store used to hold until commit, it never spans a commit.
 */
export const APPEND_SECTION_LOCK_CLASS = 7_531_002;

/**
 * One append in one statement (one round trip, its own transaction): the retry check, the expected
 * revision check and the insert. Answers one row whose `outcome` is
 * - `appended`: `revision` and `last_position` of the last event written;
 * - `retried`: every id is already in this stream; the original append's revision and position;
 * - `duplicate`: some ids are recorded elsewhere (`existing_ids`);
 * - `conflict`: the stream is at `revision` (null: no stream), which the expectation refuses.
 * Two appends racing past the checks collide on a unique constraint instead (SQLSTATE 23505).
 *
 * Why positions are taken in a short locked section: readers only return events of transactions
 * older than their snapshot's xmin (see `sql-reads.ts`). That is enough only if a transaction with
 * a lower id always holds lower positions; otherwise writer A (xid 10) could take position 6 after
 * writer B (xid 11) took 5, A commit first, and a reader pass 6 while 5 is still in flight. Taking
 * the transaction id and the positions under one lock makes both orders agree. The lock is released
 * at once, so revision checks, index updates and commits (the WAL flush) of appends run in parallel.
 */
export const eventStoreAppendFunction = `
create or replace function event_store_append(
  p_stream_id text,
  p_expected text,
  p_expected_revision bigint,
  p_events jsonb
) returns table (outcome text, revision bigint, last_position bigint, existing_ids text[])
language plpgsql
as $append$
declare
  v_count integer := jsonb_array_length(p_events);
  v_found integer;
  v_found_here integer;
  v_found_ids text[];
  v_found_revision bigint;
  v_found_position bigint;
  v_actual bigint;
  v_first bigint;
  v_xid xid8;
  v_positions bigint[];
begin
  select count(*)::integer, count(*) filter (where e.stream_id = p_stream_id)::integer, array_agg(e.event_id order by e.position),
         max(e.stream_revision) filter (where e.stream_id = p_stream_id), max(e.position) filter (where e.stream_id = p_stream_id)
    into v_found, v_found_here, v_found_ids, v_found_revision, v_found_position
    from event_store_events e
   where e.event_id in (select x.value ->> 'id' from jsonb_array_elements(p_events) as x(value));
  if v_found > 0 then
    if v_found = v_count and v_found_here = v_count then
      return query values ('retried'::text, v_found_revision, v_found_position, null::text[]);
    else
      return query values ('duplicate'::text, null::bigint, null::bigint, v_found_ids);
    end if;
    return;
  end if;

  select max(e.stream_revision) into v_actual from event_store_events e where e.stream_id = p_stream_id;
  if not (case p_expected
            when 'any' then true
            when 'no_stream' then v_actual is null
            when 'stream_exists' then v_actual is not null
            when 'revision' then v_actual is not distinct from p_expected_revision
            else false
          end) then
    return query values ('conflict'::text, v_actual, null::bigint, null::text[]);
    return;
  end if;
  v_first := coalesce(v_actual + 1, 0);

  -- The transaction id must be taken inside the section, so it must not exist yet.
  if pg_current_xact_id_if_assigned() is not null then
    raise exception 'event_store_append must be the first write of its transaction';
  end if;
  begin
    perform pg_advisory_lock(${APPEND_SECTION_LOCK_CLASS}, hashtext(current_schema()));
    v_xid := pg_current_xact_id();
    v_positions := array(select nextval('event_store_events_position_seq') from generate_series(1, v_count) order by 1);
    perform pg_advisory_unlock(${APPEND_SECTION_LOCK_CLASS}, hashtext(current_schema()));
  exception when query_canceled or others then
    -- A session lock outlives the transaction: never leave it behind on a pooled connection.
    perform pg_advisory_unlock(${APPEND_SECTION_LOCK_CLASS}, hashtext(current_schema()));
    raise;
  end;

  insert into event_store_events (position, stream_id, stream_revision, event_id, event_type, tenant_id, envelope, transaction_id)
  select v_positions[x.n], p_stream_id, v_first + x.n - 1, x.value ->> 'id', x.value ->> 'type', x.value ->> 'tenantId', x.value, v_xid
    from jsonb_array_elements(p_events) with ordinality as x(value, n);
  return query values ('appended'::text, v_first + v_count - 1, v_positions[v_count], null::text[]);
end
$append$
`;
