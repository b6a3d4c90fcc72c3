/**
 * Remembers which provider events were already published, so a redelivered webhook publishes
 * nothing. Claim-then-confirm keeps "nothing accepted is ever lost":
 *
 * 1. `claim` takes each key for a short while (the time a publish may take). A key another
 *    delivery holds reads `in-flight`; a key already published reads `done`.
 * 2. Only after the bus confirmed the publish does `confirm` mark the claimed keys `done`, for the
 *    deduplication window (24 h by default).
 * 3. When the publish fails, `release` gives the claims back at once, so the provider's retry can
 *    claim them again. A claim left behind by a crash simply expires.
 *
 * Adapters: Redis (distributed mode), SQL (embedded mode, with a periodic purge), memory (tests).
 * All are held to one contract suite (`testDedupStore`).
 */
export type ClaimOutcome = 'claimed' | 'in-flight' | 'done';

export interface DedupStore {
  readonly kind: 'redis' | 'sql' | 'memory';
  /**
   * Claims every key that is neither done nor held by another claim, for `claimTtlMs`, on behalf of
   * `owner` (a random token per delivery). Answers one outcome per key, in the order given.
   */
  claim(keys: readonly string[], owner: string, claimTtlMs: number): Promise<ClaimOutcome[]>;
  /** Marks the keys done for `ttlMs`: call only once their events are durably published. */
  confirm(keys: readonly string[], ttlMs: number): Promise<void>;
  /** Drops `owner`'s claims on the keys (and nothing else: a done key or another owner's claim stays). */
  release(keys: readonly string[], owner: string): Promise<void>;
  /** Deletes expired entries where the store does not expire them itself; answers how many. */
  purgeExpired(): Promise<number>;
}

/** Dependency-injection token of the {@link DedupStore} the ingestion module uses. */
export const DEDUP_STORE = 'switchboard:ingestion:DedupStore';
