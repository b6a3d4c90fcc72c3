import type Redis from 'ioredis';
import type { ClaimOutcome, DedupStore } from '../dedup-store';

const PREFIX = 'switchboard:dedup:';
const DONE = 'done';

// One key per script call, so the adapter also works on a Redis Cluster (no cross-slot scripts).
const CLAIM = `
if redis.call('SET', KEYS[1], 'pending:' .. ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == '${DONE}' then return 'done' end
return 'in-flight'`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == 'pending:' .. ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

type Callback<T> = (error: Error | null | undefined, value?: T) => void;

interface DedupPipeline {
  dedupClaim(key: string, owner: string, ttlMs: number, callback: Callback<string>): unknown;
  dedupRelease(key: string, owner: string, callback: Callback<number>): unknown;
  set(key: string, value: string, px: 'PX', ttlMs: number, callback: Callback<string>): unknown;
  exec(): Promise<unknown>;
}

/**
 * Redis adapter (distributed mode): SET NX PX for claims, SET PX for done; Redis expires entries
 * itself. Every command issued during one turn of the event loop (all webhooks being handled at
 * that moment) goes out in one pipeline: one socket write instead of one per webhook, which is
 * what the write path costs most at high rates.
 */
export function createRedisDedupStore(client: Redis): DedupStore {
  if (typeof (client as unknown as { dedupClaim?: unknown }).dedupClaim !== 'function') {
    client.defineCommand('dedupClaim', { numberOfKeys: 1, lua: CLAIM });
    client.defineCommand('dedupRelease', { numberOfKeys: 1, lua: RELEASE });
  }
  let pending: DedupPipeline | null = null;

  const command = <T>(add: (pipeline: DedupPipeline, callback: Callback<T>) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (pending === null) {
        pending = client.pipeline() as unknown as DedupPipeline;
        setImmediate(() => {
          const batch = pending;
          pending = null;
          // Each command settles its own promise through its callback; the batch's own outcome adds nothing.
          batch?.exec().catch(() => undefined);
        });
      }
      add(pending, (error, value) => (error ? reject(error) : resolve(value as T)));
    });
  const each = <T>(keys: readonly string[], add: (pipeline: DedupPipeline, key: string, callback: Callback<T>) => void): Promise<T[]> =>
    Promise.all(keys.map((key) => command<T>((pipeline, callback) => add(pipeline, PREFIX + key, callback))));

  return {
    kind: 'redis',
    claim: (keys, owner, claimTtlMs) => each<ClaimOutcome>(keys, (pipeline, key, callback) => pipeline.dedupClaim(key, owner, claimTtlMs, callback as Callback<string>)),
    async confirm(keys, ttlMs) {
      await each<string>(keys, (pipeline, key, callback) => pipeline.set(key, DONE, 'PX', ttlMs, callback));
    },
    async release(keys, owner) {
      await each<number>(keys, (pipeline, key, callback) => pipeline.dedupRelease(key, owner, callback));
    },
    async purgeExpired() {
      return 0;
    },
  };
}
