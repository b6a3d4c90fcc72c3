import { testEvent } from '../testing/contract-fixtures';
import { deliverWithRetries } from './deliver-with-retries';
import { MessageRejected } from './message-rejected';
import { createStopSignal } from './stop-signal';

const message = { topic: 't', partition: 0, offset: '0', key: 'k', event: testEvent(0, 'k'), headers: {} };
const failing = async () => {
  throw new Error('down');
};

describe('deliverWithRetries', () => {
  it('keeps the consumer alive in slices through a long backoff', async () => {
    let beats = 0;
    const outcome = await deliverWithRetries(message, {
      handler: failing,
      retry: { maxAttempts: 2, initialBackoffMs: 35 },
      stopSignal: createStopSignal(),
      keepAlive: { everyMs: 10, beat: async () => void beats++ },
    });
    expect(outcome).toMatchObject({ kind: 'exhausted', attempts: 2 });
    expect(beats).toBe(4);
  });

  it('gives up at once, uncommitted, when stopped during a backoff', async () => {
    const stopSignal = createStopSignal();
    const attempts: number[] = [];
    const delivering = deliverWithRetries(message, {
      handler: async ({ attempt }) => {
        attempts.push(attempt);
        throw new Error('down');
      },
      retry: { maxAttempts: 5, initialBackoffMs: 60000 },
      stopSignal,
    });
    await Promise.resolve();
    stopSignal.stop();
    await expect(delivering).resolves.toEqual({ kind: 'interrupted' });
    expect(attempts).toEqual([1]);
  });

  it('gives up at once, without retrying, on a message the handler rejects as unusable', async () => {
    let calls = 0;
    const reason = new Error('cannot be opened');
    const outcome = await deliverWithRetries(message, {
      handler: async () => {
        calls++;
        throw new MessageRejected(reason);
      },
      retry: { maxAttempts: 3, initialBackoffMs: 60000 },
      stopSignal: createStopSignal(),
    });
    expect(outcome).toEqual({ kind: 'rejected', error: reason });
    expect(calls).toBe(1);
  });

  it('lets a failed keep-alive (a rebalance) reject the delivery', async () => {
    const outcome = deliverWithRetries(message, {
      handler: failing,
      retry: { maxAttempts: 3, initialBackoffMs: 10 },
      stopSignal: createStopSignal(),
      keepAlive: { everyMs: 10, beat: async () => Promise.reject(new Error('rebalancing')) },
    });
    await expect(outcome).rejects.toThrow('rebalancing');
  });
});
