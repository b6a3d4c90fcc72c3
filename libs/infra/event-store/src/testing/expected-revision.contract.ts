import { StreamVersionConflict } from '../errors';
import { contractEvent, contractEvents, expectConflict, uniqueStream, type StoreRef } from './contract.fixtures';

export function describeExpectedRevision(store: StoreRef): void {
  describe('expected revision', () => {
    it('no_stream: creates a new stream, refuses an existing one', async () => {
      const stream = uniqueStream('no-stream');
      await store().append(stream, [contractEvent(0)], { expectedRevision: 'no_stream' });
      await expectConflict(store().append(stream, [contractEvent(1)], { expectedRevision: 'no_stream' }), 0);
      expect(await store().streamRevision(stream)).toBe(0);
    });

    it('stream_exists: refuses a new stream, appends to an existing one', async () => {
      const stream = uniqueStream('exists');
      await expectConflict(store().append(stream, [contractEvent(0)], { expectedRevision: 'stream_exists' }), null);
      expect(await store().readStream(stream)).toEqual([]);
      await store().append(stream, [contractEvent(0)]);
      const result = await store().append(stream, [contractEvent(1)], { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1);
    });

    it('a number: appends only when the stream is at exactly that revision', async () => {
      const stream = uniqueStream('exact');
      await expectConflict(store().append(stream, [contractEvent(0)], { expectedRevision: 0 }), null);
      await store().append(stream, contractEvents(2));
      await expectConflict(store().append(stream, [contractEvent(2)], { expectedRevision: 0 }), 1);
      await expectConflict(store().append(stream, [contractEvent(2)], { expectedRevision: 2 }), 1);
      const result = await store().append(stream, [contractEvent(2)], { expectedRevision: 1 });
      expect(result.nextExpectedRevision).toBe(2);
      expect(await store().streamRevision(stream)).toBe(2);
    });

    it('any (also the default): appends to new and existing streams', async () => {
      const stream = uniqueStream('any');
      expect((await store().append(stream, [contractEvent(0)], { expectedRevision: 'any' })).nextExpectedRevision).toBe(0);
      expect((await store().append(stream, [contractEvent(1)], { expectedRevision: 'any' })).nextExpectedRevision).toBe(1);
      expect((await store().append(stream, [contractEvent(2)])).nextExpectedRevision).toBe(2);
    });

    it('a conflict is a retriable StreamVersionConflict naming the stream, the expectation and the actual revision, and writes nothing', async () => {
      const stream = uniqueStream('conflict');
      await store().append(stream, contractEvents(3));
      const conflict = await expectConflict(store().append(stream, [contractEvent(9)], { expectedRevision: 0 }), 2);
      expect(conflict).toBeInstanceOf(StreamVersionConflict);
      expect(conflict).toMatchObject({ streamId: stream, expected: 0, actual: 2, retriable: true, code: 'STREAM_VERSION_CONFLICT' });
      expect((await store().readStream(stream)).map((event) => event.event.payload['n'])).toEqual([0, 1, 2]);
    });
  });
}
