import { createEnvelope, newId } from '@switchboard/contracts';
import type { ReadStreamOptions } from '../event-store';
import { contractEvent, contractEvents, isStrictlyIncreasing, positionsOf, uniqueStream, type StoreRef } from './contract.fixtures';

export function describeAppendAndReadStream(store: StoreRef): void {
  describe('append and readStream', () => {
    it('appends events with 0-based revisions and reads them back in order', async () => {
      const stream = uniqueStream('append');
      const events = contractEvents(3);
      const result = await store().append(stream, events, { expectedRevision: 'no_stream' });
      const read = await store().readStream(stream);
      expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
      expect(read.map((event) => event.streamId)).toEqual([stream, stream, stream]);
      expect(read.map((event) => event.event)).toEqual(events);
      expect(isStrictlyIncreasing(positionsOf(read))).toBe(true);
      expect(result).toEqual({ nextExpectedRevision: 2, position: read[2]?.position });
      expect(await store().streamRevision(stream)).toBe(2);
    });

    it('round-trips an envelope exactly', async () => {
      const stream = uniqueStream('round-trip');
      const cause = contractEvent(0);
      const envelope = createEnvelope(
        {
          type: 'message.received.v1',
          tenantId: 'contract',
          occurredAt: '2026-01-02T03:04:05.678Z',
          source: { channel: 'whatsapp', provider: 'meta', providerEventId: 'wamid.HBgL==', channelId: 'acme-wa' },
          subject: { customerId: 'cus-1', conversationId: 'con-1' },
          correlationId: cause.correlationId,
          causationId: cause.id,
          payload: {
            text: 'Grüße 👋 "quoted" \\ back\nslash',
            empty: '',
            amount: -12.75,
            big: 9007199254740991,
            flags: [true, false, null],
            nested: { deeper: { list: [1, 'two', { three: 3 }] } },
            nothing: null,
          },
        },
        { now: () => new Date('2026-01-02T03:04:06.000Z'), newId },
      );
      await store().append(stream, [envelope]);
      const [read] = await store().readStream(stream);
      expect(read?.event).toStrictEqual(envelope);
    });

    it('reads forwards from a revision and at most maxCount events', async () => {
      const stream = uniqueStream('forwards');
      await store().append(stream, contractEvents(5));
      const revisions = async (options: ReadStreamOptions) =>
        (await store().readStream(stream, options)).map((event) => event.revision);
      expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4]);
      expect(await revisions({ fromRevision: 1, maxCount: 2 })).toEqual([1, 2]);
      expect(await revisions({ maxCount: 1 })).toEqual([0]);
      expect(await revisions({ fromRevision: 5 })).toEqual([]);
    });

    it('reads backwards from the end or from a revision', async () => {
      const stream = uniqueStream('backwards');
      await store().append(stream, contractEvents(5));
      const revisions = async (options: ReadStreamOptions) =>
        (await store().readStream(stream, { direction: 'backwards', ...options })).map((event) => event.revision);
      expect(await revisions({})).toEqual([4, 3, 2, 1, 0]);
      expect(await revisions({ maxCount: 2 })).toEqual([4, 3]);
      expect(await revisions({ fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
      expect(await revisions({ fromRevision: 0 })).toEqual([0]);
    });

    it('reads a stream that does not exist as empty, with no revision', async () => {
      const stream = uniqueStream('missing');
      expect(await store().readStream(stream)).toEqual([]);
      expect(await store().readStream(stream, { direction: 'backwards' })).toEqual([]);
      expect(await store().streamRevision(stream)).toBeNull();
    });

    it('continues a stream across appends', async () => {
      const stream = uniqueStream('continue');
      const first = await store().append(stream, contractEvents(2));
      const second = await store().append(stream, [contractEvent(2)], { expectedRevision: first.nextExpectedRevision });
      expect(second.nextExpectedRevision).toBe(2);
      expect(second.position).toBeGreaterThan(first.position);
      expect((await store().readStream(stream)).map((event) => event.event.payload['n'])).toEqual([0, 1, 2]);
    });

    it('refuses an empty append', async () => {
      await expect(store().append(uniqueStream('empty'), [])).rejects.toThrow();
    });

    it('treats a retried append (same event ids, same expected revision) as done once', async () => {
      const stream = uniqueStream('retry');
      const events = contractEvents(2);
      const first = await store().append(stream, events, { expectedRevision: 'no_stream' });
      const retried = await store().append(stream, events, { expectedRevision: 'no_stream' });
      expect(retried.nextExpectedRevision).toBe(first.nextExpectedRevision);
      const later = [contractEvent(2)];
      await store().append(stream, later, { expectedRevision: 1 });
      await store().append(stream, later, { expectedRevision: 1 });
      expect((await store().readStream(stream)).map((event) => event.event.id)).toEqual([...events, ...later].map((e) => e.id));
    });

    it('answers a ping', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
    });
  });
}
