import type { ExpectedRevision, RecordedEvent } from '../event-store';
import { contractEvent, idsOf, isStrictlyIncreasing, positionsOf, uniqueStream, type StoreRef } from './contract.fixtures';

const WRITERS = 24;
const APPENDS_PER_WRITER = 8;
/** Followers' page sizes: small pages read often, right behind the writers; a large one reads in bulk. */
const FOLLOWER_PAGES = [1, 3, 100];

/** One writer: appends of 1 to 3 events with exact expectations, as fast as the store takes them. */
async function write(store: StoreRef, stream: string): Promise<number> {
  let expectedRevision: ExpectedRevision = 'no_stream';
  let written = 0;
  for (let round = 0; round < APPENDS_PER_WRITER; round += 1) {
    const batch = Array.from({ length: 1 + (round % 3) }, () => contractEvent(written++));
    expectedRevision = (await store().append(stream, batch, { expectedRevision })).nextExpectedRevision;
  }
  return written;
}

/**
 * Follows `all` the way a projection does: read a page after the last position seen, move on.
 * Every event read is remembered, whichever stream it belongs to, so a position seen twice or going
 * backwards shows up too.
 */
async function follow(store: StoreRef, after: number, pageSize: number, writing: () => boolean): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  let cursor = after;
  for (;;) {
    const stillWriting = writing();
    const page = await store().readAll({ after: cursor, maxCount: pageSize });
    seen.push(...page);
    cursor = page[page.length - 1]?.position ?? cursor;
    // One empty read after the writers finished: everything they appended was committed before it.
    if (page.length === 0 && !stillWriting) return seen;
  }
}

export function describeGlobalOrder(store: StoreRef): void {
  describe('global order under concurrent appends', () => {
    it(`readers following all while ${WRITERS} writers append at once each see every event exactly once, in position order, skipping none`, async () => {
      const streams = Array.from({ length: WRITERS }, (_, index) => uniqueStream(`order${index}`));
      const head = await store().headPosition();
      let writing = true;
      const writers = Promise.all(streams.map((stream) => write(store, stream))).finally(() => {
        writing = false;
      });
      const [written, ...followers] = await Promise.all([writers, ...FOLLOWER_PAGES.map((pageSize) => follow(store, head, pageSize, () => writing))]);

      const total = written.reduce((sum, count) => sum + count, 0);
      const wanted = new Set(streams);
      const ours = (events: readonly RecordedEvent[]) => events.filter((event) => wanted.has(event.streamId));
      const final = ours(await store().readAll({ after: head }));
      expect(final).toHaveLength(total);
      // Never skipping: an event committed after the follower had passed its position would be in
      // the final read but missing from what the follower saw.
      for (const followed of followers) {
        expect(idsOf(ours(followed))).toEqual(idsOf(final));
        expect(isStrictlyIncreasing(positionsOf(followed))).toBe(true);
      }
      for (const stream of streams) {
        const revisions = final.filter((event) => event.streamId === stream).map((event) => event.revision);
        expect(revisions).toEqual(revisions.map((_, n) => n));
      }
    });
  });
}
