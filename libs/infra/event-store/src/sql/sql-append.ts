import type { EventEnvelope } from '@switchboard/contracts';
import type { SqlDatabase, SqlExecutor } from '@switchboard/infra-sql';
import { DuplicateEventId, StreamVersionConflict } from '../errors';
import type { AppendResult, ExpectedRevision } from '../event-store';
import { assertExpectedRevision } from './expected-revision';
import { isEventIdViolation, isStreamRevisionViolation } from './sql-errors';
import { toNumber, type SqlInteger } from './sql-rows';

/**
 * First key of the append lock (the second is the schema, so that stores in different schemas of
 * one database do not wait for each other). Distinct from the migration lock (7_531_001).
 */
const APPEND_LOCK_CLASS = 7_531_002;

export async function currentRevision(db: SqlExecutor, streamId: string): Promise<number | null> {
  const result = await db.query<{ revision: SqlInteger | null }>(
    'select max(stream_revision) as revision from event_store_events where stream_id = $1',
    [streamId],
  );
  const revision = result.rows[0]?.revision ?? null;
  return revision === null ? null : toNumber(revision);
}

interface ExistingEvent {
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_revision: SqlInteger;
  readonly position: SqlInteger;
}

/**
 * A retried append (every id already in this stream) succeeds again with the original result, so
 * that a producer that lost the answer to a timeout can simply retry. Anything else that reuses
 * an id (another stream, part of a batch) is a producer bug.
 */
function retriedAppendResult(streamId: string, ids: readonly string[], existing: readonly ExistingEvent[]): AppendResult {
  const sameStream = existing.filter((row) => row.stream_id === streamId);
  if (sameStream.length !== ids.length) throw new DuplicateEventId(streamId, existing.map((row) => row.event_id));
  return {
    nextExpectedRevision: Math.max(...sameStream.map((row) => toNumber(row.stream_revision))),
    position: Math.max(...sameStream.map((row) => toNumber(row.position))),
  };
}

async function appendLocked(
  tx: SqlExecutor,
  streamId: string,
  events: readonly EventEnvelope[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  // Why one lock for every append of the store: `position` comes from a sequence, and sequence
  // values are handed out at insert time, not at commit. Without the lock, writer A could take
  // position 10, writer B position 11, B commit first, and a reader of `all` see 11, remember it
  // as its position, and never see 10 once A commits. Holding the lock from before the insert
  // until commit (a transaction-scoped advisory lock is released only at commit or rollback)
  // makes positions become visible strictly in order. It also serialises the revision check
  // below with the insert, so the check is exact; the unique constraints remain the safety net.
  await tx.query('select pg_advisory_xact_lock($1::int, hashtext(current_schema()))', [APPEND_LOCK_CLASS]);
  const ids = events.map((event) => event.id);
  const existing = await tx.query<ExistingEvent>(
    `select event_id, stream_id, stream_revision, position from event_store_events
     where event_id in (select jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(ids)],
  );
  if (existing.rows.length > 0) return retriedAppendResult(streamId, ids, existing.rows);

  const actual = await currentRevision(tx, streamId);
  assertExpectedRevision(streamId, expected, actual);
  const first = actual === null ? 0 : actual + 1;
  // `order by` makes the sequence hand out positions in revision order within the batch.
  const inserted = await tx.query<{ position: SqlInteger }>(
    `insert into event_store_events (stream_id, stream_revision, event_id, event_type, tenant_id, envelope)
     select $1, $2::bigint + e.ordinality - 1, e.value->>'id', e.value->>'type', e.value->>'tenantId', e.value
     from jsonb_array_elements($3::jsonb) with ordinality as e(value, ordinality)
     order by e.ordinality
     returning position`,
    [streamId, first, JSON.stringify(events)],
  );
  return {
    nextExpectedRevision: first + events.length - 1,
    position: Math.max(...inserted.rows.map((row) => toNumber(row.position))),
  };
}

/** Appends in one transaction; maps the unique constraints' verdicts to the port's errors. */
export async function appendEvents(
  db: SqlDatabase,
  streamId: string,
  events: readonly EventEnvelope[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  try {
    return await db.transaction((tx) => appendLocked(tx, streamId, events, expected));
  } catch (error) {
    if (isStreamRevisionViolation(error)) {
      throw new StreamVersionConflict(streamId, expected, await currentRevision(db, streamId));
    }
    if (isEventIdViolation(error)) throw new DuplicateEventId(streamId, events.map((event) => event.id));
    throw error;
  }
}
