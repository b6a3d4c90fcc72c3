import { deadLetterTopic } from '@switchboard/contracts';
import type { Bus, BusConsumer, OutgoingMessage } from '../bus';
import { encodeEnvelope } from '../delivery/envelope-codec';
import { BusUnavailable } from '../errors';
import { createChangeSignal } from './change-signal';
import { createInProcessGroup } from './in-process-group';
import type { InProcessGroup, StoredRecord } from './in-process-group';
import { partitionForKey } from './key-partitioner';

export interface InProcessBusOptions {
  /** Partitions per topic, fixed when the topic is first used (default 8, as on Kafka). */
  readonly partitions?: number;
}

export const DEFAULT_IN_PROCESS_PARTITIONS = 8;

/**
 * The bus for embedded mode and unit tests: Kafka's semantics (key-hashed partitions, consumer
 * groups with committed offsets, retries then dead-letter) in memory, in one process. Nothing
 * survives the process, and a topic that is used before `ensureTopics` is created on the fly, as a
 * broker with auto-creation would.
 */
export function createInProcessBus(options: InProcessBusOptions = {}): Bus {
  const partitionCount = options.partitions ?? DEFAULT_IN_PROCESS_PARTITIONS;
  if (!Number.isInteger(partitionCount) || partitionCount < 1) throw new RangeError(`partitions must be an integer >= 1, got ${partitionCount}`);

  const topics = new Map<string, StoredRecord[][]>();
  const groups = new Map<string, InProcessGroup>();
  const consumers = new Set<BusConsumer>();
  const changes = createChangeSignal();
  let closed = false;

  function partitionsOf(topic: string): StoredRecord[][] {
    let partitions = topics.get(topic);
    if (partitions === undefined) {
      partitions = Array.from({ length: partitionCount }, () => []);
      topics.set(topic, partitions);
    }
    return partitions;
  }

  function append(topic: string, records: readonly StoredRecord[]): void {
    const partitions = partitionsOf(topic);
    for (const record of records) partitions[partitionForKey(record.key, partitions.length)]?.push(record);
    changes.notify();
  }

  const environment = { partitionsOf, append, changes, isClosed: () => closed };

  function assertOpen(): void {
    if (closed) throw new BusUnavailable('the in-process bus is closed');
  }

  const toStored = (message: OutgoingMessage): StoredRecord => ({
    key: message.key,
    value: encodeEnvelope(message.event),
    headers: { ...message.headers },
  });

  return {
    kind: 'inprocess',
    async ensureTopics(names) {
      assertOpen();
      for (const name of names) {
        partitionsOf(name);
        partitionsOf(deadLetterTopic(name));
      }
    },
    async publish(topic, messages) {
      assertOpen();
      // Encode everything before appending anything: a message that cannot be serialised fails the whole call.
      append(topic, messages.map(toStored));
    },
    async subscribe(subscription) {
      assertOpen();
      if (subscription.topics.length === 0) throw new RangeError('subscribe needs at least one topic');
      let group = groups.get(subscription.groupId);
      if (group === undefined) {
        group = createInProcessGroup(environment);
        groups.set(subscription.groupId, group);
      }
      const member = group.join(subscription);
      const consumer: BusConsumer = {
        async stop() {
          consumers.delete(consumer);
          await member.stop();
        },
      };
      consumers.add(consumer);
      return consumer;
    },
    async ping() {
      assertOpen();
    },
    async close() {
      await Promise.all([...consumers].map((consumer) => consumer.stop()));
      closed = true;
      changes.notify();
    },
  };
}
