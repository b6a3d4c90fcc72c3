import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AppConfig, BusKind, EventStoreKind, RoutingStateKind } from './app-config';
import { EnvironmentSchema } from './environment.schema';

/** Start-up refuses to go on: each problem names the variable at fault. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  readonly retriable = false;
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** Service apps (gateway, timeline, router, realtime) only make sense in the distributed mode. */
  readonly requireDistributed?: boolean;
  /** Directory relative paths (DATA_DIR) are resolved against; defaults to the working directory. */
  readonly cwd?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function schemaProblems(env: Env): string[] {
  const known = Object.fromEntries(
    Object.entries(env).filter(([name, value]) => value !== undefined && value !== '' && name in new EnvironmentSchema()),
  );
  const instance = plainToInstance(EnvironmentSchema, known);
  return validateSync(instance).map((error) => {
    const messages = Object.values(error.constraints ?? {}).join(', ');
    return `${error.property}=${JSON.stringify(env[error.property])}: ${messages}`;
  });
}

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Reads and validates the environment once. Defaults are the embedded ones. */
export function loadConfig(env: Env, options: LoadConfigOptions = {}): AppConfig {
  const problems = schemaProblems(env);
  if (problems.length > 0) throw new ConfigError(problems);

  const eventStore = (nonEmpty(env, 'EVENT_STORE') ?? 'pglite') as EventStoreKind;
  const bus = (nonEmpty(env, 'BUS') ?? 'inprocess') as BusKind;
  const routingState = (nonEmpty(env, 'ROUTING_STATE') ?? 'memory') as RoutingStateKind;
  const databaseUrl = nonEmpty(env, 'DATABASE_URL');
  const kurrentdbUrl = nonEmpty(env, 'KURRENTDB_URL');
  const jwtSecret = nonEmpty(env, 'JWT_SECRET');
  const busSecret = nonEmpty(env, 'BUS_SECRET');
  const dataDir = resolve(options.cwd ?? process.cwd(), nonEmpty(env, 'DATA_DIR') ?? '.data');
  const mode = databaseUrl ? 'distributed' : 'embedded';

  if (eventStore === 'postgres' && !databaseUrl) problems.push('DATABASE_URL: required when EVENT_STORE=postgres');
  if (eventStore === 'kurrentdb' && !kurrentdbUrl) problems.push('KURRENTDB_URL: required when EVENT_STORE=kurrentdb');
  if (eventStore === 'pglite' && databaseUrl) {
    problems.push('EVENT_STORE: set EVENT_STORE=postgres or kurrentdb when DATABASE_URL is set (pglite is the embedded store)');
  }
  if (mode === 'distributed' && !jwtSecret) problems.push('JWT_SECRET: required in the distributed mode (DATABASE_URL is set)');
  // Kafka is shared by processes that must open each other's messages; the in-process bus is not.
  if (bus === 'kafka' && !busSecret) problems.push('BUS_SECRET: required with BUS=kafka (every service on the bus must share it)');
  if (options.requireDistributed) {
    if (!databaseUrl) problems.push('DATABASE_URL: required: this service runs in the distributed mode');
    if (bus !== 'kafka') problems.push(`BUS: must be kafka for this service (got ${bus})`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const port = Number(nonEmpty(env, 'PORT') ?? 3000);
  const defaulted: string[] = [];
  const demoSecret = (name: string, fallback: string): string => {
    const value = nonEmpty(env, name);
    if (value) return value;
    defaulted.push(name);
    return fallback;
  };

  return {
    mode,
    port,
    dataDir,
    logLevel: (nonEmpty(env, 'LOG_LEVEL') ?? 'info') as AppConfig['logLevel'],
    database: { kind: databaseUrl ? 'postgres' : 'pglite', ...(databaseUrl ? { url: databaseUrl } : {}), pgliteDir: resolve(dataDir, 'pglite') },
    eventStore: { kind: eventStore, ...(kurrentdbUrl ? { kurrentdbUrl } : {}) },
    bus: {
      kind: bus,
      kafkaBrokers: (nonEmpty(env, 'KAFKA_BROKERS') ?? '127.0.0.1:9092').split(','),
      kafkaClientId: nonEmpty(env, 'KAFKA_CLIENT_ID') ?? 'switchboard',
      secret: busSecret ?? randomBytes(48).toString('base64url'),
      secretGenerated: !busSecret,
    },
    routingState: { kind: routingState, redisUrl: nonEmpty(env, 'REDIS_URL') ?? 'redis://127.0.0.1:6379' },
    auth: {
      jwtSecret: jwtSecret ?? randomBytes(48).toString('base64url'),
      jwtSecretGenerated: !jwtSecret,
      accessTokenTtlSeconds: Number(nonEmpty(env, 'ACCESS_TOKEN_TTL_SECONDS') ?? 8 * 3600),
    },
    timeline: nonEmpty(env, 'TIMELINE_SECRET') ? { secret: nonEmpty(env, 'TIMELINE_SECRET') as string } : {},
    demo: { seed: mode === 'embedded', password: nonEmpty(env, 'DEMO_PASSWORD') ?? 'switchboard' },
    shutdownGraceMs: Number(nonEmpty(env, 'SHUTDOWN_GRACE_MS') ?? 10000),
    publicBaseUrl: (nonEmpty(env, 'PUBLIC_BASE_URL') ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    demoChannelSecrets: {
      twilioAuthToken: demoSecret('TWILIO_AUTH_TOKEN', 'dev-twilio-auth-token'),
      metaAppSecret: demoSecret('META_APP_SECRET', 'dev-meta-app-secret'),
      metaVerifyToken: demoSecret('META_VERIFY_TOKEN', 'dev-meta-verify-token'),
      telegramSecretToken: demoSecret('TELEGRAM_SECRET_TOKEN', 'dev-telegram-secret-token'),
      genericWebhookSecret: demoSecret('GENERIC_WEBHOOK_SECRET', 'dev-generic-webhook-secret'),
      emailInboundToken: demoSecret('EMAIL_INBOUND_TOKEN', 'dev-email-inbound-token'),
      defaulted,
    },
  };
}
