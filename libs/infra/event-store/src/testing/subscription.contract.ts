import { uniqueSuffix, waitFor } from '@switchboard/testing';
import type { RecordedEvent } from '../event-store';
import {
  collector,
  contractEvent,
  contractEvents,
  deferred,
  idsOf,
  nextTurn,
  positionsOf,
  subscriptionTracker,
  uniqueStream,
  type StoreRef,
} from './contract.fixtures';

const subscriberId = (label: string) => `contract-${label}-${uniqueSuffix()}`;

export function describeSubscriptions(store: StoreRef): void {
  const subscribe = subscriptionTracker(store);

  describe('subscribeToAll', () => {
    it('catches up on past events, then delivers live ones, in order', async () => {
      const stream = uniqueStream('live');
      const head = await store().headPosition();
      await store().append(stream, contractEvents(3));
      const seen = collector([stream]);
      const subscription = await subscribe({ after: head, handler: seen.handler });
      await waitFor(() => seen.received.length >= 3, { what: 'catch-up' });
      await store().append(stream, [contractEvent(3)]);
      await store().append(stream, [contractEvent(4)]);
      await waitFor(() => seen.received.length >= 5, { what: 'live events' });
      const stored = await store().readStream(stream);
      expect(idsOf(seen.received)).toEqual(idsOf(stored));
      expect(positionsOf(seen.received)).toEqual(positionsOf(stored));
      await waitFor(() => subscription.lastPosition === stored[4]?.position, { what: 'lastPosition' });
    });

    it('starts strictly after the given position', async () => {
      const stream = uniqueStream('after');
      await store().append(stream, contractEvents(3));
      const stored = await store().readStream(stream);
      const seen = collector([stream]);
      await subscribe({ after: stored[1]?.position ?? 0, handler: seen.handler });
      await waitFor(() => seen.received.length >= 1, { what: 'the third event' });
      await store().append(stream, [contractEvent(3)]);
      await waitFor(() => seen.received.length >= 2, { what: 'the live event' });
      expect(seen.received.map((event) => event.revision)).toEqual([2, 3]);
    });

    it('has no checkpoint for a subscriber that never handled an event', async () => {
      expect(await store().readCheckpoint(subscriberId('never'))).toBeNull();
    });

    it('resumes a checkpointed subscriber after stop without re-delivering what it handled', async () => {
      const stream = uniqueStream('resume');
      const id = subscriberId('resume');
      const head = await store().headPosition();
      await store().append(stream, contractEvents(3));
      const first = collector([stream]);
      const subscription = await subscribe({ subscriberId: id, after: head, handler: first.handler });
      await waitFor(() => first.received.length >= 3, { what: 'first run' });
      await subscription.stop();
      expect(await store().readCheckpoint(id)).toBe(first.received[2]?.position);

      await store().append(stream, [contractEvent(3), contractEvent(4)]);
      const second = collector([stream]);
      // `after` is ignored once a checkpoint exists.
      await subscribe({ subscriberId: id, after: head, handler: second.handler });
      await waitFor(() => second.received.length >= 2, { what: 'second run' });
      // A sentinel appended last: once it arrives, anything re-delivered would have arrived before it.
      await store().append(stream, [contractEvent(5)]);
      await waitFor(() => second.received.length >= 3, { what: 'the sentinel' });
      expect(second.received.map((event) => event.event.payload['n'])).toEqual([3, 4, 5]);
      await waitFor(async () => (await store().readCheckpoint(id)) === second.received[2]?.position, { what: 'checkpoint' });
    });

    it('stops on a handler failure, reports it through onError, and redelivers the failed event on resubscribe', async () => {
      const stream = uniqueStream('failure');
      const id = subscriberId('failure');
      const head = await store().headPosition();
      await store().append(stream, contractEvents(3));
      const handled: RecordedEvent[] = [];
      const errors: Error[] = [];
      const failing = await subscribe({
        subscriberId: id,
        after: head,
        handler: async (event) => {
          if (event.streamId !== stream) return;
          if (event.event.payload['n'] === 1) throw new Error('handler broke on n=1');
          handled.push(event);
        },
        onError: (error) => errors.push(error),
      });
      await waitFor(() => errors.length > 0, { what: 'onError' });
      expect(errors.map((error) => error.message)).toEqual(['handler broke on n=1']);
      expect(handled.map((event) => event.event.payload['n'])).toEqual([0]);
      expect(failing.lastPosition).toBe(handled[0]?.position);
      expect(await store().readCheckpoint(id)).toBe(handled[0]?.position);

      const retry = collector([stream]);
      await subscribe({ subscriberId: id, after: head, handler: retry.handler });
      await waitFor(() => retry.received.length >= 2, { what: 'redelivery' });
      expect(retry.received.map((event) => event.event.payload['n'])).toEqual([1, 2]);
    });

    it('stop() waits for the handler in progress and delivers nothing after it', async () => {
      const stream = uniqueStream('drain');
      const id = subscriberId('drain');
      const head = await store().headPosition();
      const gate = deferred();
      const calls: RecordedEvent[] = [];
      let finished = false;
      const subscription = await subscribe({
        subscriberId: id,
        after: head,
        handler: async (event) => {
          if (event.streamId !== stream) return;
          calls.push(event);
          await gate.promise;
          finished = true;
        },
      });
      await store().append(stream, contractEvents(2));
      await waitFor(() => calls.length === 1, { what: 'the handler to start' });

      let stopped = false;
      const stopping = subscription.stop().then(() => (stopped = true));
      await nextTurn();
      expect(stopped).toBe(false);
      gate.resolve();
      await stopping;
      expect(finished).toBe(true);
      expect(calls).toHaveLength(1);
      expect(await store().readCheckpoint(id)).toBe(calls[0]?.position);
    });
  });
}
