import { deadLetterTopic } from '@switchboard/contracts';
import type { Admin } from 'kafkajs';
import { BusUnavailable } from '../errors';

export interface TopicSettings {
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly operationTimeoutMs: number;
}

/**
 * Creates each topic and its dead-letter topic (same partition count) if missing, and resolves once
 * every partition answers requests, so the first publish after it does not meet "not the leader".
 */
export async function ensureKafkaTopics(admin: Admin, topics: readonly string[], settings: TopicSettings): Promise<void> {
  const names = [...new Set(topics.flatMap((topic) => [topic, deadLetterTopic(topic)]))];
  if (names.length === 0) return;
  await admin.createTopics({
    topics: names.map((topic) => ({ topic, numPartitions: settings.partitions, replicationFactor: settings.replicationFactor })),
    // kafkajs' own wait gives up when a new topic is briefly unknown to the broker's metadata (seen
    // under load), and is skipped altogether when one topic already existed; and a listed leader
    // may not serve its partition yet, as KRaft applies the change asynchronously. So: ask each
    // partition for its offsets until all of them answer.
    waitForLeaders: false,
    timeout: settings.operationTimeoutMs,
  });
  const deadline = Date.now() + settings.operationTimeoutMs;
  for (const topic of names) await waitUntilServing(admin, topic, deadline);
}

async function waitUntilServing(admin: Admin, topic: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      await admin.fetchTopicOffsets(topic);
      return;
    } catch (error) {
      // Retriable by nature here (the topic exists, its partitions are still being set up): ask again.
      if (Date.now() > deadline) throw new BusUnavailable(`topic ${topic} is not served by its leaders yet`, { cause: error });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
