import type { BusLogger } from '../bus-logger';
import { stderrBusLogger } from '../bus-logger';

export interface KafkaBusOptions {
  /** `host:port` list; use 127.0.0.1 rather than localhost (Node may resolve it to ::1). */
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Partitions of the topics (and dead-letter topics) that `ensureTopics` creates (default 8). */
  readonly partitions?: number;
  /** Replicas of created topics; -1 (default) takes the broker's `default.replication.factor`. */
  readonly replicationFactor?: number;
  /** A publish not confirmed by then rejects with BusUnavailable (default 8000 ms). */
  readonly publishTimeoutMs?: number;
  /** How long `ping`, `ensureTopics` and joining a group may take before BusUnavailable (default 30000 ms; ping 3000 ms). */
  readonly operationTimeoutMs?: number;
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  /**
   * How long a fetch waits on an idle partition (default 1000 ms). It bounds how long `subscribe`
   * and `stop` take on an idle topic; lower means more idle fetch requests.
   */
  readonly maxWaitTimeInMs?: number;
  /** Partitions of one consumer handled at the same time; each partition stays sequential (default 1). */
  readonly partitionsConsumedConcurrently?: number;
  /** Warnings and errors of kafkajs and of the adapter; a pino logger fits (default: JSON lines on stderr). */
  readonly logger?: BusLogger;
}

export type KafkaBusSettings = Required<KafkaBusOptions> & { readonly pingTimeoutMs: number };

export function resolveKafkaBusOptions(options: KafkaBusOptions): KafkaBusSettings {
  if (options.brokers.length === 0) throw new RangeError('createKafkaBus needs at least one broker');
  return {
    partitions: 8,
    replicationFactor: -1,
    publishTimeoutMs: 8000,
    operationTimeoutMs: 30000,
    pingTimeoutMs: 3000,
    connectionTimeoutMs: 1000,
    requestTimeoutMs: 5000,
    maxWaitTimeInMs: 1000,
    partitionsConsumedConcurrently: 1,
    logger: stderrBusLogger,
    ...withoutUndefined(options),
    brokers: options.brokers,
    clientId: options.clientId,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
