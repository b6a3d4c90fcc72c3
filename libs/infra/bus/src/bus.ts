import type { EventEnvelope } from '@switchboard/contracts';

/**
 * The bus port: topics of canonical envelopes, partitioned by key. Adapters: Kafka (kafkajs)
 * and an in-process bus with the same semantics.
 *
 * Semantics every adapter honours (and the shared contract suite checks):
 * - `publish` resolves only once every message is durably accepted (Kafka: acks=-1); it rejects
 *   with {@link BusUnavailable} otherwise, and then nothing may be assumed published.
 * - Messages with the same key are delivered to a group in the order they were published.
 * - Each consumer group sees each message at least once; its offset is committed only after the
 *   handler resolves, so a handler failure or a crash means redelivery.
 * - A message whose handler keeps failing is retried `maxAttempts` times, then published to the
 *   dead-letter topic (with the error in headers) and committed, so one poison message never
 *   blocks its partition.
 */
export interface OutgoingMessage {
  readonly key: string;
  readonly event: EventEnvelope;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ConsumedMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly event: EventEnvelope;
  readonly headers: Readonly<Record<string, string>>;
  /** 1 on first delivery to this handler, then 2, 3, ... on retries. */
  readonly attempt: number;
}

export type MessageHandler = (message: ConsumedMessage) => Promise<void>;

export interface RetryPolicy {
  /** Total attempts before dead-lettering (default 3). */
  readonly maxAttempts?: number;
  /** Delay before the first retry, doubled each time (default 100 ms). */
  readonly initialBackoffMs?: number;
}

export interface SubscribeOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly handler: MessageHandler;
  /** Where a new group starts: the earliest retained message (default) or only new ones. */
  readonly fromBeginning?: boolean;
  readonly retry?: RetryPolicy;
}

export interface BusConsumer {
  /** Stops fetching, lets the handler in progress finish and commits its offset, then resolves. */
  stop(): Promise<void>;
}

/** Headers added to a dead-lettered message. */
export const DeadLetterHeaders = {
  error: 'x-dead-letter-error',
  originalTopic: 'x-dead-letter-topic',
  originalPartition: 'x-dead-letter-partition',
  originalOffset: 'x-dead-letter-offset',
  attempts: 'x-dead-letter-attempts',
} as const;

export interface Bus {
  readonly kind: 'inprocess' | 'kafka';
  /** Creates the topics (and their dead-letter topics) if missing. Idempotent. */
  ensureTopics(topics: readonly string[]): Promise<void>;
  publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<BusConsumer>;
  ping(): Promise<void>;
  /** Stops every consumer (draining in-flight handlers) and disconnects. */
  close(): Promise<void>;
}
