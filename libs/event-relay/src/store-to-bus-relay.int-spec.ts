import { createEnvelope, customerStream, newId, Topics, type EventEnvelope } from '@switchboard/contracts';
import { createInProcessBus, type Bus, type ConsumedMessage } from '@switchboard/infra-bus';
import { createSqlEventStore, type EventStore } from '@switchboard/infra-event-store';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { createTestPgliteDatabase } from '@switchboard/infra-sql/testing';
import { waitFor } from '@switchboard/testing';
import { RelayHeaders, startStoreToBusRelay } from './store-to-bus-relay';

const event = (n: number): EventEnvelope =>
  createEnvelope(
    { type: 'customer.created.v1', tenantId: 'demo', source: { channel: 'system', provider: 'test' }, payload: { n } },
    { now: () => new Date(), newId },
  );

describe('store-to-bus relay', () => {
  let db: SqlDatabase;
  let store: EventStore;
  let bus: Bus;

  beforeEach(async () => {
    db = await createTestPgliteDatabase();
    store = await createSqlEventStore(db);
    bus = createInProcessBus();
  });

  afterEach(async () => {
    await bus.close();
    await store.close();
    await db.close();
  });

  async function collect(): Promise<ConsumedMessage[]> {
    const received: ConsumedMessage[] = [];
    await bus.subscribe({
      groupId: `g-${newId()}`,
      topics: [Topics.domainEvents],
      fromBeginning: true,
      handler: async (message) => {
        received.push(message);
      },
    });
    return received;
  }

  it('publishes stored events in order, keyed by stream, and resumes from its checkpoint', async () => {
    await bus.ensureTopics([Topics.domainEvents]);
    const received = await collect();
    const stream = customerStream('demo', newId());
    await store.append(stream, [event(1), event(2)], { expectedRevision: 'no_stream' });

    const first = await startStoreToBusRelay(store, bus);
    await waitFor(() => received.length === 2, { what: 'two relayed events' });
    await first.stop();

    await store.append(stream, [event(3)], { expectedRevision: 1 });
    const second = await startStoreToBusRelay(store, bus);
    await waitFor(() => received.length === 3, { what: 'the third event' });
    await second.stop();

    expect(received.map((message) => message.event.payload['n'])).toEqual([1, 2, 3]);
    expect(received.every((message) => message.key === stream)).toBe(true);
    expect(received[2]?.headers[RelayHeaders.revision]).toBe('2');
  });

  it('retries after the bus failed, without skipping the event', async () => {
    await bus.ensureTopics([Topics.domainEvents]);
    const received = await collect();
    let failuresLeft = 2;
    const flakyBus: Bus = {
      ...bus,
      ensureTopics: (topics) => bus.ensureTopics(topics),
      publish: async (topic, messages) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('bus unavailable');
        }
        await bus.publish(topic, messages);
      },
    };
    const errors: Error[] = [];
    const relay = await startStoreToBusRelay(store, flakyBus, { retryDelayMs: 20, onError: (error) => errors.push(error) });
    await store.append(customerStream('demo', newId()), [event(7)]);
    await waitFor(() => received.length === 1, { what: 'the relayed event after retries' });
    await relay.stop();
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(received[0]?.event.payload['n']).toBe(7);
  });
});
