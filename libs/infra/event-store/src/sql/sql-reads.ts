import type { SqlExecutor } from '@switchboard/infra-sql';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../event-store';
import { settle } from './settle';
import { EVENT_COLUMNS, toNumber, toRecordedEvent, type EventRow, type SqlInteger } from './sql-rows';

// `limit null` means no limit in PostgreSQL, so an absent maxCount needs no second statement.
const limitOf = (maxCount: number | undefined) => maxCount ?? null;

/**
 * The readers' horizon: a row is readable once its transaction is older than the oldest one still
 * running (the snapshot's xmin). Any transaction that can still commit is at or above the horizon,
 * and `event_store_append` gives later transactions higher positions, so nothing can later appear
 * below a readable position. Committed rows above the horizon wait for older transactions to end.
 */
const HORIZON = '(select pg_snapshot_xmin(pg_current_snapshot()) as xmin) as horizon';

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

interface HorizonRow extends EventRow {
  readonly readable: boolean;
  readonly xid: string;
}

/** The newest of transaction ids given as text (xid8 exceeds a JS number). */
const newestXid = (xids: readonly string[]): string => xids.reduce((newest, xid) => (BigInt(xid) > BigInt(newest) ? xid : newest), '0');

/**
 * Resolves once every transaction up to `xid` has ended, or `settleMs` has passed: one small query
 * per look, so waiting does not re-read the page.
 */
async function awaitHorizon(db: SqlExecutor, xid: string, settleMs: number): Promise<void> {
  await settle(settleMs, async () => {
    const result = await db.query<{ passed: boolean }>('select pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 as passed', [xid]);
    return { value: undefined, settled: result.rows[0]?.passed === true };
  });
}

/**
 * The readable rows after `after`, and when some committed rows of the page are not readable yet,
 * the transaction to wait for: the newest of the page's.
 */
async function readPage(db: SqlExecutor, options: ReadAllOptions): Promise<{ readable: RecordedEvent[]; waitFor: string | null }> {
  const result = await db.query<HorizonRow>(
    `select ${EVENT_COLUMNS}, transaction_id < horizon.xmin as readable, transaction_id::text as xid
     from event_store_events, ${HORIZON}
     where position > $1::bigint order by position limit $2::bigint`,
    [options.after ?? 0, limitOf(options.maxCount)],
  );
  // Stopping at the first row not yet readable, not skipping it: what follows it must wait too.
  const firstWaiting = result.rows.findIndex((row) => !row.readable);
  if (firstWaiting === -1) return { readable: result.rows.map(toRecordedEvent), waitFor: null };
  return { readable: result.rows.slice(0, firstWaiting).map(toRecordedEvent), waitFor: newestXid(result.rows.map((row) => row.xid)) };
}

/**
 * Events after `options.after`, in position order, never overtaken later. Events committed before
 * the call but still above the horizon are waited for (up to `settleMs`), so a writer reads its own
 * appends; past that, the readable prefix is returned and the rest comes with a later read.
 */
export async function readAll(db: SqlExecutor, options: ReadAllOptions = {}, settleMs = 0): Promise<RecordedEvent[]> {
  const page = await readPage(db, options);
  if (page.waitFor === null || settleMs <= 0) return page.readable;
  await awaitHorizon(db, page.waitFor, settleMs);
  return (await readPage(db, options)).readable;
}

/**
 * The newest readable position: a reader that starts after it misses nothing. Waits (up to
 * `settleMs`) for the newest committed event to become readable, so it is usually that event's.
 */
export async function headPosition(db: SqlExecutor, settleMs = 0): Promise<number> {
  const readHead = async () => {
    const result = await db.query<{ newest: SqlInteger | null; newest_xid: string | null; readable: SqlInteger | null }>(
      `select newest.position as newest, newest.transaction_id::text as newest_xid,
              (select position from event_store_events, ${HORIZON} where transaction_id < horizon.xmin order by position desc limit 1) as readable
       from (select 1) as one left join (select position, transaction_id from event_store_events order by position desc limit 1) as newest on true`,
    );
    const row = result.rows[0];
    return {
      readable: row?.readable == null ? 0 : toNumber(row.readable),
      waitFor: row?.newest == null || row.newest_xid === null || toNumber(row.newest) === toNumber(row.readable ?? 0) ? null : row.newest_xid,
    };
  };
  const head = await readHead();
  if (head.waitFor === null || settleMs <= 0) return head.readable;
  await awaitHorizon(db, head.waitFor, settleMs);
  return (await readHead()).readable;
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
