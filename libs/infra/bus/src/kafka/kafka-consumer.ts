import { deadLetterTopic } from '@switchboard/contracts';
import type { Consumer, EachMessagePayload, Kafka, Message } from 'kafkajs';
import type { BusConsumer, SubscribeOptions } from '../bus';
import { consumeRecord } from '../delivery/consume-record';
import { resolveRetryPolicy } from '../delivery/retry-policy';
import { createStopSignal } from '../delivery/stop-signal';
import { ConsumerStopping } from './consumer-stopping';
import type { KafkaBusSettings } from './kafka-bus-options';
import { toOperationError, withDeadline } from './kafka-errors';
import { fromKafkaHeaders } from './kafka-headers';

export type DeadLetterPublish = (topic: string, messages: readonly Message[]) => Promise<void>;

// Group membership outlives a broker hiccup: more patient than the client's publish-oriented retries.
const CONSUMER_RETRY = { retries: 10, initialRetryTime: 100, maxRetryTime: 5000 };
// kafkajs' default; heartbeats are also sent during a retry backoff, so a long one keeps the partition.
const HEARTBEAT_INTERVAL_MS = 3000;

/**
 * One bus subscription as one kafkajs consumer. kafkajs commits an offset only after eachMessage
 * resolves; here eachMessage resolves only once the message is handled or durably dead-lettered.
 */
export async function startKafkaConsumer(kafka: Kafka, subscription: SubscribeOptions, publishDeadLetter: DeadLetterPublish, settings: KafkaBusSettings): Promise<BusConsumer> {
  if (subscription.topics.length === 0) throw new RangeError('subscribe needs at least one topic');
  const retry = resolveRetryPolicy(subscription.retry);
  const stopSignal = createStopSignal();
  let stopped = false;
  const consumer = kafka.consumer({
    groupId: subscription.groupId,
    maxWaitTimeInMs: settings.maxWaitTimeInMs,
    heartbeatInterval: HEARTBEAT_INTERVAL_MS,
    // kafkajs restarts a crashed consumer on a timer it sets after its own disconnect; a stop() that
    // lands in between would leave a consumer restarting for ever (a process that never exits).
    retry: { ...CONSUMER_RETRY, restartOnFailure: async () => !stopped },
  });

  const eachMessage = async ({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> => {
    const record = {
      topic,
      partition,
      offset: message.offset,
      key: message.key?.toString() ?? '',
      value: message.value?.toString() ?? null,
      headers: fromKafkaHeaders(message.headers),
    };
    const outcome = await consumeRecord(record, {
      handler: subscription.handler,
      retry,
      stopSignal,
      keepAlive: { everyMs: HEARTBEAT_INTERVAL_MS, beat: heartbeat },
      // The original bytes, not a re-encoding: a message that is not an envelope is kept exactly as it came.
      deadLetter: (headers) => publishDeadLetter(deadLetterTopic(topic), [{ key: message.key, value: message.value, headers }]),
    });
    if (outcome === 'interrupted') throw new ConsumerStopping(topic, partition, message.offset);
  };

  const what = `subscribe group ${subscription.groupId} to ${subscription.topics.join(', ')}`;
  try {
    await withDeadline(consumer.connect(), settings.operationTimeoutMs, what);
    await consumer.subscribe({ topics: [...subscription.topics], fromBeginning: subscription.fromBeginning ?? true });
    const positioned = firstFetch(consumer);
    await consumer.run({ partitionsConsumedConcurrently: settings.partitionsConsumedConcurrently, eachMessage });
    await withDeadline(positioned, settings.operationTimeoutMs, what);
  } catch (error) {
    await consumer.disconnect();
    throw toOperationError(error, what);
  }

  let stopping: Promise<void> | undefined;
  return {
    // kafkajs' disconnect waits for the eachMessage in flight, commits the resolved offsets, then leaves the group.
    stop: () =>
      (stopping ??= (async () => {
        stopped = true;
        stopSignal.stop();
        await consumer.disconnect();
      })()),
  };
}

/**
 * Resolves after the consumer's first fetch. kafkajs' run() returns once the group is joined, but
 * a new group's start offsets are looked up lazily by that first fetch; waiting for it is what lets
 * `fromBeginning: false` promise that anything published after subscribe() resolved is delivered.
 */
function firstFetch(consumer: Consumer): Promise<void> {
  return new Promise((resolve, reject) => {
    const removeFetch = consumer.on(consumer.events.FETCH, () => {
      removeListeners();
      resolve();
    });
    const removeCrash = consumer.on(consumer.events.CRASH, (event) => {
      removeListeners();
      reject(event.payload.error);
    });
    const removeListeners = () => {
      removeFetch();
      removeCrash();
    };
  });
}
