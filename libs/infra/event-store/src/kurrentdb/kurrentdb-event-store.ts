import { BACKWARDS, END, FORWARDS, KurrentDBClient, START, excludeSystemEvents } from '@kurrent/kurrentdb-client';
import type { EventEnvelope } from '@switchboard/contracts';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, RecordedEvent, Subscription } from '../event-store';
import { readCheckpoint } from './kurrentdb-checkpoints';
import { isStreamNotFound, readPositionAfter, toEventData, toPosition, toRecordedEvent, toStoreError, toStreamState } from './kurrentdb-mapping';
import { startKurrentDbSubscription } from './kurrentdb-subscription';

async function readStream(client: KurrentDBClient, streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
  const backwards = options.direction === 'backwards';
  const events: RecordedEvent[] = [];
  try {
    const reading = client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
    for await (const resolved of reading) {
      const event = toRecordedEvent(resolved);
      if (event) events.push(event);
    }
    return events;
  } catch (error) {
    if (isStreamNotFound(error)) return [];
    throw toStoreError(error, 'read a stream');
  }
}

/**
 * `$all` without system events and without our checkpoint streams. Reads are not bounded on the
 * server (checkpoints would eat into the count); the client stops pulling once it has enough.
 */
async function readAll(client: KurrentDBClient, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  const after = options.after ?? 0;
  const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
  const events: RecordedEvent[] = [];
  if (maxCount <= 0) return events;
  try {
    for await (const resolved of client.readAll({ fromPosition: readPositionAfter(after), filter: excludeSystemEvents() })) {
      const event = toRecordedEvent(resolved);
      if (!event || event.position <= after) continue;
      events.push(event);
      if (events.length >= maxCount) break;
    }
    return events;
  } catch (error) {
    throw toStoreError(error, 'read all');
  }
}

async function headPosition(client: KurrentDBClient): Promise<number> {
  try {
    for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: END, filter: excludeSystemEvents() })) {
      const event = toRecordedEvent(resolved);
      if (event) return event.position;
    }
    return 0;
  } catch (error) {
    throw toStoreError(error, 'read the head position');
  }
}

async function append(client: KurrentDBClient, streamId: string, events: readonly EventEnvelope[], expected: ExpectedRevision): Promise<AppendResult> {
  if (events.length === 0) throw new Error(`append to ${streamId} needs at least one event`);
  try {
    const result = await client.appendToStream(streamId, events.map(toEventData), { streamState: toStreamState(expected) });
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    if (result.position) return { nextExpectedRevision, position: toPosition(result.position) };
    // An append the server recognised as a retry may come back without a position: look it up.
    const [last] = await readStream(client, streamId, { direction: 'backwards', fromRevision: nextExpectedRevision, maxCount: 1 });
    return { nextExpectedRevision, position: last?.position ?? 0 };
  } catch (error) {
    throw toStoreError(error, 'append', streamId, expected);
  }
}

/**
 * The event store on KurrentDB (`kurrentdb://host:2113?tls=false`). Optimistic concurrency and
 * idempotent retries (same event ids) are the server's; global positions are commit positions.
 * Event ids are unique per stream only: KurrentDB accepts an id already used in another stream.
 */
export function createKurrentDbEventStore(connectionString: string): EventStore {
  const client = KurrentDBClient.connectionString(connectionString);
  const subscriptions = new Set<Subscription>();

  return {
    kind: 'kurrentdb',
    append: (streamId, events, options = {}) => append(client, streamId, events, options.expectedRevision ?? 'any'),
    readStream: (streamId, options) => readStream(client, streamId, options),
    async streamRevision(streamId) {
      const [last] = await readStream(client, streamId, { direction: 'backwards', maxCount: 1 });
      return last?.revision ?? null;
    },
    readAll: (options) => readAll(client, options),
    headPosition: () => headPosition(client),
    async subscribeToAll(options) {
      const subscription = await startKurrentDbSubscription(client, options);
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
    readCheckpoint: (subscriberId) => readCheckpoint(client, subscriberId),
    async ping() {
      try {
        const newest = client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
        await newest.next();
        await newest.return?.();
      } catch (error) {
        throw toStoreError(error, 'answer a ping');
      }
    },
    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      subscriptions.clear();
      await client.dispose();
    },
  };
}
