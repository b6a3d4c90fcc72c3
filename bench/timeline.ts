/**
 * The timeline benchmark (issue 4):
 *   1. webhook accepted → visible in the timeline API, at a steady rate (default 500/s), on Kafka +
 *      PostgreSQL, through ingestion (signed Twilio SMS webhooks) — p50/p99;
 *   2. projection throughput while rebuilding a store of ≥ 100,000 events;
 *   3. timeline page latency (HTTP) for a customer with 10,000 entries.
 * Prints a table and writes JSON under bench/results/. Needs PostgreSQL, Kafka and Redis (as the
 * integration tests do: TEST_DATABASE_URL, TEST_KAFKA_BROKERS, TEST_REDIS_URL, or their defaults).
 * Knobs: BENCH_RATES (comma-separated, default 200,500), BENCH_SECONDS (per rate, default 10), BENCH_CUSTOMERS, BENCH_EVENTS, BENCH_BIG_ENTRIES, BENCH_SKIP (latency,rebuild),
 * BENCH_TIMELINE_CONSUMERS (the timeline service's intake consumers; default: the module's), BENCH_QUERY_CENSUS (a file
 * prefix: each bench server writes its SQL statements, counted by kind, there when it stops).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { table } from './timeline/bench-stats';
import { runLatencyPhase, type LatencyResult } from './timeline/latency-phase';
import { runRebuildPhase, type RebuildResult } from './timeline/rebuild-phase';

const env = (name: string, fallback: string) => process.env[name] || fallback;
const number = (name: string, fallback: number) => Number(env(name, String(fallback)));

async function main(): Promise<void> {
  const skip = new Set(env('BENCH_SKIP', '').split(',').filter(Boolean));
  const adminDatabaseUrl = env('TEST_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/test');
  const settings = {
    rates: env('BENCH_RATES', '200,500').split(',').map(Number),
    seconds: number('BENCH_SECONDS', 10),
    customers: number('BENCH_CUSTOMERS', 100),
    events: number('BENCH_EVENTS', 100_000),
    bigEntries: number('BENCH_BIG_ENTRIES', 10_000),
  };
  // The load average says whether the machine was shared while measuring: numbers are only comparable on a quiet one.
  const loadBefore = loadavg().map((value) => Math.round(value * 100) / 100);
  process.stderr.write(`Timeline benchmark on ${cpus().length} CPUs, node ${process.version}, load average ${loadBefore.join(' ')}\n`);
  let latency: LatencyResult | null = null;
  let rebuild: RebuildResult | null = null;
  if (!skip.has('latency')) {
    process.stderr.write(`\n1. webhook accepted → visible, ${settings.rates.join(' then ')}/s for ${settings.seconds} s each (Kafka + PostgreSQL + Redis, through ingestion)\n`);
    latency = await runLatencyPhase({
      adminDatabaseUrl,
      kafkaBrokers: env('TEST_KAFKA_BROKERS', '127.0.0.1:9092'),
      redisUrl: env('TEST_REDIS_URL', 'redis://127.0.0.1:6379'),
      rates: settings.rates,
      seconds: settings.seconds,
      customers: settings.customers,
      samplesPerSecond: 5,
    });
  }
  if (!skip.has('rebuild')) {
    process.stderr.write(`\n2-3. rebuild of ≥ ${settings.events.toLocaleString('en')} events, then pages of a ${settings.bigEntries.toLocaleString('en')}-entry timeline (PostgreSQL)\n`);
    rebuild = await runRebuildPhase({ adminDatabaseUrl, events: settings.events, bigCustomerEntries: settings.bigEntries, workers: 8 });
  }

  const rows: [string, string, string][] = [['measure', 'result', 'aim']];
  for (const step of latency?.steps ?? []) {
    const l = step.acceptedToVisibleMs;
    rows.push([`${step.rate}/s: accepted → visible p50 / p99`, `${l.p50} / ${l.p99} ms (${l.count} samples, max ${l.max})`, 'p99 < 250 ms at 500/s']);
    rows.push([`${step.rate}/s: rate achieved`, `${step.achievedRate}/s over ${step.seconds} s (${step.failed} failed, ${step.timedOut} not visible in 15 s, backlog drained ${step.drainSeconds ?? '—'} s after)`, `${step.rate}/s`]);
    rows.push([`${step.rate}/s: webhook answered p50 / p99`, `${step.webhookAcceptMs.p50} / ${step.webhookAcceptMs.p99} ms`, '']);
    const { acceptedToStoredMs: stored, storedToVisibleMs: shown } = step.stages;
    rows.push([`${step.rate}/s: accepted → stored p50 / p99`, `${stored.p50} / ${stored.p99} ms (ingestion, bus, intake; ${stored.count} samples)`, '']);
    rows.push([`${step.rate}/s: stored → visible p50 / p99`, `${shown.p50} / ${shown.p99} ms (projection, API polling)`, '']);
    rows.push([`${step.rate}/s: intake per event mean / p50 / p99`, `${step.intake.meanMs} / ≤ ${step.intake.p50AtMostMs} / ≤ ${step.intake.p99AtMostMs} ms (${step.intake.count} events)`, '']);
  }
  if (rebuild) {
    rows.push(['rebuild throughput', `${rebuild.rebuildEventsPerSecond.toLocaleString('en')} events/s (${rebuild.storedEvents.toLocaleString('en')} events in ${rebuild.rebuildSeconds} s)`, '≥ 5,000 events/s']);
    rows.push(['timeline first page p50 / p99', `${rebuild.firstPageMs.p50} / ${rebuild.firstPageMs.p99} ms (${rebuild.bigCustomerEntries.toLocaleString('en')} entries, 50 per page)`, '< 20 ms']);
    rows.push(['timeline cursor pages p50 / p99', `${rebuild.cursorPageMs.p50} / ${rebuild.cursorPageMs.p99} ms (${rebuild.cursorPageMs.count} pages to the end)`, '< 20 ms']);
  }
  process.stdout.write(`\n${table(rows)}\n`);
  const loadAfter = loadavg().map((value) => Math.round(value * 100) / 100);
  process.stdout.write(`\n${cpus().length} CPUs; load average ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after.\n`);
  const results = { benchmark: 'timeline', at: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version, loadBefore, loadAfter }, settings, latency, rebuild };
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `timeline-${results.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nResults: ${file}\n`);
  // Kafka clients and pools are closed; anything left (timers of a dropped connection) must not hold the process.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`\nbench:timeline failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
