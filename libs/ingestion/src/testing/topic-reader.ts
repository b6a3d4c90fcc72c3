import { validateEnvelope, type EventEnvelope } from '@switchboard/contracts';
import { testEndpoints, uniqueSuffix, waitFor } from '@switchboard/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

export interface ReadMessage {
  readonly key: string;
  readonly partition: number;
  readonly event: EventEnvelope;
}

/**
 * Reads a topic from its beginning with a consumer group of its own, as any consumer of the
 * platform would, and counts its messages exactly from the partitions' end offsets: "nothing was
 * published" is then a number that did not move, not a wait that ran out. A plain kafkajs consumer
 * that never restarts itself, so a test that stops its broker can still stop the reader for good.
 */
export class TopicReader {
  readonly received: ReadMessage[] = [];

  private constructor(
    readonly topic: string,
    private readonly brokers: readonly string[],
    private readonly consumer: Consumer,
  ) {}

  static async start(topic: string, brokers: readonly string[] = testEndpoints.kafkaBrokers): Promise<TopicReader> {
    const kafka = new Kafka({ clientId: `topic-reader-${uniqueSuffix()}`, brokers: [...brokers], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
    const consumer = kafka.consumer({ groupId: `reader-${uniqueSuffix()}`, maxWaitTimeInMs: 100, retry: { retries: 3, restartOnFailure: async () => false } });
    const reader = new TopicReader(topic, brokers, consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const event = validateEnvelope(JSON.parse(message.value?.toString('utf8') ?? 'null'));
        reader.received.push({ key: message.key?.toString('utf8') ?? '', partition, event });
      },
    });
    return reader;
  }

  get events(): EventEnvelope[] {
    return this.received.map((message) => message.event);
  }

  /** Waits until `predicate` holds for the events read so far, and answers them. */
  async waitFor(predicate: (events: EventEnvelope[]) => boolean, what: string, timeoutMs = 20_000): Promise<EventEnvelope[]> {
    await waitFor(() => predicate(this.events), { timeoutMs, what });
    return this.events;
  }

  /** How many messages the topic holds: the sum of its partitions' end offsets. */
  async count(): Promise<number> {
    return countMessages(this.topic, this.brokers);
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

export async function countMessages(topic: string, brokers: readonly string[] = testEndpoints.kafkaBrokers): Promise<number> {
  const admin = new Kafka({ clientId: `topic-count-${uniqueSuffix()}`, brokers: [...brokers], logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
  } finally {
    await admin.disconnect();
  }
}
