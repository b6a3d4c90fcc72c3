import { runMigrations, type SqlDatabase } from '@switchboard/infra-sql';
import { EventStoreUnavailable } from '../errors';
import type { EventStore, Subscription } from '../event-store';
import { eventStoreMigrations } from './event-store.migrations';
import { startPollingSubscription } from './polling-subscription';
import { appendEvents, currentRevision } from './sql-append';
import { guarded } from './sql-errors';
import * as reads from './sql-reads';
import { createWakeUp } from './wake-up';

export interface SqlEventStoreOptions {
  /**
   * How long an idle subscription sleeps before looking for events appended by other processes.
   * Appends through this store instance wake its subscriptions at once. Default 100 ms.
   */
  readonly pollIntervalMs?: number;
  /** Events a subscription reads per page while catching up. Default 100. */
  readonly subscriptionBatchSize?: number;
  /**
   * How long `readAll` and `headPosition` wait for events already committed to become readable,
   * which they are once every transaction older than theirs has ended (usually milliseconds; a
   * long transaction anywhere on the server holds them back). Past it they answer what is
   * readable. Default 1000 ms.
   */
  readonly readSettleMs?: number;
  /**
   * Whether `close()` also closes `db`. Default false: the database is usually shared with other
   * adapters, and whoever created it closes it.
   */
  readonly closeDatabase?: boolean;
}

/**
 * The event store on the SQL port: one implementation for PostgreSQL (distributed mode) and
 * PGlite (embedded mode). Runs its migrations before returning.
 */
export async function createSqlEventStore(db: SqlDatabase, options: SqlEventStoreOptions = {}): Promise<EventStore> {
  await guarded('migrate', () => runMigrations(db, eventStoreMigrations));
  const wakeUp = createWakeUp();
  const settleMs = options.readSettleMs ?? 1000;
  const subscriptions = new Set<Subscription>();
  let closed = false;

  const open = <T>(doing: string, work: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new EventStoreUnavailable(`event store is closed (${doing})`));
    return guarded(doing, work);
  };
  const source = {
    readAll: (page: { after?: number; maxCount?: number }) => open('read all', () => reads.readAll(db, page, settleMs)),
    readCheckpoint: (id: string) => open('read a checkpoint', () => reads.readCheckpoint(db, id)),
    saveCheckpoint: (id: string, position: number) => open('save a checkpoint', () => reads.saveCheckpoint(db, id, position)),
    wakeUp,
    pollIntervalMs: options.pollIntervalMs ?? 100,
    batchSize: options.subscriptionBatchSize ?? 100,
  };

  return {
    kind: db.kind,
    async append(streamId, events, appendOptions = {}) {
      if (events.length === 0) throw new Error(`append to ${streamId} needs at least one event`);
      const result = await open('append', () => appendEvents(db, streamId, events, appendOptions.expectedRevision ?? 'any'));
      wakeUp.signal();
      return result;
    },
    readStream: (streamId, readOptions) => open('read a stream', () => reads.readStream(db, streamId, readOptions)),
    streamRevision: (streamId) => open('read a stream revision', () => currentRevision(db, streamId)),
    readAll: (readOptions) => open('read all', () => reads.readAll(db, readOptions, settleMs)),
    headPosition: () => open('read the head position', () => reads.headPosition(db, settleMs)),
    readCheckpoint: source.readCheckpoint,
    async subscribeToAll(subscribeOptions) {
      if (closed) throw new EventStoreUnavailable('event store is closed (subscribe)');
      const subscription = await startPollingSubscription(source, subscribeOptions);
      subscriptions.add(subscription);
      return {
        get lastPosition() {
          return subscription.lastPosition;
        },
        async stop() {
          subscriptions.delete(subscription);
          await subscription.stop();
        },
      };
    },
    ping: () => open('answer a ping', () => db.ping()),
    async close() {
      if (closed) return;
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      subscriptions.clear();
      closed = true;
      if (options.closeDatabase) await db.close();
    },
  };
}
