import type { SqlDatabase } from '@switchboard/infra-sql';
import type { ClaimOutcome, DedupStore } from '../dedup-store';
import { turnBatcher } from '../turn-batcher';

// An expired row counts as absent: it is taken over in place, so the purge is only housekeeping.
const CLAIM = `insert into ingestion_dedup (key, state, owner, expires_at)
  select key, 'pending', owner, now() + ttl * interval '1 millisecond'
    from unnest($1::text[], $2::text[], $3::bigint[]) as claim (key, owner, ttl)
  on conflict (key) do update set state = 'pending', owner = excluded.owner, expires_at = excluded.expires_at
    where ingestion_dedup.expires_at <= now()
  returning key`;

const CONFIRM = `insert into ingestion_dedup (key, state, owner, expires_at)
  select key, 'done', null, now() + $2::bigint * interval '1 millisecond' from unnest($1::text[]) as key
  on conflict (key) do update set state = 'done', owner = null, expires_at = excluded.expires_at`;

const RELEASE = `delete from ingestion_dedup where key = any($1::text[]) and state = 'pending' and owner = $2`;

// Bounded, so one purge never holds a long lock on a large backlog.
const PURGE = `delete from ingestion_dedup where key in (
  select key from ingestion_dedup where expires_at <= now() limit 10000)`;

interface ClaimRequest {
  readonly keys: readonly string[];
  readonly owner: string;
  readonly ttlMs: number;
}

/**
 * SQL adapter (embedded mode; PostgreSQL works too): the database clock decides expiry for every
 * process alike. Claims and confirmations made during one event-loop turn share one statement,
 * which is what keeps PGlite (one connection, one statement at a time) from being the bottleneck.
 */
export function createSqlDedupStore(db: SqlDatabase): DedupStore {
  const claim = turnBatcher<ClaimRequest, ClaimOutcome[]>((requests) => claimAll(db, requests));
  const confirm = turnBatcher<{ readonly keys: readonly string[]; readonly ttlMs: number }, void>(async (requests) => {
    for (const ttlMs of new Set(requests.map((request) => request.ttlMs))) {
      const keys = [...new Set(requests.filter((request) => request.ttlMs === ttlMs).flatMap((request) => request.keys))];
      await db.query(CONFIRM, [keys, ttlMs]);
    }
    return requests.map(() => undefined);
  });

  return {
    kind: 'sql',
    claim: (keys, owner, claimTtlMs) => (keys.length === 0 ? Promise.resolve([]) : claim({ keys, owner, ttlMs: claimTtlMs })),
    confirm: (keys, ttlMs) => (keys.length === 0 ? Promise.resolve() : confirm({ keys, ttlMs })),
    async release(keys, owner) {
      if (keys.length > 0) await db.query(RELEASE, [[...keys], owner]);
    },
    async purgeExpired() {
      return (await db.query(PURGE)).rowCount;
    },
  };
}

/**
 * One statement for a batch of claims, with the outcomes a sequence of single claims would have
 * had: the first request naming a key may claim it; every later mention of it reads in-flight.
 */
async function claimAll(db: SqlDatabase, requests: readonly ClaimRequest[]): Promise<ClaimOutcome[][]> {
  const firstClaimant = new Map<string, ClaimRequest>();
  for (const request of requests) for (const key of request.keys) if (!firstClaimant.has(key)) firstClaimant.set(key, request);
  const keys = [...firstClaimant.keys()];
  const claimants = [...firstClaimant.values()];
  const result = await db.query<{ key: string }>(CLAIM, [keys, claimants.map((request) => request.owner), claimants.map((request) => request.ttlMs)]);
  const claimed = new Set(result.rows.map((row) => row.key));
  const others = keys.filter((key) => !claimed.has(key));
  const states = new Map<string, string>();
  if (others.length > 0) {
    const rows = await db.query<{ key: string; state: string }>('select key, state from ingestion_dedup where key = any($1::text[])', [others]);
    for (const row of rows.rows) states.set(row.key, row.state);
  }
  const answered = new Set<string>();
  return requests.map((request) =>
    request.keys.map((key): ClaimOutcome => {
      if (!claimed.has(key)) return states.get(key) === 'done' ? 'done' : 'in-flight';
      if (firstClaimant.get(key) === request && !answered.has(key)) {
        answered.add(key);
        return 'claimed';
      }
      return 'in-flight';
    }),
  );
}
