import type { AppConfig } from '@switchboard/config';
import { createInProcessBus, createKafkaBus, createSealingBus, type Bus } from '@switchboard/infra-bus';
import { createKurrentDbEventStore, createSqlEventStore, type EventStore } from '@switchboard/infra-event-store';
import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { createPgliteDatabase, createPostgresDatabase, type SqlDatabase } from '@switchboard/infra-sql';

export interface Adapters {
  readonly sql: SqlDatabase;
  readonly eventStore: EventStore;
  readonly bus: Bus;
  readonly redis: RedisConnection | null;
}

/** Picks and opens the adapters the configuration asks for. */
export async function createAdapters(config: AppConfig): Promise<Adapters> {
  const sql =
    config.database.kind === 'postgres' && config.database.url
      ? await createPostgresDatabase({ connectionString: config.database.url })
      : await createPgliteDatabase({ dataDir: config.database.pgliteDir });
  const eventStore =
    config.eventStore.kind === 'kurrentdb' && config.eventStore.kurrentdbUrl
      ? await createKurrentDbEventStore(config.eventStore.kurrentdbUrl)
      : await createSqlEventStore(sql);
  const transport =
    config.bus.kind === 'kafka'
      ? createKafkaBus({ brokers: [...config.bus.kafkaBrokers], clientId: config.bus.kafkaClientId })
      : createInProcessBus();
  // Sealed on both adapters, so the embedded mode runs the very path the services do; nothing
  // personal reaches the broker (or a dead-letter topic) in plain text.
  const bus = createSealingBus(transport, config.bus.secret);
  const redis = config.routingState.kind === 'redis' && config.routingState.redisUrl ? createRedisConnection(config.routingState.redisUrl) : null;
  return { sql, eventStore, bus, redis };
}

/** Closes in the reverse order of dependence: consumers drain first, the database closes last. */
export async function closeAdapters(adapters: Adapters): Promise<void> {
  await adapters.bus.close();
  await adapters.eventStore.close();
  await adapters.redis?.close();
  await adapters.sql.close();
}
