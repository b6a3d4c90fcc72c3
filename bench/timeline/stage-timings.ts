import { Client } from 'pg';
import { distribution, type Distribution } from './bench-stats';

/** A followed message: when its webhook was answered (epoch ms) and how long until it was visible. */
export interface FollowedMessage {
  readonly sid: string;
  readonly acceptedAt: number;
  readonly visibleMs: number | null;
}

/**
 * Where the time of followed messages went, split at the append of their timeline event:
 * accepted → stored is ingestion, the bus and the timeline's intake; stored → visible is the
 * projection and this benchmark's polling of the API (it backs off to 50 ms).
 */
export interface StageTimings {
  readonly acceptedToStoredMs: Distribution;
  readonly storedToVisibleMs: Distribution;
}

/**
 * The store's `recorded_at` (the appending transaction's start, so an append that queued inside its
 * transaction counts as stored early) of each message's event, found by the provider's message id.
 */
async function storedAt(databaseUrl: string, sids: readonly string[]): Promise<Map<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ sid: string; at: string }>(
      `select envelope->'payload'->>'providerMessageId' as sid, (extract(epoch from recorded_at) * 1000)::text as at
       from event_store_events where envelope->'payload'->>'providerMessageId' = any($1::text[])`,
      [sids],
    );
    return new Map(result.rows.map((row) => [row.sid, Number(row.at)]));
  } finally {
    await client.end();
  }
}

export async function stageTimings(databaseUrl: string, followed: readonly FollowedMessage[]): Promise<StageTimings> {
  const stored = await storedAt(databaseUrl, followed.map((message) => message.sid));
  const toStored: number[] = [];
  const toVisible: number[] = [];
  for (const message of followed) {
    const at = stored.get(message.sid);
    if (at === undefined) continue;
    toStored.push(at - message.acceptedAt);
    if (message.visibleMs !== null) toVisible.push(message.acceptedAt + message.visibleMs - at);
  }
  return { acceptedToStoredMs: distribution(toStored), storedToVisibleMs: distribution(toVisible) };
}

/** The timeline intake's own histogram (`switchboard_timeline_intake_duration_seconds`), read from /metrics. */
export interface IntakeHistogram {
  readonly count: number;
  readonly sumSeconds: number;
  /** Cumulative counts by upper bound in seconds (`+Inf` as Infinity). */
  readonly buckets: ReadonlyMap<number, number>;
}

const INTAKE = 'switchboard_timeline_intake_duration_seconds';

export async function readIntakeHistogram(serviceUrl: string): Promise<IntakeHistogram> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  const buckets = new Map<number, number>();
  for (const match of text.matchAll(new RegExp(`^${INTAKE}_bucket\\{le="([^"]+)"\\} (\\d+)`, 'gm'))) {
    buckets.set(match[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(match[1]), Number(match[2]));
  }
  const value = (name: string) => Number(new RegExp(`^${INTAKE}_${name} ([\\d.e+-]+)`, 'm').exec(text)?.[1] ?? 0);
  return { count: value('count'), sumSeconds: value('sum'), buckets };
}

/** Intake times during a step, from two readings: the mean, and bucket bounds the p50 and p99 are under. */
export interface IntakeTimings {
  readonly count: number;
  readonly meanMs: number;
  readonly p50AtMostMs: number;
  readonly p99AtMostMs: number;
}

export function intakeBetween(before: IntakeHistogram, after: IntakeHistogram): IntakeTimings {
  const count = after.count - before.count;
  const bound = (q: number) => {
    for (const [le, cumulative] of [...after.buckets].sort(([a], [b]) => a - b)) {
      if (cumulative - (before.buckets.get(le) ?? 0) >= q * count) return le * 1000;
    }
    return Number.POSITIVE_INFINITY;
  };
  return {
    count,
    meanMs: count > 0 ? Math.round(((after.sumSeconds - before.sumSeconds) / count) * 100_000) / 100 : 0,
    p50AtMostMs: bound(0.5),
    p99AtMostMs: bound(0.99),
  };
}
