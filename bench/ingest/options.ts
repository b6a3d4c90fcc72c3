/** Command-line settings of `bench/ingest.ts`; the defaults keep a run under a minute. */
export interface IngestBenchOptions {
  readonly brokers: string[];
  readonly concurrency: number;
  readonly warmupSeconds: number;
  readonly seconds: number;
  readonly steadyRate: number;
  readonly steadySeconds: number;
  readonly ceilingSeconds: number;
  /** `redis` (the distributed gateway) or `sql` (the embedded mode's store). */
  readonly dedup: 'redis' | 'sql';
  readonly redisUrl: string;
  readonly resultsDir: string;
  /** Where to write a CPU profile of the gateway process, if anywhere. */
  readonly profileDir: string | undefined;
}

const HELP = `usage: node -r ./tools/register-paths.cjs dist/bench/ingest.js [options]
  --brokers=host:port[,..]   Kafka (default $KAFKA_BROKERS or 127.0.0.1:9092)
  --concurrency=N            webhooks in flight in the throughput phase (default 64)
  --seconds=N                throughput phase length (default 15)
  --steady-rate=N            events/s of the steady phase (default 1000)
  --steady-seconds=N         steady phase length (default 10)
  --ceiling-seconds=N        bare-producer phase length (default 10)
  --warmup-seconds=N         untimed warm-up (default 3)
  --dedup=redis|sql          deduplication store of the gateway (default redis)
  --redis=url                (default $REDIS_URL or redis://127.0.0.1:6379)
  --results=dir              where to write JSON and the table (default bench/results)
  --profile=dir              write a CPU profile (.cpuprofile) of the gateway process there`;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv, root: string): IngestBenchOptions {
  const flags = new Map<string, string>();
  for (const argument of argv) {
    if (argument === '--help' || argument === '-h') {
      process.stdout.write(`${HELP}\n`);
      process.exit(0);
    }
    const [, name, value] = /^--([a-z-]+)=(.*)$/.exec(argument) ?? [];
    if (name === undefined || value === undefined) throw new Error(`unknown argument ${argument}\n${HELP}`);
    flags.set(name, value);
  }
  const number = (name: string, fallback: number) => {
    const value = Number(flags.get(name) ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
    return value;
  };
  const dedup = flags.get('dedup') ?? 'redis';
  if (dedup !== 'redis' && dedup !== 'sql') throw new Error('--dedup must be redis or sql');
  return {
    brokers: (flags.get('brokers') ?? env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    concurrency: number('concurrency', 64),
    warmupSeconds: number('warmup-seconds', 3),
    seconds: number('seconds', 15),
    steadyRate: number('steady-rate', 1000),
    steadySeconds: number('steady-seconds', 10),
    ceilingSeconds: number('ceiling-seconds', 10),
    dedup,
    redisUrl: flags.get('redis') ?? env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    resultsDir: flags.get('results') ?? `${root}/bench/results`,
    profileDir: flags.get('profile'),
  };
}
