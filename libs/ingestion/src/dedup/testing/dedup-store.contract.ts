import { randomUUID } from 'node:crypto';
import { waitFor } from '@switchboard/testing';
import type { DedupStore } from '../dedup-store';

const DAY_MS = 24 * 3600 * 1000;
const CLAIM_MS = 30_000;

/**
 * The one behaviour every DedupStore adapter must have. `makeStore` gives a store whose keys do not
 * collide with other runs (each test also makes its own keys); `closeStore` releases it.
 */
export function testDedupStore(name: string, makeStore: () => Promise<DedupStore>, closeStore: (store: DedupStore) => Promise<void> = async () => undefined): void {
  describe(`DedupStore contract: ${name}`, () => {
    let store: DedupStore;
    const key = (label: string) => `tenant-${randomUUID()}/channel/${label}`;
    const owner = () => randomUUID();

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      if (store) await closeStore(store);
    });

    it('lets one delivery claim a new id; another delivery of it meanwhile reads in-flight', async () => {
      const id = key('SM1');
      expect(await store.claim([id], owner(), CLAIM_MS)).toEqual(['claimed']);
      expect(await store.claim([id], owner(), CLAIM_MS)).toEqual(['in-flight']);
    });

    it('reads an id as done, for everyone, once it is confirmed', async () => {
      const id = key('SM2');
      const first = owner();
      await store.claim([id], first, CLAIM_MS);
      await store.confirm([id], DAY_MS);
      expect(await store.claim([id], owner(), CLAIM_MS)).toEqual(['done']);
      expect(await store.claim([id], first, CLAIM_MS)).toEqual(['done']);
    });

    it('answers one outcome per key, in the order given', async () => {
      const done = key('done');
      const held = key('held');
      const fresh = key('fresh');
      await store.confirm([done], DAY_MS);
      await store.claim([held], owner(), CLAIM_MS);
      expect(await store.claim([held, fresh, done], owner(), CLAIM_MS)).toEqual(['in-flight', 'claimed', 'done']);
    });

    it('treats an id given twice in one claim as a duplicate of the first', async () => {
      const id = key('twice');
      expect(await store.claim([id, id], owner(), CLAIM_MS)).toEqual(['claimed', 'in-flight']);
    });

    it("frees only the owner's claim on release, so the provider's retry can claim it", async () => {
      const id = key('released');
      const first = owner();
      await store.claim([id], first, CLAIM_MS);
      await store.release([id], owner());
      expect(await store.claim([id], owner(), CLAIM_MS)).toEqual(['in-flight']);
      await store.release([id], first);
      expect(await store.claim([id], owner(), CLAIM_MS)).toEqual(['claimed']);
    });

    it('never releases an id that is done', async () => {
      const id = key('kept');
      const first = owner();
      await store.claim([id], first, CLAIM_MS);
      await store.confirm([id], DAY_MS);
      await store.release([id], first);
      expect(await store.claim([id], owner(), CLAIM_MS)).toEqual(['done']);
    });

    it('gives exactly one of many concurrent deliveries the claim', async () => {
      const id = key('race');
      const outcomes = (await Promise.all(Array.from({ length: 12 }, () => store.claim([id], owner(), CLAIM_MS)))).flat();
      expect(outcomes.filter((outcome) => outcome === 'claimed')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === 'in-flight')).toHaveLength(11);
    });

    it('lets a claim left behind (a crash before publishing) expire', async () => {
      const id = key('crashed');
      await store.claim([id], owner(), 150);
      await waitFor(async () => (await store.claim([id], owner(), CLAIM_MS))[0] === 'claimed', { timeoutMs: 5000, what: 'the stale claim to expire' });
    });

    it('forgets a done id after its window, and purging expired entries keeps the rest', async () => {
      const short = key('short');
      const long = key('long');
      await store.confirm([short], 150);
      await store.confirm([long], DAY_MS);
      await waitFor(async () => (await store.claim([short], owner(), CLAIM_MS))[0] === 'claimed', { timeoutMs: 5000, what: 'the done id to expire' });
      await store.confirm([key('expired')], 1);
      expect(await store.purgeExpired()).toBeGreaterThanOrEqual(0);
      expect(await store.claim([long], owner(), CLAIM_MS)).toEqual(['done']);
    });

    it('keeps provider ids exactly as given (long, unicode, look-alikes)', async () => {
      const base = key('');
      const ids = [`${base}wamid.${'x'.repeat(480)}`, `${base}ünïcødé:42`, `${base}A`, `${base}a`, `${base}a `];
      await store.confirm([ids[0]!], DAY_MS);
      expect(await store.claim(ids, owner(), CLAIM_MS)).toEqual(['done', 'claimed', 'claimed', 'claimed', 'claimed']);
    });

    it('accepts empty key lists', async () => {
      expect(await store.claim([], owner(), CLAIM_MS)).toEqual([]);
      await store.confirm([], DAY_MS);
      await store.release([], owner());
    });
  });
}
