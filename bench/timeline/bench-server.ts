/**
 * One service of the benchmark's distributed deployment, in its own process (the latency phase
 * spawns two): `gateway` (ingestion's webhooks) or `timeline` (the timeline service, with the event
 * relay). Reads BENCH_ROLE, BENCH_TOPIC, BENCH_TENANT and the apps' environment; prints one JSON
 * line `{ "url": ..., "admin": ... }` once listening, then serves until SIGTERM.
 */
import 'reflect-metadata';
import { TenantsService } from '@switchboard/identity-access';
import { startBenchPlatform } from './bench-platform';

async function main(): Promise<void> {
  const role = process.env['BENCH_ROLE'];
  const topic = process.env['BENCH_TOPIC'] ?? '';
  const running = await startBenchPlatform({
    env: {},
    ...(role === 'gateway' ? { channelEventsTopic: topic, timelineModule: false } : { relay: true }),
    timeline: { channelEventsTopic: topic, consumerGroupId: `timeline.${topic}`, projection: { pollIntervalMs: 20 } },
  });
  let admin: { email: string; password: string } | null = null;
  const tenantId = process.env['BENCH_TENANT'];
  if (role === 'gateway' && tenantId) {
    admin = { email: `admin@${tenantId}.bench`, password: 'bench-admin-password' };
    await running.app.get(TenantsService).createTenant({ id: tenantId, name: 'Bench', admin });
  }
  process.stdout.write(`${JSON.stringify({ url: running.url, admin })}\n`);
  process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
