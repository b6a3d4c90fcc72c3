import type { SqlExecutor } from '@switchboard/infra-sql';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../event-store';
import { EVENT_COLUMNS, toNumber, toRecordedEvent, type EventRow, type SqlInteger } from './sql-rows';

// `limit null` means no limit in PostgreSQL, so an absent maxCount needs no second statement.
const limitOf = (maxCount: number | undefined) => maxCount ?? null;

export async function readStream(db: SqlExecutor, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  const from = options.fromRevision ?? null;
  const result = await db.query<EventRow>(
    `select ${EVENT_COLUMNS} from event_store_events
     where stream_id = $1 and ($2::bigint is null or stream_revision ${backwards ? '<=' : '>='} $2::bigint)
     order by stream_revision ${backwards ? 'desc' : 'asc'}
     limit $3::bigint`,
    [streamId, from, limitOf(options.maxCount)],
  );
  return result.rows.map(toRecordedEvent);
}

export async function readAll(db: SqlExecutor, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  const result = await db.query<EventRow>(
    `select ${EVENT_COLUMNS} from event_store_events where position > $1::bigint order by position limit $2::bigint`,
    [options.after ?? 0, limitOf(options.maxCount)],
  );
  return result.rows.map(toRecordedEvent);
}

export async function headPosition(db: SqlExecutor): Promise<number> {
  const result = await db.query<{ head: SqlInteger }>('select coalesce(max(position), 0) as head from event_store_events');
  return toNumber(result.rows[0]?.head ?? 0);
}

export async function readCheckpoint(db: SqlExecutor, subscriberId: string): Promise<number | null> {
  const result = await db.query<{ position: SqlInteger }>(
    'select position from event_store_checkpoints where subscriber_id = $1',
    [subscriberId],
  );
  const row = result.rows[0];
  return row ? toNumber(row.position) : null;
}

export async function saveCheckpoint(db: SqlExecutor, subscriberId: string, position: number): Promise<void> {
  await db.query(
    `insert into event_store_checkpoints (subscriber_id, position) values ($1, $2)
     on conflict (subscriber_id) do update set position = excluded.position, updated_at = now()`,
    [subscriberId, position],
  );
}
