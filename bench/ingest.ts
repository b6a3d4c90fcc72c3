// `npm run bench:ingest`: signed generic webhooks at a gateway on the real Kafka broker, and in
// the same run the ceiling: a bare kafkajs producer sending the same events with the same
// settings. Prints both, their ratio and the aims; writes JSON and a table under
// bench/results/. See bench/README.md.
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { BareProducer, ceilingLoop } from './ingest/bare-producer';
import { canonicalEvents } from './ingest/canonical-events';
import { BENCH_SECRET } from './ingest/generic-webhooks';
import { closedLoop, openLoop, type LoadOutcome, type LoadTarget } from './ingest/http-load';
import { LatencyRecorder } from './ingest/latency';
import { parseOptions, type IngestBenchOptions } from './ingest/options';
import { phaseResult, type PhaseResult } from './ingest/phase-result';
import { startProgress } from './ingest/progress';
import { buildReport, reportTable, writeReport } from './ingest/report';

const root = resolve(__dirname, '..', '..');

interface Gateway {
  readonly url: string;
  readonly dedup: string;
  readonly database: string;
  stop(): Promise<void>;
}

async function startGateway(options: IngestBenchOptions, topic: string, dataDir: string): Promise<Gateway> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    BUS: 'kafka',
    KAFKA_BROKERS: options.brokers.join(','),
    KAFKA_CLIENT_ID: 'bench-gateway',
    BUS_SECRET: 'a-benchmark-bus-secret-that-is-long-enough-0123',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    PORT: '0',
    GENERIC_WEBHOOK_SECRET: BENCH_SECRET,
    BENCH_TOPIC: topic,
    ...(options.dedup === 'redis' ? { ROUTING_STATE: 'redis', REDIS_URL: options.redisUrl } : {}),
  };
  const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const child: ChildProcess = fork(join(__dirname, 'ingest', 'ingest-server.js'), [], { env, execArgv: [...profile, '-r', join(root, 'tools', 'register-paths.cjs')] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = await new Promise<{ url: string; dedup: string; database: string }>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('the gateway did not start within 90 s')), 90_000);
    child.on('message', (message: { kind?: string; url: string; dedup: string; database: string }) => {
      if (message.kind !== 'listening') return;
      clearTimeout(timer);
      done(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the gateway exited during start (code ${code})`));
    });
  });
  return {
    ...ready,
    async stop() {
      child.send({ kind: 'stop' });
      await exited;
    },
  };
}

async function timed(name: string, seconds: number, run: (outcome: LoadOutcome) => Promise<void>, targetRate?: number): Promise<PhaseResult> {
  const outcome: LoadOutcome = { latencies: new LatencyRecorder(), errors: {} };
  const stop = startProgress(name, seconds, outcome.latencies, () => Object.values(outcome.errors).reduce((sum, count) => sum + count, 0));
  const started = Date.now();
  await run(outcome);
  stop();
  return phaseResult(name, (Date.now() - started) / 1000, outcome.latencies, outcome.errors, targetRate);
}

async function topicMessages(brokers: readonly string[], topic: string): Promise<number> {
  const admin = new Kafka({ clientId: 'bench-admin', brokers: [...brokers], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
  } finally {
    await admin.disconnect();
  }
}

async function deleteTopics(brokers: readonly string[], topics: string[]): Promise<void> {
  const admin = new Kafka({ clientId: 'bench-admin', brokers: [...brokers], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    await admin.deleteTopics({ topics: topics.filter((topic) => existing.has(topic)) });
  } finally {
    await admin.disconnect();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env, root);
  const runId = Date.now().toString(36);
  const topic = `bench.channel-events.${runId}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
  process.stdout.write(`Ingest benchmark ${runId}: Kafka ${options.brokers.join(',')}, dedup ${options.dedup}, ${options.concurrency} in flight\n`);

  let gateway: Gateway | undefined;
  try {
    gateway = await startGateway(options, topic, dataDir);
    process.stdout.write(`  gateway at ${gateway.url} (database ${gateway.database}, dedup ${gateway.dedup})\n`);
    const target: LoadTarget = { baseUrl: gateway.url, runId, next: 0 };

    const warmup = await timed('warm-up (not counted)', options.warmupSeconds, (outcome) => closedLoop(target, options.concurrency, options.warmupSeconds, outcome));
    const throughput = await timed(`gateway, ${options.concurrency} in flight`, options.seconds, (outcome) => closedLoop(target, options.concurrency, options.seconds, outcome));
    const steady = await timed(
      `gateway, steady ${options.steadyRate}/s`,
      options.steadySeconds,
      (outcome) => openLoop(target, options.steadyRate, options.steadySeconds, outcome),
      options.steadyRate,
    );
    const accepted = warmup.accepted + throughput.accepted + steady.accepted;
    const onTopic = { messages: await topicMessages(options.brokers, topic), accepted };
    await gateway.stop();
    gateway = undefined;

    process.stdout.write('  preparing the same events for the bare producer ...\n');
    const events = await canonicalEvents(runId, 5000);
    const producer = new BareProducer(options.brokers, topic);
    await producer.connect();
    await timed('bare producer warm-up', 1, (outcome) => ceilingLoop(producer, events, options.concurrency, 1, outcome));
    const ceiling = await timed(`bare kafkajs, ${options.concurrency} in flight`, options.ceilingSeconds, (outcome) =>
      ceilingLoop(producer, events, options.concurrency, options.ceilingSeconds, outcome),
    );
    await producer.disconnect();

    const report = buildReport({
      settings: { ...options, brokers: options.brokers.join(','), database: 'pglite', topicPartitions: 8, acks: -1 },
      gateway: throughput,
      steady,
      ceiling,
      onTopic,
    });
    process.stdout.write(`\n${reportTable(report)}\n\n`);
    process.stdout.write(`Written ${writeReport(report, options.resultsDir)} (and .md)\n`);
  } finally {
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await deleteTopics(options.brokers, [topic, `${topic}.dlq`, `${topic}.outbound`, `${topic}.outbound.dlq`]).catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:ingest failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
