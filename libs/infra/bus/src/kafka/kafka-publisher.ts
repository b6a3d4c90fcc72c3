import type { Message, Producer, TopicMessages } from 'kafkajs';
import { BusUnavailable } from '../errors';
import { toPublishError } from './kafka-errors';

export interface KafkaPublisher {
  /** Resolves once every message is acknowledged by all in-sync replicas (acks=-1). */
  send(topic: string, messages: readonly Message[]): Promise<void>;
  /** Lets queued publishes finish, then disconnects the producer. */
  close(): Promise<void>;
}

export interface PublisherSettings {
  readonly publishTimeoutMs: number;
  readonly requestTimeoutMs: number;
}

interface Pending {
  readonly topic: string;
  readonly messages: readonly Message[];
  readonly bytes: number;
  settle(error?: Error): void;
}

// Keep one produce request well under the broker's default message.max.bytes (1 MiB per batch).
const MAX_BATCH_MESSAGES = 1000;
const MAX_BATCH_BYTES = 512 * 1024;

const byteLength = (value: Buffer | string | null | undefined): number =>
  value == null ? 0 : typeof value === 'string' ? Buffer.byteLength(value) : value.length;

/**
 * kafkajs sends what one call gives it and nothing more, so the publisher coalesces: one produce
 * request in flight at a time, and every publish that arrives meanwhile rides in the next one.
 * One request at a time also keeps a publisher's messages of one key in call order, even when
 * kafkajs retries a request. Each caller has its own deadline: a publish still queued at its
 * deadline is dropped (certainly not published); one already sent may still land, which is why the
 * port says nothing may be assumed after BusUnavailable.
 */
export function createKafkaPublisher(producer: Producer, settings: PublisherSettings): KafkaPublisher {
  const queue: Pending[] = [];
  let sending = false;
  let pumping: Promise<void> = Promise.resolve();
  let connecting: Promise<void> | undefined;
  let closed = false;

  const connect = (): Promise<void> =>
    (connecting ??= producer.connect().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    }));

  function takeBatch(): Pending[] {
    const batch: Pending[] = [];
    let count = 0;
    let bytes = 0;
    for (let next = queue[0]; next !== undefined; next = queue[0]) {
      const full = count + next.messages.length > MAX_BATCH_MESSAGES || bytes + next.bytes > MAX_BATCH_BYTES;
      if (batch.length > 0 && full) break;
      queue.shift();
      batch.push(next);
      count += next.messages.length;
      bytes += next.bytes;
    }
    return batch;
  }

  function topicMessages(batch: readonly Pending[]): TopicMessages[] {
    const byTopic = new Map<string, Message[]>();
    for (const pending of batch) {
      const messages = byTopic.get(pending.topic) ?? [];
      for (const message of pending.messages) messages.push(message);
      byTopic.set(pending.topic, messages);
    }
    return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
  }

  async function pump(): Promise<void> {
    sending = true;
    try {
      while (queue.length > 0) {
        const batch = takeBatch();
        try {
          await connect();
          await producer.sendBatch({ topicMessages: topicMessages(batch), acks: -1, timeout: settings.requestTimeoutMs });
          for (const pending of batch) pending.settle();
        } catch (error) {
          const failure = toPublishError(error, `publish to ${[...new Set(batch.map((pending) => pending.topic))].join(', ')}`);
          for (const pending of batch) pending.settle(failure);
        }
      }
    } finally {
      sending = false;
    }
  }

  return {
    send(topic, messages) {
      if (closed) return Promise.reject(new BusUnavailable('the Kafka bus is closed'));
      if (messages.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        let settled = false;
        const pending: Pending = {
          topic,
          messages,
          bytes: messages.reduce((sum, message) => sum + byteLength(message.value) + byteLength(message.key), 0),
          settle(error) {
            if (settled) return;
            settled = true;
            clearTimeout(deadline);
            if (error) reject(error);
            else resolve();
          },
        };
        const deadline = setTimeout(() => {
          const index = queue.indexOf(pending);
          if (index >= 0) queue.splice(index, 1);
          pending.settle(new BusUnavailable(`publish to ${topic}: not confirmed within ${settings.publishTimeoutMs} ms`));
        }, settings.publishTimeoutMs);
        queue.push(pending);
        // `sending` flips back in the same synchronous step that sees the queue empty, so nothing is stranded.
        if (!sending) pumping = pump();
      });
    },
    async close() {
      closed = true;
      // Every caller has had its answer by its deadline; a request still hanging on a silent broker
      // after that is cut off by the disconnect.
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, settings.publishTimeoutMs)));
      await Promise.race([pumping, deadline]);
      clearTimeout(timer);
      if (connecting !== undefined) await producer.disconnect();
    },
  };
}
