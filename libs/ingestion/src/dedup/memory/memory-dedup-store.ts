import type { ClaimOutcome, DedupStore } from '../dedup-store';

interface Entry {
  readonly state: 'pending' | 'done';
  readonly owner: string | null;
  readonly expiresAt: number;
}

/** In memory, for unit tests and single-process tools; the same semantics as the Redis and SQL adapters. */
export function createMemoryDedupStore(clock: () => number = Date.now): DedupStore {
  const entries = new Map<string, Entry>();
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= clock()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  return {
    kind: 'memory',
    async claim(keys, owner, claimTtlMs) {
      return keys.map((key): ClaimOutcome => {
        const entry = live(key);
        if (entry) return entry.state === 'done' ? 'done' : 'in-flight';
        entries.set(key, { state: 'pending', owner, expiresAt: clock() + claimTtlMs });
        return 'claimed';
      });
    },
    async confirm(keys, ttlMs) {
      for (const key of keys) entries.set(key, { state: 'done', owner: null, expiresAt: clock() + ttlMs });
    },
    async release(keys, owner) {
      for (const key of keys) {
        const entry = live(key);
        if (entry?.state === 'pending' && entry.owner === owner) entries.delete(key);
      }
    },
    async purgeExpired() {
      const before = entries.size;
      for (const key of [...entries.keys()]) live(key);
      return before - entries.size;
    },
  };
}
