import { validateEnvelope, type EventEnvelope } from '@switchboard/contracts';
import { createEnvelopeSealer } from '@switchboard/infra-bus';
import { TEST_BUS_SECRET, testEndpoints, uniqueSuffix, waitFor } from '@switchboard/testing';
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
 * The topic's messages are sealed: the reader opens each one with the tests' BUS_SECRET, as the
 * platform's own consumers do, and answers the original key and envelope.
 */
export class TopicReader {
  readonly received: ReadMessage[] = [];

  private constructor(
    readonly topic: string,
    private readonly brokers: readonly string[],
    private readonly consumer: Consumer,
  ) {}

  static async start(topic: string, brokers: readonly string[] = testEndpoints.kafkaBrokers, busSecret = TEST_BUS_SECRET): Promise<TopicReader> {
    const sealer = createEnvelopeSealer(busSecret);
    const kafka = new Kafka({ clientId: `topic-reader-${uniqueSuffix()}`, brokers: [...brokers], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
    const consumer = kafka.consumer({ groupId: `reader-${uniqueSuffix()}`, maxWaitTimeInMs: 100, retry: { retries: 3, restartOnFailure: async () => false } });
    const reader = new TopicReader(topic, brokers, consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const sealed = validateEnvelope(JSON.parse(message.value?.toString('utf8') ?? 'null'));
        const { key, event } = sealer.open({ key: message.key?.toString('utf8') ?? '', event: sealed });
        reader.received.push({ key, partition, event });
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
