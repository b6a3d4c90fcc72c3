import { Partitioners } from 'kafkajs';
import type { Admin, Message } from 'kafkajs';
import type { Bus, BusConsumer, OutgoingMessage } from '../bus';
import { encodeEnvelope } from '../delivery/envelope-codec';
import { BusUnavailable } from '../errors';
import { resolveKafkaBusOptions } from './kafka-bus-options';
import type { KafkaBusOptions } from './kafka-bus-options';
import { createKafkaClient } from './kafka-client';
import { startKafkaConsumer } from './kafka-consumer';
import { toOperationError, withDeadline } from './kafka-errors';
import { createKafkaPublisher } from './kafka-publisher';
import { ensureKafkaTopics } from './kafka-topics';

const PRODUCER_RETRY = { retries: 6, initialRetryTime: 100, maxRetryTime: 1000 };

const toKafkaMessage = (message: OutgoingMessage): Message => ({
  key: message.key,
  value: encodeEnvelope(message.event),
  headers: { ...message.headers },
});

/**
 * The bus on Kafka through kafkajs: one producer (acks=-1, coalesced batches) and one admin client
 * per bus, one kafkajs consumer per subscription. Envelopes travel as JSON values, keyed, with the
 * caller's headers; a consumer validates each value and dead-letters what is not an envelope.
 */
export function createKafkaBus(options: KafkaBusOptions): Bus {
  const settings = resolveKafkaBusOptions(options);
  const kafka = createKafkaClient(settings);
  const producer = kafka.producer({
    // Passed explicitly: the default partitioner, and no warning about kafkajs' v2 change of it.
    createPartitioner: Partitioners.DefaultPartitioner,
    // More retries than the client default: a partition created a moment ago can answer "not the
    // leader" for a while. A dead broker still fails fast (connection refused), and the caller's
    // publish deadline bounds the rest.
    retry: PRODUCER_RETRY,
  });
  const publisher = createKafkaPublisher(producer, settings);
  const admin = kafka.admin();
  let adminConnecting: Promise<Admin> | undefined;
  const consumers = new Set<BusConsumer>();
  let closed = false;

  const connectedAdmin = (): Promise<Admin> =>
    (adminConnecting ??= admin.connect().then(
      () => admin,
      (error: unknown) => {
        adminConnecting = undefined;
        throw error;
      },
    ));

  function assertOpen(): void {
    if (closed) throw new BusUnavailable('the Kafka bus is closed');
  }

  return {
    kind: 'kafka',
    async ensureTopics(topics) {
      assertOpen();
      const work = connectedAdmin().then((client) => ensureKafkaTopics(client, topics, settings));
      await withDeadline(work, settings.operationTimeoutMs, 'ensure topics').catch((error: unknown) => {
        throw toOperationError(error, `ensure topics ${topics.join(', ')}`);
      });
    },
    async publish(topic, messages) {
      assertOpen();
      await publisher.send(topic, messages.map(toKafkaMessage));
    },
    async subscribe(subscription) {
      assertOpen();
      const consumer = await startKafkaConsumer(kafka, subscription, publisher.send, settings);
      const tracked: BusConsumer = {
        async stop() {
          consumers.delete(tracked);
          await consumer.stop();
        },
      };
      consumers.add(tracked);
      return tracked;
    },
    async ping() {
      assertOpen();
      const work = connectedAdmin().then((client) => client.describeCluster());
      await withDeadline(work, settings.pingTimeoutMs, 'ping Kafka').catch((error: unknown) => {
        throw toOperationError(error, 'ping Kafka');
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...consumers].map((consumer) => consumer.stop()));
      await publisher.close();
      if (adminConnecting !== undefined) await admin.disconnect();
    },
  };
}
