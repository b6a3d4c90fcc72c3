import { waitFor } from '@switchboard/testing';
import { StreamVersionConflict } from '../errors';
import type { ExpectedRevision } from '../event-store';
import {
  collector,
  contractEvent,
  idsOf,
  isStrictlyIncreasing,
  positionsOf,
  subscriptionTracker,
  uniqueStream,
  type StoreRef,
} from './contract.fixtures';

const RACES = 20;

/** Two writers append to one stream with the same expectation at the same moment. */
async function race(store: StoreRef, stream: string, expectedRevision: ExpectedRevision) {
  const contenders = [contractEvent(100), contractEvent(200)];
  const outcomes = await Promise.allSettled(contenders.map((event) => store().append(stream, [event], { expectedRevision })));
  const winners = contenders.filter((_, index) => outcomes[index]?.status === 'fulfilled');
  const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  return { winners, losers, stored: await store().readStream(stream) };
}

export function describeConcurrency(store: StoreRef): void {
  const subscribe = subscriptionTracker(store);

  describe('concurrency', () => {
    it(`two writers racing on an existing stream with the same expected revision: exactly one wins (${RACES} races at once)`, async () => {
      const streams = Array.from({ length: RACES }, () => uniqueStream('race'));
      await Promise.all(streams.map((stream) => store().append(stream, [contractEvent(0)], { expectedRevision: 'no_stream' })));
      const results = await Promise.all(streams.map((stream) => race(store, stream, 0)));
      for (const { winners, losers, stored } of results) {
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(losers[0]).toBeInstanceOf(StreamVersionConflict);
        expect((losers[0] as StreamVersionConflict).actual).toBe(1);
        expect(stored.map((event) => event.revision)).toEqual([0, 1]);
        expect(stored[1]?.event.id).toBe(winners[0]?.id);
      }
    });

    it(`two writers racing to create the same stream (no_stream): exactly one wins (${RACES} races at once)`, async () => {
      const results = await Promise.all(Array.from({ length: RACES }, () => race(store, uniqueStream('create-race'), 'no_stream')));
      for (const { winners, losers, stored } of results) {
        expect(winners).toHaveLength(1);
        expect(losers[0]).toBeInstanceOf(StreamVersionConflict);
        expect((losers[0] as StreamVersionConflict).actual).toBe(0);
        expect(stored.map((event) => event.event.id)).toEqual([winners[0]?.id]);
      }
    });

    it('many writers on different streams all succeed; readAll and a live subscriber see every event once, in strictly increasing positions', async () => {
      const writers = 20;
      const appendsPerWriter = 5;
      const streams = Array.from({ length: writers }, (_, index) => uniqueStream(`writer${index}`));
      const head = await store().headPosition();
      // Subscribed while the writers run: a position becoming visible after a higher one would be skipped here.
      const live = collector(streams);
      await subscribe({ after: head, handler: live.handler });

      await Promise.all(
        streams.map(async (stream) => {
          let expectedRevision: ExpectedRevision = 'no_stream';
          for (let round = 0; round < appendsPerWriter; round += 1) {
            const result = await store().append(stream, [contractEvent(2 * round), contractEvent(2 * round + 1)], { expectedRevision });
            expectedRevision = result.nextExpectedRevision;
          }
        }),
      );

      const total = writers * appendsPerWriter * 2;
      const wanted = new Set(streams);
      const all = (await store().readAll({ after: head })).filter((event) => wanted.has(event.streamId));
      expect(all).toHaveLength(total);
      expect(new Set(idsOf(all)).size).toBe(total);
      expect(isStrictlyIncreasing(positionsOf(all))).toBe(true);
      for (const stream of streams) {
        const ofStream = all.filter((event) => event.streamId === stream);
        expect(ofStream.map((event) => event.revision)).toEqual(Array.from({ length: appendsPerWriter * 2 }, (_, n) => n));
        expect(ofStream.map((event) => event.event.payload['n'])).toEqual(Array.from({ length: appendsPerWriter * 2 }, (_, n) => n));
      }

      await waitFor(() => live.received.length >= total, { what: `the live subscriber to receive ${total} events`, timeoutMs: 10000 });
      expect(idsOf(live.received)).toEqual(idsOf(all));
      expect(positionsOf(live.received)).toEqual(positionsOf(all));
    });
  });
}
