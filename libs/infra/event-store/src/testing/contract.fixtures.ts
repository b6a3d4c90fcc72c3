import { createEnvelope, customerStream, newId, type EventEnvelope } from '@switchboard/contracts';
import { uniqueSuffix } from '@switchboard/testing';
import { StreamVersionConflict } from '../errors';
import type { EventStore, RecordedEvent, SubscribeToAllOptions, Subscription } from '../event-store';

/** The store under test, created once per contract run (streams are unique per test instead). */
export type StoreRef = () => EventStore;

const context = { now: () => new Date(), newId };

/** A realistic envelope whose payload says which event of a test it is. */
export function contractEvent(n: number, payload: Record<string, unknown> = {}): EventEnvelope {
  return createEnvelope(
    {
      type: 'contract.event-recorded.v1',
      tenantId: 'contract',
      source: { channel: 'system', provider: 'event-store-contract' },
      payload: { n, ...payload },
    },
    context,
  );
}

export const contractEvents = (count: number): EventEnvelope[] => Array.from({ length: count }, (_, n) => contractEvent(n));

/** A stream no other test (or earlier run against the same server) uses. */
export function uniqueStream(label: string): string {
  return customerStream('contract', `${label}-${uniqueSuffix()}`);
}

export const positionsOf = (events: readonly RecordedEvent[]) => events.map((event) => event.position);
export const idsOf = (events: readonly RecordedEvent[]) => events.map((event) => event.event.id);

export function isStrictlyIncreasing(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value > (values[index - 1] ?? Number.POSITIVE_INFINITY));
}

export async function expectConflict(attempt: Promise<unknown>, actual: number | null): Promise<StreamVersionConflict> {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StreamVersionConflict);
  const conflict = error as StreamVersionConflict;
  expect(conflict.actual).toBe(actual);
  return conflict;
}

export interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
}

export function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Lets already-queued callbacks run; not a sleep, just one turn of the event loop. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Subscribes and remembers the subscription so that a failing test cannot leave it running. */
export function subscriptionTracker(store: StoreRef) {
  const live = new Set<Subscription>();
  afterEach(async () => {
    await Promise.all([...live].map((subscription) => subscription.stop()));
    live.clear();
  });
  return async (options: SubscribeToAllOptions): Promise<Subscription> => {
    const subscription = await store().subscribeToAll(options);
    live.add(subscription);
    return subscription;
  };
}

/** A handler that records what it got, restricted to the given streams (the store may hold others). */
export function collector(streams: readonly string[]) {
  const received: RecordedEvent[] = [];
  const wanted = new Set(streams);
  return {
    received,
    handler: async (event: RecordedEvent) => {
      if (wanted.has(event.streamId)) received.push(event);
    },
  };
}
