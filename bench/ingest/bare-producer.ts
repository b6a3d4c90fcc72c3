import { performance } from 'node:perf_hooks';
import { Kafka, Partitioners, logLevel, type Message, type Producer } from 'kafkajs';
import type { EncodedEvent } from './canonical-events';
import type { LoadOutcome } from './http-load';

// The bus adapter's settings (libs/infra/bus/src/kafka): client timeouts and retries, producer
// retries and partitioner, acks=-1, one produce request in flight carrying everything queued,
// up to 1000 messages / 512 KiB per request.
const MAX_BATCH_MESSAGES = 1000;
const MAX_BATCH_BYTES = 512 * 1024;

interface Pending {
  readonly message: Message;
  readonly bytes: number;
  readonly done: (error?: unknown) => void;
}

/** A bare kafkajs producer with the bus's batching: what the gateway's publishes could cost at best. */
export class BareProducer {
  private readonly producer: Producer;
  private readonly queue: Pending[] = [];
  private sending = false;

  constructor(brokers: readonly string[], private readonly topic: string) {
    const kafka = new Kafka({
      clientId: 'bench-bare-producer',
      brokers: [...brokers],
      connectionTimeout: 1000,
      requestTimeout: 5000,
      enforceRequestTimeout: true,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
      logLevel: logLevel.WARN,
    });
    this.producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, retry: { retries: 6, initialRetryTime: 100, maxRetryTime: 1000 } });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  send(event: EncodedEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { key: event.key, value: event.value }, bytes: event.key.length + event.value.length, done: (error) => (error ? reject(error) : resolve()) });
      if (!this.sending) void this.pump();
    });
  }

  private async pump(): Promise<void> {
    this.sending = true;
    while (this.queue.length > 0) {
      const batch: Pending[] = [];
      let bytes = 0;
      for (let next = this.queue[0]; next !== undefined; next = this.queue[0]) {
        if (batch.length > 0 && (batch.length >= MAX_BATCH_MESSAGES || bytes + next.bytes > MAX_BATCH_BYTES)) break;
        batch.push(next);
        bytes += next.bytes;
        this.queue.shift();
      }
      try {
        await this.producer.sendBatch({ topicMessages: [{ topic: this.topic, messages: batch.map((pending) => pending.message) }], acks: -1, timeout: 5000 });
        for (const pending of batch) pending.done();
      } catch (error) {
        for (const pending of batch) pending.done(error);
      }
    }
    this.sending = false;
  }
}

/** `concurrency` callers, each publishing its next event once the last one was acknowledged: the gateway's load, minus the gateway. */
export async function ceilingLoop(producer: BareProducer, events: readonly EncodedEvent[], concurrency: number, seconds: number, outcome: LoadOutcome): Promise<void> {
  const end = performance.now() + seconds * 1000;
  let next = 0;
  const caller = async () => {
    while (performance.now() < end) {
      const event = events[next++ % events.length];
      if (event === undefined) return;
      const started = performance.now();
      try {
        await producer.send(event);
        outcome.latencies.record(performance.now() - started);
      } catch {
        outcome.errors['kafka'] = (outcome.errors['kafka'] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
}
