import { waitFor } from '@switchboard/testing';
import { BusUnavailable } from '../errors';
import { testBus } from '../testing/bus.contract';
import { recorder, testEvent, testMessages } from '../testing/contract-fixtures';
import { testSealingBus } from '../testing/sealing-bus.contract';
import { createInProcessBus } from './in-process-bus';
import { partitionForKey } from './key-partitioner';

testBus('in-process', async () => createInProcessBus());
testSealingBus('in-process', async () => createInProcessBus());

describe('in-process bus', () => {
  it('never shares objects between the publisher and the groups', async () => {
    const bus = createInProcessBus();
    const event = testEvent(0, 'k');
    await bus.publish('copies', [{ key: 'k', event }]);
    (event.payload as { seq: number }).seq = -1;
    const mutating = recorder((message) => {
      (message.event.payload as { seq: number }).seq = -2;
    });
    const reading = recorder();
    await bus.subscribe({ groupId: 'mutating', topics: ['copies'], handler: mutating.handler });
    await waitFor(() => mutating.handled.length >= 1);
    await bus.subscribe({ groupId: 'reading', topics: ['copies'], handler: reading.handler });
    await waitFor(() => reading.handled.length >= 1);
    expect(reading.handled[0]?.event.payload).toEqual({ seq: 0, key: 'k' });
    await bus.close();
  });

  it('rejects publishes with BusUnavailable once closed', async () => {
    const bus = createInProcessBus();
    await bus.close();
    await expect(bus.publish('closed', testMessages(1, ['k']))).rejects.toBeInstanceOf(BusUnavailable);
    await expect(bus.ping()).rejects.toBeInstanceOf(BusUnavailable);
  });

  it('hashes keys onto the configured number of partitions', async () => {
    const bus = createInProcessBus({ partitions: 3 });
    const received = recorder();
    await bus.publish('three', testMessages(30, Array.from({ length: 30 }, (_, i) => `key-${i}`)));
    await bus.subscribe({ groupId: 'g', topics: ['three'], handler: received.handler });
    await waitFor(() => received.handled.length >= 30);
    expect(new Set(received.handled.map((message) => message.partition))).toEqual(new Set([0, 1, 2]));
    for (const message of received.handled) expect(message.partition).toBe(partitionForKey(message.key, 3));
    await bus.close();
  });

  it('close() waits for the handlers in flight', async () => {
    const bus = createInProcessBus();
    let finished = false;
    let started = false;
    await bus.publish('closing', testMessages(1, ['k']));
    await bus.subscribe({
      groupId: 'g',
      topics: ['closing'],
      handler: async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished = true;
      },
    });
    await waitFor(() => started);
    await bus.close();
    expect(finished).toBe(true);
  });
});
