import { contractEvent, contractEvents, idsOf, isStrictlyIncreasing, positionsOf, uniqueStream, type StoreRef } from './contract.fixtures';

export function describeReadAll(store: StoreRef): void {
  describe('readAll and headPosition', () => {
    it('reads everything after a position, in pages of maxCount', async () => {
      const stream = uniqueStream('pages');
      const head = await store().headPosition();
      await store().append(stream, contractEvents(5));
      const pages: number[] = [];
      const read = [];
      let after = head;
      for (;;) {
        const page = await store().readAll({ after, maxCount: 2 });
        pages.push(page.length);
        if (page.length === 0) break;
        read.push(...page);
        after = page[page.length - 1]?.position ?? after;
      }
      expect(pages).toEqual([2, 2, 1, 0]);
      expect(idsOf(read)).toEqual(idsOf(await store().readStream(stream)));
      expect(read.every((event) => event.position > head)).toBe(true);
      expect(isStrictlyIncreasing(positionsOf(read))).toBe(true);
    });

    it('excludes the `after` position itself and returns nothing after the head', async () => {
      const stream = uniqueStream('after');
      await store().append(stream, contractEvents(3));
      const events = await store().readStream(stream);
      expect(idsOf(await store().readAll({ after: events[0]?.position ?? 0 }))).toEqual(idsOf(events.slice(1)));
      expect(await store().readAll({ after: await store().headPosition() })).toEqual([]);
    });

    it('reports the position of the newest event as the head', async () => {
      const before = await store().headPosition();
      expect(before).toBeGreaterThanOrEqual(0);
      const result = await store().append(uniqueStream('head'), [contractEvent(0), contractEvent(1)]);
      const head = await store().headPosition();
      expect(head).toBe(result.position);
      expect(head).toBeGreaterThan(before);
      const [newest] = await store().readAll({ after: before, maxCount: 10 }).then((events) => events.slice(-1));
      expect(newest?.position).toBe(head);
    });
  });
}
