import type { EventEnvelope } from '@switchboard/contracts';
import type { SqlExecutor } from '@switchboard/infra-sql';
import { DuplicateEventId, StreamVersionConflict } from '../errors';
import type { AppendResult, ExpectedRevision } from '../event-store';
import { assertExpectedRevision } from './expected-revision';
import { isEventIdViolation, isStreamRevisionViolation } from './sql-errors';
import { toNumber, type SqlInteger } from './sql-rows';

/**
 * A collision means another append committed first (an in-flight one is waited for, an aborted one
 * leaves no collision), so every new attempt sees a longer stream and `any` keeps its promise of
 * never conflicting; the bound, far above any number of writers racing on one stream, only stops a
 * bug from looping forever.
 */
const MAX_ATTEMPTS = 1000;

export async function currentRevision(db: SqlExecutor, streamId: string): Promise<number | null> {
  const result = await db.query<{ revision: SqlInteger | null }>(
    'select max(stream_revision) as revision from event_store_events where stream_id = $1',
    [streamId],
  );
  const revision = result.rows[0]?.revision ?? null;
  return revision === null ? null : toNumber(revision);
}

interface AppendRow {
  readonly outcome: 'appended' | 'retried' | 'duplicate' | 'conflict';
  readonly revision: SqlInteger | null;
  readonly last_position: SqlInteger | null;
  readonly existing_ids: string[] | null;
}

function expectationParams(expected: ExpectedRevision): [string, number | null] {
  return typeof expected === 'number' ? ['revision', expected] : [expected, null];
}

/** Ids repeated within one append can never all be recorded: refused before reaching the database. */
function assertDistinctIds(streamId: string, events: readonly EventEnvelope[]): void {
  const ids = events.map((event) => event.id);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) throw new DuplicateEventId(streamId, [...new Set(repeated)]);
}

function toAppendResult(streamId: string, expected: ExpectedRevision, row: AppendRow | undefined): AppendResult {
  if (!row) throw new Error(`event_store_append answered nothing for ${streamId}`);
  switch (row.outcome) {
    case 'appended':
    case 'retried':
      // A retried append (every id already in this stream) succeeds again with the original result.
      return { nextExpectedRevision: toNumber(row.revision ?? -1), position: toNumber(row.last_position ?? 0) };
    case 'duplicate':
      throw new DuplicateEventId(streamId, row.existing_ids ?? []);
    case 'conflict': {
      const actual = row.revision === null ? null : toNumber(row.revision);
      assertExpectedRevision(streamId, expected, actual);
      throw new Error(`event_store_append reported a conflict that ${String(expected)} at ${String(actual)} is not`);
    }
  }
}

/**
 * One statement per append (`event_store_append`, see its comment for how positions stay in order
 * for readers). Two appends that pass the checks at once collide on a unique constraint; the loser
 * runs again against what the winner committed, so `any` still always succeeds, a retried append
 * still gets its original result, and an exact expectation gets a conflict with the actual revision.
 */
export async function appendEvents(
  db: SqlExecutor,
  streamId: string,
  events: readonly EventEnvelope[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  assertDistinctIds(streamId, events);
  const [expectation, expectedRevision] = expectationParams(expected);
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.query<AppendRow>(
        'select outcome, revision, last_position, existing_ids from event_store_append($1, $2, $3, $4::jsonb)',
        [streamId, expectation, expectedRevision, JSON.stringify(events)],
      );
      return toAppendResult(streamId, expected, result.rows[0]);
    } catch (error) {
      const collided = isStreamRevisionViolation(error) || isEventIdViolation(error);
      if (collided && attempt < MAX_ATTEMPTS) continue;
      if (isStreamRevisionViolation(error)) {
        throw new StreamVersionConflict(streamId, expected, await currentRevision(db, streamId));
      }
      if (isEventIdViolation(error)) throw new DuplicateEventId(streamId, events.map((event) => event.id));
      throw error;
    }
  }
}
