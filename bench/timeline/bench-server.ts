/**
 * One service of the benchmark's distributed deployment, in its own process (the latency phase
 * spawns two): `gateway` (ingestion's webhooks) or `timeline` (the timeline service, with the event
 * relay). Reads BENCH_ROLE, BENCH_TOPIC, BENCH_TENANT, BENCH_TIMELINE_CONSUMERS, BENCH_QUERY_CENSUS (see
 * query-census.ts) and the apps' environment; prints one JSON
 * line `{ "url": ..., "admin": ... }` once listening, then serves until SIGTERM.
 */
import 'reflect-metadata';
import { TenantsService } from '@switchboard/identity-access';
import { startBenchPlatform } from './bench-platform';
import { startQueryCensus } from './query-census';

/** BENCH_TIMELINE_CONSUMERS: the timeline's intake consumers, to try other than the default. */
function consumers(): { consumers?: number } {
  const value = Number(process.env['BENCH_TIMELINE_CONSUMERS'] ?? '');
  return Number.isInteger(value) && value > 0 ? { consumers: value } : {};
}

async function main(): Promise<void> {
  const role = process.env['BENCH_ROLE'];
  const census = process.env['BENCH_QUERY_CENSUS'];
  const writeCensus = census ? startQueryCensus(`${census}.${role ?? 'server'}.json`) : () => undefined;
  const topic = process.env['BENCH_TOPIC'] ?? '';
  const running = await startBenchPlatform({
    env: {},
    ...(role === 'gateway' ? { channelEventsTopic: topic, timelineModule: false } : { relay: true }),
    timeline: { channelEventsTopic: topic, consumerGroupId: `timeline.${topic}`, projection: { pollIntervalMs: 20 }, ...consumers() },
  });
  let admin: { email: string; password: string } | null = null;
  const tenantId = process.env['BENCH_TENANT'];
  if (role === 'gateway' && tenantId) {
    admin = { email: `admin@${tenantId}.bench`, password: 'bench-admin-password' };
    await running.app.get(TenantsService).createTenant({ id: tenantId, name: 'Bench', admin });
  }
  process.stdout.write(`${JSON.stringify({ url: running.url, admin })}\n`);
  process.once('SIGTERM', () =>
    void running.close().then(() => {
      writeCensus();
      process.exit(0);
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
